package org.knotwork.isometry.bench;

import java.util.List;
import java.util.Locale;
import org.knotwork.isometry.study.InitialGeometry;
import org.knotwork.isometry.study.IsometrySpec;

/**
 * Times the geometry of experiment 1A (docs/isometry.md &sect;3): the notes' 24 networks (tanh,
 * orthogonal, L = 16, N = 64, C = 10, 64 probes, q* in {1e-3, 1/64, 0.1, 0.5, 2, 8}, 4 replicas), each
 * with its hidden-Jacobian singular values at every probe, the tangent kernel by the Gram identity and
 * the true and empirical Fisher &lambda;<sub>max</sub> by Lanczos (no full spectra), on one thread.
 * Prints one JSON line per repetition and the per-q* means. Usage: {@code GeometryBench [repetitions]
 * [threads] [spectra]}.
 */
public final class GeometryBench {
  private GeometryBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean spectra = args.length > 2 && Boolean.parseBoolean(args[2]);
    IsometrySpec spec = new IsometrySpec(0, "tanh", "orthogonal", 16, 64, 10,
        List.of(1e-3, 1.0 / 64, 0.1, 0.5, 2.0, 8.0), 4, 64, "cross-entropy", spectra, 1001);
    List<InitialGeometry.NetGeometry> nets = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      nets = InitialGeometry.compute(spec, threads);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "{\"repetition\":%d,\"networks\":%d,\"threads\":%d,\"spectra\":%b,"
          + "\"seconds\":%.3f}%n", r, nets.size(), threads, spectra, s);
    }
    for (double q : spec.qStars()) {
      double lam = 0;
      double s2 = 0;
      int k = 0;
      for (InitialGeometry.NetGeometry n : nets) {
        if (n.qStar() == q) {
          lam += n.geometry().lambdaMaxTrue();
          s2 += n.geometry().meanSMaxSquared();
          k++;
        }
      }
      System.out.printf(Locale.ROOT, "q*=%-8.4g mean lambda_max(true Fisher)=%.3f mean s2_max=%.3f%n", q,
          lam / k, s2 / k);
    }
  }
}
