/** Measures a decomposition: quality metrics of the field, and agreement with a ground truth. */
package dev.cleave.evaluate;
