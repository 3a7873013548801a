package dev.cleave.parse;

/**
 * A string literal that reads like an SQL statement.
 *
 * @param from the binary name of the type whose code contains the literal
 * @param text the literal's value
 * @param line the line of the literal
 */
public record SqlFact(String from, String text, int line) {}
