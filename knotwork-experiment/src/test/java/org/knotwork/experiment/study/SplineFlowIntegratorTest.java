package org.knotwork.experiment.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.Method;
import org.knotwork.train.FlowIntegrator;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;

/** The flow's {@code integrator} field of the spline kind, and exprb43 runs through a directory. */
class SplineFlowIntegratorTest {
  @TempDir
  Path dir;

  private static ExperimentSpec flow(FlowIntegrator integrator) {
    return ExperimentSpec.builder().width(6).seed(1)
        .method(new Method.Flow(TrainMethod.Flow.withDefaults().withIntegrator(integrator)))
        .budget(StopCriteria.time(3)).build();
  }

  @Test
  void theIntegratorRoundTripsAndIsWrittenOnlyWhenNotTheDefault() {
    Study<ExperimentSpec> dop = SplineStudy.of(flow(FlowIntegrator.DOP853));
    Study<ExperimentSpec> exp = SplineStudy.of(flow(FlowIntegrator.EXPRB43));
    assertThat(dop.json()).doesNotContain("integrator");
    assertThat(exp.json()).contains("\"integrator\" : \"exprb43\"");
    Study<?> back = Studies.read(SpecText.parse(exp.json(), SpecText.Syntax.JSON, "json"), null);
    assertThat(back.spec()).isEqualTo(exp.spec());
    String bad = exp.json().replace("exprb43", "rk4");
    assertThatThrownBy(() -> Studies.read(SpecText.parse(bad, SpecText.Syntax.JSON, "json"), null))
        .isInstanceOf(InputException.class).hasMessageContaining("training.method.integrator")
        .hasMessageContaining("dop853");
  }

  @Test
  void anExponentialFlowRunGivesTheSameBytesOnOneOrTwoThreads() {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    RunDirectory.run(SplineStudy.of(flow(FlowIntegrator.EXPRB43)), a, RunDirectory.Options.of(1));
    RunDirectory.run(SplineStudy.of(flow(FlowIntegrator.EXPRB43)), b, RunDirectory.Options.of(2));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
  }
}
