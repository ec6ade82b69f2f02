package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;

class DataTableTest {
  @TempDir
  Path dir;

  @Test
  void oneHotTableRoundTrips() {
    IoData d = Hierarchy.shiEtAl();
    Path f = dir.resolve("tree.csv");
    DataTable.write(f, d);
    IoData back = DataTable.read(f);
    assertThat(back.isIdentityInput()).isTrue();
    assertThat(back.featureNames()).isEqualTo(d.featureNames());
    assertThat(back.itemNames()).isEqualTo(d.itemNames());
    assertThat(back.targetsRowMajor()).containsExactly(d.targetsRowMajor());
  }

  @Test
  void inputColumnsAreReadWhenPresent() throws IOException {
    Path f = dir.resolve("xy.csv");
    Files.writeString(f, "item,x_1,x_2,colour,size\nfox,1.5,-2,1,0.25\n\nowl,0,3e-1,0,1\n");
    IoData d = DataTable.read(f);
    assertThat(d.items()).isEqualTo(2);
    assertThat(d.inputs()).isEqualTo(2);
    assertThat(d.featureNames()).containsExactly("colour", "size");
    assertThat(d.itemNames()).containsExactly("fox", "owl");
    assertThat(d.inputsRowMajor()).containsExactly(1.5, -2, 0, 0.3);
    assertThat(d.targetsRowMajor()).containsExactly(1, 0.25, 0, 1);
    Path g = dir.resolve("again.csv");
    DataTable.write(g, d);
    assertThat(DataTable.read(g).inputsRowMajor()).containsExactly(d.inputsRowMajor());
  }

  @Test
  void badTablesFailWithTheLineAndColumn() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "item,a,b\nx,1,oops\n");
    assertThatThrownBy(() -> DataTable.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2").hasMessageContaining("column b");
    Files.write(f, List.of("a,b", "1"));
    assertThatThrownBy(() -> DataTable.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("fields");
    Files.write(f, List.of("item,x_1", "a,1"));
    assertThatThrownBy(() -> DataTable.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("output");
    Files.write(f, List.of("item,a", "x,1", "y"));
    assertThatThrownBy(() -> DataTable.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 3").hasMessageContaining("fields");
    assertThatThrownBy(() -> DataTable.read(dir.resolve("none.csv")))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }
}
