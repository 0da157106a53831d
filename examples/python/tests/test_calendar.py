"""Reporting calendars and periods (period.h, plan.h calendar functions)."""

import gc
import unittest
import weakref
from datetime import date, datetime

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import Calendar, DeadlineKind, Period, Plan, SubmissionState

IDS = ["q1", "h1", "q3", "year"]

# Section III.5 of the 2023 plan: (window from, window to, send, compile).
HAI_DUONG_2023 = {
    "q1": (date(2022, 12, 10), date(2023, 3, 9), date(2023, 3, 9), date(2023, 3, 13)),
    "h1": (date(2022, 12, 10), date(2023, 6, 9), date(2023, 6, 9), date(2023, 6, 13)),
    "q3": (date(2023, 6, 10), date(2023, 9, 9), date(2023, 9, 9), date(2023, 9, 13)),
    "year": (date(2022, 12, 10), date(2023, 12, 9), date(2023, 12, 9), date(2023, 12, 13)),
}


def fields(period):
    return (period.window_from, period.window_to, period.send_deadline,
            period.compile_deadline)


class BundledCalendarTest(unittest.TestCase):
    def setUp(self):
        self.plan = Plan.load(cchc.bundled_plan_path())
        self.calendar = self.plan.calendar

    def test_the_plan_carries_the_hai_duong_calendar(self):
        self.assertEqual(len(self.calendar), 4)
        self.assertEqual(self.calendar.periods.ids(), IDS)
        self.assertTrue(self.calendar.name)
        for period in self.calendar.periods:
            with self.subTest(period=period.id):
                self.assertEqual(fields(period), HAI_DUONG_2023[period.id])
                self.assertIsNone(period.submitted)

    def test_q1_matches_section_iii5_to_the_day(self):
        q1 = self.calendar.find("q1")
        self.assertEqual(q1.id, "q1")
        self.assertIn("quý I/2023", q1.label)
        self.assertEqual(q1.window_from, date(2022, 12, 10))
        self.assertEqual(q1.window_to, date(2023, 3, 9))
        self.assertEqual(q1.send_deadline, date(2023, 3, 9))    # "trước ngày 10/3"
        self.assertEqual(q1.compile_deadline, date(2023, 3, 13))  # "trước ngày 14/3"
        self.assertEqual(q1.deadline("send"), date(2023, 3, 9))
        self.assertEqual(q1.deadline(DeadlineKind.COMPILE), date(2023, 3, 13))

    def test_same_period_gives_same_object(self):
        self.assertIs(self.plan.calendar, self.calendar)
        self.assertIs(self.calendar.periods[0], self.calendar.find("q1"))
        self.assertIs(self.calendar.periods[-1], self.calendar.find("year"))
        self.assertIsNone(self.calendar.find("q2"))
        self.assertIs(self.calendar.plan, self.plan)
        self.assertIs(self.calendar.find("q1").calendar, self.calendar)
        self.assertIs(self.calendar.find("q1").plan, self.plan)
        with self.assertRaises(IndexError):
            self.calendar.periods[4]

    def test_builtin_rule_equals_the_bundled_calendar(self):
        builtin = Calendar.builtin(Calendar.HAI_DUONG, 2023)
        self.assertEqual(builtin.periods.ids(), IDS)
        for period in builtin.periods:
            self.assertEqual(fields(period), fields(self.calendar.find(period.id)))

    def test_contains(self):
        q1, q3 = self.calendar.find("q1"), self.calendar.find("q3")
        self.assertTrue(q1.contains(date(2022, 12, 10)))
        self.assertTrue(q1.contains("2023-03-09"))
        self.assertFalse(q1.contains("2023-03-10"))
        self.assertFalse(q1.contains(date(2022, 12, 9)))
        self.assertTrue(datetime(2023, 7, 1, 12, 30) in q3)
        self.assertEqual([p.id for p in self.calendar.periods_containing("2023-01-05")],
                         ["q1", "h1", "year"])
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.contains("2023-02-30")
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.contains("09/03/2023")
        with self.assertRaises(TypeError):
            q1.contains(20230309)

    def test_next_deadline(self):
        period, kind = self.calendar.next_deadline("2023-03-01")
        self.assertIs(period, self.calendar.find("q1"))
        self.assertIs(kind, DeadlineKind.SEND)
        # Strictly after: on the send deadline itself, the compile one is next.
        self.assertEqual(self.calendar.next_deadline(date(2023, 3, 9)),
                         (self.calendar.find("q1"), DeadlineKind.COMPILE))
        self.assertEqual(self.calendar.next_deadline("2023-03-13"),
                         (self.calendar.find("h1"), DeadlineKind.SEND))
        self.assertIsNone(self.calendar.next_deadline("2023-12-13"))
        with self.assertRaises(cchc.InvalidArgumentError):
            self.calendar.next_deadline("2023-13-01")

    def test_submission_state(self):
        q1 = self.calendar.find("q1")
        S = SubmissionState
        self.assertIs(q1.submission_state("send", None, "2023-03-01"), S.PENDING)
        self.assertIs(q1.submission_state(DeadlineKind.SEND, None, "2023-03-10"), S.MISSING)
        self.assertIs(q1.submission_state(1, "2023-03-08", date(2023, 3, 10)), S.ON_TIME)
        self.assertIs(q1.submission_state("send", "2023-03-09", "2023-03-09"), S.ON_TIME)
        self.assertIs(q1.submission_state("send", "2023-03-11", "2023-03-20"), S.LATE)
        self.assertIs(q1.submission_state("compile", "2023-03-11", "2023-03-20"), S.ON_TIME)
        # A submission after the day of judgement has not happened yet.
        self.assertIs(q1.submission_state("send", "2023-03-11", "2023-03-10"), S.MISSING)
        self.assertEqual([s.token for s in S], ["pending", "on_time", "late", "missing"])
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.submission_state(3, None, "2023-03-01")
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.submission_state("deliver", None, "2023-03-01")
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.submission_state("send", "2023-02-29", "2023-03-01")

    def test_submitted_date(self):
        q1 = self.calendar.find("q1")
        q1.submitted = date(2023, 3, 12)
        self.assertEqual(self.plan.calendar.find("q1").submitted, date(2023, 3, 12))
        self.assertIs(q1.submission_state("compile", q1.submitted, "2023-04-01"),
                      SubmissionState.ON_TIME)
        q1.submitted = "2023-03-15"
        self.assertEqual(q1.submitted, date(2023, 3, 15))
        with self.assertRaises(cchc.InvalidArgumentError):
            q1.submitted = "2023-02-29"
        self.assertEqual(q1.submitted, date(2023, 3, 15))
        q1.submitted = None
        self.assertIsNone(q1.submitted)


class CalendarEditTest(unittest.TestCase):
    def test_new_calendar_add_find_remove(self):
        calendar = Calendar("Chế độ báo cáo thử")
        self.assertEqual(calendar.name, "Chế độ báo cáo thử")
        self.assertEqual(len(calendar), 0)
        self.assertIsNone(calendar.plan)
        self.assertFalse(calendar.is_borrowed)
        m1 = calendar.add("m1", "Báo cáo tháng 1", date(2023, 1, 1), "2023-01-31",
                          send_deadline="2023-02-05")
        self.assertIsInstance(m1, Period)
        self.assertIs(calendar.find("m1"), m1)
        self.assertEqual(m1.send_deadline, date(2023, 2, 5))
        self.assertIsNone(m1.compile_deadline)
        with self.assertRaises(cchc.NotFoundError):
            m1.submission_state("compile", None, "2023-03-01")
        calendar.add("m2", "Báo cáo tháng 2", "2023-02-01", "2023-02-28", "2023-03-05",
                     "2023-03-10")
        self.assertEqual([p.id for p in calendar], ["m1", "m2"])
        removed = calendar.remove("m1")
        self.assertIs(removed, m1)  # the live object, now in a calendar of its own
        self.assertEqual(calendar.periods.ids(), ["m2"])
        self.assertEqual(m1.label, "Báo cáo tháng 1")
        self.assertEqual(m1.send_deadline, date(2023, 2, 5))
        self.assertIsNot(m1.calendar, calendar)
        with self.assertRaises(cchc.NotFoundError):
            calendar.remove("m1")
        self.assertEqual(calendar.remove(calendar.find("m2")).id, "m2")
        self.assertEqual(len(calendar), 0)

    def test_add_errors(self):
        calendar = Calendar()
        calendar.add("q1", "Quý I", "2023-01-01", "2023-03-31")
        with self.assertRaises(cchc.ExistsError):
            calendar.add("q1", "Quý I", "2023-01-01", "2023-03-31")
        with self.assertRaises(cchc.RangeError):
            calendar.add("q2", "Quý II", "2023-06-30", "2023-04-01")
        with self.assertRaises(cchc.InvalidArgumentError):
            calendar.add("quý 2", "Quý II", "2023-04-01", "2023-06-30")
        with self.assertRaises(cchc.InvalidArgumentError):
            calendar.add("q2", "Quý II", "2023-04-01", "2023-06-31")
        with self.assertRaises(TypeError):
            calendar.add("q2", "Quý II", 20230401, "2023-06-30")
        self.assertEqual(calendar.periods.ids(), ["q1"])

    def test_builtin_national_and_errors(self):
        national = Calendar.builtin("national", 2023)
        self.assertEqual(national.periods.ids(), IDS)
        q1 = national.find("q1")
        self.assertEqual((q1.window_from, q1.window_to), (date(2022, 12, 15), date(2023, 3, 14)))
        self.assertEqual((q1.send_deadline, q1.compile_deadline),
                         (date(2023, 3, 20), date(2023, 3, 20)))
        year = national.find("year")
        self.assertEqual((year.window_from, year.window_to),
                         (date(2022, 12, 15), date(2023, 12, 14)))
        with self.assertRaises(cchc.NotFoundError):
            Calendar.builtin("ha-noi", 2023)
        with self.assertRaises(cchc.RangeError):
            Calendar.builtin("national", 1899)

    def test_copy_is_independent(self):
        original = Calendar.builtin("hai-duong", 2023)
        copy = original.copy()
        copy.remove("q3")
        copy.name = "bản sao"
        self.assertEqual(len(original), 4)
        self.assertNotEqual(original.name, "bản sao")


class PlanCalendarTest(unittest.TestCase):
    def test_borrowed_calendar_edits_the_plan(self):
        plan = Plan.load(cchc.bundled_plan_path())
        plan.calendar.add("q4", "Báo cáo quý IV/2023", "2023-09-10", "2023-12-09")
        self.assertEqual(plan.calendar.periods.ids(), IDS + ["q4"])
        again = Plan.loads(plan.dumps())
        self.assertEqual(again.calendar.periods.ids(), IDS + ["q4"])
        self.assertEqual(fields(again.calendar.find("q1")), HAI_DUONG_2023["q1"])

    def test_assigning_copies_and_detaches_the_old_calendar(self):
        plan = Plan.load(cchc.bundled_plan_path())
        old = plan.calendar
        old_q1 = old.find("q1")
        national = Calendar.builtin("national", 2023)
        plan.calendar = national
        self.assertIsNot(plan.calendar, national)  # a copy
        self.assertEqual(plan.calendar.find("q1").window_to, date(2023, 3, 14))
        national.remove("q1")  # the plan's copy is not affected
        self.assertIsNotNone(plan.calendar.find("q1"))
        # The old wrapper and its period live on as a detached copy.
        self.assertFalse(old.is_borrowed)
        self.assertIsNone(old.plan)
        self.assertIs(old.find("q1"), old_q1)
        self.assertEqual(old_q1.window_to, date(2023, 3, 9))
        self.assertIsNone(old_q1.plan)
        plan.calendar = None
        self.assertEqual(len(plan.calendar), 0)
        with self.assertRaises(TypeError):
            plan.calendar = "hai-duong"

    def test_assigning_its_own_calendar(self):
        plan = Plan.load(cchc.bundled_plan_path())
        plan.calendar = plan.calendar
        self.assertEqual(plan.calendar.periods.ids(), IDS)
        self.assertEqual(fields(plan.calendar.find("h1")), HAI_DUONG_2023["h1"])

    def test_new_plan_has_an_empty_calendar(self):
        plan = Plan()
        self.assertEqual(len(plan.calendar), 0)
        plan.calendar = Calendar.builtin("hai-duong", 2024)
        self.assertEqual(plan.calendar.find("q1").window_from, date(2023, 12, 10))


class LifetimeTest(unittest.TestCase):
    def test_period_outlives_del_plan(self):
        plan = Plan.load(cchc.bundled_plan_path())
        period = plan.calendar.find("q1")
        plan_ref = weakref.ref(plan)
        del plan
        gc.collect()
        self.assertIsNotNone(plan_ref())  # kept alive through period.calendar
        self.assertEqual(period.window_from, date(2022, 12, 10))
        self.assertEqual(period.compile_deadline, date(2023, 3, 13))
        period.submitted = "2023-03-12"
        self.assertEqual(period.plan.calendar.find("q1").submitted, date(2023, 3, 12))
        del period
        gc.collect()
        self.assertIsNone(plan_ref())

    def test_period_outlives_its_calendar_object(self):
        period = Calendar.builtin("national", 2023).periods[2]
        gc.collect()
        self.assertEqual(period.id, "q3")
        self.assertEqual(period.window_from, date(2023, 6, 15))


if __name__ == "__main__":
    unittest.main()
