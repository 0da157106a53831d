"""plan.resolve_unit(): names as officials write them → references."""

import unicodedata
import unittest

import cchc_test_support  # noqa: F401  (checks the environment)
import cchc


class ResolveUnitTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.plan = cchc.Plan.load(cchc.bundled_plan_path())

    def check(self, name, expected):
        with self.subTest(name=name):
            self.assertEqual(self.plan.resolve_unit(name), expected)

    def test_exact_names_short_names_ids_and_aliases(self):
        self.check("Văn phòng Sở", "van-phong")
        self.check("Văn phòng", "van-phong")
        self.check("van-phong", "van-phong")
        self.check("VP Sở", "van-phong")
        self.check("Phòng Phòng, chống TNXH", "phong-tnxh")
        self.check("UBND tỉnh", "ubnd-tinh")
        self.check("Bộ LĐTBXH", "bo-ldtbxh")

    def test_case_dashes_spaces_and_final_stop(self):
        self.check("VĂN PHÒNG SỞ", "van-phong")
        self.check("văn phòng sở.", "van-phong")
        self.check("  Văn   phòng  Sở ", "van-phong")
        self.check("Phòng Kế hoạch - Tài chính", "phong-khtc")
        self.check("Phòng Kế hoạch—Tài chính", "phong-khtc")
        self.check("Phòng Kế hoạch Tài chính", "phong-khtc")
        self.check("Trung tâm Thông tin - VP UBND tỉnh", "tt-thong-tin")

    def test_decomposed_accents(self):
        nfd = unicodedata.normalize("NFD", "Phòng Người có công")
        self.assertNotEqual(nfd, "Phòng Người có công")
        self.check(nfd, "phong-ncc")

    def test_group_words_and_tokens(self):
        self.check("Các phòng, đơn vị thuộc Sở", "@internal")
        self.check("các phòng, đơn vị liên quan", "@related")
        self.check("Các phòng chuyên môn", "@divisions")
        self.check("Các phòng, đơn vị có TTHC", "@procedures")
        self.check("@related", "@related")

    def test_not_found_empty_and_ambiguous(self):
        with self.assertRaises(cchc.NotFoundError) as caught:
            self.plan.resolve_unit("Sở Tài chính")
        self.assertIn("Sở Tài chính", caught.exception.message)
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.resolve_unit("")
        with self.assertRaises(cchc.InvalidArgumentError):
            self.plan.resolve_unit(b"\xff")
        plan = cchc.Plan()
        plan.add_unit(cchc.Unit("phong-a", "Phòng A", "division", aliases=["Phòng chung"]))
        plan.add_unit(cchc.Unit("phong-b", "Phòng B", "division", aliases=["Phòng chung"]))
        with self.assertRaises(cchc.AmbiguousError) as caught:
            plan.resolve_unit("phòng chung")
        self.assertEqual(caught.exception.code, cchc.EAMBIGUOUS)
        self.assertIn("phong-a", caught.exception.message)
        self.assertIn("phong-b", caught.exception.message)

    def test_result_outlives_the_plan(self):
        plan = cchc.Plan.load(cchc.bundled_plan_path())
        ref = plan.resolve_unit("Thanh tra Sở")
        del plan
        self.assertEqual(ref, "thanh-tra")  # a Python str, not a borrowed pointer


if __name__ == "__main__":
    unittest.main()
