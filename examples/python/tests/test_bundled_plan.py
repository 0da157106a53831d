"""The bundled 2023 plan (Sở LĐ-TB&XH Hải Dương) read through the binding."""

import os
import tempfile
import unittest

import cchc_test_support as support
import cchc


class BundledPlanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = support.bundled_json()
        cls.plan = cchc.Plan.load(cchc.bundled_plan_path())

    def test_loads_without_warnings(self):
        self.assertEqual(self.plan.warnings, [])

    def test_fifty_tasks_iterate(self):
        tasks = self.plan.tasks
        self.assertEqual(len(tasks), 50)
        self.assertEqual(sum(1 for _ in tasks), 50)
        self.assertEqual(len(list(tasks)), 50)
        self.assertEqual(tasks[-1].key, tasks[49].key)
        self.assertEqual([t.key for t in tasks[:3]], ["1.1", "1.2", "1.3"])
        with self.assertRaises(IndexError):
            tasks[50]

    def test_per_area_counts(self):
        counts = [self.plan.area_task_count(area) for area in cchc.Area]
        self.assertEqual(counts, [10, 11, 6, 5, 5, 6, 7])
        self.assertEqual([len(self.plan.tasks.in_area(a)) for a in cchc.Area], counts)
        self.assertEqual(self.plan.area_task_count(9), 0)

    def test_titles_and_fields_as_in_the_json_file(self):
        for task, expected in zip(self.plan.tasks, self.doc["tasks"]):
            with self.subTest(key=expected["key"]):
                self.assertIsInstance(task.title, str)
                self.assertEqual(task.title, expected["title"])
                self.assertEqual(task.key, expected["key"])
                self.assertEqual(task.id, expected["id"])
                self.assertEqual(task.area, expected["area"])
                self.assertIsInstance(task.area, cchc.Area)
                self.assertEqual(task.group, expected.get("group", ""))
                self.assertEqual(task.product, expected.get("product", ""))
                self.assertEqual(task.when, expected.get("when", ""))
                self.assertEqual(task.notes, expected.get("notes", ""))
                self.assertEqual(task.status_name, expected["status"])
                self.assertEqual(task.status.token, expected["status"])
                self.assertEqual(task.progress, expected["progress"])
                self.assertEqual(task.lead, expected.get("lead", []))
                self.assertEqual(task.coordinating, expected.get("coordinating", []))
                self.assertEqual(task.lead_mentions, expected.get("lead_mentions", []))
                self.assertEqual(task.coordinating_mentions,
                                 expected.get("coordinating_mentions", []))
                self.assertEqual(task.evidence, [])
                self.assertIs(task.plan, self.plan)

    def test_repeated_id_gets_a_distinct_key(self):
        self.assertEqual(self.plan.find_task("2.10#2").id, "2.10")
        self.assertIs(self.plan.find_task_by_id("2.10"), self.plan.find_task("2.10"))
        self.assertIsNone(self.plan.find_task("9.99"))

    def test_header_as_in_the_json_file(self):
        for field in ("number", "agency", "place", "issue_date_text", "title", "basis",
                      "purposes", "organisation", "signer", "signer_title", "recipients"):
            with self.subTest(field=field):
                self.assertEqual(getattr(self.plan, field), self.doc.get(field, ""))
        self.assertEqual(self.plan.year, 2023)
        self.assertEqual(self.plan.issue_date, self.doc.get("issue_date", ""))
        for area in cchc.Area:
            self.assertEqual(self.plan.area_text(area), self.doc["area_texts"][str(int(area))])
        self.assertEqual(self.plan.area_text(9), "")

    def test_units_as_in_the_json_file(self):
        units = self.plan.units
        self.assertEqual(len(units), len(self.doc["units"]))
        for unit, expected in zip(units, self.doc["units"]):
            with self.subTest(id=expected["id"]):
                self.assertEqual(unit.id, expected["id"])
                self.assertEqual(unit.name, expected["name"])
                self.assertEqual(unit.short_name, expected.get("short_name", ""))
                self.assertEqual(unit.kind.token, expected["kind"])
                self.assertEqual(unit.parent, expected.get("parent", ""))
                self.assertEqual(unit.aliases, expected.get("aliases", []))
                self.assertEqual(unit.is_internal, expected["kind"] != "external")
        self.assertEqual(self.plan.find_unit("van-phong").name, "Văn phòng Sở")
        self.assertIsNone(self.plan.find_unit("khong-co"))
        self.assertIn(self.plan.find_unit("van-phong"), units)
        self.assertEqual(units.index(self.plan.find_unit("van-phong")), 1)

    def test_ref_names(self):
        self.assertEqual(self.plan.ref_name("van-phong"), "Văn phòng")
        self.assertEqual(self.plan.ref_name("@internal"), "Các phòng, đơn vị thuộc Sở")
        self.assertTrue(self.plan.ref_is_valid("phong-ncc"))
        self.assertFalse(self.plan.ref_is_valid("phong-xyz"))

    def test_round_trip_dumps_equals_file_text(self):
        self.assertEqual(self.plan.dumps(), support.bundled_text())

    def test_round_trip_save_gives_same_bytes(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "plan.json")
            self.plan.save(path)
            with open(path, "rb") as f, open(cchc.bundled_plan_path(), "rb") as g:
                self.assertEqual(f.read(), g.read())

    def test_loads_from_str_and_bytes(self):
        text = support.bundled_text()
        from_text = cchc.Plan.loads(text)
        from_bytes = cchc.Plan.loads(text.encode("utf-8"), name="bundled.json")
        self.assertEqual(from_text.dumps(), text)
        self.assertEqual(from_bytes.dumps(), text)
        self.assertEqual(len(from_bytes.tasks), 50)


if __name__ == "__main__":
    unittest.main()
