package org.knotwork.isometry.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.InputException;

/**
 * The 8 &times; 8 handwritten digits (the test half of UCI "Optical Recognition of Handwritten Digits",
 * Alpaydin and Kaynak 1998) as Debian's {@code python3-sklearn} installs them
 * (docs/isometry.md &sect;7): a gzipped CSV of 1797 lines, 64 pixels in 0..16 then the label. Licence:
 * BSD-3-Clause (the scikit-learn developers, per the Debian package) and CC BY 4.0 (UCI).
 *
 * <p>The file is found at the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT}, else {@link #DEBIAN_PATH}; its SHA-256 must be {@link #SHA256}.
 *
 * @param pixels 1797 rows of 64 values in 0..16, row-major 8 &times; 8
 * @param labels 1797 labels 0..9
 */
public record Digits(double[][] pixels, int[] labels) {
  /** Where Debian's python3-sklearn installs the file. */
  public static final Path DEBIAN_PATH =
      Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");
  /** The system property naming the file. */
  public static final String PROPERTY = "knotwork.digits";
  /** The environment variable naming the file. */
  public static final String ENVIRONMENT = "KNOTWORK_DIGITS";
  /** SHA-256 of digits.csv.gz in python3-sklearn 1.2.1+dfsg-1 (Debian 12). */
  public static final String SHA256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a";
  /** Examples. */
  public static final int COUNT = 1797;

  /** The configured location of the file (property, environment, Debian's path). */
  public static Path location() {
    String p = System.getProperty(PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv(ENVIRONMENT);
    }
    return p == null || p.isBlank() ? DEBIAN_PATH : Path.of(p);
  }

  /** Loads the digits from {@link #location()}. */
  public static Digits load() {
    return load(location());
  }

  /**
   * Loads the digits from {@code file}.
   *
   * @throws InputException (one line) when the file is absent, has another SHA-256, or is malformed
   */
  public static Digits load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException("digits data not found at " + file + ": install Debian's python3-sklearn"
          + " (apt-get install python3-sklearn) or name the file digits.csv.gz with -D" + PROPERTY + "=FILE");
    }
    String sha = Digests.sha256(file);
    if (!sha.equals(SHA256)) {
      throw new InputException("digits data " + file + " has SHA-256 " + sha + ", expected " + SHA256
          + " (python3-sklearn 1.2.1's digits.csv.gz)");
    }
    double[][] x = new double[COUNT][64];
    int[] y = new int[COUNT];
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
      for (int i = 0; i < COUNT; i++) {
        String line = r.readLine();
        if (line == null) {
          throw new InputException("digits data " + file + " ends at line " + (i + 1) + ", expected " + COUNT);
        }
        String[] f = line.split(",");
        if (f.length != 65) {
          throw new InputException("digits data " + file + " line " + (i + 1) + " has " + f.length
              + " fields, expected 65");
        }
        for (int j = 0; j < 64; j++) {
          x[i][j] = Double.parseDouble(f[j]);
        }
        y[i] = (int) Double.parseDouble(f[64]);
      }
    } catch (IOException | NumberFormatException e) {
      throw new InputException("cannot read digits data " + file + ": " + e.getMessage(), e);
    }
    return new Digits(x, y);
  }
}
