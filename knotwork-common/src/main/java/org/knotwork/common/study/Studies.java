package org.knotwork.common.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.spec.SpecText;

/**
 * The registry of study kinds found on the class path ({@link ServiceLoader}), and the reading of spec
 * trees whose {@code kind} field picks the kind.
 */
public final class Studies {
  private static volatile List<StudyKind<?>> kinds;

  private Studies() {}

  /** Every registered kind, by {@link StudyKind#position()} then name. */
  public static List<StudyKind<?>> all() {
    List<StudyKind<?>> k = kinds;
    if (k == null) {
      List<StudyKind<?>> found = new ArrayList<>();
      for (StudyKind<?> s : ServiceLoader.load(StudyKind.class, Studies.class.getClassLoader())) {
        if (found.stream().anyMatch(f -> f.name().equals(s.name()))) {
          throw new IllegalStateException("two study kinds are named " + s.name());
        }
        found.add(s);
      }
      found.sort(Comparator.<StudyKind<?>>comparingInt(StudyKind::position)
          .thenComparing(StudyKind::name));
      kinds = k = List.copyOf(found);
    }
    return k;
  }

  /** The names of the registered kinds, in order. */
  public static List<String> names() {
    return all().stream().map(StudyKind::name).toList();
  }

  /**
   * The kind named {@code name}.
   *
   * @throws InputException naming the known kinds
   */
  public static StudyKind<?> find(String name) {
    return all().stream().filter(k -> k.name().equals(name)).findFirst()
        .orElseThrow(() -> new InputException("spec field kind: unknown study kind \"" + name
            + "\"; known kinds: " + String.join(", ", names())));
  }

  /** The default study of a kind. */
  public static Study<?> defaults(String kind) {
    return defaults(find(kind));
  }

  private static <S> Study<S> defaults(StudyKind<S> kind) {
    return new Study<>(kind, kind.defaults());
  }

  /**
   * Reads a study from a spec tree: its {@code kind} field (or {@code defaultKind} when absent) picks
   * the kind, its {@code format} field (optional) must be the kind's, and the kind reads the rest.
   *
   * @throws InputException naming the field by its dotted path
   */
  public static Study<?> read(ObjectNode tree, String defaultKind) {
    String name = SpecText.kind(tree, defaultKind);
    if (name == null) {
      throw new InputException("spec field kind: missing; it names the study kind, one of "
          + String.join(", ", names()));
    }
    return read(find(name), tree);
  }

  /** Reads a study of a known kind from a spec tree. */
  public static <S> Study<S> read(StudyKind<S> kind, ObjectNode tree) {
    SpecNode root = SpecNode.root(tree);
    root.raw(SpecText.KIND);
    JsonNode format = root.raw(SpecText.FORMAT);
    if (format != null && !(format.isIntegralNumber() && format.intValue() == kind.format())) {
      throw root.error(SpecText.FORMAT, "this Knotwork reads format " + kind.format() + " of "
          + kind.name() + " specs, got " + format);
    }
    S spec = kind.read(root);
    root.finish();
    return new Study<>(kind, spec);
  }

  /**
   * Sets one field of a spec tree by dotted path, as the tree's kind (its {@code kind} field, or
   * {@code defaultKind}) sets fields ({@link StudyKind#set}).
   */
  public static void set(ObjectNode tree, String defaultKind, String dottedPath, String value) {
    find(SpecText.kind(tree, defaultKind)).set(tree, dottedPath, value);
  }

  /** Reads a spec file whose {@code kind} field (or {@code defaultKind}) picks the kind. */
  public static Study<?> read(Path file, String defaultKind) {
    return read(SpecText.read(file), defaultKind);
  }

  /** Every registered catalog entry, kinds in order, each kind's entries in its order. */
  public static List<CatalogEntry> catalog() {
    List<CatalogEntry> out = new ArrayList<>();
    for (StudyKind<?> k : all()) {
      for (CatalogEntry e : k.catalogEntries()) {
        if (out.stream().anyMatch(x -> x.id().equals(e.id()))) {
          throw new IllegalStateException("two catalog entries have id " + e.id());
        }
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The catalog entry with this id.
   *
   * @throws InputException naming the known ids
   */
  public static CatalogEntry entry(String id) {
    List<CatalogEntry> all = catalog();
    return all.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new InputException("no catalog entry '" + id + "'; known: "
            + String.join(", ", all.stream().map(CatalogEntry::id).toList())));
  }

  /**
   * The renderer of a study kind, found through {@link ServiceLoader}.
   *
   * @throws InputException if no module on the class path draws this kind
   */
  public static StudyRenderer renderer(String kind) {
    for (StudyRenderer r : ServiceLoader.load(StudyRenderer.class, Studies.class.getClassLoader())) {
      if (r.kind().equals(kind)) {
        return r;
      }
    }
    throw new InputException("no renderer draws " + kind + " runs");
  }
}
