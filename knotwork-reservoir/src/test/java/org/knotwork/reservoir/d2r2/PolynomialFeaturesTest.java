package org.knotwork.reservoir.d2r2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwork.reservoir.precision.Arithmetic;

/** Notes check 11: counts and scikit-learn order. */
class PolynomialFeaturesTest {

  @ParameterizedTest(name = "K={0} p={1} -> {2}")
  @CsvSource({"3, 2, 10", "3, 3, 20", "3, 4, 35", "8, 2, 45", "8, 3, 165", "8, 4, 495", "1, 5, 6"})
  void countIsBinomial(int k, int p, int count) {
    PolynomialFeatures f = new PolynomialFeatures(k, p);
    assertThat(f.size()).isEqualTo(count);
    assertThat(PolynomialFeatures.count(k, p)).isEqualTo(count);
    assertThat(f.products()).isEqualTo(count - 1 - k);
  }

  @Test
  void orderMatchesScikitLearnForThreeVariablesDegreeTwo() {
    PolynomialFeatures f = new PolynomialFeatures(3, 2);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < f.size(); j++) {
      names.add(f.name(j));
    }
    assertThat(names).containsExactly("1", "x0", "x1", "x2", "x0^2", "x0 x1", "x0 x2", "x1^2",
        "x1 x2", "x2^2");
  }

  @Test
  void orderMatchesScikitLearnForTwoVariablesDegreeThree() {
    // sklearn PolynomialFeatures(3).get_feature_names_out(["x0", "x1"])
    PolynomialFeatures f = new PolynomialFeatures(2, 3);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < f.size(); j++) {
      names.add(f.name(j));
    }
    assertThat(names).containsExactly("1", "x0", "x1", "x0^2", "x0 x1", "x1^2", "x0^3", "x0^2 x1",
        "x0 x1^2", "x1^3");
  }

  @Test
  void degreesAreNonDecreasingAndWithinADegreeLexicographic() {
    PolynomialFeatures f = new PolynomialFeatures(8, 4);
    for (int j = 1; j < f.size(); j++) {
      assertThat(f.degreeOf(j)).isGreaterThanOrEqualTo(f.degreeOf(j - 1));
      if (f.degreeOf(j) == f.degreeOf(j - 1)) {
        assertThat(compareTuples(tuple(f.exponents(j - 1)), tuple(f.exponents(j)))).isNegative();
      }
    }
  }

  @Test
  void evaluationEqualsProductsOfPowers() {
    PolynomialFeatures f = new PolynomialFeatures(4, 4);
    Random r = new Random(1);
    double[] u = r.doubles(4, -2, 2).toArray();
    double[] out = new double[f.size()];
    f.evaluate(u, out);
    double[] viaArithmetic = new double[f.size()];
    f.evaluate(u, viaArithmetic, Arithmetic.exact());
    for (int j = 0; j < f.size(); j++) {
      int[] e = f.exponents(j);
      double ref = 1;
      for (int v = 0; v < 4; v++) {
        ref *= Math.pow(u[v], e[v]);
      }
      assertThat(out[j]).isCloseTo(ref, within(1e-12 * Math.max(1, Math.abs(ref))));
      assertThat(viaArithmetic[j]).isEqualTo(out[j]);
    }
  }

  @Test
  void rejectsBadSizes() {
    assertThatThrownBy(() -> new PolynomialFeatures(0, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inputs");
    assertThatThrownBy(() -> new PolynomialFeatures(3, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degree");
    assertThatThrownBy(() -> new PolynomialFeatures(40, 8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
  }

  private static int[] tuple(int[] exponents) {
    List<Integer> t = new ArrayList<>();
    for (int v = 0; v < exponents.length; v++) {
      for (int c = 0; c < exponents[v]; c++) {
        t.add(v);
      }
    }
    return t.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int compareTuples(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
