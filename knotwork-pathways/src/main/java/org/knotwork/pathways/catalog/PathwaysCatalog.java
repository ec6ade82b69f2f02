package org.knotwork.pathways.catalog;

import java.util.List;
import org.knotwork.common.catalog.CatalogEntry;

/** The pathways module's reproduction-catalog entries, contributed by the {@code pathways} kind. */
public final class PathwaysCatalog {
  private PathwaysCatalog() {}

  /**
   * The entries, in catalog order: figures 3 (reduced model, in the demo), 4, 5, 6, 7, 8 and the
   * unequal-depth extension.
   */
  public static List<CatalogEntry> entries() {
    return List.of(
        new PathwaysFig3Entry(),
        new PathwaysFig4Entry(),
        new PathwaysSweepEntry(5),
        new PathwaysFig6Entry(),
        new PathwaysSweepEntry(7),
        new PathwaysSweepEntry(8),
        new PathwaysUnequalDepthsEntry());
  }
}
