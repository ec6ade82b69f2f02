package org.knotwork.spiking.network;

/**
 * A 2&times;2 block of recurrent parameters indexed (post, pre), as the tables of docs/spiking.md: {@code ei}
 * is from I cells to E cells.
 *
 * @param ee E to E
 * @param ei I to E
 * @param ie E to I
 * @param ii I to I
 */
public record Block(double ee, double ei, double ie, double ii) {
  /** Validates. */
  public Block {
    if (!Double.isFinite(ee) || !Double.isFinite(ei) || !Double.isFinite(ie)
        || !Double.isFinite(ii)) {
      throw new IllegalArgumentException("ee, ei, ie and ii must be finite");
    }
  }

  /** The entry (post, pre), 0 = E and 1 = I. */
  public double get(int post, int pre) {
    return post == 0 ? (pre == 0 ? ee : ei) : (pre == 0 ? ie : ii);
  }

  /** The same block with every entry multiplied by {@code s}. */
  public Block times(double s) {
    return new Block(ee * s, ei * s, ie * s, ii * s);
  }
}
