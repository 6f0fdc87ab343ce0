package dev.strata.bench;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The whole program of a cold-start run: a fresh JVM, with only one tool's jars (and H2) on the
 * class path, applies the workload to a new H2 in-memory database, checks the tables and exits.
 * Arguments: the tool's class name, the workload's directory, N.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[2]);
    Workload workload = Workload.at(Path.of(args[1]), size);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:cold;DB_CLOSE_DELAY=-1");
    DataSource plain = dataSource;
    Tool.create(args[0], workload).migrate(plain);
    Target.verify(plain, size, args[0]);
    System.out.println("verified " + size + " tables");
  }
}
