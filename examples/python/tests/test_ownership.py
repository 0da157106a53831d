"""Ownership: borrowed objects keep their plan alive; owned ones are freed once."""

import gc
import random
import subprocess
import sys
import textwrap
import unittest
import weakref

import cchc_test_support as support
import cchc


class BorrowedTest(unittest.TestCase):
    def test_borrowed_task_outlives_del_plan(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        task = plan.tasks[5]
        unit = plan.units[1]
        title = support.bundled_json()["tasks"][5]["title"]
        plan_ref = weakref.ref(plan)
        del plan
        gc.collect()
        self.assertIsNotNone(plan_ref())  # kept alive by the task and the unit
        self.assertEqual(task.title, title)
        self.assertEqual(unit.name, "Văn phòng Sở")
        task.notes = "still writable"
        self.assertEqual(task.plan.find_task(task.key).notes, "still writable")
        del task, unit
        gc.collect()
        self.assertIsNone(plan_ref())  # freed once nothing borrows from it

    def test_iterated_tasks_outlive_the_plan(self):
        tasks = list(cchc.Plan.load(cchc.bundled_plan_path()).tasks)
        gc.collect()
        titles = [t["title"] for t in support.bundled_json()["tasks"]]
        self.assertEqual([t.title for t in tasks], titles)

    def test_same_c_object_gives_same_python_object(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        self.assertIs(plan.tasks[0], plan.find_task("1.1"))
        self.assertIs(plan.units[0], plan.find_unit("lanh-dao"))

    def test_removed_task_wrapper_becomes_a_detached_copy(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        task = plan.find_task("2.3")
        title = task.title
        returned = plan.remove_task("2.3")
        self.assertIs(returned, task)
        self.assertFalse(task.is_borrowed)
        self.assertIsNone(task.plan)
        self.assertEqual(task.title, title)
        self.assertEqual(task.key, "2.3")
        self.assertIsNone(plan.find_task("2.3"))
        task.title = "changed"  # its own copy now: the plan is not affected
        self.assertEqual(len(plan.tasks), 49)

    def test_removed_unit_wrapper_becomes_a_detached_copy(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        unit = plan.find_unit("bao-hai-duong")
        for task in plan.tasks:
            for role in cchc.Role:
                if task.has_unit(role, "bao-hai-duong"):
                    task.remove_unit(role, "bao-hai-duong")
        self.assertIs(plan.remove_unit(unit), unit)
        self.assertEqual(unit.name, "Báo Hải Dương")
        self.assertIsNone(unit.plan)

    def test_moved_task_stays_the_same_object(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        task = plan.find_task("7.7")
        plan.move_task("7.7", 0)
        self.assertIs(plan.tasks[0], task)
        self.assertEqual(task.title, support.bundled_json()["tasks"][-1]["title"])

    def test_copy_of_borrowed_task_is_owned(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        copy = plan.tasks[0].copy()
        del plan
        gc.collect()
        self.assertFalse(copy.is_borrowed)
        self.assertEqual(copy.key, "1.1")


class CollectionOrderTest(unittest.TestCase):
    def test_many_objects_collected_in_random_order(self):
        rng = random.Random(20230116)
        text = support.bundled_text()
        for _ in range(5):
            objects = []
            for _ in range(20):
                plan = cchc.Plan.loads(text)
                objects.append(plan)
                objects.extend(plan.tasks[rng.randrange(50)] for _ in range(5))
                objects.extend(plan.units[rng.randrange(20)] for _ in range(3))
                objects.append(cchc.Task("x", rng.randint(1, 7), "tạm"))
                objects.append(cchc.Unit("u%d" % rng.randrange(1000), "Đơn vị", "agency"))
                objects.append(plan.tasks[0].copy())
                del plan
            rng.shuffle(objects)
            # A few reference cycles through lists, to involve the collector.
            for i in range(0, len(objects) - 1, 7):
                a, b = [objects[i]], [objects[i + 1]]
                a.append(b)
                b.append(a)
            while objects:
                obj = objects.pop(rng.randrange(len(objects)))
                if isinstance(obj, cchc.Task):
                    self.assertIsInstance(obj.title, str)
                del obj
                if rng.random() < 0.1:
                    gc.collect()
            gc.collect()

    def test_objects_alive_at_interpreter_exit(self):
        # Module globals are torn down at exit; __del__ must not fail then.
        code = textwrap.dedent("""
            import cchc
            plan = cchc.Plan.load(cchc.bundled_plan_path())
            task = plan.tasks[3]
            unit = plan.units[2]
            mine = cchc.Task("1", 1, "riêng")
            own_unit = cchc.Unit("u", "Đơn vị", "agency")
            cycle = [plan, task, mine]
            cycle.append(cycle)
            print(task.title)
        """)
        result = subprocess.run([sys.executable, "-c", code], env=support.child_env(),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.strip(), support.bundled_json()["tasks"][3]["title"])

    def test_schedules_calendars_and_reports_alive_at_interpreter_exit(self):
        code = textwrap.dedent("""
            import cchc
            plan = cchc.Plan.load(cchc.bundled_plan_path())
            schedule = plan.tasks[0].schedule()
            period = plan.calendar.find("q1")
            own = cchc.Calendar.builtin("national", 2023)
            own_period = own.periods[0]
            progress = plan.progress("2023-04-01")
            report = plan.report("2023-04-01", "q1")
            borrowed = report.progress
            cycle = [plan, period, report, borrowed, schedule]
            cycle.append(cycle)
            del report
            print(period.id, borrowed.as_of, len(progress))
        """)
        result = subprocess.run([sys.executable, "-c", code], env=support.child_env(),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.strip(), "q1 2023-03-09 50")

    def test_many_reports_and_calendars_collected_in_random_order(self):
        rng = random.Random(20230314)
        text = support.bundled_text()
        objects = []
        for _ in range(10):
            plan = cchc.Plan.loads(text)
            report = plan.report("2023-04-01", rng.choice(["q1", "h1", None]))
            objects += [plan, report, report.progress, plan.calendar,
                        plan.calendar.periods[rng.randrange(4)],
                        plan.progress("2023-06-01"), plan.tasks[rng.randrange(50)].schedule()]
            if rng.random() < 0.5:
                plan.calendar = cchc.Calendar.builtin("national", 2023)
                objects.append(plan.calendar.find("h1"))
            del plan, report
        rng.shuffle(objects)
        while objects:
            obj = objects.pop(rng.randrange(len(objects)))
            if isinstance(obj, cchc.Period):
                self.assertIn(obj.id, ("q1", "h1", "q3", "year"))
            elif isinstance(obj, cchc.Progress):
                self.assertEqual(len(obj), 50)
            del obj
            if rng.random() < 0.2:
                gc.collect()
        gc.collect()


if __name__ == "__main__":
    unittest.main()
