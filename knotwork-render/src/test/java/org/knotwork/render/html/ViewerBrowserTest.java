package org.knotwork.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.common.io.Json;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Storyboard;

/**
 * The viewer in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core
 * through src/test/browser/viewer-check.mjs). Runs when the Maven profile "browser-test" is active
 * (chromium installed); then it fails, rather than skips, when node or playwright-core is missing.
 */
class ViewerBrowserTest {
  private static final Path BROWSER_DIR = Path.of("src/test/browser");
  private static final Pattern NUM = Pattern.compile("-?[0-9.]+(?:e[-+]?[0-9]+)?");

  private static Trajectory trajectory;
  private static Storyboard sb;
  private static JsonNode seen;
  private static int knot;
  private static int mid;

  @BeforeAll
  static void drive() throws Exception {
    Assumptions.assumeTrue("required".equals(System.getProperty("knotwork.browser")),
        "chromium is not installed (profile browser-test inactive)");
    requireNodeAndPlaywright();
    trajectory = SyntheticTrajectories.gradientDescent(8, 11, 600, 25, 0.05, true);
    sb = Storyboard.of(trajectory, FrameSelection.uniformInTime(trajectory, 25));
    mid = (sb.size() - 1) / 2;
    knot = isolatedKnot(sb.frame(mid));
    Path out = Path.of("target/browser-test");
    Files.createDirectories(out);
    Path html = out.resolve("viewer.html").toAbsolutePath();
    ViewerPage.write(html, sb);
    Path shot = out.resolve("viewer.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    ProcessBuilder pb = new ProcessBuilder("node", "viewer-check.mjs", html.toString(),
        shot.toString(), String.valueOf(knot)).directory(BROWSER_DIR.toFile())
        .redirectError(out.resolve("driver.stderr.txt").toFile());
    Process p = pb.start();
    byte[] stdout = p.getInputStream().readAllBytes();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the browser driver did not finish within 90 s");
    }
    String text = new String(stdout, StandardCharsets.UTF_8).strip();
    assertThat(p.exitValue()).as("driver exit status; stderr in target/browser-test").isZero();
    seen = Json.MAPPER.readTree(text);
  }

  private static void requireNodeAndPlaywright() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail("chromium is installed but 'node --version' failed: install Node.js");
      }
    } catch (IOException e) {
      fail("chromium is installed but node is not on the PATH: install Node.js (" + e.getMessage()
          + ")");
    }
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
      fail("chromium is installed but playwright-core is not: run "
          + "'(cd knotwork-render/src/test/browser && npm ci)'");
    }
  }

  /** A knot inside the window at least 0.08 away (in &beta;) from every other knot. */
  private static int isolatedKnot(FrameState f) {
    double lo = sb.scene().xMin() + 0.1;
    double hi = sb.scene().xMax() - 0.1;
    for (int i = 0; i < f.width(); i++) {
      if (f.orientation()[i] == 0 || f.beta()[i] < lo || f.beta()[i] > hi) {
        continue;
      }
      boolean alone = true;
      for (int j = 0; j < f.width(); j++) {
        if (j != i && f.orientation()[j] != 0 && Math.abs(f.beta()[j] - f.beta()[i]) < 0.08) {
          alone = false;
        }
      }
      if (alone) {
        return i;
      }
    }
    throw new IllegalStateException("fixture has no isolated knot at frame " + mid);
  }

  @Test
  void loadsWithoutErrorsOrNetwork() {
    assertThat(seen.get("errors")).as("page and driver errors").isEmpty();
    assertThat(seen.get("console")).as("console errors and warnings").isEmpty();
    assertThat(seen.get("externalRequests")).as("requests leaving the file").isEmpty();
    assertThat(seen.get("frameCount").asInt()).isEqualTo(sb.size());
    assertThat(Path.of("target/browser-test/viewer.png")).isNotEmptyFile();
  }

  @Test
  void scrubberChangesTheDrawnFrameAndTheStatus() {
    assertThat(seen.get("frameEnd").asInt()).isEqualTo(sb.size() - 1);
    assertThat(seen.get("frame3").asInt()).isEqualTo(3);
    assertThat(seen.get("hashEnd").asLong()).isNotEqualTo(seen.get("hash0").asLong());
    assertThat(seen.get("hash3").asLong()).isNotEqualTo(seen.get("hash0").asLong());
    assertStatus(seen.get("status0").asText(), 0);
    assertStatus(seen.get("statusEnd").asText(), sb.size() - 1);
    assertStatus(seen.get("status3").asText(), 3);
    int m = seen.get("frameMid").asInt();
    assertThat(m).isBetween(mid - 1, mid + 1);
    assertStatus(seen.get("statusMid").asText(), m);
  }

  @Test
  void hoverReadoutsShowTheKnotsValues() {
    FrameState f = sb.frame(seen.get("frameMid").asInt());
    for (String field : List.of("functionReadout", "splineReadout")) {
      String text = seen.get(field).asText();
      assertThat(text).as(field).contains("neuron " + knot + ":");
      String line = text.lines().filter(l -> l.startsWith("neuron ")).findFirst().orElseThrow();
      assertClose(after(line, "β = "), f.beta()[knot]);
      assertClose(after(line, "μ = "), f.mu()[knot]);
      assertClose(after(line, "f(β) = "), f.valueAtKnot()[knot]);
      assertThat(line).contains(f.orientation()[knot] > 0 ? "s = +1" : "s = −1");
    }
    String fn = seen.get("functionReadout").asText();
    double x = after(fn, "x = ");
    double fx = after(fn, "f(x) = ");
    var net = trajectory.frames().get(f.recordIndex()).net();
    assertThat(Math.abs(fx - net.value(x))).isLessThan(1e-4 * (1 + Math.abs(fx)));
    assertThat(Math.abs(x - f.beta()[knot])).isLessThan(0.02 * (sb.scene().xMax()
        - sb.scene().xMin()));
  }

  @Test
  void lossReadoutAndClickJumpToTheRecordedState() {
    String text = seen.get("lossReadout").asText();
    var rec = trajectory.frames().get(1);
    assertThat(text).startsWith("recorded state 1: step " + rec.step() + ",");
    assertClose(after(text, "L = "), rec.loss());
    assertClose(after(text, "t = "), rec.time());
    int nearest = 0;
    for (int k = 1; k < sb.size(); k++) {
      if (Math.abs(sb.frame(k).time() - rec.time())
          < Math.abs(sb.frame(nearest).time() - rec.time())) {
        nearest = k;
      }
    }
    assertThat(seen.get("frameAfterLossClick").asInt()).isEqualTo(nearest);
  }

  @Test
  void playAdvancesAndPauseStops() {
    assertThat(seen.get("playedTo").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(seen.get("playLabel").asText()).contains("Play");
  }

  private static void assertStatus(String status, int k) {
    FrameState f = sb.frame(k);
    assertThat(status).startsWith("frame " + (k + 1) + "/" + sb.size() + " · step " + f.step()
        + " ·");
    assertClose(after(status, "t = "), f.time());
    assertClose(after(status, "L = "), f.loss());
    assertClose(after(status, "‖∇L‖ = "), f.gradientNorm());
    assertThat(status).contains("distinct knots " + f.distinctKnots());
    assertThat(status).contains("inertia (+" + f.inertia().positive() + ", 0:"
        + f.inertia().zero() + ", −" + f.inertia().negative() + ")");
  }

  private static double after(String text, String label) {
    int i = text.indexOf(label);
    assertThat(i).as("'" + label + "' in: " + text).isGreaterThanOrEqualTo(0);
    Matcher m = NUM.matcher(text.substring(i + label.length()).replace('−', '-'));
    assertThat(m.lookingAt()).as("number after '" + label + "' in: " + text).isTrue();
    return Double.parseDouble(m.group());
  }

  /** Displayed with 6 significant digits. */
  private static void assertClose(double shown, double expected) {
    assertThat(Math.abs(shown - expected)).as("shown %s, expected %s", shown, expected)
        .isLessThanOrEqualTo(6e-6 * Math.abs(expected) + 1e-300);
  }
}
