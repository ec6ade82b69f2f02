package org.knotwork.reservoir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.reservoir.series.TimeSeries;

class TimeSeriesCsvTest {
  @TempDir
  Path dir;

  @Test
  void roundTripsWithHeader() throws IOException {
    TimeSeries s = TimeSeries.ofRows(new double[][] {{1.5, -2}, {0.1, 3e-17}, {7, 8}}, 0.25,
        List.of("a", "b"));
    Path f = dir.resolve("s.csv");
    TimeSeriesCsv.write(s, f);
    TimeSeries back = TimeSeriesCsv.read(f, 0.25, -1, "series");
    assertThat(back.names()).containsExactly("a", "b");
    assertThat(back.values()).containsExactly(s.values());
    assertThat(back.dt()).isEqualTo(0.25);
  }

  @Test
  void readsHeaderlessFilesWithCommentsAndATimeColumn() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "# my data\n0.0,1,2\n\n0.1,3,4\n0.2,5,6\n");
    TimeSeries s = TimeSeriesCsv.read(f, 0.1, 0, "series");
    assertThat(s.dimension()).isEqualTo(2);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.row(2)).containsExactly(5, 6);
    assertThat(s.names()).containsExactly("x0", "x1");
  }

  @Test
  void reportsMalformedLines() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "x,y\n1,2\n3,oops\n");
    assertThatThrownBy(() -> TimeSeriesCsv.read(f, 1, -1, "series"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    Files.writeString(f, "1,2\n3\n");
    assertThatThrownBy(() -> TimeSeriesCsv.read(f, 1, -1, "series"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
    Files.writeString(f, "0,1\n0.5,2\n");
    assertThatThrownBy(() -> TimeSeriesCsv.read(f, 0.1, 0, "series"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time");
    Files.writeString(f, "0,1\n0.1,x\n");
    assertThatThrownBy(() -> TimeSeriesCsv.read(f, 0.1, 0, "series"))
        .isInstanceOf(InputException.class).hasMessageContaining("line 2")
        .hasMessageContaining("column x0");
    assertThatThrownBy(() -> TimeSeriesCsv.read(dir.resolve("none.csv"), 0.1, -1, "series"))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> TimeSeriesCsv.read(f, 0, -1, "series"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dt");
  }
}
