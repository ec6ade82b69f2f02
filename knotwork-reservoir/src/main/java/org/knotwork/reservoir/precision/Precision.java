package org.knotwork.reservoir.precision;

/**
 * A number format and the scope it is applied to; the precision every inference run states.
 *
 * @param format the format values are rounded to
 * @param scope which quantities are rounded
 */
public record Precision(FloatFormat format, PrecisionScope scope) {

  /** Plain binary64 everywhere. */
  public static final Precision BINARY64 =
      new Precision(IeeeFormat.BINARY64, PrecisionScope.EVERY_OPERATION);

  /** Validates that both fields are present. */
  public Precision {
    if (format == null) {
      throw new IllegalArgumentException("format is required");
    }
    if (scope == null) {
      throw new IllegalArgumentException("scope is required");
    }
  }

  /** True when stored weights are rounded. */
  public boolean roundsWeights() {
    return !format.isExact();
  }

  /** True when input values (data, start state, fed-back predictions) are rounded. */
  public boolean roundsInputs() {
    return !format.isExact() && scope != PrecisionScope.WEIGHTS;
  }

  /** True when arithmetic results are rounded (scopes {@code STORED_VALUES} and {@code EVERY_OPERATION}). */
  public boolean roundsOperations() {
    return !format.isExact()
        && (scope == PrecisionScope.STORED_VALUES || scope == PrecisionScope.EVERY_OPERATION);
  }

  /** The arithmetic this precision implies for inference loops. */
  public Arithmetic arithmetic() {
    if (!roundsOperations()) {
      return Arithmetic.exact();
    }
    return scope == PrecisionScope.EVERY_OPERATION ? Arithmetic.everyOperation(format)
        : Arithmetic.storedValues(format);
  }

  /** {@code binary64}, or {@code FORMAT:SCOPE} such as {@code binary16:weights}. */
  public String label() {
    return format.isExact() ? format.label() : format.label() + ":" + scope.label();
  }

  /**
   * Parses {@code FORMAT[:SCOPE]} (see {@link FloatFormat#parse} and {@link PrecisionScope#parse});
   * the scope defaults to {@code every-operation}.
   */
  public static Precision parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("precision is required, e.g. binary16:weights");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Precision(FloatFormat.parse(text), PrecisionScope.EVERY_OPERATION);
    }
    return new Precision(FloatFormat.parse(text.substring(0, colon)),
        PrecisionScope.parse(text.substring(colon + 1)));
  }
}
