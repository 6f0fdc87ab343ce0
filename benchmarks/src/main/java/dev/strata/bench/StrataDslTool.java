package dev.strata.bench;

/**
 * Strata with the same migrations written against jOOQ's {@code DSLContext}: each {@code @Up} gets
 * jOOQ's own context and sends its statements through it. Compared with the jOOQ floor, which does
 * the same with plain JDBC around it.
 */
public final class StrataDslTool extends StrataTool {

  public StrataDslTool(Workload workload) throws Exception {
    super(workload.strataDslClasses());
  }

  @Override
  public String name() {
    return "Strata (DSLContext)";
  }
}
