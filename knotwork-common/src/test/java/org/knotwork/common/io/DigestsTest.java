package org.knotwork.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestsTest {
  /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
  static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void knownAnswerForTextsAndFiles(@TempDir Path dir) throws IOException {
    assertThat(Digests.sha256("abc")).isEqualTo(ABC);
    assertThat(Digests.sha256("a", "", "bc")).isEqualTo(ABC);
    Path f = dir.resolve("abc.txt");
    Files.write(f, "abc".getBytes(StandardCharsets.UTF_8));
    assertThat(Digests.sha256(f)).isEqualTo(ABC);
    assertThat(Digests.sha256(dir, java.util.List.of("missing", "abc.txt")))
        .containsExactly(java.util.Map.entry("abc.txt", ABC));
    assertThatThrownBy(() -> Digests.sha256(dir.resolve("missing")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing");
  }
}
