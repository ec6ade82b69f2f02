package org.knotwork.common.io;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format, version 1.0 (numpy.lib.format): the magic string
 * {@code \x93NUMPY}, version bytes 1, 0, a little-endian uint16 header length, an ASCII header
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (r, c), }} padded with spaces and a final
 * newline so that the data start at a multiple of 64 bytes, then the values in C order. Loads with
 * {@code numpy.load("x.npy")}.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

  private Npy() {}

  /** The bytes of {@code a} in .npy format. */
  public static byte[] toBytes(NpyArray a) {
    StringBuilder shape = new StringBuilder("(");
    int[] s = a.shape();
    for (int k = 0; k < s.length; k++) {
      shape.append(k == 0 ? "" : ", ").append(s[k]);
    }
    if (s.length == 1) {
      shape.append(',');
    }
    shape.append(')');
    String dict = "{'descr': '" + a.dtype() + "', 'fortran_order': False, 'shape': " + shape
        + ", }";
    int preamble = MAGIC.length + 2 + 2;
    int total = preamble + dict.length() + 1;
    int padded = (total + 63) / 64 * 64;
    String header = dict + " ".repeat(padded - total) + "\n";
    ByteBuffer buf = ByteBuffer.allocate(padded + 8 * a.size()).order(ByteOrder.LITTLE_ENDIAN);
    buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
    buf.put(header.getBytes(StandardCharsets.US_ASCII));
    if (a.doubles() != null) {
      buf.asDoubleBuffer().put(a.doubles());
    } else {
      buf.asLongBuffer().put(a.longs());
    }
    return buf.array();
  }

  /** Writes {@code a} to a stream. */
  public static void write(OutputStream out, NpyArray a) throws IOException {
    out.write(toBytes(a));
  }

  /** Writes {@code a} to a file atomically. */
  public static void write(Path file, NpyArray a) {
    byte[] b = toBytes(a);
    AtomicFiles.write(file, out -> out.write(b));
  }

  /**
   * Reads an array written in format 1.0 or 2.0 with descr {@code <f8} or {@code <i8}, C order.
   *
   * @throws InputException if the bytes are not such an array
   */
  public static NpyArray read(InputStream in, String where) throws IOException {
    DataInputStream d = new DataInputStream(in);
    byte[] magic = new byte[6];
    d.readFully(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new InputException(where + " is not a .npy file (bad magic string)");
    }
    int major = d.readUnsignedByte();
    d.readUnsignedByte();
    int headerLength;
    if (major == 1) {
      headerLength = d.readUnsignedByte() | (d.readUnsignedByte() << 8);
    } else if (major == 2 || major == 3) {
      byte[] len = new byte[4];
      d.readFully(len);
      headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt();
    } else {
      throw new InputException(where + ": unsupported .npy version " + major);
    }
    byte[] hb = new byte[headerLength];
    d.readFully(hb);
    String header = new String(hb, StandardCharsets.ISO_8859_1);
    Matcher m = DESCR.matcher(header);
    Matcher f = FORTRAN.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (!m.find() || !f.find() || !s.find()) {
      throw new InputException(where + ": malformed .npy header " + header.strip());
    }
    String descr = m.group(1);
    if (f.group(1).equals("True")) {
      throw new InputException(where + ": Fortran-ordered arrays are not supported");
    }
    List<Integer> dims = new ArrayList<>();
    for (String part : s.group(1).split(",")) {
      if (!part.isBlank()) {
        dims.add(Integer.parseInt(part.strip()));
      }
    }
    int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
    long size = 1;
    for (int x : shape) {
      size *= x;
    }
    if (size > Integer.MAX_VALUE / 8) {
      throw new InputException(where + ": array of " + size + " values is too large");
    }
    byte[] data = new byte[(int) size * 8];
    d.readFully(data);
    ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    if (descr.equals(NpyArray.FLOAT64)) {
      double[] v = new double[(int) size];
      buf.asDoubleBuffer().get(v);
      return NpyArray.of(shape, v);
    }
    if (descr.equals(NpyArray.INT64)) {
      long[] v = new long[(int) size];
      buf.asLongBuffer().get(v);
      return NpyArray.ofLongs(shape, v);
    }
    throw new InputException(where + ": unsupported dtype " + descr + " (only <f8 and <i8)");
  }

  /** Reads a .npy file. */
  public static NpyArray read(Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage());
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
