#!/usr/bin/env python3
"""Public headers stay binding-friendly: they include only <stddef.h>,
<stdint.h> and other cchc/ headers, and use no varargs, va_list, FILE *,
long, bitfields or inline functions (DESIGN.md, STYLE.md)."""
import pathlib
import re
import sys

ALLOWED_SYSTEM = {"stddef.h", "stdint.h"}
FORBIDDEN = [
    (re.compile(r"\.\.\.\s*\)"), "varargs"),
    (re.compile(r"\bva_list\b"), "va_list"),
    (re.compile(r"\bFILE\s*\*"), "FILE *"),
    (re.compile(r"\blong\b"), "long"),
    (re.compile(r"\binline\b"), "inline function"),
    (re.compile(r"\bg(char|int|uint|boolean|pointer|constpointer|size|ssize|int64|uint64|"
                r"double|float|long|ulong)\b|\bG(Error|List|SList|PtrArray|Array|HashTable|"
                r"String|Date|Bytes|Variant)\b|\bJson[A-Z]\w*"), "GLib type"),
    (re.compile(r":\s*\d+\s*;"), "bitfield"),
]


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def main(include_dir):
    problems = []
    headers = sorted(pathlib.Path(include_dir).rglob("*.h")) + sorted(
        pathlib.Path(include_dir).rglob("*.h.in"))
    if not headers:
        problems.append(f"no headers found under {include_dir}")
    for header in headers:
        code = strip_comments(header.read_text(encoding="utf-8"))
        for number, line in enumerate(code.splitlines(), 1):
            m = re.match(r"\s*#\s*include\s*([<\"])([^>\"]+)[>\"]", line)
            if m:
                name = m.group(2)
                ok = (m.group(1) == "<" and name in ALLOWED_SYSTEM) or (
                    m.group(1) == '"' and name.startswith("cchc/"))
                if not ok:
                    problems.append(f"{header}:{number}: includes {name}")
                continue
            for pattern, what in FORBIDDEN:
                if pattern.search(line):
                    problems.append(f"{header}:{number}: {what}: {line.strip()}")
    for p in problems:
        print(p)
    print(f"{len(headers)} headers checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
