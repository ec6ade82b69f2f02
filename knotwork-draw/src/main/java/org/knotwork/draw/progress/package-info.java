/**
 * Progress reporting for long work (training, sweeps, rendering): a terminal progress bar
 * (me.tongfei:progressbar) when standard error goes to a terminal, nothing otherwise.
 */
package org.knotwork.draw.progress;
