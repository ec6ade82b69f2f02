/**
 * Full-batch gradient descent with recording (notes &sect;4): loss, mode strengths
 * K<sub>j,&alpha;&alpha;</sub>, the specialisation index and K matrices at chosen steps.
 */
package org.knotwork.pathways.train;
