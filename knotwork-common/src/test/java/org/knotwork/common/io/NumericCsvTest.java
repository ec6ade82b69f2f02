package org.knotwork.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericCsvTest {
  @TempDir
  Path dir;

  @Test
  void readsHeaderAndRowsAndSkipsBlankLinesAndTheByteOrderMark() throws Exception {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "\ufeffx, y\n1,2\n\n-0.5,3e-3\n");
    NumericCsv c = NumericCsv.read(f, "data file", List.of("x", "y"), 1);
    assertThat(c.columns()).containsExactly("x", "y");
    assertThat(c.column("x")).containsExactly(1, -0.5);
    assertThat(c.column("y")).containsExactly(2, 3e-3);
    assertThat(NumericCsv.read(f, "data file", null, 2).size()).isEqualTo(2);
  }

  @Test
  void formatRoundTripsBitForBit() {
    double[] a = {0.1, -1e-300, Math.PI, 12345678901234.5};
    double[] b = {1, 2, 3, 4};
    String text = NumericCsv.format(List.of("a", "b"), a, b);
    NumericCsv back = NumericCsv.parse(text, "text", List.of("a", "b"), 4);
    assertThat(back.column("a")).containsExactly(a);
    assertThat(back.column("b")).containsExactly(b);
  }

  @Test
  void everyProblemIsOneMessageNamingFileLineAndColumn() throws Exception {
    assertThatThrownBy(() -> NumericCsv.read(dir.resolve("none.csv"), "data file", null, 1))
        .isInstanceOf(InputException.class).hasMessageEndingWith("does not exist");
    String[][] cases = {
        {"", "is empty"},
        {"a,b\n1,2\n", "must be the header 'x,y'"},
        {"x,y\n1\n", "line 2 must have 2 fields"},
        {"x,y\n1,NaN\n", "line 2, column y must be a finite number"},
        {"x,y\n1,nan\n", "line 2, column y must be a number, got 'nan'"},
        {"x,y\n1,Infinity\n", "line 2, column y must be a finite number"},
        {"x,y\n1,abc\n", "line 2, column y must be a number, got 'abc'"},
        {"x,y\n", "has no data rows: at least 1 required"},
    };
    for (String[] c : cases) {
      Path f = dir.resolve("bad.csv");
      Files.writeString(f, c[0]);
      assertThatThrownBy(() -> NumericCsv.read(f, "data file", List.of("x", "y"), 1))
          .as(c[0]).isInstanceOf(InputException.class).hasMessageContaining(c[1])
          .hasMessageStartingWith("data file " + f);
    }
    Path f = dir.resolve("unnamed.csv");
    Files.writeString(f, "a,,c\n1,2,3\n");
    assertThatThrownBy(() -> NumericCsv.read(f, "series", null, 1))
        .hasMessageContaining("must name every column");
  }
}
