package org.knotwork.cli;

import picocli.CommandLine.Option;

/**
 * The one {@code --threads} option of every command that can use several threads. The default is the
 * number of cores everywhere; the bytes a command writes never depend on it.
 */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of cores); results do not depend on it.")
  Integer threads;

  /** The requested thread count, or the number of cores. */
  int count() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 4096) {
      throw new IllegalArgumentException("--threads must be between 1 and 4096, got " + t);
    }
    return t;
  }
}
