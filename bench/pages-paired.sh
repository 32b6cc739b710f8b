#!/usr/bin/env bash
# Resource pages against stock Fuseki's DESCRIBE, measured in alternation: both servers run on the same prepared data
# (bench/compare-http.sh's DATA, prepared here when missing), and each round measures, one after the other, our pages
# as HTML, our pages as Turtle and stock's DESCRIBE <iri>, the order rotating between rounds. Each ratio is taken within
# one round, so a machine that slows down for a minute moves both sides of it; the median of the rounds is reported.
# Only the measured server works during a measurement (the other idles). A first round of each kind warms the JVMs
# up and is not counted.
#
# Usage: bench/pages-paired.sh [N=1000]
# Environment (default): JAR, HEAP (-Xmx2g), DATA (/tmp/httpbench/data-N), C (8), W (10) warm-up seconds of every
#   measurement, D (20) measured seconds, ROUNDS (5), PAGES (200) entities in the sample (the first in IRI order, as
#   compare-http.sh), OURS_ARGS (--page-cache 0: every page rendered), STOCK_ARGS (--timeout=30000: our default query
#   timeout), OUT (/tmp/httpbench/paired).
# Prints "RESULT key value unit" lines (per round and medians) and writes OUT/results.txt.
set -euo pipefail
[ -n "${JAR:-}" ] && JAR=$(realpath -m "$JAR")
[ -n "${DATA:-}" ] && DATA=$(realpath -m "$DATA")
[ -n "${OUT:-}" ] && OUT=$(realpath -m "$OUT")
cd "$(dirname "$0")/.."
N=${1:-1000}
JAR=${JAR:-$PWD/target/digital-partnership-kg.jar}
HEAP=${HEAP:--Xmx2g}
DATA=${DATA:-/tmp/httpbench/data-$N}
OUT=${OUT:-/tmp/httpbench/paired}
C=${C:-8}; W=${W:-10}; D=${D:-20}; ROUNDS=${ROUNDS:-5}; PAGES=${PAGES:-200}
read -r -a OURS_ARGS <<< "${OURS_ARGS:---page-cache 0}"
read -r -a STOCK_ARGS <<< "${STOCK_ARGS:---timeout=30000}"
M2=${M2_REPO:-$HOME/.m2/repository}
FUSEKI_JAR=${FUSEKI_JAR:-$M2/org/apache/jena/jena-fuseki-server/5.6.0/jena-fuseki-server-5.6.0.jar}
BASE_IRI=https://w3id.org/dpkg/
say() { echo "== $(date +%H:%M:%S) $*" >&2; }
[ -f "$JAR" ] || { echo "error: no jar at $JAR (set JAR)" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/results.txt

say "preparing $DATA (reused when compare-http.sh made it for this jar and N)"
JAR=$JAR DATA=$DATA OUT=$OUT/prepare PREPARE_ONLY=1 HEAP=$HEAP bench/compare-http.sh "$N"
grep -qx "jar=$(sha256sum "$JAR" | cut -c1-16)" "$DATA/prepared.txt" \
  || echo "warning: $DATA was prepared with another jar; REUSE=0 bench/compare-http.sh $N remakes it" >&2

PIDS=()
SNAPSHOT=$(mktemp -d /tmp/pages-paired.XXXXXX)
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$SNAPSHOT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
cp "$JAR" "$SNAPSHOT/ours.jar"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ready() { # URL LOG
  for _ in $(seq 1 36000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 --data-urlencode 'query=ASK {}' "$1" || true)" = 200 ]; then return 0; fi
    sleep 0.05
  done
  echo "error: no answer from $1; log $2" >&2; exit 3
}

ours_port=$(free_port)
say "starting ours on $ours_port (${OURS_ARGS[*]})"
java $HEAP -jar "$SNAPSHOT/ours.jar" serve --store "$DATA/ours-store" --seeds "$DATA/corpus" --port "$ours_port" \
  --no-log-requests "${OURS_ARGS[@]}" > "$OUT/ours.log" 2>&1 &
PIDS+=($!)
ready "http://127.0.0.1:$ours_port/sparql" "$OUT/ours.log"
stock_port=$(free_port)
say "starting stock on $stock_port (${STOCK_ARGS[*]})"
FUSEKI_BASE="$DATA/stock-run" java $HEAP -jar "$FUSEKI_JAR" --config="$DATA/fuseki-tdb2.ttl" --port="$stock_port" --localhost \
  "${STOCK_ARGS[@]}" > "$OUT/stock.log" 2>&1 &
PIDS+=($!)
ready "http://127.0.0.1:$stock_port/ds/sparql" "$OUT/stock.log"

query='SELECT DISTINCT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "'$BASE_IRI'id/") && !CONTAINS(STR(?s), "/evidence/")) } ORDER BY ?s LIMIT '$PAGES
curl -sf -H 'Accept: text/tab-separated-values' --data-urlencode "query=$query" "http://127.0.0.1:$stock_port/ds/sparql" \
  | tail -n +2 | tr -d '\r' | sed 's/^<//; s/>$//' > "$OUT/iris.txt"
[ -s "$OUT/iris.txt" ] || { echo "error: the entity sample is empty" >&2; exit 3; }
awk -v b="$BASE_IRI" '{print $0 "\t/doc/" substr($0, length(b) + 1)}' "$OUT/iris.txt" > "$OUT/ours.txt"
jq -Rr '. + "\t/ds/sparql?query=" + ("DESCRIBE <" + . + ">" | @uri)' "$OUT/iris.txt" > "$OUT/stock.txt"

measure() { # KEY PORT LIST ACCEPT -> req/s
  java bench/HttpBench.java load --key "$1" --clients "$C" --warmup "$W" --duration "$D" --timeout 300 --order random \
    --base "http://127.0.0.1:$2" --get "$3" "$4" > "$OUT/$1.out" 2>&1
  grep '^ERROR ' "$OUT/$1.out" >&2 || true
  awk -v k="$1.rps" '$1=="RESULT" && $2==k {print $3}' "$OUT/$1.out"
}
res() { echo "RESULT $1 $2 $3" | tee -a "$OUT/results.txt"; }
say "warm-up round (not counted): each kind once"
measure warmup.html "$ours_port" "$OUT/ours.txt" text/html > /dev/null
measure warmup.ttl "$ours_port" "$OUT/ours.txt" text/turtle > /dev/null
measure warmup.describe "$stock_port" "$OUT/stock.txt" text/turtle > /dev/null
declare -a html ttl stock
kinds=(html ttl stock)
for r in $(seq 1 "$ROUNDS"); do
  for i in 0 1 2; do
    kind=${kinds[$(( (i + r - 1) % 3 ))]}
    case $kind in
      html) v=$(measure "html.round$r" "$ours_port" "$OUT/ours.txt" text/html); html[$r]=$v ;;
      ttl) v=$(measure "ttl.round$r" "$ours_port" "$OUT/ours.txt" text/turtle); ttl[$r]=$v ;;
      stock) v=$(measure "describe.round$r" "$stock_port" "$OUT/stock.txt" text/turtle); stock[$r]=$v ;;
    esac
    say "round $r $kind: $v req/s"
  done
  res "pages.round$r.html.rps" "${html[$r]}" req/s
  res "pages.round$r.ttl.rps" "${ttl[$r]}" req/s
  res "pages.round$r.describe.rps" "${stock[$r]}" req/s
  res "pages.round$r.html.ratio" "$(awk -v a="${html[$r]}" -v b="${stock[$r]}" 'BEGIN {printf "%.3f", a/b}')" x
  res "pages.round$r.ttl.ratio" "$(awk -v a="${ttl[$r]}" -v b="${stock[$r]}" 'BEGIN {printf "%.3f", a/b}')" x
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for k in html.ratio ttl.ratio html.rps ttl.rps describe.rps; do
  res "pages.median.$k" "$(awk -v k="$k" '$1=="RESULT" && $2 ~ "^pages.round[0-9]+\\." k "$" {print $3}' "$OUT/results.txt" | median)" \
    "$(case $k in *ratio) echo x ;; *) echo req/s ;; esac)"
done
min_html=$(awk '$1=="RESULT" && $2 ~ /^pages.round[0-9]+\.html\.ratio$/ {print $3}' "$OUT/results.txt" | sort -n | head -1)
res pages.min.html.ratio "$min_html" x
