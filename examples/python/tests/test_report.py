"""Periodic reports and their exports (progress.h, export.h)."""

import csv
import gc
import io
import json
import re
import unittest
import weakref
from datetime import date

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import OutputFormat, Plan, Report, Status, TaskState

AS_OF = date(2023, 4, 1)


class ReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = Plan.load(cchc.bundled_plan_path())

    def test_q1_report(self):
        report = self.plan.report(AS_OF, "q1")
        self.assertIsInstance(report, Report)
        self.assertEqual(report.period_id, "q1")
        self.assertEqual(report.window_from, date(2022, 12, 10))
        self.assertEqual(report.cutoff, date(2023, 3, 9))  # the period's cut-off
        self.assertIn("quý I/2023", report.title)
        self.assertIs(report.plan, self.plan)
        progress = report.progress
        self.assertIs(report.progress, progress)
        self.assertEqual(progress.as_of, report.cutoff)
        self.assertIs(progress.report, report)
        self.assertTrue(progress.is_borrowed)
        # Overdue at the cut-off: what the snapshot at the cut-off says.
        self.assertEqual(report.overdue_keys, progress.keys(TaskState.OVERDUE))
        self.assertEqual(report.overdue_keys, ["1.1", "2.10", "7.1"])  # 12/2022 deadlines
        self.assertEqual(report.completed_count(), 0)

    def test_due_soon_after_the_cutoff(self):
        report = self.plan.report(AS_OF, "q1", due_soon_days=30)
        self.assertIs(report.progress.task("1.3").state, TaskState.DUE_SOON)  # 2023-03-31
        self.assertIs(self.plan.report(AS_OF, "q1").progress.task("1.3").state,
                      TaskState.NOT_DUE)
        with self.assertRaises(cchc.RangeError):
            self.plan.report(AS_OF, "q1", due_soon_days=367)

    def test_period_given_as_object_or_none(self):
        q1 = self.plan.calendar.find("q1")
        self.assertEqual(self.plan.report(AS_OF, q1).period_id, "q1")
        early = self.plan.report("2023-02-01", q1)
        self.assertEqual(early.cutoff, date(2023, 2, 1))  # as_of before the cut-off
        report = self.plan.report(AS_OF)
        self.assertEqual(report.period_id, "")
        self.assertEqual(report.cutoff, AS_OF)
        self.assertEqual(report.overdue_keys,
                         self.plan.progress(AS_OF).keys(TaskState.OVERDUE))
        with self.assertRaises(cchc.NotFoundError):
            self.plan.report(AS_OF, "q2")
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.report("2023-04-31")
        with self.assertRaises(cchc.InvalidArgumentError):
            Plan().report(AS_OF)  # no year
        with self.assertRaises(TypeError):
            Report()

    def test_completed_in_the_window(self):
        plan = Plan.load(cchc.bundled_plan_path())
        for key, completed in (("1.1", "2022-12-20"), ("7.1", "2023-01-05"),
                               ("1.3", "2023-03-01"), ("2.1", "2023-03-20")):
            task = plan.find_task(key)
            task.status = Status.DONE
            task.completed = completed
        report = plan.report(AS_OF, "q1")
        # 2.1 was completed after the cut-off (2023-03-09): not in the window.
        self.assertEqual(report.completed_count(), 3)
        self.assertEqual(report.completed_count(state=TaskState.DONE_ON_TIME), 2)
        self.assertEqual(report.completed_count(state="done_late"), 1)
        self.assertEqual(report.completed_count(area=cchc.Area.DIRECTION), 2)
        self.assertEqual(report.overdue_keys, ["2.10"])


class WriteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = Plan.load(cchc.bundled_plan_path())
        cls.report = cls.plan.report(AS_OF, "q1")

    def test_every_format(self):
        for fmt in ("text", "md", "markdown", "csv", "json", OutputFormat.JSON, 1):
            with self.subTest(format=fmt):
                text = self.report.write(self.plan, format=fmt)
                self.assertIsInstance(text, str)
                self.assertTrue(text.strip())
        self.assertEqual(self.report.write(), self.report.write(self.plan, "text"))
        self.assertEqual(self.report.writeb(self.plan, "md"),
                         self.report.write(self.plan, "md").encode("utf-8"))

    def test_json(self):
        doc = json.loads(self.report.write(self.plan, format="json"))
        self.assertEqual(doc["format"], "cchc-report")
        self.assertEqual(doc["version"], 1)
        self.assertIn("1.1", json.dumps(doc, ensure_ascii=False))

    def test_csv_and_bom(self):
        text = self.report.write(self.plan, format="csv")
        self.assertFalse(text.startswith("\ufeff"))
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.assertGreater(len(rows), 1)
        self.assertTrue(all(len(row) == len(rows[0]) for row in rows))
        with_bom = self.report.write(self.plan, format=OutputFormat.CSV, bom=True)
        self.assertEqual(with_bom, "\ufeff" + text)
        self.assertTrue(self.report.writeb(self.plan, "csv", bom=True).startswith(b"\xef\xbb\xbf"))

    def test_markdown_and_text(self):
        self.assertIn("|", self.report.write(self.plan, "md"))
        self.assertIn(self.report.title, self.report.write(self.plan, "text"))

    def test_bad_arguments(self):
        with self.assertRaises(cchc.InvalidArgumentError):
            self.report.write(self.plan, format="pdf")
        with self.assertRaises(cchc.InvalidArgumentError):
            self.report.write(self.plan, format=9)
        with self.assertRaises(cchc.InvalidArgumentError):
            self.report.write(self.plan, format="json", bom=True)  # a BOM is for CSV only
        with self.assertRaises(TypeError):
            self.report.write("json")  # the plan comes first
        other = Plan()
        other.year = 2023
        with self.assertRaises(cchc.InvalidArgumentError):
            self.report.write(other, "json")  # does not hold the report's tasks


def unfold(text):
    """The content lines of an iCalendar document (RFC 5545 §3.1)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


class ICalendarTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = Plan.load(cchc.bundled_plan_path())
        cls.text = cls.plan.icalendar(stamp="2023-01-16")

    def test_document_shape_and_crlf(self):
        text = self.text
        self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertTrue(text.endswith("END:VCALENDAR\r\n"))
        self.assertEqual(text.count("\n"), text.count("\r\n"))  # no bare LF
        self.assertNotIn("\r\r", text)
        for line in text.split("\r\n"):
            self.assertLessEqual(len(line.encode("utf-8")), 75, line)

    def test_todos_uids_and_due_dates(self):
        lines = unfold(self.text)
        self.assertEqual(lines.count("BEGIN:VTODO"), lines.count("END:VTODO"))
        self.assertGreater(lines.count("BEGIN:VTODO"), 50)
        uids = [line[4:] for line in lines if line.startswith("UID:")]
        self.assertEqual(len(uids), lines.count("BEGIN:VTODO"))
        self.assertEqual(len(uids), len(set(uids)))
        dues = [line for line in lines if line.startswith("DUE")]
        self.assertEqual(len(dues), len(uids))
        for due in dues:
            self.assertRegex(due, r"^DUE;VALUE=DATE:\d{8}$")
        self.assertIn("DUE;VALUE=DATE:20230331", dues)  # Quý I/2023
        self.assertIn("DUE;VALUE=DATE:20230313", dues)  # Q1 report to Sở Nội vụ
        self.assertIn("DTSTAMP:20230116T000000Z", lines)

    def test_due_dates_round_trip_the_deadlines(self):
        # One VTODO per dated occurrence of each task milestone, one per report
        # deadline: the DUE dates are exactly those deadlines.
        expected = []
        for task in self.plan.tasks:
            for milestone in task.schedule():
                expected += [o.deadline for o in milestone.occurrences]
        for period in self.plan.calendar.periods:
            expected += [d for d in (period.send_deadline, period.compile_deadline) if d]
        dues = [date(int(line[-8:-4]), int(line[-4:-2]), int(line[-2:]))
                for line in unfold(self.text) if line.startswith("DUE")]
        self.assertEqual(sorted(dues), sorted(expected))

    def test_stable_and_filterable(self):
        self.assertEqual(self.plan.icalendar(stamp=date(2023, 1, 16)), self.text)
        mine = self.plan.icalendar(unit="thanh-tra", stamp="2023-01-16")
        self.assertTrue(mine.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertLess(mine.count("BEGIN:VTODO"), self.text.count("BEGIN:VTODO"))
        same = self.plan.icalendar(unit=self.plan.find_unit("thanh-tra"), stamp="2023-01-16")
        self.assertEqual(same, mine)
        uid = re.search(r"\r\nUID:([^\r]*)\r\n", mine).group(1)
        self.assertIn("\r\nUID:%s\r\n" % uid, self.text)  # the same UID in both
        now = self.plan.icalendar()
        self.assertTrue(now.startswith("BEGIN:VCALENDAR\r\n"))

    def test_bad_arguments(self):
        with self.assertRaises(cchc.NotFoundError):
            self.plan.icalendar(unit="khong-co")
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.icalendar(stamp="2023-02-30")
        with self.assertRaises(cchc.InvalidArgumentError):
            Plan().icalendar()  # no year


class LifetimeTest(unittest.TestCase):
    def test_progress_outlives_del_report(self):
        plan = Plan.load(cchc.bundled_plan_path())
        report = plan.report(AS_OF, "q1")
        progress = report.progress
        report_ref = weakref.ref(report)
        del report, plan
        gc.collect()
        self.assertIsNotNone(report_ref())  # kept alive by the borrowed snapshot
        self.assertEqual(progress.as_of, date(2023, 3, 9))
        self.assertEqual(len(progress.tasks), 50)
        self.assertEqual(progress.keys(TaskState.OVERDUE), ["1.1", "2.10", "7.1"])
        del progress
        gc.collect()
        self.assertIsNone(report_ref())

    def test_owned_progress_outlives_the_plan(self):
        progress = Plan.load(cchc.bundled_plan_path()).progress(AS_OF)
        gc.collect()
        self.assertIsNone(progress.report)
        self.assertFalse(progress.is_borrowed)
        self.assertEqual(len(progress), 50)

    def test_report_outlives_the_plan_it_names(self):
        plan = Plan.load(cchc.bundled_plan_path())
        report = plan.report(AS_OF, "q1")
        del plan
        gc.collect()
        self.assertIn('"cchc-report"', report.write(format="json"))


if __name__ == "__main__":
    unittest.main()
