package dev.cleave.history;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository built for a test with JGit: files written to the work tree, then committed
 * with a fixed author and date, so every commit id and number is the same on every run.
 */
final class TestRepository implements AutoCloseable {

  private final Path root;
  private final Git git;

  private TestRepository(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  static TestRepository init(Path root) throws GitAPIException {
    return new TestRepository(root,
        Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
  }

  Path root() {
    return root;
  }

  Git git() {
    return git;
  }

  /** Writes a file, creating its folders. */
  TestRepository write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  /** Writes a file of {@code count} numbered lines that start with {@code word}. */
  TestRepository lines(String path, String word, int count) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(word).append(' ').append(i).append('\n');
    }
    return write(path, text.toString());
  }

  TestRepository delete(String path) throws IOException {
    Files.delete(root.resolve(path));
    return this;
  }

  TestRepository move(String from, String to) throws IOException {
    Path target = root.resolve(to);
    Files.createDirectories(target.getParent());
    Files.move(root.resolve(from), target);
    return this;
  }

  /** Stages everything and commits it as {@code name <email>} at noon UTC of {@code day}. */
  RevCommit commit(String name, String email, String day) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent ident = ident(name, email, day);
    return git.commit().setAuthor(ident).setCommitter(ident).setMessage("change on " + day)
        .setSign(false).setAllowEmpty(true).call();
  }

  /**
   * Stages everything and commits it with an author line written in {@code charset}, without
   * going through JGit's person handling. With {@code declare}, the commit names its encoding
   * in an {@code encoding} header, as git does for a non-UTF-8 i18n.commitEncoding; without,
   * the bytes are stored as they are, as old tools did.
   */
  ObjectId commitEncoded(String name, String email, String day, Charset charset,
      boolean declare) throws IOException, GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    var repository = git.getRepository();
    ObjectId head = repository.resolve(Constants.HEAD);
    long seconds = noon(day).getEpochSecond();
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      DirCache index = repository.readDirCache();
      ObjectId tree = index.writeTree(inserter);
      StringBuilder text = new StringBuilder("tree ").append(tree.name()).append('\n');
      if (head != null) {
        text.append("parent ").append(head.name()).append('\n');
      }
      String person = name + " <" + email + "> " + seconds + " +0000\n";
      text.append("author ").append(person).append("committer ").append(person);
      if (declare) {
        text.append("encoding ").append(charset.name()).append('\n');
      }
      text.append('\n').append("change on ").append(day).append('\n');
      ObjectId commit = inserter.insert(Constants.OBJ_COMMIT, text.toString().getBytes(charset));
      inserter.flush();
      RefUpdate update = repository.updateRef(Constants.HEAD);
      update.setNewObjectId(commit);
      update.setForceUpdate(true);
      update.update();
      return commit;
    }
  }

  /** Returns an identity dated noon UTC of the day. */
  static PersonIdent ident(String name, String email, String day) {
    return new PersonIdent(name, email, noon(day), ZoneOffset.UTC);
  }

  static Instant noon(String day) {
    return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    git.close();
  }
}
