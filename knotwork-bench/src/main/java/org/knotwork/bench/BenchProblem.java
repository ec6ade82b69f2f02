package org.knotwork.bench;

import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * One benchmark problem: N data points and a width-H network, both drawn from {@code seed}.
 *
 * <ul>
 *   <li>Data (stream "bench/data"): x<sub>n</sub> ~ U(&minus;1, 1), y<sub>n</sub> = sin(&pi;x<sub>n</sub>)
 *       + 0.1&middot;&epsilon;<sub>n</sub>, &epsilon; standard normal.</li>
 *   <li>Network (stream "bench/init"): PyTorch's default for {@code nn.Linear(1, H)} then
 *       {@code nn.Linear(H, 1)}: w, b ~ U(&minus;1, 1) (fan-in 1), v, c ~ U(&minus;1/&radic;H, 1/&radic;H)
 *       (fan-in H); spline-lens.md &sect;5.</li>
 * </ul>
 *
 * @param n number of data points N, 1 to 10<sup>8</sup>
 * @param width hidden width H, 1 to 10<sup>8</sup>
 * @param seed seed of both streams
 */
public record BenchProblem(int n, int width, long seed) {
  /** Largest N or H accepted. */
  public static final int MAX_SIZE = 100_000_000;

  /** Validates the sizes; messages name the field and the allowed range. */
  public BenchProblem {
    if (n < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException("n must be between 1 and " + MAX_SIZE + ", got " + n);
    }
    if (width < 1 || width > MAX_SIZE) {
      throw new IllegalArgumentException(
          "width must be between 1 and " + MAX_SIZE + ", got " + width);
    }
  }

  /** The data set; the same problem always gives the same bytes. */
  public Dataset data() {
    Rng rng = Rng.of(seed, "bench/data");
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = rng.uniform(-1, 1);
    }
    for (int k = 0; k < n; k++) {
      y[k] = Math.sin(Math.PI * x[k]) + 0.1 * rng.gaussian();
    }
    return new Dataset(x, y);
  }

  /** The initial network; the same problem always gives the same bytes. */
  public NetworkParams initialNetwork() {
    Rng rng = Rng.of(seed, "bench/init");
    double[] w = new double[width];
    double[] b = new double[width];
    double[] v = new double[width];
    for (int i = 0; i < width; i++) {
      w[i] = rng.uniform(-1, 1);
    }
    for (int i = 0; i < width; i++) {
      b[i] = rng.uniform(-1, 1);
    }
    double bound = 1 / Math.sqrt(width);
    for (int i = 0; i < width; i++) {
      v[i] = rng.uniform(-bound, bound);
    }
    return new NetworkParams(w, b, v, rng.uniform(-bound, bound));
  }

  /** A short label, e.g. "N=1000,H=1000". */
  public String label() {
    return "N=" + n + ",H=" + width;
  }
}
