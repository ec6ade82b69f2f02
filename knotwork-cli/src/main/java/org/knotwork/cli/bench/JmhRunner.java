package org.knotwork.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.knotwork.common.io.Json;

/**
 * Runs Knotwork's JMH benchmarks (knotwork-bench's shaded jar) in a child JVM and reads their JSON
 * results. The child's console output goes to a log file, so stdout stays the report's.
 */
public final class JmhRunner {
  /** How long to wait for another JMH run (JMH allows one per machine) before giving up. */
  static final long LOCK_WAIT_NANOS = 60L * 60 * 1_000_000_000;
  private static final String LOCK_MESSAGE = "Unable to acquire the JMH lock";

  private final Path jar;
  private final Path workDir;
  private final PrintWriter progress;

  /**
   * @param jar the benchmarks jar (knotwork-bench/target/knotwork-benchmarks.jar)
   * @param workDir where the JSON results and the log go
   * @param progress where to say that the run waits for another JMH run
   */
  public JmhRunner(Path jar, Path workDir, PrintWriter progress) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("JMH benchmarks jar not found at " + jar
          + ": build it with './mvnw -B -DskipTests package' (or pass --jmh-jar)");
    }
    this.jar = jar;
    this.workDir = workDir;
    this.progress = progress;
  }

  /**
   * Runs the benchmark class {@code benchmarkClass} (simple name) for the given sizes and returns
   * one timing per (benchmark method, size).
   */
  public List<Timing> run(String benchmarkClass, List<Integer> sizes, long seed)
      throws IOException, InterruptedException {
    Path json = workDir.resolve("jmh-" + benchmarkClass + ".json");
    Path log = workDir.resolve("jmh-" + benchmarkClass + ".log");
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(),
        "org\\.knotwork\\.bench\\.jmh\\." + benchmarkClass + "\\.",
        "-p", "size=" + sizes.stream().map(String::valueOf).collect(Collectors.joining(",")),
        "-p", "seed=" + seed, "-rf", "json", "-rff", json.toString()));
    long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
    int status;
    while (true) {
      Files.deleteIfExists(json);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      status = p.waitFor();
      if (status == 0 || !Files.readString(log).contains(LOCK_MESSAGE)
          || System.nanoTime() > deadline) {
        break;
      }
      // Another benchmark run holds JMH's machine-wide lock: wait rather than measure both.
      progress.println("knotwork bench: another JMH run holds the JMH lock; retrying in 30 s");
      progress.flush();
      Thread.sleep(30_000);
    }
    if (status != 0 || !Files.isRegularFile(json)) {
      throw new IllegalStateException("JMH run of " + benchmarkClass + " failed with status "
          + status + " (see " + log + ")");
    }
    return parse(Files.readString(json));
  }

  /** The timings in a JMH JSON result (average-time and single-shot modes). */
  public static List<Timing> parse(String jmhJson) throws IOException {
    List<Timing> out = new ArrayList<>();
    for (JsonNode b : Json.MAPPER.readTree(jmhJson)) {
      String name = b.get("benchmark").asText();
      String op = name.substring(name.lastIndexOf('.') + 1);
      int size = Integer.parseInt(b.get("params").get("size").asText());
      JsonNode metric = b.get("primaryMetric");
      double score = metric.get("score").asDouble();
      double error = metric.get("scoreError").asDouble();
      String unit = metric.get("scoreUnit").asText();
      double seconds = score * secondsPer(unit);
      String detail = String.format(Locale.ROOT, "jmh %s, %d iterations, error %s",
          b.get("mode").asText(), b.get("measurementIterations").asInt(),
          Double.isFinite(error) ? String.format(Locale.ROOT, "%.0f%%", 100 * error / score) : "n/a");
      out.add(new Timing(Timing.KNOTWORK, op, size, seconds, detail));
    }
    return out;
  }

  private static double secondsPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1e-9;
      case "us/op":
        return 1e-6;
      case "ms/op":
        return 1e-3;
      case "s/op":
        return 1;
      default:
        throw new IllegalArgumentException("unexpected JMH score unit '" + unit + "'");
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
