"""Building a plan from Python, saving it and reading it back."""

import datetime
import json
import os
import tempfile
import unittest

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc
from cchc import Area, Evidence, Plan, Role, Status, Task, Unit, UnitKind


def build():
    plan = Plan()
    plan.number = "15/KH-SLĐTBXH"
    plan.agency = "Sở Lao động - Thương binh và Xã hội"
    plan.place = "Hải Dương"
    plan.issue_date = datetime.date(2023, 1, 16)
    plan.issue_date_text = "ngày 16 tháng 01 năm 2023"
    plan.year = 2023
    plan.title = "Kế hoạch cải cách hành chính năm 2023"
    plan.basis = "Căn cứ Kế hoạch số 3776/KH-UBND"
    plan.purposes = "1. Mục đích\n2. Yêu cầu"
    plan.organisation = "Các phòng, đơn vị triển khai thực hiện."
    plan.signer = "Nguyễn Văn A"
    plan.signer_title = "Giám đốc"
    plan.recipients = "UBND tỉnh\nSở Nội vụ"
    plan.set_area_text(Area.PROCEDURES, "Rà soát thủ tục hành chính.")

    plan.add_unit(Unit("van-phong", "Văn phòng Sở", UnitKind.OFFICE,
                       short_name="Văn phòng", aliases=["VP Sở"]))
    plan.add_unit(Unit("ubnd-tinh", "Ủy ban nhân dân tỉnh", "external", short_name="UBND tỉnh"))
    plan.add_unit(Unit("vp-ubnd", "Văn phòng UBND tỉnh", UnitKind.EXTERNAL, parent="ubnd-tinh"))

    task = Task("3.1", Area.PROCEDURES, "Rà soát, đơn giản hóa thủ tục hành chính",
                product="Báo cáo rà soát", when="Quý II/2023", lead=["van-phong"],
                coordinating=["@internal", "vp-ubnd"])
    task.group = "3. Cải cách thủ tục hành chính"
    task.status = "in_progress"
    task.progress = 40
    task.notes = "Đợt 1\nĐợt 2"
    task.add_mention(Role.COORDINATING, "Trung tâm Phục vụ HCC (phối hợp)")
    task.add_evidence(number="12/BC-SLĐTBXH", date="2023-04-05", title="Báo cáo rà soát")
    plan.add_task(task)
    done = Task("1.1", 1, "Ban hành kế hoạch", status=Status.DONE, progress=100,
                completed="2023-01-16", lead=["van-phong"])
    plan.insert_task(0, done)
    return plan


class BuildPlanTest(unittest.TestCase):
    def test_build_save_and_reload(self):
        plan = build()
        self.assertEqual([t.key for t in plan.tasks], ["1.1", "3.1"])
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "ke-hoach.json")
            plan.save(path)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertEqual(text, plan.dumps())
            self.assertIn("Rà soát, đơn giản hóa thủ tục hành chính", text)  # not \u-escaped
            doc = json.loads(text)
            again = Plan.load(path)
        self.assertEqual(again.warnings, [])
        self.assertEqual(again.dumps(), text)
        self.assertEqual(doc["issue_date"], "2023-01-16")
        self.assertEqual(again.issue_date, "2023-01-16")
        self.assertEqual(again.year, 2023)
        self.assertEqual(again.number, "15/KH-SLĐTBXH")
        self.assertEqual(again.recipients, "UBND tỉnh\nSở Nội vụ")
        self.assertEqual(again.area_text(3), "Rà soát thủ tục hành chính.")
        self.assertEqual(again.units.ids(), ["van-phong", "ubnd-tinh", "vp-ubnd"])
        self.assertEqual(again.find_unit("van-phong").aliases, ["VP Sở"])
        self.assertEqual(again.find_unit("vp-ubnd").parent, "ubnd-tinh")
        t = again.find_task("3.1")
        self.assertEqual(t.area, Area.PROCEDURES)
        self.assertEqual(t.status, Status.IN_PROGRESS)
        self.assertEqual(t.progress, 40.0)
        self.assertEqual(t.lead, ["van-phong"])
        self.assertEqual(t.coordinating, ["@internal", "vp-ubnd"])
        self.assertEqual(t.coordinating_mentions, ["Trung tâm Phục vụ HCC (phối hợp)"])
        self.assertEqual(t.evidence, [Evidence("12/BC-SLĐTBXH", "2023-04-05",
                                               "Báo cáo rà soát", "")])
        self.assertEqual(t.notes, "Đợt 1\nĐợt 2")
        d = again.find_task("1.1")
        self.assertEqual((d.status, d.completed), (Status.DONE, "2023-01-16"))

    def test_adding_copies_and_keeps_callers_object_separate(self):
        plan = build()
        mine = Task("2.1", Area.INSTITUTIONS, "Rà soát văn bản")
        stored = plan.add_task(mine)
        self.assertIsNot(stored, mine)
        self.assertTrue(stored.is_borrowed)
        self.assertFalse(mine.is_borrowed)
        self.assertEqual(stored.key, "2.1")
        self.assertEqual(mine.key, "")
        mine.title = "Đổi tên"
        self.assertEqual(stored.title, "Rà soát văn bản")
        stored.title = "Tên trong kế hoạch"
        self.assertEqual(mine.title, "Đổi tên")
        # The same object added twice: two copies with distinct keys.
        second = plan.add_task(mine)
        self.assertEqual(second.key, "2.1#2")
        self.assertEqual(plan.find_task("2.1#2").title, "Đổi tên")

        unit = Unit("thanh-tra", "Thanh tra Sở", UnitKind.INSPECTORATE)
        stored_unit = plan.add_unit(unit)
        unit.name = "Khác"
        self.assertEqual(stored_unit.name, "Thanh tra Sở")
        self.assertIs(plan.find_unit("thanh-tra"), stored_unit)

    def test_insert_move_remove(self):
        plan = build()
        plan.add_task(Task("7.1", 7, "Số hóa"))
        plan.insert_task(-1, Task("5.1", 5, "Công vụ"))
        self.assertEqual(plan.tasks.keys(), ["1.1", "3.1", "5.1", "7.1"])
        plan.move_task("7.1", 0)
        self.assertEqual(plan.tasks.keys(), ["7.1", "1.1", "3.1", "5.1"])
        plan.move_task("7.1", -1)
        self.assertEqual(plan.tasks.keys(), ["1.1", "3.1", "5.1", "7.1"])
        self.assertEqual(plan.task_index("5.1"), 2)
        removed = plan.remove_task("3.1")
        self.assertFalse(removed.is_borrowed)
        self.assertEqual(removed.key, "3.1")
        self.assertEqual(removed.title, "Rà soát, đơn giản hóa thủ tục hành chính")
        self.assertEqual(plan.tasks.keys(), ["1.1", "5.1", "7.1"])
        self.assertEqual(plan.area_task_count(Area.PROCEDURES), 0)
        # A removed task can be added again, keeping its key.
        self.assertEqual(plan.add_task(removed).key, "3.1")

    def test_unit_removal_and_in_use(self):
        plan = build()
        with self.assertRaises(cchc.InUseError):
            plan.remove_unit("van-phong")  # named by tasks
        with self.assertRaises(cchc.InUseError):
            plan.remove_unit("ubnd-tinh")  # parent of vp-ubnd
        plan.find_task("3.1").remove_unit(Role.COORDINATING, "vp-ubnd")
        removed = plan.remove_unit("vp-ubnd")
        self.assertEqual(removed.name, "Văn phòng UBND tỉnh")
        self.assertIsNone(plan.find_unit("vp-ubnd"))
        plan.remove_unit("ubnd-tinh")
        self.assertEqual(plan.units.ids(), ["van-phong"])

    def test_task_lists_can_be_replaced(self):
        plan = build()
        task = plan.find_task("3.1")
        task.coordinating = ["@related"]
        self.assertEqual(task.coordinating, ["@related"])
        with self.assertRaises(cchc.NotFoundError):
            task.lead = ["van-phong", "phong-khong-co"]
        self.assertEqual(task.lead, ["van-phong"])  # restored after the failure
        task.lead_mentions = ["Giám đốc Sở"]
        self.assertEqual(task.lead_mentions, ["Giám đốc Sở"])
        task.evidence = [("1/QĐ", "", "Quyết định", "https://example.org/1")]
        self.assertEqual(task.evidence[0].link, "https://example.org/1")
        task.remove_evidence(-1)
        self.assertEqual(task.evidence, [])
        self.assertTrue(task.has_unit("coordinating", "@related"))

    def test_paths_may_be_pathlib(self):
        import pathlib
        plan = build()
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / "kế-hoạch.json"
            plan.save(path)
            self.assertEqual(Plan.load(path).dumps(), plan.dumps())

    def test_clearing_optional_fields(self):
        plan = build()
        plan.issue_date = None
        plan.year = None
        plan.title = None
        self.assertEqual((plan.issue_date, plan.year, plan.title), ("", 0, ""))
        task = plan.find_task("1.1")
        task.completed = ""
        self.assertEqual(task.completed, "")


if __name__ == "__main__":
    unittest.main()
