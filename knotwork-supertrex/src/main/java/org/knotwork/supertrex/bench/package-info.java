/**
 * Throughput of the SUPERTREX loop (Euler steps per second), a main class outside the test suite;
 * its NumPy peer is {@code bench/peer_supertrex_numpy.py}.
 */
package org.knotwork.supertrex.bench;
