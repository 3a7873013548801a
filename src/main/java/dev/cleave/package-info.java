/**
 * Cleave finds service boundaries in a Java monolith. {@link dev.cleave.Cleave} runs the
 * pipeline; each stage is a package named after it, and front ends only build options.
 */
package dev.cleave;
