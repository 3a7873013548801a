/** Shared value types of the pipeline: type names, dependency kinds, options and the analysis. */
package dev.cleave.model;
