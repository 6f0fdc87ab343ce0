#!/usr/bin/env bash
# The cost per call of Migrator.stage(change) on H2 in-memory and PostgreSQL
#   (benchmarks/src/main/java/dev/strata/bench/LiveStageBench.java); prints a Markdown table for
#   docs/benchmarks.md, section "Live stage".
# Usage, from anywhere:  benchmarks/stage.sh [--history 100] [--calls 20000] [--rounds 7]
# Environment: STRATA_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
exec "$(dirname "$0")/runtime-bench.sh" LiveStageBench "LiveStageBench Target" "$@"
