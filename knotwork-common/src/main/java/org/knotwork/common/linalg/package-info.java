/**
 * Dense symmetric eigen-decomposition and inertia, behind Knotwork's own types so the back-end (EJML
 * today) can change without touching callers. The decomposition reports its own residual
 * max<sub>k</sub>&Vert;Av<sub>k</sub> &minus; &lambda;<sub>k</sub>v<sub>k</sub>&Vert; so that every
 * spectrum can be checked.
 */
package org.knotwork.common.linalg;
