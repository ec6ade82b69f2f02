package org.knotwork.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentRunner;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.StepSize;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.train.StopCriteria;

/** The local executor: one table, independent of threads, resumable without redoing runs. */
class LocalSweepTest {
  @TempDir
  Path dir;

  static SweepSpec sweep() {
    ExperimentSpec base = ExperimentSpec.builder().width(6)
        .method(new Method.GradientDescent(StepSize.absolute(0.05), 0))
        .budget(StopCriteria.steps(200)).recording(Recording.every(50)).build();
    return new SweepSpec(base, List.of(GridAxis.parse("init.scaleV=0.5,2"),
        GridAxis.parse("seed=0..2")));
  }

  /** Records which runs finished in this process. */
  static final class Log implements LocalSweep.Listener {
    final Map<String, Boolean> finished = new ConcurrentHashMap<>();
    final List<String> skipped = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void skipped(SweepRun run) {
      skipped.add(run.name());
    }

    @Override
    public void finished(SweepRun run, int done, int total) {
      finished.put(run.name(), true);
    }
  }

  @Test
  void theTableHoldsOneRowPerPointWithTheRunnersMetrics() {
    Path d = dir.resolve("s");
    LocalSweep.Summary s = LocalSweep.run(d, sweep(), 2, false, new Log());
    assertThat(s.total()).isEqualTo(6);
    assertThat(s.ran()).isEqualTo(6);
    assertThat(s.failures()).isEmpty();
    ResultsTable t = s.table();
    assertThat(t.columns().subList(0, 5)).containsExactly("run", "index", "init_scaleV", "seed",
        "stop_reason");
    assertThat(t.rows()).hasSize(6);
    List<SweepRun> plan = SweepPlan.of(sweep());
    for (int k = 0; k < 6; k++) {
      List<Object> row = t.rows().get(k);
      SweepRun r = plan.get(k);
      ExperimentResult direct = ExperimentRunner.run(r.spec(), r.spec().data().dataset());
      assertThat(row.get(0)).isEqualTo(r.name());
      assertThat(row.get(2)).isEqualTo(Double.parseDouble(r.values().get(0)));
      assertThat(row.get(3)).isEqualTo(Long.parseLong(r.values().get(1)));
      int loss = t.columns().indexOf("loss");
      assertThat(row.get(loss)).isEqualTo(direct.metrics().loss());
      assertThat(RunDirectory.isFinished(d.resolve("runs").resolve(r.name()))).isTrue();
    }
    assertThat(d.resolve(ResultsTable.CSV)).hasContent(t.toCsv().stripTrailing());
  }

  @Test
  void theTableDoesNotDependOnTheNumberOfThreads() throws Exception {
    LocalSweep.Summary one = LocalSweep.run(dir.resolve("one"), sweep(), 1, false, new Log());
    LocalSweep.Summary two = LocalSweep.run(dir.resolve("two"), sweep(), 2, false, new Log());
    assertThat(Files.readString(dir.resolve("two").resolve(ResultsTable.CSV)))
        .isEqualTo(Files.readString(dir.resolve("one").resolve(ResultsTable.CSV)));
    assertThat(two.table()).isEqualTo(one.table());
  }

  @Test
  void aResumedSweepRedoesOnlyUnfinishedRuns() throws Exception {
    Path d = dir.resolve("s");
    LocalSweep.run(d, sweep(), 2, false, new Log());
    String table = Files.readString(d.resolve(ResultsTable.CSV));
    Path keep = d.resolve("runs/r0001");
    Path redo = d.resolve("runs/r0004");
    String keptManifest = Files.readString(keep.resolve(RunDirectory.MANIFEST));
    // a crash while r0004 was running: no manifest, a half-written stream
    Files.delete(redo.resolve(RunDirectory.MANIFEST));
    Files.writeString(redo.resolve("metrics.csv.part"), "step,time,loss,grad_norm\n0,");
    Files.delete(d.resolve(ResultsTable.CSV));
    assertThatThrownBy(() -> LocalSweep.run(d, sweep(), 2, false, new Log()))
        .isInstanceOf(InputException.class).hasMessageContaining("add --resume");
    Log log = new Log();
    LocalSweep.Summary s = LocalSweep.run(d, sweep(), 2, true, log);
    assertThat(s.skipped()).isEqualTo(5);
    assertThat(log.finished.keySet()).containsExactly("r0004");
    assertThat(Files.readString(keep.resolve(RunDirectory.MANIFEST))).isEqualTo(keptManifest);
    assertThat(Files.readString(d.resolve(ResultsTable.CSV))).isEqualTo(table);
  }

  @Test
  void resumingADifferentSweepIsRefused() {
    Path d = dir.resolve("s");
    LocalSweep.run(d, sweep(), 2, false, new Log());
    SweepSpec other = new SweepSpec(sweep().base(), List.of(GridAxis.parse("seed=0..3")));
    assertThatThrownBy(() -> LocalSweep.run(d, other, 2, true, new Log()))
        .isInstanceOf(InputException.class).hasMessageContaining("describes a different sweep");
  }

  @Test
  void theParquetTableHoldsTheSameValues() throws Exception {
    Path d = dir.resolve("s");
    ResultsTable t = LocalSweep.run(d, sweep(), 2, false, new Log()).table();
    Path parquet = d.resolve(ResultsTable.PARQUET).toAbsolutePath();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT run, \"index\", init_scaleV, seed, loss, steps, "
             + "stop_reason FROM read_parquet('" + parquet + "') ORDER BY \"index\"")) {
      int k = 0;
      int loss = t.columns().indexOf("loss");
      while (rs.next()) {
        List<Object> row = t.rows().get(k++);
        assertThat(rs.getString(1)).isEqualTo(row.get(0));
        assertThat(rs.getLong(2)).isEqualTo(row.get(1));
        assertThat(rs.getDouble(3)).isEqualTo(row.get(2));
        assertThat(rs.getLong(4)).isEqualTo(row.get(3));
        assertThat(rs.getDouble(5)).isEqualTo(row.get(loss));
        assertThat(rs.getLong(6)).isEqualTo(200L);
        assertThat(rs.getString(7)).isEqualTo("step_budget");
      }
      assertThat(k).isEqualTo(6);
    }
  }
}
