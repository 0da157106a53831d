#!/usr/bin/env python3
"""Interoperability of `cchc calendar --ics`: the file that cchc writes for the
bundled 2023 plan is read back by an independent iCalendar parser (the
`icalendar` package, Debian python3-icalendar), and every to-do's DUE date
must be the deadline that a CCHC officer reads in the plan's time expression
or reporting calendar (worked out by hand below). UIDs must be unique and the
same from one run to the next.

Usage: check_icalendar.py CCHC-PROGRAM TEST-DATA-DIR
"""
import datetime
import os
import re
import subprocess
import sys
import unittest

try:
    import icalendar
except ImportError:  # the test must fail, loudly, not skip
    sys.stderr.write(
        "check_icalendar.py: FAILED: the Python package 'icalendar' is missing.\n"
        "Install it (Debian/Ubuntu: apt-get install python3-icalendar) for the Python\n"
        f"that runs the tests ({sys.executable}), then run the test again.\n")
    sys.exit(1)

CCHC = None
LAUNCHER = [a for a in os.environ.get("CCHC_TEST_LAUNCHER", "").split(";") if a]
STAMP = "2023-01-16"

D = datetime.date
Q1 = [(D(2023, 1, 1), D(2023, 3, 31))]
Q2 = [(D(2023, 4, 1), D(2023, 6, 30))]
Q4 = [(D(2023, 10, 1), D(2023, 12, 31))]
Q3_Q4 = [(D(2023, 7, 1), D(2023, 12, 31))]
YEAR = [(D(2023, 1, 1), D(2023, 12, 31))]          # Thường xuyên, Cả năm, Năm 2023
DEC_2022 = [(D(2022, 12, 1), D(2022, 12, 31))]     # T12/2022, tháng 12/2022
DEC_2023 = [(D(2023, 12, 1), D(2023, 12, 31))]
MONTHS_3_6_9_12 = [(D(2023, 3, 1), D(2023, 3, 31)), (D(2023, 6, 1), D(2023, 6, 30)),
                   (D(2023, 9, 1), D(2023, 9, 30)), (D(2023, 12, 1), D(2023, 12, 31))]

# Task key → its milestones, each a list of (start, deadline) occurrences, read
# from the time expressions of the bundled plan. Tasks waiting on an event
# (1.7, 2.7, 3.2, 3.4, 3.5, 5.3, 5.4) have no dates and no entry.
TASKS = {
    "1.1": [DEC_2022],                  # T12/2022
    "1.2": [Q1, YEAR],                  # Ban hành KH trong quý I/2023; … trong cả năm
    "1.3": [Q1],
    "1.4": [Q1, YEAR],
    "1.5": [Q2],
    "1.6": [YEAR],                      # Cả năm
    "1.8": [Q1, Q3_Q4],                 # Xây dựng KH trong quý I/2023; … quý III, IV năm 2023
    "1.9": [MONTHS_3_6_9_12],           # Tháng 3,6,9,12/2023
    "1.10": [Q3_Q4],                    # Quý III/IV năm 2023
    "2.1": [Q1], "2.2": [Q1], "2.3": [Q1], "2.4": [Q1],
    "2.5": [Q2], "2.6": [Q2],
    "2.8": [YEAR], "2.9": [YEAR],       # Năm 2023
    "2.10": [DEC_2022, YEAR],           # Ban hành KH trong tháng 12/2022; … trong năm 2023
    "2.10#2": [YEAR],
    "3.1": [Q1],
    "3.3": [YEAR],                      # Thường xuyên
    "3.6": [MONTHS_3_6_9_12],
    "4.1": [Q1], "4.2": [Q1], "4.3": [YEAR], "4.4": [Q1],
    "4.5": [DEC_2023],                  # Tháng 12/2023
    "5.1": [Q1], "5.2": [YEAR],
    "5.5": [Q1, YEAR],                  # Xây dựng KH trong quý I/2023; … trong năm 2023
    "6.1": [YEAR], "6.2": [YEAR], "6.3": [YEAR], "6.4": [Q1], "6.5": [YEAR],
    "6.6": [Q4],                        # Quý IV/2023
    "7.1": [DEC_2022],                  # Tháng 12/2022
    "7.2": [YEAR],
    "7.3": [Q1, YEAR],
    "7.4": [YEAR], "7.5": [YEAR], "7.6": [YEAR], "7.7": [YEAR],
}

# Section III.5 of the plan: units send before the 10th (deadline the 9th),
# the office sends to Sở Nội vụ before the 14th (deadline the 13th).
REPORTS = {
    "q1": (D(2023, 3, 9), D(2023, 3, 13)),
    "h1": (D(2023, 6, 9), D(2023, 6, 13)),
    "q3": (D(2023, 9, 9), D(2023, 9, 13)),
    "year": (D(2023, 12, 9), D(2023, 12, 13)),
}


def sanitised(key):
    """The UID form of a task key (docs/reports.md)."""
    return "".join(c if (c.isascii() and c.isalnum()) or c == "." else
                   "".join(f"_{b:02X}" for b in c.encode("utf-8")) for c in key)


def expected_todos():
    """UID → (DTSTART or None, DUE)."""
    todos = {}
    for key, milestones in TASKS.items():
        for m, occurrences in enumerate(milestones, 1):
            for o, (start, due) in enumerate(occurrences, 1):
                todos[f"task-2023-{sanitised(key)}-m{m}-o{o}@cchc"] = (start, due)
    for period, (send, compile_) in REPORTS.items():
        todos[f"report-2023-{period}-send@cchc"] = (None, send)
        todos[f"report-2023-{period}-compile@cchc"] = (None, compile_)
    return todos


def run(*args):
    r = subprocess.run([*LAUNCHER, CCHC, *args], capture_output=True)
    if LAUNCHER and r.returncode == 99:
        raise AssertionError(f"valgrind found errors in cchc {' '.join(args)}:\n"
                             f"{r.stderr.decode('utf-8', 'replace')}")
    return r


def calendar(*args):
    r = run("calendar", "--ics", *args)
    if r.returncode != 0:
        raise AssertionError(f"cchc calendar --ics {' '.join(args)} exited {r.returncode}:\n"
                             f"{r.stderr.decode('utf-8', 'replace')}")
    return r.stdout


def todos_of(data):
    """UID → the parsed VTODO, in document order, after a parse that must succeed."""
    cal = icalendar.Calendar.from_ical(data)
    out = {}
    for todo in cal.walk("VTODO"):
        uid = str(todo["UID"])
        if uid in out:
            raise AssertionError(f"UID {uid} appears twice")
        out[uid] = todo
    return cal, out


def date_of(prop):
    value = prop.dt
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise AssertionError(f"{prop.to_ical()!r} is not a DATE value")
    return value


class RoundTrip(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = calendar("--stamp", STAMP)
        cls.cal, cls.todos = todos_of(cls.data)

    def test_calendar_properties(self):
        self.assertEqual(str(self.cal["VERSION"]), "2.0")
        self.assertEqual(str(self.cal["PRODID"]), "-//libcchc//cchc 0.1//VI")
        self.assertEqual(str(self.cal["CALSCALE"]), "GREGORIAN")
        self.assertEqual(self.cal.walk("VEVENT"), [])

    def test_every_due_is_a_deadline_of_the_plan(self):
        expected = expected_todos()
        self.assertEqual(sorted(self.todos), sorted(expected))
        for uid, todo in self.todos.items():
            start, due = expected[uid]
            with self.subTest(uid=uid):
                self.assertEqual(date_of(todo["DUE"]), due)
                if start is None:
                    self.assertNotIn("DTSTART", todo)
                else:
                    self.assertEqual(date_of(todo["DTSTART"]), start)
                    self.assertLessEqual(start, due)

    def test_every_todo_is_complete(self):
        stamp = datetime.datetime(2023, 1, 16, tzinfo=datetime.timezone.utc)
        for uid, todo in self.todos.items():
            with self.subTest(uid=uid):
                self.assertEqual(todo["DTSTAMP"].dt, stamp)
                self.assertTrue(str(todo["SUMMARY"]).strip())
                self.assertIn(str(todo["STATUS"]),
                              ("NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "CANCELLED"))

    def test_text_comes_back_unescaped(self):
        todo = self.todos["task-2023-1.1-m1-o1@cchc"]
        self.assertEqual(str(todo["SUMMARY"]), "1.1 Xây dựng, ban hành, triển khai KH CCHC năm 2023")
        # The area name holds a comma, escaped as RFC 5545 requires (icalendar
        # 4.0 splits CATEGORIES at escaped commas too, so read the raw line).
        unfolded = self.data.replace(b"\r\n ", b"").decode("utf-8")
        self.assertIn("\r\nCATEGORIES:Công tác chỉ đạo\\, điều hành CCHC\r\n", unfolded)
        description = str(todo["DESCRIPTION"])
        self.assertIn("Chủ trì (lead): Văn phòng\n", description)
        self.assertIn("Thời gian (when): T12/2022", description)
        second = self.todos["task-2023-2.10_232-m1-o1@cchc"]
        self.assertTrue(str(second["SUMMARY"]).startswith("2.10 "))

    def test_lines_are_crlf_and_at_most_75_octets(self):
        self.assertTrue(self.data.endswith(b"END:VCALENDAR\r\n"))
        self.assertEqual(self.data.count(b"\n"), self.data.count(b"\r\n"))
        for line in self.data.split(b"\r\n"):
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")  # no character split by a fold


class Stability(unittest.TestCase):
    def test_same_stamp_same_bytes(self):
        self.assertEqual(calendar("--stamp", STAMP), calendar("--stamp", STAMP))

    def test_uids_do_not_depend_on_the_stamp(self):
        _, a = todos_of(calendar("--stamp", STAMP))
        _, b = todos_of(calendar())
        self.assertEqual(list(a), list(b))
        self.assertEqual(len(set(a)), len(a))
        now = next(iter(b.values()))["DTSTAMP"].dt
        self.assertLess(abs(datetime.datetime.now(datetime.timezone.utc) - now),
                        datetime.timedelta(hours=1))

    def test_filtered_file_keeps_uids_and_dates(self):
        _, everything = todos_of(calendar("--stamp", STAMP))
        _, mine = todos_of(calendar("--stamp", STAMP, "--unit", "thanh-tra"))
        self.assertLess(len(mine), len(everything))
        for uid, todo in mine.items():
            self.assertIn(uid, everything)
            self.assertEqual(date_of(todo["DUE"]), date_of(everything[uid]["DUE"]))
        tasks = sorted({re.sub(r"-m\d+-o\d+@cchc$", "", u)[len("task-2023-"):]
                        for u in mine if u.startswith("task-")})
        # Led by Thanh tra (2.1, 2.10, 2.10#2), or coordinated by the whole
        # department (@internal), which the inspectorate belongs to.
        self.assertIn("2.1", tasks)
        self.assertIn("2.10_232", tasks)
        self.assertIn("1.1", tasks)
        self.assertEqual(sum(u.startswith("report-") for u in mine), 8)

    def test_output_file(self):
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "plan.ics")
            r = run("calendar", "--ics", "--stamp", STAMP, "-o", path)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, b"")
            with open(path, "rb") as f:
                self.assertEqual(f.read(), calendar("--stamp", STAMP))


if __name__ == "__main__":
    CCHC = sys.argv.pop(1)
    sys.argv.pop(1)  # test data folder, reserved for fixtures
    unittest.main(verbosity=2)
