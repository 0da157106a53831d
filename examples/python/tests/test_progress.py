"""Status and progress of a plan as of a date (progress.h)."""

import unittest
from datetime import date

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import Area, Plan, Status, Task, TaskProgress, TaskState

AS_OF = date(2023, 4, 1)

# The tasks of the bundled plan whose deadlines fell before 2023-04-01: those
# of "T12/2022", "Tháng 12/2022", "Quý I/2023", the first milestone of "… trong
# quý I/2023; …" and "… trong tháng 12/2022; …", and March of "Tháng 3,6,9,12/2023".
OVERDUE_2023_04_01 = ["1.1", "1.2", "1.3", "1.4", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4",
                      "2.10", "3.1", "3.6", "4.1", "4.2", "4.4", "5.1", "5.5", "6.4", "7.1",
                      "7.3"]


def deadlines(task):
    return [o.deadline for m in task.schedule().milestones for o in m.occurrences]


class BundledProgressTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = Plan.load(cchc.bundled_plan_path())
        cls.progress = cls.plan.progress(AS_OF)

    def test_snapshot_lists_every_task_in_plan_order(self):
        progress = self.progress
        self.assertEqual(progress.as_of, AS_OF)
        self.assertEqual(len(progress), 50)
        self.assertEqual([t.key for t in progress.tasks], self.plan.tasks.keys())
        row = progress.tasks[0]
        self.assertIsInstance(row, TaskProgress)
        self.assertIsInstance(row.state, TaskState)
        self.assertIsInstance(row.is_due, bool)
        self.assertEqual(progress.task("1.1"), row)
        self.assertIsNone(progress.task("9.9"))
        self.assertEqual(progress.count(), 50)
        self.assertEqual(sum(progress.counts().values()), 50)

    def test_overdue_tasks_are_those_whose_deadlines_passed(self):
        progress = self.progress
        overdue = progress.keys(TaskState.OVERDUE)
        self.assertEqual(overdue, OVERDUE_2023_04_01)
        # The same, derived from the tasks' schedules through the binding.
        expected = [t.key for t in self.plan.tasks if any(d < AS_OF for d in deadlines(t))]
        self.assertEqual(overdue, expected)
        self.assertEqual(progress.count(state=TaskState.OVERDUE), len(overdue))
        self.assertEqual(progress.count(state="overdue"), len(overdue))
        for key in overdue:
            row = progress.task(key)
            self.assertTrue(row.is_due)
            self.assertLess(row.deadline, AS_OF)
        # The deadline given is the first one missed.
        self.assertEqual(progress.task("1.1").deadline, date(2022, 12, 31))
        self.assertEqual(progress.task("1.9").deadline, date(2023, 3, 31))
        self.assertEqual(progress.task("1.8").deadline, date(2023, 3, 31))

    def test_other_states(self):
        progress = self.progress
        self.assertIs(progress.task("3.3").state, TaskState.ONGOING)  # Thường xuyên
        self.assertIs(progress.task("5.3").state, TaskState.WAITING)  # Khi có hướng dẫn …
        self.assertIsNone(progress.task("5.3").deadline)
        self.assertIs(progress.task("1.5").state, TaskState.NOT_DUE)  # Quý II/2023
        self.assertEqual(progress.task("1.5").deadline, date(2023, 6, 30))
        self.assertFalse(progress.task("1.5").is_due)
        self.assertEqual(progress.count(state=TaskState.DUE_SOON), 0)  # window 0: disabled

    def test_counts_by_area_and_lead(self):
        progress = self.progress
        for area in Area:
            self.assertEqual(progress.count(area=area), self.plan.area_task_count(area))
        self.assertEqual(progress.count(area=Area.INSTITUTIONS, state=TaskState.OVERDUE), 5)
        leads = progress.leads
        self.assertIn("van-phong", leads)
        self.assertEqual(len(leads), len(set(leads)))
        expected_leads = []
        for task in self.plan.tasks:
            for ref in task.lead:
                if ref not in expected_leads:
                    expected_leads.append(ref)
        self.assertEqual(leads, expected_leads)
        for ref in leads:
            led = [t.key for t in self.plan.tasks if ref in t.lead]
            self.assertEqual(progress.count(lead=ref), len(led), ref)
        self.assertEqual(progress.count(lead=self.plan.find_unit("van-phong")),
                         progress.count(lead="van-phong"))
        self.assertEqual(progress.count(lead="khong-co"), 0)

    def test_nothing_done_gives_a_rate_of_zero(self):
        progress = self.progress
        self.assertGreaterEqual(progress.due_count(), len(OVERDUE_2023_04_01))
        self.assertEqual(progress.due_count(), sum(t.is_due for t in progress.tasks))
        self.assertEqual(progress.due_done_count(), 0)
        self.assertEqual(progress.completion_rate(), 0.0)
        self.assertEqual(progress.completion_rate(area=Area.INSTITUTIONS), 0.0)

    def test_rate_of_nothing_due_raises_not_found(self):
        with self.assertRaises(cchc.NotFoundError):
            self.progress.completion_rate(lead="khong-co")
        plan = Plan()
        plan.year = 2023
        plan.add_task(Task("1.1", 1, "Việc quý IV", when="Quý IV/2023"))
        progress = plan.progress("2023-04-01")
        self.assertEqual(progress.due_count(), 0)
        with self.assertRaises(cchc.NotFoundError):
            progress.completion_rate()

    def test_due_soon_window(self):
        progress = self.plan.progress("2023-03-25", due_soon_days=10)
        self.assertIs(progress.task("1.3").state, TaskState.DUE_SOON)  # Quý I/2023
        self.assertIs(self.plan.progress("2023-03-25").task("1.3").state, TaskState.NOT_DUE)
        with self.assertRaises(cchc.RangeError):
            self.plan.progress(AS_OF, due_soon_days=367)
        with self.assertRaises(cchc.RangeError):
            self.plan.progress(AS_OF, due_soon_days=-1)


class DoneTasksTest(unittest.TestCase):
    def test_done_states_and_rate(self):
        plan = Plan.load(cchc.bundled_plan_path())
        plan.find_task("1.3").status = Status.DONE                # Quý I/2023
        plan.find_task("1.3").completed = date(2023, 3, 15)
        plan.find_task("1.1").status = "done"                     # T12/2022
        plan.find_task("1.1").completed = "2023-01-10"
        plan.find_task("2.1").status = Status.DONE                # no date
        plan.find_task("2.2").status = Status.CANCELLED
        plan.find_task("2.3").status = Status.DONE
        plan.find_task("2.3").completed = "2023-04-20"            # after the day
        progress = plan.progress(AS_OF)
        self.assertIs(progress.task("1.3").state, TaskState.DONE_ON_TIME)
        self.assertIs(progress.task("1.1").state, TaskState.DONE_LATE)
        self.assertIs(progress.task("2.1").state, TaskState.DONE_UNDATED)
        self.assertIs(progress.task("2.2").state, TaskState.CANCELLED)
        self.assertIs(progress.task("2.3").state, TaskState.OVERDUE)  # not yet done then
        self.assertTrue(TaskState.DONE_LATE.is_done)
        self.assertEqual(progress.due_done_count(), 3)
        self.assertAlmostEqual(progress.completion_rate(),
                               100.0 * 3 / progress.due_count())
        self.assertEqual(progress.due_done_count(area=Area.DIRECTION), 2)
        # The snapshot does not follow later changes of the plan.
        plan.find_task("2.4").status = Status.DONE
        self.assertIs(progress.task("2.4").state, TaskState.OVERDUE)


class DocumentedRateTest(unittest.TestCase):
    def test_the_example_of_docs_progress_md(self):
        # docs/progress.md, "Due tasks and the completion rate": 75 %, then 50 %.
        plan = Plan()
        plan.year = 2023
        for id, area, when, fields in (
                ("1.1", 1, "Quý I/2023", {}),
                ("1.2", 1, "Quý I/2023", {"status": "done", "completed": "2023-03-20"}),
                ("1.3", 1, "Quý II/2023", {}),
                ("1.4", 1, "T12/2022", {"status": "done", "completed": "2023-01-10"}),
                ("2.1", 2, "Thường xuyên", {"status": "in_progress"}),
                ("2.2", 2, "Khi có hướng dẫn của Sở Nội vụ", {}),
                ("2.3", 2, "Quý I/2023", {"status": "cancelled"}),
                ("2.4", 2, "Quý I/2023", {"status": "done"})):
            plan.add_task(Task(id, area, "Nhiệm vụ " + id, when=when, **fields))
        progress = plan.progress(AS_OF)
        self.assertEqual([t.key for t in progress.tasks if t.is_due], ["1.1", "1.2", "1.4", "2.4"])
        self.assertEqual([t.state.token for t in progress.tasks],
                         ["overdue", "done_on_time", "not_due", "done_late", "ongoing",
                          "waiting", "cancelled", "done_undated"])
        self.assertEqual(progress.completion_rate(), 75.0)
        self.assertEqual(progress.completion_rate(area=2), 100.0)
        later = plan.progress("2024-01-01")
        self.assertEqual(later.due_count(), 6)
        self.assertEqual(later.completion_rate(), 50.0)


class BadArgumentTest(unittest.TestCase):
    def test_bad_dates_and_plans(self):
        plan = Plan.load(cchc.bundled_plan_path())
        with self.assertRaises(cchc.InvalidArgumentError):
            plan.progress("2023-02-29")
        with self.assertRaises(cchc.InvalidArgumentError):
            plan.progress("1/4/2023")
        with self.assertRaises(TypeError):
            plan.progress(2023)
        with self.assertRaises(cchc.InvalidArgumentError):
            Plan().progress(AS_OF)  # no year
        with self.assertRaises(cchc.InvalidArgumentError):
            plan.progress(AS_OF).count(state="late")
        with self.assertRaises(TypeError):
            cchc.Progress()


class EnumTest(unittest.TestCase):
    def test_task_state_names(self):
        self.assertEqual([s.token for s in TaskState],
                         ["not_due", "due_soon", "overdue", "done_on_time", "done_late",
                          "done_undated", "ongoing", "waiting", "cancelled", "unscheduled"])
        self.assertEqual(TaskState.OVERDUE.label_vi, "Quá hạn")
        for state in TaskState:
            self.assertTrue(state.label_vi)
        self.assertIs(TaskState.from_token("waiting"), TaskState.WAITING)


if __name__ == "__main__":
    unittest.main()
