package org.knotwork.common.catalog;

import java.util.Locale;

/** How much of a claim's protocol a run of the catalog carries out. */
public enum Variant {
  /** Sized for CI and for {@code knotwork demo}: a smaller budget, the same tolerances. */
  QUICK,
  /** The notes' full protocol (minutes; tests tagged slow). */
  FULL;

  /** Lower-case name used in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
