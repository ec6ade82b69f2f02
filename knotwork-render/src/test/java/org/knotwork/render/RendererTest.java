package org.knotwork.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.draw.progress.Progress;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.render.model.Trajectory;

class RendererTest {
  @TempDir
  Path dir;

  @Test
  void rendersEverythingAndTheSameRunGivesTheSameBytes() throws Exception {
    Trajectory t = SyntheticTrajectories.gradientDescent(6, 1, 80, 10, 0.05, true);
    RenderOptions o = new RenderOptions(true, true, true, true, true,
        new VideoOptions(480, 270, 10, 5));
    List<String> opened = new ArrayList<>();
    Progress.Factory counting = (task, total) -> {
      opened.add(task + ":" + total);
      return Progress.NONE;
    };
    RenderedFiles a = Renderer.render(t, dir.resolve("a"), o, counting);
    Renderer.render(t, dir.resolve("b"), o, Progress.SILENT);
    assertThat(opened).containsExactly("figures:6", "video:5");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("a"))) {
      files = s.filter(Files::isRegularFile).map(p -> dir.resolve("a").relativize(p)).sorted()
          .toList();
    }
    assertThat(files).contains(a.gif(), a.mp4(), a.viewer(), a.report(),
        Path.of("figures", "spectrum.svg"), Path.of("dynamics.knots.csv"));
    assertThat(files).hasSize(6 * 2 + 2 + 3 + 2);
    for (Path f : files) {
      assertThat(Files.size(dir.resolve("a").resolve(f))).as(f.toString()).isPositive();
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f.toString())
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }

  @Test
  void optionsNeedSomethingToDo() {
    assertThatThrownBy(() -> new RenderOptions(false, false, false, false, false,
        VideoOptions.DEFAULT)).hasMessageContaining("nothing to render");
  }

  @Test
  void progressIsSilentWithoutATerminal() {
    // surefire runs the tests with standard streams redirected: no terminal
    assertThat(Progress.isTerminal()).isFalse();
    assertThat(Progress.forTerminal("x", 3)).isSameAs(Progress.NONE);
  }
}
