/**
 * The study kind {@code multivariate} (docs/multivariate-deep.md §3, §5): spec ({@link
 * org.knotwork.multivariate.study.MultivariateSpec}), data sets ({@link
 * org.knotwork.multivariate.study.Datasets}) and the kind ({@link
 * org.knotwork.multivariate.study.MultivariateStudy}), registered in {@code
 * META-INF/services/org.knotwork.common.study.StudyKind}.
 */
package org.knotwork.multivariate.study;
