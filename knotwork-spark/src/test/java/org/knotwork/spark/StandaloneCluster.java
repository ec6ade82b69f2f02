package org.knotwork.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster for tests: a master and workers, each a separate JVM on loopback
 * (127.0.0.1 only), started from the test JVM's class path. Executors that the workers spawn get
 * Knotwork's classes through {@code spark.executor.extraClassPath} (see {@link #classPath()}).
 * {@link #close()} destroys every process it started and all of their descendants (the executor
 * JVMs), also after a failed start.
 */
final class StandaloneCluster implements AutoCloseable {
  /** Bound on every wait for a process to start or register. */
  static final Duration START = Duration.ofSeconds(90);

  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
  private static final Pattern WORKER_ADDRESS =
      Pattern.compile("Starting Spark worker (127\\.0\\.0\\.1:\\d+) ");

  /** A worker JVM and its log. */
  record Worker(String name, Process process, Path log) {
    /** Whether the JVM with this process id is the worker or one of its executors. */
    boolean owns(long pid) {
      return process.pid() == pid || process.descendants().anyMatch(h -> h.pid() == pid);
    }
  }

  private final Path dir;
  private final Path sparkHome;
  private final Path log4j;
  private final List<Process> processes = new ArrayList<>();
  private final List<Worker> workers = new ArrayList<>();
  private final Thread reaper = new Thread(this::destroyAll, "standalone-cluster-reaper");
  private Process master;
  private Path masterLog;
  private String url;

  /** A cluster whose logs, work and scratch directories live under {@code dir}; nothing runs. */
  StandaloneCluster(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    // The workers build each executor's command line with Spark's launcher, which wants a Spark
    // home with a jars folder; ours is empty, the class path comes from extraClassPath.
    this.sparkHome = dir.resolve("spark-home");
    Files.createDirectories(sparkHome.resolve("jars"));
    this.log4j = dir.resolve("log4j2-cluster.properties");
    Files.writeString(log4j, String.join("\n",
        "rootLogger.level = warn",
        "rootLogger.appenderRef.stderr.ref = console",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.target = SYSTEM_ERR",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = %d %p %c: %m%n",
        "logger.deploy.name = org.apache.spark.deploy",
        "logger.deploy.level = info",
        ""));
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** The test JVM's class path (Surefire puts the full test class path there). */
  static String classPath() {
    String cp = System.getProperty("java.class.path");
    if (cp == null || cp.isBlank()) {
      throw new IllegalStateException("java.class.path is empty");
    }
    return cp;
  }

  /**
   * The JVM flags Spark needs on Java 17 ({@code --add-opens ...}), passed by the pom as the
   * system property {@code knotwork.spark.opens} (from {@code spark.test.opens}).
   */
  static List<String> opens() {
    String s = System.getProperty("knotwork.spark.opens", "").trim();
    if (s.isEmpty()) {
      throw new IllegalStateException("system property knotwork.spark.opens is not set; run the "
          + "test through Maven (the pom passes spark.test.opens)");
    }
    return Arrays.asList(s.split("\\s+"));
  }

  /** The master's URL, {@code spark://127.0.0.1:PORT}. */
  String url() {
    return url;
  }

  /** Starts the master on a free port and waits until it accepts workers. */
  void startMaster() throws IOException, InterruptedException {
    masterLog = dir.resolve("master.log");
    master = launch(masterLog, List.of("-Dspark.worker.timeout=30",
        "-Dspark.master.rest.enabled=false"), Map.of(), "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
    Matcher[] found = new Matcher[1];
    await("the master to start", master, masterLog, () -> {
      Matcher m = MASTER_URL.matcher(read(masterLog));
      if (m.find()) {
        found[0] = m;
        return true;
      }
      return false;
    });
    url = found[0].group(1);
  }

  /**
   * Starts workers (one core, 512 MiB each) until {@code n} are alive and waits until the master
   * has registered all of them.
   */
  void ensureWorkers(int n) throws IOException, InterruptedException {
    List<Worker> fresh = new ArrayList<>();
    while (alive().size() + fresh.size() < n) {
      String name = "worker-" + (workers.size() + fresh.size() + 1);
      Path work = Files.createDirectories(dir.resolve(name));
      Path local = Files.createDirectories(work.resolve("local"));
      Path log = dir.resolve(name + ".log");
      Process p = launch(log, List.of(), Map.of("SPARK_LOCAL_DIRS", local.toString()),
          "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1", "--cores", "1",
          "--memory", "512m", "--webui-port", "0", "--work-dir", work.toString());
      fresh.add(new Worker(name, p, log));
    }
    workers.addAll(fresh);
    for (Worker w : fresh) {
      String[] address = new String[1];
      await(w.name() + " to start", w.process(), w.log(), () -> {
        Matcher m = WORKER_ADDRESS.matcher(read(w.log()));
        address[0] = m.find() ? m.group(1) : null;
        return address[0] != null;
      });
      await("the master to register " + w.name() + " at " + address[0] + " (master log "
          + masterLog + ")", w.process(), w.log(),
          () -> read(masterLog).contains("Registering worker " + address[0] + " "));
    }
  }

  /** The workers whose JVM is alive. */
  List<Worker> alive() {
    return workers.stream().filter(w -> w.process().isAlive()).toList();
  }

  /** The live worker that owns the JVM {@code pid} (the worker or one of its executors). */
  Worker workerOf(long pid) {
    return alive().stream().filter(w -> w.owns(pid)).findFirst().orElseThrow(
        () -> new IllegalStateException("no live worker runs the JVM " + pid));
  }

  /** Kills {@code w} and its executors with SIGKILL and waits until they are gone. */
  static void kill(Worker w) throws InterruptedException {
    List<ProcessHandle> children = w.process().descendants().toList();
    w.process().destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    waitGone(w.process().toHandle());
    for (ProcessHandle c : children) {
      waitGone(c);
    }
  }

  /** Destroys every process started here and their descendants. */
  @Override
  public void close() {
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }

  private synchronized void destroyAll() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process p : processes) {
      all.addAll(p.descendants().toList());
      all.add(p.toHandle());
    }
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : all) {
      try {
        waitGone(h);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void waitGone(ProcessHandle h) throws InterruptedException {
    try {
      h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("process " + h.pid() + " did not die within 30 s", e);
    }
  }

  /** The tail of a process log, for failure messages. */
  static String tail(Path log) {
    String s = read(log);
    return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
  }

  private Process launch(Path log, List<String> jvmFlags, Map<String, String> extraEnv,
      String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.addAll(opens());
    cmd.add("-Dlog4j2.configurationFile=" + log4j);
    cmd.addAll(jvmFlags);
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    env.putAll(extraEnv);
    List.of("SPARK_CLASSPATH", "SPARK_DIST_CLASSPATH", "HADOOP_CONF_DIR", "YARN_CONF_DIR")
        .forEach(env::remove);
    synchronized (this) {
      Process p = pb.start();
      processes.add(p);
      return p;
    }
  }

  private static void await(String what, Process p, Path log, BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (!done.getAsBoolean()) {
      if (!p.isAlive()) {
        throw new IllegalStateException("waiting for " + what + ": process " + p.pid()
            + " exited with status " + p.exitValue() + "; its log " + log + ":\n" + tail(log));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waiting for " + what + ": nothing after "
            + START.toSeconds() + " s; log " + log + ":\n" + tail(log));
      }
      Thread.sleep(100);
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
