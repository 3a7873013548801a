/** Writes an analysis as HTML, JSON and other formats, atomically, into the report folder. */
package dev.cleave.report;
