package org.knotwork.reservoir.precision;

import org.knotwork.reservoir.math.Tanh;

/**
 * The per-operation arithmetic a model's inference loop runs through when values are rounded (or
 * operations counted, in the cost model's tests). A dot product s = &Sigma; a<sub>i</sub>b<sub>i</sub> is
 * written {@code s = dotStart(a0, b0); s = dotStep(s, a1, b1); ...; s = dotEnd(s)}; a stand-alone
 * product (a transform node, a monomial) is {@link #multiply}.
 *
 * <p>The binary64 models also have hand-written fast loops that perform the same operations in the same
 * order, so {@link #exact()} and the fast loops agree bit for bit (tested).
 */
public interface Arithmetic {

  /** First term a &times; b of a dot product. */
  double dotStart(double a, double b);

  /** Next term of a dot product: s + a &times; b. */
  double dotStep(double s, double a, double b);

  /** The finished dot product. */
  double dotEnd(double s);

  /** A stand-alone product a &times; b whose result is stored. */
  double multiply(double a, double b);

  /** tanh(a). */
  double tanh(double a);

  /** Plain binary64 arithmetic. */
  static Arithmetic exact() {
    return Exact.INSTANCE;
  }

  /**
   * Every multiply and every add rounded to {@code format} (scope
   * {@link PrecisionScope#EVERY_OPERATION}): s &larr; round(s + round(a b)).
   */
  static Arithmetic everyOperation(FloatFormat format) {
    if (format == null) {
      throw new IllegalArgumentException("format is required");
    }
    return new EveryOperation(format);
  }

  /**
   * Stored values rounded, dot products accumulated in binary64 and rounded once (scope
   * {@link PrecisionScope#STORED_VALUES}, the "16-bit storage, wide accumulator" model).
   */
  static Arithmetic storedValues(FloatFormat format) {
    if (format == null) {
      throw new IllegalArgumentException("format is required");
    }
    return new StoredValues(format);
  }

  /** Exact binary64 arithmetic. */
  enum Exact implements Arithmetic {
    /** The instance. */
    INSTANCE;

    @Override
    public double dotStart(double a, double b) {
      return a * b;
    }

    @Override
    public double dotStep(double s, double a, double b) {
      return s + a * b;
    }

    @Override
    public double dotEnd(double s) {
      return s;
    }

    @Override
    public double multiply(double a, double b) {
      return a * b;
    }

    @Override
    public double tanh(double a) {
      return Tanh.tanh(a);
    }
  }

  /**
   * Each multiply and add rounded.
   *
   * @param format the format
   */
  record EveryOperation(FloatFormat format) implements Arithmetic {
    @Override
    public double dotStart(double a, double b) {
      return format.round(a * b);
    }

    @Override
    public double dotStep(double s, double a, double b) {
      return format.round(s + format.round(a * b));
    }

    @Override
    public double dotEnd(double s) {
      return s;
    }

    @Override
    public double multiply(double a, double b) {
      return format.round(a * b);
    }

    @Override
    public double tanh(double a) {
      return format.round(Tanh.tanh(a));
    }
  }

  /**
   * Stored results rounded, binary64 accumulation inside dot products.
   *
   * @param format the format
   */
  record StoredValues(FloatFormat format) implements Arithmetic {
    @Override
    public double dotStart(double a, double b) {
      return a * b;
    }

    @Override
    public double dotStep(double s, double a, double b) {
      return s + a * b;
    }

    @Override
    public double dotEnd(double s) {
      return format.round(s);
    }

    @Override
    public double multiply(double a, double b) {
      return format.round(a * b);
    }

    @Override
    public double tanh(double a) {
      return format.round(Tanh.tanh(a));
    }
  }
}
