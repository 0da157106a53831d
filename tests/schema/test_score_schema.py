#!/usr/bin/env python3
"""Checks docs/schema/cchc-scheme.schema.json and cchc-scorecard.schema.json.

- both are valid JSON Schemas (draft 2020-12);
- the bundled sample scheme and scorecards, and the test fixtures, validate;
- documents that libcchc refuses at load are rejected at the right JSON path
  (negative counts, a rate above 100 %, a ratio without its denominator,
  three-decimal maxima, a rate band without its edges' inclusiveness).

Paths come from the environment as CTest would set them (CCHC_SCHEMA_DIR,
CCHC_DATA_DIR, CCHC_TEST_DATA_DIR), else relative to the source tree. The test
fails — it is not skipped — when the module jsonschema is missing.

SPDX-License-Identifier: MIT
"""
import copy
import glob
import json
import os
import unittest

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError as error:  # a failure below, never a skip
    Draft202012Validator = None
    IMPORT_ERROR = error
else:
    IMPORT_ERROR = None

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMA_DIR = os.environ.get("CCHC_SCHEMA_DIR") or os.path.join(ROOT, "docs", "schema")
DATA_DIR = os.environ.get("CCHC_DATA_DIR") or os.path.join(ROOT, "examples", "data")
TEST_DATA_DIR = os.environ.get("CCHC_TEST_DATA_DIR") or os.path.join(ROOT, "tests", "data")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validator(name):
    schema = load(os.path.join(SCHEMA_DIR, name))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def error_paths(v, document):
    return ["$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
            for e in v.iter_errors(document)]


class ScoreSchemaTest(unittest.TestCase):
    def setUp(self):
        self.assertIsNone(IMPORT_ERROR, "install python3-jsonschema")
        self.scheme = validator("cchc-scheme.schema.json")
        self.card = validator("cchc-scorecard.schema.json")

    def test_bundled_and_fixture_documents_validate(self):
        schemes = glob.glob(os.path.join(DATA_DIR, "scheme-*.json")) + [
            os.path.join(TEST_DATA_DIR, "score", "small-scheme.json")]
        cards = glob.glob(os.path.join(DATA_DIR, "scorecard-*.json")) + [
            os.path.join(TEST_DATA_DIR, "score", "small-card.json")]
        self.assertGreaterEqual(len(schemes), 2)
        self.assertGreaterEqual(len(cards), 7)
        for path in schemes:
            self.assertEqual(error_paths(self.scheme, load(path)), [], path)
        for path in cards:
            self.assertEqual(error_paths(self.card, load(path)), [], path)

    def test_refused_scorecards_are_rejected_at_their_path(self):
        base = load(os.path.join(TEST_DATA_DIR, "score", "small-card.json"))
        cases = [
            (lambda d: d["entries"][5]["self"].update(count=-2), "$.entries[5].self.count"),
            (lambda d: d["entries"][8]["self"]["answers"].update(B=-1),
             "$.entries[8].self.answers.B"),
            (lambda d: d["entries"][3]["self"].pop("denominator"), "$.entries[3].self"),
            (lambda d: d["entries"][0]["self"].update(points=-1), "$.entries[0].self.points"),
            (lambda d: d["entries"][0].update(colour="red"), "$.entries[0]"),
        ]
        for change, path in cases:
            doc = copy.deepcopy(base)
            change(doc)
            self.assertIn(path, error_paths(self.card, doc))

    def test_refused_schemes_are_rejected_at_their_path(self):
        base = load(os.path.join(TEST_DATA_DIR, "score", "small-scheme.json"))
        doc = copy.deepcopy(base)
        doc["nodes"][0]["maximum"] = 10.005
        self.assertIn("$.nodes[0].maximum", error_paths(self.scheme, doc))
        doc = copy.deepcopy(base)
        del doc["nodes"][0]["children"][3]["rule"]["bands"][0]["lower_inclusive"]
        self.assertIn("$.nodes[0].children[3].rule.bands[0]", error_paths(self.scheme, doc))
        doc = copy.deepcopy(base)
        doc["nodes"][0]["children"][0]["code"] = "1.01"
        self.assertIn("$.nodes[0].children[0].code", error_paths(self.scheme, doc))
        doc = copy.deepcopy(base)
        doc["nodes"][0]["children"][0]["rule"]["kind"] = "lottery"
        self.assertIn("$.nodes[0].children[0].rule.kind", error_paths(self.scheme, doc))


if __name__ == "__main__":
    unittest.main()
