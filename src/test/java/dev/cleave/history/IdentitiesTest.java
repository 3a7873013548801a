package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.id;
import static dev.cleave.history.HistoryFixtures.options;
import static dev.cleave.history.HistoryFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.History;
import dev.cleave.model.Person;
import dev.cleave.model.ProjectConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentitiesTest {

  @TempDir Path temp;

  static java.util.stream.Stream<LogReader> readers() {
    return HistoryFixtures.readers();
  }

  private History readShown(LogReader reader) {
    return stage(options(temp, ProjectConfig.defaults()).showAuthors(true).build(), reader)
        .read().files();
  }

  private static Person person(History history, String name) {
    return history.people().stream().filter(p -> name.equals(p.name())).findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void emailsAndSpellingsMergeIntoOnePerson(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("Stéphane Nicoll", "snicoll@pivotal.io", "2024-01-01");
      repo.write("a.txt", "2\n").commit("Stephane Nicoll", "stephane@broadcom.com",
          "2024-01-02");
      repo.write("a.txt", "3\n").commit("snicoll", "SNicoll@Pivotal.io", "2024-01-03");
      repo.write("a.txt", "4\n").commit("Stéphane Nicoll", "snicoll@pivotal.io", "2024-01-04");
      repo.write("a.txt", "5\n").commit("Jürgen Weiß", "jw@example.com", "2024-01-05");
      repo.write("a.txt", "6\n").commit("Juergen Weiss", "juergen@example.org", "2024-01-06");
    }

    History history = readShown(reader);

    assertThat(history.people()).hasSize(2);
    Person stephane = person(history, "Stéphane Nicoll");
    assertThat(stephane.email()).isEqualTo("snicoll@pivotal.io");
    assertThat(stephane.commits()).isEqualTo(4);
    assertThat(stephane.aliases()).containsExactly("SNicoll@Pivotal.io", "Stephane Nicoll",
        "snicoll", "stephane@broadcom.com");
    assertThat(stephane.id()).isEqualTo(id("snicoll@pivotal.io"));
    Person jurgen = person(history, "Juergen Weiss");
    assertThat(jurgen.commits()).isEqualTo(2);
    assertThat(jurgen.email()).isEqualTo("juergen@example.org");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void mailmapGivesProperNameAndEmail(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write(".mailmap", """
          # comment <ignored@example.com>
          Jane Doe <jane@example.com> <jd@old.example>
          <ops@example.com> Build Server <build@ci.example>
          Proper Dan <dan@example.com>
          """);
      repo.write("a.txt", "1\n").commit("Jane Doe", "jane@example.com", "2024-01-01");
      repo.write("a.txt", "2\n").commit("J. D.", "jd@old.example", "2024-01-02");
      repo.write("a.txt", "3\n").commit("Build Server", "build@ci.example", "2024-01-03");
      repo.write("a.txt", "4\n").commit("dan", "dan@example.com", "2024-01-04");
    }

    History history = readShown(reader);

    assertThat(history.people()).extracting(Person::label).containsExactlyInAnyOrder(
        "Jane Doe <jane@example.com>", "Build Server <ops@example.com>",
        "Proper Dan <dan@example.com>");
    assertThat(person(history, "Jane Doe").commits()).isEqualTo(2);
    assertThat(person(history, "Jane Doe").aliases()).isEmpty();
    assertThat(history.notes()).contains("Identities were mapped by .mailmap.");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void genericNamesAndEmailsDoNotMerge(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("root", "root@host-a.example", "2024-01-01");
      repo.write("a.txt", "2\n").commit("root", "root@host-b.example", "2024-01-02");
      repo.write("a.txt", "3\n").commit("Al", "al@a.example", "2024-01-03");
      repo.write("a.txt", "4\n").commit("Al", "al@b.example", "2024-01-04");
    }

    History history = readShown(reader);

    assertThat(history.people()).hasSize(4);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void latinOneAuthorNamesDecode(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n");
      repo.commitEncoded("Jürgen Groß", "jg@example.com", "2024-01-01",
          StandardCharsets.ISO_8859_1, true);
      repo.write("a.txt", "2\n");
      repo.commitEncoded("Zoë Ångström", "zoe@example.com", "2024-01-02",
          StandardCharsets.ISO_8859_1, false);
      repo.write("a.txt", "3\n").commit("Zoë Ångström", "zoe@example.com", "2024-01-03");
    }

    History history = readShown(reader);

    assertThat(history.people()).extracting(Person::name)
        .containsExactlyInAnyOrder("Jürgen Groß", "Zoë Ångström");
    assertThat(person(history, "Zoë Ångström").commits()).isEqualTo(2);
  }

  @Test
  void hiddenAuthorsCarryPseudonymsOnly() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("Alice Example", "Alice@Example.com", "2024-01-01");
    }

    History history = HistoryFixtures.read(temp, ProjectConfig.defaults(), new JGitLog(2));

    Person alice = history.people().get(0);
    // hmac.new(b"cleave-author-pseudonym", b"alice@example.com", sha256) in Python
    assertThat(alice.id()).isEqualTo("author-7dd7e3a8");
    assertThat(alice.name()).isNull();
    assertThat(alice.email()).isNull();
    assertThat(alice.aliases()).isEmpty();
    assertThat(alice.label()).isEqualTo("author-7dd7e3a8");
    assertThat(history.authorsShown()).isFalse();
  }

  @Test
  void mailmapReadsAllFourForms() {
    Mailmap mailmap = Mailmap.parse("""
        Proper One <one@example.com>
        <two@example.com> <old-two@example.com>
        Proper Three <three@example.com> <old-three@example.com>
        Proper Four <four@example.com> Old Four <old-four@example.com>
        #Ignored <ignored@example.com>
        """);

    assertThat(mailmap.map("one", "ONE@example.com"))
        .isEqualTo(new Mailmap.Identity("Proper One", "ONE@example.com"));
    assertThat(mailmap.map("Two", "old-two@example.com"))
        .isEqualTo(new Mailmap.Identity("Two", "two@example.com"));
    assertThat(mailmap.map("x", "old-three@example.com"))
        .isEqualTo(new Mailmap.Identity("Proper Three", "three@example.com"));
    assertThat(mailmap.map("old four", "old-four@example.com"))
        .isEqualTo(new Mailmap.Identity("Proper Four", "four@example.com"));
    assertThat(mailmap.map("Other Four", "old-four@example.com"))
        .isEqualTo(new Mailmap.Identity("Other Four", "old-four@example.com"));
    assertThat(mailmap.map("Ignored", "ignored@example.com"))
        .isEqualTo(new Mailmap.Identity("Ignored", "ignored@example.com"));
  }

  @Test
  void nameKeyDropsAccentsAndSpellsUmlauts() {
    assertThat(List.of("Stéphane  Nicoll", "Jürgen Weiß", "Juergen Weiss", "O'Brien, Seán"))
        .extracting(Identities::nameKey)
        .containsExactly("stephane nicoll", "juergen weiss", "juergen weiss", "o brien sean");
  }
}
