"""Where the service's CPU goes, from a `perf record --call-graph dwarf` of it under load.

    perf record -F 499 --call-graph dwarf,16384 -p <service pid> -o perf.data -- sleep 4
    python3 bench/perf_buckets.py perf.data

Each sample is put in the first group that one of its frames names, looking from the leaf
outwards (so a malloc inside row decoding counts as decoding), and the groups are printed
with their share of the samples. BENCHMARKS.md has the figures of one run.
"""
import collections
import subprocess
import sys

GROUPS = [
    ("JSON encoding of the answer",
     ["serde_json::ser", "as serde_core::ser::Serialize", "serialize_entry", "collect_str",
      "FormatIso8601"]),
    ("decoding rows (sqlx FromRow, Decode)", ["from_row", "::decode", "try_get", "DataRow"]),
    ("auth (JWT, account cache)", ["jsonwebtoken", "bearer", "AuthUser", "auth::accounts"]),
    ("logs, metrics, request id",
     ["tracing_subscriber", "tracing_actix_web", "actix_web_prom", "prometheus", "request_id"]),
    ("talking to PostgreSQL (sqlx protocol, pool, socket)",
     ["sqlx_postgres", "sqlx_core", "UnixStream"]),
    ("HTTP (actix parsing, routing, middleware, TCP)",
     ["actix_http", "actix_router", "actix_web", "TcpStream", "actix_server", "edge::"]),
    ("waiting and switching (epoll, tokio, scheduler)",
     ["epoll_wait", "mio::poll", "park", "tokio::runtime"]),
]


def main():
    script = subprocess.run(["perf", "script", "-i", sys.argv[1], "-F", "comm,ip,sym"],
                            capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    total = 0
    for block in script.strip().split("\n\n"):
        frames = [line.strip() for line in block.strip().split("\n")[1:]]
        total += 1
        group = next((name for frame in frames for name, keys in GROUPS
                      if any(key in frame for key in keys)), "other")
        counts[group] += 1
    for name, n in counts.most_common():
        print(f"{100 * n / total:5.1f} %  {name}")
    print(f"({total} samples)")


if __name__ == "__main__":
    main()
