package org.knotwork.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.knotwork.common.io.Json;

/**
 * Runs the PyTorch peer script (bench/peer_torch.py) with the system Python and reads its results.
 * The script's progress goes to a log file.
 */
public final class PeerRunner {
  /** The Debian package that provides PyTorch for /usr/bin/python3. */
  public static final String APT_PACKAGE = "python3-torch";

  private final Path python;
  private final Path script;

  /**
   * @param python the interpreter (/usr/bin/python3)
   * @param script the peer script
   */
  public PeerRunner(Path python, Path script) {
    this.python = python;
    this.script = script;
  }

  /** The torch version importable by the interpreter, or null if there is none. */
  public String torchVersion() {
    if (!Files.isExecutable(python)) {
      return null;
    }
    try {
      Process p = new ProcessBuilder(python.toString(), "-c", "import torch; print(torch.__version__)")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The results of a peer run. */
  public record Results(String torchVersion, int threads, List<Timing> timings,
      List<LossCheck> checks, List<String> skipped) {}

  /** Runs the script on {@code manifest}; writes peer.json and peer.log beside it. */
  public Results run(Path manifest, int threads) throws IOException, InterruptedException {
    if (!Files.isRegularFile(script)) {
      throw new IllegalArgumentException("peer script not found at " + script
          + " (pass --peer-script)");
    }
    Path dir = manifest.toAbsolutePath().getParent();
    Path out = dir.resolve("peer.json");
    Path log = dir.resolve("peer.log");
    Files.deleteIfExists(out);
    Process p = new ProcessBuilder(python.toString(), script.toString(), "--manifest",
        manifest.toString(), "--out", out.toString(), "--threads", String.valueOf(threads))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int status = p.waitFor();
    if (!Files.isRegularFile(out)) {
      throw new IllegalStateException("the PyTorch peer failed with status " + status
          + " (see " + log + ")");
    }
    return parse(Files.readString(out));
  }

  /** Reads the peer's JSON output. */
  public static Results parse(String json) throws IOException {
    JsonNode root = Json.MAPPER.readTree(json);
    List<Timing> timings = new ArrayList<>();
    for (JsonNode r : root.get("results")) {
      String side = "float32".equals(r.get("dtype").asText()) ? Timing.TORCH32 : Timing.TORCH64;
      timings.add(new Timing(side, r.get("op").asText(), r.get("size").asInt(),
          r.get("seconds").asDouble(), "median of " + r.get("reps").asInt() + " calls"));
    }
    List<LossCheck> checks = new ArrayList<>();
    for (JsonNode c : root.get("checks")) {
      checks.add(new LossCheck(c.get("size").asInt(), c.get("steps").asInt(),
          c.get("knotworkLoss").asDouble(), c.get("torchLoss").asDouble(),
          c.get("relDiff").asDouble(), c.get("ok").asBoolean()));
    }
    List<String> skipped = new ArrayList<>();
    for (JsonNode s : root.get("skipped")) {
      skipped.add(String.format(Locale.ROOT, "%s at N=H=%d: %s", s.get("op").asText(),
          s.get("size").asInt(), s.get("reason").asText()));
    }
    return new Results(root.get("torch").asText(), root.get("threads").asInt(), timings, checks,
        skipped);
  }
}
