package org.knotwork.spiking.catalog;

import java.util.List;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.spiking.study.SpikingStudy;

/** The catalog entries of the spiking kind, in order. */
public final class SpikingEntries {
  private SpikingEntries() {}

  /** Every entry. */
  public static List<CatalogEntry> all(SpikingStudy kind) {
    return List.of(new NeuralFieldEntry(), new InhibitionTimescaleEntry(kind));
  }
}
