package org.knotwork.common.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The NumPy {@code .npz} format: a zip archive with one {@code NAME.npy} entry per array, as
 * {@code numpy.savez} writes it (entries stored uncompressed). Written deterministically: entries in
 * the given order, each stamped 1980-01-01 00:00 (the zip epoch, independent of the time zone), no
 * comments, so equal arrays give equal bytes. Loads with {@code numpy.load("x.npz")}.
 */
public final class Npz {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Npz() {}

  /** Writes the arrays, in map order, to {@code file} atomically. */
  public static void write(Path file, Map<String, NpyArray> arrays) {
    AtomicFiles.write(file, out -> {
      ZipOutputStream zip = new ZipOutputStream(out);
      for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
        byte[] b = Npy.toBytes(e.getValue());
        ZipEntry z = new ZipEntry(e.getKey() + ".npy");
        z.setMethod(ZipEntry.STORED);
        z.setTimeLocal(EPOCH);
        z.setSize(b.length);
        z.setCompressedSize(b.length);
        CRC32 crc = new CRC32();
        crc.update(b);
        z.setCrc(crc.getValue());
        zip.putNextEntry(z);
        zip.write(b);
        zip.closeEntry();
      }
      zip.finish();
    });
  }

  /** Reads every array of an .npz file, in archive order. */
  public static Map<String, NpyArray> read(Path file) {
    Map<String, NpyArray> out = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (!name.endsWith(".npy")) {
          throw new InputException(file + ": entry " + name + " is not a .npy array");
        }
        byte[] b = Npy.readAll(zip);
        out.put(name.substring(0, name.length() - 4),
            Npy.read(new ByteArrayInputStream(b), file + "!" + name));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage());
    }
    return out;
  }
}
