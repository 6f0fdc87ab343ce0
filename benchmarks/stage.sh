#!/usr/bin/env bash
# The cost per call of Migrator.stage(change) on H2 in-memory and PostgreSQL
#   (benchmarks/src/main/java/dev/strata/bench/LiveStageBench.java); prints a Markdown table for
#   docs/benchmarks.md, section "Live stage".
# Usage, from anywhere:  benchmarks/stage.sh [--history 100] [--calls 20000] [--rounds 7]
# Environment: STRATA_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
# Needs only the runtime and the two drivers, not Flyway or Liquibase: it compiles the benchmark's
# two classes with javac against the runtime's classpath, so it runs where the benchmarks profile
# cannot resolve its dependencies.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
mvn -B -q -pl runtime -am package -DskipTests
mvn -B -q -pl runtime dependency:build-classpath -Dmdep.outputFile=target/stage-classpath.txt
cp="runtime/target/classes:$(cat runtime/target/stage-classpath.txt)"
out=benchmarks/target/stage-classes
rm -rf "$out" && mkdir -p "$out"
javac -d "$out" -cp "$cp" benchmarks/src/main/java/dev/strata/bench/{LiveStageBench,Target}.java
java -Xms512m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$out:$cp" dev.strata.bench.LiveStageBench "$@"
