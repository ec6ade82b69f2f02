/**
 * The two-population neural field and its linear stability by Fourier mode (docs/spiking.md
 * (P9)&ndash;(P13)), with closed-form 2&times;2 eigenvalues. No I/O.
 */
package org.knotwork.spiking.field;
