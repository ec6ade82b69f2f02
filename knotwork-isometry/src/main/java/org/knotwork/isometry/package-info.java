/**
 * Isometric initialisation and Fisher geometry of deep feed-forward networks (docs/isometry.md):
 * {@code net} (networks, exact backpropagation, critical initialisations), {@code geometry}
 * (Jacobian spectra, true and empirical Fisher, the tangent kernel), {@code study} (the
 * {@code isometry} study kind), {@code catalog} (experiment 1A), {@code render} (its figures) and
 * {@code bench} (timings).
 */
package org.knotwork.isometry;
