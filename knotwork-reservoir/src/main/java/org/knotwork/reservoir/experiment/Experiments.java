package org.knotwork.reservoir.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.precision.TruncatedFormat;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

/**
 * Named experiment presets (notes &sect;8, &sect;10), each at {@link Scale#CI} (seconds to tens of
 * seconds on two cores) or {@link Scale#FULL} (the sizes of the notes: minutes to tens of minutes).
 *
 * <ul>
 *   <li>{@code l63-comparison}: L63, authors' recipe (&sect;1): IC (1, 1, 1), &Delta;t = 0.005, 50 000
 *       training samples, std scaling, 100 windows of 2 000 steps starting 2 000 (q + 1) samples after
 *       training; D2R2 p = 2, 3, 4 and the LSR/HSR ESNs (N = 100). Same at both scales (it is cheap);
 *       FULL estimates the Lyapunov exponent over a longer run.</li>
 *   <li>{@code l96-comparison}: three-tier L96 X, global z-score, 100 windows; D2R2 p = 2, 4 and LSR/HSR
 *       ESNs. FULL: 500 000 training samples, 1 000-step windows every 1 000 samples, N = 2 000 (&sect;8.4).
 *       CI: 50 000 training samples, 500-step windows, N = 496.</li>
 *   <li>{@code l96-precision}: quartic D2R2 and LSR ESN at binary64, binary32, and binary16 in each
 *       scope (&sect;6, check 17).</li>
 *   <li>{@code l96-mantissa} / {@code l96-exponent}: the truncation-emulator sweeps of &sect;8.2
 *       (mantissa 16 &rarr; 3 bits with a 10-bit exponent; exponent 9 &rarr; 3 bits with a 12-bit
 *       mantissa), applied to weights and inputs as the authors did.</li>
 *   <li>{@code l63-precision}: the same binary16 scopes on L63.</li>
 * </ul>
 */
public final class Experiments {
  /** Failure threshold of the paper (Fig. 6). */
  public static final double THRESHOLD = 0.3;
  /** ESN synchronisation steps before each window (authors: 50). */
  public static final int WARMUP = 50;
  /** Ridge &beta; of every Lorenz configuration. */
  public static final double RIDGE = 1e-4;
  /** Seed of the presets. */
  public static final long SEED = 1802L;
  /** Names accepted by {@link #byName}. */
  public static final List<String> NAMES = List.of("l63-comparison", "l63-precision",
      "l96-comparison", "l96-precision", "l96-mantissa", "l96-exponent");

  private Experiments() {}

  /** Size of a preset. */
  public enum Scale {
    /** Small enough for continuous integration. */
    CI,
    /** The sizes of the notes. */
    FULL;

    /** Parses {@code ci} or {@code full}. */
    public static Scale parse(String text) {
      String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
      return switch (t) {
        case "ci" -> CI;
        case "full" -> FULL;
        default -> throw new IllegalArgumentException("scale must be ci or full, got '" + text + "'");
      };
    }
  }

  /**
   * The preset called {@code name} at {@code scale}.
   *
   * @throws IllegalArgumentException listing {@link #NAMES} for an unknown name
   */
  public static ExperimentSpec byName(String name, Scale scale) {
    if (scale == null) {
      throw new IllegalArgumentException("scale is required (CI or FULL)");
    }
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "l63-comparison" -> lorenz63Comparison(scale);
      case "l63-precision" -> lorenz63Precision(scale);
      case "l96-comparison" -> lorenz96Comparison(scale);
      case "l96-precision" -> lorenz96Precision(scale);
      case "l96-mantissa" -> lorenz96MantissaSweep(scale);
      case "l96-exponent" -> lorenz96ExponentSweep(scale);
      default -> throw new IllegalArgumentException("experiment must be one of " + NAMES + ", got '"
          + name + "'");
    };
  }

  /** L63 ordering experiment (check 13). */
  public static ExperimentSpec lorenz63Comparison(Scale scale) {
    int train = 50_000;
    int window = 2_000;
    int count = 100;
    TestWindows w = TestWindows.afterTraining(train, window, count, window, window);
    List<ModelSpec> models = List.of(
        new D2r2Spec("d2r2-p2", 2, RIDGE),
        new D2r2Spec("d2r2-p3", 3, RIDGE),
        new D2r2Spec("d2r2-p4", 4, RIDGE),
        new EsnSpec("esn-lsr", EsnConfig.lsrLorenz63()),
        new EsnSpec("esn-hsr", EsnConfig.hsrLorenz63()));
    return new ExperimentSpec("l63-comparison-" + label(scale),
        Lorenz63Data.authors((int) w.requiredLength()), Scaling.STD_PER_COMPONENT, train, w, WARMUP,
        THRESHOLD, models, List.of(Precision.BINARY64), SEED, 1,
        scale == Scale.CI ? 40_000 : 400_000, scale == Scale.FULL, true);
  }

  /** L63 at binary64 and binary16 in each scope. */
  public static ExperimentSpec lorenz63Precision(Scale scale) {
    ExperimentSpec base = lorenz63Comparison(scale);
    List<ModelSpec> models = List.of(
        new D2r2Spec("d2r2-p2", 2, RIDGE),
        new D2r2Spec("d2r2-p4", 4, RIDGE),
        new EsnSpec("esn-lsr", EsnConfig.lsrLorenz63()));
    return base.withModels(models).withPrecisions(ieeeStudy())
        .withNameAndSeed("l63-precision-" + label(scale), SEED);
  }

  /** L96 ordering experiment (check 14). */
  public static ExperimentSpec lorenz96Comparison(Scale scale) {
    boolean full = scale == Scale.FULL;
    int train = full ? 500_000 : 50_000;
    int window = full ? 1_000 : 500;
    int n = full ? 2_000 : 500;
    TestWindows w = TestWindows.afterTraining(train, window, 100, window, window);
    List<ModelSpec> models = List.of(
        new D2r2Spec("d2r2-p2", 2, RIDGE),
        new D2r2Spec("d2r2-p4", 4, RIDGE),
        new EsnSpec("esn-lsr", EsnConfig.lsrLorenz96(n)),
        new EsnSpec("esn-hsr", EsnConfig.hsrLorenz96(n)));
    int length = full ? 620_000 : (int) w.requiredLength();
    return new ExperimentSpec("l96-comparison-" + label(scale), Lorenz96Data.standard(SEED, length),
        Scaling.ZSCORE_GLOBAL, train, w, WARMUP, THRESHOLD, models, List.of(Precision.BINARY64), SEED,
        1, 0, full, true);
  }

  /** L96 precision study (check 17). */
  public static ExperimentSpec lorenz96Precision(Scale scale) {
    return lorenz96Comparison(scale).withModels(quarticAndLsr(scale)).withPrecisions(ieeeStudy())
        .withNameAndSeed("l96-precision-" + label(scale), SEED);
  }

  /** L96 mantissa sweep of the truncation emulator (10-bit exponent, weights and inputs). */
  public static ExperimentSpec lorenz96MantissaSweep(Scale scale) {
    List<Precision> p = new ArrayList<>();
    p.add(Precision.BINARY64);
    for (int m : new int[] {16, 14, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3}) {
      p.add(new Precision(TruncatedFormat.of(m, 10), PrecisionScope.WEIGHTS_AND_INPUTS));
    }
    return lorenz96Comparison(scale).withModels(quarticAndLsr(scale)).withPrecisions(p)
        .withNameAndSeed("l96-mantissa-" + label(scale), SEED);
  }

  /** L96 exponent sweep of the truncation emulator (12-bit mantissa, weights and inputs). */
  public static ExperimentSpec lorenz96ExponentSweep(Scale scale) {
    List<Precision> p = new ArrayList<>();
    p.add(Precision.BINARY64);
    for (int e = 9; e >= 3; e--) {
      p.add(new Precision(TruncatedFormat.of(12, e), PrecisionScope.WEIGHTS_AND_INPUTS));
    }
    return lorenz96Comparison(scale).withModels(quarticAndLsr(scale)).withPrecisions(p)
        .withNameAndSeed("l96-exponent-" + label(scale), SEED);
  }

  /** binary64, binary32 (every operation) and binary16 in each scope. */
  public static List<Precision> ieeeStudy() {
    return List.of(Precision.BINARY64,
        new Precision(IeeeFormat.BINARY32, PrecisionScope.EVERY_OPERATION),
        new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS),
        new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS_AND_INPUTS),
        new Precision(IeeeFormat.BINARY16, PrecisionScope.STORED_VALUES),
        new Precision(IeeeFormat.BINARY16, PrecisionScope.EVERY_OPERATION));
  }

  private static List<ModelSpec> quarticAndLsr(Scale scale) {
    return List.of(new D2r2Spec("d2r2-p4", 4, RIDGE),
        new EsnSpec("esn-lsr", EsnConfig.lsrLorenz96(scale == Scale.FULL ? 2_000 : 500)));
  }

  private static String label(Scale scale) {
    return scale.name().toLowerCase(Locale.ROOT);
  }
}
