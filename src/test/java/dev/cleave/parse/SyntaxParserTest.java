package dev.cleave.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Diagnostic;
import org.junit.jupiter.api.Test;

class SyntaxParserTest {

  @Test
  void lexicalErrorGetsItsPosition() {
    SyntaxParser.Outcome outcome = new SyntaxParser().parse("A.java",
        "class A {\n  String s = \"unterminated;\n}\n");

    assertThat(outcome.clean()).isFalse();
    Diagnostic first = outcome.problems().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.column()).isPositive();
  }

  @Test
  void legacyKeywordNamesParseAtJavaOneFour() {
    SyntaxParser.Outcome outcome = new SyntaxParser().parse("Old.java",
        "class Old { void m(java.util.Vector v) { java.util.Enumeration enum = v.elements();"
            + " assert enum != null; } }");

    assertThat(outcome.clean()).isTrue();
    assertThat(outcome.problems()).isEmpty();
  }

  @Test
  void longTokenListIsShortened() {
    String message = "Parse error. Found \"{\", expected one of \"a\" \"b\" \"c\" \"d\" \"e\" \"f\""
        + " \"g\" \"h\"";

    assertThat(SyntaxParser.firstLine(message)).isEqualTo(
        "Parse error. Found \"{\", expected one of \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" or 2 other tokens");
  }
}
