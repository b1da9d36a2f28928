#!/usr/bin/env python3
"""The layering rules of src/, checked from the code's own paths.

1. No import cycle between files: a file's references to other files (`crate::a::b`,
   `super::x`, `self::x`, a child module's `x::y`, in `use` lines and in paths) form a graph
   that must have no circle; declaring a module (`mod x;`) is not a use of it.
2. `src/domain/`, `src/store/` and `src/auth/` do not mention actix-web: they know no HTTP.
3. Dependencies run one way: `domain/` uses nothing else of the crate, `roster/` (reading
   member lists from spreadsheets) nothing but `domain/`, `webhook/` (messages for the
   receiving platforms, and which addresses may be called), `mail/` (notification emails
   and sending them) and `storage/` (attachments' bytes) nothing at all; `store/` and `jobs/`
   use no part of the HTTP layer (`routes/`, `edge/`, `bearer.rs`, `state.rs`,
   `startup.rs`, `openapi.rs`); a resource under `routes/` never uses another resource (only the shared
   `routes/list.rs` and `routes/versioning.rs`).

Prints every circle and every offending line, exits 1 if there is one.
"""
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def module_of(path: Path) -> list[str]:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return parts


def file_of(module: list[str]) -> Path | None:
    base = SRC.joinpath(*module) if module else SRC / "lib"
    for candidate in (base.with_suffix(".rs"), base / "mod.rs"):
        if candidate.is_file():
            return candidate
    return SRC / "lib.rs" if not module else None


def resolve(path: list[str]) -> Path | None:
    """The file of the longest prefix of a module path that names one."""
    for end in range(len(path), 0, -1):
        found = file_of(path[:end])
        if found is not None:
            return found
    return None


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def expand_use(tree: str) -> list[str]:
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']"""
    tree = re.sub(r"\s+", "", tree)
    brace = tree.find("{")
    if brace < 0:
        return [re.sub(r"as\w+$", "", tree)]
    prefix, inner = tree[:brace], tree[brace + 1 : tree.rfind("}")]
    parts, depth, current = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        current += ch
    parts.append(current)
    return [p for part in parts if part for p in expand_use(prefix + part)]


def references(path: Path, text: str) -> set[Path]:
    here = module_of(path)
    found: set[Path] = set()
    paths = []
    for tree in re.findall(r"\buse\s+([^;]+);", text):
        paths.extend(expand_use(tree))
    paths.extend(re.findall(r"\b((?:crate|super|self)(?:::\w+)+)", text))
    # A child module named by a bare path (`items::create_item` in the mod.rs declaring it).
    # Declaring a module (`mod items;`) is structure, not a use.
    for child in re.findall(r"\bmod\s+(\w+)\s*;", text):
        if re.search(rf"(?<![:\w]){child}::\w", text):
            paths.append(f"self::{child}")
    for raw in paths:
        segments = [s for s in raw.split("::") if s]
        if not segments:
            continue
        if segments[0] == "crate":
            target = segments[1:]
        elif segments[0] == "super":
            # `super` is the module above this file's own (for a/b/c.rs and a/b/mod.rs alike).
            base = here[:-1]
            segments = segments[1:]
            while segments and segments[0] == "super":
                base, segments = base[:-1], segments[1:]
            target = base + segments
        elif segments[0] == "self":
            target = here + segments[1:]
        else:
            continue
        file = resolve(target)
        if file is not None and file != path:
            found.add(file)
    return found


def cycles(graph: dict[Path, set[Path]]) -> list[list[Path]]:
    """Strongly connected components of more than one file (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def main() -> int:
    files = sorted(p for p in SRC.rglob("*.rs"))
    graph, failed = {}, False
    for path in files:
        text = strip_comments(path.read_text())
        # Unit tests inside a file may reach anywhere.
        text = re.split(r"#\[cfg\(test\)\]", text)[0]
        graph[path] = references(path, text)
        layer = path.relative_to(SRC).parts[0]
        if layer in ("domain", "store", "auth") and re.search(r"\bactix", text):
            print(f"layers: {path.relative_to(SRC.parent)} mentions actix-web")
            failed = True
    http = ("routes", "webapp", "edge", "bearer.rs", "state.rs", "startup.rs", "openapi.rs", "cli.rs", "main.rs")
    shared = {SRC / "routes" / "list.rs", SRC / "routes" / "versioning.rs", SRC / "routes" / "mod.rs"}
    for path, targets in graph.items():
        layer = path.relative_to(SRC).parts
        for target in targets:
            other = target.relative_to(SRC).parts
            wrong = (
                (layer[0] == "domain" and other[0] != "domain")
                or (layer[0] == "roster" and other[0] not in ("domain", "roster"))
                or (layer[0] == "webhook" and other[0] != "webhook")
                or (layer[0] == "mail" and other[0] != "mail")
                or (layer[0] == "storage" and other[0] != "storage")
                or (layer[0] in ("store", "jobs") and other[0] in http)
                or (
                    layer[0] == "routes"
                    and len(layer) > 1
                    and other[0] == "routes"
                    and target not in shared
                    and other[1] != layer[1]
                    and path != SRC / "routes" / "mod.rs"
                )
            )
            if wrong:
                print(f"layers: {path.relative_to(SRC.parent)} uses {target.relative_to(SRC.parent)}")
                failed = True
    for component in cycles(graph):
        failed = True
        names = [str(p.relative_to(SRC.parent)) for p in component]
        print(f"layers: import circle through {len(names)} files:")
        members = set(component)
        for p in component:
            for q in sorted(graph[p] & members):
                print(f"  {p.relative_to(SRC.parent)} -> {q.relative_to(SRC.parent)}")
    if not failed:
        print(f"layers: {len(files)} files, no import circle, every dependency one way")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
