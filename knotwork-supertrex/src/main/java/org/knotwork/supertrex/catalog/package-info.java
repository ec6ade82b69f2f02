/**
 * The reproduction-catalog entries of the {@code supertrex} kind: the orderings of spiking.md
 * &sect;1.7 (checks 14&ndash;16 of spiking.md &sect;7), quick at a reduced N with the full period,
 * full at the authors' N = 1000 over 11 seeds.
 */
package org.knotwork.supertrex.catalog;
