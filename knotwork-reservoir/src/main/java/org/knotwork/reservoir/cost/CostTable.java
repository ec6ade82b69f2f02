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

  /**
   * The cost table for configured sizes (notes &sect;7): one D2R2 row {@code d2r2-pP} per degree and one
   * ESN row {@code esn-nN} per reservoir size (expected non-zeros round(d N)), all with {@code inputs}
   * inputs and {@code pairs} training pairs; the baseline is the first D2R2 row, else the first ESN.
   *
   * @throws IllegalArgumentException when both lists are empty or a size is out of range
   */
  public static CostTable configured(int inputs, long pairs, int[] d2r2Degrees, int[] esnSizes,
      double esnDegree, org.knotwork.reservoir.esn.ReadoutTransform transform) {
    if (d2r2Degrees.length + esnSizes.length == 0) {
      throw new IllegalArgumentException("give at least one D2R2 degree or ESN size");
    }
    java.util.List<CostRow> rows = new java.util.ArrayList<>();
    for (int p : d2r2Degrees) {
      if (p < 1) {
        throw new IllegalArgumentException("D2R2 degree must be >= 1, got " + p);
      }
      rows.add(new CostRow("d2r2-p" + p, "d2r2",
          (int) org.knotwork.reservoir.d2r2.PolynomialFeatures.count(inputs, p),
          CostModel.d2r2Step(inputs, p), CostModel.d2r2Training(pairs, inputs, p)));
    }
    for (int n : esnSizes) {
      if (n < 1 || !(esnDegree > 0) || esnDegree > n) {
        throw new IllegalArgumentException("ESN size must be >= 1 and the degree in (0, N], got N="
            + n + ", d=" + esnDegree);
      }
      long nnz = Math.round(esnDegree * n);
      rows.add(new CostRow("esn-n" + n, "esn", n, CostModel.esnStep(n, nnz, inputs, transform),
          CostModel.esnTraining(pairs, n, nnz, inputs, transform)));
    }
    return new CostTable(rows, rows.get(0).model());
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
