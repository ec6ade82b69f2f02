package org.knotwork.landscape;

import org.knotwork.net.NetworkParams;

/**
 * One atlas run: where gradient descent from one seed ended, and what that point is.
 *
 * @param seed the seed of the initialisation
 * @param start the initial network (PyTorch default for 1&rarr;H&rarr;1)
 * @param end the final network (after the polish, if any)
 * @param steps gradient-descent steps taken
 * @param diverged true if the descent produced a non-finite value (end = start then)
 * @param polished true if the Newton polish was applied
 * @param report the classification of the end point
 */
public record AtlasRun(long seed, NetworkParams start, NetworkParams end, int steps,
    boolean diverged, boolean polished, CriticalPointReport report) {}
