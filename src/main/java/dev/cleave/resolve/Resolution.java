package dev.cleave.resolve;

import dev.cleave.model.IdentifierTerms;
import dev.cleave.model.Unresolved;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Diagnostic;
import dev.cleave.parse.ParsedSources;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The project's classes and their dependencies, all sorted by id.
 *
 * @param parsed the parsed sources the resolution is made from
 * @param classes the top-level classes
 * @param dependencies dependencies between two project classes
 * @param metadataDependencies dependencies of package and module declarations on classes, with
 *     {@code package a.b} or {@code module path} as source
 * @param libraryDependencies dependencies of project classes on library types outside the JDK
 * @param libraryUsage the number of references to each JDK and library package
 * @param unresolved the references whose target could not be determined
 * @param sql string literals that hold SQL
 * @param terms the words of the identifiers each class declares
 * @param diagnostics problems found while reading and resolving, sorted by path
 * @param failedFiles the number of files whose resolution failed, so that their dependencies
 *     are missing
 */
public record Resolution(
    ParsedSources parsed,
    List<ClassInfo> classes,
    List<Dependency> dependencies,
    List<Dependency> metadataDependencies,
    List<Dependency> libraryDependencies,
    SortedMap<String, Integer> libraryUsage,
    Unresolved unresolved,
    List<SqlUse> sql,
    IdentifierTerms terms,
    List<Diagnostic> diagnostics,
    int failedFiles) {

  public Resolution {
    classes = List.copyOf(classes);
    dependencies = List.copyOf(dependencies);
    metadataDependencies = List.copyOf(metadataDependencies);
    libraryDependencies = List.copyOf(libraryDependencies);
    libraryUsage = Collections.unmodifiableSortedMap(new TreeMap<>(libraryUsage));
    sql = List.copyOf(sql);
    diagnostics = List.copyOf(diagnostics);
  }
}
