package org.knotwork.reservoir.cost;

import java.util.List;

/**
 * Costs of several models and their ratios to a baseline (D2R2) row (notes &sect;7).
 *
 * @param rows one row per model
 * @param baseline name of the row ratios are taken against
 */
public record CostTable(List<CostRow> rows, String baseline) {

  /** Validates that the baseline is one of the rows. */
  public CostTable {
    rows = List.copyOf(rows);
    if (rows.stream().noneMatch(r -> r.model().equals(baseline))) {
      throw new IllegalArgumentException("baseline '" + baseline + "' is not a row of the table");
    }
  }

  /** The baseline row. */
  public CostRow baselineRow() {
    return rows.stream().filter(r -> r.model().equals(baseline)).findFirst().orElseThrow();
  }

  /** Per-step multiplies of {@code row} divided by the baseline's. */
  public double inferenceMultiplyRatio(CostRow row) {
    return (double) row.inference().multiplies() / baselineRow().inference().multiplies();
  }

  /** Per-step total operations of {@code row} divided by the baseline's. */
  public double inferenceTotalRatio(CostRow row) {
    return (double) row.inference().total() / baselineRow().inference().total();
  }

  /** Training flops (as implemented) of {@code row} divided by the baseline's. */
  public double trainingRatio(CostRow row) {
    return row.training().totalFlops() / baselineRow().training().totalFlops();
  }

  /** The notes' training accounting of {@code row} divided by the baseline's. */
  public double notesTrainingRatio(CostRow row) {
    return row.training().notesFlops() / baselineRow().training().notesFlops();
  }
}
