package org.knotwork.reservoir.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Atomic text-file writes: temporary file in the same folder, then an atomic rename. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes text through a {@link Writer}. */
  @FunctionalInterface
  public interface WriterBody {
    /** Writes the content. */
    void write(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} atomically (UTF-8). Parent folders are created. On failure the temporary file
   * is deleted and {@code target} is left as it was.
   */
  public static void write(Path target, WriterBody body) throws IOException {
    if (target == null || body == null) {
      throw new IllegalArgumentException("target and body are required");
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // temporary files are created owner-only; results are ordinary readable files
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
