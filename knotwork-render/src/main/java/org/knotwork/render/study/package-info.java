/**
 * Renderers of study kinds, found by the {@code render} front end through {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}: {@link
 * org.knotwork.render.study.SplineRenderer} draws {@code spline} run directories, {@link
 * org.knotwork.render.study.RegimeRenderer} those of {@code regime}.
 */
package org.knotwork.render.study;
