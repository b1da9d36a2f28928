#!/usr/bin/env bash
# Property-based run of the whole API: schemathesis against the real binary on a fresh local
# database with the demo data, as each role and then without a token, every check, a fixed
# seed and a bounded number of examples. Settings and the few declared exclusions, each with
# its reason, are in .ci/schemathesis.toml. Run by .ci/run after `cargo test`, which built
# the binary; the venv with schemathesis is the one .ci/run makes.
#
#   bash .ci/fuzz.sh                      # FUZZ_EXAMPLES=25 FUZZ_SEED=20261130 by default
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${CARGO_TARGET_DIR:-target}/debug/minutebook"
st=target/ci-venv/bin/st
examples="${FUZZ_EXAMPLES:-25}"
seed="${FUZZ_SEED:-20261130}"

# A short folder: the cluster's unix socket path must stay under 108 bytes.
work="$(mktemp -d /tmp/mb-fuzz-XXXXXX)"
chmod 755 "$work" # under root the cluster runs as postgres, which must reach its folder
export MINUTEBOOK_DATA_DIR="$work/data"
export MINUTEBOOK_ADMIN_PASSWORD="fuzzing admin passphrase"
unset DATABASE_URL MINUTEBOOK_JWT_SECRET MINUTEBOOK_BIND
export RUST_LOG=warn

server=""
finish() {
    # SIGTERM: the service stops gracefully and stops its cluster.
    if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" || true; fi
    rm -rf "$work"
}
trap finish EXIT

echo "fuzz: demo data"
"$bin" demo-data >/dev/null

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
"$bin" serve --bind "127.0.0.1:$port" 2>"$work/server.log" &
server=$!
for _ in $(seq 120); do
    curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done

token() {
    curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"username\": \"$1\", \"password\": \"$2\"}" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

fuzz() {
    "$st" --config-file .ci/schemathesis.toml run openapi/openapi.json --url "$base" \
        --checks all --seed "$seed" --max-examples "$examples" --no-color \
        --generation-database none "$@"
}

failed=0
# Least privileged first, the administrator last: the writes of one role stay small for the
# next. Each logs in just before its run (access tokens live 15 minutes) and skips the
# operations that need no token, fuzzed once at the end. The demo password is fixed
# (src/demo.rs).
for account in demo.member1 demo.reviewer demo.secretary1 admin; do
    password=minutebook-demo
    [ "$account" = admin ] && password="$MINUTEBOOK_ADMIN_PASSWORD"
    echo "fuzz: as $account"
    fuzz -H "Authorization: Bearer $(token "$account" "$password")" \
        --exclude-path-regex '^/(api/v1/auth/|health/|metrics$|calendar/)' || failed=1
done
# Last, since its wrong logins fill the login throttle of this client address.
echo "fuzz: without a token"
fuzz --include-path-regex '^/(api/v1/auth/|health/|metrics$|calendar/)' || failed=1

if grep -q "panicked" "$work/server.log"; then
    echo "fuzz: the service panicked:"
    grep -B2 -A5 "panicked" "$work/server.log"
    failed=1
fi
exit "$failed"
