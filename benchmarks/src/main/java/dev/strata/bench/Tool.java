package dev.strata.bench;

import javax.sql.DataSource;

/**
 * One migration tool, set up for one {@link Workload}. {@link #migrate} applies whatever is
 * pending, as an application would at start-up: configure the tool, hand it the data source,
 * migrate. Everything the tool does per run (scanning, parsing, reading its history) is timed.
 */
public interface Tool {

  /**
   * Applies every pending migration of the workload; returns how many it applied, or -1 when the
   * tool does not say.
   */
  int migrate(DataSource dataSource) throws Exception;

  /** The name the tables of results use. */
  String name();

  /** Creates a tool by class name, so a cold-start JVM loads no other tool's classes. */
  static Tool create(String className, Workload workload) throws Exception {
    return Class.forName(className)
        .asSubclass(Tool.class)
        .getConstructor(Workload.class)
        .newInstance(workload);
  }
}
