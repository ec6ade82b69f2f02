package org.knotwork.spiking.engine;

import org.knotwork.common.random.Rng;

/**
 * Independent homogeneous Poisson spike trains (docs/spiking.md (P7)): source j draws its
 * inter-spike intervals, exponential with mean 1000/rate ms, from its own stream {@code
 * Rng.of(seed, key + "/" + j)}, so a train depends only on seed, key and j. A spike at continuous
 * time s is delivered at the first step i with i&middot;dt &ge; s.
 */
public final class PoissonSource implements Source {
  private final String name;
  private final double meanInterval;
  private final Rng[] streams;
  private final double[] next;
  private final SpikeBuffer spikes = new SpikeBuffer();

  /**
   * Trains of {@code n} sources at {@code rateHz}.
   *
   * @param name the layer's name
   * @param n number of sources
   * @param rateHz rate in Hz, &gt; 0
   * @param seed root seed
   * @param key the stream key, e.g. "poisson/X"
   */
  public PoissonSource(String name, int n, double rateHz, long seed, String key) {
    if (n < 1 || !(rateHz > 0) || !Double.isFinite(rateHz)) {
      throw new IllegalArgumentException("a Poisson source needs n >= 1 and a positive rate, got "
          + n + ", " + rateHz);
    }
    this.name = name;
    this.meanInterval = 1000.0 / rateHz;
    this.streams = new Rng[n];
    this.next = new double[n];
    for (int j = 0; j < n; j++) {
      streams[j] = Rng.of(seed, key + "/" + j);
      next[j] = interval(j);
    }
  }

  private double interval(int j) {
    return -Math.log1p(-streams[j].uniform()) * meanInterval;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return next.length;
  }

  @Override
  public SpikeBuffer spikes() {
    return spikes;
  }

  @Override
  public void emit(long step, double dt) {
    spikes.clear();
    double t = step * dt;
    for (int j = 0; j < next.length; j++) {
      while (next[j] <= t) {
        spikes.add(j);
        next[j] += interval(j);
      }
    }
  }
}
