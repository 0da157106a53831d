#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets under tests/fuzz/corpus/ from
the data the project already has: the bundled 2023 plan (cut into small
plans), tests/data/json/, tests/data/appendix/, the time expressions of
tests/data/schedules.json, and the sample scheme and scorecards with the
fixtures of tests/data/score/. Deterministic; run from anywhere:

    python3 tests/fuzz/make-corpus.py

The seeds are kept small (a few kB) so that the fuzzers run fast."""
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PLAN = ROOT / "examples/data/plan-2023-hai-duong-sldtbxh.json"
CORPUS = HERE / "corpus"


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write(folder, name, data):
    path = CORPUS / folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def plan_seeds():
    plan = json.loads(PLAN.read_text(encoding="utf-8"))
    header = {k: v for k, v in plan.items()
              if k not in ("area_texts", "purposes", "organisation", "calendar", "units", "tasks")}
    # the long texts, cut short
    short = dict(header)
    short["purposes"] = plan["purposes"][:300]
    short["organisation"] = plan["organisation"][:300]
    short["area_texts"] = {k: v[:200] for k, v in plan["area_texts"].items()}
    write("fuzz_plan_json", "bundled-header.json", dump(short))
    write("fuzz_plan_json", "bundled-calendar-units.json",
          dump({**header, "calendar": plan["calendar"], "units": plan["units"]}))
    tasks = plan["tasks"]
    for n, i in enumerate(range(0, len(tasks), 8)):
        doc = {**header, "calendar": plan["calendar"], "units": plan["units"],
               "tasks": [{k: (v[:200] if k == "notes" else v) for k, v in t.items()}
                         for t in tasks[i:i + 8]]}
        write("fuzz_plan_json", f"bundled-tasks-{n}.json", dump(doc))
    # one task with everything a task can hold
    full = {"format": "cchc-plan", "version": 1, "year": 2023,
            "units": [{"id": "vp", "name": "Văn phòng", "kind": "office",
                       "short_name": "VP", "aliases": ["Văn phòng Sở"]},
                      {"id": "tt", "name": "Thanh tra", "kind": "inspectorate", "parent": "vp"}],
            "tasks": [{"key": "k1", "id": "1.1", "area": 1, "group": "1. Chỉ đạo",
                       "title": "Xây dựng KH", "product": "Kế hoạch", "lead": ["vp"],
                       "lead_mentions": ["Văn phòng (P/h Thanh tra)"],
                       "coordinating": ["tt", "@internal"], "coordinating_mentions": ["Sở Nội vụ"],
                       "when": "Quý I/2023", "status": "done", "progress": 100,
                       "completed": "2023-03-15", "notes": "ghi chú",
                       "evidence": [{"number": "12/KH-SLĐTBXH", "date": "2023-01-10",
                                     "title": "Kế hoạch", "link": "https://example.org/kh"}]}]}
    write("fuzz_plan_json", "full-task.json", dump(full))
    for path in sorted((ROOT / "tests/data/json").glob("*.json")):
        shutil.copy(path, CORPUS / "fuzz_plan_json" / f"test-{path.name}")


def appendix_seeds():
    folder = ROOT / "tests/data/appendix"
    for path in sorted(folder.iterdir()):
        shutil.copy(path, CORPUS / "fuzz_appendix" / path.name)
    tsv = (folder / "seed-2023-appendix.tsv").read_text(encoding="utf-8").splitlines(True)
    header = next(i for i, l in enumerate(tsv) if "Nhiệm vụ cụ thể" in l)
    rows = tsv[header + 1:]
    write("fuzz_appendix", "slice-first-rows.tsv", "".join(tsv[header:header + 7]))
    write("fuzz_appendix", "slice-repeated-header.tsv",
          "".join([tsv[header]] + rows[:3] + [tsv[header]] + rows[3:6]))
    write("fuzz_appendix", "slice-bom-crlf.tsv",
          "\ufeff" + "".join(l.rstrip("\n") + "\r\n" for l in tsv[header:header + 5]))
    csv = (folder / "seed-2023-appendix.csv").read_text(encoding="utf-8").splitlines(True)
    h = next(i for i, l in enumerate(csv) if "Nhiệm vụ cụ thể" in l)
    write("fuzz_appendix", "slice-first-rows.csv", "".join(csv[h:h + 7]))
    write("fuzz_appendix", "slice-semicolons.csv",
          "Nhiệm vụ chung;Nhiệm vụ cụ thể;Phòng, đơn vị chủ trì;Phòng, đơn vị phối hợp;"
          "Thời gian thực hiện\n"
          "1. Công tác chỉ đạo;\"1.1. Xây dựng KH; ban hành\";Văn phòng;\"Thanh tra, "
          "Phòng LĐ-VL\";Quý I/2023\n"
          ";1.2. Kiểm tra;Thanh tra (P/h Văn phòng);Các phòng chuyên môn;Tháng 3,6,9,12/2023\n")


def schedule_seeds():
    cases = json.loads((ROOT / "tests/data/schedules.json").read_text(encoding="utf-8"))
    plan = json.loads(PLAN.read_text(encoding="utf-8"))
    seen = set()
    texts = [(c["year"], c["text"]) for c in cases]
    texts += [(plan["year"], t["when"]) for t in plan["tasks"]]
    texts += [(9999, "Quý IV/9999"), (9999, "Tháng 12 năm sau"), (1900, "T12/1899"),
              (2023, "trước ngày 15 hàng tháng"), (2023, "Từ ngày 31/12/2023 đến ngày 1/1/2023")]
    n = 0
    for year, text in texts:
        if (year, text) in seen:
            continue
        seen.add((year, text))
        write("fuzz_schedule", f"text-{n:03d}.txt", f"{year}\n{text}")
        n += 1


def score_seeds():
    """Schemes and scorecards: the bundled samples and the test fixtures."""
    sources = {"fuzz_scheme_json": sorted((ROOT / "examples/data").glob("scheme-*.json")) +
               [ROOT / "tests/data/score/small-scheme.json"],
               "fuzz_scorecard_json": sorted((ROOT / "examples/data").glob("scorecard-*.json")) +
               [ROOT / "tests/data/score/small-card.json"]}
    for target, paths in sources.items():
        for path in paths:
            shutil.copy(path, CORPUS / target / path.name)


def main():
    for target in ("fuzz_plan_json", "fuzz_appendix", "fuzz_schedule", "fuzz_scheme_json",
                   "fuzz_scorecard_json"):
        shutil.rmtree(CORPUS / target, ignore_errors=True)
        (CORPUS / target).mkdir(parents=True)
    plan_seeds()
    appendix_seeds()
    schedule_seeds()
    score_seeds()


if __name__ == "__main__":
    main()
