package org.knotwork.reservoir.cost;

/**
 * Training cost for T regression pairs, P features and K targets, as implemented.
 *
 * @param pairs T
 * @param features P
 * @param featureMultiplies multiplications to produce the features (ESN: driving the reservoir; D2R2:
 *     monomials)
 * @param featureTanh tanh evaluations while producing the features
 * @param gramMultiplyAdds multiply-adds of the streaming accumulation: T P(P+1)/2 (upper triangle of
 *     G) + T P K (cross term C)
 * @param solveFlops flops of the solve: P&sup3;/3 (Cholesky) + 2 K P&sup2; (two triangular solves per
 *     target)
 * @param notesFlops the notes' accounting T P&sup2; + P&sup3;/3 (&sect;7, check 19), for comparison
 */
public record TrainingCost(long pairs, int features, long featureMultiplies, long featureTanh,
    long gramMultiplyAdds, double solveFlops, double notesFlops) {

  /** Total flops as implemented: features + 2 &times; Gram multiply-adds + solve. */
  public double totalFlops() {
    return featureMultiplies + featureTanh + 2.0 * gramMultiplyAdds + solveFlops;
  }
}
