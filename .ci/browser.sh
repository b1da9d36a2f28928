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

# The walk's webhook receiver listens on 127.0.0.1, which the service refuses by default.
export MINUTEBOOK_WEBHOOK_ALLOW_PRIVATE=true
MB_ADMIN_PASSWORD="browser admin passphrase" . .ci/demo-service.sh
"$venv/bin/python" .ci/browser/check.py "$base" target/web-shots
