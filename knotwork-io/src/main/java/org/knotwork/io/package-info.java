/**
 * Files in and out: the NET.json network format, data CSV with header {@code x,y}, JSON output of
 * spline coordinates, and atomic writes (temporary file, then rename) so that no reader ever sees a
 * half-written file. Every malformed input raises {@link org.knotwork.common.io.InputException} with one line
 * naming the file, the field or line, and what was expected.
 */
package org.knotwork.io;

