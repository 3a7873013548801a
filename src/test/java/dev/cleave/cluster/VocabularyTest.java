package dev.cleave.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.IdentifierTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void sharedRareWordLinksTwoClasses() {
    // Eight classes; "visit" is in A and B only, "owner" in C and D, the rest unique words.
    ClassIndex index = index(8);
    SortedMap<String, SortedMap<String, Integer>> terms = new TreeMap<>();
    terms.put("c0", words("visit", "date"));
    terms.put("c1", words("visit", "form"));
    terms.put("c2", words("owner", "city"));
    terms.put("c3", words("owner", "phone"));
    for (int i = 4; i < 8; i++) {
      terms.put("c" + i, words("word" + (char) ('a' + i)));
    }

    PairWeights weights = Vocabulary.of(index, input(index, new IdentifierTerms(terms)));

    // Each vector has one shared word of weight log(8/2) and one unique word, dropped as it
    // links nothing: the cosine of the two visit classes is 1.
    assertThat(weights.get(0, 1)).isEqualTo(1.0);
    assertThat(weights.get(2, 3)).isEqualTo(1.0);
    assertThat(weights.get(0, 2)).isZero();
    assertThat(weights.size()).isEqualTo(2);
  }

  @Test
  void structuralCouplingDampsHubs() {
    // Fan-in f of n classes: log(1 + n/f) / log(1 + n); 1 for a class used once.
    assertThat(StructuralCoupling.damping(1, 100)).isEqualTo(1.0);
    assertThat(StructuralCoupling.damping(100, 100))
        .isEqualTo(Math.log(2) / Math.log(101));
  }

  static ClassIndex index(int n) {
    List<ClassInfo> classes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      classes.add(new ClassInfo("c" + i, "c" + i, "c" + i + ".java", "", ClassInfo.Kind.CLASS,
          10, List.of(), List.of(), List.of(), List.of(), Set.of()));
    }
    return new ClassIndex(classes);
  }

  static ClusterInput input(ClassIndex index, IdentifierTerms terms) {
    return new ClusterInput(index.classes(), List.of(), DataAccess.NONE, terms,
        ChangeHistory.NONE);
  }

  private static SortedMap<String, Integer> words(String... words) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void authorsAndCoChangeLinkClasses() {
    ClassIndex index = index(4);
    ChangeHistory history = new ChangeHistory(
        List.of(new ChangeHistory.CoChangePair("c0", "c1", 0.75)),
        new TreeMap<>(Map.of("c0", new java.util.TreeSet<>(Set.of("ann")),
            "c2", new java.util.TreeSet<>(Set.of("ann", "bob")),
            "c3", new java.util.TreeSet<>(Set.of("bob")))));
    ClusterInput input = new ClusterInput(index.classes(), List.of(), DataAccess.NONE,
        IdentifierTerms.NONE, history);

    PairWeights coChange = ChangeCoupling.coChange(index, input);
    PairWeights authors = ChangeCoupling.authors(index, input);

    assertThat(coChange.get(0, 1)).isEqualTo(0.75);
    // ann changed c0 and c2: 1/(2-1); bob changed c2 and c3: 1/(2-1).
    assertThat(authors.get(0, 2)).isEqualTo(1.0);
    assertThat(authors.get(2, 3)).isEqualTo(1.0);
    assertThat(authors.get(0, 3)).isZero();
  }
}
