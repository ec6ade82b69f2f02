package org.knotwork.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the CLI, as the launcher would run it: its exit status and what it wrote
 * to stdout and stderr.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record CliRun(int status, String out, String err) {

  /** Runs {@code knotwork args...} in this JVM. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(status, out.toString(), err.toString());
  }
}
