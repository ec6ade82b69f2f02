/** The {@code isometry} kind's entries of the reproduction catalog (docs/isometry.md &sect;3). */
package org.knotwork.isometry.catalog;
