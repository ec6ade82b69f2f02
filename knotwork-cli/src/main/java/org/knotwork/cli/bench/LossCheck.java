package org.knotwork.cli.bench;

/**
 * The peer's agreement check: the loss after {@code steps} gradient-descent steps from the shared
 * initial network, on both sides, in float64.
 *
 * @param size N = H
 * @param steps number of steps K
 * @param knotworkLoss Knotwork's loss after K steps
 * @param torchLoss PyTorch's loss after K steps
 * @param relDiff |torch &minus; knotwork| / |knotwork|
 * @param ok whether relDiff is within the tolerance
 */
public record LossCheck(int size, int steps, double knotworkLoss, double torchLoss, double relDiff,
    boolean ok) {}
