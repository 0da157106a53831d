"""Schedules: time expressions parsed through the binding (schedule.h)."""

import gc
import unittest
import weakref
from datetime import date

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import Grain, MilestoneKind, Occurrence, Schedule, Task


class ParseTest(unittest.TestCase):
    def test_quarter_is_one_interval(self):
        schedule = Schedule.parse("Quý I/2023", 2023)
        self.assertTrue(schedule.understood)
        self.assertEqual(schedule.text, "Quý I/2023")
        self.assertEqual(schedule.year, 2023)
        self.assertEqual(len(schedule.milestones), 1)
        m = schedule.milestones[0]
        self.assertIs(m.kind, MilestoneKind.INTERVAL)
        self.assertIs(m.grain, Grain.QUARTER)
        self.assertEqual(m.start, date(2023, 1, 1))
        self.assertEqual(m.deadline, date(2023, 3, 31))
        self.assertEqual(m.occurrences, (Occurrence(date(2023, 1, 1), date(2023, 3, 31)),))
        self.assertEqual(m.occurrences[0].deadline, date(2023, 3, 31))
        self.assertEqual((m.event, m.reason), ("", ""))
        self.assertTrue(m.understood)
        self.assertTrue(m.is_dated)
        self.assertEqual(schedule.start, date(2023, 1, 1))
        self.assertEqual(schedule.deadline, date(2023, 3, 31))

    def test_list_of_months_has_four_occurrences(self):
        schedule = Schedule.parse("Tháng 3,6,9,12/2023", 2023)
        self.assertTrue(schedule.understood)
        (m,) = schedule.milestones
        self.assertIs(m.kind, MilestoneKind.LIST)
        self.assertIs(m.grain, Grain.MONTH)
        self.assertEqual(len(m.occurrences), 4)
        self.assertEqual([o.deadline for o in m.occurrences],
                         [date(2023, 3, 31), date(2023, 6, 30), date(2023, 9, 30),
                          date(2023, 12, 31)])
        for occurrence in m.occurrences:
            self.assertIsInstance(occurrence.start, date)
            self.assertLessEqual(occurrence.start, occurrence.deadline)
            start, deadline = occurrence  # a pair
            self.assertEqual(start.month, deadline.month)
        self.assertEqual(m.start, m.occurrences[0].start)
        self.assertEqual(m.deadline, date(2023, 12, 31))
        self.assertEqual(schedule.deadline, date(2023, 12, 31))

    def test_event_keeps_its_text(self):
        schedule = Schedule.parse("Khi có hướng dẫn của Sở Nội vụ", 2023)
        (m,) = schedule.milestones
        self.assertIs(m.kind, MilestoneKind.EVENT)
        self.assertIn("hướng dẫn của Sở Nội vụ", m.event)
        self.assertIs(m.grain, Grain.NONE)
        self.assertIsNone(m.start)
        self.assertIsNone(m.deadline)
        self.assertEqual(m.occurrences, ())
        self.assertFalse(m.is_dated)
        self.assertEqual(m.reason, "")
        self.assertTrue(schedule.understood)  # an event is understood, just undated
        self.assertIsNone(schedule.start)
        self.assertIsNone(schedule.deadline)

    def test_unparsable_text_is_not_understood_with_a_reason(self):
        for text in ("xin chào các bạn", "năm", "ngày", "Quý V/2023", "31/2/2023",
                     "@@@ " * 2500):
            with self.subTest(text=text[:20]):
                schedule = Schedule.parse(text, 2023)
                self.assertFalse(schedule.understood)
                kinds = [m.kind for m in schedule.milestones]
                self.assertIn(MilestoneKind.UNKNOWN, kinds)
                unknown = schedule.milestones[kinds.index(MilestoneKind.UNKNOWN)]
                self.assertTrue(unknown.reason)
                self.assertFalse(unknown.understood)
                self.assertIsNone(unknown.deadline)
                self.assertEqual(unknown.occurrences, ())
                self.assertEqual(schedule.text, text)

    def test_empty_text_gives_the_reason_empty(self):
        schedule = Schedule.parse("", 2023)
        self.assertFalse(schedule.understood)
        (m,) = schedule.milestones
        self.assertIs(m.kind, MilestoneKind.UNKNOWN)
        self.assertEqual(m.reason, "empty")

    def test_several_milestones_with_labels(self):
        schedule = Schedule.parse("Ban hành KH trong quý I/2023; triển khai cả năm", 2023)
        self.assertTrue(schedule.understood)
        self.assertEqual(len(schedule), 2)
        first, second = schedule  # iterating gives the milestones
        self.assertEqual(first.label, "Ban hành KH")
        self.assertEqual(first.deadline, date(2023, 3, 31))
        self.assertIs(first.kind, MilestoneKind.INTERVAL)
        self.assertIs(second.kind, MilestoneKind.CONTINUOUS)
        self.assertIs(schedule[1], second)
        self.assertEqual(schedule.start, date(2023, 1, 1))

    def test_continuous_and_before_a_date(self):
        schedule = Schedule.parse("Thường xuyên", 2023)
        self.assertIs(schedule.milestones[0].kind, MilestoneKind.CONTINUOUS)
        before = Schedule.parse("trước ngày 20/11/2023", 2023).milestones[0]
        self.assertIs(before.kind, MilestoneKind.DATE)
        self.assertIs(before.grain, Grain.DAY)
        self.assertEqual(before.deadline, date(2023, 11, 19))  # the day before

    def test_year_defaults_where_the_text_names_none(self):
        self.assertEqual(Schedule.parse("Quý II", 2024).deadline, date(2024, 6, 30))
        self.assertEqual(Schedule.parse(b"Qu\xc3\xbd II", 2024).deadline, date(2024, 6, 30))

    def test_describe(self):
        schedule = Schedule.parse("Quý I/2023", 2023)
        text = schedule.describe()
        self.assertIsInstance(text, str)
        self.assertIn("2023-03-31", text)
        self.assertEqual(str(schedule), text)
        self.assertIn("Quý I/2023", repr(schedule))

    def test_milestones_are_frozen_snapshots(self):
        schedule = Schedule.parse("Quý I/2023", 2023)
        milestones = schedule.milestones
        self.assertIs(schedule.milestones, milestones)
        with self.assertRaises(AttributeError):
            milestones[0].label = "x"
        ref = weakref.ref(schedule)
        del schedule
        gc.collect()
        self.assertIsNone(ref())  # nothing keeps the C schedule alive
        self.assertEqual(milestones[0].deadline, date(2023, 3, 31))


class BadArgumentTest(unittest.TestCase):
    def test_year_out_of_range(self):
        for year in (0, 1899, 10000, -1):
            with self.subTest(year=year):
                with self.assertRaises(cchc.RangeError) as caught:
                    Schedule.parse("Quý I/2023", year)
                self.assertEqual(caught.exception.code, cchc.ERANGE)
        with self.assertRaises(cchc.RangeError):
            Schedule.parse("Quý I/2023", 2 ** 40)  # refused before ctypes wraps it

    def test_text_that_is_not_utf8(self):
        with self.assertRaises(cchc.InvalidArgumentError):
            Schedule.parse(b"Qu\xff I/2023", 2023)
        with self.assertRaises(cchc.InvalidArgumentError):
            Schedule.parse("Quý\0I", 2023)
        with self.assertRaises(TypeError):
            Schedule.parse(2023, 2023)
        with self.assertRaises(TypeError):
            Schedule()


class TaskScheduleTest(unittest.TestCase):
    def test_task_of_the_bundled_plan_uses_the_plan_year(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        task = plan.find_task("1.9")
        self.assertEqual(task.when, "Tháng 3,6,9,12/2023")
        schedule = task.schedule()
        self.assertEqual(schedule.year, 2023)
        self.assertEqual(len(schedule.milestones[0].occurrences), 4)
        self.assertEqual(task.schedule(None).year, 2023)
        # A year given explicitly reads the text in that year.
        self.assertEqual(plan.find_task("1.6").schedule(2024).year, 2024)

    def test_every_bundled_task_parses(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        for task in plan.tasks:
            with self.subTest(key=task.key, when=task.when):
                schedule = task.schedule()
                self.assertTrue(schedule.understood, schedule.describe())
                self.assertEqual(schedule.text, task.when)

    def test_schedule_is_a_snapshot(self):
        task = Task("1.3", 1, "x", when="Quý I/2023")
        schedule = task.schedule(2023)
        task.when = "Quý IV/2023"
        self.assertEqual(schedule.deadline, date(2023, 3, 31))
        self.assertEqual(task.schedule(2023).deadline, date(2023, 12, 31))

    def test_detached_task_needs_a_year(self):
        task = Task("1.3", 1, "x", when="Quý I/2023")
        with self.assertRaises(cchc.InvalidArgumentError):
            task.schedule()
        with self.assertRaises(cchc.RangeError):
            task.schedule(1800)


class EnumTest(unittest.TestCase):
    def test_names_from_the_library(self):
        self.assertEqual([k.token for k in MilestoneKind],
                         ["date", "interval", "list", "recurring", "continuous", "event",
                          "unknown"])
        self.assertEqual([g.token for g in Grain],
                         ["none", "day", "month", "quarter", "half-year", "year"])
        self.assertIs(Grain.from_token("half-year"), Grain.HALF_YEAR)
        self.assertIs(MilestoneKind.from_token("event"), MilestoneKind.EVENT)
        with self.assertRaises(cchc.InvalidArgumentError):
            MilestoneKind.from_token("sometime")


if __name__ == "__main__":
    unittest.main()
