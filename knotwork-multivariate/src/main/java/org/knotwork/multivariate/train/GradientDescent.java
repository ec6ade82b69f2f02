package org.knotwork.multivariate.train;

import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.loss.NaiveLoss2D;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * Full-batch gradient descent on L in network coordinates, &theta;<sub>t+1</sub> =
 * &theta;<sub>t</sub> &minus; &eta;&nabla;L(&theta;<sub>t</sub>) (docs/multivariate-deep.md §1.7),
 * with the gradient of {@link NaiveLoss2D}. Each step changes the balance of unit i by exactly
 * &eta;<sup>2</sup>(‖g<sub>w<sub>i</sub></sub>‖<sup>2</sup> + g<sub>b<sub>i</sub></sub><sup>2</sup>
 * &minus; g<sub>v<sub>i</sub></sub><sup>2</sup>) (M2), returned by {@link #balanceDrift}.
 */
public final class GradientDescent {
  private final NaiveLoss2D loss;
  private final double learningRate;

  /** Descent on {@code loss} with step &eta; = {@code learningRate} &gt; 0. */
  public GradientDescent(NaiveLoss2D loss, double learningRate) {
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new InputException("learningRate must be positive and finite, got " + learningRate);
    }
    this.loss = loss;
    this.learningRate = learningRate;
  }

  /** The step &eta;. */
  public double learningRate() {
    return learningRate;
  }

  /** One step from {@code net}. */
  public ShallowNet step(ShallowNet net) {
    double[] theta = net.toVector();
    double[] g = loss.gradient(net);
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= learningRate * g[k];
    }
    return ShallowNet.fromVector(theta, net.dim());
  }

  /**
   * The change of every unit's balance &delta;<sub>i</sub> in one step from {@code net}
   * predicted by (M2): &eta;<sup>2</sup>(‖g<sub>w<sub>i</sub></sub>‖<sup>2</sup> +
   * g<sub>b<sub>i</sub></sub><sup>2</sup> &minus; g<sub>v<sub>i</sub></sub><sup>2</sup>).
   */
  public double[] balanceDrift(ShallowNet net) {
    double[] g = loss.gradient(net);
    int h = net.width();
    int d = net.dim();
    double[] out = new double[h];
    for (int i = 0; i < h; i++) {
      double s = 0;
      for (int k = 0; k < d; k++) {
        s += g[i * d + k] * g[i * d + k];
      }
      double gb = g[h * d + i];
      double gv = g[h * (d + 1) + i];
      out[i] = learningRate * learningRate * (s + gb * gb - gv * gv);
    }
    return out;
  }
}
