package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

  /**
   * Asserts the bad-input contract: exit status 2, nothing on stdout, exactly one line on stderr
   * without a stack trace, containing every fragment (e.g. the field's name).
   */
  static void badInput(CliRun r, String... fragments) {
    assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }
}
