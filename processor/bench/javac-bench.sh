#!/usr/bin/env bash
# Times javac on generated migration classes, with and without the Strata processor.
#
# Usage (from anywhere): processor/bench/javac-bench.sh [migrations=1000] [runs=5] [packages=1] [shape=checked]
#   packages=1:  every migration in one package, as most projects keep them; the registry sits
#                beside them and needs no access helpers.
#   packages=10: migrations spread over ten packages below the registry's, each with
#                package-private methods, so every migration gets an access helper (worst case).
#   shape=workload: each migration is the runtime benchmark's (benchmarks/, issue 6) as its main
#                Strata tool has it: one @Up taking MigrationContext, running CREATE TABLE,
#                CREATE INDEX and INSERT, a description, nothing else.
#   shape=workload-dsl: the same with the @Up taking jOOQ's DSLContext (the second Strata tool).
#   shape=checked: the shape of ScaleTest, heavier for the processor: a @PreCheck, an @Up, a @Down
#                and a dependency on the previous migration, each.
# Builds the processor (mvn package, never install), writes the sources to a temp dir, runs
# javac alternately without (-proc:none) and with the processor, and prints the medians of the
# wall-clock time and of the CPU time (user + system) the javac process used.
# With FLOOR=1 it also times javac with a processor that only writes one empty class: what any
# processor that generates a source costs javac (the rounds after it enter every class again),
# the part of the ratio no processor can remove.
# With PARTS=1 (one package only) it then times what the registry's parts cost javac: the same
# scratch processor writes, instead of its empty class, the registry Strata generated for these
# sources, or that registry with its switch cases or its listing removed, or with every case
# naming no migration class; each alternates with the floor (docs/benchmarks-history.md, "What the
# registry costs javac, part by part").
set -euo pipefail

migrations=${1:-1000}
runs=${2:-5}
packages=${3:-1}
shape=${4:-checked}
case "$shape" in
  workload) context=dev.strata.runtime.MigrationContext ;;
  workload-dsl) context=org.jooq.DSLContext ;;
  checked) ;;
  *) echo "shape must be workload, workload-dsl or checked, not $shape" >&2; exit 2 ;;
esac
if [[ "${PARTS:-0}" == 1 ]]; then
  [[ "$packages" == 1 ]] || { echo "PARTS=1 needs packages=1 (no access helpers)" >&2; exit 2; }
  FLOOR=1
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One reactor run, so annotations and runtime come from this checkout, not from ~/.m2
# (each module writes deps.txt; the processor, built last, wins).
mvn -B -q -f "$root/pom.xml" -pl processor -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/deps.txt" >/dev/null
# What a user's build has: annotations, runtime and jOOQ on the classpath; the processor and
# its dependencies (annotations, for dev.strata.Version, and JavaPoet) on the processor path.
classpath=$(tr ':' '\n' < "$work/deps.txt" | grep -E 'strata-|jooq|r2dbc|reactive-streams' | paste -sd:)
processorpath="$root/processor/target/classes:$(tr ':' '\n' < "$work/deps.txt" \
  | grep -E 'palantir/javapoet|strata-annotations|/annotations/target/classes' | paste -sd:)"

for ((i = 0; i < migrations; i++)); do
  pkg="scale.p$((i % packages))"
  name=$(printf 'M%04d' "$i")
  dir="$work/src/${pkg//.//}"
  mkdir -p "$dir"
  depends=""
  if ((i > 0)); then
    depends=", dependsOn = scale.p$(((i - 1) % packages)).$(printf 'M%04d' $((i - 1))).class"
  fi
  if [[ "$shape" == workload* ]]; then
    # The runtime benchmark's migration i + 1 (benchmarks/.../StrataSources.java writes the same).
    n=$((i + 1))
    name=$(printf 'M%04d' "$n")
    cat > "$dir/$name.java" <<JAVA
package $pkg;

import dev.strata.Migration;
import dev.strata.Up;
import $context;

@Migration(version = "$n", description = "create t_$n")
final class $name {
  @Up
  void up(${context##*.} db) {
    db.execute("CREATE TABLE t_$n (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP)");
    db.execute("CREATE INDEX t_${n}_name ON t_$n (name)");
    db.execute("INSERT INTO t_$n (id, name, created_at) VALUES (1, 'row $n', CURRENT_TIMESTAMP)");
  }
}
JAVA
  else
    # The shape of ScaleTest: a check, @Up, @Down and a dependency on the previous migration.
    cat > "$dir/$name.java" <<JAVA
package $pkg;

import dev.strata.*;
import org.jooq.DSLContext;

@Migration(version = "2025.1.$(printf '%04d' "$i")", owners = "team-$((i % 7))"$depends)
public class $name {
  @PreCheck("ready $i") boolean ready(DSLContext db) { return true; }
  @Up void up(DSLContext db) { db.execute("create table t$i(id int)"); }
  @Down void down(DSLContext db) { db.execute("drop table t$i"); }
}
JAVA
  fi
done
find "$work/src" -name '*.java' > "$work/sources.txt"

if [[ "${FLOOR:-0}" == 1 ]]; then
  mkdir -p "$work/floor/classes"
  cat > "$work/floor/Floor.java" <<'JAVA'
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims what Strata's processor claims and writes one empty class, once; with
 * -Areplay=file -Atype=name, writes that file's text as class name instead.
 */
public class Floor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.strata.Migration", "dev.strata.Up", "dev.strata.Down",
        "dev.strata.PreCheck", "dev.strata.PostCheck");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("replay", "type");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written && !annotations.isEmpty()) {
      written = true;
      String replay = processingEnv.getOptions().get("replay");
      String type = replay == null ? "floor.Empty" : processingEnv.getOptions().get("type");
      try (Writer out = processingEnv.getFiler().createSourceFile(type).openWriter()) {
        out.write(replay == null
            ? "package floor;\n\nfinal class Empty {}\n"
            : new String(Files.readAllBytes(Paths.get(replay)), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
JAVA
  javac -d "$work/floor/classes" "$work/floor/Floor.java"
fi

# One javac run; prints "wall cpu" in seconds. $1 = output label, the rest = javac arguments.
time_javac() {
  local out="$work/out-$1"
  shift
  rm -rf "$out" && mkdir -p "$out/classes" "$out/generated"
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S' \
    javac -J-Xms512m -implicit:none -d "$out/classes" -s "$out/generated" -cp "$classpath" "$@" \
    "@$work/sources.txt" >&2 || { echo "javac failed" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}

# median of the numbers on stdin
median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

time_javac warmup -proc:none > /dev/null # fill the file cache
: > "$work/without.txt"
: > "$work/with.txt"
: > "$work/floor.txt"
for ((r = 1; r <= runs; r++)); do
  time_javac without -proc:none >> "$work/without.txt"
  time_javac with -processorpath "$processorpath" \
    -processor dev.strata.processor.StrataProcessor >> "$work/with.txt"
  if [[ "${FLOOR:-0}" == 1 ]]; then
    time_javac floor -processorpath "$work/floor/classes" -processor Floor >> "$work/floor.txt"
  fi
  echo "run $r: without $(tail -1 "$work/without.txt"), with $(tail -1 "$work/with.txt")$(
    [[ -s "$work/floor.txt" ]] && echo ", floor $(tail -1 "$work/floor.txt")") (wall cpu, s)" >&2
done

echo "migrations:          $migrations in $packages package(s)"
echo "shape:               $shape"
echo "runs:                $runs"
echo "javac:               $(javac -version 2>&1)"
echo "machine:             $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "without, median:     wall $(cut -d' ' -f1 "$work/without.txt" | median) s, cpu $(cut -d' ' -f2 "$work/without.txt" | median) s"
echo "with, median:        wall $(cut -d' ' -f1 "$work/with.txt" | median) s, cpu $(cut -d' ' -f2 "$work/with.txt" | median) s"
if [[ -s "$work/floor.txt" ]]; then
  echo "floor, median:       wall $(cut -d' ' -f1 "$work/floor.txt" | median) s, cpu $(cut -d' ' -f2 "$work/floor.txt" | median) s (a processor that writes one empty class)"
fi
echo "generated sources:   $(find "$work/out-with/generated" -name '*.java' | wc -l)"

if [[ "${PARTS:-0}" == 1 ]]; then
  # The registry Strata wrote, and variants of it: javac's cost of each part, against the floor.
  registry=$(find "$work/out-with/generated" -name 'StrataMigrations.java')
  type="${registry#"$work/out-with/generated/"}"
  type="${type%.java}"
  type="${type//\//.}"
  parts="$work/parts"
  mkdir -p "$parts"
  cases='^ *case [0-9]+: '
  listing='^ *(migration|begin|dependsOn|owner|tag|up|down|preCheck|postCheck)\("'
  cp "$registry" "$parts/generated.java"
  grep -Ev "$cases|$listing" "$registry" > "$parts/frame.java"
  grep -Ev "$cases" "$registry" > "$parts/listing.java"
  grep -Ev "$listing" "$registry" > "$parts/cases.java"
  # each case names no migration class: a string, or a call on db (a DSLContext method gets db.dsl())
  grep -Ev "$listing" "$registry" | sed -E \
    -e 's/case ([0-9]+): return new ([A-Za-z0-9_.]+)\(\);/case \1: return "\2";/' \
    -e 's/case ([0-9]+): \(\(([A-Za-z0-9_.]+)\) migration\)\.([A-Za-z0-9_]+)\(db(\.dsl\(\))?\); return;/case \1: db.execute("\2.\3"); return;/' \
    -e 's/case ([0-9]+): return \(\(([A-Za-z0-9_.]+)\) migration\)\.([A-Za-z0-9_]+)\(db(\.dsl\(\))?\);/case \1: return db.execute("\2.\3") > 0;/' \
    > "$parts/unnamed.java"
  variants=(frame listing cases unnamed generated)
  : > "$work/parts-floor.txt"
  for v in "${variants[@]}"; do : > "$work/parts-$v.txt"; done
  for ((r = 1; r <= runs; r++)); do
    time_javac floor -processorpath "$work/floor/classes" -processor Floor >> "$work/parts-floor.txt"
    for v in "${variants[@]}"; do
      time_javac "part-$v" -processorpath "$work/floor/classes" -processor Floor \
        "-Areplay=$parts/$v.java" "-Atype=$type" >> "$work/parts-$v.txt"
    done
    echo "parts run $r done" >&2
  done
  echo "registry parts (the floor processor writing each variant of $type; wall / cpu medians):"
  echo "  floor's empty class:                    $(cut -d' ' -f1 "$work/parts-floor.txt" | median) s / $(cut -d' ' -f2 "$work/parts-floor.txt" | median) s"
  declare -A describe=([frame]="registry without its cases and listing:" [listing]="... with the listing, no cases:" \
    [cases]="... with the cases, no listing:" [unnamed]="... cases naming no class, no listing:" \
    [generated]="the registry as generated:")
  for v in "${variants[@]}"; do
    printf '  %-40s %s s / %s s\n' "${describe[$v]}" "$(cut -d' ' -f1 "$work/parts-$v.txt" | median)" \
      "$(cut -d' ' -f2 "$work/parts-$v.txt" | median)"
  done
fi
