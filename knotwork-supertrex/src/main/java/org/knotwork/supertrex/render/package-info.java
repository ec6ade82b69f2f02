/**
 * Figures and the arm video of {@code supertrex} run directories, on knotwork-draw (registered in
 * {@code META-INF/services/org.knotwork.common.study.StudyRenderer}).
 */
package org.knotwork.supertrex.render;
