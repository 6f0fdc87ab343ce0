#!/usr/bin/env bash
# Builds the runtime and runs one benchmark class that needs only it and the two drivers (no Flyway
#   or Liquibase), compiled with javac against the runtime's classpath, so it runs where the
#   benchmarks profile cannot resolve its dependencies. Used by stage.sh and backfill.sh.
# Usage: benchmarks/runtime-bench.sh MainClass "Source1 Source2 …" [arguments for the main class]
set -euo pipefail
main=$1 sources=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
mvn -B -q -pl runtime -am package -DskipTests
mvn -B -q -pl runtime dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="runtime/target/classes:$(cat runtime/target/bench-classpath.txt)"
out=benchmarks/target/$main-classes
rm -rf "$out" && mkdir -p "$out"
files=()
for source in $sources Args; do files+=("benchmarks/src/main/java/dev/strata/bench/$source.java"); done
javac -d "$out" -cp "$cp" "${files[@]}"
java -Xms512m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$out:$cp" "dev.strata.bench.$main" "$@"
