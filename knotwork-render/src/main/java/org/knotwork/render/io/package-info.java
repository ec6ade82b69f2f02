/**
 * Files: the trajectory file format (a run as the renderer reads it) and the per-frame data files
 * written beside every video and embedded in the viewer (JSON, plus long-form CSV).
 */
package org.knotwork.render.io;
