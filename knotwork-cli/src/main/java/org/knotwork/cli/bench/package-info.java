/**
 * The machinery of {@code knotwork bench}: running Knotwork's side (in-process or through the JMH
 * benchmarks jar), running the PyTorch peer script, and rendering the table of times and ratios with
 * the machine it was measured on.
 */
package org.knotwork.cli.bench;
