package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Studies;
import org.knotwork.experiment.report.CatalogReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork reproduce}: the reproduction catalog, one command per claim of the notes.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reproduce claims of the notes: each entry prints the claim, its tolerance, "
        + "the measured numbers and pass or fail, and writes its data, figures and report to "
        + "--out.",
        "--list prints 'ID<TAB>title' for every entry. --full runs the notes' full protocols "
            + "(minutes); the default quick variants take seconds to a minute each.",
        "Exit status: 0 if every claim passes, 3 if one fails, 2 for bad input."})
final class ReproduceCommand implements Callable<Integer> {
  /** Exit status when a claim fails. */
  static final int CLAIM_FAILED = 3;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Entries to run.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--list", description = "List the entries and stop.")
  boolean list;

  @Option(names = "--all", description = "Run every entry.")
  boolean all;

  @Option(names = "--full", description = "Run the full protocols instead of the quick ones.")
  boolean full;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "knotwork-reproduce",
      description = "Report directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  ThreadsOption threads;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (list) {
      for (CatalogEntry e : Studies.catalog()) {
        w.println(e.id() + "\t" + e.title());
      }
      return 0;
    }
    List<CatalogEntry> entries = new ArrayList<>();
    if (all) {
      if (!ids.isEmpty()) {
        throw new IllegalArgumentException("give either --all or entry IDs, not both");
      }
      entries.addAll(Studies.catalog());
    } else if (ids.isEmpty()) {
      throw new IllegalArgumentException("give entry IDs, --all or --list (known: "
          + String.join(", ", Studies.catalog().stream().map(CatalogEntry::id).toList()) + ")");
    } else {
      for (String id : ids) {
        entries.add(Studies.entry(id));
      }
    }
    return run(entries, full ? Variant.FULL : Variant.QUICK, out, threads.count(), w)
        ? 0 : CLAIM_FAILED;
  }

  /**
   * Runs the entries, printing each result as it comes, writes the report to {@code out} and says
   * where it is; returns whether every claim passed.
   */
  static boolean run(List<CatalogEntry> entries, Variant variant, Path out, int threads,
      PrintWriter w) {
    List<CatalogReport.Result> results = new ArrayList<>();
    try (CatalogContext context = new CatalogContext(variant, threads)) {
      for (CatalogEntry e : entries) {
        long t0 = System.nanoTime();
        Outcome o = e.run(context);
        CatalogReport.Result r = new CatalogReport.Result(e, o, (System.nanoTime() - t0) / 1e9);
        results.add(r);
        w.println(CatalogReport.text(r));
        w.flush();
      }
    }
    CatalogReport.write(out, results, CatalogReport.renderers());
    long passed = results.stream().filter(r -> r.outcome().passed()).count();
    w.println(passed + " of " + results.size() + " claims pass. Report: "
        + out.resolve("report.md") + " (data and figures per entry in " + out + "/ID/).");
    return passed == results.size();
  }
}
