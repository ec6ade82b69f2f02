package org.knotwork.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.DensityEstimate;
import org.knotwork.curvature.GaussNewtonSplit;
import org.knotwork.curvature.HutchinsonTrace;
import org.knotwork.curvature.Lanczos;
import org.knotwork.curvature.LanczosResult;
import org.knotwork.curvature.NullDirections;
import org.knotwork.curvature.SpectralDensity;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.SymmetricOperator;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SpectralNorm;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.io.curvature.CurvatureJson;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork spectrum}: the exact Hessian spectrum with inertia, and optionally the matrix-free
 * estimators (Lanczos, SLQ, Hutchinson) with their errors against it, and the Gauss&ndash;Newton split.
 */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
    description = {"Exact Hessian spectrum with inertia; optional Lanczos, SLQ density, Hutchinson "
        + "trace (each with its error against the exact spectrum) and Gauss-Newton split.",
        "Output, one JSON object: {\"coords\":..,\"parameters\":P,\"loss\":..,\"gradientNorm\":..,"
            + "\"eigenvalues\":[..ascending..],\"inertia\":{\"positive\":p,\"zero\":z,"
            + "\"negative\":n},\"tolerance\":t,\"toleranceRule\":..} plus \"eigenvectors\", "
            + "\"nullDirections\", \"lanczos\", \"density\", \"trace\", \"gaussNewton\" when asked; "
            + "\"eigenSolver\" names the backend (lapack: native, java: EJML).",
        "--inertia-only: the inertia by two LDL^T factorisations (Sylvester's law), no "
            + "eigenvalues; the scale-aware tolerance then uses a Lanczos estimate of max|lambda|.",
        "Zero eigenvalues: |lambda| <= tolerance; default 100*P*eps*max|lambda| (scale-aware)."})
final class SpectrumCommand implements Callable<Integer> {
  /** Above this many parameters the dense spectrum needs --no-dense to be skipped explicitly. */
  static final int DENSE_LIMIT = 4000;

  @Spec
  CommandSpec spec;

  @Mixin
  ProblemOptions input;





  @Option(names = "--tolerance", paramLabel = "T",
      description = "Absolute zero tolerance for the inertia (default: scale-aware).")
  Double tolerance;

  @Option(names = "--near-critical",
      description = "Zero tolerance max(scale-aware, 10*|grad L|) for points near a critical point.")
  boolean nearCritical;

  @Option(names = "--vectors",
      description = "Include eigenvectors and the labelled null directions (rescaling vs other).")
  boolean vectors;

  @Option(names = "--npy", paramLabel = "DIR",
      description = "With --vectors: write the vectors as NumPy float64 files in DIR instead of "
          + "JSON arrays (eigenvectors.npy P x P, row k the unit eigenvector of eigenvalue k; "
          + "rescaling.npy, null-other.npy one direction per row); the JSON names the files.")
  Path npy;

  @Option(names = "--no-dense", description = "Skip the exact dense spectrum (large P).")
  boolean noDense;

  @Option(names = "--inertia-only",
      description = "Only the inertia, by LDL^T factorisations instead of an eigen-solve.")
  boolean inertiaOnly;

  @Option(names = "--lanczos", paramLabel = "K",
      description = "Lanczos for the K largest and K smallest eigenpairs.")
  Integer lanczos;

  @Option(names = "--lanczos-steps", defaultValue = "300", paramLabel = "M",
      description = "Largest Krylov dimension (default: ${DEFAULT-VALUE}).")
  int lanczosSteps;

  @Option(names = "--slq", paramLabel = "PROBES",
      description = "Stochastic Lanczos quadrature density with this many probes (>= 2).")
  Integer slq;

  @Option(names = "--slq-steps", defaultValue = "100", paramLabel = "M",
      description = "Lanczos steps per SLQ probe (default: ${DEFAULT-VALUE}, capped at P).")
  int slqSteps;

  @Option(names = "--slq-sigma", paramLabel = "SIGMA",
      description = "Gaussian smoothing width (default: spectral range / 100).")
  Double slqSigma;

  @Option(names = "--slq-points", defaultValue = "201", paramLabel = "G",
      description = "Density grid points (default: ${DEFAULT-VALUE}).")
  int slqPoints;

  @Option(names = "--hutchinson", paramLabel = "PROBES",
      description = "Hutchinson trace estimate with this many probes (>= 2).")
  Integer hutchinson;

  @Option(names = "--gauss-newton",
      description = "Gauss-Newton split H = w J^T J + R and the tangent kernel w J J^T.")
  boolean gaussNewton;

  @Option(names = "--seed", defaultValue = "0",
      description = "Seed of the estimators' random probes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    validate();
    if (!noDense) {
      // load the native eigen backend (~0.4 s) while the files are read and the Hessian assembled;
      // which backend is chosen, and so every result bit, does not depend on the timing
      Thread preload = new Thread(EigenBackends::selected, "eigen-backend-preload");
      preload.setDaemon(true);
      preload.start();
    }
    NetworkParams p = input.network();
    Dataset d = input.dataset();
    SweepLoss loss = input.loss(d);
    CurvaturePoint point = CurvaturePoint.of(loss, p, input.coords);
    int dim = point.dimension();
    if (!noDense && dim > DENSE_LIMIT) {
      throw new IllegalArgumentException("the network has " + dim + " parameters; the dense "
          + "spectrum needs O(P^3) time and P^2 memory above " + DENSE_LIMIT
          + ": pass --no-dense and use --lanczos, --slq or --hutchinson");
    }
    if (lanczos != null && lanczos > dim) {
      throw new IllegalArgumentException("--lanczos must be between 1 and P = " + dim
          + ", got " + lanczos);
    }
    double gnorm = point.gradientNorm();
    ZeroTolerance rule = tolerance != null ? ZeroTolerance.absolute(tolerance)
        : nearCritical ? ZeroTolerance.nearCritical(gnorm) : ZeroTolerance.scaleAware();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("coords", input.coords.cliName());
    out.put("parameters", dim);
    out.put("loss", point.value());
    out.put("gradientNorm", gnorm);
    Spectrum exact = null;
    if (inertiaOnly) {
      double[][] h = point.hessian();
      double t = rule.resolve(dim, tolerance != null ? 0 : SpectralNorm.estimate(h));
      Inertia in = Inertia.ofMatrixDeflated(h, t);
      out.put("deflatedZeroRows", SymmetricEigen.zeroRows(h).length);
      out.put("inertia", CurvatureJson.inertia(in));
      out.put("tolerance", t);
      out.put("toleranceRule", rule.toString());
      out.put("inertiaMethod", "LDLT");
      out.put("eigenSolver", EigenBackends.selected().name());
    } else if (!noDense) {
      double[][] h = point.hessian();
      int deflated = SymmetricEigen.zeroRows(h).length;
      // exact zero rows (dead neurons) deflated before the solve, docs/linalg.md (LA7)
      exact = Spectrum.deflated(h, vectors, rule);
      h = null;
      boolean jsonVectors = vectors && npy == null;
      out.putAll(CurvatureJson.spectrum(exact, jsonVectors));
      out.put("toleranceRule", rule.toString());
      out.put("eigenSolver", EigenBackends.selected().name());
      out.put("deflatedZeroRows", deflated);
      if (vectors) {
        NullDirections nd = NullDirections.of(point, exact);
        Map<String, Object> ndJson = CurvatureJson.nullDirections(nd, jsonVectors);
        if (npy != null) {
          out.put("eigenvectorsFile", writeNpy("eigenvectors.npy", exact.eigenvectors(), dim));
          double[][] resc = nd.rescaling().stream().map(NullDirections.RescalingDirection::direction)
              .toArray(double[][]::new);
          ndJson.put("rescalingFile", writeNpy("rescaling.npy", resc, dim));
          ndJson.put("otherFile", writeNpy("null-other.npy", nd.other(), dim));
        }
        out.put("nullDirections", ndJson);
      }
    }
    SymmetricOperator hvp = point.hessianOperator();
    Rng rng = Rng.of(seed, "curvature");
    if (lanczos != null) {
      Lanczos.Options opts = new Lanczos.Options(lanczosSteps, 1e-10);
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("largest", CurvatureJson.lanczos(Lanczos.extremal(hvp, lanczos, Lanczos.End.LARGEST,
          opts, rng.split("lanczos-largest")), exact, vectors));
      l.put("smallest", CurvatureJson.lanczos(Lanczos.extremal(hvp, lanczos,
          Lanczos.End.SMALLEST, opts, rng.split("lanczos-smallest")), exact, vectors));
      out.put("lanczos", l);
    }
    if (slq != null) {
      double[] bounds = bounds(exact, hvp, rng.split("bounds"));
      double width = bounds[1] - bounds[0];
      double sigma = slqSigma != null ? slqSigma : (width > 0 ? width / 100 : 1.0);
      double[] grid = SpectralDensity.grid(bounds[0] - 3 * sigma, bounds[1] + 3 * sigma,
          slqPoints);
      DensityEstimate de = SpectralDensity.estimate(hvp, slq, slqSteps, sigma, grid,
          rng.split("slq"));
      out.put("density", CurvatureJson.density(de, exact));
    }
    if (hutchinson != null) {
      out.put("trace", CurvatureJson.trace(
          HutchinsonTrace.estimate(hvp, hutchinson, rng.split("hutchinson")), exact));
    }
    if (gaussNewton) {
      out.put("gaussNewton", CurvatureJson.gaussNewton(GaussNewtonSplit.of(point, rule)));
    }
    // streamed (with --vectors at P = 3001 the text is 0.25 GB), doubles by Jackson's shortest-digit
    // writer (Schubfach): each parses back to the same double, and is faster than Double.toString
    PrintWriter w = spec.commandLine().getOut();
    try {
      Json.MAPPER.writer().with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature())
          .writeValue(w, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.println();
    return 0;
  }

  /** Writes the rows as a count x P float64 NPY file in --npy and returns its path as given. */
  private String writeNpy(String name, double[][] rows, int cols) {
    double[] flat = new double[rows.length * cols];
    for (int k = 0; k < rows.length; k++) {
      System.arraycopy(rows[k], 0, flat, k * cols, cols);
    }
    try {
      Files.createDirectories(npy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = npy.resolve(name);
    Npy.write(file, NpyArray.of(new int[] {rows.length, cols}, flat));
    return file.toString();
  }

  private void validate() {
    if (tolerance != null && nearCritical) {
      throw new IllegalArgumentException("--tolerance and --near-critical exclude each other");
    }
    if (tolerance != null && (!(tolerance >= 0) || !Double.isFinite(tolerance))) {
      throw new IllegalArgumentException("--tolerance must be a finite number >= 0, got "
          + tolerance);
    }
    if (inertiaOnly && (noDense || vectors || gaussNewton)) {
      throw new IllegalArgumentException("--inertia-only excludes --no-dense, --vectors and "
          + "--gauss-newton");
    }
    if (npy != null && !vectors) {
      throw new IllegalArgumentException("--npy writes the vectors: it needs --vectors");
    }
    if (noDense && (vectors || gaussNewton)) {
      throw new IllegalArgumentException("--vectors and --gauss-newton need the dense spectrum: "
          + "drop --no-dense");
    }
    if (lanczos != null) {
      Checks.check("--lanczos", lanczos, 1, Integer.MAX_VALUE);
    }
    Checks.check("--lanczos-steps", lanczosSteps, 1, 100_000);
    if (slq != null) {
      Checks.check("--slq", slq, 2, 1_000_000);
    }
    Checks.check("--slq-steps", slqSteps, 1, 100_000);
    Checks.check("--slq-points", slqPoints, 2, 1_000_000);
    if (slqSigma != null) {
      Checks.positive("--slq-sigma", slqSigma);
    }
    if (hutchinson != null) {
      Checks.check("--hutchinson", hutchinson, 2, 10_000_000);
    }
  }

  /** The spectral range: from the dense spectrum, or from one Lanczos pair at each end. */
  private static double[] bounds(Spectrum exact, SymmetricOperator hvp, Rng rng) {
    if (exact != null) {
      return new double[] {exact.min(), exact.max()};
    }
    Lanczos.Options o = new Lanczos.Options(100, 1e-8);
    LanczosResult lo = Lanczos.extremal(hvp, 1, Lanczos.End.SMALLEST, o, rng.split("lo"));
    LanczosResult hi = Lanczos.extremal(hvp, 1, Lanczos.End.LARGEST, o, rng.split("hi"));
    return new double[] {lo.values()[0] - lo.residuals()[0], hi.values()[0] + hi.residuals()[0]};
  }
}
