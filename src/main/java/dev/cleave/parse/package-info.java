/**
 * Parses each source file with JavaParser and keeps only its facts: declared types, imports and
 * references with their kind and line. The syntax trees are dropped file by file.
 */
package dev.cleave.parse;
