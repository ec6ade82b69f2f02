package org.knotwork.reservoir.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.reservoir.cost.CostModel;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Experiments;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.series.Scaling;

/** The spec text of the reservoir kind (formerly SpecJson): presets round-trip, defaults, errors. */
class ReservoirSpecsTest {
  private static final ReservoirStudy KIND = new ReservoirStudy();

  private static ExperimentSpec read(Path f) {
    Study<?> s = Studies.read(f, "reservoir");
    assertThat(s.kind().name()).isEqualTo("reservoir");
    return (ExperimentSpec) s.spec();
  }

  private static String json(ExperimentSpec s) {
    return new Study<>(KIND, s).json();
  }

  @TempDir
  Path dir;

  @Test
  void everyPresetRoundTripsExactly() throws Exception {
    for (String name : Experiments.NAMES) {
      for (Experiments.Scale scale : Experiments.Scale.values()) {
        ExperimentSpec s = Experiments.byName(name, scale);
        String json = json(s);
        Path f = dir.resolve(name + "-" + scale + ".json");
        Files.writeString(f, json);
        ExperimentSpec back = read(f);
        assertThat(json(back)).isEqualTo(json);
        assertThat(back.models()).isEqualTo(s.models());
        assertThat(back.precisions()).isEqualTo(s.precisions());
        assertThat(back.windows()).isEqualTo(s.windows());
        assertThat(back.scaling()).isEqualTo(s.scaling());
        assertThat(back).isEqualTo(s);
      }
    }
  }

  @Test
  void defaultsFillOptionalFields() throws Exception {
    Path f = dir.resolve("min.json");
    Files.writeString(f, "{\"data\": {\"source\": \"lorenz96\", \"length\": 3000},"
        + " \"trainLength\": 2000, \"windows\": {\"count\": 2, \"length\": 100},"
        + " \"models\": [{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}]}");
    ExperimentSpec s = read(f);
    assertThat(s.scaling()).isEqualTo(Scaling.ZSCORE_GLOBAL);
    assertThat(s.windows().firstOrigin()).isEqualTo(1999);
    assertThat(s.windows().stride()).isEqualTo(100);
    assertThat(s.threshold()).isEqualTo(0.3);
    assertThat(s.warmup()).isEqualTo(50);
    assertThat(s.seed()).isEqualTo(1802);
    assertThat(((Lorenz96Data) s.data()).spinUpSteps()).isEqualTo(20_000);
  }

  @Test
  void errorsNameTheField() throws Exception {
    Path f = dir.resolve("bad.json");
    String base = "{\"data\": {\"source\": \"lorenz63\", \"length\": 3000}, \"trainLength\": 2000,"
        + " \"windows\": {\"count\": 2, \"length\": 100}, \"models\": [%s]%s}";
    Object[][] cases = {
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 0}", "", "models[0].degree"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 13}", "", "models[0].degree"},
        {"{\"kind\": \"esn\", \"name\": \"e\", \"reservoirSize\": 50, \"spectralRadius\": -1,"
            + " \"inputScale\": 0.1}", "", "models[0]"},
        {"{\"kind\": \"rnn\", \"name\": \"q\"}", "", "models[0].kind"},
        {"{\"kind\": \"d2r2\", \"name\": \"a b\", \"degree\": 2}", "", "models[0].name"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}", ", \"threshold\": \"x\"",
            "threshold"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}", ", \"warmup\": 0", "warmup"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}", ", \"scaling\": \"minmax\"",
            "scaling"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}", ", \"precisions\": [16]",
            "precisions[0]"},
        {"{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\": 2}", ", \"colour\": 1",
            "colour: unknown field"}};
    for (Object[] c : cases) {
      Files.writeString(f, String.format(base, c[0], c[1]));
      assertThatThrownBy(() -> read(f)).as((String) c[2])
          .isInstanceOf(InputException.class).hasMessageContaining((String) c[2]);
    }
    // degree 9 on 3 inputs is fine (220 features); on 8 inputs too many
    Files.writeString(f, String.format(base, "{\"kind\": \"d2r2\", \"name\": \"q\", \"degree\":"
        + " 9}", "").replace("lorenz63", "lorenz96"));
    assertThatThrownBy(() -> read(f)).hasMessageContaining("features");
  }

  @Test
  void specFilesWithoutKindReadAsReservoirAndOmittedFieldsAreDefaults() throws Exception {
    Path f = dir.resolve("empty.json");
    Files.writeString(f, "{}");
    assertThat(read(f)).isEqualTo(ReservoirSpecs.DEFAULTS);
    Files.writeString(f, "{\"data\": {\"source\": \"csv\", \"dt\": 0.1}}");
    assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field data.path: is required");
    Files.writeString(f, "{\"data\": {\"source\": \"csv\", \"path\": \"s.csv\", \"dt\": 0.1}}");
    ExperimentSpec csv = read(f);
    assertThat(csv.data()).isEqualTo(new org.knotwork.reservoir.experiment.CsvData("s.csv", 0.1,
        -1));
    assertThat(csv.scaling()).isEqualTo(Scaling.ZSCORE_GLOBAL);
    assertThat(read(writeText(dir.resolve("again.json"), json(csv)))).isEqualTo(csv);
  }

  private static Path writeText(Path f, String text) throws Exception {
    Files.writeString(f, text);
    return f;
  }

  @Test
  void configuredCostTableMatchesTheOperationCounter() {
    CostTable t = CostTable.configured(8, 500_000, new int[] {4}, new int[] {2000}, 3,
        ReadoutTransform.T2);
    assertThat(t.baseline()).isEqualTo("d2r2-p4");
    assertThat(t.rows().get(0).features()).isEqualTo(495);
    // D2R2 p = 4, K = 8: 8 * 495 readout multiplies + (495 - 1 - 8) monomials = 4446 (notes 7)
    assertThat(t.rows().get(0).inference().multiplies()).isEqualTo(8 * 495 + 486);
    assertThat(t.rows().get(1).inference())
        .isEqualTo(CostModel.esnStep(2000, 6000, 8, ReadoutTransform.T2));
    assertThat(t.inferenceMultiplyRatio(t.rows().get(1))).isEqualTo(
        (double) CostModel.esnStep(2000, 6000, 8, ReadoutTransform.T2).multiplies() / 4446);
    assertThatThrownBy(() -> CostTable.configured(8, 10, new int[0], new int[0], 3,
        ReadoutTransform.T2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
