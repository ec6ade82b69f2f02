package org.knotwork.cli;

import static org.knotwork.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.net.NetworkParams;

/** The contracts of {@code spectrum}, {@code atlas} and {@code slice}, run in-process. */
class CurvatureCliTest {
  @TempDir
  Path dir;


  Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  // the notes' fixture A network and data (spline-lens.md section 4)
  static final String NET = "{\"w\":[1,-2,0.5],\"b\":[0.5,1,-0.125],\"v\":[2,-1,1.5],\"c\":0.25}";
  static final String DATA = "x,y\n-1.5,1\n-1,-1\n0,0.5\n1,2\n1.5,0\n";
  static final String NET_C = "{\"w\":[1],\"b\":[-2.6666666666666665],\"v\":[0],\"c\":-1.8}";
  static final String DATA_C = "x,y\n0,-2\n1,-2\n2,-2\n3,-1\n4,-2\n";

  static final NetworkParams NET_A = new NetworkParams(new double[] {1, -2, 0.5},
      new double[] {0.5, 1, -0.125}, new double[] {2, -1, 1.5}, 0.25);
  static final Dataset DATA_A = new Dataset(new double[] {-1.5, -1, 0, 1, 1.5},
      new double[] {1, -1, 0.5, 2, 0});

  @ParameterizedTest
  @CsvSource({"nn, 10", "spline, 7"})
  void spectrumContractMatchesTheNaiveHessian(String coords, int dim) throws IOException {
    CliRun r = run("spectrum", "--net", file("n.json", NET).toString(), "--data",
        file("d.csv", DATA).toString(), "--coords", coords);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().strip().lines()).hasSize(1);
    JsonNode j = Json.MAPPER.readTree(r.out());
    NaiveLoss ref = new NaiveLoss(DATA_A, LossNormalization.MEAN);
    double[] eig = SymmetricEigen.values(coords.equals("nn") ? ref.hessian(NET_A)
        : ref.hessian(NET_A.toSpline())).eigenvalues();
    JsonNode ev = j.get("eigenvalues");
    assertThat(ev.size()).isEqualTo(dim);
    for (int k = 0; k < dim; k++) {
      assertThat(ev.get(k).asDouble()).isCloseTo(eig[k], within(1e-12));
    }
    JsonNode in = j.get("inertia");
    assertThat(in.get("positive").asInt() + in.get("zero").asInt() + in.get("negative").asInt())
        .isEqualTo(dim);
    assertThat(in.get("negative").asInt()).isEqualTo(3);
    assertThat(j.get("tolerance").asDouble()).isPositive();
    assertThat(j.get("parameters").asInt()).isEqualTo(dim);
  }

  /**
   * --inertia-only (two LDL^T factorisations, docs/linalg.md (LA5)) reports the inertia that the
   * dense spectrum's eigenvalues give under each tolerance rule; the front end runs native LAPACK.
   */
  @ParameterizedTest
  @CsvSource({"nn, ''", "spline, ''", "nn, --near-critical", "nn, --tolerance=0.5",
      "spline, --tolerance=0.5"})
  void inertiaOnlyMatchesTheInertiaOfTheEigenvalues(String coords, String rule)
      throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("spectrum", "--net",
        file("n.json", NET).toString(), "--data", file("d.csv", DATA).toString(), "--coords",
        coords));
    if (!rule.isEmpty()) {
      args.add(rule);
    }
    JsonNode dense = Json.MAPPER.readTree(run(args.toArray(new String[0])).out());
    args.add("--inertia-only");
    CliRun r = run(args.toArray(new String[0]));
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.has("eigenvalues")).isFalse();
    assertThat(j.get("inertia")).isEqualTo(dense.get("inertia"));
    assertThat(j.get("tolerance").asDouble()).isCloseTo(dense.get("tolerance").asDouble(),
        within(1e-10 * dense.get("tolerance").asDouble()));
    assertThat(j.get("toleranceRule")).isEqualTo(dense.get("toleranceRule"));
    assertThat(j.get("eigenSolver").asText()).isEqualTo("lapack");
    assertThat(dense.get("eigenSolver").asText()).isEqualTo("lapack");
  }

  @Test
  void fixtureAWithTheSumLossReproducesTheNotes() throws IOException {
    CliRun r = run("spectrum", "--net", file("n.json", NET).toString(), "--data",
        file("d.csv", DATA).toString(), "--sum-loss");
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("loss").asDouble()).isEqualTo(27.94140625);
    assertThat(j.get("eigenvalues").get(0).asDouble()).isCloseTo(-11.68597, within(1e-5));
    assertThat(j.get("eigenvalues").get(9).asDouble()).isCloseTo(53.11158, within(1e-5));
  }

  @Test
  void estimatorsReportTheirErrorsAgainstTheDenseSpectrum() throws IOException {
    String[] args = {"spectrum", "--net", file("n.json", NET).toString(), "--data",
        file("d.csv", DATA).toString(), "--lanczos", "2", "--slq", "30", "--slq-points", "11",
        "--hutchinson", "40", "--gauss-newton", "--vectors", "--seed", "3"};
    CliRun r = run(args);
    assertThat(r.status()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    JsonNode top = j.get("lanczos").get("largest");
    assertThat(top.get("values").size()).isEqualTo(2);
    assertThat(top.get("errorVsDense").get("relative").asDouble()).isLessThan(1e-10);
    assertThat(j.get("density").get("grid").size()).isEqualTo(11);
    assertThat(j.get("density").get("maxStandardizedError").asDouble()).isLessThan(5);
    JsonNode tr = j.get("trace");
    assertThat(Math.abs(tr.get("estimate").asDouble() - tr.get("exact").asDouble()))
        .isLessThan(5 * tr.get("standardError").asDouble());
    assertThat(j.get("gaussNewton").get("rankJ").asInt()).isEqualTo(5);
    assertThat(j.get("eigenvectors").size()).isEqualTo(10);
    assertThat(j.get("nullDirections").get("nullity").asInt()).isZero();
    // same seed, same bytes
    assertThat(run(args).out()).isEqualTo(r.out());
  }

  /**
   * Fixture A plus a neuron with no data on its active side: its 3 exact zero rows are deflated
   * (docs/linalg.md (LA7)), and --npy writes the same vectors as the JSON arrays, bit for bit.
   */
  @Test
  void deadNeuronIsDeflatedAndNpyHoldsTheJsonVectors() throws IOException {
    String net = "{\"w\":[1,-2,0.5,1],\"b\":[0.5,1,-0.125,-5],\"v\":[2,-1,1.5,0.7],\"c\":0.25}";
    String n = file("dead.json", net).toString();
    String d = file("d.csv", DATA).toString();
    CliRun json = run("spectrum", "--net", n, "--data", d, "--vectors");
    assertThat(json.status()).isZero();
    Path out = dir.resolve("npy");
    CliRun npy = run("spectrum", "--net", n, "--data", d, "--vectors", "--npy", out.toString());
    assertThat(npy.status()).isZero();
    JsonNode a = Json.MAPPER.readTree(json.out());
    JsonNode b = Json.MAPPER.readTree(npy.out());
    assertThat(a.get("deflatedZeroRows").asInt()).isEqualTo(3);
    assertThat(b.get("eigenvalues")).isEqualTo(a.get("eigenvalues"));
    assertThat(b.has("eigenvectors")).isFalse();
    // the eigenvalues equal the naive Hessian's (full solve) to rounding
    NetworkParams p = new NetworkParams(new double[] {1, -2, 0.5, 1},
        new double[] {0.5, 1, -0.125, -5}, new double[] {2, -1, 1.5, 0.7}, 0.25);
    double[] ref = SymmetricEigen.values(new NaiveLoss(DATA_A, LossNormalization.MEAN).hessian(p))
        .eigenvalues();
    for (int k = 0; k < 13; k++) {
      assertThat(a.get("eigenvalues").get(k).asDouble()).isCloseTo(ref[k], within(1e-10));
    }
    org.knotwork.common.io.NpyArray v = org.knotwork.common.io.Npy.read(
        Path.of(b.get("eigenvectorsFile").asText()));
    assertThat(v.shape()).containsExactly(13, 13);
    for (int k = 0; k < 13; k++) {
      for (int i = 0; i < 13; i++) {
        assertThat(v.doubles()[k * 13 + i])
            .isEqualTo(a.get("eigenvectors").get(k).get(i).asDouble());
      }
    }
    JsonNode nd = b.get("nullDirections");
    org.knotwork.common.io.NpyArray resc = org.knotwork.common.io.Npy.read(
        Path.of(nd.get("rescalingFile").asText()));
    org.knotwork.common.io.NpyArray other = org.knotwork.common.io.Npy.read(
        Path.of(nd.get("otherFile").asText()));
    JsonNode ra = a.get("nullDirections").get("rescaling");
    assertThat(resc.shape()).containsExactly(ra.size(), 13);
    assertThat(ra.size()).isGreaterThanOrEqualTo(1);
    for (int r = 0; r < ra.size(); r++) {
      for (int i = 0; i < 13; i++) {
        assertThat(resc.doubles()[r * 13 + i])
            .isEqualTo(ra.get(r).get("direction").get(i).asDouble());
      }
    }
    assertThat(other.shape()).containsExactly(nd.get("otherCount").asInt(), 13);
    assertThat(run("spectrum", "--net", n, "--data", d, "--npy", out.toString()).status())
        .isNotZero();
  }

  @Test
  void atlasClassifiesFixtureCAsASaddleWithItsSilentNeuron() throws IOException {
    CliRun r = run("atlas", "--net", file("c.json", NET_C).toString(), "--data",
        file("c.csv", DATA_C).toString(), "--sum-loss");
    assertThat(r.status()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("type").asText()).isEqualTo("STRICT_SADDLE");
    assertThat(j.get("neurons").get(0).get("state").asText()).isEqualTo("SILENT");
    assertThat(j.get("neurons").get(0).get("S").asDouble()).isCloseTo(-0.6, within(1e-12));
    assertThat(j.get("splineHessian").get("eigenvalues").get(0).asDouble())
        .isCloseTo(-0.2271785, within(1e-7));
    assertThat(j.get("escapes").size()).isEqualTo(1);
    assertThat(j.get("silentSaddles").isArray()).isTrue();
  }

  @Test
  void atlasTableCountsEverySeed() throws IOException {
    CliRun r = run("atlas", "--data", file("d.csv", DATA).toString(), "--width", "2",
        "--seeds", "6", "--steps", "3000", "--lr", "0.05", "--format", "csv");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("type,loss,count,knots_in_hull,positive,zero,negative,seeds");
    int total = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertThat(f).hasSize(8);
      total += Integer.parseInt(f[2]);
      assertThat(f[7].split(";")).hasSize(Integer.parseInt(f[2]));
    }
    assertThat(total).isEqualTo(6);
  }

  @Test
  void sliceOrbitIsFlatAndEigenSliceHasTheRightShape() throws IOException {
    Path n = file("n.json", NET);
    Path d = file("d.csv", DATA);
    CliRun orbit = run("slice", "--net", n.toString(), "--data", d.toString(), "--kind", "orbit",
        "--neuron", "-1", "--points", "7");
    assertThat(orbit.status()).isZero();
    List<String> lines = orbit.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("t,loss");
    assertThat(lines).hasSize(8);
    double l0 = Double.parseDouble(lines.get(4).split(",")[1]);
    for (String line : lines.subList(1, lines.size())) {
      assertThat(Double.parseDouble(line.split(",")[1])).isCloseTo(l0, within(1e-12));
    }
    CliRun plane = run("slice", "--net", n.toString(), "--data", d.toString(), "--kind",
        "eigen-plane", "--coords", "spline", "--points", "3", "--format", "json");
    JsonNode j = Json.MAPPER.readTree(plane.out());
    assertThat(j.get("loss").size()).isEqualTo(3);
    assertThat(j.get("loss").get(1).get(1).asDouble()).isCloseTo(l0, within(1e-12));
  }

  @Test
  void sliceTrajectoryPutsThePathOnThePlane() throws IOException {
    StringBuilder sb = new StringBuilder("p\n");
    for (int k = 0; k < 4; k++) {
      double f = 1 + 0.1 * k;
      sb.append(f).append(',').append(-2 * f).append(",0.5,0.5,1,-0.125,2,-1,1.5,")
          .append(0.25 + 0.01 * k * k).append('\n');
    }
    CliRun r = run("slice", "--net", file("n.json", NET).toString(), "--data",
        file("d.csv", DATA).toString(), "--kind", "trajectory", "--trajectory",
        file("t.csv", sb.toString()).toString(), "--points", "4");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("kind,s,t,loss,off_plane");
    assertThat(lines.stream().filter(l -> l.startsWith("grid,"))).hasSize(16);
    assertThat(lines.stream().filter(l -> l.startsWith("path,"))).hasSize(4);
  }

  @Test
  void badOptionsGiveOneLineAndStatusTwo() throws IOException {
    String n = file("n.json", NET).toString();
    String d = file("d.csv", DATA).toString();
    String[][] cases = {
        {"spectrum", "--net", n, "--data", d, "--tolerance", "1e-3", "--near-critical"},
        {"spectrum", "--net", n, "--data", d, "--lanczos", "0"},
        {"spectrum", "--net", n, "--data", d, "--lanczos", "11"},
        {"spectrum", "--net", n, "--data", d, "--no-dense", "--vectors"},
        {"spectrum", "--net", n, "--data", d, "--inertia-only", "--vectors"},
        {"spectrum", "--net", n, "--data", d, "--slq", "1"},
        {"atlas", "--data", d},
        {"atlas", "--data", d, "--net", n, "--width", "2"},
        {"atlas", "--data", d, "--width", "2", "--format", "xml"},
        {"slice", "--net", n, "--data", d, "--kind", "bogus"},
        {"slice", "--net", n, "--data", d, "--kind", "eigen", "--index", "10"},
        {"slice", "--net", n, "--data", d, "--kind", "eigen", "--range", "1:0"},
        {"slice", "--net", n, "--data", d, "--kind", "segment"},
        {"slice", "--net", n, "--data", d, "--kind", "knot", "--neuron", "7"},
        {"slice", "--net", n, "--data", d, "--kind", "trajectory", "--trajectory", "missing.csv"}};
    for (String[] args : cases) {
      CliRun r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
      assertThat(r.err()).startsWith("knotwork: ");
    }
  }
}
