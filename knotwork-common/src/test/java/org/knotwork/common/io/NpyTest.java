package org.knotwork.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NumPy formats against the format's definition (numpy.lib.format, version 1.0): hand-built
 * expected bytes, read-back round trips, deterministic archives.
 */
class NpyTest {
  @TempDir
  Path dir;

  @Test
  void aSmallMatrixHasTheDocumentedBytes() {
    byte[] b = Npy.toBytes(NpyArray.of(new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, -0.5}));
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";
    // magic (6) + version (2) + header length (2) + header, padded with spaces and ending in '\n'
    // so that the data start at byte 128 (the dict is 59 characters: 10 + 60 > 64)
    assertThat(dict).hasSize(59);
    int headerLength = 128 - 10;
    ByteBuffer expected = ByteBuffer.allocate(128 + 48).order(ByteOrder.LITTLE_ENDIAN);
    expected.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    expected.putShort((short) headerLength);
    String header = dict + " ".repeat(headerLength - dict.length() - 1) + "\n";
    expected.put(header.getBytes(StandardCharsets.US_ASCII));
    for (double v : new double[] {1, 2, 3, 4, 5, -0.5}) {
      expected.putDouble(v);
    }
    assertThat(b).containsExactly(expected.array());
  }

  @Test
  void vectorsScalarsAndIntegersUseNumpysShapeSyntax() {
    String v = header(Npy.toBytes(NpyArray.of(new double[] {1, 2, 3})));
    assertThat(v).contains("'shape': (3,), ");
    String s = header(Npy.toBytes(NpyArray.of(new int[0], new double[] {7})));
    assertThat(s).contains("'shape': (), ");
    String i = header(Npy.toBytes(NpyArray.ofLongs(new long[] {-1, 2})));
    assertThat(i).contains("'descr': '<i8'");
    for (byte[] b : new byte[][] {Npy.toBytes(NpyArray.of(new double[0])),
        Npy.toBytes(NpyArray.matrix(new double[40][7]))}) {
      int len = (b[8] & 0xff) | (b[9] & 0xff) << 8;
      assertThat((10 + len) % 64).isZero();
      assertThat(b[9 + len]).isEqualTo((byte) '\n');
    }
  }

  private static String header(byte[] b) {
    int len = (b[8] & 0xff) | (b[9] & 0xff) << 8;
    return new String(b, 10, len, StandardCharsets.US_ASCII);
  }

  @Test
  void arraysRoundTripThroughFiles() throws Exception {
    NpyArray a = NpyArray.of(new int[] {3, 2}, new double[] {Double.NaN, -0.0, 1e-300,
        Double.MAX_VALUE, Math.PI, -1});
    Path f = dir.resolve("a.npy");
    Npy.write(f, a);
    assertThat(Npy.read(f)).isEqualTo(a);
    NpyArray l = NpyArray.ofLongs(new int[] {2, 2}, new long[] {Long.MIN_VALUE, 0, 1, 42});
    assertThat(Npy.read(new ByteArrayInputStream(Npy.toBytes(l)), "mem")).isEqualTo(l);
    Files.write(dir.resolve("bad.npy"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThatThrownBy(() -> Npy.read(dir.resolve("bad.npy")))
        .isInstanceOf(InputException.class).hasMessageContaining("bad magic");
  }

  @Test
  void archivesHoldOneStoredEntryPerArrayAndAreByteIdentical() throws Exception {
    Map<String, NpyArray> m = new LinkedHashMap<>();
    m.put("step", NpyArray.ofLongs(new long[] {0, 10}));
    m.put("theta", NpyArray.of(new int[] {2, 2}, new double[] {1, 2, 3, 4}));
    Path a = dir.resolve("a.npz");
    Path b = dir.resolve("b.npz");
    Npz.write(a, m);
    Npz.write(b, m);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Npz.read(a)).isEqualTo(m);
    try (ZipFile z = new ZipFile(a.toFile())) {
      assertThat(z.stream().map(ZipEntry::getName)).containsExactly("step.npy", "theta.npy");
      ZipEntry e = z.getEntry("theta.npy");
      assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
      assertThat(z.getInputStream(e).readAllBytes()).isEqualTo(Npy.toBytes(m.get("theta")));
    }
  }

  @Test
  void invalidArraysAreRejected() {
    assertThatThrownBy(() -> NpyArray.of(new int[] {2, 2}, new double[3]))
        .hasMessageContaining("needs 4 values, got 3");
    assertThatThrownBy(() -> NpyArray.matrix(new double[][] {{1, 2}, {3}}))
        .hasMessageContaining("row 1 has 1 entries, expected 2");
  }
}
