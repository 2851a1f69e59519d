/** Seeded PRNG so a corpus is reproducible byte for byte from --seed. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** k distinct items, order randomised. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** mulberry32: tiny, fast and good enough for test data; never Math.random. */
export function mulberry32(seed: number): Rng {
  let a: number = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t: number = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    sample: <T>(items: readonly T[], k: number): T[] => {
      const copy: T[] = items.slice();
      const n: number = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j: number = i + Math.floor(next() * (copy.length - i));
        const tmp: T = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy.slice(0, n);
    },
  };
}

/**
 * Derives an independent stream per (seed, label) so that, e.g., department 17 looks the same
 * whatever --docs is: adding documents must not reshuffle the ones already generated.
 */
export function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  let h: number = (seed ^ 0x811c9dc5) >>> 0;
  for (const part of parts) {
    const s: string = String(part);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ 0x2f, 16777619) >>> 0;
  }
  return h;
}
