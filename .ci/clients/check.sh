#!/usr/bin/env bash
# Generates clients from the OpenAPI document as front-end developers do, and fails if a
# generator prints any warning or the generated types do not say what the server sends:
#   TypeScript: openapi-typescript, then `tsc --strict --noEmit` over ts/secretary.ts
#               (log in, list meetings, download the .docx with openapi-fetch);
#   web/:       web/schema.d.ts must be what openapi-typescript makes of the document, and
#               the client must pass `tsc --checkJs --strict` (web/jsconfig.json);
#   Python:     openapi-python-client --fail-on-warning, then python/check.py imports it.
# Usage: check.sh OPENAPI_JSON WORK_DIR. Tools are pinned (package-lock.json,
# python/requirements.txt) and cached in WORK_DIR, reinstalled only when their pins change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
doc="$(realpath "$1")"
mkdir -p "$2"
work="$(realpath "$2")"

echo "clients: TypeScript (openapi-typescript, tsc --strict)"
ts="$work/ts"
mkdir -p "$ts"
if [ ! -d "$ts/node_modules" ] || ! cmp -s "$here/package-lock.json" "$ts/package-lock.json"; then
    rm -rf "$ts/node_modules"
    cp "$here/package.json" "$here/package-lock.json" "$ts/"
    (cd "$ts" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$here"/ts/generate.mjs "$here"/ts/secretary.ts "$here"/ts/tsconfig.json "$ts/"
(cd "$ts" && node generate.mjs "$doc" schema.d.ts && node_modules/.bin/tsc --strict --noEmit -p tsconfig.json)

echo "clients: the web client (web/schema.d.ts current, tsc --checkJs --strict)"
web="$here/../../web"
(cd "$ts" && node generate.mjs "$doc" "$work/web-schema.d.ts")
if ! cmp -s "$work/web-schema.d.ts" "$web/schema.d.ts"; then
    echo "web/schema.d.ts is not the document's types: refresh it with" >&2
    echo "  (cd $ts && node generate.mjs $doc $(realpath "$web")/schema.d.ts)" >&2
    exit 1
fi
"$ts/node_modules/.bin/tsc" -p "$web/jsconfig.json"

echo "clients: Python (openapi-python-client)"
venv="$work/venv"
if [ ! -x "$venv/bin/openapi-python-client" ] ||
    ! cmp -s "$here/python/requirements.txt" "$venv/requirements.txt"; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/python/requirements.txt"
    cp "$here/python/requirements.txt" "$venv/requirements.txt"
fi
rm -rf "$work/py"
mkdir -p "$work/py"
# Its post-generation hooks run ruff, which is in the venv.
printed="$(PATH="$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate --path "$doc" \
    --meta none --output-path "$work/py/minutebook_client" --fail-on-warning \
    --config "$here/python/config.yaml" 2>&1)" || {
    echo "$printed"
    exit 1
}
# Besides "Generating <dir>" it prints only warnings (and notes like a missing ruff).
if grep -v '^Generating ' <<<"$printed" | grep -q '[^[:space:]]'; then
    echo "$printed"
    echo "clients: openapi-python-client printed more than it generated (above)"
    exit 1
fi
"$venv/bin/python" "$here/python/check.py" "$work/py"
