/**
 * The explicit, parameterised operation counter of the notes &sect;7 and check 19. Counts follow the
 * implementation's own loops operation by operation (tests verify them by running the models through a
 * counting arithmetic); the ratio D2R2 versus ESN is reported for the configured sizes, never
 * hard-coded.
 */
package org.knotwork.reservoir.cost;
