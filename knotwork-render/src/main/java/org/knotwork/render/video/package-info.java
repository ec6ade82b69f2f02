/**
 * Videos of learning dynamics: each frame composes function space, spline space and the loss curve
 * with a time cursor ({@link org.knotwork.render.video.FrameComposer}); frames are written as an
 * animated GIF (javax.imageio) or an H.264 MP4 (jcodec), with deterministic bytes.
 */
package org.knotwork.render.video;
