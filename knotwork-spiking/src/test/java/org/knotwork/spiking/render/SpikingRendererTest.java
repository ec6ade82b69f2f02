package org.knotwork.spiking.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.spiking.study.SpikingStudy;

/** The renderer draws the example run's four figures and a GIF, and refuses other outputs. */
class SpikingRendererTest {
  @TempDir
  Path tmp;

  @Test
  void drawsTheExampleRun() throws Exception {
    SpikingStudy kind = new SpikingStudy();
    Path run = tmp.resolve("run");
    RunDirectory.run(new Study<>(kind, kind.example()), run, RunDirectory.Options.of(1));
    List<Path> files = new SpikingRenderer().render(run, tmp.resolve("fig"), Set.of());
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("raster.png", "rate-map.png", "correlation.png", "neural-field.png");
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      assertThat(b.length).isGreaterThan(1000);
      assertThat(b[1]).isEqualTo((byte) 'P');
    }
    List<Path> gif = new SpikingRenderer().render(run, tmp.resolve("v"), Set.of("gif"),
        new org.knotwork.common.study.StudyRenderer.Video(200, 200, 10, 5));
    assertThat(gif).hasSize(1);
    byte[] g = Files.readAllBytes(gif.get(0));
    assertThat(new String(g, 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("GIF8");
    assertThatThrownBy(() -> new SpikingRenderer().render(run, tmp.resolve("m"), Set.of("mp4")))
        .isInstanceOf(InputException.class).hasMessageContaining("only figures and gif");
  }
}
