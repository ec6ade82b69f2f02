/**
 * Benchmarks of this module, run by hand (not by the tests): {@link
 * org.knotwork.multivariate.bench.RegionTiming}, region enumeration time against width
 * (docs/multivariate-deep.md §3.4).
 */
package org.knotwork.multivariate.bench;
