/** The {@code cleave} command line: parses arguments, runs the pipeline, reports to the user. */
package dev.cleave.cli;
