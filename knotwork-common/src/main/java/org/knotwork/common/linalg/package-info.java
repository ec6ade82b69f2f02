/**
 * Dense symmetric eigen-decomposition and inertia behind Knotwork's own types (docs/linalg.md): callers
 * use {@link org.knotwork.common.linalg.SymmetricEigen} and {@link org.knotwork.common.linalg.Inertia};
 * the work is done by an {@link org.knotwork.common.linalg.EigenBackend} that
 * {@link org.knotwork.common.linalg.EigenBackends} chooses once per JVM: native LAPACK (module
 * {@code knotwork-lapack}, found by {@link java.util.ServiceLoader}) where it loads, else EJML in
 * Java. The decomposition reports its own residual max<sub>k</sub>&Vert;Av<sub>k</sub> &minus;
 * &lambda;<sub>k</sub>v<sub>k</sub>&Vert; so that every spectrum can be checked.
 */
package org.knotwork.common.linalg;
