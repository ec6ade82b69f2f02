package org.knotwork.multivariate.init;

import org.hipparchus.distribution.continuous.TDistribution;
import org.knotwork.common.io.InputException;

/**
 * Exact laws of the hyperplane coordinates and of f<sub>0</sub> at initialisation
 * (docs/multivariate-deep.md §5).
 */
public final class InitLaws {
  private InitLaws() {}

  /**
   * The CDF of the offset &beta; = &minus;b/‖w‖ under the Gaussian scheme in d dimensions:
   * &beta; ~ (&sigma;<sub>b</sub>/&sigma;<sub>w</sub>)&middot;T<sub>d</sub>/&radic;d with
   * T<sub>d</sub> Student-t with d degrees of freedom (M9).
   */
  public static double gaussianOffsetCdf(double beta, int d, double sigmaW, double sigmaB) {
    if (d < 1 || !(sigmaW > 0) || !(sigmaB > 0)) {
      throw new InputException("need d >= 1, sigmaW > 0, sigmaB > 0, got " + d + ", " + sigmaW
          + ", " + sigmaB);
    }
    return new TDistribution(d).cumulativeProbability(beta * Math.sqrt(d) * sigmaW / sigmaB);
  }

  /**
   * P(|&beta;| &lt; a) under the Gaussian scheme in d = 2, in closed form: with t = a&radic;2
   * &sigma;<sub>w</sub>/&sigma;<sub>b</sub>, it is t/&radic;(2 + t<sup>2</sup>) (M9).
   */
  public static double gaussianOffsetWithin2d(double a, double sigmaW, double sigmaB) {
    double t = a * Math.sqrt(2) * sigmaW / sigmaB;
    return t / Math.sqrt(2 + t * t);
  }

  /**
   * The density of the angle &theta; of w under the uniform scheme in d = 2 (w uniform on a
   * square): p(&theta;) = 1/(8 max(|cos &theta;|, |sin &theta;|)<sup>2</sup>) on (&minus;&pi;,
   * &pi;] (M10); it is largest on the diagonals.
   */
  public static double uniformAngleDensity(double theta) {
    double m = Math.max(Math.abs(Math.cos(theta)), Math.abs(Math.sin(theta)));
    return 1 / (8 * m * m);
  }

  /** The CDF of {@link #uniformAngleDensity} from &minus;&pi; (M10). */
  public static double uniformAngleCdf(double theta) {
    if (theta <= -Math.PI) {
      return 0;
    }
    if (theta >= Math.PI) {
      return 1;
    }
    double u = theta + Math.PI;
    int quarter = (int) Math.min(3, Math.floor(u / (Math.PI / 2)));
    double s = u - quarter * (Math.PI / 2);
    double inQuarter = s <= Math.PI / 4 ? Math.tan(s) / 8 : (2 - 1 / Math.tan(s)) / 8;
    return quarter / 4.0 + inQuarter;
  }

  /**
   * Var f<sub>0</sub>(x) for any scheme whose (w<sub>i</sub>, b<sub>i</sub>) law is symmetric
   * under sign flip and whose v<sub>i</sub>, c are independent and centred (both schemes of {@link
   * InitScheme}): Var c + H&middot;Var v&middot;(Var w&middot;‖x‖<sup>2</sup> + Var b)/2 (M11).
   */
  public static double valueVariance(InitScheme s, int h, double normXSquared) {
    return s.variance(s.outputBias()) + h * s.variance(s.outputWeight())
        * (s.variance(s.inputWeight()) * normXSquared + s.variance(s.inputBias())) / 2;
  }

  /**
   * E‖&nabla;f<sub>0</sub>(x)‖<sup>2</sup> under the same assumptions, the same at every x:
   * H&middot;Var v&middot;d&middot;Var w/2 (M12).
   */
  public static double gradientMeanSquare(InitScheme s, int h, int d) {
    return h * s.variance(s.outputWeight()) * d * s.variance(s.inputWeight()) / 2;
  }

  /**
   * E&mu;<sup>2</sup> = E v<sup>2</sup>&middot;E‖w‖<sup>2</sup> = Var v&middot;d&middot;Var w
   * (M12).
   */
  public static double deltaSlopeMeanSquare(InitScheme s, int d) {
    return s.variance(s.outputWeight()) * d * s.variance(s.inputWeight());
  }
}
