package org.knotwork.reservoir.system;

/**
 * Lorenz 63 (notes &sect;1): dx/dt = &sigma;(y &minus; x), dy/dt = x(&rho; &minus; z) &minus; y,
 * dz/dt = xy &minus; &beta;z. Standard parameters &sigma; = 10, &rho; = 28, &beta; = 8/3.
 *
 * @param sigma &sigma;, finite
 * @param rho &rho;, finite
 * @param beta &beta;, finite
 */
public record Lorenz63(double sigma, double rho, double beta) implements OdeSystem {

  /** Validates that the parameters are finite. */
  public Lorenz63 {
    if (!Double.isFinite(sigma) || !Double.isFinite(rho) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("sigma, rho and beta must be finite, got "
          + sigma + ", " + rho + ", " + beta);
    }
  }

  /** &sigma; = 10, &rho; = 28, &beta; = 8/3. */
  public static Lorenz63 standard() {
    return new Lorenz63(10.0, 28.0, 8.0 / 3.0);
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public void derivative(double[] s, double[] ds) {
    double x = s[0];
    double y = s[1];
    double z = s[2];
    ds[0] = sigma * (y - x);
    ds[1] = x * (rho - z) - y;
    ds[2] = x * y - beta * z;
  }

  @Override
  public String describe() {
    return "Lorenz63(sigma=" + sigma + ", rho=" + rho + ", beta=" + beta + ")";
  }
}
