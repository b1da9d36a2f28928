#!/usr/bin/env python3
"""Peak memory of the service under concurrent minutes exports.

    python3 bench/export_memory.py            (EXPORTS=20 FORMAT=docx by default)

Builds the release binary (a no-op when it is current; CARGO_TARGET_DIR is respected), runs
it on a fresh private cluster in a temporary folder, creates through the API the largest
meeting the limits allow — 100 speeches, 10,000 lines and 999,900 characters of speeches in
all, the longest summary and agenda — then fires EXPORTS concurrent exports of its minutes
while polling GET /me, and samples the service's memory from /proc/<pid>/status. Prints the
answers, the sizes, the latency of /me, and the peak RSS (VmHWM). Only 127.0.0.1 is
contacted; nothing outside the temporary folder is kept.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get("PORT", "18182"))
EXPORTS = int(os.environ.get("EXPORTS", "20"))
FORMAT = os.environ.get("FORMAT", "docx")
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "bench admin passphrase"

# The limits of one meeting (src/routes/speeches/mod.rs, src/routes/meetings/mod.rs).
SPEECHES = 100
LINES_PER_SPEECH = 100  # 10,000 lines in all
CHARS_PER_LINE = 99  # 100 x 99 + 99 line feeds = 9,999 characters a speech
SUMMARY_CHARS = 20_000
AGENDA_ITEMS, AGENDA_ITEM_CHARS = 50, 500


def call(method, path, token=None, body=None, timeout=300):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def created(path, token, body):
    status, payload, _ = call("POST", path, token, body)
    assert status == 201, f"POST {path}: {status} {payload[:300]!r}"
    return json.loads(payload)["id"]


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) // 1024
    return fields


def chinese(rng, n):
    # Common CJK ideographs, so the text compresses like real text rather than like one
    # repeated character.
    return "".join(chr(rng.randint(0x4E00, 0x62FF)) for _ in range(n))


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.path.join(target, "release", "minutebook")

    work = tempfile.mkdtemp(prefix="mb-export-bench-")
    os.chmod(work, 0o755)  # run as root, the cluster runs as `postgres` and must reach it
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.update(
        MINUTEBOOK_DATA_DIR=os.path.join(work, "data"),
        MINUTEBOOK_BIND=f"127.0.0.1:{PORT}",
        MINUTEBOOK_ADMIN_PASSWORD=PASSWORD,
        RUST_LOG="warn",
    )
    subprocess.run([binary, "migrate"], env=env, check=True)
    log = open(os.path.join(work, "service.log"), "w")
    service = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=log)
    try:
        run(service.pid)
    finally:
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=60)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


def run(pid):
    for _ in range(300):
        try:
            if call("GET", "/health/ready", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.2)
    status, payload, _ = call(
        "POST", "/api/v1/auth/login", body={"username": "admin", "password": PASSWORD}
    )
    assert status == 200, payload
    token = json.loads(payload)["access_token"]

    rng = random.Random(10)
    unit = created("/api/v1/org-units", token, {"name": "基准党支部", "kind": "branch"})
    speaker = created(
        "/api/v1/people", token, {"org_unit_id": unit, "name": "张市长", "kind": "member"}
    )
    meeting = created(
        "/api/v1/meetings",
        token,
        {
            "org_unit_id": unit,
            "kind": "organizational_life",
            "title": "最大的组织生活会",
            "starts_at": "2026-11-20T01:30:00Z",
            "summary": chinese(rng, SUMMARY_CHARS),
            "agenda": [chinese(rng, AGENDA_ITEM_CHARS) for _ in range(AGENDA_ITEMS)],
        },
    )
    # A speaker must be on the meeting's attendance list.
    status, payload, _ = call(
        "PUT",
        f"/api/v1/meetings/{meeting}/attendance",
        token,
        [{"person_id": speaker, "status": "present"}],
    )
    assert status == 200, payload
    t0 = time.monotonic()
    for _ in range(SPEECHES):
        content = "\n".join(
            chinese(rng, CHARS_PER_LINE) for _ in range(LINES_PER_SPEECH)
        )
        created(
            f"/api/v1/meetings/{meeting}/speeches",
            token,
            {"speaker_id": speaker, "kind": "remarks", "title": "发言", "content": content},
        )
    # The limits hold: one more speech is refused.
    refused, _, _ = call(
        "POST",
        f"/api/v1/meetings/{meeting}/speeches",
        token,
        {"speaker_id": speaker, "kind": "remarks", "content": "多"},
    )
    chars = SPEECHES * (LINES_PER_SPEECH * (CHARS_PER_LINE + 1) - 1)
    print(
        f"meeting: {SPEECHES} speeches, {SPEECHES * LINES_PER_SPEECH} lines, {chars} "
        f"characters (created in {time.monotonic() - t0:.1f} s; one more speech: {refused})"
    )
    before = memory(pid)
    print(f"before: VmRSS {before['VmRSS']} MB, VmHWM {before['VmHWM']} MB")

    results = []
    done = threading.Event()
    samples = []
    me_latencies = []

    def export():
        start = time.monotonic()
        status, body, headers = call(
            "GET", f"/api/v1/meetings/{meeting}/minutes.{FORMAT}", token
        )
        results.append(
            (status, len(body), time.monotonic() - start, headers.get("Retry-After"))
        )

    def sample():
        while not done.is_set():
            samples.append(memory(pid)["VmRSS"])
            time.sleep(0.05)

    def poll_me():
        while not done.is_set():
            start = time.monotonic()
            call("GET", "/api/v1/me", token)
            me_latencies.append(time.monotonic() - start)
            time.sleep(0.1)

    watchers = [threading.Thread(target=sample), threading.Thread(target=poll_me)]
    for w in watchers:
        w.start()
    t0 = time.monotonic()
    threads = [threading.Thread(target=export) for _ in range(EXPORTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    done.set()
    for w in watchers:
        w.join()
    after = memory(pid)

    by_status = {}
    for status, *_ in results:
        by_status[status] = by_status.get(status, 0) + 1
    sizes = sorted({size for status, size, *_ in results if status == 200})
    times = sorted(t for _, _, t, _ in results)
    print(f"{EXPORTS} concurrent {FORMAT} exports in {elapsed:.1f} s: answers {by_status}")
    if sizes:
        print(f"document size: {sizes[-1] / 1e6:.1f} MB")
    print(f"export time: fastest {times[0]:.1f} s, slowest {times[-1]:.1f} s")
    me_latencies.sort()
    if me_latencies:
        print(
            f"GET /me meanwhile: {len(me_latencies)} requests, "
            f"median {me_latencies[len(me_latencies) // 2] * 1000:.0f} ms, "
            f"max {me_latencies[-1] * 1000:.0f} ms"
        )
    print(f"sampled VmRSS max: {max(samples)} MB")
    print(f"after: VmRSS {after['VmRSS']} MB, peak VmHWM {after['VmHWM']} MB")
    if after["VmHWM"] > 512:
        print("over the 512 MB bound", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
