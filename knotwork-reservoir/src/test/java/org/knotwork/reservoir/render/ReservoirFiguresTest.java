package org.knotwork.reservoir.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.StudyRenderer;

class ReservoirFiguresTest {
  @TempDir
  Path dir;

  /** A synthetic run directory: two models, error growing like e^t, a spiral as "truth". */
  Path runDir() throws Exception {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    StringBuilder curves = new StringBuilder(
        "model,precision,step,time,mean_error,std_error,median_error,threshold\n");
    StringBuilder horizons = new StringBuilder("model,precision,window,origin,horizon_samples,"
        + "horizon_time,horizon_lyapunov,censored\n");
    StringBuilder forecasts = new StringBuilder(
        "model,precision,window,origin,step,component,forecast,truth\n");
    for (String m : List.of("a", "b")) {
      double rate = m.equals("a") ? 1 : 2;
      for (int t = 1; t <= 50; t++) {
        double e = 1e-4 * Math.exp(rate * t * 0.2);
        curves.append(String.format(Locale.ROOT, "%s,binary64,%d,%s,%s,0.0,%s,0.3%n", m, t,
            t * 0.2, e, e));
        for (int k = 0; k < 3; k++) {
          double truth = Math.cos(0.3 * t + k);
          forecasts.append(String.format(Locale.ROOT, "%s,binary64,0,99,%d,%d,%s,%s%n", m, t, k,
              truth * (1 + 0.01 * t * rate), truth));
        }
      }
      for (int q = 0; q < 10; q++) {
        horizons.append(String.format(Locale.ROOT, "%s,binary64,%d,%d,%d,%s,NaN,false%n", m, q,
            100 + q, 10 + q, (10 + q) * 0.2));
      }
    }
    Files.writeString(run.resolve("error-curves.csv"), curves);
    Files.writeString(run.resolve("horizons.csv"), horizons);
    Files.writeString(run.resolve("forecasts.csv"), forecasts);
    Files.writeString(run.resolve("cost.csv"), "model,kind,features,step_multiplies,step_adds,"
        + "step_tanh,step_total,training_pairs,training_feature_multiplies,"
        + "training_gram_multiply_adds,training_solve_flops,training_total_flops,"
        + "training_notes_flops,ratio_step_multiplies,ratio_step_total,ratio_training,"
        + "ratio_training_notes,baseline\n"
        + "a,d2r2,10,36,27,0,63,100,600,6500,633.3,7733.3,10333.3,1.0,1.0,1.0,1.0,a\n"
        + "b,esn,100,700,597,100,1397,100,40000,535000,353333.3,928333.3,1333333.3,"
        + "19.444444444444443,22.17,120.04,129.03,a\n");
    return run;
  }

  @Test
  void writesEveryFigureValidAndIdenticalOnRepeat() throws Exception {
    Path run = runDir();
    List<Path> f1 = ReservoirFigures.renderRun(run, dir.resolve("f1"), 0, 2, true);
    List<Path> f2 = ReservoirFigures.renderRun(run, dir.resolve("f2"), 0, 2, true);
    assertThat(f1.stream().map(p -> p.getFileName().toString()).toList()).containsExactly(
        "error-curves.png", "error-curves.svg", "horizons.png", "horizons.svg", "attractor-a.png",
        "attractor-a.svg", "attractor-b.png", "attractor-b.svg", "cost.md");
    for (int k = 0; k < f1.size(); k++) {
      assertThat(Files.mismatch(f1.get(k), f2.get(k))).as(f1.get(k).toString()).isEqualTo(-1L);
      String n = f1.get(k).getFileName().toString();
      if (n.endsWith(".png")) {
        assertThat(ImageIO.read(f1.get(k).toFile()).getWidth()).isEqualTo(1280);
      } else if (n.endsWith(".svg")) {
        assertThat(Files.readString(f1.get(k))).contains("<svg");
      }
    }
  }

  @Test
  void chartsHoldTheDataAndTheThreshold() throws Exception {
    Path run = runDir();
    var curves = ReservoirFigures.errorCurves(ReservoirFigures.read(run.resolve(
        "error-curves.csv")));
    assertThat(curves.getSeriesCollection()).extracting(s -> s.getName())
        .containsExactly("a", "b", "threshold 0.3");
    assertThat(curves.getSeries("threshold 0.3").getYData()).containsExactly(0.3, 0.3);
    assertThat(curves.getSeries("a").getXData()).hasSize(50);
    var boxes = ReservoirFigures.horizonBoxes(ReservoirFigures.read(run.resolve("horizons.csv")));
    assertThat(boxes.getSeriesCollection()).extracting(s -> s.getName()).containsExactly("a", "b");
    var att = ReservoirFigures.attractors(ReservoirFigures.read(run.resolve("forecasts.csv")), 0,
        2);
    var truth = att.get("a").getSeries("truth");
    assertThat(truth.getXData()[0]).isEqualTo(Math.cos(0.3));
    assertThat(truth.getYData()[0]).isEqualTo(Math.cos(0.3 + 2));
  }

  @Test
  void markdownCostTableAndBadInput() throws Exception {
    String md = ReservoirFigures.markdownTable(Files.readString(runDir().resolve("cost.csv")));
    assertThat(md.lines().toList()).contains(
        "| a | d2r2 | 10 | 36 | 27 | 0 | 7733 | 1.033e4 | 1 | 1 | 1 | 1 |");
    assertThat(md).contains("| b | esn | 100 | 700 |").contains("| 19.44 |")
        .contains("Ratios are to `a`.");
    assertThatThrownBy(() -> ReservoirFigures.parse("a,b\n1\n", "t.csv"))
        .isInstanceOf(InputException.class).hasMessageContaining("t.csv line 2");
    assertThatThrownBy(() -> ReservoirFigures.markdownTable("model\nx\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("column kind");
    assertThatThrownBy(() -> ReservoirFigures.renderRun(dir.resolve("none"), dir, 0, 1, false))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }

  @Test
  void theStudyRendererDrawsAFinishedReservoirRunAndRefusesOthers() throws Exception {
    Path run = runDir();
    assertThatThrownBy(() -> new ReservoirRenderer().render(run, dir.resolve("x"), Set.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("not a finished run");
    manifest(run, "reservoir");
    StudyRenderer r = ServiceLoader.load(StudyRenderer.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.kind().equals("reservoir")).findFirst()
        .orElseThrow();
    List<Path> files = r.render(run, dir.resolve("out"), Set.of());
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
        "error-curves.png", "horizons.png", "attractor-a.png", "attractor-b.png", "cost.md");
    List<Path> again = r.render(run, dir.resolve("again"), Set.of("figures"));
    for (int k = 0; k < files.size(); k++) {
      assertThat(Files.mismatch(files.get(k), again.get(k))).isEqualTo(-1L);
    }
    assertThatThrownBy(() -> r.render(run, dir.resolve("y"), Set.of("mp4")))
        .isInstanceOf(InputException.class).hasMessageContaining("only figures");
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    manifest(other, "pathways");
    assertThatThrownBy(() -> r.render(other, dir.resolve("z"), Set.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("not a reservoir run");
  }

  private static void manifest(Path run, String kind) {
    Manifest m = new Manifest(kind, "0", "c", "jvm", "os", "2024-01-01T00:00:00Z", 1, 0, 1, true,
        "ok", Map.of(), RunDirectory.digests(run));
    AtomicFiles.writeString(run.resolve(RunDirectory.MANIFEST), Json.pretty(m.toTree()));
  }
}
