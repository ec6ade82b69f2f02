package org.knotwork.common.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.example.WalkSpec;
import org.knotwork.common.example.WalkStudy;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;

/** The checks {@link StudyRenderer#prepare} makes for every renderer. */
class StudyRendererTest {

  @TempDir
  static Path dir;

  static Path walk;

  /** Records what it was asked to draw. */
  static final class Recorder implements StudyRenderer {
    final String kind;
    final List<Set<String>> asked = new ArrayList<>();
    final List<Video> videos = new ArrayList<>();

    Recorder(String kind) {
      this.kind = kind;
    }

    @Override
    public String kind() {
      return kind;
    }

    @Override
    public Set<String> outputs() {
      return Set.of("figures", "gif");
    }

    @Override
    public Set<String> defaultOutputs() {
      return Set.of("figures");
    }

    @Override
    public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
      asked.add(prepare(runDir, outputs));
      videos.add(video);
      return List.of();
    }
  }

  @BeforeAll
  static void walk() {
    walk = dir.resolve("walk");
    RunDirectory.run(new Study<>(new WalkStudy(), new WalkSpec(1, 10, 0.0, 1.0)), walk,
        RunDirectory.Options.of(1));
  }

  @Test
  void emptyOutputsMeanTheDefaults() {
    Recorder r = new Recorder("example-walk");
    Path out = dir.resolve("a").resolve("b");
    r.render(walk, out, Set.of());
    r.render(walk, out, Set.of("gif"));
    assertThat(r.asked).containsExactly(Set.of("figures"), Set.of("gif"));
    assertThat(r.videos).containsExactly(StudyRenderer.Video.DEFAULT,
        StudyRenderer.Video.DEFAULT);
    assertThat(out).as("prepare writes nothing").doesNotExist();
  }

  @Test
  void anOutputTheRendererDoesNotMakeIsNamed() {
    assertThatThrownBy(() -> new Recorder("example-walk").render(walk, dir.resolve("c"),
        Set.of("figures", "mp4", "html")))
        .isInstanceOf(InputException.class)
        .hasMessage("an example-walk run renders only figures and gif, not html and mp4");
    assertThat(dir.resolve("c")).doesNotExist();
  }

  @Test
  void aRunOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> new Recorder("spline").render(walk, dir.resolve("d"), Set.of()))
        .isInstanceOf(InputException.class)
        .hasMessage(walk + " holds an example-walk run, not a spline run");
  }

  @Test
  void anUnfinishedDirectoryIsRefused() throws Exception {
    Path bare = Files.createDirectories(dir.resolve("bare"));
    assertThatThrownBy(() -> new Recorder("example-walk").render(bare, dir.resolve("e"),
        Set.of("gif")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not a finished run directory");
  }
}
