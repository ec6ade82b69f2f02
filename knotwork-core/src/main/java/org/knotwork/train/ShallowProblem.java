package org.knotwork.train;

import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * A shallow network to train: data, initial network, training coordinates and loss normalisation,
 * with the maps from the flat training vector back to both coordinate systems.
 *
 * <p>In spline coordinates (notes S2, S8) the orientations are those of the initial network and stay
 * fixed; neurons with w = 0 have no knot and their constant is folded into c (see
 * {@link NetworkParams#toSpline()}). Spline coordinates carry no first-layer scale, so
 * {@link #network(double[])} returns the representative that keeps each neuron's initial |w<sub>i</sub>|
 * (S5). Immutable.
 */
public final class ShallowProblem {
  private final Dataset data;
  private final NetworkParams initial;
  private final ShallowObjective objective;
  private final double[] absW;
  private final double[] theta0;

  private ShallowProblem(Dataset data, NetworkParams initial, Coordinates coords,
      LossNormalization normalization) {
    this.data = data;
    this.initial = initial;
    SweepLoss loss = SweepLoss.of(data, normalization);
    if (coords == Coordinates.NETWORK) {
      this.objective = ShallowObjective.network(loss, initial.width());
      this.theta0 = initial.toVector();
    } else {
      SplineParams sp = initial.toSpline();
      this.objective = ShallowObjective.spline(loss, sp.orientation());
      this.theta0 = sp.toVector();
    }
    this.absW = new double[initial.width()];
    for (int i = 0; i < absW.length; i++) {
      absW[i] = Math.abs(initial.w(i));
    }
  }

  /**
   * The problem of fitting {@code data} from {@code initial} in {@code coords} with the given loss
   * normalisation.
   */
  public static ShallowProblem of(Dataset data, NetworkParams initial, Coordinates coords,
      LossNormalization normalization) {
    if (data == null || initial == null || coords == null || normalization == null) {
      throw new IllegalArgumentException("data, initial, coords and normalization are required");
    }
    return new ShallowProblem(data, initial, coords, normalization);
  }

  /** The problem with the mean loss L = 1/(2N)&middot;&Sigma;r<sup>2</sup>. */
  public static ShallowProblem of(Dataset data, NetworkParams initial, Coordinates coords) {
    return of(data, initial, coords, LossNormalization.MEAN);
  }

  /** The data. */
  public Dataset data() {
    return data;
  }

  /** The initial network. */
  public NetworkParams initialNetwork() {
    return initial;
  }

  /** The loss as a function of the training vector. */
  public ShallowObjective objective() {
    return objective;
  }

  /** The training coordinates. */
  public Coordinates coordinates() {
    return objective.coordinates();
  }

  /** Width H. */
  public int width() {
    return initial.width();
  }

  /** The initial training vector. */
  public double[] initialTheta() {
    return theta0.clone();
  }

  /** Network coordinates of a training vector (spline: with the initial |w<sub>i</sub>|). */
  public NetworkParams network(double[] theta) {
    return coordinates() == Coordinates.NETWORK
        ? NetworkParams.fromVector(theta)
        : SplineParams.fromVector(theta, objective.orientation()).toNetwork(positive(absW));
  }

  /** Spline coordinates of a training vector. */
  public SplineParams spline(double[] theta) {
    return objective.spline(theta);
  }

  private static double[] positive(double[] a) {
    double[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 0.0) {
        out[i] = 1.0; // knotless neuron: ignored by toNetwork
      }
    }
    return out;
  }
}
