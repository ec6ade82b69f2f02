/** Dense-vector helpers shared by every module (dot products, scaled norms, axpy, Gram-Schmidt). */
package org.knotwork.common.math;
