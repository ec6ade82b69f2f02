package org.knotwork.isometry.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;

/**
 * Notes' check 36, digits part: 1797 &times; 64 pixels in 0..16 with the class counts of the notes, on the
 * real packaged file (skipped only where python3-sklearn is absent and no file is named; CI installs
 * it), and one-line errors for an absent or altered file.
 */
class DigitsTest {
  @TempDir
  Path tmp;

  @Test
  void realFileHasTheNotesShapeRangeAndClassCounts() {
    Path file = Digits.location();
    Assumptions.assumeTrue(Files.isRegularFile(file), "no digits file at " + file);
    Digits d = Digits.load(file);
    assertThat(d.pixels()).hasNumberOfRows(1797);
    int[] counts = new int[10];
    for (int i = 0; i < 1797; i++) {
      assertThat(d.pixels()[i]).hasSize(64);
      for (double v : d.pixels()[i]) {
        assertThat(v).isBetween(0.0, 16.0);
        assertThat(v).isEqualTo(Math.rint(v));
      }
      counts[d.labels()[i]]++;
    }
    assertThat(counts).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
  }

  @Test
  void absentFileNamesThePackage() {
    assertThatThrownBy(() -> Digits.load(tmp.resolve("nope.csv.gz")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("python3-sklearn")
        .hasMessageNotContaining("\n");
  }

  @Test
  void alteredFileIsRefusedByItsDigest() throws Exception {
    Path f = tmp.resolve("digits.csv.gz");
    Files.writeString(f, "0,1\n");
    assertThatThrownBy(() -> Digits.load(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("SHA-256").hasMessageContaining(Digits.SHA256);
  }
}
