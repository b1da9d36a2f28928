#!/usr/bin/env bash
# The search benchmark: 30,000 speeches cut from the sample speech (bench/seed.sql), indexed
# with `minutebook reindex`, then searches for words of the speech.
#   bash bench/search.sh         (DURATION=10 CONNECTIONS=8 THREADS=1 by default)
# It builds the release binary, installs wrk if missing (apt-get), runs the service on a
# private cluster in a temporary folder, and prints throughput, latency percentiles and the
# service's peak RSS. Nothing outside the temporary folder is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-1}
PORT=${PORT:-18181}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
bin=target/release/minutebook

work=$(mktemp -d /tmp/mb-bench-XXXXXX)
chmod 755 "$work"
export MINUTEBOOK_DATA_DIR="$work/data" MINUTEBOOK_BIND="127.0.0.1:$PORT" RUST_LOG=warn
export MINUTEBOOK_ADMIN_PASSWORD="bench admin passphrase" MINUTEBOOK_DB_MAX_CONNECTIONS=${DB_CONNECTIONS:-16}
unset DATABASE_URL
"$bin" migrate
"$bin" serve > "$work/service.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.2; done

socket="$(readlink -f "$MINUTEBOOK_DATA_DIR/postgres")"
psql -q -h "$socket" -U postgres -d minutebook -v sample="$(cat tests/fixtures/speech-branch-life-meeting.txt)" \
    -f bench/seed.sql >/dev/null
start=$(date +%s.%N)
"$bin" reindex
echo "indexed in $(echo "$(date +%s.%N) - $start" | bc) s"
token=$(curl -fs -H 'content-type: application/json' \
    -d '{"username": "admin", "password": "bench admin passphrase"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
base="http://127.0.0.1:$PORT/api/v1"
meeting=00000000-0000-7000-8002-000000000500
bytes=$(curl -fs -H "$auth" "$base/meetings/$meeting/speeches" | wc -c)
echo "seeded: 1000 meetings x 30 speeches; one meeting's speeches are $bytes bytes of JSON"
echo "rss before load: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status)"

echo
echo "== GET /search (6 queries in turn, 30,000 speeches)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$auth" -s bench/search.lua "http://127.0.0.1:$PORT" |
    grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors|^p50'
curl -fs -H "$auth" "$base/search?limit=3&q=%E8%A7%86%E9%87%8E" | head -c 400; echo
