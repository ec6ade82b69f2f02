package org.knotwork.supertrex.render;

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
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.supertrex.study.SupertrexStudy;

/** The renderer draws the example run: figures and a GIF, the same bytes twice. */
class SupertrexRendererTest {
  @TempDir
  Path tmp;

  @Test
  void drawsFiguresAndTheArmVideoDeterministically() throws Exception {
    SupertrexStudy kind = new SupertrexStudy();
    Path run = tmp.resolve("run");
    RunDirectory.run(new Study<>(kind, kind.example()), run, RunDirectory.Options.of(1));
    SupertrexRenderer r = new SupertrexRenderer();
    StudyRenderer.Video small = new StudyRenderer.Video(320, 240, 10, 6);
    List<Path> a = r.render(run, tmp.resolve("a"), Set.of("figures", "gif"), small);
    List<Path> b = r.render(run, tmp.resolve("b"), Set.of("figures", "gif"), small);
    assertThat(a).extracting(p -> p.getFileName().toString())
        .containsExactly("curves.png", "deviation.png", "pathways.png", "arm.gif");
    for (int i = 0; i < a.size(); i++) {
      byte[] bytes = Files.readAllBytes(a.get(i));
      assertThat(bytes.length).isGreaterThan(100);
      assertThat(bytes).isEqualTo(Files.readAllBytes(b.get(i)));
    }
    assertThat(Files.readAllBytes(a.get(0))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N');
    assertThat(Files.readAllBytes(a.get(3))).startsWith((byte) 'G', (byte) 'I', (byte) 'F');
    assertThat(Studies.class).isNotNull();
    assertThatThrownBy(() -> r.render(run, tmp.resolve("c"), Set.of("html")))
        .isInstanceOf(InputException.class).hasMessageContaining("html");
  }
}
