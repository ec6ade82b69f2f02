package org.knotwork.draw.progress;

import java.io.Console;
import java.lang.reflect.Method;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A unit of long work that advances in steps. {@link #forTerminal} shows a progress bar on standard
 * error only when the process is attached to a terminal, and is silent otherwise (pipes, files, CI).
 */
public interface Progress extends AutoCloseable {

  /** Advances by one step. */
  void step();

  /** Finishes the bar (no-op when silent). */
  @Override
  void close();

  /** Opens progress for a task; {@code total} steps expected. */
  @FunctionalInterface
  interface Factory {
    /** A new progress for {@code task} with {@code total} steps. */
    Progress open(String task, long total);
  }

  /** Progress that reports nothing. */
  Progress NONE = new Progress() {
    @Override
    public void step() {}

    @Override
    public void close() {}
  };

  /** A factory that always reports nothing. */
  Factory SILENT = (task, total) -> NONE;

  /** A factory of terminal progress bars, silent when not attached to a terminal. */
  Factory TERMINAL = Progress::forTerminal;

  /** A progress bar on standard error if the process runs in a terminal, otherwise {@link #NONE}. */
  static Progress forTerminal(String task, long total) {
    if (!isTerminal()) {
      return NONE;
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).showSpeed()
        .setMaxRenderedLength(100).continuousUpdate().build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * Whether the JVM is attached to an interactive terminal: a console exists and (on JDK 22+,
   * where a console may exist without one) it reports being a terminal.
   */
  static boolean isTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
