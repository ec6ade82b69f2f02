package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.knotwork.bench.BenchProblem;
import org.knotwork.bench.InProcessTimer;
import org.knotwork.bench.MemoryProbe;
import org.knotwork.bench.Operation;
import org.knotwork.bench.Workbench;
import org.knotwork.cli.bench.BenchReport;
import org.knotwork.cli.bench.JmhRunner;
import org.knotwork.cli.bench.LossCheck;
import org.knotwork.cli.bench.MachineInfo;
import org.knotwork.cli.bench.PeerRunner;
import org.knotwork.cli.bench.Timing;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork bench}: times Knotwork's loss engine (JMH, or in-process with --quick) and the
 * PyTorch peer on the same problems, checks that both train to the same loss, and prints a Markdown
 * table of times and ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time Knotwork (JMH benchmarks jar; in-process with --quick) and PyTorch "
        + "(bench/peer_torch.py with /usr/bin/python3) on the same problems and print a Markdown "
        + "table of times and PyTorch/Knotwork ratios.",
        "Problems: N = H = each --sizes value, x ~ U(-1,1), y = sin(pi x) + 0.1 noise, PyTorch's "
            + "default initialisation, all from --seed; the peer reads them from NET/DATA files "
            + "written to --out and must reach Knotwork's loss after --steps GD steps to 1e-9.",
        "The PyTorch side runs when torch is importable; --peer makes it mandatory, --no-peer "
            + "skips it."})
public final class BenchCommand implements Callable<Integer> {
  /** PyTorch is run only where its N x H activations stay below this many entries. */
  static final long PEER_MAX_CELLS = 100_000_000L;
  static final List<Integer> FULL_SIZES = List.of(100, 1000, 10_000, 100_000, 1_000_000);
  static final List<Integer> QUICK_SIZES = List.of(100, 1000);
  static final List<Integer> FULL_DENSE = List.of(100, 1000);
  static final List<Integer> QUICK_DENSE = List.of(100);
  /** Heap given to the child JVM that measures training memory. */
  static final String MEMORY_XMX = "1g";

  @Spec
  CommandSpec spec;

  @Option(names = "--quick", description = "Small smoke run: sizes 100 and 1000, in-process "
      + "timing, no JMH.")
  boolean quick;

  @Option(names = "--peer", description = "Require the PyTorch peer (fail if torch is missing).")
  boolean peer;

  @Option(names = "--no-peer", description = "Do not run the PyTorch peer.")
  boolean noPeer;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "N = H values (default 100,1000,10000,100000,1000000; --quick: 100,1000).")
  List<Integer> sizes;

  @Option(names = "--dense-sizes", split = ",", paramLabel = "N",
      description = "N = H values for the dense Hessian and eigen-solve (default 100,1000; "
          + "--quick: 100); at most " + Operation.MAX_DENSE_WIDTH + ".")
  List<Integer> denseSizes;

  @Option(names = "--steps", paramLabel = "K", description = "GD steps of the agreement check "
      + "(default 10; --quick: 5).")
  Integer steps;

  @Option(names = "--seed", defaultValue = "0", description = "Problem seed (default: "
      + "${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "PyTorch threads (default: "
      + "${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--out", defaultValue = "bench-out", paramLabel = "DIR",
      description = "Directory for problem files, raw results and logs (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--write", paramLabel = "FILE", description = "Also write the report into FILE "
      + "(e.g. BENCHMARKS.md), replacing its generated section.")
  Path writeFile;

  @Option(names = "--jmh-jar", paramLabel = "JAR", description = "JMH benchmarks jar (default: "
      + "knotwork-bench/target/knotwork-benchmarks.jar of this checkout).")
  Path jmhJar;

  @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "PYTHON",
      description = "Python with torch (default: ${DEFAULT-VALUE}).")
  Path python;

  @Option(names = "--peer-script", paramLabel = "SCRIPT", description = "The peer script "
      + "(default: bench/peer_torch.py of this checkout).")
  Path peerScript;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Integer> sizeList = checkSizes("--sizes", sizes, quick ? QUICK_SIZES : FULL_SIZES,
        BenchProblem.MAX_SIZE);
    List<Integer> denseList = checkSizes("--dense-sizes", denseSizes,
        quick ? QUICK_DENSE : FULL_DENSE, Operation.MAX_DENSE_WIDTH);
    int k = steps == null ? (quick ? 5 : 10) : steps;
    if (k < 1 || k > 10_000) {
      throw new IllegalArgumentException("--steps must be between 1 and 10000, got " + k);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    if (peer && noPeer) {
      throw new IllegalArgumentException("--peer and --no-peer exclude each other");
    }
    Path root = checkoutRoot();
    PeerRunner peerRunner = new PeerRunner(python,
        peerScript != null ? peerScript : root.resolve("bench").resolve("peer_torch.py"));
    String torch = noPeer ? null : peerRunner.torchVersion();
    if (peer && torch == null) {
      throw new IllegalArgumentException("--peer needs PyTorch, but " + python
          + " cannot import torch: install it with 'apt-get update && apt-get install -y "
          + PeerRunner.APT_PACKAGE + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    JmhRunner jmh = quick ? null : new JmhRunner(jmhJar != null ? jmhJar
        : root.resolve("knotwork-bench").resolve("target").resolve("knotwork-benchmarks.jar"),
        outDir, err);
    Files.createDirectories(outDir);
    String loadBefore = MachineInfo.loadAverage();
    List<Timing> timings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    TreeSet<Integer> allSizes = new TreeSet<>(sizeList);
    allSizes.addAll(denseList);

    // 1. The problems the peer will read, with Knotwork's loss after K steps.
    Path manifest = null;
    if (torch != null) {
      manifest = writeProblems(sizeList, denseList, k, notes, err);
    } else {
      notes.add(noPeer ? "PyTorch peer skipped (--no-peer)." : "PyTorch peer not run: " + python
          + " cannot import torch (apt-get install -y " + PeerRunner.APT_PACKAGE + ").");
    }

    // 2. Knotwork.
    String method;
    if (quick) {
      method = "in-process timer (--quick): 0.2 s warm-up, median of 3 batches of ≥ 0.1 s";
      for (int size : allSizes) {
        err.println("knotwork bench: timing Knotwork in-process at N = H = " + size);
        Workbench wb = new Workbench(new BenchProblem(size, size, seed));
        for (Operation op : Operation.values()) {
          if (op.dense() ? !denseList.contains(size) : !sizeList.contains(size)) {
            continue;
          }
          double s = InProcessTimer.secondsPerOp(wb, op, 0.2, 0.1, 3);
          timings.add(new Timing(Timing.KNOTWORK, op.id(), size, s, "in-process median"));
        }
      }
    } else {
      method = "JMH 1.37, 1 fork, 2 × 1 s warm-up + 5 × 1 s measured iterations (average time); "
          + "dense Hessian and eigen-solve single-shot, 1 warm-up + 2 measured calls";
      err.println("knotwork bench: running JMH SweepBenchmarks (log in " + outDir + ")");
      timings.addAll(jmh.run("SweepBenchmarks", sizeList, seed));
      err.println("knotwork bench: running JMH DenseBenchmarks");
      timings.addAll(jmh.run("DenseBenchmarks", denseList, seed));
    }

    // 3. PyTorch.
    List<LossCheck> checks = List.of();
    String peerStatus;
    if (manifest != null) {
      err.println("knotwork bench: running the PyTorch peer (log in " + outDir + ")");
      PeerRunner.Results r = peerRunner.run(manifest, threads);
      timings.addAll(r.timings());
      checks = r.checks();
      notes.addAll(r.skipped());
      peerStatus = "torch " + r.torchVersion() + " (" + python + "), " + r.threads()
          + " threads, nn.Sequential(Linear, ReLU, Linear) + torch.optim.SGD; median of single "
          + "calls after one warm-up; HVP by double backward; dense Hessian by "
          + "torch.autograd.functional.hessian, eigen-solve by torch.linalg.eigh";
    } else {
      peerStatus = "not run";
    }

    // 4. Memory of training at the largest size.
    int memSize = sizeList.get(sizeList.size() - 1);
    err.println("knotwork bench: measuring the heap of training at N = H = " + memSize);
    MemoryProbe.Result memory = quick ? MemoryProbe.measure(new BenchProblem(memSize, memSize,
        seed), 5) : memoryInChildJvm(memSize, 5);

    // 5. Report.
    String report = BenchReport.render(new BenchReport.Input(commandText(), MachineInfo.now(),
        MachineInfo.describe(), loadBefore, MachineInfo.loadAverage(), method, peerStatus,
        new ArrayList<>(allSizes), timings, checks, notes, memory));
    PrintWriter out = spec.commandLine().getOut();
    out.print(report);
    out.flush();
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("timings", timings);
    raw.put("checks", checks);
    AtomicFiles.writeString(outDir.resolve("results.json"), Json.write(raw) + "\n");
    if (writeFile != null) {
      String old = Files.isRegularFile(writeFile) ? Files.readString(writeFile) : "";
      AtomicFiles.writeString(writeFile, BenchReport.replaceSection(old, report));
    }
    for (LossCheck c : checks) {
      if (!c.ok()) {
        err.println(String.format(Locale.ROOT, "knotwork: loss check failed at N = H = %d: "
            + "PyTorch %.17g vs Knotwork %.17g after %d steps (relative difference %.2e > 1e-9)",
            c.size(), c.torchLoss(), c.knotworkLoss(), c.steps(), c.relDiff()));
        return Main.INTERNAL_ERROR;
      }
    }
    return 0;
  }

  private Path writeProblems(List<Integer> sizeList, List<Integer> denseList, int k,
      List<String> notes, PrintWriter err) {
    List<Map<String, Object>> problems = new ArrayList<>();
    TreeSet<Integer> peerSizes = new TreeSet<>(sizeList);
    peerSizes.addAll(denseList);
    for (int size : peerSizes) {
      if ((long) size * size > PEER_MAX_CELLS) {
        notes.add(String.format(Locale.ROOT, "PyTorch not run at N = H = %d: its forward and "
            + "backward passes hold N × H arrays (%s each in float64).", size,
            humanBytes(8L * size * size)));
        continue;
      }
      err.println("knotwork bench: writing problem N = H = " + size + " and its " + k
          + "-step reference loss");
      Workbench wb = new Workbench(new BenchProblem(size, size, seed));
      String net = "net-" + size + ".json";
      String data = "data-" + size + ".csv";
      NetJson.write(outDir.resolve(net), wb.initialNetwork());
      DataCsv.write(outDir.resolve(data), wb.data());
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("size", size);
      p.put("seed", seed);
      p.put("net", net);
      p.put("data", data);
      p.put("eta", wb.eta());
      p.put("steps", k);
      p.put("knotworkLossAfterSteps", wb.lossAfterSteps(k));
      problems.add(p);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minSeconds", quick ? 0.2 : 1.0);
    m.put("denseSizes", denseList);
    m.put("problems", problems);
    Path manifest = outDir.resolve("problems.json");
    AtomicFiles.writeString(manifest, Json.write(m) + "\n");
    return manifest;
  }

  private MemoryProbe.Result memoryInChildJvm(int size, int k)
      throws IOException, InterruptedException {
    Path jar = jmhJar != null ? jmhJar
        : checkoutRoot().resolve("knotwork-bench/target/knotwork-benchmarks.jar");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + MEMORY_XMX, "-cp", jar.toString(), MemoryProbe.class.getName(),
        String.valueOf(size), String.valueOf(k), String.valueOf(seed))
        .redirectError(outDir.resolve("memory.log").toFile()).start();
    String json = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0 || json.isEmpty()) {
      throw new IllegalStateException("memory probe at N = H = " + size + " failed with -Xmx"
          + MEMORY_XMX + " (see " + outDir.resolve("memory.log") + ")");
    }
    JsonNode j = Json.MAPPER.readTree(json);
    return new MemoryProbe.Result(new BenchProblem(size, size, seed), k,
        j.get("liveBytes").asLong(), j.get("peakBytes").asLong(), j.get("maxHeapBytes").asLong(),
        j.get("finalLoss").asDouble());
  }

  private static List<Integer> checkSizes(String option, List<Integer> given,
      List<Integer> defaults, int max) {
    List<Integer> list = given == null ? defaults : given;
    if (list.isEmpty()) {
      throw new IllegalArgumentException(option + " needs at least one size");
    }
    for (int s : list) {
      if (s < 1 || s > max) {
        throw new IllegalArgumentException(option + " values must be between 1 and " + max
            + ", got " + s);
      }
    }
    return new ArrayList<>(new TreeSet<>(list));
  }

  private String commandText() {
    return "./knotwork " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  private static String humanBytes(long b) {
    return b >= 1L << 40 ? String.format(Locale.ROOT, "%.0f TB", b / 1e12)
        : String.format(Locale.ROOT, "%.0f GB", b / 1e9);
  }

  /** The checkout this CLI runs from: three levels above its jar or classes directory. */
  static Path checkoutRoot() {
    try {
      Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
      // .../knotwork-cli/target/knotwork.jar or .../knotwork-cli/target/classes
      Path root = p.getParent() == null ? null : p.getParent().getParent();
      root = root == null ? null : root.getParent();
      return root == null ? Path.of("").toAbsolutePath() : root;
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
