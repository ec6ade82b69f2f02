/**
 * Spatial networks on the periodic unit sheet (docs/spiking.md (P6), &sect;2.2):
 * fixed-out-degree wrapped-Gaussian wiring and the two-layer network of Huang et al. No I/O.
 */
package org.knotwork.spiking.network;
