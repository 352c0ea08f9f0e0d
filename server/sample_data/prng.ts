/**
 * Seeded pseudo-random numbers for the sample-data generators.
 *
 * Method: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, from PractRand), seeded
 * through splitmix32 so that neighbouring integer seeds give unrelated streams. Pure integer arithmetic on
 * 32-bit values, so the same seed yields the same sequence on every platform and Node version.
 * Cost: O(1) per draw, no allocation after construction.
 */
export interface Prng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Standard normal deviate (Box–Muller, one value per two uniforms; no cached spare, so draws stay aligned). */
  normal(): number;
  /** Poisson deviate: Knuth's product method below λ = 60, a rounded normal approximation above it. */
  poisson(lambda: number): number;
  /** One element, chosen uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A new array, shuffled (Fisher–Yates). The input is not touched. */
  shuffled<T>(items: readonly T[]): T[];
}

/** splitmix32 step: a well-mixed 32-bit value from any 32-bit input (used for seeding and hashing). */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A 32-bit seed for sub-stream `index` of `seed`, so each part of a dataset draws independently of the others. */
export function deriveSeed(seed: number, index: number): number {
  return mix32(mix32(seed) ^ Math.imul(index + 1, 0x27d4eb2d));
}

export function createPrng(seed: number): Prng {
  if (!Number.isInteger(seed)) {
    throw new Error(`createPrng: seed must be an integer, got ${seed}`);
  }
  let a = mix32(seed);
  let b = mix32(a);
  let c = mix32(b);
  let d = 1;

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to diffuse the seed.
  for (let i = 0; i < 12; i += 1) nextUint32();

  const next = (): number => nextUint32() / 4294967296;
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    poisson: (lambda) => {
      if (!(lambda >= 0)) throw new Error(`poisson: lambda must be ≥ 0, got ${lambda}`);
      if (lambda >= 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: items must not be empty');
      return items[Math.floor(next() * items.length)];
    },
    shuffled: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i];
        out[i] = out[j];
        out[j] = tmp;
      }
      return out;
    },
  };
}

/**
 * mulberry32: a one-word generator for the many small per-conversation streams of the event expansion, whose
 * state must fit a typed array (one Uint32 per conversation, a million conversations in the scaled outbreak).
 * Returns [uniform in [0,1), next state].
 */
export function mulberry32Step(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s >>> 0];
}
