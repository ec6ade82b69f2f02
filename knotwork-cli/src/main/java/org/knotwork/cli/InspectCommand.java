package org.knotwork.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork inspect --net NET.json --data DATA.csv --coords nn|spline}: loss, gradient, exact
 * Hessian and its eigenvalues (S7, S8, S17, S18).
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Print the loss, its gradient, the exact Hessian and its eigenvalues.",
        "L = 1/(2N) sum_n (f(x_n) - y_n)^2 (1/2 sum with --sum-loss); eigenvalues ascending. "
            + "Output, one JSON object:",
        "{\"loss\":..,\"gradient\":[..],\"hessian\":[[..]],\"eigenvalues\":[..],"
            + "\"inertia\":{..},\"tolerance\":..}",
        "Parameter order: nn -> w_1..w_H, b_1..b_H, v_1..v_H, c; "
            + "spline -> beta_1..beta_H, mu_1..mu_H, c (orientations fixed)."})
final class InspectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ProblemOptions input;




  @Override
  public Integer call() {
    NetworkParams p = input.network();
    Dataset d = input.dataset();
    SweepLoss loss = SweepLoss.of(d);
    Map<String, Object> out = new LinkedHashMap<>();
    double[][] hess;
    if (input.coords == Coordinates.NETWORK) {
      SweepLoss.Evaluation e = loss.evaluate(p);
      out.put("loss", e.loss());
      out.put("gradient", e.gradient());
      hess = loss.hessian(p);
    } else {
      SweepLoss.Evaluation e = loss.evaluate(p.toSpline());
      out.put("loss", e.loss());
      out.put("gradient", e.gradient());
      hess = loss.hessian(p.toSpline());
    }
    SymmetricEigen eig = SymmetricEigen.values(hess);
    Inertia in = eig.inertia();
    out.put("hessian", hess);
    out.put("eigenvalues", eig.eigenvalues());
    Map<String, Object> inertia = new LinkedHashMap<>();
    inertia.put("positive", in.positive());
    inertia.put("zero", in.zero());
    inertia.put("negative", in.negative());
    out.put("inertia", inertia);
    out.put("tolerance", in.tolerance());
    spec.commandLine().getOut().println(Json.write(out));
    return 0;
  }
}
