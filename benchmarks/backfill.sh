#!/usr/bin/env bash
# Backfilling a 1,000,000-row PostgreSQL table (issue 17): Strata's backfill against a hand-written
#   JDBC keyset loop (the floor) and one single UPDATE, each with a concurrent writer
#   (benchmarks/src/main/java/dev/strata/bench/BackfillBench.java); prints a Markdown table for
#   docs/benchmarks.md, section "Backfill", and every run to stderr.
# Usage, from anywhere:
#   benchmarks/backfill.sh [--rows 1000000] [--batch 1000] [--runs 5] [--warmups 1]
#                          [--only floor,strata,single]
# Environment: STRATA_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
exec "$(dirname "$0")/runtime-bench.sh" BackfillBench "BackfillBench Target Stats" "$@"
