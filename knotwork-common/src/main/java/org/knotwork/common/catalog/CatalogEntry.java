package org.knotwork.common.catalog;

/**
 * One claim of the notes, reproducible by one command ({@code knotwork reproduce ID}).
 */
public interface CatalogEntry {

  /** A short identifier, lower case with dashes, e.g. {@code adaptive-regime}. */
  String id();

  /** A one-line title. */
  String title();

  /** The claim, with its source in the notes (section and experiment number). */
  String claim();

  /** The tolerance the claim is checked at, in words. */
  String tolerance();

  /**
   * What the variant measures, where it differs from the claim's full protocol (for
   * {@link Variant#QUICK}), in one line.
   */
  String protocol(Variant variant);

  /** Measures the claim. */
  Outcome run(CatalogContext context);

  /**
   * Whether {@code knotwork demo} runs this entry (quick variant): one claim from each part of the
   * notes.
   */
  default boolean demo() {
    return false;
  }
}
