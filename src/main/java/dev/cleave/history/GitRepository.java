package dev.cleave.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The git repository that contains the analysed folder, and the state of its HEAD.
 *
 * <p>The repository is found at the analysed folder or the nearest folder above it that has a
 * {@code .git} folder or file, as git itself finds it. Linked work trees are supported.
 */
final class GitRepository implements AutoCloseable {

  private final Repository repository;
  private final Path workTree;
  private final String prefix;
  private final ObjectId head;
  private final boolean detached;
  private final Set<ObjectId> shallowCommits;

  private GitRepository(Repository repository, Path workTree, String prefix, ObjectId head,
      boolean detached, Set<ObjectId> shallowCommits) {
    this.repository = repository;
    this.workTree = workTree;
    this.prefix = prefix;
    this.head = head;
    this.detached = detached;
    this.shallowCommits = shallowCommits;
  }

  /**
   * Opens the repository that contains {@code root}, or returns {@code null} if none does.
   *
   * @param root the analysed folder, as a real path
   * @throws IOException if a repository is there but cannot be read
   */
  static GitRepository open(Path root) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      return null;
    }
    Repository repository = builder.setMustExist(true).build();
    try {
      if (repository.isBare()) {
        repository.close();
        return null;
      }
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      if (!root.startsWith(workTree)) {
        repository.close();
        return null;
      }
      String prefix = workTree.relativize(root).toString().replace('\\', '/');
      ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
      Ref headRef = repository.exactRef(Constants.HEAD);
      boolean detached = head != null && headRef != null && !headRef.isSymbolic();
      Set<ObjectId> shallow = Set.copyOf(repository.getObjectDatabase().getShallowCommits());
      return new GitRepository(repository, workTree, prefix, head, detached, shallow);
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  Repository repository() {
    return repository;
  }

  /** Returns the top folder of the work tree, as a real path. */
  Path workTree() {
    return workTree;
  }

  /** Returns the analysed folder relative to the top of the work tree, {@code ""} at the top. */
  String prefix() {
    return prefix;
  }

  /** Returns the commit HEAD points at, or {@code null} before the first commit. */
  ObjectId head() {
    return head;
  }

  boolean detached() {
    return detached;
  }

  /** Returns the commits whose parents a shallow clone left out. */
  Set<ObjectId> shallowCommits() {
    return shallowCommits;
  }

  /** Returns the short id of HEAD, for messages. */
  String shortHead() {
    return head == null ? "" : head.abbreviate(7).name();
  }

  /** Returns the paths of the files at HEAD under the analysed folder, relative to the top. */
  Set<String> headFiles() throws IOException {
    Set<String> files = new TreeSet<>();
    if (head == null) {
      return files;
    }
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      RevCommit commit = walk.parseCommit(head);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      while (tree.next()) {
        files.add(tree.getPathString());
      }
    }
    return files;
  }

  /**
   * Returns a file at the top of the repository: from the work tree if it is there, else from
   * the HEAD commit, else {@code null}. Git reads {@code .mailmap} the same way.
   */
  byte[] readTopFile(String name) throws IOException {
    Path file = workTree.resolve(name);
    if (Files.isRegularFile(file)) {
      return Files.readAllBytes(file);
    }
    if (head == null) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(head);
      try (TreeWalk tree = TreeWalk.forPath(repository, name, commit.getTree())) {
        if (tree == null) {
          return null;
        }
        ObjectLoader loader = repository.open(tree.getObjectId(0));
        return loader.getBytes();
      }
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
