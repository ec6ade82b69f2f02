package org.knotwork.multivariate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.geometry.LineCounts;
import org.knotwork.multivariate.init.InitScheme;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * Region enumeration time against width (docs/multivariate-deep.md §3.4): for Gaussian nets
 * (&sigma;<sub>w</sub> = &sigma;<sub>b</sub> = 1) in [&minus;1, 1]<sup>2</sup>, the exact
 * arrangement (cell splitting, O(H&middot;R) polygon splits, R = O(H<sup>2</sup>) regions), the
 * closed-form count 1 + L + V (O(H<sup>2</sup>)) and the distinct activation patterns on a G
 * &times; G grid (O(G<sup>2</sup>H), a lower bound that misses small regions). Each net is also
 * written as {@code net-H.npy} (rows w<sub>1</sub>, w<sub>2</sub>, b) for the numpy peer {@code
 * bench/peer_multivariate_regions.py}, which counts grid patterns of the same nets.
 *
 * <p>Usage (from the repository root, after {@code ./mvnw -q -B -o -pl knotwork-multivariate -am
 * package -DskipTests} and writing the class path with {@code dependency:build-classpath}):
 * <pre>
 * java -cp "knotwork-multivariate/target/classes:$(cat cp.txt)" \
 *     org.knotwork.multivariate.bench.RegionTiming [outDir=target/region-bench] [grid=1000]
 * </pre>
 * Prints one CSV row per width: width, regions, closed form, milliseconds of each method (median
 * of 5 after 2 warm-up runs) and the grid's pattern count.
 */
public final class RegionTiming {
  private RegionTiming() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/region-bench");
    int grid = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Files.createDirectories(out);
    Box box = Box.square(1);
    InitScheme scheme = new InitScheme(InitScheme.Kind.GAUSSIAN, 1, 1, 1, 0);
    System.out.println("width,regions,closed_form,exact_ms,closed_form_ms,grid_ms,grid_patterns");
    for (int h : new int[] {8, 16, 32, 64, 128, 256, 512}) {
      ShallowNet net = scheme.sample(Rng.of(h, "bench"), h, 2);
      double[] rows = new double[3 * h];
      for (int i = 0; i < h; i++) {
        rows[i] = net.w(i)[0];
        rows[h + i] = net.w(i)[1];
        rows[2 * h + i] = net.b(i);
      }
      Npy.write(out.resolve("net-" + h + ".npy"), NpyArray.of(new int[] {3, h}, rows));
      int[] regions = new int[1];
      double exact = median(() -> regions[0] = Arrangement.of(net, box).regions());
      int[] closed = new int[1];
      double cf = median(() -> closed[0] = LineCounts.of(net.toHyperplane(), box).regions());
      int[] patterns = new int[1];
      double g = median(() -> patterns[0] = gridPatterns(net, grid));
      System.out.println(String.format(Locale.ROOT, "%d,%d,%d,%.3f,%.3f,%.3f,%d", h, regions[0],
          closed[0], exact, cf, g, patterns[0]));
    }
  }

  private static double median(Runnable r) {
    for (int k = 0; k < 2; k++) {
      r.run();
    }
    double[] t = new double[5];
    for (int k = 0; k < t.length; k++) {
      long t0 = System.nanoTime();
      r.run();
      t[k] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(t);
    return t[2];
  }

  /** Distinct patterns at the centres of a g &times; g grid of [&minus;1, 1]<sup>2</sup>. */
  static int gridPatterns(ShallowNet net, int g) {
    int h = net.width();
    int words = (h + 63) / 64;
    double[][] w = net.w();
    double[] b = net.b();
    Set<PatternKey> seen = new HashSet<>();
    for (int i = 0; i < g; i++) {
      double x = -1 + (2 * i + 1.0) / g;
      for (int j = 0; j < g; j++) {
        double y = -1 + (2 * j + 1.0) / g;
        long[] bits = new long[words];
        for (int k = 0; k < h; k++) {
          if (w[k][0] * x + w[k][1] * y + b[k] > 0) {
            bits[k >> 6] |= 1L << (k & 63);
          }
        }
        seen.add(new PatternKey(bits));
      }
    }
    return seen.size();
  }

  private record PatternKey(long[] bits) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PatternKey p && Arrays.equals(bits, p.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }
}
