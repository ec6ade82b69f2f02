/**
 * Deep feed-forward networks with exact manual backpropagation and forward-mode tangents, their
 * output losses, Haar-orthogonal and Gaussian initialisations and the mean-field critical line
 * (docs/isometry.md, (I1)-(I8)). Mathematics only: no I/O.
 */
package org.knotwork.isometry.net;
