#!/usr/bin/env bash
# Quality at load time and incremental sync, at scale (not a unit test).
#   1. First requests on a loaded store: `serve --store` over N generated documents (already loaded, so the sync at
#      start-up keeps them all), then the first request of /validation (HTML and Turtle) and /.well-known/void (Turtle
#      and HTML), each on a freshly started server. Goal: under 1 s each, at N = 10,000.
#   2. A sync that changes one document of N against loading that document alone into an empty store, both as
#      `load --seeds ... --store ...` processes (JVM start-up included in both), alternately REPEAT times, medians.
#      Goal: the sync takes at most 2x the lone load.
# The corpus is bench/GenerateCorpus.java's (deterministic); the edited document gets one added sentence.
# Usage: bench/quality-sync.sh [N ...]       (default: 10000)
# Env: JAR (target/digital-partnership-kg.jar), HEAP (4g), WORK (/tmp/qualitybench/work), OUT (/tmp/qualitybench/out),
#      REPEAT (3), KEEP=1 keeps the stores.
# Prints "RESULT key value unit" lines and a Markdown table; writes OUT/quality-sync.md and OUT/runs.csv.
set -euo pipefail
[ -n "${JAR:-}" ] && JAR=$(realpath -m "$JAR")
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000)
jar=$(realpath "${JAR:-target/digital-partnership-kg.jar}")
heap=${HEAP:-4g}
work=${WORK:-/tmp/qualitybench/work}
out=${OUT:-/tmp/qualitybench/out}
repeat=${REPEAT:-3}
[ -f "$jar" ] || { echo "error: no jar at $jar (build it, or set JAR)" >&2; exit 2; }
command -v curl >/dev/null || { echo "error: curl is needed" >&2; exit 2; }
mkdir -p "$work" "$out/logs"
runs=$out/runs.csv
echo "docs,what,run,seconds" > "$runs"
table=$out/quality-sync.md
{
  echo "| documents | first /validation HTML (s) | first /validation Turtle (s) | first VoID Turtle (s) | first VoID HTML (s) | sync of 1 document (s) | that document alone (s) | ratio |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$table"
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

result() { echo "RESULT $1 $2 $3"; }
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# first_request N PATH ACCEPT: starts serve on the loaded store, waits until ready, times the first request of PATH.
first_request() {
  local n=$1 path=$2 accept=$3 port log pid t0 t1 code
  port=$(free_port); log=$out/logs/serve-$n-$RANDOM.log
  java -Xmx$heap -jar "$jar" serve --store "$work/store-$n" --seeds "$work/corpus-$n" --port "$port" > "$log" 2>&1 &
  pid=$!; pids+=("$pid")
  for _ in $(seq 1 1800); do grep -q "SPARQL endpoint ready" "$log" && break; kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 0.5; done
  t0=$(now)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "http://127.0.0.1:$port$path")
  t1=$(now)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$code" = 200 ] || { echo "error: $path answered $code" >&2; exit 1; }
  echo "$t1 - $t0" | bc -l
}

# timed_load SEEDS STORE: runs `load` and prints its wall time in seconds.
timed_load() {
  local t0 t1
  t0=$(now)
  java -Xmx$heap -jar "$jar" load --seeds "$1" --store "$2" > "$out/logs/load-$(basename "$2")-$RANDOM.log" 2>&1
  t1=$(now)
  echo "$t1 - $t0" | bc -l
}

for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  if [ ! -d "$corpus" ]; then java bench/GenerateCorpus.java "$n" "$corpus" > /dev/null; fi
  if [ ! -d "$work/store-$n" ]; then
    echo "loading $n documents into $work/store-$n" >&2
    result "load.$n.s" "$(timed_load "$corpus" "$work/store-$n")" s
  fi
  declare -A first=()
  for what in "validation-html /validation text/html" "validation-ttl /validation text/turtle" \
              "void-ttl /.well-known/void text/turtle" "void-html /.well-known/void text/html"; do
    set -- $what
    s=$(first_request "$n" "$2" "$3")
    first[$1]=$s
    echo "$n,first-$1,1,$s" >> "$runs"
    result "first.$1.$n.s" "$s" s
  done

  # The edited corpus: one document gets one more sentence; the lone corpus holds that document only.
  doc=$(ls "$corpus" | grep '\.txt$' | sort | sed -n "$((n / 2 + 1))p")
  edited=$work/corpus-$n-edited; lone=$work/lone-$n
  rm -rf "$edited" "$lone"; mkdir -p "$lone"
  cp -r "$corpus" "$edited"
  printf '\nBoth sides also agreed to hold a workshop on quantum technology next spring.\n' >> "$edited/$doc"
  cp "$edited/$doc" "$lone/"
  meta=${doc%.txt}.meta.json; [ -f "$edited/$meta" ] && cp "$edited/$meta" "$lone/"
  syncs=(); lones=()
  for r in $(seq 1 "$repeat"); do
    rm -rf "$work/sync-$n"; cp -r "$work/store-$n" "$work/sync-$n"; sync  # the copy's dirty pages are not the sync's to write
    s=$(timed_load "$edited" "$work/sync-$n"); syncs+=("$s"); echo "$n,sync-one,$r,$s" >> "$runs"
    rm -rf "$work/lone-store-$n"
    s=$(timed_load "$lone" "$work/lone-store-$n"); lones+=("$s"); echo "$n,lone,$r,$s" >> "$runs"
  done
  sync=$(printf '%s\n' "${syncs[@]}" | median); alone=$(printf '%s\n' "${lones[@]}" | median)
  ratio=$(echo "$sync / $alone" | bc -l)
  result "sync.one.$n.s" "$sync" s; result "sync.alone.$n.s" "$alone" s; result "sync.ratio.$n" "$ratio" x
  printf '| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n' "$n" "${first[validation-html]}" "${first[validation-ttl]}" \
    "${first[void-ttl]}" "${first[void-html]}" "$sync" "$alone" "$ratio" >> "$table"
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work/sync-$n" "$work/lone-store-$n"
done
cat "$table"
