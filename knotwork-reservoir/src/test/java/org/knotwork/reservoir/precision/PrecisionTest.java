package org.knotwork.reservoir.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void parsesFormatsAndScopes() {
    assertThat(Precision.parse("binary16:weights"))
        .isEqualTo(new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS));
    assertThat(Precision.parse("32")).isEqualTo(
        new Precision(IeeeFormat.BINARY32, PrecisionScope.EVERY_OPERATION));
    assertThat(Precision.parse("m10e5-faithful:inputs")).isEqualTo(new Precision(
        new TruncatedFormat(10, 5, TruncationMode.FAITHFUL), PrecisionScope.WEIGHTS_AND_INPUTS));
    assertThat(Precision.parse("fp16:stored").scope()).isEqualTo(PrecisionScope.STORED_VALUES);
    assertThat(Precision.parse("binary16:every-operation").label())
        .isEqualTo("binary16:every-operation");
    assertThat(Precision.BINARY64.label()).isEqualTo("binary64");
  }

  @Test
  void rejectsUnknownTextNamingTheField() {
    assertThatThrownBy(() -> Precision.parse("bfloat16")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
    assertThatThrownBy(() -> Precision.parse("binary16:sometimes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
    assertThatThrownBy(() -> new Precision(null, PrecisionScope.WEIGHTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
  }

  @Test
  void scopesSayWhatIsRounded() {
    Precision w = new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS);
    assertThat(w.roundsWeights()).isTrue();
    assertThat(w.roundsInputs()).isFalse();
    assertThat(w.roundsOperations()).isFalse();
    Precision i = new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS_AND_INPUTS);
    assertThat(i.roundsInputs()).isTrue();
    assertThat(i.roundsOperations()).isFalse();
    Precision s = new Precision(IeeeFormat.BINARY16, PrecisionScope.STORED_VALUES);
    assertThat(s.roundsOperations()).isTrue();
    assertThat(s.arithmetic()).isInstanceOf(Arithmetic.StoredValues.class);
    Precision a = new Precision(IeeeFormat.BINARY16, PrecisionScope.EVERY_OPERATION);
    assertThat(a.arithmetic()).isInstanceOf(Arithmetic.EveryOperation.class);
    assertThat(Precision.BINARY64.roundsWeights()).isFalse();
    assertThat(Precision.BINARY64.arithmetic()).isSameAs(Arithmetic.exact());
  }

  @Test
  void binary32RoundingIsTheFloatCast() {
    double x = 0.1;
    assertThat(IeeeFormat.BINARY32.round(x)).isEqualTo((double) 0.1f);
    assertThat(IeeeFormat.BINARY64.round(x)).isEqualTo(x);
  }

  @Test
  void everyOperationRoundsPartialSumsWhileStoredValuesRoundsOnce() {
    // 1 + 2^-11 + 2^-11 in binary16: per-operation rounding loses both small terms (ties to even),
    // one final rounding of the exact sum 1 + 2^-10 keeps them.
    double tiny = 0x1p-11;
    Arithmetic every = Arithmetic.everyOperation(IeeeFormat.BINARY16);
    double s = every.dotStart(1.0, 1.0);
    s = every.dotStep(s, tiny, 1.0);
    s = every.dotStep(s, tiny, 1.0);
    assertThat(every.dotEnd(s)).isEqualTo(1.0);
    Arithmetic stored = Arithmetic.storedValues(IeeeFormat.BINARY16);
    double t = stored.dotStart(1.0, 1.0);
    t = stored.dotStep(t, tiny, 1.0);
    t = stored.dotStep(t, tiny, 1.0);
    assertThat(stored.dotEnd(t)).isEqualTo(1.0 + 0x1p-10);
    assertThat(stored.multiply(1.0 + tiny, 1.0)).isEqualTo(1.0);
    assertThat(stored.tanh(0.1)).isEqualTo(Binary16.round(Math.tanh(0.1)));
  }
}
