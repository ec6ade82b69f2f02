package org.knotwork.reservoir.precision;

import java.util.Locale;

/**
 * Which quantities a reduced-precision run rounds (notes &sect;6 and check 17). Training is always done
 * in binary64; the scope applies to inference.
 */
public enum PrecisionScope {
  /**
   * Stored weights only (ESN: A, W_in, W_out; D2R2: W). Inputs, states and every arithmetic operation
   * stay binary64. This is what the authors' "16-bit D2R2" computed.
   */
  WEIGHTS("weights"),
  /**
   * Stored weights plus every input value the model reads (warm-up data, start state, fed-back
   * predictions); arithmetic stays binary64. This is how the authors applied their truncation emulator.
   */
  WEIGHTS_AND_INPUTS("weights-and-inputs"),
  /**
   * Weights, inputs and every stored intermediate (reservoir pre-activations and states, transformed
   * nodes, monomials, outputs) rounded to the format, with each dot product accumulated in binary64 and
   * rounded once: low-precision storage with a wide accumulator (NumPy's half matrix products accumulate
   * in a wider type [notes &sect;6, inferred]).
   */
  STORED_VALUES("stored-values"),
  /**
   * Weights, inputs, states and the result of every single multiply, add and tanh rounded to the
   * format, including each partial sum of a dot product: strict low-precision arithmetic.
   */
  EVERY_OPERATION("every-operation");

  private final String label;

  PrecisionScope(String label) {
    this.label = label;
  }

  /** The label used in file names and reports. */
  public String label() {
    return label;
  }

  /**
   * Parses {@code weights}, {@code weights-and-inputs} (or {@code inputs}), {@code stored-values} (or
   * {@code stored}) and {@code every-operation} (or {@code all}).
   */
  public static PrecisionScope parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "weights", "weights-only":
        return WEIGHTS;
      case "weights-and-inputs", "inputs":
        return WEIGHTS_AND_INPUTS;
      case "stored-values", "stored", "storage":
        return STORED_VALUES;
      case "every-operation", "all", "ops":
        return EVERY_OPERATION;
      default:
        throw new IllegalArgumentException(
            "scope must be weights, weights-and-inputs, stored-values or every-operation, got '" + text + "'");
    }
  }
}
