#!/usr/bin/env bash
# The web client in a real browser: Debian's Chromium (installed with apt when missing, with
# fonts-noto-cjk so the Chinese in the screenshots is legible), driven by Playwright for Python
# (pinned in .ci/browser/requirements.txt; it uses that Chromium, it downloads no browser),
# against the binary `cargo test` built, on a fresh local database with the demo data.
# Screenshots of each screen at 390 and 1280 px land in target/web-shots/.
#
#   bash .ci/browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
# (Asked of dpkg: `fc-list | grep -q` would fail under pipefail when grep stops reading early.)
if ! dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then
    echo "browser: installing chromium and fonts-noto-cjk"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
venv=target/ci-browser
if [ ! -x "$venv/bin/python" ] || ! cmp -s .ci/browser/requirements.txt "$venv/requirements.txt"; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r .ci/browser/requirements.txt
    cp .ci/browser/requirements.txt "$venv/requirements.txt"
fi

bin="${CARGO_TARGET_DIR:-target}/debug/minutebook"
# A short folder: the cluster's unix socket path must stay under 108 bytes.
work="$(mktemp -d /tmp/mb-web-XXXXXX)"
chmod 755 "$work" # under root the cluster runs as postgres, which must reach its folder
export MINUTEBOOK_DATA_DIR="$work/data"
export MINUTEBOOK_ADMIN_PASSWORD="browser admin passphrase"
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
ready() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/health/ready")' \
        "$base" 2>/dev/null
}
for _ in $(seq 120); do
    ready && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done

"$venv/bin/python" .ci/browser/check.py "$base" target/web-shots
