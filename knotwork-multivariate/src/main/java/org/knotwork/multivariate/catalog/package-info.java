/**
 * Catalog entries of the {@code multivariate} kind (docs/multivariate-deep.md §3, §5): {@link
 * org.knotwork.multivariate.catalog.RegionsAtInitEntry}, the region count at initialisation against
 * the closed form and Monte Carlo.
 */
package org.knotwork.multivariate.catalog;
