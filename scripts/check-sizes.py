#!/usr/bin/env python3
"""Rooms asking to be split: source files over 800 lines and functions over 120 lines in app/, ui/
and db/ (tests/bench and generated tables aside). Functions are found the way this tree's style
writes them: a body whose braces stand at the start of a line (clang-format, AfterFunction).
Exits 1 and names each one found; run by tests/CMakeLists.txt as tst_sizes."""
import os
import re
import sys

MAX_FILE, MAX_FUNCTION = 800, 120
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
# Tables and SQL text are data, not logic: a file may say so on its first line, a function on the
# line above its signature.
DATA_MARK = "// sizes: data"

problems = []
for top in ("app", "ui", "db"):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[0].startswith(DATA_MARK):
                continue
            if len(lines) > MAX_FILE:
                problems.append(f"{rel}: {len(lines)} lines (more than {MAX_FILE})")
            start = None
            for i, line in enumerate(lines):
                if line == "{" and i > 0 and re.search(r"\)\s*(const)?\s*(override)?\s*$|^\S.*\)$", lines[i - 1] or ""):
                    start = i
                elif line == "}" and start is not None:
                    length = i - start + 1
                    marked = any(DATA_MARK in lines[j] for j in range(max(0, start - 4), start))
                    if length > MAX_FUNCTION and not marked:
                        problems.append(f"{rel}:{start}: {lines[start - 1].strip()[:70]} has {length} lines "
                                        f"(more than {MAX_FUNCTION})")
                    start = None
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
