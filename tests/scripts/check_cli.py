#!/usr/bin/env python3
"""The cchc example program: output of `cchc show` on the bundled plan, exit
statuses, and errors on stderr that name the place of a problem."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

CCHC = None


# Under the valgrind preset every run goes through valgrind (CCHC_TEST_LAUNCHER,
# a ';'-separated command), which then fails the test on a leak or error.
LAUNCHER = [a for a in os.environ.get("CCHC_TEST_LAUNCHER", "").split(";") if a]


def run(*args, env=None):
    r = subprocess.run([*LAUNCHER, CCHC, *args], capture_output=True, text=True, env=env)
    if LAUNCHER and r.returncode == 99:
        raise AssertionError(f"valgrind found errors in cchc {' '.join(args)}:\n{r.stderr}")
    return r


class ShowBundledPlan(unittest.TestCase):
    def test_show_without_file_lists_50_tasks_by_area(self):
        r = run("show")
        self.assertEqual(r.returncode, 0, r.stderr)
        counts = [int(m.group(2)) for m in
                  re.finditer(r"^  ([1-7])  .*?\s(\d+)$", r.stdout, re.M)]
        self.assertEqual(counts, [10, 11, 6, 5, 5, 6, 7])
        self.assertRegex(r.stdout, r"Tổng cộng \(total\)\s+50\n")
        task_lines = re.findall(r"^  \d\.\d+\s", r.stdout, re.M)
        self.assertEqual(len(task_lines), 50)
        self.assertIn("Kế hoạch thực hiện công tác cải cách hành chính năm 2023", r.stdout)
        self.assertIn("Thời gian: Quý III/IV năm 2023", r.stdout)
        self.assertEqual(r.stderr, "")

    def test_show_counts_tasks_per_lead_unit(self):
        r = run("show")
        self.assertRegex(r.stdout, r"\n  Văn phòng\s+36\n")
        self.assertRegex(r.stdout, r"\n  Thanh tra\s+3\n")

    def test_show_with_bundled_file_path(self):
        path = os.path.join(os.environ["CCHC_DATA_DIR"], "plan-2023-hai-duong-sldtbxh.json")
        self.assertEqual(run("show", path).stdout, run("show").stdout)


class Errors(unittest.TestCase):
    def test_missing_file_exits_1_naming_it(self):
        r = run("show", "/nonexistent/plan.json")
        self.assertEqual(r.returncode, 1)
        self.assertIn("/nonexistent/plan.json", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_broken_file_names_line_column_and_path(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bad.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write('{\n  "format": "cchc-plan",\n  "version": 1,\n'
                        '  "tasks": [\n    {"id": "1.1", "area": 9}\n  ]\n}\n')
            r = run("show", path)
            self.assertEqual(r.returncode, 1)
            self.assertIn(f"{path}:5:", r.stderr)
            self.assertIn("$.tasks[0].area", r.stderr)

    def test_unknown_key_is_a_warning_on_stderr(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "warn.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write('{"format": "cchc-plan", "version": 1, "colour": "red"}\n')
            r = run("show", path)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("$.colour", r.stderr)
            self.assertIn("warning", r.stderr)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("show", "--bogus").returncode, 2)
        self.assertEqual(run("show", "a.json", "b.json").returncode, 2)

    def test_help_and_version(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("show", r.stdout)
        r = run("show", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc show", r.stdout)
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^cchc \d+\.\d+\.\d+ \(libcchc \d+\.\d+\.\d+\)\n$")


if __name__ == "__main__":
    CCHC = sys.argv.pop(1)
    sys.argv.pop(1)  # test data folder, reserved for fixtures
    unittest.main(verbosity=2)
