package org.knotwork.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Dataset;
import org.knotwork.data.Target;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

class IoTest {
  @TempDir
  Path dir;

  @Test
  void networkRoundTripsBitForBit() {
    Rng rng = Rng.of(1, "io");
    double[] w = new double[7];
    double[] b = new double[7];
    double[] v = new double[7];
    for (int i = 0; i < 7; i++) {
      w[i] = rng.gaussian() * 1e-7;
      b[i] = rng.gaussian() * 1e9;
      v[i] = rng.uniform();
    }
    NetworkParams p = new NetworkParams(w, b, v, Math.PI);
    Path f = dir.resolve("sub/net.json");
    NetJson.write(f, p);
    assertThat(NetJson.read(f)).isEqualTo(p);
  }

  @Test
  void dataRoundTripsBitForBit() {
    Dataset d = new DataSpec(Target.SIN3, 50, -1, 1, true, 0.1, 3).generate();
    Path f = dir.resolve("d.csv");
    DataCsv.write(f, d);
    assertThat(DataCsv.read(f)).isEqualTo(d);
  }

  @Test
  void csvToleratesBlankLinesSpacesAndABom() throws IOException {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "\ufeffx, y\n 1 , 2\n\n3,4\n");
    Dataset d = DataCsv.read(f);
    assertThat(d.x()).containsExactly(1, 3);
    assertThat(d.y()).containsExactly(2, 4);
  }

  @Test
  void atomicWriteLeavesNoTemporaryFilesAndKeepsTheOldFileOnFailure() throws IOException {
    Path f = dir.resolve("out.txt");
    AtomicFiles.writeString(f, "first");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("partial".getBytes());
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(f)).isEqualTo("first");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out.txt");
    }
  }

  @Test
  void textWritesStreamUtf8AndKeepTheOldContentOnFailure() throws IOException {
    Path f = dir.resolve("text.csv");
    AtomicFiles.writeText(f, w -> {
      w.write("x,\u00e9\n");
      w.write("1,2\n");
    });
    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("x,\u00e9\n1,2\n");
    assertThatThrownBy(() -> AtomicFiles.writeText(f, w -> {
      w.write("partial");
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("x,\u00e9\n1,2\n");
  }

  @Test
  void atomicWritesAreReadableByOthersLikeOrdinaryFiles() throws IOException {
    Path f = dir.resolve("shared.txt");
    AtomicFiles.writeString(f, "x");
    if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void malformedNetworkFilesAreInputErrors() throws IOException {
    Path f = dir.resolve("n.json");
    Files.writeString(f, "{\"w\":[1],\"b\":[1],\"v\":[1],\"c\":0} trailing");
    assertThatThrownBy(() -> NetJson.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("not valid JSON");
    Files.writeString(f, "{\"w\":[1],\"w\":[2],\"b\":[1],\"v\":[1],\"c\":0}");
    assertThatThrownBy(() -> NetJson.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("Duplicate");
    Files.writeString(f, "{\"w\":[1],\"b\":[1],\"v\":[1],\"c\":NaN}");
    assertThatThrownBy(() -> NetJson.read(f)).isInstanceOf(InputException.class);
  }
}
