/**
 * Videos of learning dynamics: each frame composes function space, spline space and the loss curve
 * with a time cursor ({@link org.knotwork.render.video.FrameComposer}); frames are written as an
 * animated GIF or an H.264 MP4 by the writers of knotwork-draw ({@code org.knotwork.draw.video}),
 * with deterministic bytes.
 */
package org.knotwork.render.video;
