package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyKind;

/**
 * Sends over a thousand malformed spec and data files to {@code run} across every registered
 * study kind, and checks the bad-input contract on each: exit status 2, one line on stderr without
 * a stack trace, nothing on stdout, and no directory left behind. The malformed specs are the
 * kind's canonical default spec with one field set to a wrong value (every leaf, a seeded sample of
 * values each), an unknown field added at every object, the kind or format wrong, the text cut
 * short or corrupted; the malformed data files are fed to each kind that reads one. A mutation that
 * turns out valid (a wrong-looking value that the kind accepts) is only counted, never run.
 */
class MalformedInputFuzzTest {
  /** Wrong values for a leaf, written as YAML. */
  private static final List<String> WRONG = List.of("\"not-a-number\"", "-1", "0", "1e400",
      ".nan", "-.inf", "[]", "[\"x\"]", "true", "1.5", "-1e9", "99999999999999999999", "\"\"",
      "{a: 1}");

  /** How many of {@link #WRONG} each leaf is sent. */
  private static final int PER_LEAF = 5;

  @TempDir
  Path dir;

  private int malformed;
  private int valid;
  private int runs;

  @Test
  void malformedSpecsAndDataGiveOneLineAndExitStatusTwoForEveryKind() throws Exception {
    Random random = new Random(20261207);
    for (StudyKind<?> k : Studies.all()) {
      ObjectNode base = Studies.defaults(k.name()).tree();
      List<String> leaves = new ArrayList<>();
      List<String> objects = new ArrayList<>();
      walk(base, "", leaves, objects);
      for (String leaf : leaves) {
        if (leaf.equals("kind") || leaf.equals("format")) {
          continue;
        }
        // every wrong value for some leaves would be thousands of runs; a seeded sample of
        // PER_LEAF of them for every leaf still sends each wrong value to each kind many times
        List<String> wrong = new ArrayList<>(WRONG);
        Collections.shuffle(wrong, random);
        for (String w : wrong.subList(0, PER_LEAF)) {
          ObjectNode t = base.deepCopy();
          SpecText.set(t, leaf, w);
          check(SpecText.toJson(t), "json", random);
        }
      }
      for (String o : objects) {
        ObjectNode t = base.deepCopy();
        SpecText.set(t, o.isEmpty() ? "noSuchField" : o + ".noSuchField", "1");
        check(SpecText.toJson(t), "json", random);
      }
      String text = SpecText.toJson(base);
      check(text.replace("\"kind\" : \"" + k.name() + "\"", "\"kind\" : \"no-such-kind\""),
          "json", random);
      check(text.replace("\"format\" : " + k.format(), "\"format\" : 99"), "json", random);
      check(SpecText.toYaml(base).replace(": ", ":\t"), "yaml", random);
      for (int i = 0; i < 20; i++) {
        // cut short: almost always a syntax error
        check(text.substring(0, 1 + random.nextInt(text.length() - 2)), "json", random);
        // one character corrupted
        char[] c = text.toCharArray();
        c[random.nextInt(c.length)] = "{}[],:\"x#\u0000".charAt(random.nextInt(10));
        check(new String(c), "json", random);
      }
    }
    for (String bad : List.of("", "[1, 2]", "null", "42", "\u00ff\u00fe garbage", "kind: [",
        "{\"kind\": 3}", "{\"kind\": null, \"seed\": {}}")) {
      check(bad, "json", random);
      check(bad, "yaml", random);
    }
    malformedData();
    assertThat(malformed).as("malformed inputs sent (valid mutations: %d)", valid)
        .isGreaterThanOrEqualTo(1000);
    assertThat(runs).as("inputs also sent to a run into a directory").isGreaterThan(100);
  }

  /** Malformed data files given to the kinds that read one. */
  private void malformedData() throws Exception {
    List<String> csvs = List.of("", "x,y\n", "x\n1\n", "x,y\n1,2,3\n", "x,y\n1,NaN\n",
        "x,y\n1,Infinity\n", "x,y\n1,abc\n", "a,b\n1,2\n", "x,y\n1\n2,3\n", "\u0000\u0001",
        "x,y\n1e999,2\n", "x;y\n1;2\n", "x,y\n,\n");
    int n = 0;
    for (String csv : csvs) {
      Path data = dir.resolve("data-" + n++ + ".csv");
      Files.writeString(data, csv, StandardCharsets.ISO_8859_1);
      Map<String, String> specs = new java.util.LinkedHashMap<>();
      specs.put("spline", "{\"kind\": \"spline\", \"width\": 4, \"data\": {\"source\": \"file\", "
          + "\"path\": \"" + data.getFileName() + "\"}, \"budget\": {\"maxSteps\": 5}}");
      specs.put("reservoir", "{\"kind\": \"reservoir\", \"data\": {\"source\": \"csv\", "
          + "\"path\": \"" + data.getFileName() + "\", \"dt\": 0.01}}");
      specs.put("pathways", "{\"kind\": \"pathways\", \"steps\": 5, \"data\": \""
          + data.getFileName() + "\", \"train\": {\"steps\": 5}}");
      for (Map.Entry<String, String> e : specs.entrySet()) {
        if (!Studies.names().contains(e.getKey())) {
          continue;
        }
        Path spec = dir.resolve("data-spec-" + n + "-" + e.getKey() + ".json");
        Files.writeString(spec, e.getValue());
        Path out = dir.resolve("data-out-" + n + "-" + e.getKey());
        CliRun r = CliRun.run("run", "--spec", spec.toString(), "--out", out.toString(),
            "--threads", "1");
        assertBadInput(r, e.getKey() + " with data " + csv);
        assertThat(out).as("nothing half-written for %s with data %s", e.getKey(), csv)
            .doesNotExist();
        malformed++;
        runs++;
      }
    }
  }

  /** Sends one spec text; a malformed one must obey the contract, also when run into a dir. */
  private void check(String text, String ext, Random random) throws Exception {
    Path f = dir.resolve("spec." + ext);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("run", "--spec", f.toString(), "--print-spec");
    if (r.status() == 0) {
      valid++;
      return;
    }
    assertBadInput(r, text);
    malformed++;
    if (random.nextInt(8) == 0) {
      Path out = dir.resolve("out-" + malformed);
      CliRun w = CliRun.run("run", "--spec", f.toString(), "--out", out.toString());
      assertBadInput(w, text);
      assertThat(out).as("nothing written for %s", text).doesNotExist();
      runs++;
    }
  }

  private static void assertBadInput(CliRun r, String input) {
    assertThat(r.status()).as("exit status for %s: %s", input, r.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).as("stdout for %s", input).isEmpty();
    assertThat(r.err().strip().lines()).as("stderr for %s", input).hasSize(1);
    assertThat(r.err()).as("stderr for %s", input).startsWith("knotwork: ")
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
  }

  /** Collects the dotted paths of a tree's leaves and objects (arrays by index). */
  private static void walk(JsonNode n, String path, List<String> leaves, List<String> objects) {
    if (n.isObject()) {
      objects.add(path);
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), leaves, objects);
      }
    } else if (n.isArray() && n.size() > 0) {
      leaves.add(path);
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), path + "[" + i + "]", leaves, objects);
      }
    } else {
      leaves.add(path);
    }
  }
}
