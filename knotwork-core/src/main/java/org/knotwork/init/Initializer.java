package org.knotwork.init;

import org.knotwork.net.NetworkParams;
import org.knotwork.random.Rng;

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
}
