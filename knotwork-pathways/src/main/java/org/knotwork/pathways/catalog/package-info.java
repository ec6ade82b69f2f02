/**
 * The pathways module's entries of the reproduction catalog (notes deep-linear.md): the authors'
 * figures 3-8 and the unequal-depth extension, each with its claim, tolerance and quick and full
 * protocols. {@link org.knotwork.pathways.catalog.PathwaysCatalog#entries()} lists them; the {@code
 * pathways} study kind contributes them to the lab's catalog ({@code Studies.catalog()}), and each
 * outcome carries the canonical spec of the runs it measured.
 */
package org.knotwork.pathways.catalog;
