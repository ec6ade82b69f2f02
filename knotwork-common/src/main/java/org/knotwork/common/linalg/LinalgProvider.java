package org.knotwork.common.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * What every provider of a linear-algebra service says about itself ({@link EigenBackend},
 * {@link DenseBlas}), and the one rule by which a service picks its provider from a user's
 * preference (docs/linalg.md &sect;2 and &sect;7).
 */
public interface LinalgProvider {
  /** A short name: the value of the service's system property that selects it. */
  String name();

  /**
   * Whether the provider can run here (for a native one: whether its library loaded). Must not
   * throw; an unavailable provider is never asked to compute.
   */
  boolean available();

  /** Why {@link #available()} is false (empty when it is true). */
  default String unavailableReason() {
    return "";
  }

  /**
   * The rule: {@code auto} takes the first available candidate, else {@code java}; the name of the
   * Java provider takes it; any other value the candidate of that name, which must be available. A
   * blank preference means {@code blank}.
   *
   * @param property the system property the preference came from, for messages
   * @param what what is chosen, for messages ("eigen backend", "BLAS")
   * @param preference the user's value
   * @param blank what a blank value means ({@code auto} or the Java provider's name)
   * @param java the pure-Java provider, always available
   * @param candidates the providers found by {@link java.util.ServiceLoader}, in order
   * @throws IllegalStateException if a named provider is missing or cannot run here
   */
  static <T extends LinalgProvider> T choose(String property, String what, String preference,
      String blank, T java, List<T> candidates) {
    String p = preference == null || preference.isBlank() ? blank : preference.trim();
    if (p.equals("auto")) {
      for (T b : candidates) {
        if (b.available()) {
          return b;
        }
      }
      return java;
    }
    if (p.equals(java.name())) {
      return java;
    }
    for (T b : candidates) {
      if (b.name().equals(p)) {
        if (!b.available()) {
          throw new IllegalStateException(property + "=" + p + " but that " + what
              + " cannot run here: " + b.unavailableReason());
        }
        return b;
      }
    }
    List<String> names = new ArrayList<>(List.of("auto", java.name()));
    candidates.forEach(b -> names.add(b.name()));
    throw new IllegalStateException(property + " must be one of " + names + ", got '" + p + "'");
  }
}
