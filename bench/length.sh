#!/usr/bin/env bash
# How extraction and validation time grow with one document's length, 1/8 MB to 1 MB, for real prose and three
# hostile texts (bench/LengthScaling.java). Linear growth is 8x from 1/8 MB to 1 MB. Needs the shaded jar.
# Usage: bench/length.sh [REPEAT]        (default 3: the best of 3 runs after a warm-up; about 5 min)
# Env: JAR (default target/digital-partnership-kg.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/digital-partnership-kg.jar}
[ -f "$jar" ] || { echo "error: no jar at $jar (build it with mvn -DskipTests package, or set JAR)" >&2; exit 2; }
java -Xmx4g -cp "$jar" bench/LengthScaling.java "${1:-3}"
