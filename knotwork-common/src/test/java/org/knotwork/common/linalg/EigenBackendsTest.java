package org.knotwork.common.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/**
 * The choice of backend and the pure-Java fallback (docs/linalg.md &sect;2): without a provider on
 * the class path (this module's tests) every solve runs in Java; a backend whose native library
 * does not load is passed over by {@code auto} and refused when named.
 */
class EigenBackendsTest {

  /** A backend that reports itself unable to load, like a native one without its library. */
  private static final class Missing implements EigenBackend {
    @Override
    public String name() {
      return "lapack";
    }

    @Override
    public boolean available() {
      return false;
    }

    @Override
    public String unavailableReason() {
      return "java.lang.UnsatisfiedLinkError: no jniopenblas in java.library.path";
    }

    @Override
    public Eigenpairs solve(double[] a, int n, boolean vectors) {
      throw new AssertionError("an unavailable backend must never be asked to solve");
    }

    @Override
    public Eigenpairs solveRange(double[] a, int n, int first, int last, boolean vectors) {
      throw new AssertionError("an unavailable backend must never be asked to solve");
    }

    @Override
    public int[] shiftedInertia(double[] a, int n, double shift) {
      throw new AssertionError("an unavailable backend must never be asked to factorise");
    }

    @Override
    public double[] multiply(double[] a, int n, double[] v, int m) {
      throw new AssertionError("an unavailable backend must never be asked to multiply");
    }
  }

  @Test
  void withoutAProviderTheJavaBackendIsSelected() {
    assertThat(EigenBackends.selected()).isSameAs(EigenBackends.java());
    assertThat(EigenBackends.selected().name()).isEqualTo("java");
  }

  @Test
  void autoFallsBackToJavaWhenNoBackendLoads() {
    assertThat(EigenBackends.choose("auto", List.of())).isSameAs(EigenBackends.java());
    assertThat(EigenBackends.choose("auto", List.of(new Missing())))
        .isSameAs(EigenBackends.java());
    assertThat(EigenBackends.choose("", List.of(new Missing()))).isSameAs(EigenBackends.java());
  }

  @Test
  void autoTakesAnAvailableProviderAndJavaCanBeForced() {
    EigenBackend other = new DelegatingBackend("other");
    assertThat(EigenBackends.choose("auto", List.of(new Missing(), other))).isSameAs(other);
    assertThat(EigenBackends.choose("java", List.of(other))).isSameAs(EigenBackends.java());
    assertThat(EigenBackends.choose("other", List.of(other))).isSameAs(other);
  }

  @Test
  void aNamedBackendThatCannotLoadIsAnErrorNotASilentFallback() {
    assertThatThrownBy(() -> EigenBackends.choose("lapack", List.of(new Missing())))
        .hasMessageContaining("knotwork.eigen=lapack")
        .hasMessageContaining("UnsatisfiedLinkError");
    assertThatThrownBy(() -> EigenBackends.choose("mkl", List.of(new Missing())))
        .hasMessageContaining("[auto, java, lapack]").hasMessageContaining("'mkl'");
  }

  @Test
  void aRangeIsTheSliceOfTheFullSpectrum() {
    double[][] a = randomSymmetric(25, Rng.of(1, "range"));
    SymmetricEigen all = SymmetricEigen.full(a);
    SymmetricEigen part = SymmetricEigen.range(a, 3, 9, true);
    for (int k = 3; k <= 9; k++) {
      assertThat(part.eigenvalues()[k - 3]).isEqualTo(all.eigenvalues()[k]);
      assertThat(part.eigenvectors()[k - 3]).containsExactly(all.eigenvectors()[k]);
    }
    assertThat(SymmetricEigen.range(a, 0, 0, false).eigenvectors()).isNull();
    assertThatThrownBy(() -> SymmetricEigen.range(a, 5, 25, false))
        .hasMessageContaining("0 <= first <= last < 25");
  }

  /** The Java backend's product equals the naive triple loop. */
  @Test
  void javaProductIsTheNaiveOne() {
    int n = 9;
    double[][] a = randomSymmetric(n, Rng.of(2, "product"));
    double[] flat = SymmetricEigen.flatten(a);
    double[] v = new double[n * 3];
    Rng rng = Rng.of(3, "v");
    for (int i = 0; i < v.length; i++) {
      v[i] = rng.gaussian();
    }
    double[] av = EigenBackends.java().multiply(flat, n, v, 3);
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += a[i][j] * v[k * n + j];
        }
        assertThat(av[k * n + i]).isCloseTo(s, within(1e-13));
      }
    }
  }

  static double[][] randomSymmetric(int n, Rng rng) {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double x = rng.gaussian();
        a[i][j] = x;
        a[j][i] = x;
      }
    }
    return a;
  }

  /** An available backend that computes in Java under another name. */
  private record DelegatingBackend(String name) implements EigenBackend {
    @Override
    public boolean available() {
      return true;
    }

    @Override
    public Eigenpairs solve(double[] a, int n, boolean vectors) {
      return EigenBackends.java().solve(a, n, vectors);
    }

    @Override
    public Eigenpairs solveRange(double[] a, int n, int first, int last, boolean vectors) {
      return EigenBackends.java().solveRange(a, n, first, last, vectors);
    }

    @Override
    public int[] shiftedInertia(double[] a, int n, double shift) {
      return EigenBackends.java().shiftedInertia(a, n, shift);
    }

    @Override
    public double[] multiply(double[] a, int n, double[] v, int m) {
      return EigenBackends.java().multiply(a, n, v, m);
    }
  }
}
