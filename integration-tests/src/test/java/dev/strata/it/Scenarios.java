package dev.strata.it;

/**
 * The migration sources the tests compile. The shop is five migrations; variants break one of them
 * in the way a test needs.
 */
final class Scenarios {

  private Scenarios() {}

  static final String CREATE_USERS =
      """
        @Up
        void up(DSLContext db) {
          db.createTable("users")
              .column("id", SQLDataType.INTEGER.nullable(false))
              .column("name", SQLDataType.VARCHAR(100))
              .primaryKey("id")
              .execute();
        }

        @Down
        void down(DSLContext db) {
          db.dropTable("users").execute();
        }
      """;

  static final String ADD_USERS =
      """
        @Up
        void up(DSLContext db) {
          db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name"))
              .values(1, "alice")
              .values(2, "bob")
              .execute();
        }

        @Down
        void down(DSLContext db) {
          db.deleteFrom(DSL.table("users")).where(DSL.field("id").in(1, 2)).execute();
        }
      """;

  static final String ADD_EMAIL =
      """
        @PreCheck("users table exists")
        boolean usersExist(DSLContext db) {
          return db.fetchExists(DSL.selectOne()
              .from(DSL.table("information_schema.tables"))
              .where(DSL.lower(DSL.field("table_name", String.class)).eq("users")));
        }

        @Up
        void up(DSLContext db) {
          db.alterTable("users").addColumn("email", SQLDataType.VARCHAR(200)).execute();
        }

        @Down
        void down(DSLContext db) {
          db.alterTable("users").dropColumn("email").execute();
        }

        @PostCheck("no user has an email yet")
        boolean noEmail(DSLContext db) {
          return db.fetchCount(DSL.table("users"), DSL.field("email").isNotNull()) == 0;
        }
      """;

  // orders and its index are plain SQL through MigrationContext: jOOQ is not needed for them
  static final String CREATE_ORDERS =
      """
        @Up
        void up(MigrationContext db) {
          db.execute("create table orders (id int not null, user_id int, total int, primary key (id))");
        }

        @Down
        void down(MigrationContext db) {
          db.execute("drop table orders");
        }
      """;

  static final String INDEX_ORDERS =
      """
        @Up
        void up(MigrationContext db) {
          db.execute("create index orders_user_idx on orders(user_id)");
        }

        @Down
        void down(MigrationContext db) {
          db.execute("drop index orders_user_idx");
        }
      """;

  /** Five migrations that work. */
  static Scenario shop() {
    return shopWith(0, null);
  }

  /**
   * The shop with the body of migration {@code version} replaced by {@code body}, or left out when
   * {@code body} is null.
   */
  static Scenario shopWith(int version, String body) {
    String[][] parts = {
      {"CreateUsers", "version = \"1\"", CREATE_USERS},
      {
        "AddUsers", "version = \"2\", dependsOn = CreateUsers.class, owners = \"team-a\"", ADD_USERS
      },
      {"AddEmail", "version = \"3\", description = \"add email to users\"", ADD_EMAIL},
      {"CreateOrders", "version = \"4\"", CREATE_ORDERS},
      {"IndexOrders", "version = \"5\", dependsOn = CreateOrders.class", INDEX_ORDERS},
    };
    Scenario scenario = Scenario.in("it.shop");
    for (int i = 0; i < parts.length; i++) {
      if (i + 1 != version) {
        scenario.migration(parts[i][0], parts[i][1], parts[i][2]);
      } else if (body != null) {
        scenario.migration(parts[i][0], parts[i][1], body);
      }
    }
    return scenario;
  }

  /**
   * The shop whose third migration fails on a duplicate key after changing data (and, on
   * PostgreSQL, the schema: its DDL is transactional; H2 commits DDL at once).
   */
  static Scenario shopFailingAt3() {
    return shopWith(
        3,
        """
          @Up(dialects = Dialect.POSTGRES)
          void upPostgres(DSLContext db) {
            db.alterTable("users").addColumn("email", SQLDataType.VARCHAR(200)).execute();
            db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(3, "carol").execute();
            db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "again").execute();
          }

          @Up(dialects = Dialect.H2)
          void upH2(DSLContext db) {
            db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(3, "carol").execute();
            db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "again").execute();
          }
        """);
  }

  /** The shop whose second migration's code changed after it was applied. */
  static Scenario shopDrifted() {
    return shopWith(2, ADD_USERS.replace("\"bob\"", "\"robert\""));
  }

  /** The shop without its second migration (deleted after it was applied). */
  static Scenario shopWithout2() {
    return shopWith(2, null);
  }

  /** The shop without its third migration (added later, by a branch merged late). */
  static Scenario shopWithout3() {
    return shopWith(3, null);
  }

  /** The shop whose fourth migration cannot be undone. */
  static Scenario shopWithout4Down() {
    return shopWith(4, CREATE_ORDERS.substring(0, CREATE_ORDERS.indexOf("@Down")));
  }

  /** {@code count} migrations: the first creates a table, each other inserts its number. */
  static Scenario many(int count) {
    Scenario scenario =
        Scenario.in("it.many" + count)
            .migration(
                "M1",
                "version = \"1\"",
                """
          @Up
          void up(DSLContext db) {
            db.createTable("numbers").column("n", SQLDataType.INTEGER.nullable(false)).primaryKey("n").execute();
          }
        """);
    for (int i = 2; i <= count; i++) {
      scenario.migration(
          "M" + i,
          "version = \"" + i + "\"",
          """
            @Up
            void up(DSLContext db) {
              db.insertInto(DSL.table("numbers"), DSL.field("n")).values(%d).execute();
            }
          """
              .formatted(i));
    }
    return scenario;
  }

  /**
   * {@code count} migrations that leave one row per execution of their body in table {@code
   * effects} (no key: a body that ran twice shows twice; a rolled-back one not at all) and delete
   * it in their {@code @Down}. Each {@code @Up} and post-check calls {@link Pause}, so a test can
   * stop a process there. Plain SQL through {@code MigrationContext}: the processes stay light.
   */
  static Scenario effects(int count) {
    Scenario scenario = Scenario.in("it.effects");
    for (int i = 1; i <= count; i++) {
      scenario.migration(
          "E" + i,
          "version = \"" + i + "\"",
          """
            @Up
            void up(MigrationContext db) throws InterruptedException {
              %s
              db.execute("insert into effects (version) values (%d)");
              dev.strata.it.Pause.at("up", %2$d);
            }

            @PostCheck("its row is there")
            boolean recorded(MigrationContext db) throws InterruptedException {
              dev.strata.it.Pause.at("postcheck", %2$d);
              return true;
            }

            @Down
            void down(MigrationContext db) {
              db.execute("%s");
            }
          """
              .formatted(
                  i == 1 ? "db.execute(\"create table effects (version int not null)\");" : "",
                  i,
                  i == 1 ? "drop table effects" : "delete from effects where version = " + i));
    }
    return scenario;
  }

  /**
   * A change and an unrelated migration: 1 expands (creates {@code effects}, like {@link
   * #effects}), 2 contracts behind a gate ({@link GateProbe}), 3 depends on neither. Each body
   * leaves its row in {@code effects} and calls {@link Pause} ({@code up}).
   */
  static Scenario gated() {
    String insert =
        """
            @Up
            void up(MigrationContext db) throws InterruptedException {
              %s
              db.execute("insert into effects (version) values (%d)");
              dev.strata.it.Pause.at("up", %2$d);
            }
          """;
    return Scenario.in("it.gated")
        .annotated(
            "Expand",
            "@Migration(version = \"1\") @Change(name = \"it-things\", stage = Stage.EXPAND)",
            insert.formatted("db.execute(\"create table effects (version int not null)\");", 1))
        .annotated(
            "Contract",
            "@Migration(version = \"2\") @Change(name = \"it-things\", stage = Stage.CONTRACT)",
            """
              @Gate("the test lets it through")
              dev.strata.runtime.Evidence allowed(MigrationContext db) throws Exception {
                return dev.strata.it.GateProbe.evaluate(2);
              }
            """
                + insert.formatted("", 2))
        .migration("Unrelated", "version = \"3\"", insert.formatted("", 3));
  }

  /**
   * One backfill (version 1, {@code transactional = false}) of the table {@code filled} (the test
   * creates it, keys 1…N): each batch of 1,000 keys adds one to every row's counter {@code n}, then
   * calls {@link Pause} ({@code batch}, numbered from 1: the batch that ends at key 1000 × k is k),
   * inside the batch's transaction.
   */
  static Scenario backfill() {
    return Scenario.in("it.backfill")
        .migration(
            "Fill",
            "version = \"1\", transactional = false",
            """
              @Backfill(table = "filled", key = "id", batchSize = 1000)
              int fill(MigrationContext db, dev.strata.runtime.KeyRange range)
                  throws InterruptedException {
                int rows =
                    db.execute("update filled set n = n + 1 where " + range.where("id"),
                        range.bindings());
                dev.strata.it.Pause.at("batch", (int) ((Long) range.upTo() / 1000));
                return rows;
              }
            """);
  }
}
