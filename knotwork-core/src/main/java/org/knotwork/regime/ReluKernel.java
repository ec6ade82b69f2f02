package org.knotwork.regime;

/**
 * The analytic NNGP and NTK of a one-hidden-layer ReLU network with bias and one scalar input
 * (Neal 1996; Cho &amp; Saul 2009; Jacot et al. 2018). With pre-activation covariance
 * &Sigma;(x, x') = &sigma;<sub>w</sub><sup>2</sup>xx' + &sigma;<sub>b</sub><sup>2</sup> and
 * &theta; = arccos(&Sigma;(x,x')/&radic;(&Sigma;(x,x)&Sigma;(x',x'))):
 * <ul>
 *   <li>k<sub>1</sub> = E[relu(z)relu(z')] = &radic;(&Sigma;(x,x)&Sigma;(x',x')) (sin&theta; +
 *       (&pi;&minus;&theta;)cos&theta;)/(2&pi;) (arc-cosine kernel of degree 1);</li>
 *   <li>k<sub>0</sub> = E[1(z&gt;0)1(z'&gt;0)] = (&pi; &minus; &theta;)/(2&pi;).</li>
 * </ul>
 * Then, exactly in expectation over the initialisation at any width H (see {@link Parameterization}):
 * <ul>
 *   <li>NNGP: E[f(x)f(x')] = &sigma;<sub>v</sub><sup>2</sup>k<sub>1</sub> + &sigma;<sub>c</sub><sup>2</sup>
 *       in both parameterisations;</li>
 *   <li>NTK, standard: E[&Theta;(x,x')] = H&middot;k<sub>1</sub> + &sigma;<sub>v</sub><sup>2</sup>k<sub>0</sub>(xx'
 *       + 1) + 1 (the v-part grows with H: learning rates must shrink as 1/H);</li>
 *   <li>NTK, NTK parameterisation: &Theta;(x,x') = &sigma;<sub>v</sub><sup>2</sup>k<sub>1</sub> +
 *       &sigma;<sub>v</sub><sup>2</sup>k<sub>0</sub>&Sigma;(x,x') + &sigma;<sub>c</sub><sup>2</sup>, which is
 *       also the deterministic infinite-width limit.</li>
 * </ul>
 *
 * @param parameterization standard or NTK
 * @param sigmaW &sigma;<sub>w</sub> &ge; 0
 * @param sigmaB &sigma;<sub>b</sub> &ge; 0
 * @param sigmaV &sigma;<sub>v</sub> &ge; 0
 * @param sigmaC &sigma;<sub>c</sub> &ge; 0
 * @param width H &ge; 1 (enters only the standard-parameterisation NTK)
 */
public record ReluKernel(Parameterization parameterization, double sigmaW, double sigmaB,
    double sigmaV, double sigmaC, int width) {

  /** Validates: every &sigma; finite and &ge; 0, width &ge; 1. */
  public ReluKernel {
    if (parameterization == null) {
      throw new IllegalArgumentException("parameterization is required");
    }
    check("sigmaW", sigmaW);
    check("sigmaB", sigmaB);
    check("sigmaV", sigmaV);
    check("sigmaC", sigmaC);
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, got " + width);
    }
  }

  private static void check(String name, double s) {
    if (!(s >= 0) || !Double.isFinite(s)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + s);
    }
  }

  /** Pre-activation covariance &Sigma;(x, x'). */
  public double preactivationCovariance(double x, double y) {
    return sigmaW * sigmaW * x * y + sigmaB * sigmaB;
  }

  /** k<sub>1</sub>(x, x') = E[relu(z)relu(z')]. */
  public double k1(double x, double y) {
    double sxx = preactivationCovariance(x, x);
    double syy = preactivationCovariance(y, y);
    if (sxx == 0 || syy == 0) {
      return 0.0;
    }
    double norm = Math.sqrt(sxx * syy);
    double theta = angle(preactivationCovariance(x, y) / norm);
    return norm * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
  }

  /** k<sub>0</sub>(x, x') = E[1(z&gt;0)1(z'&gt;0)] (relu'(0) = 0). */
  public double k0(double x, double y) {
    double sxx = preactivationCovariance(x, x);
    double syy = preactivationCovariance(y, y);
    if (sxx == 0 || syy == 0) {
      return 0.0;
    }
    double theta = angle(preactivationCovariance(x, y) / Math.sqrt(sxx * syy));
    return (Math.PI - theta) / (2 * Math.PI);
  }

  private static double angle(double cos) {
    return Math.acos(Math.max(-1.0, Math.min(1.0, cos)));
  }

  /** The NNGP kernel E[f(x)f(x')] at initialisation. */
  public double nngp(double x, double y) {
    return sigmaV * sigmaV * k1(x, y) + sigmaC * sigmaC;
  }

  /** The expected neural tangent kernel E[&Theta;(x, x')] at initialisation. */
  public double ntk(double x, double y) {
    double sv2 = sigmaV * sigmaV;
    if (parameterization == Parameterization.STANDARD) {
      return width * k1(x, y) + sv2 * k0(x, y) * (x * y + 1) + 1;
    }
    return sv2 * k1(x, y) + sv2 * k0(x, y) * preactivationCovariance(x, y) + sigmaC * sigmaC;
  }

  /** The Gram matrix [ntk(x<sub>i</sub>, y<sub>j</sub>)]. */
  public double[][] ntkGram(double[] xs, double[] ys) {
    double[][] g = new double[xs.length][ys.length];
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        g[i][j] = ntk(xs[i], ys[j]);
      }
    }
    return g;
  }

  /** The Gram matrix [nngp(x<sub>i</sub>, y<sub>j</sub>)]. */
  public double[][] nngpGram(double[] xs, double[] ys) {
    double[][] g = new double[xs.length][ys.length];
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        g[i][j] = nngp(xs[i], ys[j]);
      }
    }
    return g;
  }
}
