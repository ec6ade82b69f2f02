package org.knotwork.init;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact laws of an initialisation scheme as functions of the width H and the scale multipliers
 * (notes &sect;5, S21-S23). With &mu; = v|w|, &beta; = &minus;b/w and neurons i.i.d.:
 *
 * <ul>
 *   <li>E[&Sigma;&mu;<sup>2</sup>] = H&middot;E[v<sup>2</sup>]E[w<sup>2</sup>] and E[&Sigma;|&mu;|] =
 *       H&middot;E|v|E|w| (S23);
 *   <li>Var f<sub>0</sub>(x) = (H/2)E[v<sup>2</sup>]E[(wx + b)<sup>2</sup>] + E[c<sup>2</sup>] (S23;
 *       uses that v is centred and independent of (w, b), and that (w, b) and (&minus;w, &minus;b) have
 *       the same law, so E[relu(wx+b)<sup>2</sup>] = E[(wx+b)<sup>2</sup>]/2);
 *   <li>Var f<sub>0</sub>&prime;(x) = (H/2)E[v<sup>2</sup>]E[w<sup>2</sup>] = E[R<sub>2</sub>]/2 at
 *       every x, for the right derivative (S23);
 *   <li>E[#knots in I] = H&middot;P(&beta; &isin; I) and E[&Sigma;&mu;<sup>2</sup>1(&beta; &isin; I)] =
 *       H&middot;E[v<sup>2</sup>]&middot;E[w<sup>2</sup>1(&beta; &isin; I)] (S21, S23).
 * </ul>
 *
 * @param width H
 * @param neuron the per-neuron law (after scale multipliers)
 */
public record InitLaws(int width, NeuronLaw neuron) {

  /** Validates H &ge; 1 and a law. */
  public InitLaws {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    if (neuron == null) {
      throw new IllegalArgumentException("neuron law is required");
    }
  }

  /** The laws of {@code spec} (its seed is irrelevant). */
  public static InitLaws of(InitSpec spec) {
    return new InitLaws(spec.width(), NeuronLaw.of(spec));
  }

  /** The law of one knot (S21). */
  public KnotLaw knots() {
    return neuron.knots();
  }

  /** The law of one delta-slope (S22). */
  public DeltaSlopeLaw deltaSlopes() {
    return neuron.deltaSlopes();
  }

  /** E[R<sub>2</sub>] = E[&Sigma;&mu;<sub>i</sub><sup>2</sup>] (S23). */
  public double expectedSumMuSquared() {
    return width * neuron.output().secondMoment() * neuron.weight().secondMoment();
  }

  /**
   * Standard deviation of R<sub>2</sub> = &Sigma;&mu;<sup>2</sup> across draws:
   * &radic;(H(E&mu;<sup>4</sup> &minus; (E&mu;<sup>2</sup>)<sup>2</sup>)).
   */
  public double sdSumMuSquared() {
    double m2 = neuron.output().secondMoment() * neuron.weight().secondMoment();
    double m4 = neuron.output().fourthMoment() * neuron.weight().fourthMoment();
    return Math.sqrt(width * (m4 - m2 * m2));
  }

  /** E[TV] = E[&Sigma;|&mu;<sub>i</sub>|] = E[&int;|f<sub>0</sub>&Prime;|] (S23). */
  public double expectedSumAbsMu() {
    return width * neuron.output().absMean() * neuron.weight().absMean();
  }

  /** Var f<sub>0</sub>(x) (S23). */
  public double valueVariance(double x) {
    return 0.5 * width * neuron.output().secondMoment() * neuron.preActivationSecondMoment(x)
        + neuron.outputBias().secondMoment();
  }

  /** Var f<sub>0</sub>&prime;(x<sup>+</sup>) = E[R<sub>2</sub>]/2, the same at every x (S23). */
  public double slopeVariance(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("x must be finite, got " + x);
    }
    return 0.5 * expectedSumMuSquared();
  }

  /** Expected number of knots in the closed window: H&middot;P(&beta; &isin; window). */
  public double expectedKnots(Interval window) {
    return width * knots().probability(window);
  }

  /** Expected knots per unit length at &beta;: H&middot;p(&beta;) (S21). */
  public double knotsPerUnitLength(double beta) {
    return width * knots().density(beta);
  }

  /** E[&Sigma;&mu;<sub>i</sub><sup>2</sup>1(&beta;<sub>i</sub> &isin; window)], the roughness inside a window (S23). */
  public double expectedRoughness(Interval window) {
    return width * neuron.output().secondMoment() * knots().weightedProbability(window);
  }

  /** The exact answers to {@code query}. */
  public InitStatistics statistics(InitQuery query) {
    List<InitStatistics.PointStatistics> points = new ArrayList<>();
    for (double x : query.points()) {
      points.add(new InitStatistics.PointStatistics(x, Estimate.exact(valueVariance(x)),
          Estimate.exact(slopeVariance(x))));
    }
    List<InitStatistics.WindowStatistics> windows = new ArrayList<>();
    for (Interval win : query.windows()) {
      windows.add(new InitStatistics.WindowStatistics(win, Estimate.exact(expectedKnots(win)),
          Estimate.exact(expectedRoughness(win))));
    }
    KnotLaw kl = knots();
    List<InitStatistics.BinStatistics> knotBins = new ArrayList<>();
    for (Interval bin : query.knotBins()) {
      knotBins.add(new InitStatistics.BinStatistics(bin, Estimate.exact(kl.probability(bin))));
    }
    DeltaSlopeLaw ml = deltaSlopes();
    List<InitStatistics.BinStatistics> slopeBins = new ArrayList<>();
    for (Interval bin : query.slopeBins()) {
      slopeBins.add(new InitStatistics.BinStatistics(bin, Estimate.exact(ml.probability(bin))));
    }
    return new InitStatistics(width, Estimate.exact(expectedSumMuSquared()),
        Estimate.exact(expectedSumAbsMu()), points, windows, knotBins, slopeBins);
  }
}
