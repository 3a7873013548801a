package dev.cleave.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ClassInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

  private static ClassIndex index(String... names) {
    List<ClassInfo> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(new ClassInfo(name, name, name.replace('.', '/') + ".java", "",
          ClassInfo.Kind.CLASS, 10, List.of(), List.of(), List.of(), List.of(), Set.of()));
    }
    return new ClassIndex(classes);
  }

  @Test
  void wordsSplitAtCaseChanges() {
    assertThat(ClassNames.words("PetTypeFormatter")).containsExactly("Pet", "Type", "Formatter");
    assertThat(ClassNames.words("HTTPServer")).containsExactly("HTTP", "Server");
    assertThat(ClassNames.words("Order2Item")).containsExactly("Order2", "Item");
    assertThat(ClassNames.words("Vets")).containsExactly("Vets");
  }

  @Test
  void stemsDropOneWordOrPlural() {
    assertThat(ClassNames.stems("VisitController")).containsExactly("Visit", "Controller");
    assertThat(ClassNames.stems("JdbcOwnerRepository"))
        .containsExactly("JdbcOwner", "OwnerRepository");
    assertThat(ClassNames.stems("Vets")).containsExactly("Vet");
    assertThat(ClassNames.stems("Address")).isEmpty();
  }

  @Test
  void linksClassesNamedAfterOthers() {
    ClassIndex index = index("a.Pet", "a.PetClinicApplication", "a.PetType", "a.PetTypeFormatter",
        "b.Vet", "b.Vets", "c.Visit", "c.VisitController");

    PairWeights weights = ClassNames.of(index);

    // Numbered by id: Pet 0, PetClinicApplication 1, PetType 2, PetTypeFormatter 3, Vet 4,
    // Vets 5, Visit 6, VisitController 7.
    assertThat(weights.get(0, 2)).isEqualTo(1.0);
    assertThat(weights.get(2, 3)).isEqualTo(1.0);
    assertThat(weights.get(4, 5)).isEqualTo(1.0);
    assertThat(weights.get(6, 7)).isEqualTo(1.0);
    assertThat(weights.get(0, 1)).isZero();
    assertThat(weights.get(0, 3)).isZero();
    assertThat(weights.size()).isEqualTo(4);
  }

  @Test
  void splitsWeightBetweenEqualNames() {
    ClassIndex index = index("a.Order", "b.Order", "c.OrderService");

    PairWeights weights = ClassNames.of(index);

    assertThat(weights.get(0, 2)).isEqualTo(0.5);
    assertThat(weights.get(1, 2)).isEqualTo(0.5);
  }

  @Test
  void packagesLinkTheirClassesEvenly() {
    ClassIndex index = index("a.One", "a.Two", "a.Three", "b.Alone");

    PairWeights weights = Packages.of(index);

    // Numbered by id: a.One 0, a.Three 1, a.Two 2, b.Alone 3. Three classes: 1 / (3 - 1).
    assertThat(weights.get(0, 1)).isEqualTo(0.5);
    assertThat(weights.get(0, 2)).isEqualTo(0.5);
    assertThat(weights.get(1, 2)).isEqualTo(0.5);
    assertThat(weights.get(0, 3)).isZero();
    assertThat(weights.size()).isEqualTo(3);
  }
}
