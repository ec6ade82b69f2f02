package org.knotwork.pathways.experiment;

/**
 * Hidden width of the figure presets. Every preset keeps the authors' squared layer gain
 * N eps<sup>2</sup> = 0.1 (eps = (0.1/N)<sup>1/2</sup>), learning rate and step counts, so only the
 * finite-width fluctuations change with the scale (notes &sect;3.4).
 */
public enum Scale {
  /** N = 64: every preset runs in seconds to tens of seconds; the default. */
  QUICK(64),
  /** N = 256: the notes' reduced width (reference statistics of &sect;3.4); minutes. */
  REDUCED(256),
  /** N = 1000: the paper's width; a depth-7 run takes of the order of an hour. */
  FULL(1000);

  private final int width;

  Scale(int width) {
    this.width = width;
  }

  /** Hidden width N. */
  public int width() {
    return width;
  }

  /** eps = (0.1/N)<sup>1/2</sup>. */
  public double eps() {
    return Math.sqrt(0.1 / width);
  }
}
