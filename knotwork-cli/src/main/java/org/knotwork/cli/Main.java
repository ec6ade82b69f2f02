package org.knotwork.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./knotwork}. */
@Command(name = "knotwork",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Knotwork: the exact spline lens on shallow univariate ReLU networks.")
public final class Main implements Runnable {
  /** Exit status for bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit status for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
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
      CommandLine.HelpCommand.class);

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
    return commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
  }

  /**
   * The configured command line with Knotwork's error conventions. Picocli reflects over every
   * option of every subcommand it is given (tens of milliseconds for all of them), so when the
   * first argument names a subcommand only that one is added; otherwise (no argument, an option
   * such as {@code --version}, {@code help}, a misspelt command) all are, for the usage and the
   * suggestions.
   *
   * @param first the first command-line argument, or null
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cmd = new CommandLine(new Main());
    List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> {
      Command a = c.getAnnotation(Command.class);
      return !c.equals(CommandLine.HelpCommand.class)
          && (a.name().equals(first) || Arrays.asList(a.aliases()).contains(first));
    }).toList();
    for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) {
      cmd.addSubcommand(c);
    }
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
