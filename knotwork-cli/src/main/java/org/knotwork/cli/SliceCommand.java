package org.knotwork.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.io.curvature.LandscapeCsv;
import org.knotwork.io.curvature.LandscapeJson;
import org.knotwork.io.curvature.ParameterRowsCsv;
import org.knotwork.landscape.LossSlices;
import org.knotwork.landscape.Slice1D;
import org.knotwork.landscape.Slice2D;
import org.knotwork.landscape.TrajectoryPlane;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knotwork slice}: 1-D and 2-D slices of the loss surface through a network. */
@Command(name = "slice", mixinStandardHelpOptions = true,
    description = {"Loss along a line or on a plane through --net.",
        "--kind eigen (eigenvector --index k of the Hessian, ascending; negative k counts from "
            + "the top), eigen-plane (--index, --index2), knot (shift beta_i, --neuron i), "
            + "slope (change mu_i), knot-plane (both), orbit (rescaling a = e^t of neuron i, "
            + "or all with --neuron -1, in network coordinates; flat), segment (to --to NET2.json, t = 0 at --net and "
            + "1 at --to), trajectory (PCA plane of --trajectory TRAJ.csv about --net, with the "
            + "path on it).",
        "Output: CSV t,loss (1-D) or s,t,loss (2-D; trajectory: kind,s,t,loss,off_plane), "
            + "or JSON with --format json."})
final class SliceCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ProblemOptions input;




  @Option(names = "--kind", required = true, paramLabel = "KIND",
      description = "eigen, eigen-plane, knot, slope, knot-plane, orbit, segment, trajectory.")
  String kind;


  @Option(names = "--index", defaultValue = "0", description = "Eigenvector index (default: "
      + "${DEFAULT-VALUE}, the most negative curvature).")
  int index;

  @Option(names = "--index2", defaultValue = "-1", description = "Second eigenvector index "
      + "(default: ${DEFAULT-VALUE}, the largest).")
  int index2;

  @Option(names = "--neuron", defaultValue = "0", description = "Neuron index (default: "
      + "${DEFAULT-VALUE}).")
  int neuron;

  @Option(names = "--to", paramLabel = "NET2.json", description = "Other end of a segment.")
  Path to;

  @Option(names = "--trajectory", paramLabel = "TRAJ.csv",
      description = "Header line, then one flat parameter vector (--coords layout) per line.")
  Path trajectory;

  @Option(names = "--range", paramLabel = "LO:HI",
      description = "Range of t (default: -1:1; orbit -3:3; segment -0.5:1.5; trajectory: "
          + "the path's extent plus a margin).")
  String range;

  @Option(names = "--range2", paramLabel = "LO:HI",
      description = "Range of s on planes (default: as --range).")
  String range2;

  @Option(names = "--points", defaultValue = "41", description = "Points per axis (default: "
      + "${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException("--format must be 'csv' or 'json', got '" + format + "'");
    }
    Checks.check("--points", points, 2, 100_000);
    NetworkParams p = input.network();
    Dataset d = input.dataset();
    SweepLoss loss = input.loss(d);
    String text = switch (kind) {
      case "eigen", "eigen-plane" -> eigen(loss, p);
      case "knot", "slope", "knot-plane" -> knot(loss, p.toSpline());
      case "orbit" -> out(LossSlices.rescalingOrbit(loss, p, neuron, axis(range, -3, 3)));
      case "segment" -> segment(loss, p);
      case "trajectory" -> trajectory(loss, p);
      default -> throw new IllegalArgumentException("--kind must be one of eigen, eigen-plane, "
          + "knot, slope, knot-plane, orbit, segment, trajectory; got '" + kind + "'");
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private String eigen(SweepLoss loss, NetworkParams p) {
    CurvaturePoint point = CurvaturePoint.of(loss, p, input.coords);
    Spectrum s = point.spectrum(true, ZeroTolerance.scaleAware());
    ShallowObjective obj = objective(loss, p);
    int k1 = eigenIndex("--index", index, s.dimension());
    double[] t = axis(range, -1, 1);
    if (kind.equals("eigen")) {
      return out(LossSlices.eigenvector(obj, point.parameters(), s, k1, t));
    }
    int k2 = eigenIndex("--index2", index2, s.dimension());
    if (k1 == k2) {
      throw new IllegalArgumentException("--index and --index2 must name different eigenvectors");
    }
    return out(LossSlices.eigenPlane(obj, point.parameters(), s, k1, k2, axis(range2, t), t));
  }

  private String knot(SweepLoss loss, SplineParams sp) {
    double[] t = axis(range, -1, 1);
    return switch (kind) {
      case "knot" -> out(LossSlices.knotShift(loss, sp, neuron, t));
      case "slope" -> out(LossSlices.deltaSlope(loss, sp, neuron, t));
      default -> out(LossSlices.knotPlane(loss, sp, neuron, axis(range2, t), t));
    };
  }

  private String segment(SweepLoss loss, NetworkParams p) {
    if (to == null) {
      throw new IllegalArgumentException("--kind segment needs --to NET2.json");
    }
    NetworkParams q = NetJson.read(to);
    if (q.width() != p.width()) {
      throw new IllegalArgumentException("--to has width " + q.width() + " but --net has "
          + p.width());
    }
    if (input.coords == Coordinates.SPLINE
        && !Arrays.equals(q.toSpline().orientation(), p.toSpline().orientation())) {
      throw new IllegalArgumentException("a segment in spline coordinates needs equal "
          + "orientations at both ends; use --coords nn");
    }
    double[] a = input.coords == Coordinates.NETWORK ? p.toVector() : p.toSpline().toVector();
    double[] b = input.coords == Coordinates.NETWORK ? q.toVector() : q.toSpline().toVector();
    return out(LossSlices.segment(objective(loss, p), a, b, axis(range, -0.5, 1.5)));
  }

  private String trajectory(SweepLoss loss, NetworkParams p) {
    if (trajectory == null) {
      throw new IllegalArgumentException("--kind trajectory needs --trajectory TRAJ.csv");
    }
    ShallowObjective obj = objective(loss, p);
    double[] ref = input.coords == Coordinates.NETWORK ? p.toVector() : p.toSpline().toVector();
    List<double[]> path = ParameterRowsCsv.read(trajectory, ref.length);
    TrajectoryPlane plane = TrajectoryPlane.of(path, ref);
    double[][] c = plane.coordinates();
    double[] extent = {0, 0, 0, 0};
    for (double[] xy : c) {
      extent[0] = Math.min(extent[0], xy[0]);
      extent[1] = Math.max(extent[1], xy[0]);
      extent[2] = Math.min(extent[2], xy[1]);
      extent[3] = Math.max(extent[3], xy[1]);
    }
    double[] ps = pad(extent[0], extent[1]);
    double[] pt = pad(extent[2], extent[3]);
    double[] s = axis("--range2", range2, ps[0], ps[1]);
    double[] t = axis("--range", range, pt[0], pt[1]);
    Slice2D grid = plane.slice(obj, s, t);
    double[] pathLoss = new double[path.size()];
    for (int k = 0; k < pathLoss.length; k++) {
      pathLoss[k] = obj.value(path.get(k));
    }
    return format.equals("csv") ? LandscapeCsv.trajectory(plane, grid, pathLoss)
        : Json.write(LandscapeJson.trajectory(plane, grid, pathLoss)) + System.lineSeparator();
  }

  private ShallowObjective objective(SweepLoss loss, NetworkParams p) {
    return input.coords == Coordinates.NETWORK ? ShallowObjective.network(loss, p.width())
        : ShallowObjective.spline(loss, p.toSpline().orientation());
  }

  private static int eigenIndex(String option, int k, int dim) {
    int idx = k < 0 ? dim + k : k;
    if (idx < 0 || idx >= dim) {
      throw new IllegalArgumentException(option + " must be in [" + (-dim) + ", " + (dim - 1)
          + "] for P = " + dim + ", got " + k);
    }
    return idx;
  }

  /** A 10% margin around [lo, hi] (a unit interval around a single point). */
  private static double[] pad(double lo, double hi) {
    double m = hi > lo ? 0.1 * (hi - lo) : 0.5;
    return new double[] {lo - m, hi + m};
  }

  private double[] axis(String value, double lo, double hi) {
    return axis("--range", value, lo, hi);
  }

  private double[] axis(String option, String value, double lo, double hi) {
    double[] r = value == null ? new double[] {lo, hi} : Checks.range(option, value);
    return LossSlices.grid(r[0], r[1], points);
  }

  private double[] axis(String value, double[] fallback) {
    return value == null ? fallback : axis("--range2", value, 0, 1);
  }

  private String out(Slice1D s) {
    return format.equals("csv") ? LandscapeCsv.slice(s)
        : Json.write(LandscapeJson.slice(s)) + System.lineSeparator();
  }

  private String out(Slice2D s) {
    return format.equals("csv") ? LandscapeCsv.slice(s)
        : Json.write(LandscapeJson.slice(s)) + System.lineSeparator();
  }
}
