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
  ZSCORE_PER_COMPONENT
}
