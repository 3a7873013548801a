package dev.cleave.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.ExitCode;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the goal as Maven would after injecting its parameters, and checks the build result. */
class AnalyzeMojoTest {

  @TempDir Path temp;

  private AnalyzeMojo mojo(Path root, Path output, boolean failOnPartial) throws Exception {
    AnalyzeMojo mojo = new AnalyzeMojo();
    set(mojo, "root", root.toFile());
    set(mojo, "outputDirectory", output.toFile());
    set(mojo, "threads", 1);
    set(mojo, "seed", 42L);
    set(mojo, "failOnPartial", failOnPartial);
    return mojo;
  }

  /** Sets a parameter as Maven would, whether the goal or the base class declares it. */
  private static void set(AnalyzeMojo mojo, String name, Object value) throws Exception {
    for (Class<?> type = AnalyzeMojo.class; type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(name);
  }

  private Path writeProject(boolean broken) throws IOException {
    Path source = Files.createDirectories(temp.resolve("app/src/main/java/shop"));
    Files.writeString(temp.resolve("app/pom.xml"), "<project/>");
    Files.writeString(source.resolve("Cart.java"), "package shop;\nclass Cart { Item item; }\n");
    Files.writeString(source.resolve("Item.java"),
        broken ? "package shop;\nclass Item { void f( }\n" : "package shop;\nclass Item { }\n");
    return temp.resolve("app");
  }

  @Test
  void completeAnalysisWritesReport() throws Exception {
    Path app = writeProject(false);

    mojo(app, app.resolve("target/cleave"), true).execute();

    assertThat(app.resolve("target/cleave/index.html")).isRegularFile();
  }

  @Test
  void partialAnalysisPassesByDefault() throws Exception {
    Path app = writeProject(true);

    mojo(app, app.resolve("target/cleave"), false).execute();

    assertThat(app.resolve("target/cleave/analysis.json")).isRegularFile();
  }

  @Test
  void failOnPartialFailsBuild() throws Exception {
    Path app = writeProject(true);
    AnalyzeMojo mojo = mojo(app, app.resolve("target/cleave"), true);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Cleave: the analysis is partial: 1 files or folders could not"
            + " be read or parsed completely; see ")
        .hasMessageEndingWith("(exit code 5 on the command line)");
    assertThat(app.resolve("target/cleave/index.html")).isRegularFile();
  }

  @Test
  void outputInSourcesFailsBuild() throws Exception {
    Path app = writeProject(false);
    AnalyzeMojo mojo = mojo(app, app.resolve("src/main/java/report"), false);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is inside the source folder src/main/java")
        .hasMessageEndingWith("(exit code 2 on the command line)");
  }

  @Test
  void missingRootFailsBuild() throws Exception {
    Path missing = temp.resolve("nowhere");
    AnalyzeMojo mojo = mojo(missing, temp.resolve("out"), false);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Cleave: cleave.root is not a folder: " + new File(missing.toString())
            + " (exit code 2 on the command line)");
  }

  @Test
  void writeErrorErrsBuild() throws Exception {
    Path app = writeProject(false);
    // A link to itself is no file, yet no folder can be created below it.
    Files.createSymbolicLink(temp.resolve("blocker"), temp.resolve("blocker"));
    AnalyzeMojo mojo = mojo(app, temp.resolve("blocker/cleave"), false);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Cleave: file system error: FileAlreadyExistsException")
        .hasMessageEndingWith("(exit code 3 on the command line)");
  }

  @Test
  void exitCodesMapToBuildResults() {
    for (ExitCode code : ExitCode.values()) {
      Class<?> expected = code == ExitCode.SUCCESS ? null
          : code.isBuildFailure() ? MojoFailureException.class : MojoExecutionException.class;
      Throwable thrown = null;
      try {
        AnalyzeMojo.failBuild(code, "message", null);
      } catch (MojoExecutionException | MojoFailureException e) {
        thrown = e;
      }

      assertThat(thrown == null ? null : thrown.getClass()).as(code.name()).isEqualTo(expected);
    }
  }
}
