/**
 * Rendering of learning dynamics through the spline lens: figures, videos, the interactive viewer
 * and run reports of spline runs, built on the generic drawing toolkit of knotwork-draw
 * ({@code org.knotwork.draw}). The companion modules draw their own runs with that toolkit, each
 * in a render package of its own, without this module. Rendering is a front end: it depends on the
 * mathematical modules, never the reverse.
 */
package org.knotwork.render;
