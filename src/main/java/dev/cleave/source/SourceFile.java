package dev.cleave.source;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A Java source file chosen for analysis.
 *
 * @param absolutePath where the file is on disk
 * @param path the path relative to the analysed root, with {@code /} separators
 * @param module the module folder relative to the root ({@code ""} for the root itself)
 * @param sourceRoot the folder the package folders start from, relative to the root
 * @param packageName the package the file declares, as read from its first lines
 * @param encoding the encoding to try first when reading the file
 * @param size the file size in bytes
 */
public record SourceFile(
    Path absolutePath,
    String path,
    String module,
    String sourceRoot,
    String packageName,
    Charset encoding,
    long size) {}
