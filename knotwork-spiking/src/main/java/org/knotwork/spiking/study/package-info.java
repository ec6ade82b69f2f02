/**
 * The {@code spiking} study kind: spec records, reading and writing, the run and its result
 * files (docs/spiking.md &sect;8).
 */
package org.knotwork.spiking.study;
