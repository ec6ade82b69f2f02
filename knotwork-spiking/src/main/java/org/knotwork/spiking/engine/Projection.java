package org.knotwork.spiking.engine;

/**
 * All synapses from one presynaptic layer to one population, with one weight J (docs/spiking.md
 * (P6)): a spike of presynaptic cell j adds J/(&tau;_r &tau;_d) to I'_k of each target, for each
 * class k that the projection feeds.
 *
 * @param pre presynaptic population or source
 * @param post postsynaptic population
 * @param wiring targets by presynaptic cell
 * @param weight J, finite
 * @param classes indices of the post population's classes fed, each once
 */
public record Projection(Presynaptic pre, Population post, Csr wiring, double weight,
    int[] classes) {

  /** Validates sizes and class indices. */
  public Projection {
    if (wiring.rows() != pre.size()) {
      throw new IllegalArgumentException("projection " + pre.name() + "->" + post.name()
          + " has " + wiring.rows() + " rows for " + pre.size() + " presynaptic cells");
    }
    for (int t : wiring.target()) {
      if (t < 0 || t >= post.size()) {
        throw new IllegalArgumentException("projection " + pre.name() + "->" + post.name()
            + " targets cell " + t + " outside [0, " + post.size() + ")");
      }
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight);
    }
    if (classes.length == 0) {
      throw new IllegalArgumentException("a projection feeds at least one class");
    }
    for (int k : classes) {
      if (k < 0 || k >= post.classes().size()) {
        throw new IllegalArgumentException("class index " + k + " outside the classes of "
            + post.name());
      }
    }
    classes = classes.clone();
  }

  /** A projection feeding the classes named {@code classNames} of the post population. */
  public static Projection of(Presynaptic pre, Population post, Csr wiring, double weight,
      String... classNames) {
    int[] k = new int[classNames.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = post.classIndex(classNames[i]);
    }
    return new Projection(pre, post, wiring, weight, k);
  }
}
