package dev.cleave.plan;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Dependency;
import dev.cleave.model.Proposal;
import dev.cleave.parse.FileFacts;
import java.util.List;

/**
 * The input of the plan: the classes, their facts and dependencies, their tables, the proposal,
 * and the churn and ownership from history.
 *
 * @param classes the top-level classes, sorted by id
 * @param files the parse facts of every file, for fields, field writes and annotation values
 * @param dependencies the class dependencies
 * @param data the tables each class reads and writes
 * @param proposal the proposed services and shared libraries
 * @param changes churn and ownership from version history, or {@link ChangeSignals#NONE}
 */
public record PlanInput(
    List<ClassInfo> classes,
    List<FileFacts> files,
    List<Dependency> dependencies,
    DataAccess data,
    Proposal proposal,
    ChangeSignals changes) {

  public PlanInput {
    classes = List.copyOf(classes);
    files = List.copyOf(files);
    dependencies = List.copyOf(dependencies);
  }
}
