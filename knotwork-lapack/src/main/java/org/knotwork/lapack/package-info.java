/**
 * Native LAPACK behind {@code org.knotwork.common.linalg.EigenBackend}: OpenBLAS through the JavaCPP
 * presets (Maven Central, natives inside the jar), registered in
 * {@code META-INF/services/org.knotwork.common.linalg.EigenBackend} and chosen by
 * {@code EigenBackends} when it loads (docs/linalg.md &sect;2).
 */
package org.knotwork.lapack;
