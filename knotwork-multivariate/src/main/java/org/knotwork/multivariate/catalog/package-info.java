/**
 * Catalog entries of the {@code multivariate} kind (docs/multivariate-deep.md §3, §5): {@link
 * org.knotwork.multivariate.catalog.RegionsAtInitEntry}, the region count at initialisation against
 * the closed form and Monte Carlo, and {@link
 * org.knotwork.multivariate.catalog.DeepRegionsAtInitEntry}, regions of deep 2-D nets at
 * initialisation against the number of neurons.
 */
package org.knotwork.multivariate.catalog;
