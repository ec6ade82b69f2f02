/**
 * Catalog entries of the {@code spiking} kind (docs/spiking.md (P13)).
 */
package org.knotwork.spiking.catalog;
