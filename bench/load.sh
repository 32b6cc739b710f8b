#!/usr/bin/env bash
# Load test (not a unit test): CLIENTS concurrent clients send a mix of SPARQL queries and page requests to `serve`
# on loopback for SECONDS, then report throughput, p50/p99 latency, errors, 5xx, and the server's peak heap and RSS.
# Usage: bench/load.sh [CLIENTS=32] [SECONDS=60] [SEEDS=seeds]
# Environment: JAR (target/digital-partnership-kg.jar; built with mvn when the default one is missing).
# The client is bench/HttpBench.java (each client picks its next request at random from the whole mix).
set -euo pipefail
[ -n "${JAR:-}" ] && JAR=$(realpath -m "$JAR")
cd "$(dirname "$0")/.."
clients=${1:-32}; seconds=${2:-60}; seeds=${3:-seeds}
jar=${JAR:-target/digital-partnership-kg.jar}
if [ ! -f "$jar" ]; then
  [ -z "${JAR:-}" ] || { echo "error: no jar at $jar" >&2; exit 2; }
  mvn -q -DskipTests package
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp); paths=$(mktemp); docs=$(mktemp); out=$(mktemp)
java -Xmx1g -jar "$jar" serve --seeds "$seeds" --port "$port" > "$log" 2>&1 &
pid=$!
sampler=
trap 'kill $pid $sampler 2>/dev/null || true; rm -f "$log" "$log.heap" "$paths" "$docs" "$out"' EXIT
for _ in $(seq 1 120); do grep -q "SPARQL endpoint ready" "$log" && break; sleep 0.5; done
# Pages to request: home, dataset description, ontology, and the description of every subject under /id/ (as HTML;
# the descriptions also as Turtle).
printf '/\n/.well-known/void\n/ontology\n' > "$paths"
curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT DISTINCT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "https://w3id.org/dpkg/id/") && !CONTAINS(STR(?s), "/evidence/")) } LIMIT 200' \
  "http://127.0.0.1:$port/sparql" | tail -n +2 | tr -d '\r' | sed 's#^https://w3id.org/dpkg/#/doc/#' >> "$paths"
grep '^/doc/' "$paths" > "$docs" || true
( while kill -0 $pid 2>/dev/null; do
    used=$(jstat -gc $pid 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    [ -n "$used" ] && echo "$used"; sleep 1
  done ) > "$log.heap" &
sampler=$!
java bench/HttpBench.java load --clients "$clients" --warmup 0 --duration "$seconds" --order random --key load \
  --base "http://127.0.0.1:$port" --sparql "http://127.0.0.1:$port/sparql" queries --get "$paths" text/html --get "$docs" text/turtle > "$out"
grep -v '^RESULT ' "$out" | grep -v '^ITEM ' || true
fivexx=$(awk '$1=="ERROR" && $3 ~ /^status=5/ {sub("count=", "", $5); n += $5} END {print n+0}' "$out")
echo "requests with a 5xx status: $fivexx"
kill $sampler 2>/dev/null || true
peak_heap=$(sort -n "$log.heap" | tail -1)
peak_rss=$(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$pid/status)
echo "server: peak heap used ${peak_heap:-?} MB, peak RSS ${peak_rss:-?} MB (java -Xmx1g)"
grep -c " 500 \| 50[0-9] " "$log" | xargs -I{} echo "server log lines with a 5xx status: {}"
