package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.study.Studies;

/**
 * Every entry of the reproduction catalog and the demo's subset, now contributed by the registered
 * study kinds ({@link Studies#catalog()}): each kind's {@code catalogEntries()}, kinds in their
 * {@code position()} order, and {@link CatalogEntry#demo()} marks the demo's entries.
 *
 * <p>MERGE NOTE (issue 15): the pathways and reservoir engineers move their entries into their own
 * kinds at the same time and delete their lines below; once they have, this class only delegates to
 * {@link Studies} (and may go: the front ends can call {@link Studies#catalog()} themselves).
 */
public final class Catalog {
  /** Entries not yet contributed by a registered kind (removed by the pathways/reservoir merges). */
  private static final List<CatalogEntry> NOT_YET_REGISTERED = List.of(
      // deep linear networks with parallel pathways (knotwork-pathways, notes deep-linear.md)
      new PathwaysFig3Entry(),
      new PathwaysFig4Entry(),
      new PathwaysSweepEntry(5),
      new PathwaysFig6Entry(),
      new PathwaysSweepEntry(7),
      new PathwaysSweepEntry(8),
      new PathwaysUnequalDepthsEntry(),
      // reservoir computing versus D2R2 (knotwork-reservoir, notes reservoir.md)
      new ReservoirL63OrderingEntry(),
      new ReservoirL96OrderingEntry(),
      new ReservoirPrecisionEntry(),
      new ReservoirExponentCliffEntry(),
      new ReservoirCostEntry());
  /** Demo ids of {@link #NOT_YET_REGISTERED} (their kinds set {@code demo()} after the merge). */
  private static final List<String> NOT_YET_REGISTERED_DEMO = List.of("pathways-fig3",
      "reservoir-cost");

  private static final List<CatalogEntry> ENTRIES = entries0();

  /**
   * The ids {@code knotwork demo} runs (quick variant): the entries whose {@link
   * CatalogEntry#demo()} is true, one claim from each part of the notes.
   */
  public static final List<String> DEMO = ENTRIES.stream()
      .filter(e -> e.demo() || NOT_YET_REGISTERED_DEMO.contains(e.id()))
      .map(CatalogEntry::id).toList();

  private Catalog() {}

  private static List<CatalogEntry> entries0() {
    List<CatalogEntry> out = new ArrayList<>(Studies.catalog());
    for (CatalogEntry e : NOT_YET_REGISTERED) {
      if (out.stream().noneMatch(x -> x.id().equals(e.id()))) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

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
