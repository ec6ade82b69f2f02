/**
 * Throughput measurement of the engine (a main class, not a unit test; numbers in the module
 * README).
 */
package org.knotwork.spiking.bench;
