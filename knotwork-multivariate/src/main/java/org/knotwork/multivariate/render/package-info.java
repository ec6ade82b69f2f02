/**
 * Figures of {@code multivariate} runs on knotwork-draw (docs/multivariate-deep.md §3): {@link
 * org.knotwork.multivariate.render.MultivariateFigures} and the renderer {@link
 * org.knotwork.multivariate.render.MultivariateRenderer}.
 */
package org.knotwork.multivariate.render;
