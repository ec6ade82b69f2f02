package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;

class DataCsvTest {
  @TempDir
  Path dir;

  @Test
  void oneHotTableRoundTrips() {
    IoData d = Hierarchy.shiEtAl();
    Path f = dir.resolve("tree.csv");
    DataCsv.write(f, d);
    IoData back = DataCsv.read(f);
    assertThat(back.isIdentityInput()).isTrue();
    assertThat(back.featureNames()).isEqualTo(d.featureNames());
    assertThat(back.itemNames()).isEqualTo(d.itemNames());
    assertThat(back.targetsRowMajor()).containsExactly(d.targetsRowMajor());
  }

  @Test
  void inputColumnsAreReadWhenPresent() throws IOException {
    Path f = dir.resolve("xy.csv");
    Files.writeString(f, "item,x_1,x_2,colour,size\nfox,1.5,-2,1,0.25\n\nowl,0,3e-1,0,1\n");
    IoData d = DataCsv.read(f);
    assertThat(d.items()).isEqualTo(2);
    assertThat(d.inputs()).isEqualTo(2);
    assertThat(d.featureNames()).containsExactly("colour", "size");
    assertThat(d.itemNames()).containsExactly("fox", "owl");
    assertThat(d.inputsRowMajor()).containsExactly(1.5, -2, 0, 0.3);
    assertThat(d.targetsRowMajor()).containsExactly(1, 0.25, 0, 1);
    Path g = dir.resolve("again.csv");
    DataCsv.write(g, d);
    assertThat(DataCsv.read(g).inputsRowMajor()).containsExactly(d.inputsRowMajor());
  }

  @Test
  void badTablesFailWithTheLineAndColumn() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "item,a,b\nx,1,oops\n");
    assertThatThrownBy(() -> DataCsv.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2").hasMessageContaining("'b'");
    Files.write(f, List.of("a,b", "1"));
    assertThatThrownBy(() -> DataCsv.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields");
    Files.write(f, List.of("item,x_1", "a,1"));
    assertThatThrownBy(() -> DataCsv.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("output");
  }
}
