/** JMH benchmarks of the gradient step (not run by the test suite; see StepBenchmark). */
package org.knotwork.pathways.bench;
