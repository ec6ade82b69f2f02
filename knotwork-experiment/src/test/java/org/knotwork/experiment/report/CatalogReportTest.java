package org.knotwork.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.study.Studies;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.io.Json;

/** The report directory of a catalog run, and the renderer hook. */
class CatalogReportTest {
  @TempDir
  Path dir;

  /** Records what it is asked to draw and writes a marker file. */
  static final class Recorder implements FigureRenderer {
    final List<String> drawn = new ArrayList<>();

    @Override
    public String extension() {
      return "txt";
    }

    @Override
    public void render(Figure figure, Table table, Path file) {
      drawn.add(figure.name() + ":" + table.name());
      org.knotwork.common.io.AtomicFiles.writeString(file, figure.title());
    }
  }

  @Test
  void theReportHoldsOutcomesTablesFiguresAndSpecs() throws Exception {
    List<CatalogReport.Result> results = new ArrayList<>();
    try (CatalogContext c = new CatalogContext(Variant.QUICK, 1)) {
      for (String id : List.of("hessian-minima", "gd-flow")) {
        CatalogEntry e = Studies.entry(id);
        results.add(new CatalogReport.Result(e, e.run(c), 1.5));
      }
    }
    Recorder r = new Recorder();
    CatalogReport.write(dir, results, List.of(r));
    JsonNode summary = Json.readTree(dir.resolve("summary.json"), "summary");
    assertThat(summary.get("passed").asBoolean()).isTrue();
    assertThat(summary.get("entries").size()).isEqualTo(2);
    JsonNode o = Json.readTree(dir.resolve("gd-flow/outcome.json"), "outcome");
    assertThat(o.get("id").asText()).isEqualTo("gd-flow");
    assertThat(o.get("passed").asBoolean()).isTrue();
    Outcome gd = results.get(1).outcome();
    assertThat(o.get("measurements").size()).isEqualTo(gd.measurements().size());
    List<String> csv = Files.readAllLines(dir.resolve("gd-flow/errors.csv"));
    assertThat(csv.get(0)).isEqualTo("stretch,eta,steps,error");
    assertThat(csv).hasSize(1 + gd.tables().get(0).rows().size());
    assertThat(Files.readString(dir.resolve("gd-flow/specs/run-00.json")))
        .contains("\"rule\" : \"flow\"");
    assertThat(Json.readTree(dir.resolve("gd-flow/figures.json"), "figures").get(0).get("table")
        .asText()).isEqualTo("errors");
    assertThat(r.drawn).contains("errors:errors", "spectra:spectra");
    assertThat(dir.resolve("gd-flow/errors.txt")).isRegularFile();
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("| [hessian-minima](hessian-minima/outcome.json) | quick | pass |");
    assertThat(md).contains("**Claim.**");
    String text = CatalogReport.text(results.get(0));
    assertThat(text).startsWith("hessian-minima: ").contains("  claim:").contains("   ok  ")
        .contains("PASS (1.5 s)");
  }

  @Test
  void csvQuotesTextWithCommas() {
    Table t = Table.of("t", "name", "value").row("a, b", 1.5).row("plain", 2L).build();
    assertThat(CatalogReport.csv(t)).isEqualTo("name,value\n\"a, b\",1.5\nplain,2\n");
  }
}
