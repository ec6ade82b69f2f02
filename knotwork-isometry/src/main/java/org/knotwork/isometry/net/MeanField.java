package org.knotwork.isometry.net;

import java.util.function.DoubleUnaryOperator;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQrAlgorithm_DDRM;

/**
 * Mean-field signal propagation through wide random networks (docs/isometry.md &sect;1): Gaussian
 * expectations by Gauss-Hermite quadrature for the standard normal weight, nodes and weights by
 * Golub-Welsch (I18) (the eigenvalues of the Jacobi matrix of the probabilists' Hermite
 * polynomials), the length map (I2), the slope &chi; (I3),
 * the correlation map (I4) and the critical line &chi; = 1 (I5). For ReLU and linear activations the
 * expectations have closed forms and are used instead of quadrature (the ReLU kink would spoil it).
 *
 * <p>Hipparchus's Hermite rule gives the same nodes, but builds a 201-node rule in tens of seconds;
 * the tanh integrands at large q* (sech<sup>4</sup>(&radic;q* z) has poles at distance
 * &pi;/(2&radic;q*) from the real axis) converge slowly: at q* = 8, &sigma;<sub>w</sub><sup>2</sup>
 * is off by 3e-4 relative with 201 nodes, 1e-8 with 801 and 1e-10 with 1001.
 */
public final class MeanField {
  private final Activation activation;
  private final double[] nodes;
  private final double[] weights;

  /**
   * The mean field of {@code activation} with an {@code n}-node Gauss-Hermite rule.
   *
   * @param activation the non-linearity
   * @param n nodes of the rule, &ge; 2 (1001, the default, gives 1e-10 relative up to q* = 8)
   */
  public MeanField(Activation activation, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("quadrature nodes must be >= 2, got " + n);
    }
    this.activation = activation;
    double[][] rule = hermiteRule(n);
    nodes = rule[0];
    weights = rule[1];
  }

  /** The mean field of {@code activation} with 1001 nodes. */
  public static MeanField of(Activation activation) {
    return new MeanField(activation, 1001);
  }

  /**
   * The n-node Gauss-Hermite rule for the standard normal weight by Golub-Welsch (I18): the nodes are
   * the eigenvalues of the symmetric tridiagonal Jacobi matrix with zero diagonal and off-diagonal
   * &radic;k (k = 1..n&minus;1) (EJML's implicit symmetric QR on the tridiagonal, O(n&sup2;)); the
   * weights are the squared first components of its unit eigenvectors, computed as the Christoffel
   * numbers 1/&Sigma;<sub>k&lt;n</sub> p<sub>k</sub>(x)<sup>2</sup> of the orthonormal Hermite
   * polynomials (three-term recurrence, rescaled against overflow). Rules are cached.
   *
   * @return {nodes ascending, weights}
   */
  public static double[][] hermiteRule(int n) {
    double[][] rule = RULES.computeIfAbsent(n, MeanField::computeRule);
    return new double[][] {rule[0].clone(), rule[1].clone()};
  }

  private static final java.util.Map<Integer, double[][]> RULES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static double[][] computeRule(int n) {
    double[] diag = new double[n];
    double[] off = new double[n - 1];
    for (int k = 1; k < n; k++) {
      off[k - 1] = Math.sqrt(k);
    }
    SymmetricQrAlgorithm_DDRM qr = new SymmetricQrAlgorithm_DDRM();
    qr.setMaxIterations(100 * n);
    if (!qr.process(n, diag, off)) {
      throw new ArithmeticException("Gauss-Hermite nodes: tridiagonal QR did not converge");
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = qr.getEigenvalue(i);
    }
    java.util.Arrays.sort(x);
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = christoffel(x[i], n);
    }
    // the rule is exactly symmetric about 0
    for (int i = 0; i < n / 2; i++) {
      double xs = 0.5 * (x[n - 1 - i] - x[i]);
      double ws = 0.5 * (w[i] + w[n - 1 - i]);
      x[i] = -xs;
      x[n - 1 - i] = xs;
      w[i] = ws;
      w[n - 1 - i] = ws;
    }
    if (n % 2 == 1) {
      x[n / 2] = 0;
    }
    return new double[][] {x, w};
  }

  /** 1/&Sigma;<sub>k&lt;n</sub> p<sub>k</sub>(x)<sup>2</sup>, p<sub>k</sub> the orthonormal probabilists' Hermite polynomials. */
  private static double christoffel(double x, int n) {
    double p0 = 1;
    double prev = 0;
    double cur = 1;
    double sum = 1;
    for (int k = 0; k + 1 < n; k++) {
      double next = (x * cur - Math.sqrt(k) * prev) / Math.sqrt(k + 1);
      prev = cur;
      cur = next;
      sum += cur * cur;
      if (Math.abs(cur) > 1e100) {
        prev *= 1e-100;
        cur *= 1e-100;
        sum *= 1e-200;
        p0 *= 1e-100;
      }
    }
    return p0 * p0 / sum;
  }

  /** The non-linearity. */
  public Activation activation() {
    return activation;
  }

  /** E[f(z)], z standard normal, by the quadrature rule. */
  public double expect(DoubleUnaryOperator f) {
    double s = 0;
    for (int i = 0; i < nodes.length; i++) {
      s += weights[i] * f.applyAsDouble(nodes[i]);
    }
    return s;
  }

  /** E[&phi;(&radic;q z)<sup>2</sup>], the mean square of an activation at pre-activation variance q. */
  public double meanSquare(double q) {
    return switch (activation) {
      case RELU -> q / 2;
      case LINEAR -> q;
      default -> {
        double sq = Math.sqrt(q);
        yield expect(z -> {
          double v = activation.value(sq * z);
          return v * v;
        });
      }
    };
  }

  /** E[&phi;'(&radic;q z)<sup>2</sup>]. */
  public double slopeSquare(double q) {
    return switch (activation) {
      case RELU -> 0.5;
      case LINEAR -> 1;
      default -> {
        double sq = Math.sqrt(q);
        yield expect(z -> {
          double v = activation.derivative(sq * z);
          return v * v;
        });
      }
    };
  }

  /** The length map (I2): q<sup>l</sup> = &sigma;<sub>w</sub><sup>2</sup> E[&phi;(&radic;q<sup>l&minus;1</sup> z)<sup>2</sup>] + &sigma;<sub>b</sub><sup>2</sup>. */
  public double lengthMap(double q, double sigmaW2, double sigmaB2) {
    return sigmaW2 * meanSquare(q) + sigmaB2;
  }

  /** &chi; = &sigma;<sub>w</sub><sup>2</sup> E[&phi;'(&radic;q z)<sup>2</sup>] (I3). */
  public double chi(double q, double sigmaW2) {
    return sigmaW2 * slopeSquare(q);
  }

  /**
   * The correlation map (I4): the correlation of two pre-activations of the next layer when this
   * layer's pre-activations both have variance q and correlation c (tensor-product quadrature).
   */
  public double correlationMap(double q, double c, double sigmaW2, double sigmaB2) {
    if (c < -1 || c > 1) {
      throw new IllegalArgumentException("correlation must be in [-1, 1], got " + c);
    }
    double sq = Math.sqrt(q);
    double s = Math.sqrt(Math.max(0, 1 - c * c));
    double e = 0;
    for (int i = 0; i < nodes.length; i++) {
      double u1 = sq * nodes[i];
      double p1 = activation.value(u1);
      double inner = 0;
      for (int j = 0; j < nodes.length; j++) {
        inner += weights[j] * activation.value(sq * (c * nodes[i] + s * nodes[j]));
      }
      e += weights[i] * p1 * inner;
    }
    double q12 = sigmaW2 * e + sigmaB2;
    return q12 / lengthMap(q, sigmaW2, sigmaB2);
  }

  /**
   * The point of the critical line (I5) with fixed point q*: &sigma;<sub>w</sub><sup>2</sup> =
   * 1/E[&phi;'(&radic;q* z)<sup>2</sup>], &sigma;<sub>b</sub><sup>2</sup> = q* &minus;
   * &sigma;<sub>w</sub><sup>2</sup>E[&phi;(&radic;q* z)<sup>2</sup>].
   */
  public Critical critical(double qStar) {
    if (!(qStar > 0) || !Double.isFinite(qStar)) {
      throw new IllegalArgumentException("q* must be a positive number, got " + qStar);
    }
    double sw2 = 1 / slopeSquare(qStar);
    double ms = meanSquare(qStar);
    double sb2 = activation == Activation.TANH ? qStar - sw2 * ms : 0;
    return new Critical(qStar, sw2, sb2, chi(qStar, sw2), ms);
  }

  /**
   * A point on the critical line.
   *
   * @param qStar the fixed point q* of the length map
   * @param sigmaW2 &sigma;<sub>w</sub><sup>2</sup>
   * @param sigmaB2 &sigma;<sub>b</sub><sup>2</sup>
   * @param chi &chi; at q* (1 up to rounding)
   * @param inputMeanSquare E[&phi;(&radic;q* z)<sup>2</sup>]: the mean square an input needs for q<sup>1</sup> = q* (I6)
   */
  public record Critical(double qStar, double sigmaW2, double sigmaB2, double chi, double inputMeanSquare) {}
}
