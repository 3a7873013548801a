package dev.cleave.parse;

/**
 * Where a name occurs: the file it occurs in and the innermost named type around it.
 *
 * @param file the imports and package of the file
 * @param type the binary name of the innermost declared type, or {@code null} outside any type
 *     (in imports and package annotations)
 */
public record Scope(FileContext file, String type) {}
