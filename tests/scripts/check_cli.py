#!/usr/bin/env python3
"""The cchc example program: output of `cchc show` on the bundled plan, exit
statuses, and errors on stderr that name the place of a problem."""
import csv
import io
import json
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


class ValidateAndImport(unittest.TestCase):
    SEED_TABLE = os.path.join(os.path.dirname(__file__), "..", "data", "appendix",
                              "seed-2023-appendix.tsv")

    def test_validate_bundled_plan_reports_the_duplicate_2_10(self):
        r = run("validate", "--today", "2023-12-31")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("task 2.10#2: warning:", r.stdout)
        self.assertIn("[task.duplicate-id]", r.stdout)
        self.assertRegex(r.stdout, r"\n0 errors, \d+ warnings, \d+ notes\n$")

    def test_validate_json_and_vietnamese(self):
        r = run("validate", "--today", "2023-12-31", "--format", "json")
        self.assertEqual(r.returncode, 0)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["format"], "cchc-diagnostics")
        self.assertIn("task.duplicate-id", [d["code"] for d in doc["diagnostics"]])
        r = run("validate", "--today", "2023-12-31", "--vi")
        self.assertIn("trùng với một nhiệm vụ ở trên", r.stdout)

    def test_validate_errors_exit_1_and_disable_works(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "p.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write('{"format": "cchc-plan", "version": 1, "year": 2023, "tasks": '
                        '[{"id": "1.1", "area": 1, "title": "Việc"}]}')
            r = run("validate", path)
            self.assertEqual(r.returncode, 1)
            self.assertIn("[task.no-lead]", r.stdout)
            r = run("validate", path, "--disable", "task.no-lead")
            self.assertEqual(r.returncode, 0, r.stdout)
        self.assertEqual(run("validate", "--disable", "no.such-rule").returncode, 2)
        self.assertEqual(run("validate", "--format", "xml").returncode, 2)
        r = run("validate", "--rules")
        self.assertIn("task.duplicate-id", r.stdout)

    def test_import_seed_table_with_bundled_units(self):
        units = os.path.join(os.environ["CCHC_DATA_DIR"], "plan-2023-hai-duong-sldtbxh.json")
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "imported.json")
            r = run("import", self.SEED_TABLE, "--units", units, "-o", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("50 tasks saved", r.stderr)
            self.assertIn("[appendix.repeated-header]", r.stderr)
            self.assertIn("[task.duplicate-id]", r.stderr)
            with open(out, encoding="utf-8") as f:
                plan = json.load(f)
            self.assertEqual(len(plan["tasks"]), 50)
            with open(units, encoding="utf-8") as f:
                bundled = json.load(f)
            for got, want in zip(plan["tasks"], bundled["tasks"]):
                for key in ("key", "id", "area", "title", "product", "lead", "coordinating",
                            "when"):
                    self.assertEqual(got.get(key), want.get(key), (want["key"], key))

    def test_import_errors(self):
        with tempfile.TemporaryDirectory() as d:
            empty = os.path.join(d, "empty.tsv")
            open(empty, "w").close()
            r = run("import", empty, "-o", os.path.join(d, "x.json"))
            self.assertEqual(r.returncode, 1)
            self.assertIn("appendix.no-header", r.stderr)
            self.assertFalse(os.path.exists(os.path.join(d, "x.json")))
        self.assertEqual(run("import", self.SEED_TABLE).returncode, 2)  # no -o


class When(unittest.TestCase):
    """cchc when TEXT --year N: how a time expression is read."""

    def test_quarters_read_as_one_interval(self):
        r = run("when", "Quý III/IV năm 2023", "--year", "2023")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1. interval, quarter: within Q3–Q4 2023: 2023-07-01 … 2023-12-31, "
                      "deadline 2023-12-31", r.stdout)
        self.assertIn("2023-07-01", r.stdout)
        self.assertIn("2023-12-31", r.stdout)
        self.assertEqual(r.stderr, "")

    def test_two_milestones_with_labels(self):
        r = run("when", "Xây dựng KH trong quý I/2023; triển khai trong quý III, IV năm 2023",
                "--year", "2023")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"\n1\. interval, quarter: \[Xây dựng KH\] within Q1 2023")
        self.assertRegex(r.stdout, r"\n2\. interval, quarter: \[triển khai\] within Q3–Q4 2023")

    def test_list_prints_every_occurrence(self):
        r = run("when", "Tháng 3,6,9,12/2023", "--year=2023")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1. list, month:", r.stdout)
        occurrences = re.findall(r"^ +\d\) (\S+) … (\S+)$", r.stdout, re.M)
        self.assertEqual(occurrences, [("2023-03-01", "2023-03-31"), ("2023-06-01", "2023-06-30"),
                                       ("2023-09-01", "2023-09-30"), ("2023-12-01", "2023-12-31")])

    def test_plan_year_is_used_where_the_text_names_none(self):
        r = run("when", "Thường xuyên", "--year", "2024")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("continuous, year: continuous through 2024: 2024-01-01 … 2024-12-31",
                      r.stdout)

    def test_event_kind_is_printed(self):
        r = run("when", "--year", "2023", "Khi có hướng dẫn của Sở Nội vụ")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1. event, none: on an event: có hướng dẫn của Sở Nội vụ", r.stdout)

    def test_not_understood_exits_1_with_the_reason(self):
        for text, reason in [("Quý V/2023", "quarter V does not exist"),
                             ("31/2/2023", "31/2/2023 is not a real date"),
                             ("năm", "a word alone"),
                             ("", "empty")]:
            r = run("when", text, "--year", "2023")
            self.assertEqual(r.returncode, 1, text)
            self.assertIn("unknown, none: not understood (", r.stdout)
            self.assertIn(reason, r.stdout)
            self.assertIn(reason, r.stderr)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("when", "Quý I/2023").returncode, 2)  # --year is required
        self.assertEqual(run("when", "--year", "2023").returncode, 2)  # no text
        self.assertEqual(run("when", "Quý I", "--year").returncode, 2)
        self.assertEqual(run("when", "Quý I", "--year", "abc").returncode, 2)
        self.assertEqual(run("when", "Quý I", "--year", "1899").returncode, 2)
        self.assertEqual(run("when", "Quý I", "--year", "10000").returncode, 2)
        self.assertEqual(run("when", "Quý I", "Quý II", "--year", "2023").returncode, 2)
        r = run("when", "Quý I", "--year", "2023", "--bogus")
        self.assertEqual(r.returncode, 2)
        self.assertIn("Usage: cchc when", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_double_dash_ends_options(self):
        r = run("when", "--year", "2023", "--", "- Quý II/2023")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("2023-04-01 … 2023-06-30", r.stdout)

    def test_help(self):
        r = run("when", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc when TEXT --year N", r.stdout)
        self.assertIn("when", run("--help").stdout)


# ---- cchc report and cchc calendar ------------------------------------------

# The tasks of the bundled plan overdue on 2023-04-01 when nothing is done:
# those whose deadlines fell before that day (docs/progress.md).
OVERDUE_2023_04_01 = ["1.1", "1.2", "1.3", "1.4", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4",
                      "2.10", "3.1", "3.6", "4.1", "4.2", "4.4", "5.1", "5.5", "6.4", "7.1",
                      "7.3"]


def run_bytes(*args):
    """Like run(), but the output as bytes, line ends untouched."""
    r = subprocess.run([*LAUNCHER, CCHC, *args], capture_output=True)
    if LAUNCHER and r.returncode == 99:
        raise AssertionError(f"valgrind found errors in cchc {' '.join(args)}:\n"
                             f"{r.stderr.decode('utf-8', 'replace')}")
    return r


def not_started_plan(directory):
    """The bundled plan with every task marked not started, saved in @directory."""
    with open(os.path.join(os.environ["CCHC_DATA_DIR"], "plan-2023-hai-duong-sldtbxh.json"),
              encoding="utf-8") as f:
        plan = json.load(f)
    for task in plan["tasks"]:
        task["status"] = "not_started"
        task["progress"] = 0
        task.pop("completed", None)
    path = os.path.join(directory, "not-started.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    return path


class Report(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.plan = not_started_plan(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_text_lists_exactly_the_tasks_overdue_on_2023_04_01(self):
        r = run("report", self.plan, "--as-of", "2023-04-01")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        self.assertTrue(r.stdout.startswith(
            "Tiến độ thực hiện kế hoạch CCHC đến ngày 01/04/2023\n"))
        head, _, listing = r.stdout.partition(
            "Nhiệm vụ quá hạn tại ngày chốt (tasks overdue at the cut-off): 21\n")
        self.assertTrue(listing, r.stdout)
        ids = [line.split()[0] for line in listing.splitlines()[1:]]
        self.assertEqual(ids, OVERDUE_2023_04_01)
        self.assertRegex(head, r"Tỷ lệ hoàn thành \(completion rate\)\s+0\.00%\n")
        self.assertRegex(head, r"\n  Quá hạn \(overdue\)\s+21\n")

    def test_json_csv_and_markdown(self):
        r = run("report", self.plan, "--as-of", "2023-04-01", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual((doc["format"], doc["version"]), ("cchc-report", 1))
        self.assertEqual(doc["overdue"], OVERDUE_2023_04_01)
        self.assertEqual(doc["totals"]["due"], 21)
        self.assertEqual(doc["totals"]["completion_rate"], 0)
        self.assertEqual(doc["cutoff"], "2023-04-01")
        self.assertEqual(doc["window"], {"from": "2022-12-01", "to": "2023-04-01"})
        self.assertEqual([t["key"] for t in doc["tasks"] if t["state"] == "overdue"],
                         OVERDUE_2023_04_01)
        self.assertEqual(sum(a["tasks"] for a in doc["by_area"]), 50)

        r = run_bytes("report", self.plan, "--as-of", "2023-04-01", "--format", "csv")
        self.assertEqual(r.returncode, 0)
        self.assertFalse(r.stdout.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"), newline="")))
        self.assertEqual(rows[0][:3], ["key", "id", "area"])
        self.assertEqual(len(rows), 51)
        state = rows[0].index("state")
        self.assertEqual([row[0] for row in rows[1:] if row[state] == "overdue"],
                         OVERDUE_2023_04_01)
        self.assertEqual(r.stdout.count(b"\r\n"), 51)
        bom = run_bytes("report", self.plan, "--as-of", "2023-04-01", "--format", "csv",
                        "--bom")
        self.assertEqual(bom.stdout, b"\xef\xbb\xbf" + r.stdout)

        r = run("report", self.plan, "--as-of", "2023-04-01", "--format", "md")
        self.assertEqual(r.returncode, 0)
        self.assertTrue(r.stdout.startswith("# Tiến độ thực hiện kế hoạch CCHC"))
        self.assertIn("\n| 2.10 | 2022-12-31 | Thanh tra |", r.stdout)

    def test_period_report_stands_at_its_cutoff(self):
        r = run("report", self.plan, "--as-of", "2023-04-01", "--period", "q1",
                "--format", "json", "--due-soon", "30")
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["period"], "q1")
        self.assertEqual(doc["window"], {"from": "2022-12-10", "to": "2023-03-09"})
        self.assertEqual(doc["cutoff"], "2023-03-09")
        self.assertEqual(doc["overdue"], ["1.1", "2.10", "7.1"])
        self.assertEqual(doc["due_soon_days"], 30)
        states = {t["key"]: t["state"] for t in doc["tasks"]}
        self.assertEqual(states["1.3"], "due_soon")  # Quý I/2023, 22 days after the cut-off
        self.assertEqual(states["1.5"], "not_due")

    def test_bundled_plan_by_default(self):
        r = run("report", "--as-of=2023-04-01", "--format=json")
        self.assertEqual(r.returncode, 0, r.stderr)
        path = os.path.join(os.environ["CCHC_DATA_DIR"], "plan-2023-hai-duong-sldtbxh.json")
        self.assertEqual(run("report", path, "--as-of", "2023-04-01", "--format", "json").stdout,
                         r.stdout)

    def test_usage_errors_exit_2(self):
        for args in (["report"],                                          # no --as-of
                     ["report", "--as-of"],                               # no value
                     ["report", "--as-of", "2023-02-30"],
                     ["report", "--as-of", "1/4/2023"],
                     ["report", "--as-of", "2023-04-01", "--period", "q9"],
                     ["report", "--as-of", "2023-04-01", "--format", "pdf"],
                     ["report", "--as-of", "2023-04-01", "--bom"],         # not CSV
                     ["report", "--as-of", "2023-04-01", "--due-soon", "367"],
                     ["report", "--as-of", "2023-04-01", "--due-soon", "soon"],
                     ["report", "--as-of", "2023-04-01", "--colour"],
                     ["report", "a.json", "b.json", "--as-of", "2023-04-01"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc report: "), r.stderr)
        r = run("report", "--as-of", "2023-04-01", "--period", "q9")
        self.assertIn("q1, h1, q3, year", r.stderr)

    def test_data_errors_exit_1(self):
        r = run("report", "/nonexistent/plan.json", "--as-of", "2023-04-01")
        self.assertEqual(r.returncode, 1)
        self.assertIn("/nonexistent/plan.json", r.stderr)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "no-year.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write('{"format": "cchc-plan", "version": 1}\n')
            r = run("report", path, "--as-of", "2023-04-01")
            self.assertEqual(r.returncode, 1)
            self.assertIn("year", r.stderr)

    def test_help(self):
        r = run("report", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc report", r.stdout)
        self.assertIn("report", run("--help").stdout)


class Calendar(unittest.TestCase):
    def test_periods_and_next_deadline(self):
        r = run("calendar", "--as-of", "2023-04-01")
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = {line.split()[0]: line for line in r.stdout.splitlines()
                if re.match(r"^  (q1|h1|q3|year) ", line)}
        self.assertEqual(sorted(rows), ["h1", "q1", "q3", "year"])
        self.assertRegex(rows["q1"], r"2022-12-10 – 2023-03-09\s+2023-03-09\s+2023-03-13")
        self.assertRegex(rows["year"], r"2022-12-10 – 2023-12-09\s+2023-12-09\s+2023-12-13")
        self.assertRegex(r.stdout, r"next deadline after 2023-04-01\): 2023-06-09, ")
        self.assertIn("missing", rows["q1"])  # nothing submitted, deadline passed
        self.assertIn("pending", rows["h1"])
        r = run("calendar", "--as-of", "2023-12-20")
        self.assertIn("không còn (none)", r.stdout)

    def test_ics_to_stdout_and_file(self):
        r = run_bytes("calendar", "--ics", "--stamp", "2023-01-16")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        self.assertTrue(r.stdout.endswith(b"END:VCALENDAR\r\n"))
        self.assertIn(b"DTSTAMP:20230116T000000Z\r\n", r.stdout)
        self.assertIn(b"DUE;VALUE=DATE:20230331\r\n", r.stdout)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "plan.ics")
            w = run_bytes("calendar", "--ics", "--stamp", "2023-01-16", "-o", path)
            self.assertEqual(w.returncode, 0, w.stderr)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), r.stdout)
            listing = os.path.join(d, "periods.txt")
            self.assertEqual(run("calendar", "--as-of", "2023-04-01", "-o", listing).returncode,
                             0)
            with open(listing, encoding="utf-8") as f:
                self.assertEqual(f.read(), run("calendar", "--as-of", "2023-04-01").stdout)
        mine = run_bytes("calendar", "--ics", "--unit", "phong-ncc", "--stamp", "2023-01-16")
        self.assertEqual(mine.returncode, 0)
        self.assertLess(mine.stdout.count(b"BEGIN:VTODO"), r.stdout.count(b"BEGIN:VTODO"))

    def test_errors(self):
        for args, code in ((["calendar", "--unit", "thanh-tra"], 2),        # needs --ics
                           (["calendar", "--stamp", "2023-01-16"], 2),
                           (["calendar", "--ics", "--as-of", "2023-04-01"], 2),
                           (["calendar", "--ics", "--unit", "khong-co"], 2),
                           (["calendar", "--ics", "--stamp", "2023-13-01"], 2),
                           (["calendar", "--as-of", "tomorrow"], 2),
                           (["calendar", "--ics", "--unit"], 2),
                           (["calendar", "--frobnicate"], 2),
                           (["calendar", "/nonexistent/plan.json"], 1),
                           (["calendar", "--ics", "-o", "/nonexistent/dir/x.ics"], 1)):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, code, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc"), r.stderr)
        r = run("calendar", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc calendar", r.stdout)



# ---- scoring: scheme, score, explain, rank (docs/ranking.md) ----------------

DATA = os.environ.get("CCHC_DATA_DIR", "")
SCHEME = os.path.join(DATA, "scheme-2023-sample-department.json")


def sample_cards():
    """The sample scorecards, in name order (so-mau-a … so-mau-f)."""
    return sorted(os.path.join(DATA, f) for f in os.listdir(DATA)
                  if f.startswith("scorecard-2023-sample-") and f.endswith(".json"))


def fmt2(value):
    """A figure as libcchc shows it: two decimals, half away from zero, on the
    shortest decimal that reads back as the value (cchc_points_round())."""
    from decimal import ROUND_HALF_UP, Decimal
    return str(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def expected_ranks(indexes, policy="competition"):
    """Ranks of a list of indexes (in input order) under a tie policy."""
    order = sorted(range(len(indexes)), key=lambda i: (-indexes[i], i))
    ranks = [0] * len(indexes)
    dense = 0
    for k, i in enumerate(order):
        same = k > 0 and indexes[i] == indexes[order[k - 1]]
        if not same:
            dense += 1
        if policy == "dense":
            ranks[i] = dense
        elif policy == "ordinal":
            ranks[i] = k + 1
        else:
            ranks[i] = ranks[order[k - 1]] if same else k + 1
    return ranks


def check_svg(test, path, n_axes, unit_name):
    import xml.etree.ElementTree as ET
    ns = {"svg": "http://www.w3.org/2000/svg"}
    with open(path, "rb") as f:
        raw = f.read()
    test.assertTrue(raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n'))
    raw.decode("utf-8")  # UTF-8 throughout
    root = ET.fromstring(raw)
    test.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")
    axes = [e for e in root.iter("{http://www.w3.org/2000/svg}line")
            if e.get("class") == "axis"]
    test.assertEqual(len(axes), n_axes)
    test.assertEqual([a.get("data-area") for a in axes], [str(i + 1) for i in range(n_axes)])
    title = root.find("svg:title", ns)
    test.assertIn(unit_name, title.text)
    test.assertIsNotNone(root.find(".//svg:polygon[@id='unit']", ns))
    test.assertIsNotNone(root.find(".//svg:g[@id='legend']", ns))
    labels = [e for e in root.iter("{http://www.w3.org/2000/svg}text")
              if e.get("class") == "area-label"]
    test.assertEqual(len(labels), n_axes)
    return root


def write_json(directory, name, doc):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    return path


class SchemeCheck(unittest.TestCase):
    def test_sample_scheme_has_no_errors(self):
        r = run("scheme", "check", SCHEME)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("0 errors", r.stdout)
        self.assertRegex(r.stdout, r"scheme \"sample-department-2023\" \(2023\): 7 areas, "
                                   r"\d+ nodes, maximum 100\.00, 3 bands\n$")
        r = run("scheme", "check", SCHEME, "--format", "json")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout)["format"], "cchc-diagnostics")

    def test_bad_scheme_exits_1_with_located_findings(self):
        with open(SCHEME, encoding="utf-8") as f:
            doc = json.load(f)
        doc["nodes"][0]["maximum"] = doc["nodes"][0]["maximum"] + 1  # sums disagree
        del doc["bands"][-1]                                          # a gap below
        with tempfile.TemporaryDirectory() as d:
            path = write_json(d, "bad.json", doc)
            r = run("scheme", "check", path)
            self.assertEqual(r.returncode, 1, r.stdout)
            self.assertIn("[scheme.sum-mismatch]", r.stdout)
            self.assertIn("[scheme.band-gap]", r.stdout)
            self.assertRegex(r.stdout, re.escape(path) + r":\d+:\d+: ")
            self.assertIn("$.nodes[0]", r.stdout)
            self.assertTrue(r.stderr.startswith("cchc scheme: "), r.stderr)
            r = run("scheme", "check", path, "--format", "json")
            self.assertEqual(r.returncode, 1)
            codes = [x["code"] for x in json.loads(r.stdout)["diagnostics"]]
            self.assertIn("scheme.sum-mismatch", codes)

    def test_errors(self):
        self.assertEqual(run("scheme", "check", "/nonexistent/s.json").returncode, 1)
        for args in (["scheme"], ["scheme", "frob", SCHEME], ["scheme", "check"],
                     ["scheme", "check", SCHEME, SCHEME], ["scheme", "check", SCHEME, "--format",
                                                            "csv"],
                     ["scheme", "check", SCHEME, "--frob"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc scheme: "), r.stderr)
        r = run("scheme", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc scheme check", r.stdout)


class Score(unittest.TestCase):
    def scores(self, *extra):
        r = run("score", SCHEME, *sample_cards(), "--format", "json", *extra)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def test_json_totals_areas_and_bands_add_up(self):
        doc = self.scores()
        self.assertEqual((doc["format"], doc["version"]), ("cchc-scores", 1))
        self.assertEqual(doc["scheme"]["id"], "sample-department-2023")
        self.assertGreaterEqual(len(doc["units"]), 6)
        bands = doc["scheme"]["bands"]
        for u in doc["units"]:
            with self.subTest(unit=u["unit_id"]):
                self.assertEqual(len(u["areas"]), 7)
                counted = [a for a in u["areas"] if not a["excluded"]]
                self.assertAlmostEqual(sum(a["final"] for a in counted), u["total"], places=6)
                self.assertAlmostEqual(sum(a["maximum"] for a in counted), u["maximum"],
                                       places=6)
                self.assertAlmostEqual(sum(c["points"] for c in u["components"]), u["total"],
                                       places=6)
                self.assertAlmostEqual(u["index"], u["total"] / u["maximum"] * 100, places=6)
                self.assertIn(u["band"], bands)
                for a in counted:
                    self.assertAlmostEqual(a["index"], a["final"] / a["maximum"] * 100,
                                           places=6)

    def test_text_and_markdown(self):
        cards = sample_cards()
        r = run("score", SCHEME, *cards)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith("Điểm Chỉ số CCHC (PAR index scores)\n"))
        self.assertIn("Tổng hợp (summary)", r.stdout)
        doc = self.scores()
        for u in doc["units"]:
            self.assertIn(f"[{u['unit_id']}]\n", r.stdout)
        self.assertEqual(r.stdout.count("Tổng cộng (total)"), len(doc["units"]))
        # each unit's total row shows its rounded total and index
        for u in doc["units"]:
            self.assertRegex(r.stdout, r"Tổng cộng \(total\)\s+[\d.]+\s+[\d.]+\s+"
                             + re.escape(fmt2(u["total"])) + r"\s+"
                             + re.escape(fmt2(u["index"])))
        one = run("score", SCHEME, cards[0])
        self.assertNotIn("Tổng hợp (summary)", one.stdout)
        md = run("score", SCHEME, *cards, "--format", "md")
        self.assertEqual(md.returncode, 0)
        self.assertTrue(md.stdout.startswith("# Điểm Chỉ số CCHC"))
        self.assertIn("| --- |", md.stdout)

    def test_csv_rows_and_bom(self):
        cards = sample_cards()
        r = run_bytes("score", SCHEME, *cards, "--format", "csv")
        self.assertEqual(r.returncode, 0)
        rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"), newline="")))
        self.assertEqual(rows[0][:5], ["unit_id", "unit_name", "unit_kind", "year", "code"])
        doc = self.scores()
        totals = [row for row in rows[1:] if row[4] == ""]
        self.assertEqual([row[0] for row in totals], [u["unit_id"] for u in doc["units"]])
        index = rows[0].index("index")
        for row, u in zip(totals, doc["units"]):
            self.assertEqual(row[index], fmt2(u["index"]))
        bom = run_bytes("score", SCHEME, *cards, "--format", "csv", "--bom")
        self.assertEqual(bom.stdout, b"\xef\xbb\xbf" + r.stdout)

    def test_plan_fed_criteria_follow_plan_and_day(self):
        card_a = sample_cards()[0]
        plan = os.path.join(DATA, "plan-2023-hai-duong-sldtbxh.json")
        base = run("score", SCHEME, card_a, "--format", "json")
        same = run("score", SCHEME, card_a, "--format", "json", "--plan", plan)
        self.assertEqual(base.returncode, 0, base.stderr)
        self.assertEqual(base.stdout, same.stdout)  # the card names that plan
        r = run("explain", SCHEME, card_a, "--node", "1.1.2", "--as-of", "2023-04-01")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("as_of = 2023-04-01", r.stdout)
        with tempfile.TemporaryDirectory() as d:
            missing = run("score", SCHEME, card_a, "--plan", os.path.join(d, "none.json"))
            self.assertEqual(missing.returncode, 1)
            self.assertIn("none.json", missing.stderr)

    def test_svg_radar_chart(self):
        cards = sample_cards()
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "radar.svg")
            r = run("score", SCHEME, *cards, "--svg", path)
            self.assertEqual(r.returncode, 0, r.stderr)
            root = check_svg(self, path, 7, "Sở Mẫu A")
            ns = {"svg": "http://www.w3.org/2000/svg"}
            self.assertIsNotNone(root.find(".//svg:polygon[@id='mean']", ns))
            with open(path, "rb") as f:
                first = f.read()
            r = run("score", SCHEME, *reversed(cards), "--svg", path, "--svg-unit", "so-mau-a")
            with open(path, "rb") as f:
                self.assertEqual(f.read(), first)  # the same chart, whatever the order
            r = run("score", SCHEME, *cards, "--svg", path, "--svg-unit", "so-mau-b")
            self.assertEqual(r.returncode, 0)
            check_svg(self, path, 7, "Sở Mẫu B")
            r = run("score", SCHEME, cards[0], "--svg", path)  # alone: no mean
            self.assertEqual(r.returncode, 0)
            root = check_svg(self, path, 7, "Sở Mẫu A")
            self.assertIsNone(root.find(".//svg:polygon[@id='mean']", ns))

    def test_errors(self):
        cards = sample_cards()
        for args in (["score"], ["score", SCHEME], ["score", SCHEME, cards[0], "--format", "pdf"],
                     ["score", SCHEME, cards[0], "--bom"],
                     ["score", SCHEME, cards[0], "--svg-unit", "so-mau-a"],
                     ["score", SCHEME, cards[0], "--as-of", "2023-02-30"],
                     ["score", SCHEME, cards[0], "--as-of"],
                     ["score", SCHEME, cards[0], "--colour"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc score: "), r.stderr)
        with tempfile.TemporaryDirectory() as d:
            r = run("score", SCHEME, cards[0], "--svg", os.path.join(d, "x.svg"),
                    "--svg-unit", "khong-co")
            self.assertEqual(r.returncode, 2)
            self.assertIn("khong-co", r.stderr)
            r = run("score", SCHEME, cards[0], "--svg", "/nonexistent/dir/x.svg")
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, "")
            self.assertEqual(run("score", "/nonexistent/s.json", cards[0]).returncode, 1)
            r = run("score", SCHEME, "/nonexistent/card.json")
            self.assertEqual(r.returncode, 1)
            self.assertIn("/nonexistent/card.json", r.stderr)
            # points above the maximum: a located error, no scores
            with open(cards[1], encoding="utf-8") as f:
                card = json.load(f)
            entry = next(e for e in card["entries"] if "points" in e.get("self", {}))
            entry["self"]["points"] = 1000
            path = write_json(d, "over.json", card)
            r = run("score", SCHEME, path)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, "")
            self.assertIn("[scorecard.over-maximum]", r.stderr)
            self.assertRegex(r.stderr, re.escape(path) + r":\d+:\d+: ")
        r = run("score", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc score", r.stdout)


class Explain(unittest.TestCase):
    def test_text_json_and_node(self):
        card = sample_cards()[1]
        r = run("explain", SCHEME, card)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1.1.1 ", r.stdout)
        self.assertIn("7.", r.stdout)
        node = run("explain", SCHEME, card, "--node", "1.1")
        self.assertEqual(node.returncode, 0)
        self.assertTrue(node.stdout.startswith("1.1 "), node.stdout)
        self.assertNotIn("\n2.", node.stdout)
        j = run("explain", SCHEME, card, "--format", "json", "--node", "1")
        self.assertEqual(j.returncode, 0)
        self.assertEqual(json.loads(j.stdout)["format"], "cchc-explanation")

    def test_errors(self):
        cards = sample_cards()
        for args in (["explain"], ["explain", SCHEME], ["explain", SCHEME, cards[0], cards[1]],
                     ["explain", SCHEME, cards[0], "--format", "csv"],
                     ["explain", SCHEME, cards[0], "--node", "9.9"],
                     ["explain", SCHEME, cards[0], "--as-of", "soon"],
                     ["explain", SCHEME, cards[0], "--frob"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc explain: "), r.stderr)
        self.assertEqual(run("explain", SCHEME, "/nonexistent/c.json").returncode, 1)
        r = run("explain", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc explain", r.stdout)


class Rank(unittest.TestCase):
    def indexes(self, cards):
        r = run("score", SCHEME, *cards, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return {u["unit_id"]: u["index"] for u in json.loads(r.stdout)["units"]}

    def test_ranks_under_each_tie_policy(self):
        cards = sample_cards()
        indexes = self.indexes(cards)
        units = list(indexes)
        for policy in ("competition", "dense", "ordinal"):
            with self.subTest(policy=policy):
                r = run("rank", SCHEME, *cards, "--ties", policy, "--format", "json")
                self.assertEqual(r.returncode, 0, r.stderr)
                doc = json.loads(r.stdout)
                self.assertEqual((doc["format"], doc["version"]), ("cchc-ranking", 1))
                self.assertEqual(doc["ties"], policy)
                got = {e["unit_id"]: e["rank"] for e in doc["entries"]}
                want = dict(zip(units, expected_ranks([indexes[u] for u in units], policy)))
                self.assertEqual(got, want)
                self.assertEqual([e["rank"] for e in doc["entries"]],
                                 sorted(e["rank"] for e in doc["entries"]))
                for e in doc["entries"]:
                    self.assertEqual(len(e["areas"]), 7)
        # without --ties: competition
        r = run("rank", SCHEME, *cards, "--format", "json")
        self.assertEqual(json.loads(r.stdout)["ties"], "competition")

    def test_formats_groups_and_bom(self):
        cards = sample_cards()
        r = run("rank", SCHEME, *cards)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith("Xếp hạng Chỉ số CCHC (PAR index ranking)\n"))
        self.assertEqual(r.stdout.count("  Lĩnh vực (area) "), 7)
        md = run("rank", SCHEME, *cards, "--format", "md")
        self.assertTrue(md.stdout.startswith("# Xếp hạng Chỉ số CCHC"))
        c = run_bytes("rank", SCHEME, *cards, "--format", "csv")
        rows = list(csv.reader(io.StringIO(c.stdout.decode("utf-8"), newline="")))
        self.assertEqual(len(rows), 1 + len(cards) * 8)
        self.assertEqual(rows[0][:5], ["group", "unit_id", "unit_name", "unit_kind", "scope"])
        bom = run_bytes("rank", SCHEME, *cards, "--format", "csv", "--bom")
        self.assertEqual(bom.stdout, b"\xef\xbb\xbf" + c.stdout)
        g = run("rank", SCHEME, *cards, "--group-by", "kind", "--format", "json")
        doc = json.loads(g.stdout)
        self.assertEqual(doc["group_by"], "kind")
        self.assertEqual(doc["groups"], ["department"])
        self.assertIn("Nhóm (group): department", run("rank", SCHEME, *cards, "--group-by",
                                                      "kind").stdout)

    def test_previous_year_comparison(self):
        cards = sample_cards()
        now, before = cards[:4], cards[2:]
        r = run("rank", SCHEME, *now, "--previous", *before, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual((doc["format"], doc["version"]), ("cchc-comparison", 1))
        def ids(paths):
            result = []
            for path in paths:
                with open(path, encoding="utf-8") as f:
                    result.append(json.load(f)["unit"]["id"])
            return result
        now_ids, before_ids = ids(now), ids(before)
        changes = {c["unit_id"]: c for c in doc["changes"]}
        self.assertEqual(set(changes), set(now_ids) | set(before_ids))
        for uid, c in changes.items():
            self.assertEqual(c["in_after"], uid in now_ids)
            self.assertEqual(c["in_before"], uid in before_ids)
            if c["in_after"] and c["in_before"]:
                self.assertEqual(c["rank_change"], c["before"]["rank"] - c["after"]["rank"])
                self.assertAlmostEqual(c["index_change"], 0, places=9)  # the same cards
            else:
                self.assertIsNone(c["rank_change"])
        # units on one side only come last and are marked in text
        text = run("rank", SCHEME, *now, "--previous", *before).stdout
        self.assertIn("mới (new)", text)
        self.assertIn("không còn (gone)", text)
        self.assertTrue(text.startswith("So sánh xếp hạng Chỉ số CCHC"))
        same = run("rank", SCHEME, *now, "--previous", *before, "--previous-scheme", SCHEME,
                   "--format", "json")
        self.assertEqual(same.stdout, r.stdout)
        c = run_bytes("rank", SCHEME, *now, "--previous", *before, "--format", "csv")
        rows = list(csv.reader(io.StringIO(c.stdout.decode("utf-8"), newline="")))
        self.assertEqual(rows[0][:3], ["unit_id", "unit_name", "scope"])

    def test_svg(self):
        cards = sample_cards()
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "rank.svg")
            r = run("rank", SCHEME, *cards, "--svg", path, "--svg-unit", "so-mau-c")
            self.assertEqual(r.returncode, 0, r.stderr)
            check_svg(self, path, 7, "Sở Mẫu C")

    def test_errors(self):
        cards = sample_cards()
        for args in (["rank"], ["rank", SCHEME], ["rank", SCHEME, cards[0], "--ties", "fair"],
                     ["rank", SCHEME, cards[0], "--group-by", "province"],
                     ["rank", SCHEME, cards[0], "--previous"],
                     ["rank", SCHEME, cards[0], "--previous-scheme", SCHEME],
                     ["rank", SCHEME, cards[0], "--format", "xml"],
                     ["rank", SCHEME, cards[0], "--format", "json", "--bom"],
                     ["rank", SCHEME, cards[0], "--as-of", "31/12/2023"],
                     ["rank", SCHEME, cards[0], "--svg-unit", "so-mau-a"],
                     ["rank", SCHEME, cards[0], "--ties"],
                     ["rank", SCHEME, cards[0], "--frob"]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertTrue(r.stderr.startswith("cchc rank: "), r.stderr)
        r = run("rank", SCHEME, cards[0], cards[0])  # the same unit twice
        self.assertEqual(r.returncode, 1)
        self.assertIn("so-mau-a", r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertEqual(run("rank", "/nonexistent/s.json", cards[0]).returncode, 1)
        self.assertEqual(run("rank", SCHEME, cards[0], "--previous", "/nonexistent/c.json")
                         .returncode, 1)
        r = run("rank", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Usage: cchc rank", r.stdout)
        for name in ("scheme", "score", "explain", "rank"):
            self.assertIn(f"  {name} ", run("--help").stdout)


if __name__ == "__main__":
    CCHC = sys.argv.pop(1)
    sys.argv.pop(1)  # test data folder, reserved for fixtures
    unittest.main(verbosity=2)
