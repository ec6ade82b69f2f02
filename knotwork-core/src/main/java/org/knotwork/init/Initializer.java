package org.knotwork.init;

import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** Draws initial networks. The same spec always gives the same bytes. */
public final class Initializer {
  /** Name of the random stream every initial network is drawn from. */
  public static final String STREAM = "init";

  private Initializer() {}

  /** The network of {@code spec}, drawn from {@code Rng.of(spec.seed(), "init")}. */
  public static NetworkParams initialize(InitSpec spec) {
    return draw(spec, Rng.of(spec.seed(), STREAM));
  }

  /**
   * A network of {@code spec}'s scheme, width and scales drawn from the given stream (the spec's seed
   * is not used); successive calls on one stream give independent networks.
   */
  public static NetworkParams draw(InitSpec spec, Rng rng) {
    int h = spec.width();
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    double c = new Sampler(spec).fill(rng, w, b, v);
    return new NetworkParams(w, b, v, c);
  }

  /**
   * The antisymmetric pairing of notes &sect;6: the second half of the neurons repeats the first
   * half's (w, b) with v negated, so that f &equiv; c (here f<sub>0</sub> &equiv; 0 for schemes with c = 0)
   * while the knots, delta-slope magnitudes and tangent kernel keep the law of the first half.
   *
   * @param p a network of even width; its second half is overwritten in the copy returned
   * @throws IllegalArgumentException if the width is odd
   */
  public static NetworkParams antisymmetric(NetworkParams p) {
    int width = p.width();
    if (width % 2 != 0) {
      throw new IllegalArgumentException(
          "width must be even with antisymmetric pairing, got " + width);
    }
    double[] w = p.w();
    double[] b = p.b();
    double[] v = p.v();
    int half = width / 2;
    for (int i = 0; i < half; i++) {
      w[half + i] = w[i];
      b[half + i] = b[i];
      v[half + i] = -v[i];
    }
    return new NetworkParams(w, b, v, p.c());
  }
}
