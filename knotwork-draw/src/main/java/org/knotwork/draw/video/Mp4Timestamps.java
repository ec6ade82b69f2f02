package org.knotwork.draw.video;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Clears the wall-clock creation and modification times that jcodec writes into an MP4's movie,
 * track and media headers ({@code mvhd}, {@code tkhd}, {@code mdhd}; ISO/IEC 14496-12 &sect;8.2.2,
 * 8.3.2, 8.4.2), setting them to 0 ("unknown"), so that the same frames give the same bytes. Nothing
 * else is touched.
 */
final class Mp4Timestamps {
  private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia");
  private static final Set<String> HEADERS = Set.of("mvhd", "tkhd", "mdhd");

  private Mp4Timestamps() {}

  /**
   * Zeroes the time fields in place.
   *
   * @return the number of header boxes cleared
   */
  static int clear(byte[] mp4) {
    return walk(ByteBuffer.wrap(mp4), 0, mp4.length);
  }

  private static int walk(ByteBuffer b, int from, int to) {
    int cleared = 0;
    int pos = from;
    while (pos + 8 <= to) {
      long size = Integer.toUnsignedLong(b.getInt(pos));
      String type = new String(new byte[] {b.get(pos + 4), b.get(pos + 5), b.get(pos + 6),
          b.get(pos + 7)}, java.nio.charset.StandardCharsets.ISO_8859_1);
      int header = 8;
      if (size == 1) {
        size = b.getLong(pos + 8);
        header = 16;
      } else if (size == 0) {
        size = to - pos;
      }
      if (size < header || pos + size > to) {
        throw new IllegalStateException("malformed MP4 box '" + type + "' at offset " + pos);
      }
      int body = pos + header;
      if (CONTAINERS.contains(type)) {
        cleared += walk(b, body, (int) (pos + size));
      } else if (HEADERS.contains(type)) {
        int version = b.get(body) & 0xFF;
        int fields = body + 4;
        int width = version == 1 ? 8 : 4;
        for (int k = 0; k < 2 * width; k++) {
          b.put(fields + k, (byte) 0);
        }
        cleared++;
      }
      pos += (int) size;
    }
    return cleared;
  }
}
