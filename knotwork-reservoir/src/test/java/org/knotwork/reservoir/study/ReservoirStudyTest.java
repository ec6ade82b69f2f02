package org.knotwork.reservoir.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.reservoir.experiment.CsvData;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

/** The study-kind contract for {@code reservoir}, and its recorded csv input. */
class ReservoirStudyTest extends StudyKindContract<ExperimentSpec> {

  @Override
  protected StudyKind<ExperimentSpec> kind() {
    return new ReservoirStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("warmup", "0", "must be in [1"),
        new BadField("data.dt", "-1", "dt must be finite and > 0"),
        new BadField("trainLength", "99999", "trainLength must be in [2, data length"),
        new BadField("windows.count", "0", "must be in [1"),
        new BadField("threshold", "fast", "finite number"),
        new BadField("data.source", "lorenz84", "must be one of lorenz63, lorenz96, csv"),
        new BadField("precisions", "[binary8]", "precisions[0]"),
        new BadField("scaling", "minmax", "scaling must be one of"),
        new BadField("data.initialState", "[1, 2]", "must be an array of 3 numbers"));
  }

  @Test
  void contributesTheReservoirEntriesInOrder() {
    List<String> ids = new ReservoirStudy().catalogEntries().stream().map(CatalogEntry::id)
        .toList();
    assertThat(ids).containsExactly("reservoir-l63-ordering", "reservoir-l96-ordering",
        "reservoir-precision", "reservoir-exponent-cliff", "reservoir-cost");
    assertThat(new ReservoirStudy().catalogEntries().stream().filter(CatalogEntry::demo)
        .map(CatalogEntry::id)).containsExactly("reservoir-cost");
    assertThat(Studies.entry("reservoir-cost").demo()).isTrue();
  }

  @Test
  void aCsvSeriesIsRecordedAndARerunReadsTheRecordedCopy() throws Exception {
    StringBuilder sb = new StringBuilder("t,x,y\n");
    for (int t = 0; t < 1200; t++) {
      sb.append(String.format(Locale.ROOT, "%.3f,%.17g,%.17g%n", t * 0.1, Math.cos(0.05 * t),
          Math.sin(0.05 * t)));
    }
    Path data = tmp.resolve("in");
    Files.createDirectories(data);
    Files.writeString(data.resolve("circle.csv"), sb.toString());
    ExperimentSpec s = new ExperimentSpec("circle", new CsvData("circle.csv", 0.1, 0),
        Scaling.NONE, 800, new TestWindows(799, 3, 100, 100), 50, 0.3,
        List.of(new D2r2Spec("lin", 1, 1e-4)), List.of(Precision.BINARY64), 1, 1, 0, false,
        true);
    Study<ExperimentSpec> study = new Study<>(kind(), s);
    Path a = tmp.resolve("a");
    RunDirectory.run(study, a, RunDirectory.Options.of(1).inputsFrom(data));
    assertThat(Files.mismatch(a.resolve(ReservoirStudy.SERIES), data.resolve("circle.csv")))
        .isEqualTo(-1L);
    assertThat(RunDirectory.manifest(a).metrics().get("lin@binary64.meanHorizonSamples"))
        .isEqualTo(100.0);
    // the original input is gone; a rerun reads the run directory's copy
    Files.delete(data.resolve("circle.csv"));
    Path b = tmp.resolve("b");
    RunDirectory.run(RunDirectory.study(a), b,
        RunDirectory.Options.of(2).inputsFrom(data).rerunOf(a));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
    assertThatThrownBy(() -> RunDirectory.run(study, tmp.resolve("c"),
        RunDirectory.Options.of(1).inputsFrom(data))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field data.path: series").hasMessageContaining(
            "does not exist");
    // a series too short for the spec names the field and the numbers
    Files.writeString(data.resolve("circle.csv"), "x\n1\n2\n3\n");
    ExperimentSpec noTime = s.withData(new CsvData("circle.csv", 0.1, -1), Scaling.NONE);
    assertThatThrownBy(() -> RunDirectory.run(new Study<>(kind(), noTime), tmp.resolve("d"),
        RunDirectory.Options.of(1).inputsFrom(data))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field data.path: the series")
        .hasMessageContaining("3 samples").hasMessageContaining("trainLength");
  }
}
