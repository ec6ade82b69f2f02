/**
 * Elementary functions needed in hot loops: {@link org.knotwork.reservoir.math.Tanh}, a pure-Java
 * transcription of fdlibm's tanh that returns the same bits as {@code StrictMath.tanh} without the JNI
 * call that JDK 17 makes for it.
 */
package org.knotwork.reservoir.math;
