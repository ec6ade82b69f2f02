package org.knotwork.isometry.manifold;

/**
 * Riemannian Adam (Bécigneul and Ganea 2019; docs/isometry.md (I23)) on one matrix parameter: the
 * Euclidean gradient is projected to the tangent space, the first moment is transported to each new
 * point by projection, the second moment is one scalar per matrix (&Vert;grad&Vert;<sup>2</sup>) on a
 * curved manifold and per entry on Euclidean space, and the step is retracted. On {@link
 * Manifold#euclidean} every operation is the textbook Adam's (PyTorch's arithmetic order), bit for bit.
 * Riemannian SGD is {@link #sgd}.
 */
public final class RiemannianAdam {
  private final Manifold manifold;
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private double[] m;
  private double[] v;
  private int t;

  /** Adam on {@code manifold} with the given hyper-parameters. */
  public RiemannianAdam(Manifold manifold, double lr, double beta1, double beta2, double eps) {
    if (!(lr > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps >= 0)) {
      throw new IllegalArgumentException("need lr > 0, beta1 and beta2 in [0, 1), eps >= 0");
    }
    this.manifold = manifold;
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
  }

  /** Steps taken. */
  public int steps() {
    return t;
  }

  /** One step from w with Euclidean gradient g; returns the new point. */
  public double[] step(double[] w, double[] g) {
    double[] grad = manifold.project(w, g);
    int n = grad.length;
    boolean flat = manifold.elementwiseSecondMoment();
    if (m == null) {
      m = new double[n];
      v = new double[flat ? n : 1];
    }
    t++;
    for (int i = 0; i < n; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
    }
    if (flat) {
      for (int i = 0; i < n; i++) {
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
      }
    } else {
      double s = 0;
      for (double x : grad) {
        s += x * x;
      }
      v[0] = beta2 * v[0] + (1 - beta2) * s;
    }
    double bc1 = 1 - Math.pow(beta1, t);
    double bc2 = 1 - Math.pow(beta2, t);
    double stepSize = lr / bc1;
    double sq2 = Math.sqrt(bc2);
    double[] xi = new double[n];
    for (int i = 0; i < n; i++) {
      double denom = Math.sqrt(v[flat ? i : 0]) / sq2 + eps;
      xi[i] = -(stepSize * (m[i] / denom));
    }
    double[] next = manifold.retract(w, xi);
    m = manifold.transport(next, m);
    return next;
  }

  /** One Riemannian SGD step: R<sub>w</sub>(&minus;&eta; grad), grad the projected gradient. */
  public static double[] sgd(Manifold manifold, double[] w, double[] g, double lr) {
    double[] grad = manifold.project(w, g);
    for (int i = 0; i < grad.length; i++) {
      grad[i] = -(lr * grad[i]);
    }
    return manifold.retract(w, grad);
  }
}
