"""Bad arguments raise CchcError subclasses with the C code and message."""

import unittest

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import Plan, Task, Unit


class BadArgumentTest(unittest.TestCase):
    def assertCode(self, code, func, *args, **kwargs):
        with self.assertRaises(cchc.CchcError) as caught:
            func(*args, **kwargs)
        self.assertEqual(caught.exception.code, code, str(caught.exception))
        self.assertEqual(caught.exception.name, cchc.error_name(code))
        self.assertTrue(caught.exception.message)
        return caught.exception

    def test_area_out_of_range(self):
        error = self.assertCode(cchc.ERANGE, Task, "9.1", 9, "Lĩnh vực thứ chín")
        self.assertIsInstance(error, cchc.RangeError)
        self.assertIsInstance(error, ValueError)
        self.assertIn("9", error.message)
        task = Task("1.1", 1, "x")
        self.assertCode(cchc.ERANGE, setattr, task, "area", 0)
        self.assertCode(cchc.ERANGE, Plan().set_area_text, 9, "x")
        # ctypes would wrap 2**32 + 1 into area 1: the binding refuses it.
        self.assertCode(cchc.ERANGE, Task, "x", 2 ** 32 + 1, "x")
        self.assertEqual(task.area, cchc.Area.DIRECTION)

    def test_task_values(self):
        task = Task("1.1", 1, "x")
        self.assertCode(cchc.ERANGE, setattr, task, "progress", 100.5)
        self.assertCode(cchc.ERANGE, setattr, task, "progress", float("nan"))
        self.assertCode(cchc.EINVAL, setattr, task, "completed", "2023-02-29")
        self.assertCode(cchc.EINVAL, setattr, task, "completed", "16/01/2023")
        self.assertCode(cchc.EINVAL, setattr, task, "status", 7)
        self.assertCode(cchc.EINVAL, setattr, task, "status", "finished")
        self.assertCode(cchc.EINVAL, task.add_unit, "lead", "Văn phòng Sở")  # not an id
        self.assertCode(cchc.EINVAL, task.add_unit, 3, "van-phong")
        self.assertCode(cchc.EINVAL, task.add_unit, "chairing", "van-phong")
        task.add_unit("lead", "van-phong")  # a detached task takes any well-formed id
        self.assertCode(cchc.EEXISTS, task.add_unit, cchc.Role.LEAD, "van-phong")
        self.assertCode(cchc.EINVAL, task.add_mention, "lead", "")
        self.assertCode(cchc.EINVAL, task.add_evidence, date="2023-01-01")
        self.assertCode(cchc.ERANGE, task.remove_evidence, 0)
        self.assertCode(cchc.ERANGE, task.remove_evidence, -1)
        self.assertCode(cchc.ENOTFOUND, task.remove_unit, "lead", "thanh-tra")
        self.assertEqual(task.progress, 0.0)
        self.assertEqual(task.status, cchc.Status.NOT_STARTED)

    def test_plan_values(self):
        plan = Plan()
        self.assertCode(cchc.ERANGE, setattr, plan, "year", 1800)
        self.assertCode(cchc.EINVAL, setattr, plan, "issue_date", "2023-13-01")
        self.assertCode(cchc.ERANGE, plan.insert_task, 1, Task("1", 1, "x"))
        self.assertCode(cchc.ERANGE, plan.insert_task, -2, Task("1", 1, "x"))
        self.assertCode(cchc.ENOTFOUND, plan.remove_task, "1")
        self.assertCode(cchc.ENOTFOUND, plan.move_task, "1", 0)
        self.assertCode(cchc.ENOTFOUND, plan.task_index, "1")
        self.assertCode(cchc.ENOTFOUND, plan.add_task, Task("1", 1, "x", lead=["van-phong"]))
        self.assertEqual(len(plan.tasks), 0)
        self.assertCode(cchc.ENOTFOUND, plan.add_unit,
                        Unit("con", "Đơn vị con", "agency", parent="me"))
        plan.add_unit(Unit("me", "Đơn vị mẹ", "agency"))
        self.assertCode(cchc.EEXISTS, plan.add_unit, Unit("me", "Khác", "agency"))
        stored = plan.add_task(Task("1", 1, "x"))
        self.assertCode(cchc.ENOTFOUND, stored.add_unit, "lead", "khong-co")
        self.assertCode(cchc.EINVAL, setattr, plan.find_unit("me"), "parent", "me")

    def test_unit_values(self):
        self.assertCode(cchc.EINVAL, Unit, "@van-phong", "Văn phòng", "office")
        self.assertCode(cchc.EINVAL, Unit, "van phong", "Văn phòng", "office")
        self.assertCode(cchc.EINVAL, Unit, "van-phong", "", "office")
        self.assertCode(cchc.EINVAL, Unit, "van-phong", "Văn phòng", 0)
        self.assertCode(cchc.EINVAL, Unit, "van-phong", "Văn phòng", "ofice")
        unit = Unit("van-phong", "Văn phòng Sở", "office")
        self.assertCode(cchc.EEXISTS, unit.add_alias, "VĂN PHÒNG SỞ")
        self.assertCode(cchc.EINVAL, setattr, unit, "name", "")
        self.assertCode(cchc.ERANGE, unit.remove_alias, 0)
        self.assertCode(cchc.EINVAL, setattr, unit, "parent", "van-phong")

    def test_text_that_cannot_cross_the_c_api(self):
        self.assertCode(cchc.EINVAL, Task, "1", 1, "a\0b")
        self.assertCode(cchc.EINVAL, Task, "1", 1, "\ud800")
        self.assertCode(cchc.EINVAL, Task, "1", 1, b"\xc3\x28")  # bytes: checked by C
        with self.assertRaises(TypeError):
            Task("1", 1, 42)
        with self.assertRaises(TypeError):
            Task("1", 1, "x", colour="blue")
        with self.assertRaises(TypeError):
            Plan().add_task("1.1")

    def test_last_error_does_not_leak_into_later_successes(self):
        plan = Plan()
        with self.assertRaises(cchc.NotFoundError):
            plan.remove_task("x")
        plan.title = "Kế hoạch"  # succeeds: no stale error is raised
        self.assertEqual(plan.title, "Kế hoạch")


if __name__ == "__main__":
    unittest.main()
