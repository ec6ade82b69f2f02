/**
 * The reproduction-catalog entries of the {@code reservoir} study kind (docs/reservoir.md): the Lorenz 63 and Lorenz 96 orderings of D2R2 and ESNs, the precision study, the
 * exponent cliff of the truncation emulator and the cost table, contributed in this order by {@link
 * org.knotwork.reservoir.study.ReservoirStudy#catalogEntries()}. The runs they share are computed once
 * per catalog run ({@code Reservoirs}); each outcome reports its run's canonical spec text.
 */
package org.knotwork.reservoir.catalog;
