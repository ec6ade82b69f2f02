/**
 * The pathways module as study kinds of the lab ({@link org.knotwork.common.study.StudyKind},
 * registered in {@code META-INF/services}): {@link org.knotwork.pathways.study.PathwaysStudy} ({@code
 * pathways}: one network run or an experiment of runs) and {@link
 * org.knotwork.pathways.study.PhasePlaneStudy} ({@code pathways-phase-plane}: the reduced model).
 * Specs are the module's records, read and written by {@link org.knotwork.pathways.io.SpecTrees};
 * results go into the common run directory ({@code spec.json} and {@code manifest.json} are the
 * lab's), so {@code knotwork run}, {@code rerun}, {@code sweep} and {@code render} work for them.
 */
package org.knotwork.pathways.study;
