package dev.cleave.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Parses one SQL or JPQL statement with JSqlParser and returns the names it reads and writes.
 *
 * <p>The target of {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE} and of the
 * table statements {@code CREATE}, {@code ALTER}, {@code DROP} and {@code TRUNCATE} is written;
 * every other table the statement names, as JSqlParser's {@link TablesNamesFinder} finds them, is
 * read. A table that a statement both writes and reads in a subquery counts as written only.
 * Names are returned as written, so that the caller can map JPQL entity names and alias paths
 * such as {@code p.categories} to tables.
 *
 * <p>Each statement is parsed on a shared pool of daemon threads, so that JSqlParser's time limit
 * applies without starting a thread per statement. A close releases the pool.
 */
final class SqlReader implements AutoCloseable {

  /** The tables one statement reads and writes, and the aliases of its top-level query. */
  record Names(Set<String> read, Set<String> written, Map<String, String> aliases) {

    static final Names UNPARSED = new Names(Set.of(), Set.of(), Map.of());

    Names {
      read = Collections.unmodifiableSet(new TreeSet<>(read));
      written = Collections.unmodifiableSet(new TreeSet<>(written));
      aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
    }

    boolean parsed() {
      return this != UNPARSED;
    }
  }

  private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "cleave-sql");
    thread.setDaemon(true);
    return thread;
  });

  /** Returns the names the statement reads and writes, or {@link Names#UNPARSED}. */
  Names read(String sql) {
    try {
      Statement statement = CCJSqlParserUtil.parse(sql, pool, parser -> { });
      if (statement == null) {
        return Names.UNPARSED;
      }
      Set<String> all = new TreeSet<>(new TablesNamesFinder<Void>().getTables(statement));
      Set<String> written = new TreeSet<>();
      for (Table table : targets(statement)) {
        written.add(table.getFullyQualifiedName());
      }
      all.removeAll(written);
      return new Names(all, written, aliases(statement));
    } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
      return Names.UNPARSED;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static List<Table> targets(Statement statement) {
    List<Table> targets = new ArrayList<>();
    if (statement instanceof Insert insert) {
      targets.add(insert.getTable());
    } else if (statement instanceof Update update) {
      targets.add(update.getTable());
    } else if (statement instanceof Delete delete) {
      targets.add(delete.getTable());
      if (delete.getTables() != null) {
        targets.addAll(delete.getTables());
      }
    } else if (statement instanceof Merge merge) {
      targets.add(merge.getTable());
    } else if (statement instanceof CreateTable create) {
      targets.add(create.getTable());
    } else if (statement instanceof CreateIndex index) {
      targets.add(index.getTable());
    } else if (statement instanceof Alter alter) {
      targets.add(alter.getTable());
    } else if (statement instanceof Drop drop
        && "TABLE".equals(drop.getType().toUpperCase(Locale.ROOT))) {
      targets.add(drop.getName());
    } else if (statement instanceof Truncate truncate) {
      targets.add(truncate.getTable());
    }
    targets.removeIf(table -> table == null || table.getName() == null);
    return targets;
  }

  /**
   * Returns the aliases that the top-level {@code FROM} and {@code JOIN} items of a query give
   * their tables, which JPQL paths such as {@code p.categories} start from.
   */
  private static Map<String, String> aliases(Statement statement) {
    Map<String, String> aliases = new TreeMap<>();
    if (statement instanceof PlainSelect plain) {
      alias(plain.getFromItem(), aliases);
      if (plain.getJoins() != null) {
        for (Join join : plain.getJoins()) {
          alias(join.getRightItem(), aliases);
        }
      }
    }
    return aliases;
  }

  private static void alias(FromItem item, Map<String, String> aliases) {
    if (item instanceof Table table && item.getAlias() != null) {
      aliases.put(item.getAlias().getName(), table.getFullyQualifiedName());
    }
  }
}
