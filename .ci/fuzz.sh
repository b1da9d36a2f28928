#!/usr/bin/env bash
# Property-based run of the whole API: schemathesis against the real binary on a fresh local
# database with the demo data, as each role and then without a token, every check, a fixed
# seed and a bounded number of examples. Settings and the few declared exclusions, each with
# its reason, are in .ci/schemathesis.toml. Run by .ci/run after `cargo test`, which built
# the binary; the venv with schemathesis is the one .ci/run makes.
#
#   bash .ci/fuzz.sh                      # FUZZ_EXAMPLES=30 FUZZ_SEED=20261130 by default
set -euo pipefail
cd "$(dirname "$0")/.."

st=target/ci-venv/bin/st
examples="${FUZZ_EXAMPLES:-30}"
seed="${FUZZ_SEED:-20261130}"

echo "fuzz: demo data"
MB_ADMIN_PASSWORD="fuzzing admin passphrase" . .ci/demo-service.sh

token() {
    python3 - "$base" "$1" "$2" <<'PY'
import json, sys, urllib.request
base, username, password = sys.argv[1:]
request = urllib.request.Request(
    base + "/api/v1/auth/login",
    data=json.dumps({"username": username, "password": password}).encode(),
    headers={"Content-Type": "application/json"},
)
with urllib.request.urlopen(request) as response:
    print(json.load(response)["access_token"])
PY
}

fuzz() {
    "$st" --config-file .ci/schemathesis.toml run openapi/openapi.json --url "$base" \
        --checks all --seed "$seed" --max-examples "$examples" --no-color \
        --generation-database none "$@"
}

# Real ids of the demo data, as schemathesis dictionaries (.ci/schemathesis.toml): random ids
# only ever reach the 404 of a missing record, real ones reach the handlers behind it.
mkdir -p target/fuzz-ids
python3 - "$base" "$(token admin "$MINUTEBOOK_ADMIN_PASSWORD")" target/fuzz-ids <<'PY'
import json, sys, urllib.request
base, token, out = sys.argv[1:]
def items(path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["items"]
meetings = [m["id"] for m in items("/api/v1/meetings?limit=200")]
found = {
    "units": [u["id"] for u in items("/api/v1/org-units?limit=200")],
    "meetings": meetings,
    "people": [p["id"] for p in items("/api/v1/people?limit=200")],
    "items": [i["id"] for i in items("/api/v1/rectification-items?limit=200")],
    "users": [u["id"] for u in items("/api/v1/users?limit=200")],
    "speeches": [s["id"] for m in meetings[:10] for s in items(f"/api/v1/meetings/{m}/speeches")],
}
def decisions_of(meeting):
    request = urllib.request.Request(base + f"/api/v1/meetings/{meeting}/decisions",
                                     headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return [d["id"] for d in json.load(response)["decisions"]]
found["decisions"] = [d for m in meetings for d in decisions_of(m)]
for name, values in found.items():
    assert values, f"the demo data has no {name}"
    with open(f"{out}/{name}.dict", "w") as f:
        f.writelines(f'"{v}"\n' for v in values)
PY

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
