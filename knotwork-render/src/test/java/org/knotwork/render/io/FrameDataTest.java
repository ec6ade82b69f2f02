package org.knotwork.render.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Json;
import org.knotwork.net.SplineParams;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.Storyboard;

class FrameDataTest {
  @TempDir
  Path dir;

  private final Trajectory t = SyntheticTrajectories.gradientDescent(6, 2, 200, 10, 0.05, true);
  private final Storyboard sb = Storyboard.of(t, FrameSelection.uniformInTime(t, 9));

  @Test
  void jsonHoldsEveryFrameAndLetsAReaderRebuildF() throws Exception {
    JsonNode root = Json.MAPPER.readTree(FrameData.toJson(sb));
    assertThat(root.get("format").asText()).isEqualTo(FrameData.FORMAT);
    JsonNode frames = root.get("frames");
    assertThat(frames.size()).isEqualTo(sb.size());
    for (int k = 0; k < sb.size(); k++) {
      JsonNode f = frames.get(k);
      var rec = t.frames().get(sb.selection().index(k));
      assertThat(f.get("step").asLong()).isEqualTo(rec.step());
      assertThat(f.get("time").asDouble()).isEqualTo(rec.time());
      assertThat(f.get("loss").asDouble()).isEqualTo(rec.loss());
      // re-plot: rebuild f from the written spline coordinates and compare with the network
      int h = f.get("mu").size();
      double[] beta = new double[h];
      double[] mu = new double[h];
      int[] s = new int[h];
      for (int i = 0; i < h; i++) {
        s[i] = f.get("s").get(i).asInt();
        beta[i] = s[i] == 0 ? Double.NaN : f.get("beta").get(i).asDouble();
        mu[i] = f.get("mu").get(i).asDouble();
      }
      SplineParams sp = new SplineParams(beta, mu, s, f.get("c").asDouble());
      for (double x : new double[] {-1.1, -0.3, 0.0, 0.45, 1.2}) {
        assertThat(sp.value(x)).isCloseTo(rec.net().value(x),
            org.assertj.core.data.Offset.offset(1e-12));
      }
      assertThat(f.get("spectrum").size()).isEqualTo(3 * h + 1);
    }
    assertThat(root.get("run").get("loss").size()).isEqualTo(t.size());
  }

  @Test
  void csvFilesHaveOneRowPerFrameAndPerKnot() throws Exception {
    List<Path> files = FrameData.write(dir, "video", sb);
    List<String> frames = Files.readAllLines(files.get(1));
    List<String> knots = Files.readAllLines(files.get(2));
    assertThat(frames).hasSize(1 + sb.size());
    assertThat(knots).hasSize(1 + sb.size() * t.width());
    String[] row = frames.get(3).split(",", -1);
    assertThat(Long.parseLong(row[2])).isEqualTo(sb.frame(2).step());
    assertThat(Double.parseDouble(row[5])).isEqualTo(sb.frame(2).loss());
    String[] k = knots.get(1 + t.width() + 2).split(",", -1);
    assertThat(Integer.parseInt(k[3])).isEqualTo(2);
    assertThat(Double.parseDouble(k[4])).isEqualTo(sb.frame(1).beta()[2]);
  }

  @Test
  void sameStoryboardGivesSameBytes() {
    Storyboard again = Storyboard.of(t, FrameSelection.uniformInTime(t, 9));
    assertThat(FrameData.toJson(again)).isEqualTo(FrameData.toJson(sb));
    assertThat(FrameData.knotsCsv(again)).isEqualTo(FrameData.knotsCsv(sb));
  }
}
