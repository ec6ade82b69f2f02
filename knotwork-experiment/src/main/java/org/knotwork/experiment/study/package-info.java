/**
 * The spline lens's study kinds, found by {@link org.knotwork.common.study.Studies} through {@code
 * META-INF/services/org.knotwork.common.study.StudyKind}: {@code spline} ({@link
 * org.knotwork.experiment.study.SplineStudy}, one training run recorded through the spline lens,
 * resumable after a kill) and {@code regime} ({@link org.knotwork.experiment.study.RegimeStudy}, one
 * point of the kernel-versus-adaptive experiment). Each contributes its reproduction-catalog entries.
 */
package org.knotwork.experiment.study;
