/** Rendering of learning dynamics: figures, videos, the interactive viewer and run reports. */
package org.knotwork.render;
