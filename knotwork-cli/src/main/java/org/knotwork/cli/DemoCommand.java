package org.knotwork.cli;

import org.knotwork.common.math.Vectors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.data.Dataset;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Studies;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.CanonicalSpline;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork demo}: the README's main job. Runs a representative subset of the reproduction
 * catalog ({@link Catalog#DEMO}, quick variants: flat initial functions, Hessian inertia at minima,
 * saddles from silent neurons, gradient descent tending to the flow, the kernel and adaptive
 * regimes, the phase diagram, the reservoir cost table), prints each claim with its numbers and
 * verdict, and names the report directory at the end. {@code demo --quick} prints the older
 * per-network summary instead: a network from a seed (PyTorch's default initialisation of a
 * 1 &rarr; H &rarr; 1 net), its spline form, and its loss, gradient norm and exact Hessian inertia in both coordinate systems on the bundled eight-point
 * data set.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reproduce a representative subset of the notes' claims (about a minute on two "
        + "cores) and write a report with data and figures; the last line names it.",
        "--quick: instead, build one network from a seed and print its spline form, loss, "
            + "gradient norm and exact Hessian inertia on a bundled data set.",
        "Exit status: 0 if every claim passes, 3 if one fails."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--quick", description = "Print one network's summary instead (seconds).")
  boolean quick;

  @Option(names = "--seed", defaultValue = "0",
      description = "--quick: seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--width", defaultValue = "8", paramLabel = "H",
      description = "--quick: hidden width H >= 1 (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "knotwork-demo",
      description = "Report directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  ThreadsOption threads;

  @Override
  public Integer call() {
    if (width < 1 || width > 100_000) {
      throw new IllegalArgumentException("--width must be between 1 and 100000, got " + width);
    }
    PrintWriter w = spec.commandLine().getOut();
    if (quick) {
      network(w);
      return 0;
    }
    List<CatalogEntry> entries = Studies.catalog().stream().filter(CatalogEntry::demo).toList();
    w.println("Knotwork " + BuildInfo.version() + " demo: " + entries.size()
        + " claims of the theory (docs/), quick variants (knotwork reproduce --list shows all).");
    w.println();
    return ReproduceCommand.run(entries, Variant.QUICK, out, threads.count(), w)
        ? 0 : ReproduceCommand.CLAIM_FAILED;
  }

  /** The per-network summary of {@code --quick}. */
  private void network(PrintWriter out) {
    Dataset data = Dataset.wiggly8();
    NetworkParams net =
        Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, width, seed));
    SplineParams sp = net.toSpline();
    SweepLoss loss = SweepLoss.of(data);

    out.printf("Knotwork %s demo: width H = %d, seed %d, PyTorch-default initialisation%n",
        BuildInfo.version(), width, seed);
    out.printf("data: the eight-point set x = linspace(-1, 1, 8), y = %s%n%n",
        Arrays.toString(data.y()));
    out.println("spline form f(x) = c + sum_i mu_i relu(s_i (x - beta_i)), knots sorted:");
    out.println("     i        beta_i          mu_i   s_i");
    Integer[] order = IntStream.range(0, width).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> sp.orientation(i) == 0
        ? Double.POSITIVE_INFINITY : sp.beta(i)));
    for (int i : order) {
      out.printf("  %4d  %12.6f  %12.6f   %+d%n", i, sp.beta(i), sp.mu(i), sp.orientation(i));
    }
    CanonicalSpline can = sp.canonical();
    out.printf("  c = %.6f; slope %.6f at -inf, %.6f at +inf; %d distinct knots, "
            + "%d inside the data hull [-1, 1]%n%n", sp.c(), can.leftSlope(), can.rightSlope(),
        can.knotCount(), Arrays.stream(can.knots()).filter(t -> t >= -1 && t <= 1).count());

    SweepLoss.Evaluation nn = loss.evaluate(net);
    SweepLoss.Evaluation spl = loss.evaluate(sp);
    out.printf("loss L = 1/(2N) sum r^2 = %.10g%n", nn.loss());
    out.printf("|grad L|: network coordinates %.6g, spline coordinates %.6g%n%n",
        Vectors.sqrtSumOfSquares(nn.gradient()), Vectors.sqrtSumOfSquares(spl.gradient()));
    report(out, "network coordinates (w, b, v, c)", SymmetricEigen.values(loss.hessian(net)));
    report(out, "spline coordinates (beta, mu, c)", SymmetricEigen.values(loss.hessian(sp)));
  }

  private static void report(PrintWriter out, String what, SymmetricEigen eig) {
    Inertia in = eig.inertia();
    double[] l = eig.eigenvalues();
    out.printf("Hessian in %s: %d parameters, inertia (+%d, 0:%d, -%d) at tolerance %.2e; "
            + "eigenvalues from %.6g to %.6g%n", what, l.length, in.positive(), in.zero(),
        in.negative(), in.tolerance(), l[0], l[l.length - 1]);
  }

}
