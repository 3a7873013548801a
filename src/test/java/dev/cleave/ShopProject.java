package dev.cleave;

import dev.cleave.Cleave;
import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small project written into a folder for a test: Java classes by binary name, a
 * {@code cleave.yaml}, and a run of the whole pipeline over them.
 */
public final class ShopProject {

  private final Path root;
  private Path baseline;

  public ShopProject(Path root) {
    this.root = root;
  }

  /** Writes a class into {@code src/main/java}, with the package declaration first. */
  public ShopProject java(String binaryName, String... bodyLines) {
    int dot = binaryName.lastIndexOf('.');
    String packageName = binaryName.substring(0, dot);
    Path file = root.resolve("src/main/java/" + binaryName.replace('.', '/') + ".java");
    String text = "package " + packageName + ";\n\n" + String.join("\n", bodyLines) + "\n";
    write(file, text);
    return this;
  }

  public ShopProject config(String... lines) {
    write(root.resolve(ProjectConfig.FILE_NAME), String.join("\n", lines) + "\n");
    return this;
  }

  public ShopProject baseline(Path file) {
    this.baseline = file;
    return this;
  }

  public Path root() {
    return root;
  }

  public Analysis analyze() {
    Path configFile = root.resolve(ProjectConfig.FILE_NAME);
    try {
      AnalysisOptions options = AnalysisOptions.builder(root.toRealPath())
          .threads(1)
          .config(ConfigLoader.load(configFile))
          .configFile(Files.exists(configFile) ? configFile : null)
          .baseline(baseline)
          .build();
      return new Cleave(options, Progress.NONE).analyze(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
