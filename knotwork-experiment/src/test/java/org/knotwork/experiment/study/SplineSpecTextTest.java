package org.knotwork.experiment.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Target;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.InitConfig;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.experiment.Training;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitScheme;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.loss.LossNormalization;
import org.knotwork.net.Coordinates;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;

/**
 * The spline kind's spec text: round trips in JSON and YAML, defaults, field settings, and messages
 * that name the field.
 */
class SplineSpecTextTest {
  @TempDir
  Path dir;

  static ExperimentSpec parse(String text, SpecText.Syntax syntax) {
    return (ExperimentSpec) Studies.read(SpecText.parse(text, syntax, "t"), SplineStudy.NAME)
        .spec();
  }

  static String json(ExperimentSpec spec) {
    return SplineStudy.of(spec).json();
  }

  static ExperimentSpec set(ExperimentSpec base, String... assignments) {
    List<Map.Entry<String, String>> f = new java.util.ArrayList<>();
    for (String a : assignments) {
      int eq = a.indexOf('=');
      f.add(Map.entry(a.substring(0, eq), a.substring(eq + 1)));
    }
    return SplineStudy.withFields(base, f);
  }

  static Stream<ExperimentSpec> specs() {
    ExperimentSpec base = ExperimentSpec.builder().build();
    return Stream.of(
        base,
        base.toBuilder().seed(-7).width(1000)
            .init(InitConfig.regime(new Interval(-2, 2), 0.25, 4))
            .method(new Method.GradientDescent(StepSize.inverseNtk(0.5), 0))
            .budget(StopCriteria.steps(400_000).withLossThreshold(1e-10))
            .recording(Recording.every(1000)).build(),
        base.toBuilder().data(new DataSource.Generated(
                new DataSpec(Target.SIN3, 40, -1, 1, true, 0.1, 3)))
            .init(new InitConfig(InitScheme.GAUSSIAN, new Scales(2, 0.5, 0.25),
                new GaussianSigmas(2, 0.5, 1, 0.1), null, false))
            .training(new Training(Coordinates.SPLINE, LossNormalization.SUM,
                new Method.Adam(StepSize.absolute(1e-3), 0.8, 0.99, 1e-7, 5)))
            .budget(new StopCriteria(100, 3.5, 1e-12, 1e-9, 1e6))
            .recording(new Recording(7, new Snapshots.LogSpaced(SnapshotSchedule.Unit.STEP, 1,
                100, 5), true)).build(),
        base.toBuilder().data(new DataSource.CsvFile("data/points.csv"))
            .method(new Method.HeavyBall(StepSize.absolute(0.01), 0.95, 0))
            .recording(new Recording(1, new Snapshots.Points(SnapshotSchedule.Unit.STEP,
                new double[] {0, 10, 500}), false)).build(),
        base.toBuilder().method(new Method.Flow(TrainMethod.Flow.withDefaults()
                .withTolerances(1e-12, 1e-14).withMaxEvents(5000)))
            .budget(StopCriteria.time(2.5))
            .recording(new Recording(3, new Snapshots.Uniform(SnapshotSchedule.Unit.TIME, 2.5,
                11), false)).build());
  }

  @ParameterizedTest
  @MethodSource("specs")
  void jsonAndYamlRoundTripExactly(ExperimentSpec spec) {
    String json = json(spec);
    assertThat(json).startsWith("{\n  \"kind\" : \"spline\",\n  \"format\" : 1,\n  \"seed\"");
    ExperimentSpec back = parse(json, SpecText.Syntax.JSON);
    assertThat(back).isEqualTo(spec);
    assertThat(json(back)).isEqualTo(json);
    String yaml = SpecText.toYaml(SplineStudy.of(spec).tree());
    assertThat(parse(yaml, SpecText.Syntax.YAML)).isEqualTo(spec);
  }

  @Test
  void filesAreReadByExtension() throws Exception {
    ExperimentSpec spec = specs().toList().get(1);
    Path json = dir.resolve("s.json");
    Path yaml = dir.resolve("s.yml");
    Files.writeString(json, json(spec));
    Files.writeString(yaml, SpecText.toYaml(SplineStudy.of(spec).tree()));
    assertThat(Studies.read(json, null).spec()).isEqualTo(spec);
    assertThat(Studies.read(yaml, null).spec()).isEqualTo(spec);
    assertThatThrownBy(() -> Studies.read(dir.resolve("missing.json"), SplineStudy.NAME))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }

  @Test
  void omittedFieldsTakeTheirDefaults() {
    ExperimentSpec s = parse("{\"width\": 12, \"training\": {\"method\": "
        + "{\"rule\": \"adam\"}}}", SpecText.Syntax.JSON);
    assertThat(s.width()).isEqualTo(12);
    assertThat(s.training().method()).isEqualTo(
        new Method.Adam(StepSize.absolute(0.1), 0.9, 0.999, 1e-8, 0));
    assertThat(s.budget()).isEqualTo(StopCriteria.steps(1000));
    ExperimentSpec y = parse("width: 4\nbudget:\n  maxTime: 2\ntraining:\n  method:\n"
        + "    rule: flow\n", SpecText.Syntax.YAML);
    assertThat(y.budget().maxSteps()).isEqualTo(Long.MAX_VALUE);
    assertThat(y.budget().maxTime()).isEqualTo(2.0);
    assertThat(y.training().method()).isEqualTo(Method.Flow.withDefaults());
    // nothing said about snapshots: about 100 log-spaced over the budget, for a video
    assertThat(s.recording().snapshots()).isEqualTo(new Snapshots.Auto(100));
    assertThat(s.trainSpec(0.1).snapshots().size()).isBetween(60, 101);
    assertThat(y.trainSpec(1).snapshots().size()).isEqualTo(101);
    assertThat(parse("{\"recording\": {\"snapshots\": {\"kind\": \"none\"}}}",
        SpecText.Syntax.JSON).trainSpec(0.1).snapshots().size()).isZero();
  }

  private static void rejects(String json, String... fragments) {
    var t = assertThatThrownBy(() -> parse(json, SpecText.Syntax.JSON))
        .isInstanceOf(InputException.class);
    for (String f : fragments) {
      t.hasMessageContaining(f);
    }
  }

  @Test
  void messagesNameTheFieldAndTheAllowedRange() {
    rejects("{\"width\": 0}", "spec field width: ", "width must be in [1, ", "got 0");
    rejects("{\"training\": {\"method\": {\"learningRate\": -1}}}",
        "spec field training.method.learningRate", "must be positive and finite, got -1.0");
    rejects("{\"init\": {\"scaleW\": 0}}", "spec field init.scaleW",
        "must be positive and finite, got 0.0");
    rejects("{\"init\": {\"scheme\": \"spread\"}}", "spec field init.rangeLo",
        "required for scheme spread");
    rejects("{\"init\": {\"scheme\": \"he-normal\", \"rangeLo\": 1}}", "spec field init.rangeLo",
        "unknown field", "known fields here: scheme, scaleW");
    rejects("{\"init\": {\"scheme\": \"glorot\"}}", "spec field init.scheme",
        "scheme must be one of pytorch-default");
    rejects("{\"widht\": 3}", "spec field widht", "unknown field");
    rejects("{\"width\": 2.5}", "spec field width", "must be a whole number");
    rejects("{\"seed\": \"x\"}", "spec field seed", "must be a whole number");
    rejects("{\"data\": {\"source\": \"generated\", \"target\": \"sin\"}}", "spec field data.n",
        "required");
    rejects("{\"data\": {\"source\": \"generated\", \"target\": \"sin\", \"n\": 0}}",
        "spec field data", "n must be at least 1");
    rejects("{\"data\": {\"source\": \"ftp\"}}", "spec field data.source",
        "must be one of builtin, file, generated");
    rejects("{\"budget\": {\"maxSteps\": -1}}", "spec field budget", "maxSteps must be >= 0");
    rejects("{\"training\": {\"method\": {\"rule\": \"flow\"}}, \"budget\": {\"maxSteps\": 5}}",
        "the flow needs a finite time budget (maxTime)");
    rejects("{\"training\": {\"method\": {\"rule\": \"sgd\"}}}", "spec field training.method.rule",
        "must be one of gd, momentum, adam, flow");
    rejects("{\"training\": {\"method\": {\"rule\": \"gd\", \"momentum\": 0.9}}}",
        "spec field training.method.momentum", "unknown field");
    rejects("{\"recording\": {\"snapshots\": {\"kind\": \"uniform\", \"count\": 3}}}",
        "spec field recording.snapshots.end", "required");
    rejects("{\"recording\": {\"snapshots\": {\"kind\": \"uniform\", \"end\": 10, "
        + "\"count\": 1}}}", "spec field recording.snapshots", "count must be at least 2");
    rejects("{\"format\": 2}", "spec field format", "reads format 1");
    rejects("{\"init\": {\"scheme\": \"file\"}}", "spec field init.path", "required");
    rejects("{\"recording\": {\"checkpointEvery\": -1}}", "spec field recording.checkpointEvery",
        "must be >= 0");
    rejects("{\"recording\": {\"snapshots\": {\"count\": 1}}}",
        "spec field recording.snapshots.count", "at least 2");
    rejects("{\"width\": 3,}", "is not valid JSON", "line 1");
    rejects("[1, 2]", "must hold an object");
  }

  @Test
  void overridesSetFieldsByDottedPath() {
    ExperimentSpec base = ExperimentSpec.builder().build();
    ExperimentSpec s = set(base, "width=40", "init.scaleW=0.25",
        "training.method.learningRate=0.5", "training.method.learningRateUnit=inverse-ntk",
        "budget.lossThreshold=1e-10", "recording.hessian=true");
    assertThat(s.width()).isEqualTo(40);
    assertThat(s.init().scales()).isEqualTo(new Scales(0.25, 1, 1));
    assertThat(s.training().method().stepSize()).isEqualTo(StepSize.inverseNtk(0.5));
    assertThat(s.budget().lossThreshold()).isEqualTo(1e-10);
    assertThat(s.recording().hessian()).isTrue();
    assertThat(set(base)).isEqualTo(base);
  }

  @Test
  void changingAChoiceResetsTheFieldsOfTheOldChoice() {
    ExperimentSpec spread = ExperimentSpec.builder()
        .init(InitConfig.regime(new Interval(-2, 2), 0.5, 2)).width(10).build();
    ExperimentSpec s = set(spread, "init.scheme=he-normal");
    assertThat(s.init().scheme()).isEqualTo(InitScheme.HE_NORMAL);
    assertThat(s.init().range()).isNull();
    assertThat(s.init().scales()).isEqualTo(new Scales(0.5, 0.5, 2));
    ExperimentSpec adam = set(spread, "training.method.rule=adam",
        "training.method.beta1=0.5");
    assertThat(adam.training().method()).isEqualTo(
        new Method.Adam(StepSize.absolute(0.1), 0.5, 0.999, 1e-8, 0));
    ExperimentSpec flow = set(spread, "training.method.rule=flow",
        "budget.maxTime=2");
    assertThat(flow.training().method()).isEqualTo(Method.Flow.withDefaults());
    ExperimentSpec back = set(flow, "training.method.rule=momentum");
    assertThat(back.training().method())
        .isEqualTo(new Method.HeavyBall(StepSize.absolute(0.1), 0.9, 0));
    ExperimentSpec gen = set(spread, "data.source=generated", "data.target=cubic",
        "data.n=9");
    assertThat(gen.data().dataset().size()).isEqualTo(9);
  }

  @Test
  void badOverridesAreRejectedWithThePath() {
    ExperimentSpec base = ExperimentSpec.builder().build();
    assertThatThrownBy(() -> set(base, "init.scalew=2"))
        .isInstanceOf(InputException.class).hasMessageContaining("init.scalew")
        .hasMessageContaining("unknown field");
    assertThatThrownBy(() -> set(base, "trainig.method.rule=gd"))
        .hasMessageContaining("spec field trainig: unknown field");
    assertThatThrownBy(() -> set(base, "width=-3"))
        .hasMessageContaining("width must be in [1, ");
  }
}
