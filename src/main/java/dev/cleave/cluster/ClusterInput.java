package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Dependency;
import dev.cleave.model.IdentifierTerms;
import java.util.List;

/**
 * What the clustering reads: the classes and all evidence about how they belong together.
 *
 * @param classes the classes to place, sorted by id
 * @param dependencies the dependencies between them
 * @param data the tables each class touches
 * @param terms the words of each class's identifiers
 * @param history co-changes and authors, or {@link ChangeHistory#NONE}
 */
public record ClusterInput(
    List<ClassInfo> classes,
    List<Dependency> dependencies,
    DataAccess data,
    IdentifierTerms terms,
    ChangeHistory history) {

  public ClusterInput {
    classes = List.copyOf(classes);
    dependencies = List.copyOf(dependencies);
  }
}
