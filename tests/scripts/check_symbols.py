#!/usr/bin/env python3
"""The library exports exactly the functions that the public headers declare
with CCHC_API, every one of them starts with cchc_, and docs/symbols.txt lists
each with the version that added it (like curl's symbols-in-versions)."""
import pathlib
import re
import subprocess
import sys


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library], check=True,
                         capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TtWwDdBbRr":
            names.add(parts[2])
    # Symbols the toolchain adds to every shared object.
    return {n for n in names if not n.startswith("_")}


def declared(include_dirs):
    names = set()
    for d in include_dirs:
        for header in pathlib.Path(d).rglob("*.h"):
            text = re.sub(r"/\*.*?\*/", "", header.read_text(encoding="utf-8"), flags=re.S)
            # Preprocessor lines (the definition of CCHC_API itself) declare nothing.
            text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
            for m in re.finditer(r"CCHC_API\b[^;(]*?\b(\w+)\s*\(", text):
                names.add(m.group(1))
    return names


def listed(symbols_file):
    names = {}
    for number, line in enumerate(pathlib.Path(symbols_file).read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or not re.fullmatch(r"\d+\.\d+\.\d+", parts[1]):
            print(f"{symbols_file}:{number}: expected 'symbol version'")
            names[None] = number
            continue
        names[parts[0]] = parts[1]
    return names


def main(library, symbols_file, *include_dirs):
    exp, dec, lst = exported(library), declared(include_dirs), listed(symbols_file)
    problems = []
    problems += [f"exported without the cchc_ prefix: {n}" for n in sorted(exp)
                 if not n.startswith("cchc_")]
    problems += [f"exported but not declared with CCHC_API: {n}" for n in sorted(exp - dec)]
    problems += [f"declared but not exported: {n}" for n in sorted(dec - exp)]
    problems += [f"exported but missing from {symbols_file}: {n}" for n in sorted(exp - set(lst))]
    problems += [f"listed in {symbols_file} but not exported: {n}" for n in sorted(set(lst) - exp)
                 if n is not None]
    for p in problems:
        print(p)
    print(f"{len(exp)} exported, {len(dec)} declared, {len(lst)} listed, {len(problems)} problems")
    return 1 if problems or None in lst else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
