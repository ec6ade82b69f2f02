/**
 * JMH benchmarks of the {@link org.knotwork.bench.Operation}s on {@link org.knotwork.bench.BenchProblem}s
 * with N = H = {@code size}. Run through {@code ./knotwork bench}, or directly:
 * {@code java -jar knotwork-bench/target/knotwork-benchmarks.jar SweepBenchmarks -p size=10000}.
 * Defaults follow the notes for 2 cores: one fork, 2 warm-up and 5 measured iterations of 1 s.
 */
package org.knotwork.bench.jmh;
