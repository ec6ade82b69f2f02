package org.knotwork.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;

/**
 * The checks every study kind must pass, written once: a module's test extends this class, names its
 * kind, a small spec that runs in seconds, and bad field values, and inherits the tests. They show
 * that the kind is registered; that spec tree, record and canonical text round-trip in JSON and YAML;
 * that unknown fields and bad values are rejected with the dotted path; that a run gives the same
 * bytes twice, on 1 and on 2 threads; that an interrupted run directory is completed to the bytes of
 * an uninterrupted run; and that rerun finds the reproduction identical.
 *
 * @param <S> the spec type
 */
public abstract class StudyKindContract<S> {

  /**
   * A bad value for one field and what the message must say.
   *
   * @param path the field's dotted path
   * @param yaml the value, written as YAML
   * @param says a fragment the message must contain (besides "spec field PATH")
   */
  public record BadField(String path, String yaml, String says) {}

  /** The kind under test. */
  protected abstract StudyKind<S> kind();

  /** A spec of the kind that runs in a few seconds: the kind's example unless overridden. */
  protected S smallSpec() {
    return kind().example();
  }

  /** Bad values for fields, each rejected naming its path. */
  protected abstract List<BadField> badFields();

  @TempDir
  protected Path tmp;

  private Study<S> small() {
    return new Study<>(kind(), smallSpec());
  }

  @Test
  void theExampleRuns() {
    Path e = tmp.resolve("example");
    RunDirectory.run(new Study<>(kind(), kind().example()), e, RunDirectory.Options.of(2));
    assertThat(RunDirectory.isFinished(e)).isTrue();
  }

  @Test
  void kindIsRegistered() {
    assertThat(Studies.find(kind().name())).isInstanceOf(kind().getClass());
    assertThat(kind().name()).matches("[a-z][a-z0-9-]*");
  }

  @Test
  void defaultsAndSmallSpecRoundTripThroughJsonAndYaml() {
    for (S spec : List.of(kind().defaults(), smallSpec())) {
      Study<S> s = new Study<>(kind(), spec);
      String json = s.json();
      Study<?> back = Studies.read(SpecText.parse(json, SpecText.Syntax.JSON, "json"), null);
      assertThat(back.spec()).isEqualTo(spec);
      assertThat(back.json()).isEqualTo(json);
      String yaml = SpecText.toYaml(s.tree());
      Study<?> fromYaml = Studies.read(SpecText.parse(yaml, SpecText.Syntax.YAML, "yaml"), null);
      assertThat(fromYaml.spec()).isEqualTo(spec);
    }
  }

  @Test
  void omittedFieldsTakeTheDefaults() {
    ObjectNode tree = SpecText.parse("{\"kind\": \"" + kind().name() + "\"}",
        SpecText.Syntax.JSON, "minimal");
    assertThat(Studies.read(tree, null).spec()).isEqualTo(kind().defaults());
  }

  @Test
  void unknownFieldsAreRejectedByPath() {
    ObjectNode tree = small().tree();
    tree.put("bogusField", 1);
    assertThatThrownBy(() -> Studies.read(tree, null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field bogusField: unknown field");
  }

  @Test
  void badValuesAreRejectedByPath() {
    assertThat(badFields()).as("at least three bad fields are listed").hasSizeGreaterThanOrEqualTo(3);
    for (BadField b : badFields()) {
      ObjectNode tree = small().tree();
      SpecText.set(tree, b.path(), b.yaml());
      assertThatThrownBy(() -> Studies.read(tree, null)).as(b.path() + " = " + b.yaml())
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("spec field " + b.path())
          .hasMessageContaining(b.says());
    }
  }

  @Test
  void aRunGivesTheSameBytesTwiceAndOnOneOrTwoThreads() {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    RunDirectory.run(small(), a, RunDirectory.Options.of(1));
    RunDirectory.run(small(), b, RunDirectory.Options.of(2));
    Map<String, String> da = RunDirectory.digests(a);
    assertThat(da).containsKey(RunDirectory.SPEC).hasSizeGreaterThan(1);
    assertThat(RunDirectory.digests(b)).isEqualTo(da);
    RunDirectory.Comparison c = RunDirectory.compare(a, b);
    assertThat(c.identical()).isTrue();
    assertThat(c.sameBuild()).isTrue();
    assertThat(RunDirectory.manifest(a).kind()).isEqualTo(kind().name());
    assertThat(RunDirectory.study(a).spec()).isEqualTo(smallSpec());
  }

  @Test
  void anInterruptedRunIsCompletedToTheSameBytes() throws IOException {
    Path a = tmp.resolve("whole");
    RunDirectory.run(small(), a, RunDirectory.Options.of(1));
    // an interrupted directory: no manifest, one result file missing, another truncated
    Path c = tmp.resolve("interrupted");
    Files.createDirectories(c);
    List<String> results = RunDirectory.digests(a).keySet().stream()
        .filter(f -> !f.equals(RunDirectory.SPEC)).toList();
    try (Stream<Path> s = Files.walk(a)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path q = c.resolve(a.relativize(p).toString());
        Files.createDirectories(q.getParent());
        Files.copy(p, q);
      }
    }
    Files.delete(c.resolve(RunDirectory.MANIFEST));
    Files.delete(c.resolve(results.get(0)));
    if (results.size() > 1) {
      Path t = c.resolve(results.get(results.size() - 1));
      Files.write(t, new byte[] {1, 2, 3});
    }
    RunDirectory.run(small(), c, RunDirectory.Options.of(2));
    assertThat(RunDirectory.compare(a, c).identical()).isTrue();
  }

  @Test
  void aFinishedOrForeignDirectoryIsRefused() {
    Path a = tmp.resolve("done");
    RunDirectory.run(small(), a, RunDirectory.Options.of(1));
    assertThatThrownBy(() -> RunDirectory.run(small(), a, RunDirectory.Options.of(1)))
        .isInstanceOf(InputException.class).hasMessageContaining("already holds a finished run");
    Path f = tmp.resolve("foreign");
    RunDirectory.run(small(), f, RunDirectory.Options.of(1));
    assertThat(f.resolve(RunDirectory.MANIFEST).toFile().delete()).isTrue();
    Study<S> other = new Study<>(kind(), kind().defaults());
    if (!other.json().equals(small().json())) {
      assertThatThrownBy(() -> RunDirectory.run(other, f, RunDirectory.Options.of(1)))
          .isInstanceOf(InputException.class).hasMessageContaining("another spec");
    }
  }
}
