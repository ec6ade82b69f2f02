/**
 * One-dimensional regression data (x, y): the {@link org.knotwork.data.Dataset} value type and seeded
 * generators over named target functions ({@link org.knotwork.data.Target},
 * {@link org.knotwork.data.DataSpec}). Reading files lives in the I/O module, not here.
 */
package org.knotwork.data;
