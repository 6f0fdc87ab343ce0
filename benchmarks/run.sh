#!/usr/bin/env bash
# Runs every benchmark of issue 6 and writes the results into docs/benchmarks.md: javac on 1,000
#   migrations without and with the processor, and with the floor processor that only writes one
#   empty class (processor/bench/javac-bench.sh with FLOOR=1), then apply / no-op on H2 and
#   PostgreSQL (N = 10, 100, 1,000) and cold start for the JDBC floor, the jOOQ floor, Strata with
#   migrations taking MigrationContext, Strata with migrations taking DSLContext, Flyway and
#   Liquibase (benchmarks/src/main/java/dev/strata/bench/Bench.java), and the goals' table.
#
# Usage, from anywhere:  benchmarks/run.sh [Bench options, e.g. --runs 7 --sizes 10,100,1000]
# Environment: STRATA_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres);
#   JAVAC_LAYOUTS="workload:1 checked:1 checked:10" (javac-bench runs as shape:packages; "" skips
#   javac).
# Needs Java 17, Maven 3.8, a PostgreSQL that the URL reaches, and a quiet machine: the script
# prints the load average first; figures taken under load are noise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# Builds this checkout (package, never install); target/classpath.txt lists every jar.
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
# The workloads are written and compiled afresh, by the processor just built.
rm -rf benchmarks/target/bench-work

# shape:packages; the first is the goal's (the runtime benchmark's migrations as its main Strata
# tool has them, taking MigrationContext, one package), the others the heavier ScaleTest shape;
# workload-dsl:1 would time the DSLContext form (see processor/bench/javac-bench.sh).
javac_args=()
for layout in ${JAVAC_LAYOUTS-workload:1 checked:1 checked:10}; do
  shape=${layout%%:*}
  packages=${layout##*:}
  out="benchmarks/target/javac-$shape-$packages.txt"
  echo "javac-bench: 1,000 migrations of shape $shape in $packages package(s)"
  FLOOR=1 processor/bench/javac-bench.sh 1000 5 "$packages" "$shape" > "$out"
  cat "$out"
  javac_args+=(--javac "$out")
done

# A fixed 2 GB heap, touched up front: fewer, shorter collections in the middle of short runs,
# the same for every tool.
java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -Dbench.revision="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- runtime processor || echo '+changes')" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.strata.bench.Bench --doc docs/benchmarks.md "${javac_args[@]}" "$@"
