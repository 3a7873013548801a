package dev.cleave.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.parse.ParseStage;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {

  @Test
  void featureReadFromBuildNotation() {
    Map<String, Integer> cases = new TreeMap<>(Map.of(
        "1.4", 4, "1.8", 8, "8", 8, "17", 17, " 21 ", 21, "5.0", 5, "latest", 0, "", 0));

    cases.forEach((text, feature) -> assertThat(JavaRelease.featureOf(text)).as(text)
        .isEqualTo(feature));
    assertThat(JavaRelease.featureOf(null)).isZero();
  }

  @Test
  void legacyRetryOnlyBeforeJava5() {
    assertThat(ParseStage.allowsLegacyNames(null)).isTrue();
    assertThat(ParseStage.allowsLegacyNames("${java.version}")).isTrue();
    assertThat(ParseStage.allowsLegacyNames("1.4")).isTrue();
    assertThat(ParseStage.allowsLegacyNames("1.5")).isFalse();
    assertThat(ParseStage.allowsLegacyNames("17")).isFalse();
  }
}
