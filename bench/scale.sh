#!/usr/bin/env bash
# Load scaling (not a unit test): for each corpus size N, the cost of `load --store` (read, extract, validate, write
# TDB2) against Jena's own TDB2 loader writing the same quads into a fresh store.
#   ours:      java -Xmx$HEAP -jar $JAR load --seeds corpus-N --store STORE
#   reference: the quads of our store, dumped with tdb2.tdbdump, loaded by tdb2.tdbloader (Jena's default loader)
#              into a fresh store: java -Xmx$HEAP -cp $JAR:$JENA_CMDS tdb2.tdbloader --loc STORE2 data.nq
# Both: wall time and peak RSS from /usr/bin/time (JVM start-up included), same heap, same disk, run alternately.
# The corpus is bench/GenerateCorpus.java's (deterministic: the same N gives the same bytes).
# Writes OUT/scale.csv, OUT/runs.csv (every run), OUT/load-cost.png (bench/Chart.java), OUT/logs/; prints RESULT lines
# and a Markdown table.
# Usage: bench/scale.sh [N ...]            (default: 100 1000 10000)
# Env: JAR (default target/digital-partnership-kg.jar), HEAP (4g), OUT (/tmp/scalebench/out),
#      WORK (/tmp/scalebench/work: corpora, stores, dumps), REPEAT (1: runs of each, alternating; the median is kept),
#      JENA_CMDS (jena-cmds-5.6.0.jar in ~/.m2, fetched if missing), KEEP=1 keeps stores and dumps.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
jar=$(realpath "${JAR:-target/digital-partnership-kg.jar}")
heap=${HEAP:-4g}
out=${OUT:-/tmp/scalebench/out}
work=${WORK:-/tmp/scalebench/work}
repeat=${REPEAT:-1}
jena_cmds=${JENA_CMDS:-$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar}
[ -f "$jar" ] || { echo "error: no jar at $jar (build it, or set JAR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
if [ ! -f "$jena_cmds" ]; then
  mvn -q -B dependency:get -Dartifact=org.apache.jena:jena-cmds:5.6.0
  [ -f "$jena_cmds" ] || { echo "error: no jena-cmds at $jena_cmds" >&2; exit 2; }
fi
mkdir -p "$out/logs" "$work"
runs="$out/runs.csv"
echo "docs,run,tool,seconds,rss_mb,triples,quads,internal_s,exit" > "$runs"

# Runs a command under /usr/bin/time, its output to a log; sets secs, rss_mb (peak resident set) and code (exit status).
timed() {
  local log=$1; shift
  local tf; tf=$(mktemp)
  set +e
  /usr/bin/time -f '%e %M' -o "$tf" "$@" > "$log" 2>&1
  code=$?
  set -e
  # time's file has "Command exited with non-zero status N" first when the command failed.
  read -r secs rss_kb < <(tail -1 "$tf")
  rm -f "$tf"
  rss_mb=$(( rss_kb / 1024 ))
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ "$(find "$corpus" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l)" != "$n" ]; then
    rm -rf "$corpus"
    java bench/GenerateCorpus.java "$n" "$corpus" >&2
  fi
  for run in $(seq 1 "$repeat"); do
    # ours
    store="$work/store-ours-$n"
    rm -rf "$store"
    log="$out/logs/ours-$n-$run.log"
    echo "[$n docs, run $run] ours: load --store" >&2
    timed "$log" java -Xmx"$heap" -jar "$jar" load --seeds "$corpus" --store "$store"
    line=$(grep -a '^Loaded [0-9]* documents' "$log" | tail -1 || true)
    triples=$(sed -E 's/^Loaded [0-9]+ documents[^,]*, ([0-9]+) triples.*/\1/' <<< "$line")
    internal=$(sed -E 's/.* in ([0-9.]+) s.*/\1/' <<< "$line")
    if [ "$code" != 0 ] || [ -z "$line" ]; then
      echo "  ours failed (exit $code): $(tail -1 "$log")" >&2
      echo "$n,$run,ours,NA,$rss_mb,NA,NA,NA,$code" >> "$runs"
      rm -rf "$store"
      continue
    fi
    echo "  $secs s, peak RSS $rss_mb MB: $line" >&2
    # the same quads, dumped from our store (once per size)
    dump="$work/data-$n.nq"
    if [ "$run" = 1 ] || [ ! -s "$dump" ]; then
      java -Xmx"$heap" -cp "$jar:$jena_cmds" tdb2.tdbdump --loc "$store" > "$dump" 2> "$out/logs/dump-$n.log"
    fi
    quads=$(wc -l < "$dump")
    echo "$n,$run,ours,$secs,$rss_mb,$triples,$quads,$internal,$code" >> "$runs"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$store"
    # reference: Jena's default TDB2 loader, fresh store, same heap
    ref="$work/store-tdbloader-$n"
    rm -rf "$ref"
    log="$out/logs/tdbloader-$n-$run.log"
    echo "[$n docs, run $run] reference: tdb2.tdbloader $quads quads" >&2
    timed "$log" java -Xmx"$heap" -cp "$jar:$jena_cmds" tdb2.tdbloader --loc "$ref" "$dump"
    [ "$code" = 0 ] || echo "  tdb2.tdbloader failed (exit $code): $(tail -1 "$log")" >&2
    echo "  $secs s, peak RSS $rss_mb MB" >&2
    echo "$n,$run,tdbloader,$([ "$code" = 0 ] && echo "$secs" || echo NA),$rss_mb,$triples,$quads,,$code" >> "$runs"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$ref"
  done
  [ "${KEEP:-0}" = 1 ] || rm -f "$work/data-$n.nq"
done

# Summary: the median of the runs of each size and tool.
csv="$out/scale.csv"
echo "docs,triples,ours_s,ours_rss_mb,tdbloader_s,tdbloader_rss_mb,ours_ms_per_doc,tdbloader_ms_per_doc,ratio,quads" > "$csv"
for n in "${sizes[@]}"; do
  pick() { awk -F, -v n="$n" -v t="$1" -v c="$2" '$1 == n && $3 == t && $4 != "NA" { print $c }' "$runs" | median; }
  ours_s=$(pick ours 4); ours_rss=$(pick ours 5); ref_s=$(pick tdbloader 4); ref_rss=$(pick tdbloader 5)
  triples=$(pick ours 6); quads=$(pick ours 7)
  awk -v n="$n" -v tr="$triples" -v os="$ours_s" -v orss="$ours_rss" -v rs="$ref_s" -v rrss="$ref_rss" -v q="$quads" 'BEGIN {
    f = "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n"
    opd = os == "NA" ? "NA" : sprintf("%.2f", os * 1000 / n); rpd = rs == "NA" ? "NA" : sprintf("%.2f", rs * 1000 / n)
    ratio = (os == "NA" || rs == "NA" || rs == 0) ? "NA" : sprintf("%.2f", os / rs)
    printf f, n, tr, os, (os == "NA" ? "NA" : int(orss)), rs, (rs == "NA" ? "NA" : int(rrss)), opd, rpd, ratio, q }' >> "$csv"
done

tail -n +2 "$csv" | while IFS=, read -r n triples os orss rs rrss opd rpd ratio quads; do
  echo "RESULT load.$n.ours.s $os"
  echo "RESULT load.$n.tdbloader.s $rs"
  echo "RESULT load.$n.ratio $ratio"
  echo "RESULT load.$n.ours.rss.mb $orss"
  echo "RESULT load.$n.ours.ms_per_doc $opd"
  echo "RESULT load.$n.tdbloader.rss.mb $rrss"
  echo "RESULT load.$n.tdbloader.ms_per_doc $rpd"
done
echo
echo "Load, java -Xmx$heap, $(nproc) cores; wall time and peak RSS include JVM start-up; ratio = ours / tdb2.tdbloader (median of $repeat run(s))"
echo
echo "| documents | triples | quads | ours (s) | ours peak RSS (MB) | tdb2.tdbloader (s) | tdbloader peak RSS (MB) | ours ms/doc | tdbloader ms/doc | ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
tail -n +2 "$csv" | while IFS=, read -r n triples os orss rs rrss opd rpd ratio quads; do
  echo "| $n | $triples | $quads | $os | $orss | $rs | $rrss | $opd | $rpd | $ratio |"
done
echo
java -Djava.awt.headless=true bench/Chart.java "$csv" "$out/load-cost.png"
echo "Wrote $csv, $runs and $out/load-cost.png"
