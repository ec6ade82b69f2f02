package org.knotwork.pathways.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.study.PathwaysStudy;
import org.knotwork.pathways.study.PhasePlaneStudy;
import org.knotwork.pathways.theory.ReducedModel;

class RunRendererTest {
  @TempDir
  Path dir;

  static final VideoOptions VIDEO = new VideoOptions(320, 240, 5, 6);

  Path runDir(int frames, String name) {
    NetworkRunSpec spec = new NetworkRunSpec("r", List.of(2, 2), List.of(16, 16),
        Activation.LINEAR, false, InitSpec.gaussian(0.08), 0.01, 80, LossConvention.SUM, 3, 4,
        List.of(80));
    if (frames > 1) {
      spec = spec.withSnapshotFrames(frames);
    }
    Path d = dir.resolve(name);
    RunDirectory.run(new Study<PathwaysSpec>(new PathwaysStudy(), SingleRunSpec.of(spec)), d,
        RunDirectory.Options.of(1));
    return d;
  }

  Path runDir() {
    return runDir(9, "run");
  }

  @Test
  void networkRunGivesValidFiguresAndVideosByteIdenticalOnRepeat() throws IOException {
    Path run = runDir();
    List<Path> a = RunRenderer.render(run, dir.resolve("fa"), VIDEO);
    List<Path> b = RunRenderer.render(run, dir.resolve("fb"), VIDEO);
    assertThat(a).extracting(p -> p.getFileName().toString()).containsExactly(
        "mode_strengths.png", "mode_strengths.svg", "k_final.png", "k_final.svg",
        "k_video.gif", "k_video.mp4");
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(b.get(i))).isEqualTo(Files.readAllBytes(a.get(i)));
    }
    var png = ImageIO.read(a.get(0).toFile());
    assertThat(png.getWidth()).isEqualTo(RunRenderer.WIDTH);
    assertThat(png.getHeight()).isEqualTo(RunRenderer.HEIGHT);
    assertThat(Files.readString(a.get(3))).contains("<svg");
    byte[] gif = Files.readAllBytes(a.get(4));
    assertThat(new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("GIF89a");
    // 9 snapshots, at most 6 frames: evenly picked, first and last kept
    assertThat(gifFrames(gif)).isEqualTo(6);
    byte[] mp4 = Files.readAllBytes(a.get(5));
    assertThat(new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("ftyp");
    assertThat(mp4.length).isGreaterThan(1000);
    assertThat(RunRenderer.pick(9, 6)).containsExactly(0, 1, 3, 4, 6, 8);
  }

  @Test
  void phasePlaneRunGivesItsFigure() throws IOException {
    PhasePlaneSpec spec = new PhasePlaneSpec(List.of(2, 8), List.of(0.1), 5, 10, 1, 0.01, 1000,
        50, ReducedModel.Scheme.RK4, 3, 5);
    Path d = dir.resolve("pp");
    RunDirectory.run(new Study<>(new PhasePlaneStudy(), spec), d, RunDirectory.Options.of(1));
    List<Path> files = RunRenderer.render(d, d.resolve("figures"), VIDEO);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("phase_plane.png", "phase_plane.svg");
    assertThat(ImageIO.read(files.get(0).toFile()).getWidth()).isEqualTo(RunRenderer.WIDTH);
    StudyRenderer r = renderer(PhasePlaneStudy.NAME);
    assertThat(r.render(d, dir.resolve("f2"), Set.of())).hasSize(2);
    assertThatThrownBy(() -> r.render(d, dir.resolve("f3"), Set.of("mp4")))
        .isInstanceOf(InputException.class).hasMessageContaining("at least two");
  }

  static StudyRenderer renderer(String kind) {
    for (StudyRenderer r : ServiceLoader.load(StudyRenderer.class)) {
      if (r.kind().equals(kind)) {
        return r;
      }
    }
    throw new AssertionError("no renderer registered for " + kind);
  }

  @Test
  void theStudyRendererDrawsTheAskedOutputsAndRefusesAVideoOfOneFrame() {
    StudyRenderer r = renderer(PathwaysStudy.NAME);
    Path run = runDir(3, "three");
    assertThat(r.render(run, dir.resolve("g"), Set.of("gif")))
        .extracting(p -> p.getFileName().toString()).containsExactly("k_video.gif");
    assertThat(r.render(run, dir.resolve("h"), Set.of("figures")))
        .extracting(p -> p.getFileName().toString()).containsExactly("mode_strengths.png",
            "mode_strengths.svg", "k_final.png", "k_final.svg");
    Path one = runDir(1, "one");
    assertThat(r.render(one, dir.resolve("i"), Set.of())).hasSize(4);
    assertThatThrownBy(() -> r.render(one, dir.resolve("j"), Set.of("mp4")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("recorded 1 K frame; a video needs at least two");
    assertThatThrownBy(() -> r.render(one, dir.resolve("j"), Set.of("html")))
        .isInstanceOf(InputException.class).hasMessageContaining("'html' is not available");
  }

  @Test
  void refusesADirectoryThatIsNoRun() {
    assertThatThrownBy(() -> RunRenderer.render(dir, dir.resolve("f"), VIDEO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a pathways run directory");
  }

  static int gifFrames(byte[] gif) throws IOException {
    ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
      r.setInput(in);
      return r.getNumImages(true);
    } finally {
      r.dispose();
    }
  }
}
