package org.knotwork.common.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.example.WalkSpec;
import org.knotwork.common.example.WalkStudy;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyResult;

class RunDirectoryTest {
  @TempDir
  Path dir;

  /** The walk, but its input file is missing: the run fails on bad input after spec.json. */
  static final class MissingInput extends WalkStudy {
    @Override
    public StudyResult run(WalkSpec s, StudyContext context) {
      throw new InputException("data file " + context.input("absent.csv") + " does not exist");
    }
  }

  @Test
  void theManifestRecordsKindSeedMetricsAndEveryOtherFile() throws Exception {
    Path a = dir.resolve("a");
    RunDirectory.Finished f = RunDirectory.run(new Study<>(new WalkStudy(),
        new WalkSpec(7, 10, 0, 1)), a, RunDirectory.Options.of(1));
    Manifest m = RunDirectory.manifest(a);
    assertThat(m).isEqualTo(f.manifest());
    assertThat(m.kind()).isEqualTo("example-walk");
    assertThat(m.seed()).isEqualTo(7);
    assertThat(m.normal()).isTrue();
    assertThat(m.metrics()).containsEntry("steps", 10L).containsKey("final");
    assertThat(m.sha256().keySet()).containsExactly("spec.json", "walk.csv", "walk.npy");
    assertThat(m.sha256()).isEqualTo(RunDirectory.digests(a));
    // the eigen backend: the one this JVM selected if anything solved, else "none"; never digested
    assertThat(m.eigenBackend()).isEqualTo(org.knotwork.common.linalg.EigenBackends.used()
        .orElse(Manifest.NO_EIGEN_BACKEND));
    assertThat(m.sha256()).doesNotContainKey("manifest.json");
    Manifest withJava = new Manifest(m.kind(), m.version(), m.commit(), m.jvm(), m.os(),
        m.started(), m.wallSeconds(), m.seed(), m.threads(), m.normal(), m.message(), m.metrics(),
        m.sha256(), "java");
    assertThat(withJava.toTree().path("knotwork").path("eigenBackend").asText()).isEqualTo("java");
    assertThat(Manifest.fromTree(withJava.toTree(), "x")).isEqualTo(withJava);
    // a manifest from before the field reads with an empty backend
    com.fasterxml.jackson.databind.node.ObjectNode old = withJava.toTree();
    ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("knotwork")).remove("eigenBackend");
    assertThat(Manifest.fromTree(old, "x").eigenBackend()).isEmpty();
    // checkpoints, partial and temporary files are not results
    Files.writeString(a.resolve("checkpoint.json"), "{}");
    Files.writeString(a.resolve("x.csv.part"), "");
    Files.writeString(a.resolve(".walk.csv.123.tmp"), "");
    assertThat(RunDirectory.digests(a)).isEqualTo(m.sha256());
  }

  @Test
  void comparisonNamesDifferingMissingAndExtraFiles() throws Exception {
    Study<WalkSpec> s = new Study<>(new WalkStudy(), new WalkSpec(1, 10, 0, 1));
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    RunDirectory.run(s, a, RunDirectory.Options.of(1));
    RunDirectory.run(s, b, RunDirectory.Options.of(2));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
    Files.writeString(b.resolve("walk.csv"), "changed");
    Files.delete(b.resolve("walk.npy"));
    Files.writeString(b.resolve("new.txt"), "");
    RunDirectory.Comparison c = RunDirectory.compare(a, b);
    assertThat(c.identical()).isFalse();
    assertThat(c.files()).isEqualTo(Map.of("spec.json", "identical", "walk.csv", "differs",
        "walk.npy", "missing", "new.txt", "extra"));
  }

  @Test
  void badInputLeavesNoHalfWrittenDirectory() {
    Path a = dir.resolve("fresh");
    assertThatThrownBy(() -> RunDirectory.run(new Study<>(new MissingInput(), WalkSpec.DEFAULTS),
        a, RunDirectory.Options.of(1))).isInstanceOf(InputException.class)
        .hasMessageContaining("absent.csv does not exist");
    assertThat(a).doesNotExist();
  }

  @Test
  void aDirectoryWithoutManifestIsNotARun() {
    assertThatThrownBy(() -> RunDirectory.manifest(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("is not a finished run directory");
    assertThatThrownBy(() -> RunDirectory.study(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("has no spec.json");
  }

  @Test
  void metricsRoundTripThroughTheirJsonIncludingBooleansTextAndNaN() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("steps", 12L);
    m.put("loss", 0.25);
    m.put("diverged", true);
    m.put("reason", "step_budget");
    m.put("undefined", Double.NaN);
    assertThat(Manifest.metrics(Manifest.metricsTree(m))).isEqualTo(m);
  }
}
