"""Times statsmodels STL(robust=True).fit() on a series given as a JSON file; used by bench/stl/run.ts.

Usage: python time_statsmodels_stl.py INPUT.json OUTPUT.json
INPUT: {"values": [...], "period": 96, "repeats": 2}. OUTPUT: {"seconds": [...], "trend": [...], "seasonal": [...], "statsmodels": version}.
"""

import json
import sys
import time

import numpy as np
import statsmodels
from statsmodels.tsa.seasonal import STL


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    values = np.asarray(spec["values"], dtype=float)
    seconds = []
    result = None
    for _ in range(spec["repeats"]):
        start = time.perf_counter()
        result = STL(values, period=spec["period"], robust=True).fit()
        seconds.append(time.perf_counter() - start)
    with open(sys.argv[2], "w") as f:
        json.dump(
            {
                "seconds": seconds,
                "trend": np.asarray(result.trend).tolist(),
                "seasonal": np.asarray(result.seasonal).tolist(),
                "statsmodels": statsmodels.__version__,
            },
            f,
        )


if __name__ == "__main__":
    main()
