/**
 * Benchmark problems and the operations Knotwork is timed on, shared by the JMH benchmarks
 * ({@link org.knotwork.bench.jmh}), the in-process timer of {@code knotwork bench --quick} and the
 * PyTorch peer comparison (bench/peer_torch.py), so that every side measures the same work on the
 * same network and data.
 *
 * <p>A problem ({@link org.knotwork.bench.BenchProblem}) is N points x ~ U(&minus;1, 1) with
 * y = sin(&pi;x) + 0.1&middot;noise and a width-H network with PyTorch's default initialisation of
 * {@code nn.Linear(1, H)} and {@code nn.Linear(H, 1)}, all from one seed. The timed gradient-descent
 * step ({@link org.knotwork.bench.GradientDescent}) is the training package's update over
 * {@link org.knotwork.loss.LossWorkspace}.
 */
package org.knotwork.bench;
