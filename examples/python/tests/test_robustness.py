"""Robustness of the binding (issue 6, item 7), beyond test_ownership.py and
test_load_errors.py: hostile input raises the right exception with the C
message; errors raised on several Python threads at once each carry their
own thread's message; objects made on one thread are freed on another;
ceilings (cchc.Limits) are applied and named."""

import gc
import os
import random
import tempfile
import threading
import unittest

import cchc_test_support as support
import cchc


def _plan_json(tasks=1, extra=""):
    items = ", ".join('{"area": 1}' for _ in range(tasks))
    return ('{"format": "cchc-plan", "version": 1, "year": 2023%s, "tasks": [%s]}'
            % (extra, items))


class HostileInputTest(unittest.TestCase):
    """What a fuzzer would try, through Python: each raises, with the message."""

    def test_deep_nesting_raises_limit_error_naming_the_depth(self):
        text = "[" * 100000 + "]" * 100000
        with self.assertRaises(cchc.LimitError) as caught:
            cchc.Plan.loads(text, name="deep.json")
        self.assertEqual(caught.exception.code, cchc.ELIMIT)
        self.assertIn("deep.json:1:513: $[0]", caught.exception.message)
        self.assertIn("nested more than 512 levels deep (limit depth = 512)",
                      caught.exception.message)
        self.assertIn("[CCHC_ELIMIT]", str(caught.exception))
        self.assertEqual([d.code for d in caught.exception.diagnostics], ["json.limit"])

    def test_nul_byte_in_data_raises_encoding_error(self):
        data = _plan_json().encode() + b"\0"
        with self.assertRaises(cchc.EncodingError) as caught:
            cchc.Plan.loads(data, name="nul.json")
        self.assertIn("a NUL byte at offset %d" % (len(data) - 1), caught.exception.message)

    def test_invalid_utf8_in_the_middle_raises_encoding_error_with_place(self):
        data = b'{"format": "cchc-plan",\n "title": "Qu\xc3"}'
        with self.assertRaises(cchc.EncodingError) as caught:
            cchc.Plan.loads(data, name="bad.json")
        self.assertIn("bad.json:2:", caught.exception.message)

    def test_huge_and_non_finite_numbers_raise_with_the_json_path(self):
        for value, error in (("1e400", cchc.FormatError), ("-1e400", cchc.FormatError),
                             ("NaN", cchc.ParseError), ("Infinity", cchc.ParseError),
                             ("1e308", cchc.FormatError),
                             ("99999999999999999999999", cchc.FormatError)):
            text = _plan_json().replace('{"area": 1}', '{"area": 1, "progress": %s}' % value)
            with self.subTest(value=value):
                with self.assertRaises(error) as caught:
                    cchc.Plan.loads(text, name="n.json")
                self.assertIn("$.tasks[0].progress", caught.exception.message)

    def test_random_bytes_never_crash_and_always_raise_a_cchc_error(self):
        rng = random.Random(6)
        seed = support.bundled_text().encode("utf-8")
        for _ in range(200):
            data = bytearray(seed[:rng.randrange(1, 4000)])
            for _ in range(rng.randrange(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            try:
                plan = cchc.Plan.loads(bytes(data), name="mutated.json")
            except cchc.CchcError as error:
                self.assertTrue(error.message)
                self.assertTrue(error.message.startswith("mutated.json"), error.message)
            else:
                self.assertIsInstance(plan.dumps(), str)

    def test_hostile_time_expressions_parse_to_unknown_not_an_error(self):
        for text in ("Quý " * 5000, "(" * 3000 + ")" * 3000, "31/2/2023", "Quý V/2023",
                     "Tháng 13", "ngày 1/1/99999", "\u0301" * 100, "2023-02-29"):
            with self.subTest(text=text[:20]):
                schedule = cchc.Schedule.parse(text, 2023)
                self.assertGreaterEqual(len(schedule), 1)
                self.assertIsInstance(schedule.describe(), str)


class ThreadErrorTest(unittest.TestCase):
    def test_errors_raised_on_many_threads_carry_their_own_messages(self):
        # ctypes lets the C calls of several threads run at once; each
        # exception must hold the message of its own thread's failure.
        failures = []

        def run(index):
            name = "thread-%d.json" % index
            for _ in range(50):
                try:
                    cchc.Plan.loads('{"format": "cchc-plan", "version": %d}' % (index + 2),
                                    name=name)
                except cchc.VersionError as error:
                    if not error.message.startswith(name + ":") or \
                            ("version %d is newer" % (index + 2)) not in error.message:
                        failures.append(error.message)
                else:
                    failures.append("thread %d: no error" % index)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])

    def test_objects_made_on_one_thread_are_freed_on_another(self):
        made = []

        def make():
            plan = cchc.Plan.load(cchc.bundled_plan_path())
            made.extend([plan, plan.tasks[3], plan.units[2], plan.tasks[0].schedule(),
                         plan.report("2023-04-01", "q1")])

        thread = threading.Thread(target=make)
        thread.start()
        thread.join()
        self.assertEqual(made[1].title, support.bundled_json()["tasks"][3]["title"])
        del made[:]
        gc.collect()


class LimitsTest(unittest.TestCase):
    def test_defaults_and_names(self):
        limits = cchc.Limits()
        self.assertEqual(limits.as_dict(), {
            "input_bytes": 64 * 1024 * 1024, "depth": 512, "string_bytes": 1024 * 1024,
            "tasks": 100000, "units": 10000, "rows": 1000000})
        self.assertEqual(cchc.Limits.default("tasks"), 100000)
        self.assertEqual(cchc.Limits.max("depth"), 512)
        self.assertIn("tasks=100000", repr(limits))

    def test_setting_out_of_range_or_unknown_raises(self):
        limits = cchc.Limits(tasks=3)
        self.assertEqual(limits["tasks"], 3)
        with self.assertRaises(cchc.RangeError) as caught:
            limits["depth"] = 513
        self.assertIn("depth 513 is out of range (1 to 512)", caught.exception.message)
        with self.assertRaises(cchc.RangeError):
            cchc.Limits(rows=0)
        with self.assertRaises(cchc.InvalidArgumentError):
            limits["pages"] = 1
        with self.assertRaises(TypeError):
            cchc.Plan.loads(_plan_json(), limits={"tasks": 1})

    def test_plan_past_the_task_ceiling_raises_limit_error_with_path(self):
        limits = cchc.Limits(tasks=2)
        self.assertEqual(len(cchc.Plan.loads(_plan_json(2), limits=limits).tasks), 2)
        with self.assertRaises(cchc.LimitError) as caught:
            cchc.Plan.loads(_plan_json(3), name="three.json", limits=limits)
        self.assertIn("$.tasks[2]: more than 2 tasks (limit tasks = 2)",
                      caught.exception.message)

    def test_file_past_the_input_ceiling_raises_limit_error(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "plan.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(_plan_json())
            with self.assertRaises(cchc.LimitError) as caught:
                cchc.Plan.load(path, limits=cchc.Limits(input_bytes=10))
            self.assertIn("(limit input_bytes = 10)", caught.exception.message)
            self.assertEqual(len(cchc.Plan.load(path, limits=cchc.Limits()).tasks), 1)

    def test_appendix_past_the_row_ceiling_raises_limit_error(self):
        table = os.path.join(os.environ["CCHC_TEST_DATA_DIR"], "appendix",
                             "seed-2023-appendix.tsv")
        with self.assertRaises(cchc.LimitError) as caught:
            cchc.Plan.import_appendix(table, limits=cchc.Limits(rows=10))
        self.assertIn("more rows than 10 (limit rows = 10)", caught.exception.message)
        self.assertEqual([d.code for d in caught.exception.diagnostics if d.severity ==
                          cchc.Severity.ERROR], ["appendix.limit"])
        with open(table, encoding="utf-8") as f:
            text = f.read()
        with self.assertRaises(cchc.LimitError):
            cchc.Plan.import_appendix(text, limits=cchc.Limits(string_bytes=20))
        self.assertGreater(len(cchc.Plan.import_appendix(text, limits=cchc.Limits()).tasks), 40)

    def test_schedule_text_past_the_string_ceiling_raises_limit_error(self):
        limits = cchc.Limits(string_bytes=11)
        self.assertEqual(str(cchc.Schedule.parse("Quý I/2023", 2023, limits).deadline),
                         "2023-03-31")
        with self.assertRaises(cchc.LimitError) as caught:
            cchc.Schedule.parse("Quý II/2023", 2023, limits)
        self.assertIn("12 bytes, more than 11 (limit string_bytes = 11)",
                      caught.exception.message)

    def test_one_limits_object_shared_by_threads(self):
        limits = cchc.Limits(tasks=1)
        results = []

        def run():
            for _ in range(20):
                try:
                    cchc.Plan.loads(_plan_json(2), limits=limits)
                    results.append("loaded")
                except cchc.LimitError:
                    results.append("refused")

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, ["refused"] * 80)


if __name__ == "__main__":
    unittest.main()
