package org.knotwork.experiment.catalog;

import java.util.List;
import org.knotwork.common.catalog.CatalogEntry;

/** Every entry of the reproduction catalog, in a fixed order, and the demo's subset. */
public final class Catalog {
  private static final List<CatalogEntry> ENTRIES = List.of(
      new FlatInitEntry(),
      new KnotLawsEntry(),
      new HessianMinimaEntry(),
      new SilentSaddleEntry(),
      new GdFlowEntry(),
      new KernelRegimeEntry(),
      new AdaptiveRegimeEntry(),
      new PhaseDiagramEntry());

  /**
   * The ids {@code knotwork demo} runs (quick variant): one claim from each part of the notes
   * (initialisation, Hessian, critical points, dynamics, the two regimes and the phase diagram).
   * The pathways and reservoir entries are contributed by their study kinds.
   */
  public static final List<String> DEMO = List.of("flat-init", "hessian-minima", "silent-saddle",
      "gd-flow", "kernel-regime", "adaptive-regime", "phase-diagram");

  private Catalog() {}

  /** Every entry. */
  public static List<CatalogEntry> entries() {
    return ENTRIES;
  }

  /** The ids, in catalog order. */
  public static List<String> ids() {
    return ENTRIES.stream().map(CatalogEntry::id).toList();
  }

  /**
   * The entry with this id.
   *
   * @throws IllegalArgumentException naming the known ids
   */
  public static CatalogEntry find(String id) {
    return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no catalog entry '" + id
            + "'; known: " + String.join(", ", ids())));
  }
}
