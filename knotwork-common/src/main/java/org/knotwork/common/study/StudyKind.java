package org.knotwork.common.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.spec.SpecText;

/**
 * One kind of study of the lab (the spline lens's training, the regime experiment, deep linear
 * pathways, reservoirs, ...): everything the common front ends ({@code run}, {@code rerun}, {@code
 * sweep}, {@code reproduce}, {@code render}) need to know about it. Implementations are discovered
 * at run time through {@link java.util.ServiceLoader} (a line in {@code
 * META-INF/services/org.knotwork.common.study.StudyKind}), so a new module implements this interface
 * in its own folder and edits nothing else; see ARCHITECTURE.md.
 *
 * <p>The spec is an immutable value (a record) that validates itself on construction. Its text form
 * is a tree: {@link #read} takes every omitted field from {@link #defaults()}, rejects unknown fields
 * and reports a bad value naming its dotted path ({@link SpecNode}); {@link #write} gives the
 * canonical tree with every field explicit, so that {@code read(write(s))} equals {@code s}.
 *
 * @param <S> the spec type
 */
public interface StudyKind<S> {

  /** The kind's name, the value of a spec's {@code kind} field: lower case with dashes. */
  String name();

  /** One line saying what the study does, for listings. */
  String summary();

  /** The spec type. */
  Class<S> specType();

  /** The format number of the kind's spec text, written in the {@code format} field. */
  default int format() {
    return 1;
  }

  /** The spec with every field at its default. */
  S defaults();

  /**
   * A small spec that runs in a few seconds: what {@code run --kind NAME --example} starts from, what
   * the tests of every kind run, and a template for users. The defaults unless the kind says
   * otherwise.
   */
  default S example() {
    return defaults();
  }

  /**
   * Reads a spec from its tree (the {@code kind} and {@code format} fields are already checked and
   * read). Must call {@link SpecNode#finish()} on every object it reads.
   *
   * @throws org.knotwork.common.io.InputException naming the field by its dotted path
   */
  S read(SpecNode root);

  /**
   * Sets one field of a spec tree by dotted path ({@code --set}, {@code --grid}): {@link
   * SpecText#set} unless the kind knows better, e.g. that switching a method drops the old method's
   * fields.
   */
  default void set(ObjectNode tree, String dottedPath, String value) {
    SpecText.set(tree, dottedPath, value);
  }

  /** The canonical tree of {@code spec}, without {@code kind} and {@code format}. */
  ObjectNode write(S spec);

  /** The spec's master seed (recorded in the manifest; streams derive from it). */
  long seed(S spec);

  /**
   * Runs the study, writing its result files into {@link StudyContext#directory()} atomically (the
   * spec file and the manifest are written by the caller). Must give the same bytes for the same
   * spec whatever {@link StudyContext#threads()}; a directory holding a checkpoint of an interrupted
   * run of the same spec is continued from it (or simply run again: files are replaced atomically),
   * ending with the bytes of an uninterrupted run.
   *
   * @throws org.knotwork.common.io.InputException for bad input (a missing data file, ...)
   */
  StudyResult run(S spec, StudyContext context);

  /** The reproduction catalog's entries this kind contributes, in order. */
  default List<CatalogEntry> catalogEntries() {
    return List.of();
  }

  /** Where this kind's entries come in listings: lower first; ties by name. */
  default int position() {
    return 100;
  }
}
