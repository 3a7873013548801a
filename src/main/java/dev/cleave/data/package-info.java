/** Finds what data each class touches, from the parsed and resolved sources. */
package dev.cleave.data;
