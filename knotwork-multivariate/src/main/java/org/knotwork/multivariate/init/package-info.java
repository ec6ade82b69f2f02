/**
 * Initialisation of shallow nets on R<sup>d</sup> and the exact laws of their hyperplane
 * coordinates and of f<sub>0</sub> (docs/multivariate-deep.md §5): {@link
 * org.knotwork.multivariate.init.InitScheme} (Gaussian or uniform entries, PyTorch's default) and
 * {@link org.knotwork.multivariate.init.InitLaws}.
 */
package org.knotwork.multivariate.init;
