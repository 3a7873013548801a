package dev.cleave.source;

import java.nio.file.Path;

/**
 * A file other than Java source that later stages read, such as a MyBatis mapper.
 *
 * @param absolutePath where the file is on disk, as the walk found it; a path rebuilt from
 *     {@code path} may not exist when the platform cannot encode its name
 * @param path the path relative to the analysed root, with {@code /} separators
 */
public record ResourceFile(Path absolutePath, String path) {}
