"""Validation from Python: plan.validate(), Validator, the rule catalogue and
diagnostics written as text or JSON."""

import datetime
import gc
import io
import json
import os
import re
import tempfile
import unittest

import cchc_test_support as support
import cchc
from cchc import Severity

TODAY = "2023-12-31"
DOCS = os.path.join(support.HERE, os.pardir, os.pardir, os.pardir, "docs")


def bundled():
    return cchc.Plan.load(support.BUNDLED)


def done_task_plan(completed="2023-07-01"):
    """The bundled plan with task 3.2 done on @completed."""
    plan = bundled()
    task = plan.find_task("3.2")
    task.status = "done"
    task.progress = 100
    task.completed = completed
    return plan


class BundledPlanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = bundled()

    def test_no_error_and_the_second_2_10_is_found(self):
        diags = self.plan.validate(today=TODAY)
        self.assertIsInstance(diags, cchc.Diagnostics)
        self.assertFalse(diags.has_errors, diags.to_text())
        self.assertEqual(diags.count_severity(Severity.ERROR), 0)
        self.assertEqual(diags.errors, [])
        found = diags.with_code("task.duplicate-id")
        self.assertEqual(len(found), 1, diags.to_text())
        dup = found[0]
        self.assertIsInstance(dup, cchc.Diagnostic)
        self.assertEqual(dup.task_key, "2.10#2")
        self.assertEqual(dup.task_id, "2.10")
        self.assertEqual(dup.field, "id")
        self.assertEqual(dup.severity, Severity.WARNING)
        self.assertTrue(dup.is_warning)
        self.assertIn("2.10", dup.message)
        self.assertTrue(dup.message_vi)
        self.assertNotEqual(dup.message_vi, dup.message)
        self.assertIn("[task.duplicate-id]", str(dup))
        self.assertIn("2.10#2", str(dup))

    def test_defaults_without_arguments(self):
        # cchc_plan_validate(): today is the current date; the bundled plan
        # has no completion dates, so the findings are the same.
        self.assertEqual(self.plan.validate(), self.plan.validate(today=TODAY))
        self.assertIn("task.duplicate-id", self.plan.validate().codes())

    def test_validation_only_reads_the_plan(self):
        before = self.plan.dumpb()
        self.plan.validate(today=TODAY, severities={"task.duplicate-id": "error"})
        self.assertEqual(self.plan.dumpb(), before)

    def test_a_rule_switched_off_is_silent(self):
        for disable in ("task.duplicate-id", ["task.duplicate-id"],
                        ("task.duplicate-id", "task.empty-product"),
                        (c for c in ["task.duplicate-id"])):
            with self.subTest(disable=disable):
                diags = self.plan.validate(today=TODAY, disable=disable)
                self.assertNotIn("task.duplicate-id", diags.codes())
        # Another rule switched off leaves it.
        diags = self.plan.validate(today=TODAY, disable="task.empty-product")
        self.assertIn("task.duplicate-id", diags.codes())

    def test_a_severity_change_shows(self):
        for severity in (Severity.ERROR, "error", 1):
            with self.subTest(severity=severity):
                diags = self.plan.validate(today=TODAY,
                                           severities={"task.duplicate-id": severity})
                dup = diags.with_code("task.duplicate-id")
                self.assertEqual([d.severity for d in dup], [Severity.ERROR])
                self.assertTrue(dup[0].is_error)
                self.assertTrue(diags.has_errors)
                self.assertIn(": error: ", str(dup[0]))
                self.assertIn("1 errors, 0 warnings", diags.to_text())
        diags = self.plan.validate(today=TODAY, severities={"task.duplicate-id": "info"})
        self.assertEqual(diags.with_code("task.duplicate-id")[0].severity, Severity.INFO)
        self.assertEqual(len(diags.notes), 1)
        self.assertEqual(diags.warnings, [])

    def test_unknown_rule_and_bad_choices(self):
        with self.assertRaises(cchc.NotFoundError) as caught:
            self.plan.validate(disable=["task.no-such-rule"])
        self.assertIn("task.no-such-rule", caught.exception.message)
        with self.assertRaises(cchc.NotFoundError):
            self.plan.validate(severities={"no.rule": "error"})
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.validate(severities={"task.duplicate-id": "fatal"})
        with self.assertRaises(cchc.InvalidArgumentError):  # C refuses the number
            self.plan.validate(severities={"task.duplicate-id": 9})
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.validate(today="2023-02-30")
        with self.assertRaises(TypeError):
            self.plan.validate(today=20231231)
        with self.assertRaises(TypeError):
            self.plan.validate(severities=[("task.duplicate-id", "error")])
        with self.assertRaises(TypeError):
            self.plan.validate(disable=3)


class RuleTest(unittest.TestCase):
    def test_today_decides_completed_in_future(self):
        plan = done_task_plan("2023-07-01")
        diags = plan.validate(today="2023-06-30")
        found = diags.with_code("task.completed-in-future")
        self.assertEqual(len(found), 1, diags.to_text())
        self.assertEqual(found[0].task_key, "3.2")
        self.assertEqual(found[0].field, "completed")
        self.assertEqual(found[0].severity, Severity.ERROR)
        self.assertTrue(diags.has_errors)
        for today in ("2023-07-01", datetime.date(2023, 12, 31),
                      datetime.datetime(2023, 8, 1, 9, 30)):
            with self.subTest(today=today):
                self.assertEqual(plan.validate(today=today).with_code(
                    "task.completed-in-future"), [])

    def test_rules_on_a_built_plan(self):
        plan = cchc.Plan()
        plan.add_unit(cchc.Unit("van-phong", "Văn phòng Sở", "office"))
        plan.add_task(cchc.Task("4.7", cchc.Area.PROCEDURES, "Rà soát TTHC",
                                lead=["van-phong"], coordinating=["van-phong"]))
        plan.add_task(cchc.Task("3.1", cchc.Area.PROCEDURES, "Công bố TTHC",
                                product="Quyết định", when="Quý V/2023"))
        self.assertIn("plan.no-year", plan.validate(today=TODAY).codes())
        plan.year = 2023
        diags = plan.validate(today=TODAY)
        codes = set(diags.codes())
        self.assertNotIn("plan.no-year", codes)
        for code in ("plan.area-without-tasks", "task.id-area-mismatch",
                     "task.empty-product", "task.no-lead", "task.lead-also-coordinating",
                     "task.unparsed-time"):
            self.assertIn(code, codes, diags.to_text())
        self.assertEqual(diags.with_code("task.unparsed-time")[0].field, "when")
        mismatch = diags.with_code("task.id-area-mismatch")[0]
        self.assertEqual((mismatch.task_key, mismatch.task_id), ("4.7", "4.7"))
        self.assertEqual(diags.with_code("task.no-lead")[0].task_key, "3.1")
        self.assertEqual(len(diags.with_code("plan.area-without-tasks")), 6)


class ValidatorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = bundled()

    def test_choices_and_run(self):
        v = cchc.Validator()
        self.assertIsNone(v.today)
        self.assertTrue(v.is_enabled("task.duplicate-id"))
        self.assertEqual(v.severity("task.duplicate-id"), Severity.WARNING)
        self.assertEqual(v.run(self.plan).codes(), ["task.duplicate-id"])

        v.disable("task.duplicate-id")
        self.assertFalse(v.is_enabled("task.duplicate-id"))
        self.assertEqual(v.disabled, ["task.duplicate-id"])
        self.assertEqual(list(v.run(self.plan)), [])
        v.enable("task.duplicate-id")
        self.assertEqual(v.disabled, [])
        self.assertEqual(len(v.run(self.plan)), 1)
        v.set_enabled("task.duplicate-id", False)
        self.assertEqual(len(v.run(self.plan)), 0)
        v.set_enabled("task.duplicate-id")

        v.set_severity("task.duplicate-id", "error")
        self.assertEqual(v.severity("task.duplicate-id"), Severity.ERROR)
        self.assertEqual(v.run(self.plan)[0].severity, Severity.ERROR)
        # The catalogue's default is unchanged.
        self.assertEqual(cchc.Validator().severity("task.duplicate-id"), Severity.WARNING)

    def test_today(self):
        plan = done_task_plan("2023-07-01")
        v = cchc.Validator(today="2023-06-30")
        self.assertEqual(v.today, datetime.date(2023, 6, 30))
        self.assertIn("task.completed-in-future", v.run(plan).codes())
        v.today = datetime.date(2023, 12, 31)
        self.assertEqual(v.today, datetime.date(2023, 12, 31))
        self.assertNotIn("task.completed-in-future", v.run(plan).codes())
        v.today = None
        self.assertIsNone(v.today)
        v.today = "2023-01-02"
        v.today = ""
        self.assertIsNone(v.today)
        with self.assertRaises(cchc.InvalidArgumentError):
            v.today = "31/12/2023"
        self.assertIsNone(v.today)  # unchanged by the refused value

    def test_constructor_takes_the_choices_of_validate(self):
        v = cchc.Validator(today=TODAY, disable=["task.empty-product"],
                           severities={"task.duplicate-id": Severity.INFO})
        self.assertFalse(v.is_enabled("task.empty-product"))
        self.assertEqual(v.run(self.plan),
                         self.plan.validate(today=TODAY, disable="task.empty-product",
                                            severities={"task.duplicate-id": "info"}))
        self.assertIn("today=2023-12-31", repr(v))

    def test_unknown_rule_raises_not_found(self):
        v = cchc.Validator()
        for call in (lambda: v.disable("x.y"), lambda: v.enable("x.y"),
                     lambda: v.set_severity("x.y", "error"), lambda: v.is_enabled("x.y"),
                     lambda: v.severity("x.y")):
            with self.assertRaises(cchc.NotFoundError):
                call()
        with self.assertRaises(cchc.InvalidArgumentError):
            v.set_severity("task.duplicate-id", "fatal")
        with self.assertRaises(cchc.InvalidArgumentError):
            v.set_severity("task.duplicate-id", 0)
        self.assertEqual(v.severity("task.duplicate-id"), Severity.WARNING)

    def test_run_takes_a_plan(self):
        with self.assertRaises(TypeError):
            cchc.Validator().run("plan.json")
        with self.assertRaises(TypeError):
            cchc.Validator().run(self.plan, into=[])

    def test_validator_is_freed_once(self):
        v = cchc.Validator(today=TODAY)
        diags = v.run(self.plan)
        del v
        gc.collect()
        self.assertEqual(diags.codes(), ["task.duplicate-id"])


class CatalogueTest(unittest.TestCase):
    def test_validation_rules(self):
        rules = cchc.validation_rules()
        self.assertGreaterEqual(len(rules), 19)
        codes = [r.code for r in rules]
        self.assertEqual(len(codes), len(set(codes)))
        for rule in rules:
            code, severity, summary = rule
            self.assertIsInstance(rule, cchc.ValidationRule)
            self.assertRegex(code, r"^[a-z]+\.[a-z-]+$")
            self.assertIsInstance(severity, Severity)
            self.assertTrue(summary)
            self.assertEqual(cchc.Validator().severity(code), severity)
        self.assertIn(("task.duplicate-id", Severity.WARNING, "two tasks are numbered alike"),
                      rules)
        self.assertEqual(dict((r.code, r.severity) for r in rules)["task.completed-in-future"],
                         Severity.ERROR)

    def test_every_rule_is_documented_with_its_default(self):
        with open(os.path.join(DOCS, "validation.md"), encoding="utf-8") as f:
            table = dict(re.findall(r"^\| `([a-z]+\.[a-z-]+)` \| (error|warning|info) \|",
                                    f.read(), re.M))
        self.assertEqual({r.code: r.severity.token for r in cchc.validation_rules()}, table)


class DiagnosticsOutputTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = bundled()
        cls.diags = done_task_plan("2023-07-01").validate(today="2023-06-30")

    def test_json_parses_and_holds_every_field(self):
        doc = json.loads(self.diags.to_json())
        self.assertEqual((doc["format"], doc["version"]), ("cchc-diagnostics", 1))
        self.assertEqual([e["code"] for e in doc["diagnostics"]], self.diags.codes())
        self.assertIn("task.duplicate-id", [e["code"] for e in doc["diagnostics"]])
        self.assertIn("task.completed-in-future", [e["code"] for e in doc["diagnostics"]])
        self.assertEqual((doc["errors"], doc["warnings"], doc["notes"]),
                         tuple(self.diags.count_severity(s) for s in Severity))
        for entry, diag in zip(doc["diagnostics"], self.diags):
            self.assertEqual(entry["severity"], diag.severity.token)
            self.assertEqual(entry["message"], diag.message)
            self.assertEqual(entry["message_vi"], diag.message_vi)
            self.assertEqual(entry["task_key"], diag.task_key)
            self.assertEqual(entry["field"], diag.field)
        self.assertEqual(json.loads(self.diags.write("json")), doc)
        self.assertEqual(json.loads(self.diags.writeb(cchc.OutputFormat.JSON)), doc)

    def test_text_in_english_and_in_vietnamese(self):
        english = self.diags.to_text()
        vietnamese = self.diags.to_text(vietnamese=True)
        lines = english.splitlines()
        self.assertEqual(lines[:-1], [d.text for d in self.diags])
        self.assertEqual(lines[-1], "1 errors, 1 warnings, 0 notes")
        self.assertEqual(str(self.diags), english)
        for diag in self.diags:
            self.assertNotEqual(diag.message_vi, diag.message)
            self.assertIn(diag.message, english)
            self.assertNotIn(diag.message_vi, english)
            self.assertIn(diag.message_vi, vietnamese)
            self.assertNotIn(diag.message, vietnamese)
        self.assertIn("Số thứ tự 2.10", vietnamese)
        self.assertEqual(len(vietnamese.splitlines()), len(lines))

    def test_other_formats_are_refused(self):
        with self.assertRaises(cchc.InvalidArgumentError):  # by C
            self.diags.write("csv")
        with self.assertRaises(cchc.InvalidArgumentError):  # by the binding
            self.diags.write("yaml")

    def test_write_diagnostics_helper(self):
        text = cchc.write_diagnostics(self.diags)
        self.assertEqual(text, self.diags.to_text())
        self.assertEqual(cchc.write_diagnostics(self.diags, vietnamese=True),
                         self.diags.to_text(vietnamese=True))
        stream = io.StringIO()
        self.assertEqual(cchc.write_diagnostics(self.diags, stream, format="json"),
                         stream.getvalue())
        self.assertEqual(json.loads(stream.getvalue())["format"], "cchc-diagnostics")
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "kiểm-tra.json")
            cchc.write_diagnostics(self.diags, path, "json")
            with open(path, encoding="utf-8") as f:
                self.assertEqual(json.load(f)["errors"], 1)
            path = os.path.join(folder, "kiểm-tra.txt")
            cchc.write_diagnostics(self.diags, path, vietnamese=True)
            with open(path, encoding="utf-8") as f:
                self.assertIn("Số thứ tự 2.10", f.read())
        with self.assertRaises(TypeError):
            cchc.write_diagnostics(list(self.diags))
        self.assertEqual(cchc.write_diagnostics([]), "0 errors, 0 warnings, 0 notes\n")

    def test_write_diagnostics_of_an_error(self):
        with self.assertRaises(cchc.CchcError) as caught:
            cchc.Plan.loads('{"format": "cchc-plan", "version": 1, "year": "x"}',
                            name="y.json")
        doc = json.loads(cchc.write_diagnostics(caught.exception, format="json"))
        self.assertEqual(doc["errors"], 1)
        self.assertEqual(doc["diagnostics"][0]["file"], "y.json")


class DiagnosticsObjectTest(unittest.TestCase):
    def test_sequence(self):
        diags = done_task_plan().validate(today="2023-06-30")
        self.assertEqual(len(diags), 2)
        self.assertIs(diags[0], diags[-2])
        self.assertEqual(diags[:], list(diags))
        self.assertEqual(diags, list(diags))
        self.assertEqual(diags, tuple(diags))
        self.assertNotEqual(diags, [])
        self.assertTrue(diags)
        self.assertIn(diags[1], diags)
        self.assertEqual(diags.index(diags[1]), 1)
        with self.assertRaises(IndexError):
            diags[2]
        with self.assertRaises(TypeError):
            hash(diags)
        self.assertIn("1 errors, 1 warnings, 0 notes", repr(diags))

    def test_empty_and_add(self):
        diags = cchc.Diagnostics()
        self.assertEqual(diags, [])
        self.assertFalse(diags)
        added = diags.add("warning", "mycheck.missing-owner", "no owner for task 1.1")
        self.assertEqual(added.code, "mycheck.missing-owner")
        self.assertEqual(added.severity, Severity.WARNING)
        self.assertEqual(added.message_vi, added.message)  # no Vietnamese given
        self.assertEqual(diags.codes(), ["mycheck.missing-owner"])
        with self.assertRaises(cchc.InvalidArgumentError):
            diags.add("warning", "bad code!", "x")
        with self.assertRaises(cchc.InvalidArgumentError):
            diags.add("warning", "x.y", "")
        with self.assertRaises(cchc.InvalidArgumentError):
            diags.add("fatal", "x.y", "z")
        # Findings go after what the list holds.
        result = bundled().validate(today=TODAY, into=diags)
        self.assertIs(result, diags)
        self.assertEqual(diags.codes(), ["mycheck.missing-owner", "task.duplicate-id"])
        self.assertIn("mycheck.missing-owner", [e["code"] for e in
                                                json.loads(diags.to_json())["diagnostics"]])
        diags.clear()
        self.assertEqual(len(diags), 0)
        self.assertEqual(diags.codes(), [])

    def test_diagnostics_outlive_the_plan(self):
        diags = bundled().validate(today=TODAY)
        gc.collect()
        self.assertEqual(diags[0].task_key, "2.10#2")
        self.assertIn("2.10#2", diags.to_text())

    def test_loaded_plan_has_its_warnings_as_diagnostics(self):
        plan = cchc.Plan.loads(support.minimal(colour="blue"), name="c.json")
        self.assertIsInstance(plan.diagnostics, cchc.Diagnostics)
        self.assertIs(plan.warnings, plan.diagnostics)
        self.assertEqual(plan.diagnostics.codes(), ["json.unknown-key"])
        self.assertIn("c.json:", plan.diagnostics.to_text())
        self.assertEqual(cchc.Plan().diagnostics, [])


if __name__ == "__main__":
    unittest.main()
