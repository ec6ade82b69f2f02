/**
 * Video writers: a sequence of frames written as an animated GIF
 * ({@link org.knotwork.draw.video.GifWriter}, javax.imageio) or an H.264 MP4
 * ({@link org.knotwork.draw.video.Mp4Writer}, jcodec), with deterministic bytes, and the size,
 * frame rate and frame count a renderer is asked for ({@link org.knotwork.draw.video.VideoOptions}).
 */
package org.knotwork.draw.video;
