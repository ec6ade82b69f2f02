package org.knotwork.io.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.knotwork.loss.LossNormalization;
import org.knotwork.net.Coordinates;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;

/** Spec text: round trips in JSON and YAML, defaults, overrides, and messages that name the field. */
class SpecCodecTest {
  @TempDir
  Path dir;

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
    String json = SpecCodec.toJson(spec);
    ExperimentSpec back = SpecCodec.parse(json, SpecCodec.Syntax.JSON, "test");
    assertThat(back).isEqualTo(spec);
    assertThat(SpecCodec.toJson(back)).isEqualTo(json);
    String yaml = SpecCodec.toYaml(spec);
    assertThat(SpecCodec.parse(yaml, SpecCodec.Syntax.YAML, "test")).isEqualTo(spec);
  }

  @Test
  void filesAreReadByExtension() throws Exception {
    ExperimentSpec spec = specs().toList().get(1);
    Path json = dir.resolve("s.json");
    Path yaml = dir.resolve("s.yml");
    Files.writeString(json, SpecCodec.toJson(spec));
    Files.writeString(yaml, SpecCodec.toYaml(spec));
    assertThat(SpecCodec.read(json)).isEqualTo(spec);
    assertThat(SpecCodec.read(yaml)).isEqualTo(spec);
    assertThatThrownBy(() -> SpecCodec.read(dir.resolve("missing.json")))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }

  @Test
  void omittedFieldsTakeTheirDefaults() {
    ExperimentSpec s = SpecCodec.parse("{\"width\": 12, \"training\": {\"method\": "
        + "{\"rule\": \"adam\"}}}", SpecCodec.Syntax.JSON, "t");
    assertThat(s.width()).isEqualTo(12);
    assertThat(s.training().method()).isEqualTo(
        new Method.Adam(StepSize.absolute(0.1), 0.9, 0.999, 1e-8, 0));
    assertThat(s.budget()).isEqualTo(StopCriteria.steps(1000));
    ExperimentSpec y = SpecCodec.parse("width: 4\nbudget:\n  maxTime: 2\ntraining:\n  method:\n"
        + "    rule: flow\n", SpecCodec.Syntax.YAML, "t");
    assertThat(y.budget().maxSteps()).isEqualTo(Long.MAX_VALUE);
    assertThat(y.budget().maxTime()).isEqualTo(2.0);
    assertThat(y.training().method()).isEqualTo(Method.Flow.withDefaults());
  }

  private static void rejects(String json, String... fragments) {
    var t = assertThatThrownBy(() -> SpecCodec.parse(json, SpecCodec.Syntax.JSON, "spec file x"))
        .isInstanceOf(InputException.class);
    for (String f : fragments) {
      t.hasMessageContaining(f);
    }
  }

  @Test
  void messagesNameTheFieldAndTheAllowedRange() {
    rejects("{\"width\": 0}", "spec file x: spec", "width must be in [1, ", "got 0");
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
        "must be builtin, file or generated");
    rejects("{\"budget\": {\"maxSteps\": -1}}", "spec field budget", "maxSteps must be >= 0");
    rejects("{\"training\": {\"method\": {\"rule\": \"flow\"}}, \"budget\": {\"maxSteps\": 5}}",
        "the flow needs a finite time budget (maxTime)");
    rejects("{\"training\": {\"method\": {\"rule\": \"sgd\"}}}", "spec field training.method.rule",
        "must be one of [gd, momentum, adam, flow]");
    rejects("{\"training\": {\"method\": {\"rule\": \"gd\", \"momentum\": 0.9}}}",
        "spec field training.method.momentum", "unknown field");
    rejects("{\"recording\": {\"snapshots\": {\"kind\": \"uniform\", \"count\": 3}}}",
        "spec field recording.snapshots.end", "required");
    rejects("{\"recording\": {\"snapshots\": {\"kind\": \"uniform\", \"end\": 10, "
        + "\"count\": 1}}}", "spec field recording.snapshots", "count must be at least 2");
    rejects("{\"format\": 2}", "format must be 1");
    rejects("{\"width\": 3,}", "is not valid JSON", "line 1");
    rejects("[1, 2]", "must be an object");
  }

  @Test
  void overridesSetFieldsByDottedPath() {
    ExperimentSpec base = ExperimentSpec.builder().build();
    ExperimentSpec s = SpecCodec.withOverrides(base, List.of(
        SpecCodec.Override.parse("width=40"),
        SpecCodec.Override.parse("init.scaleW=0.25"),
        SpecCodec.Override.parse("training.method.learningRate=0.5"),
        SpecCodec.Override.parse("training.method.learningRateUnit=inverse-ntk"),
        SpecCodec.Override.parse("budget.lossThreshold=1e-10"),
        SpecCodec.Override.parse("recording.hessian=true")));
    assertThat(s.width()).isEqualTo(40);
    assertThat(s.init().scales()).isEqualTo(new Scales(0.25, 1, 1));
    assertThat(s.training().method().stepSize()).isEqualTo(StepSize.inverseNtk(0.5));
    assertThat(s.budget().lossThreshold()).isEqualTo(1e-10);
    assertThat(s.recording().hessian()).isTrue();
    assertThat(SpecCodec.withOverrides(base, List.of())).isSameAs(base);
  }

  @Test
  void changingAChoiceResetsTheFieldsOfTheOldChoice() {
    ExperimentSpec spread = ExperimentSpec.builder()
        .init(InitConfig.regime(new Interval(-2, 2), 0.5, 2)).width(10).build();
    ExperimentSpec s = SpecCodec.withOverrides(spread,
        List.of(SpecCodec.Override.parse("init.scheme=he-normal")));
    assertThat(s.init().scheme()).isEqualTo(InitScheme.HE_NORMAL);
    assertThat(s.init().range()).isNull();
    assertThat(s.init().scales()).isEqualTo(new Scales(0.5, 0.5, 2));
    ExperimentSpec adam = SpecCodec.withOverrides(spread, List.of(
        SpecCodec.Override.parse("training.method.rule=adam"),
        SpecCodec.Override.parse("training.method.beta1=0.5")));
    assertThat(adam.training().method()).isEqualTo(
        new Method.Adam(StepSize.absolute(0.1), 0.5, 0.999, 1e-8, 0));
    ExperimentSpec flow = SpecCodec.withOverrides(spread, List.of(
        SpecCodec.Override.parse("training.method.rule=flow"),
        SpecCodec.Override.parse("budget.maxTime=2")));
    assertThat(flow.training().method()).isEqualTo(Method.Flow.withDefaults());
    ExperimentSpec back = SpecCodec.withOverrides(flow, List.of(
        SpecCodec.Override.parse("training.method.rule=momentum")));
    assertThat(back.training().method())
        .isEqualTo(new Method.HeavyBall(StepSize.absolute(0.1), 0.9, 0));
    ExperimentSpec gen = SpecCodec.withOverrides(spread, List.of(
        SpecCodec.Override.parse("data.source=generated"),
        SpecCodec.Override.parse("data.target=cubic"), SpecCodec.Override.parse("data.n=9")));
    assertThat(gen.data().dataset().size()).isEqualTo(9);
  }

  @Test
  void badOverridesAreRejectedWithThePath() {
    ExperimentSpec base = ExperimentSpec.builder().build();
    assertThatThrownBy(() -> SpecCodec.withOverrides(base,
        List.of(SpecCodec.Override.parse("init.scalew=2"))))
        .isInstanceOf(InputException.class).hasMessageContaining("init.scalew")
        .hasMessageContaining("unknown field");
    assertThatThrownBy(() -> SpecCodec.withOverrides(base,
        List.of(SpecCodec.Override.parse("trainig.method.rule=gd"))))
        .hasMessageContaining("unknown spec field 'trainig.method.rule'");
    assertThatThrownBy(() -> SpecCodec.withOverrides(base,
        List.of(SpecCodec.Override.parse("width=-3"))))
        .hasMessageContaining("width must be in [1, ");
    assertThatThrownBy(() -> SpecCodec.Override.parse("width"))
        .hasMessageContaining("PATH=VALUE");
  }
}
