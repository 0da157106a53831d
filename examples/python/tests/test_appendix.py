"""Importing the appendix table (phụ lục) from Python: Plan.import_appendix()."""

import gc
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import unittest

import cchc_test_support as support
import cchc
from cchc import Severity

#: The seed's appendix, cut out of the seed file as it stands (repository
#: root/tests/data/appendix, found from this file's location).
APPENDIX_DIR = os.path.normpath(os.path.join(support.HERE, os.pardir, os.pardir, os.pardir,
                                             "tests", "data", "appendix"))
SEED = os.path.join(APPENDIX_DIR, "seed-2023-appendix.tsv")
if not os.path.isfile(SEED):
    raise RuntimeError("the seed's appendix %s does not exist: the tests run from the "
                       "libcchc source tree" % SEED)

#: What the import must reproduce of each bundled task.
FIELDS = ("id", "area", "title", "product", "lead", "coordinating", "when")
#: What docs/appendix-import.md says it reproduces besides.
MORE_FIELDS = ("key", "group", "lead_mentions", "coordinating_mentions")


def read_seed():
    with open(SEED, "rb") as f:
        return f.read()


def facts(plan, fields):
    return [tuple(getattr(task, f) for f in fields) for task in plan.tasks]


class SeedImportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.registry = cchc.Plan.load(support.BUNDLED)
        cls.plan = cchc.Plan.import_appendix(SEED, units=cls.registry)

    def test_fifty_tasks_equal_to_the_bundled_plan(self):
        self.assertIsInstance(self.plan, cchc.Plan)
        self.assertEqual(len(self.plan.tasks), 50)
        imported = facts(self.plan, FIELDS)
        bundled = facts(self.registry, FIELDS)
        for got, want in zip(imported, bundled):
            with self.subTest(task=want[0]):
                self.assertEqual(dict(zip(FIELDS, got)), dict(zip(FIELDS, want)))
        self.assertEqual(imported, bundled)

    def test_keys_groups_and_mentions_too(self):
        self.assertEqual(facts(self.plan, MORE_FIELDS), facts(self.registry, MORE_FIELDS))
        self.assertEqual(self.plan.tasks.keys().count("2.10#2"), 1)

    def test_registry_gives_units_and_year(self):
        self.assertEqual(self.plan.year, 2023)
        self.assertEqual(self.plan.units.ids(), self.registry.units.ids())
        self.assertEqual(self.plan.calendar.periods.ids(), self.registry.calendar.periods.ids())
        self.assertIsNot(self.plan, self.registry)
        self.assertEqual(len(self.registry.tasks), 50)  # the registry is only read

    def test_only_notes(self):
        diags = self.plan.diagnostics
        self.assertIsInstance(diags, cchc.Diagnostics)
        self.assertIs(self.plan.warnings, diags)
        self.assertEqual(diags.errors, [], diags.to_text())
        self.assertEqual(diags.warnings, [], diags.to_text())
        self.assertTrue(diags.notes)
        self.assertLessEqual(set(diags.codes()), {"appendix.preamble", "appendix.repeated-header",
                                                  "appendix.qualified-unit"})
        self.assertIn("appendix.repeated-header", diags.codes())
        for diag in diags:
            self.assertEqual(diag.file, SEED)
            self.assertGreater(diag.line, 0)
        qualified = diags.with_code("appendix.qualified-unit")
        self.assertEqual([d.task_id for d in qualified], ["7.7"])
        self.assertGreater(qualified[0].column, 0)

    def test_validation_after_import_finds_the_duplicate(self):
        plan = cchc.Plan.import_appendix(SEED, units=self.registry)
        before = len(plan.diagnostics)
        plan.validate(today="2023-12-31", into=plan.diagnostics)
        added = plan.diagnostics[before:]
        self.assertEqual([(d.code, d.task_key) for d in added],
                         [("task.duplicate-id", "2.10#2")])
        self.assertFalse(plan.diagnostics.has_errors)

    def test_json_and_vietnamese_output(self):
        diags = self.plan.diagnostics
        doc = json.loads(diags.to_json())
        self.assertEqual(doc["format"], "cchc-diagnostics")
        self.assertEqual([e["code"] for e in doc["diagnostics"]], diags.codes())
        self.assertIn("appendix.repeated-header", [e["code"] for e in doc["diagnostics"]])
        self.assertEqual([e["line"] for e in doc["diagnostics"]], [d.line for d in diags])
        vietnamese = diags.to_text(vietnamese=True)
        for diag in diags:
            self.assertIn(diag.message_vi, vietnamese)
        self.assertIn("Dòng tiêu đề lặp lại", vietnamese)
        self.assertNotIn("a repeated header row", vietnamese)
        self.assertIn("a repeated header row", diags.to_text())

    def test_the_imported_plan_outlives_the_registry(self):
        registry = cchc.Plan.load(support.BUNDLED)
        plan = cchc.Plan.import_appendix(SEED, units=registry)
        del registry
        gc.collect()
        self.assertEqual(plan.find_task("1.1").lead, ["van-phong"])
        self.assertEqual(plan.ref_name("van-phong"), "Văn phòng")


class SourceFormsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.registry = cchc.Plan.load(support.BUNDLED)
        cls.want = facts(cls.registry, FIELDS)

    def test_path_str_pathlike_text_and_bytes(self):
        data = read_seed()
        for source in (SEED, pathlib.Path(SEED), data, bytearray(data), memoryview(data),
                       data.decode("utf-8")):
            with self.subTest(source=type(source).__name__):
                plan = cchc.Plan.import_appendix(source, units=self.registry)
                self.assertEqual(facts(plan, FIELDS), self.want)

    def test_name_stands_for_contents(self):
        plan = cchc.Plan.import_appendix(read_seed(), units=self.registry, name="phu-luc.tsv")
        self.assertEqual({d.file for d in plan.diagnostics}, {"phu-luc.tsv"})
        self.assertTrue(plan.diagnostics[0].text.startswith("phu-luc.tsv:"))
        plan = cchc.Plan.import_appendix(read_seed().decode("utf-8"), units=self.registry)
        self.assertEqual({d.file for d in plan.diagnostics}, {"<data>"})
        with self.assertRaises(cchc.InvalidArgumentError):  # a file is named by its path
            cchc.Plan.import_appendix(SEED, name="other.tsv")

    def test_csv_and_shuffled_columns(self):
        for name in ("seed-2023-appendix.csv", "seed-2023-shuffled.tsv"):
            with self.subTest(table=name):
                plan = cchc.Plan.import_appendix(os.path.join(APPENDIX_DIR, name),
                                                 units=self.registry)
                self.assertEqual(facts(plan, FIELDS), self.want)
                self.assertEqual(plan.diagnostics.count_severity("error"), 0)

    def test_missing_column_is_a_warning(self):
        plan = cchc.Plan.import_appendix(os.path.join(APPENDIX_DIR, "seed-2023-no-product.tsv"),
                                         units=self.registry)
        self.assertEqual(len(plan.tasks), 50)
        self.assertEqual([d.code for d in plan.diagnostics.warnings], ["appendix.missing-column"])
        self.assertEqual({t.product for t in plan.tasks}, {""})

    def test_wrong_argument_types(self):
        with self.assertRaises(TypeError):
            cchc.Plan.import_appendix(SEED, units=self.registry.units)
        with self.assertRaises(TypeError):
            cchc.Plan.import_appendix(SEED, units=SEED)
        with self.assertRaises(TypeError):
            cchc.Plan.import_appendix(42)
        with self.assertRaises(cchc.InvalidArgumentError):
            cchc.Plan.import_appendix(read_seed(), name="a\0b")


class WithoutRegistryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = cchc.Plan.import_appendix(SEED)

    def test_units_are_created_with_notes(self):
        plan = self.plan
        self.assertEqual(len(plan.tasks), 50)
        self.assertEqual(plan.year, 2023)  # the year written most often
        created = plan.diagnostics.with_code("appendix.unit-created")
        self.assertTrue(created, plan.diagnostics.to_text())
        self.assertEqual(len(created), len(plan.units))
        for diag in created:
            self.assertEqual(diag.severity, Severity.INFO)
            self.assertGreater(diag.line, 0)
            self.assertTrue(diag.task_id)
        for unit in plan.units:
            self.assertRegex(unit.id, r"^[a-z0-9-]+$")
            self.assertTrue(any('"%s"' % unit.name in d.message for d in created), unit.name)
        self.assertEqual(plan.diagnostics.errors, [])

    def test_every_task_names_units_of_the_plan(self):
        for task in self.plan.tasks:
            with self.subTest(task=task.key):
                self.assertTrue(task.lead or task.lead_mentions)
                for ref in task.lead + task.coordinating:
                    self.assertTrue(self.plan.ref_is_valid(ref), ref)
        self.assertEqual(self.plan.find_task("1.1").lead, ["van-phong"])
        self.assertEqual(self.plan.find_unit("van-phong").kind, cchc.UnitKind.OFFICE)

    def test_same_tasks_as_with_registry_but_for_units(self):
        registry = cchc.Plan.load(support.BUNDLED)
        text_fields = ("id", "area", "title", "product", "when")
        self.assertEqual(facts(self.plan, text_fields), facts(registry, text_fields))


class BrokenInputTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def broken_seed(self):
        """The seed with a Latin-1 "à" in its first "Văn phòng"; and where it is."""
        data = read_seed()
        bad = data.replace("Văn phòng".encode("utf-8"), b"V\xe0n ph\xf2ng", 1)
        offset = bad.index(b"\xe0")
        line = bad.count(b"\n", 0, offset) + 1
        start = bad.rfind(b"\n", 0, offset) + 1
        column = len(bad[start:offset].decode("utf-8")) + 1
        return bad, line, column

    def test_broken_utf8_raises_encoding_error_with_line_and_column(self):
        bad, line, column = self.broken_seed()
        with self.assertRaises(cchc.EncodingError) as caught:
            cchc.Plan.import_appendix(bad, name="hong.tsv")
        error = caught.exception
        self.assertIsInstance(error, cchc.CchcError)
        self.assertIsInstance(error, ValueError)
        self.assertEqual(error.code, cchc.EENCODING)
        self.assertIn("hong.tsv:%d:%d:" % (line, column), error.message)
        self.assertIn("0xE0", error.message)
        self.assertIsInstance(error.diagnostics, cchc.Diagnostics)
        self.assertEqual(error.diagnostics.codes(), ["appendix.encoding"])
        diag = error.diagnostics[0]
        self.assertEqual((diag.file, diag.line, diag.column), ("hong.tsv", line, column))
        self.assertTrue(diag.is_error)
        doc = json.loads(cchc.write_diagnostics(error, format="json"))
        self.assertEqual(doc["diagnostics"][0]["code"], "appendix.encoding")
        self.assertEqual(doc["diagnostics"][0]["column"], column)

    def test_broken_utf8_file_names_the_path(self):
        bad, line, column = self.broken_seed()
        path = os.path.join(self.folder.name, "phu-luc.tsv")
        with open(path, "wb") as f:
            f.write(bad)
        with self.assertRaises(cchc.EncodingError) as caught:
            cchc.Plan.import_appendix(path, units=cchc.Plan.load(support.BUNDLED))
        self.assertIn("%s:%d:%d:" % (path, line, column), caught.exception.message)
        self.assertEqual(caught.exception.diagnostics[0].file, path)

    def test_text_with_surrogate_escapes_is_checked_by_c(self):
        text = read_seed().decode("utf-8").replace("Văn phòng", "V\udce0n", 1)
        with self.assertRaises(cchc.EncodingError):
            cchc.Plan.import_appendix(text)

    def test_empty_input_raises_parse_error(self):
        path = os.path.join(self.folder.name, "rong.tsv")
        open(path, "wb").close()
        for source in ("", b"", "\n\n", path):
            with self.subTest(source=source):
                with self.assertRaises(cchc.ParseError) as caught:
                    cchc.Plan.import_appendix(source)
                self.assertEqual(caught.exception.code, cchc.EPARSE)
                self.assertIn("no header row", caught.exception.message)
                self.assertEqual(caught.exception.diagnostics.codes(), ["appendix.no-header"])

    def test_table_without_header_raises_parse_error(self):
        with self.assertRaises(cchc.ParseError):
            cchc.Plan.import_appendix("a\tb\tc\n1\t2\t3\n", name="x.tsv")

    def test_missing_file_raises_io_error(self):
        path = os.path.join(self.folder.name, "khong-co.tsv")
        with self.assertRaises(cchc.CchcIOError) as caught:
            cchc.Plan.import_appendix(path)
        self.assertIn(path, caught.exception.message)
        self.assertEqual(caught.exception.diagnostics.codes(), ["file.read"])


class LifetimeTest(unittest.TestCase):
    def test_imports_validators_and_diagnostics_alive_at_interpreter_exit(self):
        # Module globals are torn down at exit; __del__ must not fail then.
        code = textwrap.dedent("""
            import sys
            import cchc
            registry = cchc.Plan.load(cchc.bundled_plan_path())
            plan = cchc.Plan.import_appendix(sys.argv[1], units=registry)
            validator = cchc.Validator(today="2023-12-31", disable="task.empty-product")
            found = validator.run(plan, into=plan.diagnostics)
            try:
                cchc.Plan.import_appendix(b"")
            except cchc.ParseError as e:
                error = e
            own = cchc.Diagnostics()
            own.add("info", "x.y", "z")
            cycle = [plan, registry, validator, found, error, own]
            cycle.append(cycle)
            print(len(plan.tasks), found.codes()[-1], error.diagnostics.codes()[0])
        """)
        result = subprocess.run([sys.executable, "-c", code, SEED], env=support.child_env(),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.split(), ["50", "task.duplicate-id", "appendix.no-header"])

    def test_many_imports_collected_in_random_order(self):
        import random
        rng = random.Random(20231231)
        data = read_seed()
        registry = cchc.Plan.load(support.BUNDLED)
        objects = []
        for _ in range(8):
            plan = cchc.Plan.import_appendix(data, units=rng.choice([registry, None]))
            objects += [plan, plan.diagnostics, plan.tasks[rng.randrange(50)],
                        plan.validate(today="2023-12-31"), cchc.Validator()]
            del plan
        del registry
        rng.shuffle(objects)
        while objects:
            obj = objects.pop(rng.randrange(len(objects)))
            if isinstance(obj, cchc.Diagnostics):
                self.assertIn("notes", obj.to_text())
            elif isinstance(obj, cchc.Task):
                self.assertTrue(obj.title)
            del obj
            if rng.random() < 0.3:
                gc.collect()
        gc.collect()


if __name__ == "__main__":
    unittest.main()
