package dev.cleave.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.model.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandLineTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ExitCode run(String... args) {
    return new CleaveCommandLine(new PrintWriter(out), new PrintWriter(err), false).run(args);
  }

  private Path shop() throws Exception {
    return shop(temp.resolve("shop"));
  }

  /** Commits a two-class shop, first by Alice, then a change by Bob. */
  private static Path shop(Path root) throws Exception {
    Path billing = Files.createDirectories(root.resolve("src/main/java/shop/billing"));
    Files.writeString(billing.resolve("Invoice.java"),
        "package shop.billing;\npublic class Invoice { Tax tax; }\n");
    Files.writeString(billing.resolve("Tax.java"),
        "package shop.billing;\npublic class Tax { Invoice invoice; }\n");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      commit(git, "Alice", "alice@example.com", 1);
      Files.writeString(billing.resolve("Tax.java"),
          "package shop.billing;\npublic class Tax { Invoice invoice; int rate; }\n");
      git.add().addFilepattern(".").call();
      commit(git, "Bob", "bob@example.com", 2);
    }
    return root;
  }

  private static void commit(Git git, String name, String email, int day) throws Exception {
    PersonIdent ident = new PersonIdent(name, email,
        ZonedDateTime.of(2024, 1, day, 12, 0, 0, 0, ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC);
    git.commit().setAuthor(ident).setCommitter(ident).setMessage("day " + day).setSign(false)
        .call();
  }

  private JsonNode analysisJson(Path output) throws Exception {
    return new ObjectMapper().readTree(output.resolve("analysis.json").toFile());
  }

  @Test
  void analyzeReadsHistoryAndHidesEmails() throws Exception {
    Path root = shop();
    Path output = temp.resolve("out");

    ExitCode code = run("analyze", root.toString(), "-o", output.toString());

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).contains("History: 2 commits read with git in ");
    assertThat(out.toString()).contains("; 1 team (inferred).");
    String json = Files.readString(output.resolve("analysis.json"));
    assertThat(json).doesNotContain("alice@example.com").doesNotContain("Alice");
    JsonNode analysis = analysisJson(output);
    JsonNode tax = analysis.get("history").get("classes").get("shop.billing.Tax");
    assertThat(tax.get("commits").asInt()).isEqualTo(2);
    assertThat(tax.get("authors").size()).isEqualTo(2);
    JsonNode service = analysis.get("services").get(0);
    assertThat(service.get("owner").get("team").asText()).isEqualTo("inferred-1");
    assertThat(service.get("owner").get("share").asDouble()).isEqualTo(1.0);
    assertThat(analysis.get("teams").get(0).get("services").get(0).asText())
        .isEqualTo(service.get("name").asText());
  }

  @Test
  void showAuthorsPutsNamesInReport() throws Exception {
    Path root = shop();
    Path output = temp.resolve("out");

    ExitCode code = run("analyze", root.toString(), "-o", output.toString(), "--show-authors");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(Files.readString(output.resolve("analysis.json")))
        .contains("\"email\" : \"alice@example.com\"");
    assertThat(Files.readString(output.resolve("index.html")))
        .contains("Alice &lt;alice@example.com&gt;");
  }

  @Test
  void noHistoryPrintsWhy() throws Exception {
    Path root = shop();
    Path output = temp.resolve("out");

    ExitCode code = run("analyze", root.toString(), "-o", output.toString(), "--no-history");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).contains("History not read: Reading the git history was turned"
        + " off (--no-history), so there are no teams, owners or co-change.");
    assertThat(analysisJson(output).get("history").get("status").asText())
        .isEqualTo("disabled");
  }

  @Test
  void sameHistoryElsewhereGivesSameBytes() throws Exception {
    Path first = shop(temp.resolve("a/shop"));
    Path second = shop(temp.resolve("b/shop"));

    ExitCode one = run("analyze", first.toString(), "-o", temp.resolve("one").toString());
    ExitCode two = run("analyze", second.toString(), "-o", temp.resolve("two").toString(),
        "--threads", "1");

    assertThat(one).isEqualTo(ExitCode.SUCCESS);
    assertThat(two).isEqualTo(ExitCode.SUCCESS);
    assertThat(temp.resolve("two/analysis.json"))
        .hasSameBinaryContentAs(temp.resolve("one/analysis.json"));
    assertThat(temp.resolve("two/index.html"))
        .hasSameBinaryContentAs(temp.resolve("one/index.html"));
  }

  @Test
  void sinceMustBeIsoDate() {
    ExitCode code = run("analyze", temp.toString(), "--since", "yesterday");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: --since must be an ISO date such as"
        + " 2024-01-31, was: yesterday" + System.lineSeparator());
  }

  @Test
  void sinceWithNoHistoryIsRejected() {
    ExitCode code = run("analyze", temp.toString(), "--since", "2024-01-01", "--no-history");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: --since has no effect with --no-history;"
        + " give one of them" + System.lineSeparator());
  }
}
