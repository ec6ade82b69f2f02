package org.knotwork.common.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyResult;

/**
 * Run directories, the same for every study kind: {@code spec.json} (the canonical spec, with its
 * {@code kind}), the files the study writes, and, last, {@code manifest.json} ({@link Manifest}).
 *
 * <p>A run is <em>finished</em> exactly when its manifest exists. Every other file is a pure function
 * of the spec, its inputs and the Knotwork build: {@link #compare} checks them byte for byte against
 * the digests of an original's manifest ({@code knotwork rerun}). A directory left by an interrupted
 * run of the same spec (no manifest) is continued: the study resumes from its checkpoint, or runs
 * again, replacing files atomically; a directory holding another spec is refused. When a new
 * directory's study fails on bad input ({@link InputException}, e.g. a malformed data file), the
 * directory is removed, so that nothing half-written is left.
 */
public final class RunDirectory {
  /** The canonical spec. */
  public static final String SPEC = "spec.json";
  /** The manifest, written last. */
  public static final String MANIFEST = "manifest.json";

  private RunDirectory() {}

  /**
   * How to run.
   *
   * @param threads worker threads, &ge; 1
   * @param inputDirectory where relative input paths of the spec resolve
   * @param recordedRun on rerun, the original run directory; else null
   * @param progress progress reports
   * @param cancelled polled by long studies
   */
  public record Options(int threads, Path inputDirectory, Path recordedRun,
      StudyContext.Progress progress, BooleanSupplier cancelled) {

    /** Options with {@code threads} threads, inputs relative to the working directory. */
    public static Options of(int threads) {
      return new Options(threads, Path.of("").toAbsolutePath(), null,
          StudyContext.Progress.NONE, () -> false);
    }

    /** The same options with inputs resolving against {@code dir}. */
    public Options inputsFrom(Path dir) {
      return new Options(threads, dir, recordedRun, progress, cancelled);
    }

    /** The same options reading the recorded inputs of {@code original}. */
    public Options rerunOf(Path original) {
      return new Options(threads, inputDirectory, original, progress, cancelled);
    }

    /** The same options with a progress sink. */
    public Options withProgress(StudyContext.Progress p) {
      return new Options(threads, inputDirectory, recordedRun, p, cancelled);
    }
  }

  /** A finished run: its directory, how the study ended, and the manifest. */
  public record Finished(Path directory, StudyResult result, Manifest manifest) {}

  /**
   * Runs a study into {@code dir}: refuses a finished directory or one holding another spec, writes
   * the spec, runs the study, and writes the manifest last.
   *
   * @throws InputException if {@code dir} holds a finished run or another spec's unfinished run
   */
  public static Finished run(Study<?> study, Path dir, Options options) {
    refuseFinished(dir);
    String spec = study.json();
    Path specFile = dir.resolve(SPEC);
    if (Files.isRegularFile(specFile)) {
      String old;
      try {
        old = Files.readString(specFile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + specFile, e);
      }
      if (!old.equals(spec)) {
        throw new InputException("run directory " + dir + " holds an unfinished run of another "
            + "spec; choose another directory or delete it");
      }
    }
    boolean fresh = !Files.exists(dir);
    AtomicFiles.writeString(specFile, spec);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    StudyContext ctx = new StudyContext(dir, study.seed(), options.threads(),
        options.inputDirectory(), options.recordedRun(), options.progress(), options.cancelled());
    StudyResult r;
    try {
      r = study.run(ctx);
    } catch (InputException e) {
      if (fresh) {
        // bad input found before any result: leave nothing half-written behind
        deleteTree(dir);
      }
      throw e;
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    Manifest m = new Manifest(study.kind().name(), BuildInfo.version(), BuildInfo.gitCommit(),
        BuildInfo.jvm(), System.getProperty("os.name") + " " + System.getProperty("os.version")
            + " " + System.getProperty("os.arch"), started.toString(), wall, study.seed(),
        options.threads(), r.normal(), r.message(), r.metrics(), digests(dir),
        EigenBackends.used().orElse(Manifest.NO_EIGEN_BACKEND));
    AtomicFiles.writeString(dir.resolve(MANIFEST), Json.pretty(m.toTree()));
    return new Finished(dir, r, m);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: the input error is what the caller must see
    }
  }

  /** Whether {@code dir} holds a finished run (its manifest exists). */
  public static boolean isFinished(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /** Fails if {@code dir} already holds a finished run. */
  public static void refuseFinished(Path dir) {
    if (isFinished(dir)) {
      throw new InputException("run directory " + dir + " already holds a finished run ("
          + MANIFEST + "); choose another directory");
    }
  }

  /** The manifest of a finished run. */
  public static Manifest manifest(Path dir) {
    if (!isFinished(dir)) {
      throw new InputException(dir + " is not a finished run directory (no " + MANIFEST + ")");
    }
    Path f = dir.resolve(MANIFEST);
    return Manifest.fromTree(Json.readTree(f, "manifest"), f.toString());
  }

  /** The study recorded in a run directory's {@code spec.json}. */
  public static Study<?> study(Path dir) {
    Path f = dir.resolve(SPEC);
    if (!Files.isRegularFile(f)) {
      throw new InputException(dir + " has no " + SPEC + ": not a run directory");
    }
    return Studies.read(SpecText.read(f), null);
  }

  /** Whether a file of a run directory is one of its results (digested and compared). */
  static boolean isResult(String relative) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    return !relative.equals(MANIFEST) && !name.equals(StudyContext.CHECKPOINT)
        && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
  }

  /**
   * SHA-256 of every result file under {@code dir} (all regular files except the manifest, the
   * checkpoint, and temporary or partial files), by relative path with '/' separators, sorted.
   */
  public static Map<String, String> digests(Path dir) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path p : files) {
      String rel = dir.relativize(p).toString().replace('\\', '/');
      if (isResult(rel)) {
        out.put(rel, Digests.sha256(p));
      }
    }
    return out;
  }

  /**
   * The outcome of a byte-for-byte comparison.
   *
   * @param identical true if every result file of the original has the same SHA-256 in the
   *     reproduction and the reproduction has no extra result file
   * @param files per file: "identical", "differs", "missing" (in the reproduction) or "extra"
   * @param sameBuild whether the two manifests name the same version and commit
   */
  public record Comparison(boolean identical, Map<String, String> files, boolean sameBuild) {}

  /**
   * Compares the result files of {@code reproduction} with the digests recorded in {@code
   * original}'s manifest.
   */
  public static Comparison compare(Path original, Path reproduction) {
    Manifest a = manifest(original);
    Map<String, String> now = digests(reproduction);
    Map<String, String> verdict = new LinkedHashMap<>();
    boolean same = true;
    for (Map.Entry<String, String> e : a.sha256().entrySet()) {
      String d = now.get(e.getKey());
      String v = d == null ? "missing" : d.equals(e.getValue()) ? "identical" : "differs";
      same &= v.equals("identical");
      verdict.put(e.getKey(), v);
    }
    for (String f : now.keySet()) {
      if (!verdict.containsKey(f)) {
        verdict.put(f, "extra");
        same = false;
      }
    }
    boolean sameBuild = false;
    if (isFinished(reproduction)) {
      Manifest b = manifest(reproduction);
      sameBuild = a.version().equals(b.version()) && a.commit().equals(b.commit());
    }
    return new Comparison(same, verdict, sameBuild);
  }
}
