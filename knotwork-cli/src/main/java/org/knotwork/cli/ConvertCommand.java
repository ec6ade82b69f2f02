package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knotwork convert --net NET.json}: network coordinates to spline coordinates (S2). */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Print the spline coordinates (knots, delta-slopes, orientations) of a network.",
        "Output: {\"beta\":[..],\"mu\":[..],\"orientation\":[..],\"c\":..}",
        "orientation is +1/-1, or 0 (and beta null) for a neuron with w = 0, whose constant "
            + "value v*relu(b) is folded into c."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--net", required = true, paramLabel = "NET.json",
      description = "Network file {\"w\":[..],\"b\":[..],\"v\":[..],\"c\":..}.")
  Path net;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(Json.write(NetJson.splineMap(NetJson.read(net).toSpline())));
    return 0;
  }
}
