package dev.cleave.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Progress;
import dev.cleave.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InitialDeclarationTest {

  @Test
  void declarationMatchesProposalOfShop() throws Exception {
    Path shop = Path.of("test-fixtures", "shop").toRealPath();
    Analysis analysis = new Cleave(AnalysisOptions.builder(shop).threads(2).build(),
        Progress.NONE).analyze(List.of());

    ProjectConfig declaration = InitialDeclaration.of(analysis.proposal(),
        analysis.structure().classes(), ProjectConfig.defaults());
    Assignment assignment = new ServiceMatcher(declaration).assign(analysis.structure().classes());

    Map<String, String> proposed = new TreeMap<>();
    for (Service service : analysis.proposal().services()) {
      service.classes().forEach(id -> proposed.put(id, service.name()));
    }
    analysis.proposal().sharedLibraries().forEach(library ->
        library.classes().forEach(id -> proposed.put(id, library.name())));
    assertThat(analysis.proposal().sharedLibraries()).isNotEmpty();
    assertThat(assignment.unassigned()).isEmpty();
    assertThat(assignment.ambiguous()).isEmpty();
    assertThat(assignment.ownerOf()).isEqualTo(proposed);
    int patterns = declaration.services().stream()
        .mapToInt(s -> s.packages().size() + s.classes().size()).sum();
    assertThat(patterns).isLessThan(analysis.structure().classes().size() / 2);
  }

  @Test
  void declarationAllowsCurrentDependencies() throws Exception {
    Path shop = Path.of("test-fixtures", "shop").toRealPath();
    Analysis analysis = new Cleave(AnalysisOptions.builder(shop).threads(2).build(),
        Progress.NONE).analyze(List.of());

    ProjectConfig declaration = InitialDeclaration.of(analysis.proposal(),
        analysis.structure().classes(), ProjectConfig.defaults());
    Analysis checked = new Cleave(AnalysisOptions.builder(shop).threads(2).config(declaration)
        .build(), Progress.NONE).analyze(List.of());

    assertThat(checked.conformance().violations())
        .extracting(v -> v.rule().id())
        .doesNotContain("forbidden-dependency", "unassigned-class", "ambiguous-class",
            "tier-inversion");
    assertThat(checked.proposal().services()).extracting(Service::classes)
        .containsExactlyInAnyOrderElementsOf(
            analysis.proposal().services().stream().map(Service::classes).toList());
  }

  @Test
  void splitPackageListsMinorityClasses() {
    List<ClassInfo> classes = List.of(info("com.a.One", 10), info("com.a.Two", 10),
        info("com.a.Three", 10), info("com.a.b.Four", 10), info("Root", 3));
    dev.cleave.model.Proposal proposal = new dev.cleave.model.Proposal(List.of(
        new Service("big", List.of("com.a.One", "com.a.Two", "com.a.b.Four"), 30),
        new Service("small", List.of("com.a.Three", "Root"), 13)), List.of(), 1);

    ProjectConfig declaration = InitialDeclaration.of(proposal, classes,
        ProjectConfig.defaults());

    assertThat(declaration.services().get(0).packages()).containsExactly("com.a");
    assertThat(declaration.services().get(0).classes()).isEmpty();
    assertThat(declaration.services().get(1).packages()).isEmpty();
    assertThat(declaration.services().get(1).classes()).containsExactly("Root", "com.a.Three");
  }

  private static ClassInfo info(String name, int lines) {
    return new ClassInfo(name, name, name.replace('.', '/') + ".java", "", ClassInfo.Kind.CLASS,
        lines, List.of(), List.of(), List.of(), List.of(), java.util.Set.of());
  }
}
