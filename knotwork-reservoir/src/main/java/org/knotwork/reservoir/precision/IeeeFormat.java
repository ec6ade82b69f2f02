package org.knotwork.reservoir.precision;

/** The IEEE 754 binary formats with round-to-nearest-even (notes &sect;6). */
public enum IeeeFormat implements FloatFormat {
  /** binary64: the identity. */
  BINARY64("binary64", Double.MAX_VALUE) {
    @Override
    public double round(double x) {
      return x;
    }
  },
  /** binary32, via a cast to {@code float}. */
  BINARY32("binary32", Float.MAX_VALUE) {
    @Override
    public double round(double x) {
      return (float) x;
    }
  },
  /** binary16, via {@link Binary16#round}. */
  BINARY16("binary16", Binary16.MAX_VALUE) {
    @Override
    public double round(double x) {
      return Binary16.round(x);
    }
  };

  private final String label;
  private final double maxFinite;

  IeeeFormat(String label, double maxFinite) {
    this.label = label;
    this.maxFinite = maxFinite;
  }

  @Override
  public double maxFinite() {
    return maxFinite;
  }

  @Override
  public boolean overflowsToInfinity() {
    return true;
  }

  @Override
  public String label() {
    return label;
  }
}
