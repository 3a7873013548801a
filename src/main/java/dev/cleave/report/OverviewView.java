package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview: the project's size, the proposed services with their shares, and what limits
 * the analysis.
 *
 * @param name the project name
 * @param figures the headline numbers
 * @param partial whether some files could not be analysed
 * @param unparsedFiles how many files could not be read or parsed completely
 * @param files how many files were analysed
 * @param services one row per service, in the proposal's order
 * @param notAnalysed the parts of the plan this run did not produce, with their section ids
 */
public record OverviewView(
    String name,
    List<Figure> figures,
    boolean partial,
    int unparsedFiles,
    int files,
    List<ServiceRow> services,
    List<Section> notAnalysed) {

  /** A headline number and what it counts. */
  public record Figure(long value, String label) {}

  /**
   * A section of the page.
   *
   * @param anchor its element id
   * @param title its heading
   */
  public record Section(String anchor, String title) {}

  /**
   * A service's or shared library's size and coupling.
   *
   * @param anchor the service's element id
   * @param name the service name
   * @param library whether it is a shared library
   * @param classes its classes
   * @param lines the lines of its classes
   * @param share its lines as a fraction of all classes' lines, from 0 to 1
   * @param percent the share in whole percent
   * @param outgoing code references from its classes to other services
   * @param incoming code references from other services to its classes
   */
  public record ServiceRow(String anchor, String name, boolean library, int classes, int lines,
      double share, int percent, int outgoing, int incoming) {}

  static OverviewView of(Analysis analysis, Assignment assignment, List<Section> notAnalysed) {
    ProjectSummary project = analysis.project();
    List<Figure> figures = List.of(
        new Figure(project.files(), "files analysed"),
        new Figure(project.lines(), "lines"),
        new Figure(analysis.structure().classes().size(), "classes"),
        new Figure(analysis.structure().dependencies().size(), "class dependencies"),
        new Figure(analysis.proposal().services().size(),
            analysis.conformance().declared() ? "declared services" : "proposed services"),
        new Figure(analysis.proposal().sharedLibraries().stream()
            .mapToInt(library -> library.classes().size()).sum(), "shared-library classes"),
        new Figure(analysis.structure().packageCycles().size(), "package cycles"),
        new Figure(analysis.structure().unresolved().total(), "unresolved references"));
    return new OverviewView(project.name(), figures, project.partial(), project.unparsedFiles(),
        project.files(), services(assignment), notAnalysed);
  }

  private static List<ServiceRow> services(Assignment assignment) {
    List<Assignment.Group> groups = assignment.groups();
    long allLines = groups.stream().mapToLong(Assignment.Group::lines).sum();
    List<ServiceRow> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Assignment.Group group = groups.get(i);
      int outgoing = 0;
      int incoming = 0;
      for (ServiceDependency dependency : assignment.dependencies()) {
        if (dependency.source().equals(group.name())) {
          outgoing += dependency.weight();
        }
        if (dependency.target().equals(group.name())) {
          incoming += dependency.weight();
        }
      }
      double share = allLines == 0 ? 0 : (double) group.lines() / allLines;
      rows.add(new ServiceRow(Assignment.anchor(i), group.name(), group.library(),
          group.classes().size(), group.lines(), share, (int) Math.round(share * 100), outgoing,
          incoming));
    }
    return rows;
  }
}
