package org.knotwork.reservoir.cost;

/**
 * One model's costs.
 *
 * @param model model name
 * @param kind {@code esn} or {@code d2r2}
 * @param features readout features P (N for an ESN)
 * @param inference per-step forecast cost
 * @param training training cost
 */
public record CostRow(String model, String kind, int features, InferenceCost inference,
    TrainingCost training) {}
