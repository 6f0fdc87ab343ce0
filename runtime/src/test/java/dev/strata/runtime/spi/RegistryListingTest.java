package dev.strata.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RegistryListingTest {
  private static final Set<Dialect> ALL = Set.of(Dialect.H2, Dialect.POSTGRES);

  /** What a generated registry does, with a log of what its switches were asked. */
  private static final class Registry implements RegistryDispatch {
    final List<String> log = new ArrayList<>();
    final List<MigrationDescriptor> migrations;

    Registry(Function<String, Object> injector) {
      RegistryListing listing = new RegistryListing(this, injector, 2, ALL);
      listing.migration(
          "1", "one", "a.One", true, null, null, "ana", "up", "down", "pre", "ready", null, null);
      listing.begin("2", "two", "a.Two", false, "abc");
      listing.dependsOn("1");
      listing.tag("t");
      listing.up("upH2", Set.of(Dialect.H2), 30, 2);
      listing.up("upPostgres", Set.of(Dialect.POSTGRES), 0, 0);
      listing.postCheck("post", "done");
      migrations = listing.build();
    }

    @Override
    public Object newInstance(int index, Function<String, Object> injector) {
      log.add("new " + index);
      return index == 0 ? "one" : injector.apply("a.Two");
    }

    @Override
    public void runStep(int index, Object migration, MigrationContext db) {
      log.add("step " + index + " on " + migration);
    }

    @Override
    public boolean testCheck(int index, Object migration, MigrationContext db) {
      log.add("check " + index + " on " + migration);
      return index == 0;
    }
  }

  @Test
  void listing_buildsTheDescriptorsAsListed_andCreatesNoMigration() {
    Registry registry = new Registry(null);

    MigrationDescriptor one = registry.migrations.get(0);
    MigrationDescriptor two = registry.migrations.get(1);
    assertEquals(List.of("ana"), one.owners());
    assertEquals(ALL, one.up().get(0).dialects());
    assertEquals("down", one.down().get(0).method());
    assertEquals("ready", one.preChecks().get(0).description());
    assertTrue(one.postChecks().isEmpty());
    assertEquals(List.of("1"), two.dependsOn());
    assertEquals(List.of("t"), two.tags());
    assertFalse(two.transactional());
    assertEquals(30, two.up(Dialect.H2).orElseThrow().timeoutSeconds());
    assertEquals("done", two.postChecks().get(0).description());
    assertEquals(List.of(), registry.log);
  }

  @Test
  void stepsAndChecks_areNumberedApart_andShareOneInstancePerMigration() throws Exception {
    Registry registry = new Registry(className -> "two");
    MigrationDescriptor one = registry.migrations.get(0);
    MigrationDescriptor two = registry.migrations.get(1);

    one.down().get(0).body().run(null);
    one.up().get(0).body().run(null);
    assertTrue(one.preChecks().get(0).condition().test(null));
    two.up(Dialect.POSTGRES).orElseThrow().body().run(null);
    assertFalse(two.postChecks().get(0).condition().test(null));

    assertEquals(
        List.of(
            "new 0",
            "step 1 on one",
            "step 0 on one",
            "check 0 on one",
            "new 1",
            "step 3 on two",
            "check 1 on two"),
        registry.log);
  }

  @Test
  void injectMigration_withoutInjector_namesTheDaggerModule() {
    Registry registry = new Registry(null);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> registry.migrations.get(1).up().get(0).body().run(null));
    assertEquals(
        "a.Two has an @Inject constructor with parameters, so only Dagger can build it; build the"
            + " Migrator with the MigrationRegistry that the generated Dagger module "
            + Registry.class.getName()
            + "Module provides",
        e.getMessage());
  }
}
