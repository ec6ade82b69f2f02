/**
 * Running independent tasks on a bounded number of threads, results in task order, a task's own
 * exception rethrown: what study kinds, catalog entries and sweeps use so that their output never
 * depends on how many threads ran it.
 */
package org.knotwork.common.concurrent;
