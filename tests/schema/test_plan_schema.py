#!/usr/bin/env python3
"""Checks docs/schema/cchc-plan.schema.json against the bundled plans.

- the schema is a valid JSON Schema (draft 2020-12);
- every plan file in the data folder ("format": "cchc-plan") validates;
- documents that libcchc accepts validate too (the schema is not stricter
  than the reader, except for unknown keys, which the reader only warns about);
- documents that libcchc refuses are rejected at the right JSON path.

Paths come from the environment, as CTest sets them:
  CCHC_SCHEMA_DIR  the folder holding cchc-plan.schema.json (docs/schema)
  CCHC_DATA_DIR    the folder holding the bundled data (examples/data)
When a variable is unset the folder is taken relative to this file's place in
the source tree. The test fails — it is not skipped — when the Python module
jsonschema is missing: install it with `apt-get install python3-jsonschema`.

SPDX-License-Identifier: MIT
"""
import copy
import glob
import json
import os
import sys
import unittest

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as error:  # reported as a failure below, never a skip
    jsonschema = None
    IMPORT_ERROR = error
else:
    IMPORT_ERROR = None

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMA_DIR = os.environ.get("CCHC_SCHEMA_DIR") or os.path.join(SOURCE_ROOT, "docs", "schema")
DATA_DIR = os.environ.get("CCHC_DATA_DIR") or os.path.join(SOURCE_ROOT, "examples", "data")
SCHEMA_PATH = os.path.join(SCHEMA_DIR, "cchc-plan.schema.json")

# A small document that uses every key, valid for libcchc and the schema.
FULL_PLAN = {
    "format": "cchc-plan",
    "version": 1,
    "number": "15/KH-SLĐTBXH",
    "agency": "Sở Lao động - Thương binh và Xã hội",
    "place": "Hải Dương",
    "issue_date": "2022-12-30",
    "issue_date_text": "ngày 30 tháng 12 năm 2022",
    "year": 2023,
    "title": "Kế hoạch thực hiện công tác cải cách hành chính năm 2023",
    "basis": "Thực hiện Kế hoạch số 3776/KH-UBND …",
    "purposes": "1. Tuyên truyền …\n2. Chú trọng …",
    "area_texts": {str(area): "Nội dung lĩnh vực %d" % area for area in range(1, 8)},
    "organisation": "1. Giao Văn phòng Sở chủ trì …",
    "signer": "Bùi Thanh Tùng",
    "signer_title": "Giám đốc",
    "recipients": "Bộ LĐTBXH;\nUBND tỉnh;",
    "calendar": {
        "name": "Chế độ báo cáo kết quả CCHC năm 2023",
        "periods": [
            {"id": "q1", "label": "Báo cáo kết quả CCHC quý I/2023",
             "window_from": "2022-12-10", "window_to": "2023-03-09",
             "send_deadline": "2023-03-09", "compile_deadline": "2023-03-13",
             "submitted": "2023-03-12"},
            {"id": "q3", "window_from": "2023-06-10", "window_to": "2023-09-09",
             "send_deadline": "", "compile_deadline": "2023-09-13", "submitted": ""},
        ],
    },
    "units": [
        {"id": "ubnd-tinh", "name": "Ủy ban nhân dân tỉnh Hải Dương",
         "short_name": "UBND tỉnh", "kind": "external"},
        {"id": "van-phong", "name": "Văn phòng Sở", "short_name": "Văn phòng",
         "kind": "office", "parent": "", "aliases": ["VP Sở"]},
        {"id": "vp_ubnd.1", "name": "Văn phòng UBND tỉnh", "kind": "external",
         "parent": "ubnd-tinh"},
    ],
    "tasks": [
        {"key": "2.10", "id": "2.10", "area": 2, "group": "2. Cải cách thể chế",
         "title": "Xây dựng và triển khai kế hoạch thanh tra", "product": "KH thanh tra",
         "lead": ["van-phong"], "lead_mentions": ["P/h Trung tâm Thông tin – VP UBND tỉnh"],
         "coordinating": ["@internal", "@related", "@divisions", "@procedures", "vp_ubnd.1"],
         "coordinating_mentions": ["Các phòng chuyên môn áp dụng HT"],
         "when": "Quý I/2023", "status": "done", "progress": 100,
         "completed": "2023-03-31", "notes": "Đã ban hành.",
         "evidence": [
             {"number": "15/KH-SLĐTBXH", "date": "2023-01-05", "title": "Kế hoạch",
              "link": "https://example.org/15.pdf"},
             {"title": "Báo cáo quý I", "date": ""},
             {"number": "16/BC-SLĐTBXH", "title": ""},
         ]},
        {"key": "2.10#2", "id": "2.10", "area": 2, "status": "in_progress",
         "progress": 37.5, "completed": ""},
        {"area": 7, "status": "not_started", "progress": 0},
        {"area": 1, "status": "cancelled"},
    ],
}


def at(document, path):
    """The container holding the last step of @path, and that step."""
    node = document
    for step in path[:-1]:
        node = node[step]
    return node, path[-1]


def mutated(path, value=None, delete=False):
    """A copy of FULL_PLAN with the member at @path set to @value (or deleted)."""
    document = copy.deepcopy(FULL_PLAN)
    parent, last = at(document, path)
    if delete:
        del parent[last]
    else:
        parent[last] = value
    return document


# Documents that libcchc refuses (or, for unknown keys, warns about), with the
# JSON path where the schema must report the problem.
INVALID = [
    ("area 8", mutated(["tasks", 0, "area"], 8), ["tasks", 0, "area"]),
    ("area 0", mutated(["tasks", 1, "area"], 0), ["tasks", 1, "area"]),
    ("area as text", mutated(["tasks", 0, "area"], "1"), ["tasks", 0, "area"]),
    ("area with a fraction", mutated(["tasks", 0, "area"], 1.5), ["tasks", 0, "area"]),
    ("task without area", mutated(["tasks", 0, "area"], delete=True), ["tasks", 0]),
    ("unknown status", mutated(["tasks", 0, "status"], "finished"), ["tasks", 0, "status"]),
    ("status in Vietnamese", mutated(["tasks", 0, "status"], "Đã hoàn thành"),
     ["tasks", 0, "status"]),
    ("unit id starting with @", mutated(["units", 0, "id"], "@ubnd"), ["units", 0, "id"]),
    ("unit id with a space", mutated(["units", 0, "id"], "van phong"), ["units", 0, "id"]),
    ("unit id with Vietnamese letters", mutated(["units", 0, "id"], "văn-phòng"),
     ["units", 0, "id"]),
    ("unit id of 65 characters", mutated(["units", 0, "id"], "a" * 65), ["units", 0, "id"]),
    ("empty unit id", mutated(["units", 0, "id"], ""), ["units", 0, "id"]),
    ("empty unit name", mutated(["units", 0, "name"], ""), ["units", 0, "name"]),
    ("unit without kind", mutated(["units", 0, "kind"], delete=True), ["units", 0]),
    ("unknown unit kind", mutated(["units", 0, "kind"], "department"), ["units", 0, "kind"]),
    ("parent that is not an id", mutated(["units", 2, "parent"], "@internal"),
     ["units", 2, "parent"]),
    ("unknown group token", mutated(["tasks", 0, "lead"], ["@everyone"]),
     ["tasks", 0, "lead", 0]),
    ("reference as a name", mutated(["tasks", 0, "lead"], ["Văn phòng Sở"]),
     ["tasks", 0, "lead", 0]),
    ("repeated reference", mutated(["tasks", 0, "lead"], ["van-phong", "van-phong"]),
     ["tasks", 0, "lead"]),
    ("empty mention", mutated(["tasks", 0, "lead_mentions"], [""]),
     ["tasks", 0, "lead_mentions", 0]),
    ("empty task key", mutated(["tasks", 0, "key"], ""), ["tasks", 0, "key"]),
    ("progress over 100", mutated(["tasks", 0, "progress"], 101), ["tasks", 0, "progress"]),
    ("negative progress", mutated(["tasks", 0, "progress"], -1), ["tasks", 0, "progress"]),
    ("date in Vietnamese order", mutated(["tasks", 0, "completed"], "31/03/2023"),
     ["tasks", 0, "completed"]),
    ("date with time", mutated(["issue_date"], "2022-12-30T00:00:00"), ["issue_date"]),
    ("evidence without number or title", mutated(["tasks", 0, "evidence", 0], {"link": "x"}),
     ["tasks", 0, "evidence", 0]),
    ("evidence with empty number and title",
     mutated(["tasks", 0, "evidence", 0], {"number": "", "title": ""}),
     ["tasks", 0, "evidence", 0]),
    ("year 1899", mutated(["year"], 1899), ["year"]),
    ("year 10000", mutated(["year"], 10000), ["year"]),
    ("area text key 8", mutated(["area_texts", "8"], "x"), ["area_texts"]),
    ("area text that is not text", mutated(["area_texts", "1"], ["x"]), ["area_texts", "1"]),
    ("text that is null", mutated(["title"], None), ["title"]),
    ("another format", mutated(["format"], "cchc-scheme"), ["format"]),
    ("no format", mutated(["format"], delete=True), []),
    ("version 2", mutated(["version"], 2), ["version"]),
    ("no version", mutated(["version"], delete=True), []),
    ("unknown top-level key", mutated(["colour"], "red"), []),
    ("unknown task key", mutated(["tasks", 0, "owner"], "x"), ["tasks", 0]),
    ("unknown unit key", mutated(["units", 0, "email"], "x"), ["units", 0]),
    ("unknown evidence key", mutated(["tasks", 0, "evidence", 0, "page"], 3),
     ["tasks", 0, "evidence", 0]),
    ("units that is not an array", mutated(["units"], {}), ["units"]),
    ("calendar that is not an object", mutated(["calendar"], []), ["calendar"]),
    ("unknown calendar key", mutated(["calendar", "year"], 2023), ["calendar"]),
    ("periods that is not an array", mutated(["calendar", "periods"], {}),
     ["calendar", "periods"]),
    ("period without id", mutated(["calendar", "periods", 0, "id"], delete=True),
     ["calendar", "periods", 0]),
    ("period without window_from",
     mutated(["calendar", "periods", 0, "window_from"], delete=True),
     ["calendar", "periods", 0]),
    ("period without window_to", mutated(["calendar", "periods", 1, "window_to"], delete=True),
     ["calendar", "periods", 1]),
    ("empty window_to", mutated(["calendar", "periods", 0, "window_to"], ""),
     ["calendar", "periods", 0, "window_to"]),
    ("period id with a space", mutated(["calendar", "periods", 0, "id"], "quý 1"),
     ["calendar", "periods", 0, "id"]),
    ("empty period id", mutated(["calendar", "periods", 0, "id"], ""),
     ["calendar", "periods", 0, "id"]),
    ("deadline in Vietnamese order",
     mutated(["calendar", "periods", 0, "send_deadline"], "09/03/2023"),
     ["calendar", "periods", 0, "send_deadline"]),
    ("submission with time", mutated(["calendar", "periods", 0, "submitted"],
                                     "2023-03-12T08:00:00"),
     ["calendar", "periods", 0, "submitted"]),
    ("label that is not text", mutated(["calendar", "periods", 0, "label"], 1),
     ["calendar", "periods", 0, "label"]),
    ("unknown period key", mutated(["calendar", "periods", 0, "owner"], "van-phong"),
     ["calendar", "periods", 0]),
]


class PlanSchemaTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.schema = None
        if jsonschema is None:
            return
        with open(SCHEMA_PATH, encoding="utf-8") as f:
            cls.schema = json.load(f)
        cls.validator = Draft202012Validator(cls.schema)
        checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None)
        if checker is None:
            checker = jsonschema.draft202012_format_checker
        cls.format_validator = Draft202012Validator(cls.schema, format_checker=checker)

    def setUp(self):
        if jsonschema is None:
            self.fail("the Python module jsonschema cannot be imported (%s); install it "
                      "with `apt-get install python3-jsonschema` (Debian/Ubuntu) or "
                      "`pip install jsonschema`" % IMPORT_ERROR)

    def errors(self, document, validator=None):
        return list((validator or self.validator).iter_errors(document))

    def describe(self, errors):
        return "\n".join("  $%s: %s" % ("".join("[%r]" % p for p in e.absolute_path), e.message)
                         for e in errors)

    def test_schema_is_valid_draft_2020_12(self):
        Draft202012Validator.check_schema(self.schema)
        self.assertEqual(self.schema["$schema"],
                         "https://json-schema.org/draft/2020-12/schema")

    def test_bundled_plans_validate(self):
        self.assertTrue(os.path.isdir(DATA_DIR), "no data folder %s" % DATA_DIR)
        plans = []
        for path in sorted(glob.glob(os.path.join(DATA_DIR, "*.json"))):
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            if isinstance(document, dict) and document.get("format") == "cchc-plan":
                plans.append(path)
                with self.subTest(plan=os.path.basename(path)):
                    errors = self.errors(document, self.format_validator)
                    self.assertEqual(errors, [], "%s does not validate:\n%s"
                                     % (path, self.describe(errors)))
        self.assertTrue(plans, "no cchc-plan document in %s" % DATA_DIR)

    def test_documents_the_library_accepts_validate(self):
        cases = [
            ("minimal", {"format": "cchc-plan", "version": 1}),
            ("every key", FULL_PLAN),
            ("empty arrays and objects", {"format": "cchc-plan", "version": 1,
                                          "area_texts": {}, "units": [], "tasks": []}),
            ("empty issue date", mutated(["issue_date"], "")),
            ("progress with a fraction", mutated(["tasks", 0, "progress"], 99.5)),
            ("unit id of 64 characters", mutated(["units", 0, "id"], "A._-9" + "a" * 59)),
            ("empty calendar", mutated(["calendar"], {})),
            ("calendar with a name only", mutated(["calendar"], {"name": "Chế độ báo cáo"})),
            ("calendar with no periods", mutated(["calendar", "periods"], [])),
            ("period of one day", mutated(["calendar", "periods", 1],
                                          {"id": "d", "window_from": "2023-06-10",
                                           "window_to": "2023-06-10"})),
        ]
        for name, document in cases:
            with self.subTest(case=name):
                errors = self.errors(document, self.format_validator)
                self.assertEqual(errors, [], self.describe(errors))

    def test_invalid_documents_are_rejected_at_their_path(self):
        for name, document, path in INVALID:
            with self.subTest(case=name):
                errors = self.errors(document)
                self.assertTrue(errors, "accepted")
                paths = [list(e.absolute_path) for e in errors]
                self.assertIn(path, paths, "reported elsewhere:\n" + self.describe(errors))

    def test_impossible_date_is_rejected_with_format_assertion(self):
        document = mutated(["tasks", 0, "completed"], "2023-02-31")
        self.assertEqual(self.errors(document), [],
                         "without format assertion only the pattern is checked")
        errors = self.errors(document, self.format_validator)
        self.assertIn(["tasks", 0, "completed"], [list(e.absolute_path) for e in errors])

    def test_impossible_period_date_is_rejected_with_format_assertion(self):
        document = mutated(["calendar", "periods", 0, "window_to"], "2023-02-29")
        self.assertEqual(self.errors(document), [])
        errors = self.errors(document, self.format_validator)
        self.assertIn(["calendar", "periods", 0, "window_to"],
                      [list(e.absolute_path) for e in errors])


if __name__ == "__main__":
    unittest.main(verbosity=2)
