#!/usr/bin/env python3
"""Prints import cycles between the files of src/ and between its top-level modules.

Why: a newcomer should be able to read the crate bottom-up; a cycle means two files (or two
stage folders) can only be understood together, and it is how one-way data flow erodes.

Edges come from `use crate::…`, `use super::…`, `crate::a::b` paths written inline, and
`super::x` paths, resolved to the file that defines the module they name (a `use` of an item
counts as an edge to the file of its module). A module's own `mod.rs` declaring its children
(`mod x;`, `pub mod x;`) is not an edge: re-exports in a parent are fine, the parent merely
lists its parts. Tests (`#[cfg(test)] mod tests` blocks) are skipped: test code may reach
anywhere.

Usage: scripts/import-cycles.py [SRC_DIR]     exit status 1 when any cycle is found
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
SRC = os.path.normpath(SRC)


def module_of(path):
    """Module path (list of names) of a source file."""
    rel = os.path.relpath(path, SRC)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return rel


FILES = {}
for root, _, names in os.walk(SRC):
    for n in names:
        if n.endswith(".rs"):
            p = os.path.join(root, n)
            if os.path.relpath(p, SRC) == "main.rs":
                continue
            FILES[tuple(module_of(p))] = p


def file_for(mod):
    """The file defining the longest prefix of `mod` that is a file of its own."""
    mod = list(mod)
    while mod:
        if tuple(mod) in FILES:
            return FILES[tuple(mod)]
        mod.pop()
    return None


def strip_tests_and_comments(text):
    text = re.sub(r"//[^\n]*", "", text)
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if re.match(r"\s*#\[cfg\(test\)\]", lines[i]):
            # skip the next item: count braces from the following line
            depth, j, started = 0, i + 1, False
            while j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                if "{" in lines[j]:
                    started = True
                if started and depth <= 0:
                    break
                if not started and lines[j].rstrip().endswith(";"):
                    break
                j += 1
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


PATH_RE = re.compile(r"\b((?:crate|super)(?:::(?:super|[A-Za-z_][A-Za-z0-9_]*))+|(?:crate|super)::\{)")
USE_RE = re.compile(r"\buse\s+((?:crate|super)::[^;]+);", re.S)


def expand_use(tree):
    """Expands `a::{b, c::{d, e}}` into paths."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)::\{(.*)\}$", tree)
    if not m:
        return [tree]
    head, body = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    if cur:
        parts.append(cur)
    out = []
    for p in parts:
        if p in ("self", ""):
            out.append(head)
        else:
            out.extend(expand_use(head + "::" + p))
    return out


def resolve(path, here):
    """Module path named by `crate::…`/`super::…` from module `here` (a file's module)."""
    segs = path.split("::")
    segs = [s.split(" as ")[0] for s in segs]
    if segs[0] == "crate":
        base, rest = [], segs[1:]
    else:
        base = list(here)
        rest = segs
        while rest and rest[0] == "super":
            base = base[:-1]
            rest = rest[1:]
    return base + [s for s in rest if s not in ("self", "*")]


def edges():
    out = {}
    for mod, path in FILES.items():
        text = strip_tests_and_comments(open(path, encoding="utf-8").read())
        # `super` in a file x.rs / x/mod.rs refers to the parent of module x.
        here = list(mod)
        targets = set()
        for m in USE_RE.finditer(text):
            for p in expand_use(m.group(1)):
                targets.add(tuple(resolve(p, here)))
        body = USE_RE.sub("", text)
        for m in PATH_RE.finditer(body):
            p = m.group(1).rstrip(":{")
            targets.add(tuple(resolve(p, here)))
        deps = set()
        for t in targets:
            f = file_for(t)
            if f and f != path:
                # a parent listing its own children is not an edge
                tmod = module_of(f)
                if tmod[: len(mod)] == list(mod) and len(tmod) > len(mod):
                    continue
                deps.add(f)
        out[path] = deps
    return out


def cycles(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]

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
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return comps


def top(path):
    m = module_of(path)
    return m[0] if m else "lib"


def main():
    g = edges()
    rel = lambda p: os.path.relpath(p, os.path.dirname(SRC))
    file_cycles = cycles(g)
    tg = {}
    for a, ds in g.items():
        for b in ds:
            if top(a) != top(b) and top(a) != "lib" and top(b) != "lib":
                tg.setdefault(top(a), set()).add(top(b))
    mod_cycles = cycles(tg)
    for c in file_cycles:
        print("file cycle:", " ↔ ".join(rel(p) for p in c))
        for a in c:
            for b in sorted(g[a]):
                if b in c:
                    print(f"    {rel(a)} → {rel(b)}")
    for c in mod_cycles:
        print("module cycle:", " ↔ ".join(c))
        for a in c:
            for b in sorted(tg[a]):
                if b in c:
                    why = [
                        f"{rel(x)} → {rel(y)}"
                        for x, ys in g.items()
                        for y in ys
                        if top(x) == a and top(y) == b
                    ]
                    print(f"    {a} → {b}: {', '.join(why[:4])}")
    n = len(file_cycles) + len(mod_cycles)
    print(f"{len(FILES)} files, {sum(len(v) for v in g.values())} imports between files, "
          f"{len(file_cycles)} file cycle(s), {len(mod_cycles)} module cycle(s)")
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main())
