/**
 * Figures of {@code spiking} runs on knotwork-draw: raster, rate map, correlation against
 * distance, neural-field growth rates.
 */
package org.knotwork.spiking.render;
