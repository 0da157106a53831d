"""Loading broken documents: located errors, encodings, warnings."""

import json
import os
import tempfile
import unittest

import cchc_test_support as support
import cchc


class LoadErrorTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, name, data):
        path = os.path.join(self.folder.name, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def test_wrong_type_names_file_line_and_json_path(self):
        doc = support.bundled_json()
        doc["tasks"][3]["area"] = "hai"
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        path = self.write("broken-plan.json", text)
        # The line of the bad value, counted in the text we wrote.
        line = next(i for i, l in enumerate(text.split("\n"), 1) if '"hai"' in l)
        with self.assertRaises(cchc.CchcError) as caught:
            cchc.Plan.load(path)
        error = caught.exception
        self.assertIsInstance(error, cchc.FormatError)
        self.assertEqual(error.code, cchc.EFORMAT)
        self.assertEqual(error.name, "CCHC_EFORMAT")
        self.assertIn(path, str(error))
        self.assertIn("%s:%d:" % (path, line), error.message)
        self.assertIn("$.tasks[3].area", error.message)
        errors = [d for d in error.diagnostics if d.is_error]
        self.assertEqual(len(errors), 1)
        self.assertEqual(errors[0].file, path)
        self.assertEqual(errors[0].line, line)
        self.assertEqual(errors[0].path, "$.tasks[3].area")

    def test_syntax_error_names_file_and_line(self):
        path = self.write("syntax.json", '{\n  "format": "cchc-plan",\n  "version": 1,\n'
                                         '  "title": "Kế hoạch"\n  "year": 2023\n}\n')
        with self.assertRaises(cchc.ParseError) as caught:
            cchc.Plan.load(path)
        self.assertEqual(caught.exception.code, cchc.EPARSE)
        # The comma is missing between line 4 ("title") and line 5 ("year"):
        # the parser may point at the end of one or the start of the other.
        message = caught.exception.message
        self.assertTrue(message.startswith(path + ":"), message)
        line = int(message[len(path) + 1:].split(":")[0])
        self.assertIn(line, (4, 5), message)
        self.assertEqual(caught.exception.diagnostics[-1].line, line)

    def test_unknown_unit_reference_names_json_path(self):
        doc = support.bundled_json()
        doc["tasks"][7]["lead"] = ["phong-khong-co"]
        path = self.write("ref.json", json.dumps(doc, ensure_ascii=False, indent=2))
        with self.assertRaises(cchc.FormatError) as caught:
            cchc.Plan.load(path)
        self.assertIn("$.tasks[7].lead[0]", caught.exception.message)
        self.assertIn("phong-khong-co", caught.exception.message)

    def test_invalid_utf8_file_raises_eencoding(self):
        data = support.bundled_text().encode("utf-8").replace(
            "Hải Dương".encode("utf-8"), b"H\xe1i D\xff\xfeng", 1)
        path = self.write("latin.json", data)
        with self.assertRaises(cchc.CchcError) as caught:
            cchc.Plan.load(path)
        self.assertIsInstance(caught.exception, cchc.EncodingError)
        self.assertEqual(caught.exception.code, cchc.EENCODING)
        self.assertIn(path, caught.exception.message)

    def test_invalid_utf8_data_raises_eencoding(self):
        with self.assertRaises(cchc.EncodingError) as caught:
            cchc.Plan.loads(b'{"format": "cchc-plan", "version": 1, "title": "\xc3("}',
                            name="mem.json")
        self.assertEqual(caught.exception.code, cchc.EENCODING)
        self.assertTrue(caught.exception.message.startswith("mem.json:1:"))

    def test_unknown_keys_give_warnings(self):
        doc = json.loads(support.minimal(title="T"))
        doc["colour"] = "blue"
        doc["tasks"] = [{"area": 2, "id": "2.1", "title": "x", "priority": "high"}]
        path = self.write("extra.json", json.dumps(doc, indent=2))
        plan = cchc.Plan.load(path)
        self.assertEqual(plan.title, "T")
        self.assertEqual(len(plan.tasks), 1)
        paths = sorted(w.path for w in plan.warnings)
        self.assertEqual(paths, ["$.colour", "$.tasks[0].priority"])
        for warning in plan.warnings:
            self.assertIsInstance(warning, cchc.Diagnostic)
            self.assertEqual(warning.severity, cchc.Severity.WARNING)
            self.assertEqual(warning.code, "json.unknown-key")
            self.assertEqual(warning.file, path)
            self.assertGreater(warning.line, 0)
            self.assertIn("warning", str(warning))

    def test_repeated_member_is_an_error(self):
        text = '{\n  "format": "cchc-plan",\n  "version": 1,\n  "year": 2023,\n  "year": 2024\n}\n'
        with self.assertRaises(cchc.FormatError) as caught:
            cchc.Plan.loads(text, name="twice.json")
        self.assertTrue(caught.exception.message.startswith("twice.json:5:"),
                        caught.exception.message)
        self.assertIn("$.year", caught.exception.message)
        self.assertIn("json.duplicate", [d.code for d in caught.exception.diagnostics])

    def test_missing_file_raises_eio(self):
        path = os.path.join(self.folder.name, "absent.json")
        with self.assertRaises(cchc.CchcIOError) as caught:
            cchc.Plan.load(path)
        self.assertEqual(caught.exception.code, cchc.EIO)
        self.assertIn(path, caught.exception.message)

    def test_error_for_a_non_utf8_path_is_still_a_cchc_error(self):
        # POSIX paths are bytes; the C message quotes the path as given.
        path = os.path.join(os.fsencode(self.folder.name), b"k\xe1-ho\xffch.json")
        with self.assertRaises(cchc.CchcIOError) as caught:
            cchc.Plan.load(path)
        self.assertIn("\ufffd", caught.exception.message)
        self.assertIn(self.folder.name, caught.exception.message)
        with self.assertRaises(cchc.CchcIOError):
            cchc.Plan().save(os.path.join(path, b"x.json"))

    def test_newer_version_raises_eversion(self):
        with self.assertRaises(cchc.VersionError):
            cchc.Plan.loads('{"format": "cchc-plan", "version": 99}')

    def test_wrong_format_raises_eformat(self):
        with self.assertRaises(cchc.FormatError) as caught:
            cchc.Plan.loads('{"format": "cchc-scheme", "version": 1}')
        self.assertIn("$.format", caught.exception.message)

    def test_empty_document_raises_eparse(self):
        with self.assertRaises(cchc.ParseError):
            cchc.Plan.loads(b"")

    def test_save_to_missing_folder_raises_eio_and_names_path(self):
        path = os.path.join(self.folder.name, "no", "such", "plan.json")
        with self.assertRaises(cchc.CchcIOError) as caught:
            cchc.Plan().save(path)
        self.assertIn(path, caught.exception.message)


if __name__ == "__main__":
    unittest.main()
