package dev.cleave.parse;

/**
 * A string value of an annotation element on a type, field or method, such as the table name of
 * {@code @Table(name = "orders")}.
 *
 * @param owner the binary name of the type that declares the annotated element
 * @param annotation the annotation's name as written, {@code Table} or {@code jakarta.persistence.Table}
 * @param element the element name; {@code value} for the single-element form {@code @Foo("x")}
 * @param value the string, one per entry of an array value
 * @param line the line of the annotation
 */
public record AnnotationValue(
    String owner, String annotation, String element, String value, int line) {

  /** Returns the annotation's simple name. */
  public String simpleName() {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }
}
