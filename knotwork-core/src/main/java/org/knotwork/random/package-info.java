/**
 * Seeded randomness with named, independent streams.
 *
 * <p>Every random draw in Knotwork comes from an {@link org.knotwork.random.Rng} built from a user seed
 * and a stream name ("data", "init", "sgd", ...), so that changing how one part of a run consumes
 * random numbers never shifts another part, and the same seed gives the same bytes on any JVM and any
 * thread count. The generator is Hipparchus' WELL19937c with a pinned library version.
 */
package org.knotwork.random;
