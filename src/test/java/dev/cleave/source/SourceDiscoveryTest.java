package dev.cleave.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {

  @TempDir Path temp;

  private Path root() throws IOException {
    return Files.createDirectories(temp.resolve("project")).toRealPath();
  }

  private static Path write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static SourceSet discover(Path root, boolean followLinks) throws IOException {
    return discover(AnalysisOptions.builder(root).followLinks(followLinks).build());
  }

  private static SourceSet discover(AnalysisOptions options) throws IOException {
    return new SourceDiscovery(options, List.of()).discover();
  }

  private static List<String> paths(SourceSet sources) {
    return sources.files().stream().map(SourceFile::path).toList();
  }

  @Test
  void linksNotFollowedByDefault() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    Path outside = write(temp, "elsewhere/b/B.java", "package b; class B {}");
    Files.createSymbolicLink(root.resolve("src/a/Linked.java"), root.resolve("src/a/A.java"));
    Files.createSymbolicLink(root.resolve("src/b"), outside.getParent());

    SourceSet sources = discover(root, false);

    assertThat(paths(sources)).containsExactly("src/a/A.java");
    assertThat(sources.excluded()).containsExactly(
        new ExcludedFile("src/a/Linked.java", ExcludedFile.Reason.SYMBOLIC_LINK));
  }

  @Test
  void linkLoopEndsWalkWhenFollowing() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    Files.createSymbolicLink(root.resolve("src/a/loop"), root.resolve("src"));
    Files.createSymbolicLink(root.resolve("src/self"), root.resolve("src/self"));

    SourceSet sources = discover(root, true);

    assertThat(paths(sources)).containsExactly("src/a/A.java");
    assertThat(sources.diagnostics()).contains(
        Diagnostic.warning("src/a/loop", 0, "not entered: the link forms a loop"));
  }

  @Test
  void linkLeavingRootNotEnteredWhenFollowing() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    Path outside = write(temp, "elsewhere/b/B.java", "package b; class B {}");
    Files.createSymbolicLink(root.resolve("src/b"), outside.getParent());
    Files.createSymbolicLink(root.resolve("src/a/Out.java"), outside);

    SourceSet sources = discover(root, true);

    assertThat(paths(sources)).containsExactly("src/a/A.java");
    assertThat(sources.excluded()).containsExactly(
        new ExcludedFile("src/a/Out.java", ExcludedFile.Reason.OUTSIDE_ROOT));
    assertThat(sources.diagnostics()).contains(Diagnostic.warning("src/b", 0,
        "not entered: the link leads outside the analysed folder"));
  }

  @Test
  void oddNamesKeptExactly() throws IOException {
    Path root = root();
    write(root, "my src/ünï/code/Ölçü <&%#+ x.java", "package ünï.code; class Ölçü {}");
    write(root, "other files/Plain.java", "class Plain {}");

    SourceSet sources = discover(root, false);

    assertThat(paths(sources)).containsExactly(
        "my src/ünï/code/Ölçü <&%#+ x.java", "other files/Plain.java");
    assertThat(sources.files().get(0).sourceRoot()).isEqualTo("my src");
    assertThat(sources.files().get(0).packageName()).isEqualTo("ünï.code");
    assertThat(sources.files().get(1).sourceRoot()).isEqualTo("other files");
  }

  @Test
  void emptyCommentOnlyAndBinaryFilesKept() throws IOException {
    Path root = root();
    write(root, "src/p/Empty.java", "");
    write(root, "src/p/Comments.java", "/* licence */\n// package p;\n");
    Files.write(root.resolve("src/p/Binary.java"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});

    SourceSet sources = discover(root, false);

    assertThat(paths(sources)).containsExactly(
        "src/p/Binary.java", "src/p/Comments.java", "src/p/Empty.java");
  }

  @Test
  void namedPipeIsNotOpened() throws Exception {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("src/a/Pipe.java").toString())
        .start();
    assertThat(mkfifo.waitFor()).isZero();

    SourceSet sources = discover(root, false);

    assertThat(paths(sources)).containsExactly("src/a/A.java");
  }

  @Test
  void reportFolderNeverEntered() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    write(root, "old-report/.cleave-manifest", "index.html\n");
    write(root, "old-report/x/X.java", "package x; class X {}");

    SourceSet sources = discover(root, false);

    assertThat(paths(sources)).containsExactly("src/a/A.java");
  }

  @Test
  void outputFolderNeverEntered() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");
    write(root, "target/cleave/x/X.java", "package x; class X {}");

    SourceSet sources = discover(AnalysisOptions.builder(root)
        .output(root.resolve("target/cleave")).build());

    assertThat(paths(sources)).containsExactly("src/a/A.java");
  }

  @Test
  void outputEqualToRootRejected() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");

    assertThatThrownBy(() -> discover(AnalysisOptions.builder(root).output(root).build()))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessage("the output folder " + root
            + " is the analysed folder itself; choose another output folder");
  }

  @Test
  void outputAroundRootRejected() throws IOException {
    Path root = root();
    write(root, "src/a/A.java", "package a; class A {}");

    assertThatThrownBy(() -> discover(AnalysisOptions.builder(root).output(temp).build()))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessage("the output folder " + temp.toRealPath() + " contains the analysed folder "
            + root + "; choose another output folder");
  }

  @Test
  void outputInSourceRootRejected() throws IOException {
    Path root = root();
    write(root, "app/src/main/java/a/A.java", "package a; class A {}");
    Path output = root.resolve("app/src/main/java/a/report");

    assertThatThrownBy(() -> discover(AnalysisOptions.builder(root).output(output).build()))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessage("the output folder " + output + " is inside the source folder"
            + " app/src/main/java of the analysed project; choose an output folder outside"
            + " the sources");
  }

  @Test
  void outputInTestSourceRootRejected() throws IOException {
    Path root = root();
    write(root, "src/main/java/a/A.java", "package a; class A {}");
    write(root, "src/test/java/a/ATest.java", "package a; class ATest {}");
    Path output = root.resolve("src/test/java/report");

    assertThatThrownBy(() -> discover(AnalysisOptions.builder(root).output(output).build()))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessageContaining("inside the source folder src/test/java");
  }

  @Test
  void outputInPackageFolderOfRootRejected() throws IOException {
    Path root = root();
    write(root, "com/acme/A.java", "package com.acme; class A {}");

    assertThatThrownBy(() -> discover(AnalysisOptions.builder(root)
        .output(root.resolve("com/acme/report")).build()))
        .isInstanceOf(InvalidOutputException.class)
        .hasMessageContaining("inside the source folder com of the analysed project");
  }

  @Test
  void outputBesideSourcesAccepted() throws IOException {
    Path root = root();
    write(root, "src/main/java/a/A.java", "package a; class A {}");
    write(root, "pom.xml", "<project/>");

    SourceSet sources = discover(AnalysisOptions.builder(root)
        .output(root.resolve("target/cleave")).build());

    assertThat(paths(sources)).containsExactly("src/main/java/a/A.java");
  }
}
