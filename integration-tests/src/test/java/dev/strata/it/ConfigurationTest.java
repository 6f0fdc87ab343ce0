package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Migrator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  @Test
  void duplicateVersionAcrossRegistries_rejectedNamingBothClasses() {
    Scenario a =
        Scenario.in("it.dupa").migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS);
    Scenario b =
        Scenario.in("it.dupb")
            .migration("CreateOrders", "version = \"1.0\"", Scenarios.CREATE_ORDERS);

    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Migrator.builder()
                    .url("jdbc:h2:mem:unused")
                    .registry(a.registry())
                    .registry(b.registry())
                    .build());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(
        e.getMessage().contains("Found more than one migration with version 1"), e.getMessage());
    assertTrue(
        e.getMessage().contains("it.dupa.CreateUsers (" + a.registry().getClass().getName() + ")"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("it.dupb.CreateOrders (" + b.registry().getClass().getName() + ")"),
        e.getMessage());
  }

  @Test
  void historyTableName_mustBeAnIdentifier() {
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Migrator.builder()
                    .url("jdbc:h2:mem:unused")
                    .registry(Scenarios.shop().registry())
                    .historyTable("history; drop table users")
                    .build());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(
        e.getMessage().contains("'history; drop table users' is not a valid identifier"),
        e.getMessage());
  }

  @Test
  void noRegistryGiven_usesEveryRegistryServiceLoaderFinds() throws Exception {
    Scenario scenario = Scenarios.shop();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(scenario.classLoader());
    Migrator migrator;
    try {
      migrator = Migrator.builder().url("jdbc:h2:mem:discovery").build();
    } finally {
      thread.setContextClassLoader(previous);
    }

    List<MigrationInfo> status = migrator.status();

    assertEquals(
        List.of("1", "2", "3", "4", "5"), status.stream().map(MigrationInfo::version).toList());
  }

  @Test
  void wrongPassword_neverPrinted() throws Exception {
    String secret = "s3cret-Pa55";
    String url =
        TestDatabase.PG_URL
            + (TestDatabase.PG_URL.contains("?") ? "&" : "?")
            + "password="
            + secret
            + "&connectTimeout=5";
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    MigrationException e;
    System.setErr(
        new PrintStream(captured, true, StandardCharsets.UTF_8)); // slf4j-simple logs here
    try {
      Migrator migrator =
          Migrator.builder()
              .url(url.replace("/test?", "/no_such_db?"))
              .user("nobody")
              .password(secret)
              .registry(Scenarios.shop().registry())
              .build();
      assertFalse(migrator.toString().contains(secret));
      e = assertThrows(MigrationException.class, migrator::migrate);
    } finally {
      System.setErr(err);
    }

    assertEquals(Reason.CONNECTION, e.reason());
    assertTrue(e.getMessage().contains("password=***"), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(secret), t.getMessage());
    }
    assertFalse(captured.toString(StandardCharsets.UTF_8).contains(secret));
  }
}
