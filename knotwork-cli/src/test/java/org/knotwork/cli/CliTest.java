package org.knotwork.cli;

import static org.knotwork.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.loss.LossNormalization;
import org.knotwork.net.NetworkParams;

/** The CLI contract of convert and inspect, and the bad-input rules, run in-process. */
class CliTest {
  @TempDir
  Path dir;


  Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  static final String NET = "{\"w\":[1,-2,0.5,0],\"b\":[0.5,1,-0.125,2],\"v\":[2,-1,1.5,3],"
      + "\"c\":0.25}";
  static final String DATA = "x,y\n-1.5,1\n-1,-1\n0,0.5\n1,2\n1.5,0\n";

  @Test
  void convertPrintsTheSplineForm() throws IOException {
    CliRun r = run("convert", "--net", file("net.json", NET).toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("beta").get(0).asDouble()).isEqualTo(-0.5);
    assertThat(j.get("beta").get(1).asDouble()).isEqualTo(0.5);
    assertThat(j.get("beta").get(2).asDouble()).isEqualTo(0.25);
    assertThat(j.get("beta").get(3).isNull()).isTrue();
    assertThat(j.get("mu").toString()).isEqualTo("[2.0,-2.0,0.75,0.0]");
    assertThat(j.get("orientation").toString()).isEqualTo("[1,-1,1,0]");
    assertThat(j.get("c").asDouble()).isEqualTo(0.25 + 3 * 2); // constant unit folded into c
  }

  @ParameterizedTest
  @CsvSource({"nn, 13", "spline, 9"})
  void inspectMatchesTheReferencePath(String coords, int dim) throws IOException {
    CliRun r = run("inspect", "--net", file("net.json", NET).toString(),
        "--data", file("d.csv", DATA).toString(), "--coords", coords);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().strip().lines()).hasSize(1);
    JsonNode j = Json.MAPPER.readTree(r.out());
    NetworkParams net = new NetworkParams(new double[] {1, -2, 0.5, 0},
        new double[] {0.5, 1, -0.125, 2}, new double[] {2, -1, 1.5, 3}, 0.25);
    Dataset d = new Dataset(new double[] {-1.5, -1, 0, 1, 1.5}, new double[] {1, -1, 0.5, 2, 0});
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    boolean nn = coords.equals("nn");
    double[] g = nn ? ref.gradient(net) : ref.gradient(net.toSpline());
    double[][] h = nn ? ref.hessian(net) : ref.hessian(net.toSpline());
    assertThat(j.get("loss").asDouble()).isCloseTo(ref.loss(net), within(1e-12));
    assertThat(j.get("gradient").size()).isEqualTo(dim);
    assertThat(j.get("hessian").size()).isEqualTo(dim);
    for (int k = 0; k < dim; k++) {
      assertThat(j.get("gradient").get(k).asDouble()).isCloseTo(g[k], within(1e-12));
      for (int l = 0; l < dim; l++) {
        assertThat(j.get("hessian").get(k).get(l).asDouble()).isCloseTo(h[k][l], within(1e-12));
      }
    }
    double[] eig = SymmetricEigen.values(h).eigenvalues();
    JsonNode ev = j.get("eigenvalues");
    for (int k = 0; k < dim; k++) {
      assertThat(ev.get(k).asDouble()).isCloseTo(eig[k], within(1e-10));
      if (k > 0) {
        assertThat(ev.get(k).asDouble()).isGreaterThanOrEqualTo(ev.get(k - 1).asDouble());
      }
    }
    JsonNode in = j.get("inertia");
    assertThat(in.get("positive").asInt() + in.get("zero").asInt() + in.get("negative").asInt())
        .isEqualTo(dim);
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Path n = file("net.json", NET);
    Path d = file("d.csv", DATA);
    assertThat(run("inspect", "--net", n.toString(), "--data", d.toString()).out())
        .isEqualTo(run("inspect", "--net", n.toString(), "--data", d.toString()).out());
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("missing file", "MISSING", DATA, "does not exist"),
        Arguments.of("malformed json", "{\"w\":[1,2", DATA, "not valid JSON"),
        Arguments.of("missing field", "{\"w\":[1],\"b\":[1],\"c\":0}", DATA,
            "\"v\" is missing"),
        Arguments.of("mismatched lengths", "{\"w\":[1,2],\"b\":[1],\"v\":[1,2],\"c\":0}",
            DATA, "same length"),
        Arguments.of("infinite weight", "{\"w\":[1e999],\"b\":[1],\"v\":[1],\"c\":0}",
            DATA, "w[0]"),
        Arguments.of("string weight", "{\"w\":[\"NaN\"],\"b\":[1],\"v\":[1],\"c\":0}",
            DATA, "w[0]"),
        Arguments.of("not an object", "[1,2,3]", DATA, "JSON object"),
        Arguments.of("empty net file", "", DATA, "empty"),
        Arguments.of("empty data", NET, "x,y\n", "no data rows"),
        Arguments.of("empty data file", NET, "", "empty"),
        Arguments.of("no header", NET, "1,2\n3,4\n", "header"),
        Arguments.of("bad number", NET, "x,y\n1,abc\n", "line 2, column y"),
        Arguments.of("nan in csv", NET, "x,y\nNaN,1\n", "finite"),
        Arguments.of("three columns", NET, "x,y\n1,2,3\n", "2 fields"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGivesOneLineAndStatusTwo(String name, String net, String data, String expected)
      throws IOException {
    Path n = net.equals("MISSING") ? dir.resolve("nope.json") : file("net.json", net);
    Path d = file("d.csv", data);
    CliRun r = run("inspect", "--net", n.toString(), "--data", d.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("knotwork: ").contains(expected);
  }

  @Test
  void unknownOptionsAndMissingOptionsAreBadInput() {
    for (String[] args : new String[][] {
        {"inspect", "--bogus"}, {"convert"}, {"inspect", "--net", "a", "--data", "b",
            "--coords", "polar"}, {"nosuchcommand"}, {"demo", "--width", "0"}}) {
      CliRun r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void quickDemoRunsAndReportsInertia() {
    CliRun r = run("demo", "--quick", "--width", "5", "--seed", "3");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("inertia").contains("spline form");
    assertThat(run("demo", "--quick", "--width", "5", "--seed", "3").out()).isEqualTo(r.out());
  }

  @Test
  void versionNamesTheCommit() {
    CliRun r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("knotwork ").contains("commit ");
  }
}
