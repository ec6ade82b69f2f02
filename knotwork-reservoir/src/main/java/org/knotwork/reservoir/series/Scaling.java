package org.knotwork.reservoir.series;

/** Normalisation rules (notes &sect;1&ndash;2, check 2). Population (ddof = 0) standard deviations. */
public enum Scaling {
  /** No scaling. */
  NONE,
  /** Divide each component by its own standard deviation; the mean is NOT removed (L63 recipe, &sect;1). */
  STD_PER_COMPONENT,
  /** Subtract one global mean and divide by one global standard deviation over all components (L96, &sect;2). */
  ZSCORE_GLOBAL,
  /** Subtract each component's mean and divide by its standard deviation. */
  ZSCORE_PER_COMPONENT;

  /** The label in spec files and on the command line: {@code std-per-component}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The labels of every rule. */
  public static java.util.List<String> labels() {
    return java.util.Arrays.stream(values()).map(Scaling::label).toList();
  }

  /**
   * Parses a label ({@code std-per-component}, {@code zscore-global}, ...; case and '_' for '-'
   * are forgiven).
   *
   * @throws IllegalArgumentException naming the labels
   */
  public static Scaling parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (Scaling s : values()) {
      if (s.label().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("scaling must be one of " + String.join(", ", labels())
        + ", got '" + text + "'");
  }
}
