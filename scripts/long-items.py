#!/usr/bin/env python3
"""Prints functions over 100 lines and files over 600 lines in src/ that give no reason.

Why: long functions and files are where a newcomer gets lost; most split along a seam that is
already there. Some are long for a reason (a table, a state machine read top to bottom), and
then one line says so:
  - a function: a comment `// long: <reason>` among the lines just above it (with its doc
    comment and attributes);
  - a file: a line `//! long: <reason>` in its module doc.
Test modules (`#[cfg(test)] mod tests`) are not counted in a file's length.

Usage: scripts/long-items.py [SRC_DIR]     exit status 1 when an item has no reason
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
SRC = os.path.normpath(SRC)
FN_LIMIT, FILE_LIMIT = 100, 600
FN_RE = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?(extern\s+\"C\"\s+)?fn\s+(\w+)")


def code_only(line):
    """The line without strings and comments, for brace counting."""
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    return line.split("//")[0]


def test_start(lines):
    for i, l in enumerate(lines):
        if re.match(r"\s*#\[cfg\(test\)\]", l) and i + 1 < len(lines) and re.match(
            r"\s*(pub\s+)?mod\s+\w+\s*\{", lines[i + 1]
        ):
            return i
    return len(lines)


def functions(lines):
    """(name, first line, length) of every fn with a body."""
    out = []
    in_raw = False
    for i, l in enumerate(lines):
        m = FN_RE.match(l)
        if not m:
            continue
        depth, started, j = 0, False, i
        while j < len(lines):
            c = code_only(lines[j])
            if not started and ";" in c and "{" not in c:
                break  # a declaration without a body (trait method)
            depth += c.count("{") - c.count("}")
            if "{" in c:
                started = True
            if started and depth <= 0:
                out.append((m.group(7), i, j - i + 1))
                break
            j += 1
    return out


def reason_above(lines, i):
    j = i - 1
    while j >= 0 and (lines[j].strip().startswith(("///", "#[", "//")) or lines[j].strip() == ""):
        if re.match(r"\s*// long: \S", lines[j]):
            return True
        if lines[j].strip() == "":
            break
        j -= 1
    return False


def main():
    bad = 0
    for root, _, names in sorted(os.walk(SRC)):
        for n in sorted(names):
            if not n.endswith(".rs"):
                continue
            p = os.path.join(root, n)
            lines = open(p, encoding="utf-8").read().split("\n")
            rel = os.path.relpath(p, os.path.dirname(SRC))
            end = test_start(lines)
            if end > FILE_LIMIT and not any(re.match(r"//! long: \S", l) for l in lines):
                print(f"{rel}: {end} lines (over {FILE_LIMIT}) with no `//! long:` reason")
                bad += 1
            for name, i, length in functions(lines[:end]):
                if length > FN_LIMIT and not reason_above(lines, i):
                    print(f"{rel}:{i + 1}: fn {name} is {length} lines (over {FN_LIMIT}) with no `// long:` reason")
                    bad += 1
    print(f"{bad} long item(s) without a reason")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
