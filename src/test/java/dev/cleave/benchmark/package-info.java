/** The benchmark: Cleave's cost against reading and bare parsing of the same files. */
package dev.cleave.benchmark;
