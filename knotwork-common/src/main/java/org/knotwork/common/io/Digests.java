package org.knotwork.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** SHA-256 digests, in lower-case hex, as run manifests record them. */
public final class Digests {
  private Digests() {}

  /** The digest of a file's bytes. */
  public static String sha256(Path file) {
    MessageDigest md = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The digests of those of the named files of {@code dir} that exist, by name, in the given order:
   * what a run manifest records.
   */
  public static Map<String, String> sha256(Path dir, Iterable<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : names) {
      Path p = dir.resolve(f);
      if (Files.isRegularFile(p)) {
        out.put(f, sha256(p));
      }
    }
    return out;
  }

  /** The digest of the UTF-8 bytes of the texts, one after the other. */
  public static String sha256(String... texts) {
    MessageDigest md = sha256();
    for (String t : texts) {
      md.update(t.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
