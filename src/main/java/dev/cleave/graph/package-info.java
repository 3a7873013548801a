/** Builds the class and package dependency graphs with JGraphT and finds their cycles. */
package dev.cleave.graph;
