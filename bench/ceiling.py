"""The ceiling of one endpoint: the very statements one request makes, run by pgbench.

Used by bench/run.sh. For a request (method, path, body), it captures the SQL the service
sends PostgreSQL for it — not retyped: the server logs every statement with its parameters
while the request runs (log_min_duration_statement = 0), three times, and keeps what all three
captures share (a background job's statement in one window is not the request's) — then runs
those statements with pgbench, prepared, with the same number of clients, as one transaction
per request. It prints the statements and pgbench's transactions per second.

    python3 bench/ceiling.py SOCKET LOG BASE TOKEN CLIENTS SECONDS METHOD PATH [BODY]
"""
import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

PGBIN = "/usr/lib/postgresql/15/bin"
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):  (.*)$")
STATEMENT = re.compile(r"duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")


def psql(socket, sql):
    subprocess.run(
        [f"{PGBIN}/psql", "-qAt", "-h", socket, "-U", "postgres", "-d", "minutebook", "-c", sql],
        check=True,
        capture_output=True,
    )


def entries(text):
    """(pid, level, message) of each log entry, continuation lines joined."""
    out = []
    for line in text.splitlines():
        m = ENTRY.match(line)
        if m:
            out.append([m.group(1), m.group(2), m.group(3)])
        elif out:
            out[-1][2] += "\n" + line
    return out


def capture(socket, log, request):
    """The statements (sql, {n: literal}) logged while `request` ran."""
    with open(log, "rb") as f:
        f.seek(0, 2)
        start = f.tell()
    psql(socket, "alter system set log_min_duration_statement = 0")
    psql(socket, "select pg_reload_conf()")
    time.sleep(0.3)
    request()
    time.sleep(0.3)
    psql(socket, "alter system reset log_min_duration_statement")
    psql(socket, "select pg_reload_conf()")
    with open(log, "rb") as f:
        f.seek(start)
        text = f.read().decode("utf-8", "replace")
    found = []
    last = {}  # a backend's last statement: its parameters follow in a DETAIL line
    for pid, level, message in entries(text):
        if level == "LOG":
            m = STATEMENT.match(message)
            if m and "pg_reload_conf" not in m.group(1) and "log_min_duration" not in m.group(1):
                found.append([pid, m.group(1).strip(), {}])
                last[pid] = found[-1]
            else:
                # parse and bind are logged too, each with its own DETAIL: not a statement's.
                last[pid] = [pid, None, {}]
        elif level == "DETAIL" and message.startswith("parameters:") and pid in last:
            last[pid][2] = {int(n): v for n, v in PARAM.findall(message)}
    # Transaction boundaries are left out: background jobs open and close transactions all the
    # time, and one request is made one pgbench transaction below anyway.
    return [(sql, params) for _, sql, params in found
            if sql.upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]


def main():
    socket, log, base, token, clients, seconds, method, path = sys.argv[1:9]
    body = sys.argv[9] if len(sys.argv) > 9 else None

    def request():
        data = body.encode() if body else None
        req = urllib.request.Request(base + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + token)
        if data:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req) as response:
            response.read()

    request()  # warm: the caller's account is kept in memory, as under load
    captures = [capture(socket, log, request) for _ in range(3)]
    texts = [{sql for sql, _ in c} for c in captures]
    common = texts[0] & texts[1] & texts[2]
    def keyed(capture):
        seen = {}
        out = []
        for sql, params in capture:
            if sql in common:
                seen[sql] = seen.get(sql, 0) + 1
                out.append(((sql, seen[sql]), params))
        return out

    statements = keyed(captures[0])
    again = dict(keyed(captures[1]))
    # A value that differs between two requests is made fresh by each (the id of a new
    # record): pgbench draws it anew in every transaction, the same within one.
    fresh = {}
    for key, params in statements:
        other = again.get(key, {})
        for n, value in params.items():
            if other.get(n) != value and UUID.fullmatch(value):
                fresh.setdefault(value, len(fresh))
    script = [f"\\set f{k} random(1, 9223372036854775806)" for k in range(len(fresh))]
    for (sql, _), params in statements:
        def fill(m):
            value = params.get(int(m.group(1)), "NULL")
            if value in fresh:
                return f"(lpad(to_hex(:f{fresh[value]}::bigint), 32, '0'))::uuid"
            # The value as the log quotes it: a literal of the parameter's text, which
            # PostgreSQL types from its place as it types the parameter.
            return value
        sql = "\n".join(line.split("--")[0] if "--" in line and "'" not in line else line
                         for line in sql.splitlines())
        line = re.sub(r"\$(\d+)", fill, sql)
        script.append(" ".join(line.split()) + ";")
    writes = any(re.match(r"\s*(insert|update|delete)", line, re.I) for line in script)
    if writes:
        first = next(i for i, line in enumerate(script) if not line.startswith("\\"))
        script.insert(first, "BEGIN;")
        script.append("COMMIT;")
    # One request is one pgbench transaction: BEGIN/COMMIT the service sent are among the
    # statements; a read of one statement is sent alone, as the service sends it.
    print(f"statements per request: {len(statements)}")
    for s in script:
        print("  " + (s if len(s) < 160 else s[:157] + "..."))
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write("\n".join(script) + "\n")
        name = f.name
    args = [f"{PGBIN}/pgbench", "-n", "-M", "prepared", "-c", clients, "-j", "2", "-T", seconds,
            "-h", socket, "-U", "postgres", "-f", name]
    args.append("minutebook")
    result = subprocess.run(args, capture_output=True, text=True)
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", result.stdout)
    if not tps:
        print(result.stdout[-2000:], result.stderr[-2000:])
        print(json.dumps({"tps": None}))
        return
    print(json.dumps({"tps": float(tps.group(1))}))


if __name__ == "__main__":
    main()
