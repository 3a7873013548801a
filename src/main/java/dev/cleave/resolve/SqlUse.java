package dev.cleave.resolve;

import dev.cleave.model.Location;

/**
 * A string literal holding SQL, with the class whose code contains it.
 *
 * @param classId the class id
 * @param text the statement as written, with {@code ?} where the code concatenates a value
 * @param location where the literal is
 */
public record SqlUse(String classId, String text, Location location) {}
