#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md in one run, on this machine, nothing else running (not a unit test):
#   1. load scaling: `load --store` vs tdb2.tdbloader on the same quads, 100 / 1,000 / 10,000 documents (bench/scale.sh),
#      with the chart of per-document cost;
#   2. the HTTP comparison with stock Fuseki 5.6.0 on 1,000 documents: SPARQL mix, resource pages, start-up, peak RSS
#      (bench/compare-http.sh), ours with the page cache as shipped and without it, then the pages against DESCRIBE in
#      alternating rounds (bench/pages-paired.sh);
#   3. JMH: extraction and validation per document per core (bench/jmh.sh);
#   4. quality at load time and incremental sync at 10,000 documents: first requests of /validation and VoID, and a
#      sync changing one document against loading that document alone (bench/quality-sync.sh);
#   5. document length: extraction and validation of single documents of 1/8 to 1 MB (bench/length.sh).
# Writes OUT (default bench/results) : results.txt (every RESULT line), scale.md, http.md, http-nocache.md, jmh.txt,
# load-cost.png, machine.txt. Takes about 50 minutes on 2 cores.
# Usage: bench/run-all.sh            Env: SIZES ("100 1000 10000"), HTTP_N (1000), D (60), SYNC_N (10000), OUT,
#                                         WORK (/tmp/dpkg-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${OUT:-bench/results}")
work=${WORK:-/tmp/dpkg-bench}
sizes=${SIZES:-100 1000 10000}
http_n=${HTTP_N:-1000}
mkdir -p "$out" "$work"
log() { echo "== $(date +%H:%M:%S) $*" >&2; }
# every step builds from the working tree (the JMH step too): measure a commit, not an edit in progress
if [ "${ALLOW_DIRTY:-0}" != 1 ] && ! git diff --quiet HEAD -- src pom.xml bench ':!bench/results' 2>/dev/null; then
  echo "error: src/, bench/ (results aside) or pom.xml differ from HEAD; commit or stash first (ALLOW_DIRTY=1 overrides)" >&2; exit 2
fi

log "building the jar"
mvn -q -B -DskipTests package
jar="$work/dpkg.jar"; cp target/digital-partnership-kg.jar "$jar"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

log "load scaling: $sizes"
# shellcheck disable=SC2086
JAR="$jar" OUT="$work/scale" WORK="$work/scale-work" bench/scale.sh $sizes | tee "$work/scale.log"
cp "$work/scale/scale.csv" "$work/scale/load-cost.png" "$out/"
sed -n '/^|/p' "$work/scale.log" > "$out/scale.md"

log "HTTP comparison with stock Fuseki on $http_n documents"
JAR="$jar" OUT="$work/http" DATA="$work/http-data" PAGES_SAMPLE=spread D="${D:-60}" bench/compare-http.sh "$http_n" | tee "$work/http.log"
cp "$work/http/results.md" "$out/http.md"
log "the same, our page cache off (every page rendered)"
JAR="$jar" OUT="$work/http-nocache" DATA="$work/http-data" PAGES_SAMPLE=spread D="${D:-60}" OURS_ARGS="--page-cache 0" \
  bench/compare-http.sh "$http_n" | tee "$work/http-nocache.log"
cp "$work/http-nocache/results.md" "$out/http-nocache.md"
log "resource pages against DESCRIBE in alternating rounds, page cache off"
JAR="$jar" OUT="$work/paired" DATA="$work/http-data" bench/pages-paired.sh "$http_n" | tee "$work/paired.log"
cp "$work/paired/results.txt" "$out/pages-paired.txt"

log "JMH"
OUT="$work/jmh" bench/jmh.sh -wi 3 -w 10s -i 5 -r 5s | tee "$work/jmh.log"
grep '^Benchmark\|^DocumentBenchmarks' "$work/jmh.log" > "$out/jmh.txt" || true

log "quality at load time and incremental sync: ${SYNC_N:-10000} documents"
JAR="$jar" OUT="$work/quality" WORK="$work/quality-work" bench/quality-sync.sh "${SYNC_N:-10000}" | tee "$work/quality.log"
cp "$work/quality/quality-sync.md" "$out/quality-sync.md"

log "document length"
JAR="$jar" bench/length.sh 3 | tee "$work/length.log"

{
  grep -h '^RESULT' "$work/scale.log"
  grep -h '^RESULT' "$work/http.log"
  grep -h '^RESULT' "$work/http-nocache.log" | sed 's/^RESULT /RESULT nocache./'
  grep -h '^RESULT' "$work/paired.log"
  grep -h '^RESULT' "$work/jmh.log"
  grep -h '^RESULT' "$work/quality.log"
  grep -h '^RESULT' "$work/length.log"
} > "$out/results.txt"
log "done: $out"
