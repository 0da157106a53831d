#!/usr/bin/env python3
"""`cchc verify`: prints the digest of a published document, accepts the
same document re-indented and with its members reordered, and refuses it as
soon as a score, an evidence reference or an appraisal reason changes.

    check_verify.py CCHC_PROGRAM DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile


def run(program, *args):
    launcher = os.environ.get("CCHC_TEST_LAUNCHER", "").split(";")
    command = [a for a in launcher if a] + [program, "verify", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def main(program, data_dir):
    card = os.path.join(data_dir, "scorecard-2023-sample-so-mau-a.json")
    failures = []

    def expect(result, status, words, what):
        if result.returncode != status or words not in result.stdout + result.stderr:
            failures.append("%s: status %d, expected %d with %r\nstdout: %s\nstderr: %s"
                            % (what, result.returncode, status, words, result.stdout,
                               result.stderr))

    printed = run(program, card)
    expect(printed, 0, card, "digest printed")
    digest = printed.stdout.split()[0] if printed.stdout else ""
    if len(digest) != 64:
        failures.append("not a digest: %r" % printed.stdout)
    expect(run(program, card, digest), 0, "OK", "the file itself")
    expect(run(program, card, digest.upper()), 0, "OK", "the digest in capitals")

    with open(card, encoding="utf-8") as f:
        doc = json.load(f)
    with tempfile.TemporaryDirectory() as folder:
        def variant(name, document, indent=None, sort_keys=False):
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f, indent=indent, sort_keys=sort_keys, ensure_ascii=False)
            return path

        expect(run(program, variant("compact.json", doc), digest), 0, "OK", "compact")
        expect(run(program, variant("sorted.json", doc, indent=5, sort_keys=True), digest), 0,
               "OK", "re-indented, members sorted")

        entry = next(e for e in doc["entries"] if "appraisal" in e)
        changed = json.loads(json.dumps(doc))
        target = next(e for e in changed["entries"] if e["code"] == entry["code"])
        target["appraisal"]["points"] = target["appraisal"]["points"] + 0.25
        expect(run(program, variant("score.json", changed), digest), 1, "MISMATCH",
               "a changed score")

        changed = json.loads(json.dumps(doc))
        target = next(e for e in changed["entries"] if e["code"] == entry["code"])
        target["appraisal"]["reason"] = target["appraisal"].get("reason", "") + "."
        expect(run(program, variant("reason.json", changed), digest), 1, "MISMATCH",
               "a changed appraisal reason")

        changed = json.loads(json.dumps(doc))
        with_evidence = next(e for e in changed["entries"] if e.get("evidence"))
        with_evidence["evidence"][0]["number"] = with_evidence["evidence"][0].get("number", "") + "b"
        expect(run(program, variant("evidence.json", changed), digest), 1, "MISMATCH",
               "a changed evidence reference")

        broken = os.path.join(folder, "broken.json")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"format": "cchc-scorecard",}')
        expect(run(program, broken, digest), 1, "a comma before '}' is not allowed",
               "broken JSON")
    expect(run(program, card, "abc"), 2, "64 hexadecimal digits", "a bad digest")
    expect(run(program), 2, "which file?", "no file")
    expect(run(program, os.path.join(data_dir, "missing.json")), 1, "cannot open", "no such file")

    for failure in failures:
        print(failure)
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
