package dev.cleave.parse;

import dev.cleave.model.Diagnostic;
import dev.cleave.source.SourceFile;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Everything Cleave keeps of one parsed file.
 *
 * @param file the file
 * @param role whether the file declares types, a package or a module
 * @param context the package and imports
 * @param charset the encoding the file was decoded with
 * @param lines the number of lines in the file
 * @param types the named types it declares, outermost first
 * @param references the references to types in its code and Javadoc
 * @param sql string literals that read like SQL
 * @param annotationValues the string values of annotations on its declarations
 * @param fieldWrites the places where its code assigns or mutates a field
 * @param problems why parsing failed or what it had to assume
 * @param parsed whether the parser produced a syntax tree without errors
 */
public record FileFacts(
    SourceFile file,
    Role role,
    FileContext context,
    Charset charset,
    int lines,
    List<TypeFact> types,
    List<RefFact> references,
    List<SqlFact> sql,
    List<AnnotationValue> annotationValues,
    List<FieldWrite> fieldWrites,
    List<Diagnostic> problems,
    boolean parsed) {

  public FileFacts {
    types = List.copyOf(types);
    references = List.copyOf(references);
    sql = List.copyOf(sql);
    annotationValues = List.copyOf(annotationValues);
    fieldWrites = List.copyOf(fieldWrites);
    problems = List.copyOf(problems);
  }

  /** What a file declares. */
  public enum Role {
    /** One or more top-level types, or nothing at all. */
    TYPES,
    /** {@code package-info.java}: package annotations and documentation. */
    PACKAGE_INFO,
    /** {@code module-info.java}: a module declaration. */
    MODULE_INFO
  }
}
