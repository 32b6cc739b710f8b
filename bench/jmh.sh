#!/usr/bin/env bash
# JMH benchmarks of the per-document CPU work of a load (bench/jmh/): extract, validate, extractAndValidate, one
# document per operation on one thread, so ops/s = documents/s on one core. Builds first: installs the main project
# (built in a temporary folder, never in target/) into the local Maven repository, then packages
# bench/jmh/target/benchmarks.jar. Writes JMH's JSON results and prints
#   RESULT jmh.<benchmark> <ops/s> docs/s/core                 (development corpus: 22 hand-written articles)
#   RESULT jmh.<benchmark>.generated <ops/s> docs/s/core       (the seed + 50 articles of bench/GenerateCorpus.java)
# Usage: bench/jmh.sh [JMH OPTIONS...]
#   bench/jmh.sh                                   5 x 10 s warm-up, 5 x 5 s measurement, both corpora (about 8 min)
#   bench/jmh.sh -wi 1 -w 2s -i 2 -r 2s            a quick check
#   bench/jmh.sh 'DocumentBenchmarks.extract$' -p corpus=dev
#   bench/jmh.sh -p corpus=/path/to/folder/of/txt  any folder of *.txt documents
# Env: OUT (default /tmp/scalebench/jmh): results folder (jmh-result.json, corpus-50/); SKIP_BUILD=1 reuses the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${OUT:-/tmp/scalebench/jmh}
mkdir -p "$out"
json="$out/jmh-result.json"
jar=bench/jmh/target/benchmarks.jar

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  build=$(mktemp -d /tmp/dpkg-jmh-build.XXXXXX)
  trap 'rm -rf "$build"' EXIT
  echo "building the main project in $build and installing it" >&2
  mvn -q -B -DskipTests -Dbuild.dir="$build" install
  # The installed artifact must be the plain jar (the shaded one would put every dependency in twice).
  installed="$HOME/.m2/repository/eu/digitalpartnership/digital-partnership-kg/0.1.0-SNAPSHOT/digital-partnership-kg-0.1.0-SNAPSHOT.jar"
  if jar tf "$installed" | grep '^org/apache/jena/' > /dev/null; then  # no -q: with pipefail an early exit would hide a match
    echo "error: $installed holds Jena's classes (the shaded jar was installed as the main artifact)" >&2; exit 3
  fi
  echo "building $jar" >&2
  (cd bench/jmh && mvn -q -B -DskipTests package)
fi

# The generated set: made once, deterministic (the same bytes every time).
corpus="$out/corpus-50"
if [ "$(ls "$corpus"/*.txt 2>/dev/null | wc -l)" != 50 ]; then
  rm -rf "$corpus"
  java bench/GenerateCorpus.java 50 "$corpus" >&2
fi

# -D options of this JVM are passed on to JMH's forked JVM.
java -Ddpkg.root="$root" -Ddpkg.generated="$corpus" -jar "$jar" -rf json -rff "$json" "$@"

echo "JMH results: $json"
python3 - "$json" <<'EOF'
import json, os, sys
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    corpus = r.get("params", {}).get("corpus", "dev")
    if corpus != "dev":
        name += "." + os.path.basename(corpus.rstrip("/"))
    m = r["primaryMetric"]
    print(f"RESULT jmh.{name} {m['score']:.2f} docs/s/core")
    err = m.get("scoreError")
    err = f"± {err:.2f} (99.9% CI) " if isinstance(err, (int, float)) and err == err else ""
    print(f"  {name}: {m['score']:.2f} {err}{m['scoreUnit']}, {r['measurementIterations']} x {r['measurementTime']}, "
          f"{r['threads']} thread, corpus {corpus}", file=sys.stderr)
EOF
