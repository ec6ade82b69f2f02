package org.knotwork.supertrex.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.supertrex.model.Trace;
import org.knotwork.supertrex.model.Trial;
import org.knotwork.supertrex.model.TrialResult;

/** The study-kind contract for {@code supertrex}, and what its run directory holds. */
class SupertrexStudyTest extends StudyKindContract<SupertrexSpec> {

  @Override
  protected StudyKind<SupertrexSpec> kind() {
    return new SupertrexStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("neurons", "1", "neurons must be in [2, 20000]"),
        new BadField("rule", "hebb", "must be one of"),
        new BadField("segments", "1", "segments must be in [2, 64]"),
        new BadField("task", "reach", "must be one of"),
        new BadField("stride", "0", "stride must be in [1"),
        new BadField("lesionPeriod", "99", "lesionPeriod must be"),
        new BadField("testFeedback", "open", "must be one of"));
  }

  @Test
  void theRunDirectoryHoldsTheTraceThePeriodsAndTheColumns() throws Exception {
    SupertrexSpec s = kind().example();
    Path dir = tmp.resolve("run");
    RunDirectory.run(new Study<>(kind(), s), dir, RunDirectory.Options.of(1));
    NpyArray trace = Npy.read(dir.resolve(SupertrexStudy.TRACE));
    NpyArray periods = Npy.read(dir.resolve(SupertrexStudy.PERIODS));
    TrialResult r = Trial.run(s.config(), s.stride());
    assertThat(trace.shape()).containsExactly(r.trace().rows(), r.trace().width());
    assertThat(trace.doubles()).isEqualTo(r.trace().samples());
    assertThat(periods.shape()).containsExactly(3, Trace.PERIOD_COLUMNS.length);
    var columns = Json.MAPPER.readTree(dir.resolve(SupertrexStudy.COLUMNS).toFile());
    assertThat(columns.get("trace").size()).isEqualTo(r.trace().width());
    assertThat(columns.get("constants").get("filter").asDouble()).isEqualTo(0.9);
    Map<String, Object> m = RunDirectory.manifest(dir).metrics();
    assertThat((Double) m.get("deviation")).isEqualTo(r.deviation());
    assertThat(m.get("satisfactory")).isEqualTo(r.satisfactory());
  }

  @Test
  void contributesTheOrderingEntries() {
    assertThat(kind().catalogEntries().stream().map(CatalogEntry::id)).containsExactly(
        "supertrex-task1-ordering", "supertrex-task2-ordering");
  }
}
