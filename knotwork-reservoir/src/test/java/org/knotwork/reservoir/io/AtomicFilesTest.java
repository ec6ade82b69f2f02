package org.knotwork.reservoir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("sub/out.csv");
    AtomicFiles.write(f, w -> w.write("a\n"));
    AtomicFiles.write(f, w -> w.write("b\n"));
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("b\n");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out.csv");
    }
  }

  @Test
  void failureKeepsTheOldContent() throws IOException {
    Path f = dir.resolve("keep.txt");
    AtomicFiles.write(f, w -> w.write("old"));
    assertThatThrownBy(() -> AtomicFiles.write(f, w -> {
      w.write("half");
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class);
    assertThat(Files.readString(f)).isEqualTo("old");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.count()).isEqualTo(1);
    }
  }
}
