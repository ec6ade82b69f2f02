package org.knotwork.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./knotwork}. */
@Command(name = "knotwork",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Knotwork: the exact spline lens on shallow univariate ReLU networks.",
    subcommands = {
        DemoCommand.class,
        ConvertCommand.class,
        InspectCommand.class,
        InitCommand.class,
        SpectrumCommand.class,
        AtlasCommand.class,
        SliceCommand.class,
        TrainCommand.class,
        RegimeCommand.class,
        RenderCommand.class,
        BenchCommand.class,
        RunCommand.class,
        RerunCommand.class,
        ReproduceCommand.class,
        SweepCommand.class,
        PathwaysCommand.class,
        ReservoirCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status for bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit status for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI and exits the JVM with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the CLI in-process and returns its exit status (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line with Knotwork's error conventions. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(false);
    cmd.setParameterExceptionHandler((ex, args) -> {
      String name = ex.getCommandLine().getCommandName();
      err.println("knotwork: " + oneLine(ex.getMessage())
          + " (see 'knotwork " + (name.equals("knotwork") ? "" : name + " ") + "--help')");
      return BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, cl, parsed) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException) {
        err.println("knotwork: " + oneLine(ex.getMessage()));
        return BAD_INPUT;
      }
      err.println("knotwork: internal error: " + oneLine(String.valueOf(ex)));
      if (System.getenv("KNOTWORK_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    });
    return cmd;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.lines().map(String::strip).filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + " " + b).orElse("");
  }
}
