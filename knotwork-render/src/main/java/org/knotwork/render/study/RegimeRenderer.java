package org.knotwork.render.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.common.io.Json;
import org.knotwork.common.math.Vectors;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.data.Dataset;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;

/**
 * Draws run directories of the {@code regime} kind (one point of the kernel-versus-adaptive
 * experiment, docs/spline-lens.md &sect;6): the initial and the trained network on the data, their
 * knots in spline space and the loss, as the spline renderer draws a run with two frames (step 0
 * and the last step; time = step &middot; learning rate). A regime run records no intermediate
 * states, so the default outputs are the figures and the report; a video needs a {@code spline}
 * run with snapshots.
 */
public final class RegimeRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return "regime";
  }

  @Override
  public Set<String> outputs() {
    return OUTPUTS;
  }

  @Override
  public Set<String> defaultOutputs() {
    return Set.of("figures", "report");
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    Set<String> want = prepare(runDir, outputs);
    Dataset data = DataCsv.read(runDir.resolve("data.csv"));
    NetworkParams init = NetJson.read(runDir.resolve("init.json"));
    NetworkParams trained = NetJson.read(runDir.resolve("net.json"));
    JsonNode r = Json.readTree(runDir.resolve("result.json"), "regime result");
    long steps = (long) Json.number(r, "steps", "regime result");
    double lr = Json.number(r, "learningRate", "regime result");
    SweepLoss loss = SweepLoss.of(data);
    Map<String, String> spec = new LinkedHashMap<>();
    JsonNode s = Json.readTree(runDir.resolve("spec.json"), "spec");
    s.fields().forEachRemaining(e -> spec.put(e.getKey(), e.getValue().asText()));
    Trajectory t = new Trajectory("regime (alphaW " + s.path("alphaW").asText() + ", alphaV "
        + s.path("alphaV").asText() + ", width " + init.width() + ")", data, init,
        List.of(frame(0, 0, init, loss), frame(steps, steps * lr, trained, loss)), List.of(), null,
        spec);
    return SplineRenderer.render(t, outDir, want, video);
  }

  private static Frame frame(long step, double time, NetworkParams net, SweepLoss loss) {
    SweepLoss.Evaluation e = loss.evaluate(net);
    return new Frame(step, time, net, e.loss(), Vectors.sqrtSumOfSquares(e.gradient()));
  }
}
