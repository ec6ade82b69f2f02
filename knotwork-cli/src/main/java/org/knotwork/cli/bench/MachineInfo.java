package org.knotwork.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What a measurement ran on: date, processors, CPU model, JDK, and the load average. */
public final class MachineInfo {
  private MachineInfo() {}

  /** The current UTC date and time, e.g. 2025-11-22 21:03 UTC. */
  public static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
  }

  /** CPU model from /proc/cpuinfo, or the OS architecture where that is unavailable. */
  public static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  /** The 1-, 5- and 15-minute load averages from /proc/loadavg, or "n/a". */
  public static String loadAverage() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/loadavg"));
      String[] f = lines.get(0).split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** One line: processors, CPU, JDK and OS. */
  public static String describe() {
    return String.format(Locale.ROOT, "%d processors (%s), JDK %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
        System.getProperty("java.vendor"), System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}
