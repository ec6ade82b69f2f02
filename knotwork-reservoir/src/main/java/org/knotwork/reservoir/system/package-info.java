/**
 * The data generators: Lorenz 63 and the three-tier multi-scale Lorenz 96 of Thornes, D&uuml;ben &amp;
 * Palmer (2017), fixed-step RK4 and adaptive Dormand&ndash;Prince 8(5,3) integration sampled on a fixed
 * grid, and Benettin's estimate of the largest Lyapunov exponent (notes &sect;1&ndash;2, checks 1&ndash;5).
 */
package org.knotwork.reservoir.system;
