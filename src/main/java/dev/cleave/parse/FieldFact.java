package dev.cleave.parse;

/**
 * A field, enum constant or record component.
 *
 * @param name the field name
 * @param type its declared type
 * @param isStatic whether it is static (enum constants and interface fields are)
 * @param isFinal whether it is final (enum constants, record components and interface fields are)
 * @param enumConstant whether it is an enum constant
 */
public record FieldFact(
    String name, TypeExpr type, boolean isStatic, boolean isFinal, boolean enumConstant) {}
