package org.knotwork.common.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Chooses the {@link EigenBackend} behind {@link SymmetricEigen}: the system property
 * {@value #PROPERTY} = {@code auto} (default: the first available backend found by
 * {@link ServiceLoader}, else the pure-Java one), {@code java}, or a backend's name (that backend,
 * and an error if it cannot run here). The choice is made once per JVM.
 */
public final class EigenBackends {
  /** The system property that selects the backend. */
  public static final String PROPERTY = "knotwork.eigen";

  private static volatile EigenBackend selected;

  private EigenBackends() {
  }

  /** The backend every {@link SymmetricEigen} call without an explicit backend uses. */
  public static EigenBackend selected() {
    EigenBackend s = selected;
    if (s == null) {
      synchronized (EigenBackends.class) {
        s = selected;
        if (s == null) {
          List<EigenBackend> found = new ArrayList<>();
          ServiceLoader.load(EigenBackend.class, EigenBackends.class.getClassLoader())
              .forEach(found::add);
          s = choose(System.getProperty(PROPERTY, "auto"), found);
          selected = s;
        }
      }
    }
    return s;
  }

  /**
   * The name of the backend {@link #selected()} chose, if anything in this JVM has asked for it
   * yet, without loading one (what a run manifest records: the backend the process used).
   */
  public static java.util.Optional<String> used() {
    EigenBackend s = selected;
    return s == null ? java.util.Optional.empty() : java.util.Optional.of(s.name());
  }

  /** The pure-Java backend (EJML), always available. */
  public static EigenBackend java() {
    return JavaEigenBackend.INSTANCE;
  }

  /**
   * The rule of {@link #selected()} applied to a preference and a list of candidates: {@code auto}
   * takes the first available candidate, else Java; {@code java} takes Java; any other value the
   * candidate of that name, which must be available.
   *
   * @throws IllegalStateException if a named backend is missing or cannot run here
   */
  public static EigenBackend choose(String preference, List<EigenBackend> candidates) {
    return LinalgProvider.choose(PROPERTY, "eigen backend", preference, "auto", java(), candidates);
  }

}
