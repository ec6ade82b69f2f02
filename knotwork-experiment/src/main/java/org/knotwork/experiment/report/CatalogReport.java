package org.knotwork.experiment.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.Json;

/** Writes catalog outcomes to a report directory and formats them for the console. */
public final class CatalogReport {
  private CatalogReport() {}

  /**
   * One entry's outcome with its wall time.
   *
   * @param entry the entry
   * @param outcome what it measured
   * @param seconds how long it took (not reproducible; reported only)
   */
  public record Result(CatalogEntry entry, Outcome outcome, double seconds) {}

  /** The renderers on the class path. */
  public static List<FigureRenderer> renderers() {
    List<FigureRenderer> out = new ArrayList<>();
    ServiceLoader.load(FigureRenderer.class).forEach(out::add);
    return out;
  }

  /**
   * Writes {@code dir/ID/} for every result (outcome.json, TABLE.csv, figures.json, specs/, images
   * from the renderers), then {@code dir/report.md} and {@code dir/summary.json}.
   */
  public static void write(Path dir, List<Result> results, List<FigureRenderer> renderers) {
    for (Result r : results) {
      writeEntry(dir.resolve(r.entry().id()), r, renderers);
    }
    AtomicFiles.writeString(dir.resolve("report.md"), markdown(results));
    ObjectNode summary = JsonNodeFactory.instance.objectNode();
    summary.put("knotwork", BuildInfo.version());
    summary.put("commit", BuildInfo.gitCommit());
    summary.put("passed", results.stream().allMatch(r -> r.outcome().passed()));
    ArrayNode entries = summary.putArray("entries");
    for (Result r : results) {
      ObjectNode e = entries.addObject();
      e.put("id", r.entry().id());
      e.put("variant", r.outcome().variant().label());
      e.put("passed", r.outcome().passed());
      e.put("seconds", r.seconds());
      ArrayNode f = e.putArray("failures");
      r.outcome().failures().forEach(m -> f.add(m.name()));
    }
    AtomicFiles.writeString(dir.resolve("summary.json"), pretty(summary));
  }

  private static void writeEntry(Path dir, Result r, List<FigureRenderer> renderers) {
    Outcome o = r.outcome();
    CatalogEntry e = r.entry();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", e.id());
    n.put("title", e.title());
    n.put("claim", e.claim());
    n.put("tolerance", e.tolerance());
    n.put("variant", o.variant().label());
    n.put("protocol", e.protocol(o.variant()));
    n.put("passed", o.passed());
    n.put("seconds", r.seconds());
    ArrayNode ms = n.putArray("measurements");
    for (Measurement m : o.measurements()) {
      ObjectNode x = ms.addObject();
      x.put("name", m.name());
      if (Double.isFinite(m.value())) {
        x.put("value", m.value());
      } else {
        x.put("value", String.valueOf(m.value()));
      }
      x.put("bound", m.bound().text());
      x.put("checked", m.checked());
      x.put("passed", m.passed());
    }
    ArrayNode tables = n.putArray("tables");
    for (Table t : o.tables()) {
      tables.add(t.name() + ".csv");
      AtomicFiles.writeString(dir.resolve(t.name() + ".csv"), csv(t));
    }
    AtomicFiles.writeString(dir.resolve("outcome.json"), pretty(n));
    ArrayNode figs = JsonNodeFactory.instance.arrayNode();
    for (Figure f : o.figures()) {
      figs.add(Json.MAPPER.valueToTree(f));
      Table t = o.tables().stream().filter(x -> x.name().equals(f.table())).findFirst()
          .orElseThrow();
      for (FigureRenderer fr : renderers) {
        fr.render(f, t, dir.resolve(f.name() + "." + fr.extension()));
      }
    }
    AtomicFiles.writeString(dir.resolve("figures.json"), pretty(figs));
    for (int k = 0; k < o.specs().size(); k++) {
      AtomicFiles.writeString(dir.resolve("specs").resolve(String.format(Locale.ROOT,
          "run-%02d.json", k)), o.specs().get(k));
    }
  }

  /** The CSV text of a table (header, then rows; doubles in round-trip notation). */
  public static String csv(Table t) {
    StringBuilder sb = new StringBuilder(String.join(",", t.columns())).append('\n');
    for (List<Object> row : t.rows()) {
      for (int k = 0; k < row.size(); k++) {
        Object v = row.get(k);
        sb.append(k == 0 ? "" : ",");
        if (v instanceof String s) {
          sb.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\""
              : s);
        } else {
          sb.append(v);
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The console text of one result: claim, tolerance, protocol, every number, the verdict. */
  public static String text(Result r) {
    Outcome o = r.outcome();
    CatalogEntry e = r.entry();
    StringBuilder sb = new StringBuilder();
    sb.append(e.id()).append(": ").append(e.title()).append('\n');
    sb.append("  claim:     ").append(e.claim()).append('\n');
    sb.append("  tolerance: ").append(e.tolerance()).append('\n');
    sb.append("  protocol:  ").append(o.variant().label()).append(" - ")
        .append(e.protocol(o.variant())).append('\n');
    sb.append("  measured:\n");
    for (Measurement m : o.measurements()) {
      String tag = !m.checked() ? "      " : m.passed() ? "  ok  " : " FAIL ";
      sb.append("   ").append(tag).append(m.name()).append(" = ").append(number(m.value()));
      if (m.checked()) {
        sb.append("   (").append(m.bound().text()).append(')');
      }
      sb.append('\n');
    }
    sb.append("  ").append(o.passed() ? "PASS" : "FAIL").append(String.format(Locale.ROOT,
        " (%.1f s)", r.seconds())).append('\n');
    return sb.toString();
  }

  /** The human-readable report. */
  static String markdown(List<Result> results) {
    StringBuilder sb = new StringBuilder("# Knotwork reproduction report\n\n");
    sb.append("Knotwork ").append(BuildInfo.version()).append(", commit ")
        .append(BuildInfo.gitCommit()).append(", ").append(BuildInfo.jvm()).append(".\n\n");
    sb.append("| entry | variant | verdict | seconds |\n|---|---|---|---|\n");
    for (Result r : results) {
      sb.append("| [").append(r.entry().id()).append("](").append(r.entry().id())
          .append("/outcome.json) | ").append(r.outcome().variant().label()).append(" | ")
          .append(r.outcome().passed() ? "pass" : "**FAIL**").append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", r.seconds())).append(" |\n");
    }
    for (Result r : results) {
      CatalogEntry e = r.entry();
      Outcome o = r.outcome();
      sb.append("\n## ").append(e.id()).append(": ").append(e.title()).append("\n\n");
      sb.append("**Claim.** ").append(e.claim()).append("\n\n");
      sb.append("**Tolerance.** ").append(e.tolerance()).append("\n\n");
      sb.append("**Protocol (").append(o.variant().label()).append(").** ")
          .append(e.protocol(o.variant())).append("\n\n");
      sb.append("**Verdict: ").append(o.passed() ? "pass" : "FAIL").append(".**\n\n");
      sb.append("| measurement | value | bound | |\n|---|---|---|---|\n");
      for (Measurement m : o.measurements()) {
        sb.append("| ").append(m.name().replace("|", "\\|")).append(" | ")
            .append(number(m.value())).append(" | ").append(m.bound().text())
            .append(" | ").append(!m.checked() ? "" : m.passed() ? "ok" : "**FAIL**")
            .append(" |\n");
      }
      sb.append("\nData: ");
      List<String> files = new ArrayList<>();
      o.tables().forEach(t -> files.add("[" + t.name() + ".csv](" + e.id() + "/" + t.name()
          + ".csv)"));
      sb.append(String.join(", ", files)).append("; figures: [figures.json](").append(e.id())
          .append("/figures.json)");
      if (!o.specs().isEmpty()) {
        sb.append("; training specs: `").append(e.id()).append("/specs/` (run one with "
            + "`./knotwork run --spec FILE`)");
      }
      sb.append(".\n");
    }
    return sb.toString();
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String pretty(Object node) {
    try {
      return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(node) + "\n";
    } catch (IOException ex) {
      throw new IllegalStateException("cannot write JSON", ex);
    }
  }
}
