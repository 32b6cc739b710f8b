#!/usr/bin/env bash
# Load test (not a unit test): CLIENTS concurrent clients send a mix of SPARQL queries and page requests to `serve`
# on loopback for SECONDS, then report throughput, p50/p99 latency, errors, 5xx, and the server's peak heap and RSS.
# Usage: bench/load.sh [CLIENTS=32] [SECONDS=60] [SEEDS=seeds]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}; seconds=${2:-60}; seeds=${3:-seeds}
[ -f target/digital-partnership-kg.jar ] || mvn -q -DskipTests package
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
java -Xmx1g -jar target/digital-partnership-kg.jar serve --seeds "$seeds" --port "$port" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log" "$paths"' EXIT
for _ in $(seq 1 120); do grep -q "SPARQL endpoint ready" "$log" && break; sleep 0.5; done
paths=$(mktemp)
# Pages to request: home, dataset description, ontology, and the description of every subject under /id/.
printf '/\n/.well-known/void\n/ontology\n' > "$paths"
curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT DISTINCT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "https://w3id.org/dpkg/id/") && !CONTAINS(STR(?s), "/evidence/")) } LIMIT 200' \
  "http://127.0.0.1:$port/sparql" | tail -n +2 | tr -d '\r' | sed 's#^https://w3id.org/dpkg/#/doc/#' >> "$paths"
peak_heap=0
( while kill -0 $pid 2>/dev/null; do
    used=$(jstat -gc $pid 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    [ -n "$used" ] && echo "$used"; sleep 1
  done ) > "$log.heap" &
sampler=$!
java bench/LoadClient.java "http://127.0.0.1:$port/" "$clients" "$seconds" queries "$paths"
kill $sampler 2>/dev/null || true
peak_heap=$(sort -n "$log.heap" | tail -1); rm -f "$log.heap"
peak_rss=$(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$pid/status)
echo "server: peak heap used ${peak_heap:-?} MB, peak RSS ${peak_rss:-?} MB (java -Xmx1g)"
grep -c " 500 \| 50[0-9] " "$log" | xargs -I{} echo "server log lines with a 5xx status: {}"
