package org.knotwork.common.random;

import java.nio.charset.StandardCharsets;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * A seeded random stream. Not thread-safe: give each thread or task its own stream via
 * {@link #of(long, String)} or {@link #split(String)}.
 */
public final class Rng {
  private final RandomGenerator gen;
  private final long seed;
  private final String stream;

  private Rng(long seed, String stream) {
    this.seed = seed;
    this.stream = stream;
    long h = mix(seed ^ mix(fnv(stream)));
    long h2 = mix(h + 0x9E3779B97F4A7C15L);
    this.gen = new Well19937c(new int[] {
        (int) h, (int) (h >>> 32), (int) h2, (int) (h2 >>> 32)});
  }

  /** The stream named {@code stream} of seed {@code seed}. */
  public static Rng of(long seed, String stream) {
    return new Rng(seed, stream);
  }

  /** A child stream, independent of this one's state: seed and "parent/child" name. */
  public Rng split(String child) {
    return new Rng(seed, stream + "/" + child);
  }

  /** Uniform on [0, 1). */
  public double uniform() {
    return gen.nextDouble();
  }

  /** Uniform on [lo, hi). */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * gen.nextDouble();
  }

  /** Standard normal. */
  public double gaussian() {
    return gen.nextGaussian();
  }

  /** Uniform integer in [0, n). */
  public int nextInt(int n) {
    return gen.nextInt(n);
  }

  /** +1 or &minus;1 with probability 1/2 each. */
  public int sign() {
    return gen.nextBoolean() ? 1 : -1;
  }

  /** A uniformly random permutation of 0..n&minus;1 (Fisher-Yates). */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = gen.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
