# Sourced by .ci/fuzz.sh and .ci/browser.sh: the binary `cargo test` built, serving a fresh
# local database filled with the demo data on a free port of 127.0.0.1. Sets `base` (its URL)
# and `work` (a temporary folder, with the service's log in `$work/server.log`); the service
# and its cluster stop, and the folder goes, when the sourcing script exits.
#
#   MB_ADMIN_PASSWORD=… . .ci/demo-service.sh

bin="${CARGO_TARGET_DIR:-target}/debug/minutebook"
# A short folder: the cluster's unix socket path must stay under 108 bytes.
work="$(mktemp -d /tmp/mb-demo-XXXXXX)"
chmod 755 "$work" # under root the cluster runs as postgres, which must reach its folder
export MINUTEBOOK_DATA_DIR="$work/data"
export MINUTEBOOK_ADMIN_PASSWORD="${MB_ADMIN_PASSWORD:?set MB_ADMIN_PASSWORD, the password of the first admin}"
unset DATABASE_URL MINUTEBOOK_JWT_SECRET MINUTEBOOK_BIND
export RUST_LOG=warn

server=""
finish() {
    # SIGTERM: the service stops gracefully and stops its cluster.
    if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" || true; fi
    rm -rf "$work"
}
trap finish EXIT

"$bin" demo-data >/dev/null
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
"$bin" serve --bind "127.0.0.1:$port" 2>"$work/server.log" &
server=$!
# Python's standard library stands in for curl, which a fresh machine may lack.
for _ in $(seq 120); do
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/health/ready")' \
        "$base" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done
