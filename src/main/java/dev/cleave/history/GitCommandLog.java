package dev.cleave.history;

import dev.cleave.model.Progress;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads the log by running the git command line, several times faster than JGit on the same
 * history because git computes the per-commit file lists and line counts in native code.
 *
 * <p>The command is built from fixed arguments and the repository's paths, and started without
 * a shell. The settings known to change what this command prints (rename detection, diff
 * algorithm, external diff and text conversion, mailmap, signatures, output encoding) are given
 * on the command line, so the user's git configuration does not change them; {@code GIT_*}
 * variables of the environment are removed for the same reason. Output is NUL-separated
 * ({@code -z}), so paths need no unquoting. Author names arrive in UTF-8 when the commit
 * declares another encoding, and as stored otherwise; {@link PersonText} decodes them.
 */
final class GitCommandLog implements LogReader {

  /**
   * Starts each commit's header. Names and paths are read by position, never recognised by
   * their first character, so they may contain it.
   */
  private static final char RECORD = '\u001e';

  private static final String FORMAT = "%x1e%H%x00%P%x00%an%x00%ae%x00%at%x00%ct%x00";

  private final String executable;

  /** @param executable the git program, such as {@code git} to find it on the path */
  GitCommandLog(String executable) {
    this.executable = executable;
  }

  @Override
  public String name() {
    return "git";
  }

  @Override
  public List<RawCommit> read(GitRepository repository, Instant since, Progress progress)
      throws IOException {
    progress.start(STAGE, 0);
    ProcessBuilder builder = new ProcessBuilder(command(repository, since))
        .directory(repository.workTree().toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("GIT_"));
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> firstLine(process));
    List<RawCommit> commits;
    try (InputStream out = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
      commits = parse(out);
    } catch (IOException | RuntimeException e) {
      process.destroy();
      throw e;
    }
    int status = waitFor(process);
    if (status != 0) {
      throw new IOException("git log exited with status " + status + ": " + join(errors));
    }
    if (since != null) {
      commits.removeIf(commit -> commit.commitTime() < since.getEpochSecond());
    }
    return commits;
  }

  List<String> command(GitRepository repository, Instant since) {
    List<String> command = new ArrayList<>(List.of(
        executable, "--no-pager", "-c", "core.quotePath=false", "log",
        "--diff-merges=off", "--root", "--raw", "--numstat", "-z", "--no-abbrev",
        "--no-color", "--no-ext-diff", "--no-textconv", "--no-mailmap", "--no-show-signature",
        "--encoding=UTF-8",
        "--diff-algorithm=histogram", "-M" + RENAME_SCORE + "%", "-l" + RENAME_LIMIT,
        "--format=" + FORMAT));
    if (since != null) {
      command.add("--max-age=" + since.getEpochSecond());
    }
    command.add(repository.head().name());
    command.add("--");
    return command;
  }

  /** Parses the output: a header per commit, then its raw entries, then its numstat lines. */
  static List<RawCommit> parse(InputStream out) throws IOException {
    Tokens tokens = new Tokens(out);
    List<RawCommit> commits = new ArrayList<>();
    CommitBuilder current = null;
    byte[] token;
    while ((token = tokens.next()) != null) {
      String text = stripNewlines(token);
      if (text.isEmpty()) {
        continue;
      }
      if (text.charAt(0) == RECORD) {
        if (current != null) {
          commits.add(current.build());
        }
        current = header(text.substring(1), tokens);
      } else if (current == null) {
        throw new IOException("unexpected git log output before the first commit: " + text);
      } else if (text.charAt(0) == ':') {
        current.raw(text, tokens);
      } else {
        current.numstat(text, tokens);
      }
    }
    if (current != null) {
      commits.add(current.build());
    }
    return commits;
  }

  private static CommitBuilder header(String id, Tokens tokens) throws IOException {
    String parents = text(tokens.require());
    byte[] name = tokens.require();
    byte[] email = tokens.require();
    long authorTime = Long.parseLong(text(tokens.require()).strip());
    long commitTime = Long.parseLong(text(tokens.require()).strip());
    return new CommitBuilder(id, parents.isBlank() ? List.of() : List.of(parents.split(" ")),
        PersonText.decode(name).strip(), PersonText.decode(email), authorTime, commitTime);
  }

  private static String stripNewlines(byte[] token) {
    int start = 0;
    while (start < token.length && token[start] == '\n') {
      start++;
    }
    return new String(token, start, token.length - start, StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] token) {
    return new String(token, StandardCharsets.ISO_8859_1);
  }

  private static String path(byte[] token) {
    return PersonText.decode(token);
  }

  private static String firstLine(Process process) {
    try (InputStream err = process.getErrorStream()) {
      String text = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline);
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  private static int waitFor(Process process) throws IOException {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for git log", e);
    }
  }

  private static String join(CompletableFuture<String> errors) {
    try {
      return errors.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    } catch (ExecutionException e) {
      return String.valueOf(e.getCause());
    }
  }

  /** Collects one commit's raw entries and line counts, then pairs them by path. */
  private static final class CommitBuilder {
    private final String id;
    private final List<String> parents;
    private final String name;
    private final String email;
    private final long authorTime;
    private final long commitTime;
    private final List<FileChange> entries = new ArrayList<>();
    private final Map<String, int[]> lines = new HashMap<>();

    CommitBuilder(String id, List<String> parents, String name, String email, long authorTime,
        long commitTime) {
      this.id = id;
      this.parents = parents;
      this.name = name;
      this.email = email;
      this.authorTime = authorTime;
      this.commitTime = commitTime;
    }

    /** Reads {@code :oldmode newmode oldid newid status} and its one or two paths. */
    void raw(String text, Tokens tokens) throws IOException {
      String[] fields = text.substring(1).split(" ");
      if (fields.length < 5) {
        throw new IOException("unexpected git log line: " + text);
      }
      char status = fields[4].charAt(0);
      boolean twoPaths = status == 'R' || status == 'C';
      String oldPath = path(tokens.require());
      String newPath = twoPaths ? path(tokens.require()) : oldPath;
      if (fields[0].equals("160000") || fields[1].equals("160000")) {
        return;
      }
      FileChange.Kind kind = switch (status) {
        case 'A' -> FileChange.Kind.ADDED;
        case 'D' -> FileChange.Kind.DELETED;
        case 'R' -> FileChange.Kind.RENAMED;
        case 'C' -> FileChange.Kind.COPIED;
        default -> FileChange.Kind.MODIFIED;
      };
      entries.add(new FileChange(kind, oldPath, newPath, 0, 0));
    }

    /** Reads {@code added TAB removed TAB path}, or the two paths of a rename after it. */
    void numstat(String text, Tokens tokens) throws IOException {
      String[] fields = text.split("\t", 3);
      if (fields.length < 3) {
        throw new IOException("unexpected git log line: " + text);
      }
      String newPath;
      if (fields[2].isEmpty()) {
        tokens.require();
        newPath = path(tokens.require());
      } else {
        newPath = path(fields[2].getBytes(StandardCharsets.ISO_8859_1));
      }
      lines.put(newPath, new int[] {count(fields[0]), count(fields[1])});
    }

    private static int count(String field) {
      return field.equals("-") ? 0 : Integer.parseInt(field);
    }

    RawCommit build() {
      List<FileChange> changes = new ArrayList<>();
      for (FileChange entry : entries) {
        int[] counted = lines.getOrDefault(entry.path(), new int[2]);
        changes.add(new FileChange(entry.kind(), entry.oldPath(), entry.path(), counted[0],
            counted[1]));
      }
      return new RawCommit(id, parents, name, email, authorTime, commitTime, changes);
    }
  }

  /** Splits a stream into NUL-terminated tokens. */
  private static final class Tokens {
    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

    Tokens(InputStream in) {
      this.in = in;
    }

    /** Returns the next token, or {@code null} at the end of the stream. */
    byte[] next() throws IOException {
      buffer.reset();
      int b;
      while ((b = in.read()) >= 0) {
        if (b == 0) {
          return buffer.toByteArray();
        }
        buffer.write(b);
      }
      return buffer.size() == 0 ? null : buffer.toByteArray();
    }

    byte[] require() throws IOException {
      byte[] token = next();
      if (token == null) {
        throw new IOException("git log output ended in the middle of a commit");
      }
      return token;
    }
  }
}
