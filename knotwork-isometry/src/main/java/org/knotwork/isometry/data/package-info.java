/**
 * Offline data sets read from where Debian packages install them, checked by SHA-256 (docs/isometry.md
 * &sect;7): the 8 &times; 8 digits of {@code python3-sklearn}. Nothing is downloaded at run time.
 */
package org.knotwork.isometry.data;
