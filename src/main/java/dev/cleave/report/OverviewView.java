package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Service;
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
   * A service's size and coupling.
   *
   * @param anchor the service's element id
   * @param name the service name
   * @param classes its classes
   * @param lines the lines of its classes
   * @param share its lines as a fraction of all classes' lines, from 0 to 1
   * @param percent the share in whole percent
   * @param outgoing code references from its classes to other services
   * @param incoming code references from other services to its classes
   */
  public record ServiceRow(String anchor, String name, int classes, int lines, double share,
      int percent, int outgoing, int incoming) {}

  static OverviewView of(Analysis analysis, List<Section> notAnalysed) {
    ProjectSummary project = analysis.project();
    List<Figure> figures = List.of(
        new Figure(project.files(), "files analysed"),
        new Figure(project.lines(), "lines"),
        new Figure(analysis.structure().classes().size(), "classes"),
        new Figure(analysis.structure().dependencies().size(), "class dependencies"),
        new Figure(analysis.proposal().services().size(), "proposed services"),
        new Figure(analysis.structure().packageCycles().size(), "package cycles"),
        new Figure(analysis.structure().unresolved().total(), "unresolved references"));
    return new OverviewView(project.name(), figures, project.partial(), project.unparsedFiles(),
        project.files(), services(analysis), notAnalysed);
  }

  private static List<ServiceRow> services(Analysis analysis) {
    List<Service> services = analysis.proposal().services();
    long allLines = services.stream().mapToLong(Service::lines).sum();
    List<ServiceRow> rows = new ArrayList<>();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      int outgoing = 0;
      int incoming = 0;
      for (ServiceDependency dependency : analysis.proposal().dependencies()) {
        if (dependency.source().equals(service.name())) {
          outgoing += dependency.weight();
        }
        if (dependency.target().equals(service.name())) {
          incoming += dependency.weight();
        }
      }
      double share = allLines == 0 ? 0 : (double) service.lines() / allLines;
      rows.add(new ServiceRow(Assignment.anchor(i), service.name(), service.classes().size(),
          service.lines(), share, (int) Math.round(share * 100), outgoing, incoming));
    }
    return rows;
  }
}
