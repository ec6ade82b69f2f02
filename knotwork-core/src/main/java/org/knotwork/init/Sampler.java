package org.knotwork.init;

import org.knotwork.common.random.Rng;

/**
 * Draws the neurons of a spec exactly as {@link InitSpec} documents: the scheme's base tensors from
 * the unscaled law, then w &larr; &alpha;<sub>w</sub>w, b &larr; &alpha;<sub>b</sub>b, v &larr;
 * &alpha;<sub>v</sub>v. So the drawn tensors of two specs that differ only in their scales are exact
 * multiples of each other.
 */
final class Sampler {
  private final NeuronLaw base;
  private final Scales scales;

  Sampler(InitSpec spec) {
    this.base = NeuronLaw.of(spec.withScales(Scales.UNIT));
    this.scales = spec.scales();
  }

  /** Fills the three arrays (length H) and returns c; see {@link NeuronLaw#fill}. */
  double fill(Rng rng, double[] w, double[] b, double[] v) {
    double c = base.fill(rng, w, b, v);
    for (int i = 0; i < w.length; i++) {
      w[i] *= scales.w();
      b[i] *= scales.b();
      v[i] *= scales.v();
    }
    return c;
  }
}
