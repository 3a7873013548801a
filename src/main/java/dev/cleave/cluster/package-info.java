/** Proposes services by clustering the class graph with the Leiden algorithm. */
package dev.cleave.cluster;
