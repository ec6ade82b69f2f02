/**
 * The {@code supertrex} study kind: one run of a learning rule on a task into a run directory
 * (registered in {@code META-INF/services/org.knotwork.common.study.StudyKind}).
 */
package org.knotwork.supertrex.study;
