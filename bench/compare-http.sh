#!/usr/bin/env bash
# Our server against stock Apache Jena Fuseki 5.6.0 (jena-fuseki-server, TDB2, the same quads: published default graph and document graphs), same data,
# same JVM heap, same client settings, measured in the same run, one server at a time, on loopback.
#
# Usage: bench/compare-http.sh [N=1000] [CORPUS_DIR]
#   N           documents to generate with bench/GenerateCorpus.java (deterministic)
#   CORPUS_DIR  articles to use instead of DATA/corpus (generated into it when it holds no *.txt)
#
# Environment (default):
#   JAR (target/digital-partnership-kg.jar)  our jar
#   C (8)  W (10)  D (30)     client threads, warm-up seconds (not counted) and measured seconds of every load run
#   HEAP (-Xmx2g)             heap flag of both servers (and of our `load`)
#   DATA (/tmp/httpbench/data-N)  prepared data: corpus/, ours-store/, data.nq, stock-store/, prepared.txt; reused when
#                             prepared.txt says it was made for the same N and corpus, unless REUSE=0
#   OUT (/tmp/httpbench/out)  results.txt (RESULT lines), results.md, rows.txt, errors.txt, details/, logs/
#   PAGES (200)               entities in the page sample; PAGES_SAMPLE (first): first = the first PAGES entity IRIs in
#                             IRI order, spread = PAGES IRIs evenly spaced over all of them
#   STARTUP_RUNS (3)          launches per server for the start-up median (the last one is then measured)
#   SOLO_REPEAT (5)           each query alone (one client, sequentially) this many times after one warm-up round,
#                             for per-query medians without the mix competing (0 skips it)
#   READY_TIMEOUT (1800)      seconds a launch may take to answer its first query
#   MIX_ROUNDS (1)            the SPARQL mix is measured for D seconds and at least until every client has started this
#                             many rounds of all the queries (at N=1000 one query takes longer than D under load)
#   OURS_ARGS, STOCK_ARGS     extra arguments of `serve` and of the stock server (e.g. STOCK_ARGS=--timeout=30000 to
#                             give stock our default query timeout)
#   REQUEST_TIMEOUT (300)     client timeout of one request, seconds (a timed-out request counts as an error)
#   MAX_ROWS (10000)          our --max-rows
#   ROW_CAP (limit)           limit: the mix queries get "LIMIT MAX_ROWS" on both servers (same work, ours as shipped);
#                             asis: queries unchanged (ours caps at MAX_ROWS, stock returns everything);
#                             none: queries unchanged and ours uncapped (both return everything)
#   JENA_CMDS, FUSEKI_JAR     jena-cmds and jena-fuseki-server 5.6.0 jars (fetched with mvn dependency:get if missing)
#   PREPARE_ONLY (0)          1: prepare DATA (and the stock server's configuration) and stop (bench/pages-paired.sh)
#
# Steps: generate the corpus; `load` it into our TDB2 store; dump it (tdb2.tdbdump) to data.nq; load data.nq into a
# second store with tdb2.tdbloader for stock Fuseki (bench/fuseki-tdb2.ttl). Then for ours, then stock: start-up
# (launch to first answered query, polled every 50 ms, median of STARTUP_RUNS), result rows of every query in queries/
# (MISMATCH lines when they differ), each query alone (medians), the SPARQL mix (queries/*.rq POSTed, each client in
# turn from its own offset), resource pages (ours: /doc/... as HTML and as Turtle; stock: DESCRIBE <iri> by GET; each
# client picks pages at random), and the server's peak RSS (VmHWM) before it is stopped.
# Prints "RESULT key value unit" lines and a Markdown table. Every server started is stopped on exit, also on failure.
set -euo pipefail
# Paths given by the caller are relative to the caller's folder; the defaults to the repository.
[ -n "${JAR:-}" ] && JAR=$(realpath -m "$JAR")
[ -n "${DATA:-}" ] && DATA=$(realpath -m "$DATA")
[ -n "${OUT:-}" ] && OUT=$(realpath -m "$OUT")
CORPUS_ARG=${2:-}
[ -n "$CORPUS_ARG" ] && CORPUS_ARG=$(realpath -m "$CORPUS_ARG")
cd "$(dirname "$0")/.."
ROOT=$PWD

N=${1:-1000}
JAR=${JAR:-target/digital-partnership-kg.jar}
C=${C:-8}; W=${W:-10}; D=${D:-30}
HEAP=${HEAP:--Xmx2g}
DATA=${DATA:-/tmp/httpbench/data-$N}
OUT=${OUT:-/tmp/httpbench/out}
REUSE=${REUSE:-1}
PAGES=${PAGES:-200}
PAGES_SAMPLE=${PAGES_SAMPLE:-first}
STARTUP_RUNS=${STARTUP_RUNS:-3}
SOLO_REPEAT=${SOLO_REPEAT:-5}
READY_TIMEOUT=${READY_TIMEOUT:-1800}
MAX_ROWS=${MAX_ROWS:-10000}
REQUEST_TIMEOUT=${REQUEST_TIMEOUT:-300}
MIX_ROUNDS=${MIX_ROUNDS:-1}
read -r -a OURS_ARGS <<< "${OURS_ARGS:-}"
read -r -a STOCK_ARGS <<< "${STOCK_ARGS:-}"
ROW_CAP=${ROW_CAP:-limit}
M2=${M2_REPO:-$HOME/.m2/repository}
JENA_CMDS=${JENA_CMDS:-$M2/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar}
FUSEKI_JAR=${FUSEKI_JAR:-$M2/org/apache/jena/jena-fuseki-server/5.6.0/jena-fuseki-server-5.6.0.jar}
BASE_IRI=https://w3id.org/dpkg/

die() { echo "error: $*" >&2; exit 2; }
say() { echo "== $(date +%H:%M:%S) $*" >&2; }
[[ $N =~ ^[0-9]+$ && $N -gt 0 ]] || die "N must be a positive number, not '$N'"
[ -f "$JAR" ] || die "no jar at $JAR (set JAR)"
JAR=$(realpath "$JAR")
case $ROW_CAP in
  limit) LIMIT_CAP=$MAX_ROWS; OURS_ROWS=$MAX_ROWS ;;
  asis) LIMIT_CAP=0; OURS_ROWS=$MAX_ROWS ;;
  none) LIMIT_CAP=0; OURS_ROWS=4000000000000000000 ;;
  *) die "ROW_CAP must be limit, asis or none" ;;
esac
case $PAGES_SAMPLE in first|spread) ;; *) die "PAGES_SAMPLE must be first or spread" ;; esac
for tool in curl jq python3 java; do command -v $tool >/dev/null || die "$tool is needed"; done

fetch() { # jar artifact
  [ -f "$1" ] && return 0
  say "fetching $2"
  (cd /tmp && mvn -q dependency:get -Dartifact="$2") || die "cannot fetch $2"
  [ -f "$1" ] || die "$2 fetched, but $1 is still missing (set JENA_CMDS / FUSEKI_JAR)"
}
fetch "$JENA_CMDS" org.apache.jena:jena-cmds:5.6.0
fetch "$FUSEKI_JAR" org.apache.jena:jena-fuseki-server:5.6.0

mkdir -p "$DATA" "$OUT/logs" "$OUT/details"
DATA=$(realpath "$DATA"); OUT=$(realpath "$OUT")
rm -f "$OUT"/results.txt "$OUT"/results.md "$OUT"/rows*.txt "$OUT"/pages.*.txt "$OUT"/params.txt "$OUT"/errors.txt "$OUT"/logs/* "$OUT"/details/*
RESULTS=$OUT/results.txt
CORPUS=${CORPUS_ARG:-$DATA/corpus}
OURS_STORE=$DATA/ours-store
STOCK_STORE=$DATA/stock-store
QUADS=$DATA/data.nq

# ---------------------------------------------------------------------------------------------- servers and cleanup
PIDS=()
SNAPSHOT=
cleanup() {
  local i pid
  for (( i = ${#PIDS[@]} - 1; i >= 0; i-- )); do   # the newest first: clients before the server they talk to
    pid=${PIDS[i]}
    kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "$SNAPSHOT" ]; then rm -rf "$SNAPSHOT"; fi
}
trap cleanup EXIT
SNAPSHOT=$(mktemp -d /tmp/compare-http.XXXXXX)
# Every launch of this run uses the same bytes, even if the jar is replaced meanwhile.
cp "$JAR" "$SNAPSHOT/ours.jar"
JAR_ORIGINAL=$JAR
JAR=$SNAPSHOT/ours.jar
trap 'exit 130' INT TERM HUP

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

STOCK_RUN=$DATA/stock-run            # FUSEKI_BASE of the stock server (it writes its run files there, not in .)
STOCK_CONFIG=$DATA/fuseki-tdb2.ttl
READY_QUERY='SELECT * WHERE { ?s ?p ?o } LIMIT 1'

# launch ours|stock PORT LOG: starts a server in the background; sets SRV_PID, SRV_T0 (ns) and SRV_URL (its SPARQL URL)
launch() {
  local who=$1 port=$2 log=$3
  SRV_T0=$(date +%s%N)
  if [ "$who" = ours ]; then
    java $HEAP -jar "$JAR" serve --store "$OURS_STORE" --seeds "$CORPUS" --port "$port" --max-rows "$OURS_ROWS" ${OURS_ARGS[@]+"${OURS_ARGS[@]}"} >"$log" 2>&1 &
    SRV_URL=http://127.0.0.1:$port/sparql
  else
    FUSEKI_BASE="$STOCK_RUN" java $HEAP -jar "$FUSEKI_JAR" --config="$STOCK_CONFIG" --port="$port" --localhost \
      ${STOCK_ARGS[@]+"${STOCK_ARGS[@]}"} >"$log" 2>&1 &
    SRV_URL=http://127.0.0.1:$port/ds/sparql
  fi
  SRV_PID=$!
  PIDS+=("$SRV_PID")
}

# wait_ready LOG: polls SRV_URL every 50 ms until a query is answered with 200; sets READY_MS (since launch)
wait_ready() {
  local log=$1 deadline=$(( $(date +%s) + READY_TIMEOUT )) code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Accept: application/sparql-results+json' \
      --data-urlencode "query=$READY_QUERY" "$SRV_URL" || true)
    if [ "$code" = 200 ]; then
      READY_MS=$(( ($(date +%s%N) - SRV_T0) / 1000000 ))
      # Should a shell stand between us and the JVM (job control), measure and stop the JVM itself.
      if [ "$(cat "/proc/$SRV_PID/comm" 2>/dev/null)" != java ]; then
        local jvm; jvm=$(pgrep -P "$SRV_PID" -x java | head -1 || true)
        if [ -n "$jvm" ]; then SRV_PID=$jvm; PIDS+=("$jvm"); fi
      fi
      return 0
    fi
    if ! kill -0 "$SRV_PID" 2>/dev/null; then echo "error: server exited before answering; its log:" >&2; tail -20 "$log" >&2; exit 3; fi
    if (( $(date +%s) > deadline )); then echo "error: no answer from $SRV_URL within ${READY_TIMEOUT}s; its log:" >&2; tail -20 "$log" >&2; exit 3; fi
    sleep 0.05
  done
}

stop_server() { # PID
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

peak_rss_mb() { awk '/^VmHWM/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

res() { echo "RESULT $1 $2 $3" | tee -a "$RESULTS"; }
val() { awk -v k="$1" '$1=="RESULT" && $2==k {v=$3} END {print (v=="" ? "NaN" : v)}' "$RESULTS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a=="NaN" || b=="NaN" || b+0==0) print "NaN"; else printf "%.3f", a/b }'; }
# goal RATIO OP LIMIT -> "PASS"/"FAIL"/"n/a"
goal() { awk -v r="$1" -v op="$2" -v g="$3" 'BEGIN { if (r=="NaN") print "n/a"; else if (op==">=") print (r+0>=g ? "PASS" : "FAIL"); else print (r+0<=g ? "PASS" : "FAIL") }'; }
res_ratio() { # KEY VALUE OP GOAL
  local verdict; verdict=$(goal "$2" "$3" "$4")
  echo "RESULT $1 $2 x (goal $3 $4: $verdict)" | tee -a "$RESULTS"
}

# --------------------------------------------------------------------------------------------------------- data
jar_sum=$(sha256sum "$JAR" | cut -c1-16)
stamp_ok() {
  [ -f "$DATA/prepared.txt" ] && [ -f "$QUADS" ] && [ -d "$OURS_STORE" ] && [ -d "$STOCK_STORE" ] &&
    grep -qx "n=$N" "$DATA/prepared.txt" && grep -qx "corpus=$CORPUS" "$DATA/prepared.txt"
}
if [ "$REUSE" != 0 ] && stamp_ok; then
  say "reusing the prepared data in $DATA"
  grep -qx "jar=$jar_sum" "$DATA/prepared.txt" || echo "warning: $DATA was prepared with another jar ($(grep '^jar=' "$DATA/prepared.txt")); REUSE=0 remakes it" >&2
else
  rm -f "$DATA/prepared.txt"
  if ! compgen -G "$CORPUS/*.txt" >/dev/null; then
    say "generating $N documents into $CORPUS"
    java "$ROOT/bench/GenerateCorpus.java" "$N" "$CORPUS" >&2
  fi
  say "loading $CORPUS into our store $OURS_STORE"
  rm -rf "$OURS_STORE" "$STOCK_STORE" "$QUADS"
  java $HEAP -jar "$JAR" load --seeds "$CORPUS" --store "$OURS_STORE" 2>&1 | tail -3 >&2
  say "dumping our store to $QUADS (tdb2.tdbdump)"
  java -cp "$JAR:$JENA_CMDS" tdb2.tdbdump --loc "$OURS_STORE" > "$QUADS"
  say "loading $QUADS into the stock store $STOCK_STORE (tdb2.tdbloader)"
  java -cp "$JAR:$JENA_CMDS" tdb2.tdbloader --loc "$STOCK_STORE" "$QUADS" >&2
  printf 'n=%s\ncorpus=%s\njar=%s\nmade=%s\n' "$N" "$CORPUS" "$jar_sum" "$(date -Is)" > "$DATA/prepared.txt"
fi
documents=$(find "$CORPUS" -maxdepth 1 -name '*.txt' | wc -l)
[ "$documents" -gt 0 ] || die "no *.txt in $CORPUS"
mkdir -p "$STOCK_RUN"
sed "s#@STORE@#$STOCK_STORE#" "$ROOT/bench/fuseki-tdb2.ttl" > "$STOCK_CONFIG"
grep -q "\"$STOCK_STORE\"" "$STOCK_CONFIG" || die "could not set the store location in $STOCK_CONFIG"
if [ "${PREPARE_ONLY:-0}" = 1 ]; then say "prepared $DATA"; exit 0; fi

{ echo "n=$N documents=$documents corpus=$CORPUS jar=$JAR_ORIGINAL ($jar_sum)"
  echo "clients=$C warmup=${W}s duration=${D}s mix_rounds=$MIX_ROUNDS heap=$HEAP row_cap=$ROW_CAP max_rows=$MAX_ROWS pages=$PAGES/$PAGES_SAMPLE startup_runs=$STARTUP_RUNS solo_repeat=$SOLO_REPEAT"
  echo "ours_args=${OURS_ARGS[*]:-} stock_args=${STOCK_ARGS[*]:-} request_timeout=${REQUEST_TIMEOUT}s"
  echo "date=$(date -Is) host=$(hostname) cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | head -1; } > "$OUT/params.txt"
cat "$OUT/params.txt" >&2
res data.documents "$documents" count
res data.quads "$(wc -l < "$QUADS")" count

# The same queries in both rows checks and in the mix; the entity sample is fixed by the first server measured.
SAMPLE_QUERY='SELECT DISTINCT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "'$BASE_IRI'id/") && !CONTAINS(STR(?s), "/evidence/")) } ORDER BY ?s'
if [ "$PAGES_SAMPLE" = first ]; then SAMPLE_QUERY="$SAMPLE_QUERY LIMIT $PAGES"; fi
IRIS=$OUT/pages.iris.txt
# The client runs in the background and is waited for, so that a signal stops the run (and its servers) at once.
bench() {
  java bench/HttpBench.java "$@" &
  local client=$!
  PIDS+=("$client")
  wait "$client"
}

# ----------------------------------------------------------------------------------------------- one server
measure() { # ours|stock
  local who=$1 port log times=() i pid
  say "$who: start-up, $STARTUP_RUNS launches"
  for i in $(seq 1 "$STARTUP_RUNS"); do
    port=$(free_port); log=$OUT/logs/$who-$i.log
    launch "$who" "$port" "$log"
    wait_ready "$log"
    times+=("$READY_MS")
    res "startup.$who.run$i.ms" "$READY_MS" ms
    if [ "$i" -lt "$STARTUP_RUNS" ]; then stop_server "$SRV_PID"; fi
  done
  res "startup.$who.ms" "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')" ms
  pid=$SRV_PID
  local base=http://127.0.0.1:$port
  say "$who: serving at $SRV_URL (pid $pid); result rows of queries/*.rq"
  bench rows "$SRV_URL" queries > "$OUT/rows.$who.txt"
  cat "$OUT/rows.$who.txt" >&2
  if [ "$LIMIT_CAP" -gt 0 ]; then bench rows "$SRV_URL" queries --limit-cap "$LIMIT_CAP" > "$OUT/rows.$who.capped.txt"; fi

  if [ ! -s "$IRIS" ]; then
    curl -sf -H 'Accept: text/tab-separated-values' --data-urlencode "query=$SAMPLE_QUERY" "$SRV_URL" | tail -n +2 | tr -d '\r' \
      | sed 's/^<//; s/>$//' > "$IRIS.all"
    local total; total=$(wc -l < "$IRIS.all")
    awk -v n="$PAGES" -v total="$total" 'BEGIN {step = total > n ? total / n : 1} {a[NR]=$0}
      END {for (i = 0; i < n && i < total; i++) print a[int(i * step) + 1]}' "$IRIS.all" > "$IRIS"
    rm -f "$IRIS.all"
    [ -s "$IRIS" ] || die "the entity sample is empty"
    res pages.sample "$(wc -l < "$IRIS")" count
  fi

  if [ "$SOLO_REPEAT" -gt 0 ]; then
    say "$who: each query alone, 1 + $SOLO_REPEAT rounds"
    bench time "$SRV_URL" queries --limit-cap "$LIMIT_CAP" --repeat "$SOLO_REPEAT" --item-key "sparql.{}.$who.solo" > "$OUT/details/solo.$who.out"
    grep '^RESULT ' "$OUT/details/solo.$who.out" | tee -a "$RESULTS"
    if grep '^ERROR ' "$OUT/details/solo.$who.out" | tee -a "$OUT/errors.txt" >&2; then :; fi
  fi
  say "$who: SPARQL mix, $C clients, ${W}s warm-up + ${D}s"
  local mix=(--clients "$C" --warmup "$W" --duration "$D" --limit-cap "$LIMIT_CAP" --timeout "$REQUEST_TIMEOUT")
  run_load "sparql.$who" "${mix[@]}" --min-rounds "$MIX_ROUNDS" --item-key "sparql.{}.$who" --sparql "$SRV_URL" queries
  if [ "$who" = ours ]; then
    grep -v "^$BASE_IRI" "$IRIS" | sed 's/^/warning: not under the base, not requested: /' >&2 || true
    grep "^$BASE_IRI" "$IRIS" | awk -v b="$BASE_IRI" '{p = substr($0, length(b) + 1); print $0 "\t/doc/" p}' > "$OUT/pages.ours.txt"
    say "$who: pages as HTML"
    run_load pages.html.ours "${mix[@]}" --order random --base "$base" --get "$OUT/pages.ours.txt" text/html
    say "$who: pages as Turtle"
    run_load pages.ttl.ours "${mix[@]}" --order random --base "$base" --get "$OUT/pages.ours.txt" text/turtle
  else
    jq -Rr '. + "\t/ds/sparql?query=" + ("DESCRIBE <" + . + ">" | @uri)' "$IRIS" > "$OUT/pages.stock.txt"
    say "$who: DESCRIBE as Turtle"
    run_load pages.describe.stock "${mix[@]}" --order random --base "$base" --get "$OUT/pages.stock.txt" text/turtle
  fi
  res "rss.serve.$who.mb" "$(peak_rss_mb "$pid")" MiB
  # Where the memory is at the end: anonymous (Java heap, malloc arenas, direct buffers) and file-backed (mapped files)
  res "rss.now.$who.anon.mb" "$(awk '/^RssAnon/ {printf "%.1f", $2/1024}' "/proc/$pid/status")" MiB
  res "rss.now.$who.file.mb" "$(awk '/^RssFile/ {printf "%.1f", $2/1024}' "/proc/$pid/status")" MiB
  res "store.$who.mb" "$(du -sm "$([ "$who" = ours ] && echo "$OURS_STORE" || echo "$STOCK_STORE")" | cut -f1)" MiB
  local exceptions; exceptions=$(grep -c 'Exception' "$OUT/logs/$who-$STARTUP_RUNS.log" || true)
  if [ "$exceptions" -gt 0 ]; then echo "warning: $exceptions lines with 'Exception' in $OUT/logs/$who-$STARTUP_RUNS.log" >&2; fi
  stop_server "$pid"
}

run_load() { # KEY ARGS...
  local key=$1; shift
  bench load --key "$key" --details "$OUT/details/$key.txt" "$@" > "$OUT/details/$key.out"
  grep '^RESULT ' "$OUT/details/$key.out" | tee -a "$RESULTS"
  grep -E '^(SUMMARY|WARNING) ' "$OUT/details/$key.out" >&2 || true
  grep '^WARNING ' "$OUT/details/$key.out" >> "$OUT/errors.txt" || true
  case $key in sparql.*) cat "$OUT/details/$key.txt" >&2 ;; esac
  if grep '^ERROR ' "$OUT/details/$key.out" | tee -a "$OUT/errors.txt" >&2; then :; fi
}

measure ours
measure stock

# -------------------------------------------------------------------------------------------------- comparisons
say "comparing"
mismatches=0
: > "$OUT/rows.txt"
compare_rows() { # SUFFIX LABEL: compares rows.ours$SUFFIX.txt with rows.stock$SUFFIX.txt
  local suffix=$1 label=$2 q n sorted ordered cap status m sorted2 ordered2 cap2 status2 why
  echo "# $label" >> "$OUT/rows.txt"
  while read -r _ q n sorted ordered cap status; do
    read -r _ _ m sorted2 ordered2 cap2 status2 < <(grep "^ROWS $q " "$OUT/rows.stock$suffix.txt" || echo "ROWS $q missing - - - -")
    echo "ROWS $q ours=$n stock=$m ours_status=$status stock_status=$status2 ours_cap_header=$cap" >> "$OUT/rows.txt"
    if [ "$n" != "$m" ]; then
      why="unexplained"
      if [ "$cap" != - ] && [ "$n" = "$cap" ]; then why="ours is capped at $cap rows (X-Result-Cap: $cap; --max-rows), stock is not"; fi
      echo "MISMATCH $q ours=$n stock=$m ($why)" | tee -a "$OUT/rows.txt"
      mismatches=$((mismatches + 1))
    elif [ "$sorted" != "$sorted2" ]; then
      echo "MISMATCH $q ours=$n stock=$m (same count, different rows$suffix)" | tee -a "$OUT/rows.txt"
      mismatches=$((mismatches + 1))
    elif [ "$ordered" != "$ordered2" ]; then
      echo "NOTE $q: same rows in another order (ties in ORDER BY)$suffix" | tee -a "$OUT/rows.txt"
    fi
    if [ "$n" = 0 ]; then echo "warning: $q returns no rows on ours" | tee -a "$OUT/rows.txt"; fi
    if [ "$m" = 0 ]; then echo "warning: $q returns no rows on stock (default graph empty?)" | tee -a "$OUT/rows.txt"; fi
  done < "$OUT/rows.ours$suffix.txt"
}
compare_rows "" "queries/*.rq as they are"
if [ "$LIMIT_CAP" -gt 0 ]; then compare_rows .capped "queries/*.rq with LIMIT $LIMIT_CAP, as in the mix"; fi
res rows.mismatches "$mismatches" count

res_ratio sparql.ratio.rps "$(ratio "$(val sparql.ours.rps)" "$(val sparql.stock.rps)")" '>=' 0.95
res_ratio sparql.ratio.p99 "$(ratio "$(val sparql.stock.p99.ms)" "$(val sparql.ours.p99.ms)")" '>=' 0.95
for q in $(awk '{print $2}' "$OUT/rows.ours.txt"); do
  r=$(ratio "$(val "sparql.$q.stock.ms")" "$(val "sparql.$q.ours.ms")")
  echo "RESULT sparql.$q.ratio $r x (stock/ours median in the mix)" | tee -a "$RESULTS"
  if [ "$SOLO_REPEAT" -gt 0 ]; then
    r=$(ratio "$(val "sparql.$q.stock.solo.ms")" "$(val "sparql.$q.ours.solo.ms")")
    echo "RESULT sparql.$q.solo.ratio $r x (stock/ours median alone)" | tee -a "$RESULTS"
  fi
done
res_ratio pages.html.ratio.rps "$(ratio "$(val pages.html.ours.rps)" "$(val pages.describe.stock.rps)")" '>=' 0.8
res_ratio pages.html.ratio.p99 "$(ratio "$(val pages.describe.stock.p99.ms)" "$(val pages.html.ours.p99.ms)")" '>=' 0.8
res_ratio pages.ttl.ratio.rps "$(ratio "$(val pages.ttl.ours.rps)" "$(val pages.describe.stock.rps)")" '>=' 0.8
res_ratio pages.ttl.ratio.p99 "$(ratio "$(val pages.describe.stock.p99.ms)" "$(val pages.ttl.ours.p99.ms)")" '>=' 0.8
res_ratio startup.ratio "$(ratio "$(val startup.ours.ms)" "$(val startup.stock.ms)")" '<=' 1.5
echo "RESULT rss.ratio $(ratio "$(val rss.serve.ours.mb)" "$(val rss.serve.stock.mb)") x (ours/stock)" | tee -a "$RESULTS"
res rss.client.mb "$(awk '$1=="RESULT" && $2 ~ /client\.rss\.mb$/ && $3+0>m {m=$3} END {printf "%.1f", m}' "$RESULTS")" MiB

# ------------------------------------------------------------------------------------------------------- report
{
  echo "# Ours vs stock Fuseki 5.6.0, N=$N"
  echo
  sed 's/^/    /' "$OUT/params.txt"
  echo
  echo "| figure | ours | stock | ratio | goal |"
  echo "|---|---:|---:|---:|---|"
  row() { echo "| $1 | $(val "$2") | $(val "$3") | $4 | $5 |"; }
  row "SPARQL mix throughput (req/s)" sparql.ours.rps sparql.stock.rps "$(val sparql.ratio.rps)" "≥ 0.95 (ours/stock): $(goal "$(val sparql.ratio.rps)" '>=' 0.95)"
  row "SPARQL mix p50 (ms)" sparql.ours.p50.ms sparql.stock.p50.ms "$(ratio "$(val sparql.stock.p50.ms)" "$(val sparql.ours.p50.ms)")" "(stock/ours)"
  row "SPARQL mix p99 (ms)" sparql.ours.p99.ms sparql.stock.p99.ms "$(val sparql.ratio.p99)" "≥ 0.95 (stock/ours): $(goal "$(val sparql.ratio.p99)" '>=' 0.95)"
  row "SPARQL requests measured" sparql.ours.requests sparql.stock.requests "" ""
  row "SPARQL measured seconds (D + the last request's tail)" sparql.ours.elapsed.s sparql.stock.elapsed.s "" ""
  row "SPARQL errors (non-2xx or failed)" sparql.ours.errors sparql.stock.errors "" "0"
  row "SPARQL errors during the warm-up" sparql.ours.warmup.errors sparql.stock.warmup.errors "" "0"
  for q in $(awk '{print $2}' "$OUT/rows.ours.txt"); do
    row "&nbsp;&nbsp;$q.rq median in the mix (ms)" "sparql.$q.ours.ms" "sparql.$q.stock.ms" "$(val "sparql.$q.ratio")" "(stock/ours)"
    if [ "$SOLO_REPEAT" -gt 0 ]; then
      row "&nbsp;&nbsp;$q.rq alone, median (ms)" "sparql.$q.ours.solo.ms" "sparql.$q.stock.solo.ms" "$(val "sparql.$q.solo.ratio")" "(stock/ours)"
    fi
  done
  row "pages HTML vs DESCRIBE (req/s)" pages.html.ours.rps pages.describe.stock.rps "$(val pages.html.ratio.rps)" "≥ 0.8: $(goal "$(val pages.html.ratio.rps)" '>=' 0.8)"
  row "pages HTML vs DESCRIBE p99 (ms)" pages.html.ours.p99.ms pages.describe.stock.p99.ms "$(val pages.html.ratio.p99)" "≥ 0.8 (stock/ours): $(goal "$(val pages.html.ratio.p99)" '>=' 0.8)"
  row "pages Turtle vs DESCRIBE (req/s)" pages.ttl.ours.rps pages.describe.stock.rps "$(val pages.ttl.ratio.rps)" "≥ 0.8: $(goal "$(val pages.ttl.ratio.rps)" '>=' 0.8)"
  row "pages Turtle vs DESCRIBE p99 (ms)" pages.ttl.ours.p99.ms pages.describe.stock.p99.ms "$(val pages.ttl.ratio.p99)" "≥ 0.8 (stock/ours): $(goal "$(val pages.ttl.ratio.p99)" '>=' 0.8)"
  row "page response size HTML / Turtle vs DESCRIBE (KiB)" pages.html.ours.resp.kb pages.describe.stock.resp.kb "ttl: $(val pages.ttl.ours.resp.kb)" ""
  row "page errors HTML + Turtle vs DESCRIBE" pages.html.ours.errors pages.describe.stock.errors "ttl: $(val pages.ttl.ours.errors)" "0"
  row "start-up to first answer, median (ms)" startup.ours.ms startup.stock.ms "$(val startup.ratio)" "≤ 1.5 (ours/stock): $(goal "$(val startup.ratio)" '<=' 1.5)"
  row "server peak RSS (MiB)" rss.serve.ours.mb rss.serve.stock.mb "$(val rss.ratio)" "(ours/stock)"
  row "&nbsp;&nbsp;RSS at the end: anonymous (MiB)" rss.now.ours.anon.mb rss.now.stock.anon.mb "" ""
  row "&nbsp;&nbsp;RSS at the end: mapped files (MiB)" rss.now.ours.file.mb rss.now.stock.file.mb "" ""
  row "store on disk (MiB)" store.ours.mb store.stock.mb "" ""
  echo
  echo "Result rows per query: $(val rows.mismatches) mismatches"
  echo
  sed 's/^/    /' "$OUT/rows.txt"
  if [ -s "$OUT/errors.txt" ]; then echo; echo "Errors:"; echo; sed 's/^/    /' "$OUT/errors.txt"; fi
  echo
  echo "All figures:"
  echo
  echo "| key | value | unit | note |"
  echo "|---|---:|---|---|"
  awk '$1=="RESULT" {note=""; for (i=5; i<=NF; i++) note = note (i>5 ? " " : "") $i; printf "| %s | %s | %s | %s |\n", $2, $3, $4, note}' "$RESULTS"
} > "$OUT/results.md"

echo
echo "---------------------------------------------------------------- results ($OUT)"
grep '^RESULT ' "$RESULTS"
grep '^MISMATCH ' "$OUT/rows.txt" || true
echo
cat "$OUT/results.md"
