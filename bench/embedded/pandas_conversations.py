"""sid-conversations over an eve.json with pandas, the seed articles' way: read_json(lines=True), then
groupby (signature id, signature, source, destination) with first/last seen and a count.

    python pandas_conversations.py EVE_JSON OUT_JSON

Writes the wall time, peak RSS (ru_maxrss) and the result's totals to OUT_JSON.
"""
import json
import resource
import sys
import time

import pandas as pd


def main() -> None:
    path, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    events = pd.read_json(path, lines=True)
    alerts = events[events["event_type"] == "alert"]
    frame = pd.DataFrame(
        {
            "sid": alerts["alert"].map(lambda alert: alert["signature_id"]),
            "signature": alerts["alert"].map(lambda alert: alert["signature"]),
            "src_ip": alerts["src_ip"],
            "dest_ip": alerts["dest_ip"],
            "timestamp": pd.to_datetime(alerts["timestamp"], utc=True, format="ISO8601"),
        }
    )
    grouped = frame.groupby(["sid", "signature", "src_ip", "dest_ip"]).timestamp.agg(["min", "max", "count"])
    grouped["otr_seconds"] = (grouped["max"] - grouped["min"]).dt.total_seconds()
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "seconds": seconds,
        "peak_rss_mib": peak_kib / 1024,
        "conversations": int(len(grouped)),
        "observations": int(grouped["count"].sum()),
        "otr_seconds_sum": float(grouped["otr_seconds"].sum()),
        "pandas": pd.__version__,
    }
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
