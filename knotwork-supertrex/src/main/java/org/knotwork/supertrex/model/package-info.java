/**
 * The mathematics of SUPERTREX (supertrex.md): the Euler rate network with sparse Gaussian recurrence
 * and output feedback ({@link org.knotwork.supertrex.model.RateNetwork}, (ST1)&ndash;(ST2)), the
 * recursive-least-squares state ({@link org.knotwork.supertrex.model.Rls}, (ST6)), the butterfly
 * target and arm kinematics ({@link org.knotwork.supertrex.model.Butterfly}, {@link
 * org.knotwork.supertrex.model.Arm}), the per-task constants ({@link
 * org.knotwork.supertrex.model.TaskConstants}), the nine-step training loop with its test phase
 * ({@link org.knotwork.supertrex.model.Trial}) and the deviation metric ({@link
 * org.knotwork.supertrex.model.Deviation}). No I/O, plotting or CLI.
 */
package org.knotwork.supertrex.model;
