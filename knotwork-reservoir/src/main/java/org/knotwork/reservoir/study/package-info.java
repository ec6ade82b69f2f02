/**
 * The {@code reservoir} study kind ({@link org.knotwork.reservoir.study.ReservoirStudy}): the
 * reservoir module behind the lab's study interface, so that {@code knotwork run}, {@code rerun},
 * {@code sweep}, {@code reproduce} and {@code render} work for it through the registry. {@link
 * org.knotwork.reservoir.study.ReservoirSpecs} reads and writes its spec text.
 */
package org.knotwork.reservoir.study;
