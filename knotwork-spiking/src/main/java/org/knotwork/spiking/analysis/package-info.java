/**
 * Measurements of spike records (docs/spiking.md (P8), (P14), (P15)): counts, boxcar smoothing,
 * Fano factors, correlation against distance, factor analysis, the balanced mean field. No I/O.
 */
package org.knotwork.spiking.analysis;
