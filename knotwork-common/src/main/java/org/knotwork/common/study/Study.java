package org.knotwork.common.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwork.common.spec.SpecText;

/**
 * A spec together with its kind: what a spec file names, a run directory records, and the front ends
 * pass around without knowing the kind.
 *
 * @param kind the study kind
 * @param spec its spec
 * @param <S> the spec type
 */
public record Study<S>(StudyKind<S> kind, S spec) {

  /** Validates presence and the spec's type. */
  public Study {
    if (kind == null || spec == null) {
      throw new IllegalArgumentException("kind and spec are required");
    }
    if (!kind.specType().isInstance(spec)) {
      throw new IllegalArgumentException("a " + kind.name() + " study needs a "
          + kind.specType().getSimpleName() + ", got " + spec.getClass().getSimpleName());
    }
  }

  /** The canonical tree: {@code kind}, {@code format}, then the kind's fields. */
  public ObjectNode tree() {
    return SpecText.canonicalTree(kind.name(), kind.format(), kind.write(spec));
  }

  /** The canonical JSON text (what {@code spec.json} of a run directory holds). */
  public String json() {
    return SpecText.toJson(tree());
  }

  /** The spec's master seed. */
  public long seed() {
    return kind.seed(spec);
  }

  /** Runs the study. */
  public StudyResult run(StudyContext context) {
    return kind.run(spec, context);
  }

  /** Studies are equal when their kinds have the same name and their specs are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Study<?> s && kind.name().equals(s.kind.name()) && spec.equals(s.spec);
  }

  @Override
  public int hashCode() {
    return 31 * kind.name().hashCode() + spec.hashCode();
  }
}
