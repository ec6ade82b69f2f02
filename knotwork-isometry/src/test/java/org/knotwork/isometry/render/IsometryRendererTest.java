package org.knotwork.isometry.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.isometry.study.IsometryStudy;

/** The renderer draws the example run's two figures, is registered, and refuses other outputs. */
class IsometryRendererTest {
  @TempDir
  Path tmp;

  @Test
  void drawsTheExampleRun() throws Exception {
    IsometryStudy kind = new IsometryStudy();
    Path run = tmp.resolve("run");
    RunDirectory.run(new Study<>(kind, kind.example()), run, RunDirectory.Options.of(1));
    List<Path> files = new IsometryRenderer().render(run, tmp.resolve("out"), Set.of("figures"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("spectra.png", "lambda-vs-s2.png");
    for (Path f : files) {
      var img = ImageIO.read(f.toFile());
      assertThat(img.getWidth()).isEqualTo(900);
      assertThat(img.getHeight()).isGreaterThan(600);
    }
    assertThat(Files.size(files.get(0))).isGreaterThan(10_000);
    assertThatThrownBy(() -> new IsometryRenderer().render(run, tmp.resolve("o2"), Set.of("gif")))
        .isInstanceOf(InputException.class).hasMessageContaining("only figures");
    assertThat(ServiceLoader.load(StudyRenderer.class).stream().map(ServiceLoader.Provider::get)
        .anyMatch(r -> r.kind().equals("isometry"))).isTrue();
  }
}
