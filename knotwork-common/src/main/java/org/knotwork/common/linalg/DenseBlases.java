package org.knotwork.common.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds {@link DenseBlas} providers. Unlike the eigen backend, nothing switches to a native provider
 * by itself: a caller asks for one by name ({@link #named}), or reads the user's choice from the
 * system property {@value #PROPERTY} ({@link #selected()}: {@code java} by default, {@code auto}
 * for the first available native provider, else Java, or a provider's name), because a native
 * provider gives other bits than the Java loops (docs/linalg.md &sect;7).
 */
public final class DenseBlases {
  /** The system property that selects the provider for callers that honour it. */
  public static final String PROPERTY = "knotwork.blas";

  private DenseBlases() {
  }

  /** The pure-Java provider. */
  public static DenseBlas java() {
    return JavaDenseBlas.INSTANCE;
  }

  /** Every provider found by {@link ServiceLoader}, available or not, in class-path order. */
  public static List<DenseBlas> providers() {
    List<DenseBlas> found = new ArrayList<>();
    ServiceLoader.load(DenseBlas.class, DenseBlases.class.getClassLoader()).forEach(found::add);
    return found;
  }

  /** The provider chosen by the system property {@value #PROPERTY} (default {@code java}). */
  public static DenseBlas selected() {
    return choose(System.getProperty(PROPERTY, "java"), providers());
  }

  /**
   * The provider of that name ({@code java}, {@code auto} or a provider's name) among those found.
   *
   * @throws IllegalStateException if it is missing or cannot run here
   */
  public static DenseBlas named(String name) {
    return choose(name, providers());
  }

  /**
   * The rule of {@link #selected()}: {@code java} (or blank) takes Java; {@code auto} the first
   * available candidate, else Java; any other value the candidate of that name, which must be
   * available.
   *
   * @throws IllegalStateException if a named provider is missing or cannot run here
   */
  public static DenseBlas choose(String preference, List<DenseBlas> candidates) {
    return LinalgProvider.choose(PROPERTY, "BLAS", preference, java().name(), java(), candidates);
  }

}
