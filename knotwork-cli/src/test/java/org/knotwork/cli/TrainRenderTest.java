package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --render} and {@code render RUN_DIR} on a run directory. */
class TrainRenderTest {
  @TempDir
  Path dir;

  @Test
  void trainRenderWritesTheViewerAndReportOfTheRun() throws Exception {
    Path net = dir.resolve("net.json");
    Files.writeString(net, "{\"w\":[1,-1,0.5],\"b\":[0.2,0.1,-0.3],\"v\":[0.3,-0.2,0.4],"
        + "\"c\":0}");
    Path data = dir.resolve("d.csv");
    Files.writeString(data, "x,y\n-1,0\n-0.5,0.8\n0,-0.5\n0.5,0.3\n1,1\n");
    Path out = dir.resolve("run");
    CliRun r = CliRun.run("train", "--net", net.toString(), "--data", data.toString(),
        "--optimizer", "gd", "--lr", "0.1", "--steps", "50", "--snapshots", "5", "--seed", "0",
        "--out", out.toString(), "--render");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("render/viewer.html")).isRegularFile();
    assertThat(out.resolve("render/report.html")).isRegularFile();
    assertThat(Files.size(out.resolve("render/dynamics.gif"))).isPositive();
    // rendering the directory again gives the same viewer bytes
    Path again = dir.resolve("again");
    CliRun r2 = CliRun.run("render", out.toString(), "--html", "--out", again.toString());
    assertThat(r2.status()).as(r2.err()).isZero();
    assertThat(Files.readAllBytes(again.resolve("viewer.html")))
        .isEqualTo(Files.readAllBytes(out.resolve("render/viewer.html")));
  }

  @Test
  void renderNeedsSnapshotsAndTheDefaultRecordsThem() throws Exception {
    Path net = dir.resolve("net.json");
    Files.writeString(net, "{\"w\":[1],\"b\":[0],\"v\":[1],\"c\":0}");
    Path data = dir.resolve("d.csv");
    Files.writeString(data, "x,y\n0,1\n1,2\n");
    CliRun r = CliRun.run("train", "--net", net.toString(), "--data", data.toString(),
        "--optimizer", "gd", "--lr", "0.1", "--steps", "5", "--out", dir.resolve("r").toString(),
        "--snapshots", "0", "--render");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--snapshots");
    CliRun d = CliRun.run("train", "--net", net.toString(), "--data", data.toString(),
        "--optimizer", "gd", "--lr", "0.1", "--steps", "5", "--out", dir.resolve("d").toString(),
        "--render");
    assertThat(d.status()).as(d.err()).isZero();
    assertThat(dir.resolve("d").resolve("render").resolve("dynamics.gif")).isRegularFile();
  }
}
