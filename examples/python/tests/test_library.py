"""Loading the library, its version, enums and error basics."""

import os
import subprocess
import sys
import unittest

import cchc_test_support as support
import cchc


class LoadingTest(unittest.TestCase):
    def test_loaded_from_cchc_library(self):
        self.assertEqual(os.path.realpath(cchc.library_path()),
                         os.path.realpath(support.LIBRARY))

    def test_version_matches_binding(self):
        major, minor, patch = (int(x) for x in cchc.version().split("."))
        self.assertEqual((major, minor), cchc.API_VERSION)
        self.assertEqual(cchc.version_number(), major * 10000 + minor * 100 + patch)

    def test_data_dir_follows_environment(self):
        self.assertEqual(cchc.data_dir(), support.DATA_DIR)
        self.assertEqual(cchc.bundled_plan_path(),
                         os.path.join(support.DATA_DIR, "plan-2023-hai-duong-sldtbxh.json"))

    def _import_in_child(self, library):
        env = support.child_env()
        env["CCHC_LIBRARY"] = library
        return subprocess.run([sys.executable, "-c", "import cchc"], env=env,
                              capture_output=True, text=True, timeout=60)

    def test_bad_cchc_library_names_the_variable(self):
        result = self._import_in_child("/nonexistent/libcchc.so")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ImportError", result.stderr)
        self.assertIn("CCHC_LIBRARY", result.stderr)
        self.assertIn("/nonexistent/libcchc.so", result.stderr)

    def test_library_that_is_not_libcchc_is_refused(self):
        # libc loads fine but has no cchc_version_string().
        import ctypes.util
        libc = ctypes.util.find_library("c")
        self.assertTrue(libc, "no C library found to use as a wrong library")
        result = self._import_in_child(libc)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ImportError", result.stderr)
        self.assertIn("not libcchc", result.stderr)


class EnumTest(unittest.TestCase):
    def test_areas_have_names_from_the_library(self):
        self.assertEqual(len(cchc.Area), 7)
        self.assertEqual(cchc.Area.INSTITUTIONS.name_vi, "Cải cách thể chế")
        self.assertEqual(cchc.Area.INSTITUTIONS.name_en, "Institutional reform")
        self.assertEqual(cchc.Area(3).name_vi, "Cải cách thủ tục hành chính")
        for area in cchc.Area:
            self.assertTrue(area.name_vi)
            self.assertTrue(area.name_en)
        self.assertEqual(cchc.area_name_vi(9), "")
        self.assertEqual(cchc.area_name_en(0), "")
        self.assertTrue(cchc.Area.is_valid(7))
        self.assertFalse(cchc.Area.is_valid(8))

    def test_status_tokens(self):
        self.assertEqual([s.token for s in cchc.Status],
                         ["not_started", "in_progress", "done", "cancelled"])
        self.assertEqual(cchc.Status.from_token("done"), cchc.Status.DONE)
        self.assertEqual(cchc.Status.DONE.label_vi, "Đã hoàn thành")
        with self.assertRaises(cchc.InvalidArgumentError):
            cchc.Status.from_token("finished")

    def test_unit_kinds_groups_roles_severities(self):
        self.assertEqual([k.token for k in cchc.UnitKind],
                         ["division", "office", "agency", "inspectorate", "external",
                          "leadership"])
        self.assertEqual(cchc.UnitKind.from_token("office"), cchc.UnitKind.OFFICE)
        self.assertEqual([g.token for g in cchc.Group],
                         ["@internal", "@related", "@divisions", "@procedures"])
        self.assertEqual(cchc.Group.from_token("@divisions"), cchc.Group.DIVISIONS)
        self.assertIsNone(cchc.Group.from_token("van-phong"))
        self.assertEqual(cchc.Group.INTERNAL.name_vi, "Các phòng, đơn vị thuộc Sở")
        self.assertTrue(cchc.Group.INTERNAL.is_specified)
        self.assertFalse(cchc.Group.RELATED.is_specified)
        self.assertEqual(int(cchc.Role.LEAD), 1)
        self.assertEqual(cchc.Role.from_token("coordinating"), cchc.Role.COORDINATING)
        self.assertEqual(cchc.Severity.WARNING.token, "warning")
        self.assertEqual(cchc.Severity.from_token("info"), cchc.Severity.INFO)
        with self.assertRaises(cchc.InvalidArgumentError):
            cchc.Severity.from_token("fatal")


class BindingCoverageTest(unittest.TestCase):
    HEADERS = ("schedule.h", "period.h", "plan.h", "progress.h", "export.h",
               "diagnostics.h", "validate.h", "appendix.h", "scheme.h", "scorecard.h",
               "explain.h", "ranking.h")

    def test_every_function_of_the_bound_headers_is_declared(self):
        import re
        from cchc import _lib
        include = os.path.join(os.path.dirname(support.PACKAGE_ROOT), os.pardir,
                               "include", "cchc")
        for header in self.HEADERS:
            with open(os.path.join(include, header), encoding="utf-8") as f:
                text = f.read()
            functions = re.findall(r"CCHC_API[^;{]*?\b(cchc_\w+)\s*\(", text)
            self.assertTrue(functions, header)
            for name in functions:
                with self.subTest(header=header, function=name):
                    self.assertIn(name, _lib._PROTOTYPES)
                    self.assertTrue(callable(getattr(_lib, name)))


class ErrorBasicsTest(unittest.TestCase):
    def test_error_names_and_descriptions(self):
        self.assertEqual(cchc.error_name(cchc.ENOTFOUND), "CCHC_ENOTFOUND")
        self.assertEqual(cchc.strerror(cchc.ENOTFOUND), "not found")
        self.assertEqual(cchc.error_name(-999), "CCHC_EUNKNOWN")

    def test_every_subclass_derives_from_cchc_error(self):
        for code in range(-1, -13, -1):
            error = cchc.errors.error_for(code, "m")
            self.assertIsInstance(error, cchc.CchcError)
            self.assertEqual(error.code, code)
            self.assertEqual(error.name, cchc.error_name(code))
        self.assertIs(type(cchc.errors.error_for(-99, "m")), cchc.CchcError)

    def test_error_carries_code_name_and_message(self):
        with self.assertRaises(cchc.CchcError) as caught:
            cchc.Plan().remove_unit("nope")
        error = caught.exception
        self.assertIsInstance(error, cchc.NotFoundError)
        self.assertIsInstance(error, LookupError)
        self.assertEqual(error.code, cchc.ENOTFOUND)
        self.assertEqual(error.name, "CCHC_ENOTFOUND")
        self.assertIn('"nope"', error.message)
        self.assertIn(error.message, str(error))
        self.assertIn("CCHC_ENOTFOUND", str(error))


if __name__ == "__main__":
    unittest.main()
