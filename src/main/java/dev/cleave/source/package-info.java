/** Finds the Java sources of a checkout: modules, source roots, files and what was left out. */
package dev.cleave.source;
