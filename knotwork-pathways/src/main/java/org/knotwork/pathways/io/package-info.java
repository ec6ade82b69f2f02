/**
 * Files in and out for the pathways module: training data tables ({@link
 * org.knotwork.pathways.io.DataTable}, a thin layer over the lab's numeric CSV reader), the text form
 * of the spec records ({@link org.knotwork.pathways.io.SpecTrees}, read strictly with the common
 * {@code SpecNode}) and the result files of runs ({@link org.knotwork.pathways.io.ResultWriter}: CSV
 * series, JSON summaries and NumPy arrays). Run directories themselves (spec.json, manifest.json)
 * are the lab's common {@code RunDirectory}; the study kinds of {@code org.knotwork.pathways.study}
 * write these files into them. Every file is written atomically ({@link
 * org.knotwork.common.io.AtomicFiles}); numbers are written with {@link
 * java.lang.Double#toString(double)}, which reads back to the same double.
 */
package org.knotwork.pathways.io;
