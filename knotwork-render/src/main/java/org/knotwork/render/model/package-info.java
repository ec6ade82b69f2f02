/**
 * The renderer's input model: a {@link org.knotwork.render.model.Trajectory} (data, ordered frames,
 * optional flow events, the initial network) and the choice of video frames at uniform training
 * time. Training code feeds it through a {@link org.knotwork.render.model.TrajectorySource}.
 */
package org.knotwork.render.model;
