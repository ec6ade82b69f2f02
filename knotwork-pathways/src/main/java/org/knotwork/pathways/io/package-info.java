/**
 * Files in and out for the pathways module: user data tables ({@link org.knotwork.pathways.io.DataCsv}),
 * spec files ({@link org.knotwork.pathways.io.SpecJson}), result files
 * ({@link org.knotwork.pathways.io.ResultWriter}: CSV series and JSON summaries) and complete run
 * directories ({@link org.knotwork.pathways.io.RunDirectories}: spec, data, NumPy arrays,
 * manifest; assembled under a temporary name and renamed). Every file is written
 * atomically (temporary file in the same directory, then rename; {@link org.knotwork.common.io.AtomicFiles}).
 * Numbers are written with {@link java.lang.Double#toString(double)}, which reads back to the same
 * double.
 */
package org.knotwork.pathways.io;

import org.knotwork.common.io.AtomicFiles;
