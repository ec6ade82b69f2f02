/**
 * Reduced-precision number formats and how an experiment applies them (notes &sect;6, checks 15&ndash;18).
 *
 * <p>A {@link org.knotwork.reservoir.precision.FloatFormat} rounds a binary64 value into a format:
 * IEEE binary64 (identity), binary32, binary16 (round-half-even, implemented here because JDK 17 has no
 * half-precision API) or the authors' truncating mantissa/exponent emulator. A
 * {@link org.knotwork.reservoir.precision.Precision} pairs a format with a
 * {@link org.knotwork.reservoir.precision.PrecisionScope} that says which quantities are rounded:
 * stored weights only, weights and every input value, or every arithmetic operation. Every run states its
 * precision, so "16-bit" is never ambiguous. An {@link org.knotwork.reservoir.precision.Arithmetic} is the
 * per-operation hook through which models run when every operation is rounded (or counted).
 */
package org.knotwork.reservoir.precision;
