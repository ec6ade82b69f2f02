package org.knotwork.train;

import java.util.Arrays;

/**
 * The state of a run at one moment: parameters in the training coordinates (convert them with
 * {@link ShallowProblem#network} and {@link ShallowProblem#spline}), the full-data loss and the
 * gradient norm.
 *
 * @param step step number (descent) or accepted integrator steps so far (flow)
 * @param time nominal time k&middot;&eta; (descent) or flow time
 * @param theta parameters in the training coordinates (copied)
 * @param loss full-data loss L(&theta;)
 * @param gradientNorm &Vert;&nabla;L(&theta;)&Vert;<sub>2</sub>; for the flow &Vert;d&theta;/dt&Vert;<sub>2</sub>,
 *     which differs from it only while a knot is held at a data point
 */
public record Snapshot(long step, double time, double[] theta, double loss, double gradientNorm) {

  /** Copies theta. */
  public Snapshot {
    theta = theta.clone();
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Snapshot s && step == s.step && Double.compare(time, s.time) == 0
        && Arrays.equals(theta, s.theta) && Double.compare(loss, s.loss) == 0
        && Double.compare(gradientNorm, s.gradientNorm) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(theta) + Long.hashCode(step) + Double.hashCode(time);
  }

  @Override
  public String toString() {
    return "Snapshot[step=" + step + ", time=" + time + ", loss=" + loss + ", gradientNorm="
        + gradientNorm + "]";
  }
}
