/**
 * Seeded, splittable random streams: {@link org.knotwork.common.random.Rng#of(long, String)} names a
 * stream by seed and path ("init", "minibatch/3"), so results never depend on the order in which
 * streams are drawn or on the number of threads.
 */
package org.knotwork.common.random;
