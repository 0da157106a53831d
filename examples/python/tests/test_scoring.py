"""Schemes, scorecards, evaluation and explain (scheme.h, scorecard.h, explain.h)."""

import datetime
import gc
import json
import math
import os
import re
import subprocess
import sys
import textwrap
import unittest
import weakref

import cchc_test_support as support
import cchc
from cchc import (AppraisalState, InputKind, RuleKind, RuleOutcome, RuleSource, Scheme,
                  Scorecard, SubmissionState)

SCHEME_FILE, CARD_FILES, CARD_A = support.SCHEME_FILE, support.CARD_FILES, support.CARD_A
load_card = support.load_card

# docs/ranking.md, "cchc rank" on the sample data: points, maximum, index as shown.
SHOWN = {
    "so-mau-a": ("83.47", "100.00", "83.47", "Nhóm II (từ 80% đến dưới 90%)"),
    "so-mau-b": ("92.90", "98.00", "94.80", "Nhóm I (từ 90% trở lên)"),
    "so-mau-c": ("51.23", "97.00", "52.81", "Nhóm III (dưới 80%)"),
    "so-mau-d": ("88.57", "100.00", "88.57", "Nhóm II (từ 80% đến dưới 90%)"),
    "so-mau-e": ("78.67", "100.00", "78.67", "Nhóm III (dưới 80%)"),
    "so-mau-f": ("78.67", "100.00", "78.67", "Nhóm III (dưới 80%)"),
}


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def json_nodes(nodes):
    for node in nodes:
        yield node
        yield from json_nodes(node.get("children", ()))


def reports_ratio(plan, as_of):
    """On time ÷ due of the plan calendar's reports, through the Period API (docs/scoring.md)."""
    due = on_time = 0
    for period in plan.calendar.periods:
        if period.compile_deadline is None:
            continue
        state = period.submission_state("compile", period.submitted, as_of)
        if state != SubmissionState.PENDING:
            due += 1
            on_time += state == SubmissionState.ON_TIME
    return on_time, due


class SampleSchemeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.doc = read_json(SCHEME_FILE)

    def test_loads_without_error_diagnostics(self):
        scheme = self.scheme
        self.assertFalse(scheme.diagnostics.has_errors)
        self.assertEqual(scheme.diagnostics.errors, [])
        self.assertFalse(scheme.check().has_errors)

    def test_header(self):
        scheme, doc = self.scheme, self.doc
        self.assertEqual(scheme.id, "sample-department-2023")
        self.assertEqual(scheme.name, doc["name"])
        self.assertIn("MẪU", scheme.name)
        self.assertEqual(scheme.description, doc["description"])
        self.assertIn("3396/QĐ-UBND", scheme.basis)
        self.assertEqual(scheme.year, 2023)
        self.assertEqual(scheme.unit_kinds, ["department"])
        self.assertTrue(scheme.has_unit_kind("department"))
        self.assertFalse(scheme.has_unit_kind("district"))
        self.assertEqual(scheme.maximum, 100.0)
        self.assertEqual([(c.id, c.maximum, c.optional) for c in scheme.components],
                         [("appraised", 70.0, False), ("survey", 30.0, False)])
        self.assertIs(scheme.find_component("survey"), scheme.components[1])
        self.assertIsNone(scheme.find_component("khac"))

    def test_nodes_follow_the_file(self):
        scheme = self.scheme
        expected = {n["code"]: n for n in json_nodes(self.doc["nodes"])}
        self.assertEqual(len(scheme.nodes), len(expected))
        self.assertEqual(sorted(scheme.nodes.codes()), sorted(expected))
        for node in scheme.nodes:
            with self.subTest(code=node.code):
                source = expected[node.code]
                self.assertEqual(node.label, source["label"])
                self.assertEqual(node.maximum, float(source["maximum"]))
                self.assertEqual(node.evidence_required, source.get("evidence_required", False))
                self.assertEqual(node.is_leaf, "children" not in source)
                self.assertEqual(node.depth, node.code.count(".") + 1)
                self.assertEqual([c.code for c in node.children],
                                 [c["code"] for c in source.get("children", ())])
                if node.is_leaf:
                    self.assertEqual(node.rule.kind.token, source["rule"]["kind"])
                    self.assertIs(node.rule.node, node)
                    self.assertIn(node.effective_component, ("appraised", "survey"))
                else:
                    self.assertIsNone(node.rule)
                    total = sum(c.maximum for c in node.children)
                    self.assertAlmostEqual(node.maximum, total, delta=0.005)

    def test_areas_and_tree(self):
        scheme = self.scheme
        roots = scheme.roots
        self.assertEqual([r.code for r in roots], ["1", "2", "3", "4", "5", "6", "7"])
        self.assertEqual([r.area for r in roots], list(cchc.Area))
        self.assertEqual(roots[0].label_en, "Direction and steering of reform")
        self.assertEqual(sum(r.maximum for r in roots), scheme.maximum)
        node = scheme["1.1.2"]
        self.assertIs(node, scheme.find_node("1.1.2"))
        self.assertIs(node.parent, scheme["1.1"])
        self.assertIs(node.parent.parent, roots[0])
        self.assertIsNone(roots[0].parent)
        self.assertEqual(node.area, cchc.Area.DIRECTION)
        self.assertIn("1.1.2", scheme)
        self.assertNotIn("9.9", scheme)
        self.assertIsNone(scheme.find_node("9.9"))
        with self.assertRaises(KeyError):
            scheme["9.9"]
        # code order: "1.1" < "1.1.1" < "1.1.2" < "1.2" …
        codes = scheme.nodes.codes()
        key = [tuple(int(x) for x in c.split(".")) for c in codes]
        self.assertEqual(key, sorted(key))
        self.assertEqual([n.code for n in roots[0].walk()][:4], ["1", "1.1", "1.1.1", "1.1.2"])

    def test_every_rule_form_is_used(self):
        kinds = {n.rule.kind for n in self.scheme.nodes.leaves()}
        self.assertEqual(kinds, set(RuleKind))

    def test_rules_read_as_written(self):
        scheme = self.scheme
        rule = scheme["1.1.2"].rule
        self.assertIs(rule.kind, RuleKind.RATE_BANDS)
        self.assertIs(rule.source, RuleSource.PLAN_COMPLETION)
        self.assertTrue(rule.source.is_plan_fed)
        self.assertIn("trên 90%", rule.wording)
        self.assertEqual(rule.bands, [cchc.RateBand(0, True, 70, False, 0),
                                      cchc.RateBand(70, True, 90, True, 1),
                                      cchc.RateBand(90, False, 100, True, 2)])
        self.assertEqual(str(rule), rule.describe())
        self.assertIn("(90, 100] % → 2", rule.describe())
        deadline = scheme["1.1.1"].rule
        self.assertEqual(deadline.deadline, datetime.date(2023, 1, 15))
        self.assertEqual(deadline.outcomes, {RuleOutcome.ON_TIME: 1.0, RuleOutcome.LATE: 0.5,
                                             RuleOutcome.MISSING: 0.0})
        self.assertEqual(deadline.outcome_points("late"), 0.5)
        reports = scheme["1.2.1"].rule
        self.assertIs(reports.source, RuleSource.PLAN_REPORTS)
        self.assertEqual(reports.levels, [cchc.CountLevel(3, 0.5), cchc.CountLevel(4, 1.0)])
        self.assertEqual(reports.outcomes, {RuleOutcome.OTHERWISE: 0.0})
        self.assertEqual(scheme["1.3.1"].rule.floor, 50.0)
        self.assertEqual(scheme["1.3.1"].rule.cap, 2.0)        # the maximum when unset
        self.assertFalse(scheme["1.3.1"].rule.has_cap)
        self.assertEqual(scheme["1.4"].rule.step, 0.25)
        self.assertEqual(scheme["1.6"].rule.per_event, 0.25)
        survey = scheme["1.7"].rule
        self.assertEqual([(o.id, o.weight) for o in survey.options],
                         [("A", 1.0), ("B", 0.6), ("C", 0.2), ("D", 0.0)])
        self.assertEqual(scheme["1.7"].effective_component, "survey")
        self.assertEqual(scheme["1.7"].component, "survey")      # named by the node
        self.assertEqual(scheme["1.1.2"].component, "")         # inherited from area 1
        self.assertEqual(scheme["1.1.2"].effective_component, "appraised")
        self.assertTrue(scheme["2.1"].may_be_not_applicable)

    def test_band_table(self):
        scheme = self.scheme
        self.assertEqual([(b.lower, b.inclusive) for b in scheme.bands],
                         [(90.0, True), (80.0, True), (0.0, True)])
        self.assertEqual(scheme.band_for(90).label, "Nhóm I (từ 90% trở lên)")
        self.assertEqual(scheme.band_for(89.99).label, "Nhóm II (từ 80% đến dưới 90%)")
        self.assertEqual(scheme.band_for(80).label, "Nhóm II (từ 80% đến dưới 90%)")
        self.assertEqual(scheme.band_for(0).label, "Nhóm III (dưới 80%)")
        with self.assertRaises(cchc.InvalidArgumentError):
            scheme.band_for(float("nan"))

    def test_save_and_load_give_the_same_bytes(self):
        text = self.scheme.dumps()
        again = Scheme.loads(text, name="again.json")
        self.assertEqual(again.dumpb(), self.scheme.dumpb())
        copy = self.scheme.copy()
        self.assertEqual(copy.dumps(), text)
        self.assertIsNot(copy["1"], self.scheme["1"])


class SampleCardsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.cards = [load_card(path, cls.scheme) for path in CARD_FILES]
        cls.evaluations = [c.evaluate(cls.scheme) for c in cls.cards]

    def test_six_fictional_units(self):
        self.assertEqual(len(CARD_FILES), 6)
        self.assertEqual(sorted(c.unit_id for c in self.cards), sorted(SHOWN))
        for card in self.cards:
            self.assertIn("hư cấu", card.unit_name)
            self.assertEqual(card.scheme_id, self.scheme.id)
            self.assertEqual(card.year, 2023)
            self.assertEqual(card.unit_kind, "department")
            self.assertFalse(card.diagnostics.has_errors)

    def test_each_card_evaluates_and_adds_up(self):
        for ev in self.evaluations:
            with self.subTest(unit=ev.unit_id):
                self.assertFalse(ev.diagnostics.has_errors)
                areas = ev.areas
                self.assertEqual(len(areas), 7)
                self.assertAlmostEqual(ev.total, math.fsum(a.final for a in areas), delta=1e-9)
                self.assertAlmostEqual(ev.self_total, math.fsum(a.self_points for a in areas),
                                       delta=1e-9)
                self.assertAlmostEqual(ev.maximum, math.fsum(a.maximum for a in areas),
                                       delta=1e-9)
                self.assertAlmostEqual(ev.index, ev.total / ev.maximum * 100, delta=1e-9)
                self.assertAlmostEqual(ev.self_index, ev.self_total / ev.maximum * 100,
                                       delta=1e-9)
                components = ev.components
                self.assertAlmostEqual(ev.total, math.fsum(c.points for c in components),
                                       delta=1e-9)
                self.assertEqual(ev.nominal_maximum, 100.0)
                self.assertEqual(ev.is_rescaled, ev.maximum < ev.nominal_maximum)
                self.assertAlmostEqual(ev.scaled_total, ev.index * ev.nominal_maximum / 100,
                                       delta=1e-9)
                self.assertEqual(ev.band, self.scheme.band_for(ev.index).label)
                self.assertEqual(ev.bands[ev.band_index], ev.band)
                self.assertEqual(ev.bands, [b.label for b in self.scheme.bands])

    def test_every_parent_is_the_sum_of_its_children(self):
        for ev in self.evaluations:
            scores = {s.code: s for s in ev.nodes}
            self.assertEqual(list(scores), self.scheme.nodes.codes())
            for node in self.scheme.nodes:
                if node.is_leaf:
                    continue
                parent = scores[node.code]
                children = [scores[c.code] for c in node.children]
                with self.subTest(unit=ev.unit_id, code=node.code):
                    self.assertAlmostEqual(parent.final, math.fsum(c.final for c in children),
                                           delta=1e-9)
                    self.assertAlmostEqual(parent.maximum,
                                           math.fsum(c.maximum for c in children), delta=1e-9)
                    if parent.maximum:
                        self.assertAlmostEqual(parent.index,
                                               parent.final / parent.maximum * 100, delta=1e-9)

    def test_figures_shown_match_the_documented_ranking(self):
        for ev in self.evaluations:
            points, maximum, index, band = SHOWN[ev.unit_id]
            with self.subTest(unit=ev.unit_id):
                self.assertEqual(cchc.points_format(ev.total), points)
                self.assertEqual(cchc.points_format(ev.maximum), maximum)
                self.assertEqual(cchc.points_format(ev.index), index)
                self.assertEqual(ev.band, band)

    def test_not_applicable_rescales(self):
        ev = {e.unit_id: e for e in self.evaluations}["so-mau-b"]
        self.assertTrue(ev.is_rescaled)
        self.assertEqual(ev.maximum, 98.0)
        score = ev["5.2"]
        self.assertTrue(score.is_not_applicable)
        self.assertTrue(score.is_excluded)
        self.assertEqual(score.maximum, 0.0)
        self.assertEqual(score.nominal_maximum, 2.0)
        self.assertEqual(score.band, "")
        self.assertTrue(ev["5"].is_rescaled)
        self.assertEqual(ev["5"].maximum, 13.0)
        appraised = ev.component("appraised")
        self.assertEqual((appraised.maximum, appraised.nominal_maximum), (68.0, 70.0))
        self.assertIn("not applicable", ev.explain("5.2"))
        card = {c.unit_id: c for c in self.cards}["so-mau-b"]
        self.assertTrue(card["5.2"].not_applicable)
        self.assertIn("không tuyển dụng", card["5.2"].not_applicable_reason)

    def test_entries_read_as_in_the_files(self):
        for path, card in zip(CARD_FILES, self.cards):
            doc = read_json(path)
            self.assertEqual(card.notes, doc["notes"])
            codes = {e["code"] for e in doc["entries"]}
            if card.plan_file:                  # apply_plan() added the plan-fed leaves
                codes |= {"1.1.2", "1.2.1"}
            self.assertEqual(sorted(card.entries.codes()), sorted(codes))
            for source in doc["entries"]:
                entry = card[source["code"]]
                with self.subTest(unit=card.unit_id, code=entry.code):
                    expected = {}
                    for key, value in source.get("self", {}).items():
                        if key in ("numerator", "denominator"):
                            expected["ratio"] = (float(source["self"]["numerator"]),
                                                 float(source["self"]["denominator"]))
                        elif key == "date":
                            expected["date"] = (datetime.date.fromisoformat(value) if value
                                                else "")
                        else:
                            expected[key] = value
                    self.assertEqual(entry.inputs, expected)
                    for key in expected:
                        self.assertTrue(entry.has_input(key))
                    self.assertEqual([tuple(e) for e in entry.evidence],
                                     [(e.get("number", ""), e.get("date", ""),
                                       e.get("title", ""), e.get("link", ""))
                                      for e in source.get("evidence", ())])
                    if "appraisal" in source:
                        self.assertTrue(entry.is_appraised)
                        self.assertEqual(entry.appraisal,
                                         (source["appraisal"]["points"],
                                          source["appraisal"].get("reason", "")))
                    else:
                        self.assertIsNone(entry.appraisal)
                        self.assertIsNone(entry.appraised_points)
                    self.assertEqual(entry.not_applicable, "not_applicable" in source)
                    self.assertEqual(entry.explanation, source.get("explanation", ""))
                    if "from_plan" in source:
                        fp = source["from_plan"]
                        self.assertEqual(entry.plan_input,
                                         (fp["numerator"], fp["denominator"],
                                          datetime.date.fromisoformat(fp["as_of"])))
            self.assertEqual(card.deductions,
                             [cchc.Deduction(d["code"], datetime.date.fromisoformat(d["date"]),
                                             d["description"])
                              for d in doc.get("deductions", ())])

    def test_self_appraised_and_final_points_of_a_leaf(self):
        ev = self.evaluations[0]
        self.assertEqual(ev.unit_id, "so-mau-a")
        score = ev["1.4"]
        self.assertEqual((score.self_points, score.appraised, score.final), (1.75, 1.5, 1.5))
        self.assertEqual(score.index, 75.0)
        self.assertIs(score.appraisal, AppraisalState.COMPLETE)
        self.assertEqual(score.reason, "points typed: 1.75")
        self.assertTrue(score.is_leaf)
        self.assertEqual(score.depth, 2)
        self.assertEqual(score.label, "Tuyên truyền CCHC")
        # Deduction: 1 − 0.25 per event, one event listed for 1.6.
        self.assertEqual(ev["1.6"].final, 0.75)
        # Survey 1.7: (70 + 25 × 0.6 + 5 × 0.2) ÷ 100 × 3.
        self.assertAlmostEqual(ev["1.7"].final, (70 + 15 + 1) / 100 * 3, delta=1e-9)
        self.assertEqual(ev.appraisal, AppraisalState.COMPLETE)
        # The card of unit D is not appraised.
        self.assertIs(self.evaluations[3].appraisal, AppraisalState.NONE)

    def test_scores_document(self):
        ev = self.evaluations[1]
        doc = ev.to_dict()
        self.assertEqual(doc["format"], "cchc-evaluation")
        self.assertEqual(json.loads(ev.dumpb()), doc)
        text = cchc.write_scores(self.evaluations, "json")
        scores = json.loads(text)
        self.assertEqual(scores["format"], "cchc-scores")
        self.assertEqual([u["unit_id"] for u in scores["units"]],
                         [e.unit_id for e in self.evaluations])
        for unit, ev in zip(scores["units"], self.evaluations):
            self.assertEqual(unit["total"], ev.total)
            self.assertEqual(unit["index"], ev.index)
        csv = cchc.write_scores(self.evaluations, "csv", bom=True)
        self.assertTrue(csv.startswith("\ufeffunit_id,"))
        self.assertEqual(csv.count("\r\n"), 1 + 6 * (1 + len(self.scheme.nodes)))
        self.assertIn("|", self.evaluations[0].to_md())
        self.assertIn("so-mau-a", self.evaluations[0].to_text())
        self.assertEqual(json.loads(self.evaluations[0].to_json())["units"][0]["unit_id"],
                         "so-mau-a")
        with self.assertRaises(cchc.InvalidArgumentError):
            cchc.write_scores([])
        with self.assertRaises(cchc.InvalidArgumentError):
            self.evaluations[0].write("json", bom=True)
        with self.assertRaises(TypeError):
            cchc.write_scores([self.cards[0]])


class PlanFedTest(unittest.TestCase):
    """Unit A takes 1.1.2 and 1.2.1 from the bundled plan (docs/scoring.md)."""

    def setUp(self):
        self.scheme = Scheme.load(SCHEME_FILE)
        self.card = Scorecard.load(CARD_A)
        self.plan = cchc.Plan.load(cchc.bundled_plan_path())

    def test_card_names_the_bundled_plan(self):
        card = self.card
        self.assertEqual(card.plan_file, cchc.BUNDLED_PLAN)
        self.assertEqual(card.plan_as_of, datetime.date(2023, 12, 31))
        self.assertEqual(card.plan_lead, "")
        self.assertEqual(os.path.realpath(card.plan_path),
                         os.path.realpath(cchc.bundled_plan_path()))
        self.assertIsNone(card.find_entry("1.1.2"))   # nothing typed for plan-fed leaves
        self.assertIsNone(card.find_entry("1.2.1"))

    def test_inputs_come_from_the_plan(self):
        card, plan = self.card, self.plan
        used = card.apply_plan(self.scheme, plan)
        self.assertIs(used, plan)
        as_of = datetime.date(2023, 12, 31)
        progress = plan.progress(as_of)
        completion = card["1.1.2"].plan_input
        self.assertEqual(completion, (progress.due_done_count(), progress.due_count(), as_of))
        self.assertGreater(completion.denominator, 0)
        on_time, due = reports_ratio(plan, as_of)
        self.assertEqual(card["1.2.1"].plan_input, (on_time, due, as_of))
        self.assertEqual(card["1.2.1"].inputs, {})         # plan-fed, never typed
        ev = card.evaluate(self.scheme)
        # Nothing in the bundled plan is marked done: 0 % → band [0, 70) → 0.
        self.assertEqual(completion.numerator, 0)
        self.assertEqual(ev["1.1.2"].final, 0.0)
        self.assertEqual(ev["1.2.1"].final, 0.0)
        self.assertIn("from the plan", ev["1.1.2"].reason)
        # Applying the card's own plan file gives the same figures.
        again = Scorecard.load(CARD_A)
        again.apply_plan(self.scheme)
        self.assertEqual(again["1.1.2"].plan_input, completion)

    def test_the_plan_decides_the_points(self):
        card, plan = self.card, self.plan
        card.apply_plan(self.scheme, plan)
        before = card.evaluate(self.scheme)
        as_of = datetime.date(2023, 12, 31)
        progress = plan.progress(as_of)
        for row in progress.tasks:
            if row.is_due:
                task = plan.find_task(row.key)
                task.status = cchc.Status.DONE
                task.completed = row.deadline
        for period in plan.calendar.periods:
            period.submitted = period.compile_deadline
        card.apply_plan(self.scheme, plan)
        self.assertEqual(card["1.1.2"].plan_input,
                         (progress.due_count(), progress.due_count(), as_of))
        on_time, due = reports_ratio(plan, as_of)
        self.assertEqual((on_time, due), (4, 4))
        self.assertEqual(card["1.2.1"].plan_input, (4, 4, as_of))
        after = card.evaluate(self.scheme)
        self.assertEqual(after["1.1.2"].final, 2.0)    # 100 % is in (90, 100]
        self.assertEqual(after["1.2.1"].final, 1.0)    # 4 on time reaches "≥ 4 → 1"
        self.assertAlmostEqual(after.total, before.total + 3.0, delta=1e-9)

    def test_another_day(self):
        card = self.card
        card.apply_plan(self.scheme, self.plan, as_of="2023-04-01")
        progress = self.plan.progress("2023-04-01")
        self.assertEqual(card["1.1.2"].plan_input,
                         (0, progress.due_count(), datetime.date(2023, 4, 1)))
        with self.assertRaises(cchc.InvalidArgumentError):
            card.apply_plan(self.scheme, self.plan, as_of="2023-02-30")
        with self.assertRaises(TypeError):
            card.apply_plan(self.scheme, "plan.json")
        blank = Scorecard()
        with self.assertRaises(cchc.InvalidArgumentError):
            blank.apply_plan(self.scheme)               # names no plan

    def test_typed_fact_on_a_plan_fed_leaf_is_refused(self):
        card = self.card
        card.apply_plan(self.scheme, self.plan)
        card["1.1.2"].rate = 95
        with self.assertRaises(cchc.FormatError) as caught:
            card.evaluate(self.scheme)
        self.assertIn("scorecard.plan-fed-typed", caught.exception.diagnostics.codes())


class ExplainTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.evaluation = load_card(CARD_A, cls.scheme).evaluate(cls.scheme)

    def test_a_leaf_mentions_its_rule_and_points(self):
        ev = self.evaluation
        for node in self.scheme.nodes.leaves():
            score = ev[node.code]
            with self.subTest(code=node.code):
                text = ev.explain(node.code)
                self.assertEqual(text, score.explain())
                self.assertTrue(text.startswith(node.code + " " + node.label), text)
                self.assertIn("rule: " + node.rule.describe(), text)
                self.assertIn("%s of %s" % (cchc.points_format(score.final),
                                            cchc.points_format(score.maximum)), text)
                if node.rule.wording:
                    self.assertIn(node.rule.wording, text)
        text = ev.explain("1.4")
        self.assertIn("self-assessed 1.75", text)
        self.assertIn("appraised: 1.50 (Tài liệu kiểm chứng", text)
        self.assertIn("13/BC-SO-MAU-A", text)
        self.assertIn("input (plan): numerator = 0, denominator = 24", ev.explain("1.1.2"))

    def test_a_parent_shows_the_sum(self):
        text = self.evaluation.explain("1.1")
        self.assertIn("sum of 1.1.1 1.00 + 1.1.2 0.00 = 1.00", text)

    def test_the_whole_card(self):
        ev = self.evaluation
        text = ev.explain()
        self.assertIn(ev.unit_name, text)
        self.assertIn('band "%s"' % ev.band, text)
        self.assertIn("total: %s of %s" % (cchc.points_format(ev.total),
                                           cchc.points_format(ev.maximum)), text)
        for node in self.scheme.nodes:
            self.assertIn(node.code + " " + node.label, text)
        doc = ev.explain_json()
        self.assertEqual(doc["format"], "cchc-explanation")
        self.assertEqual(doc["total"]["points"], ev.total)
        self.assertEqual(len(doc["nodes"]), len(self.scheme.nodes))

    def test_json_of_a_node(self):
        ev = self.evaluation
        doc = ev.explain_json("1.4")
        self.assertEqual(doc["node"], "1.4")
        [node] = doc["nodes"]
        self.assertEqual((node["self"], node["appraised"], node["final"]), (1.75, 1.5, 1.5))
        self.assertEqual(node["rule"]["kind"], "manual")
        self.assertEqual(node["input"], {"points": 1.75})
        self.assertEqual(ev["1.4"].explain_json(), doc)

    def test_unknown_node(self):
        with self.assertRaises(cchc.NotFoundError):
            self.evaluation.explain("9.9")
        with self.assertRaises(cchc.NotFoundError):
            self.evaluation.explain_json("9.9")


class BrokenSchemeTest(unittest.TestCase):
    def test_sum_mismatch_is_refused_with_json_path(self):
        doc = read_json(SCHEME_FILE)
        doc["nodes"][0]["children"][0]["maximum"] = 4      # 1.1: 4 ≠ 1 + 2
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        with self.assertRaises(cchc.FormatError) as caught:
            Scheme.loads(text, name="broken.json")
        error = caught.exception
        self.assertTrue(error.message.startswith("broken.json:"), error.message)
        self.assertIn("scheme.sum-mismatch", error.message)
        found = {d.path: d for d in error.diagnostics.with_code("scheme.sum-mismatch")}
        self.assertEqual(sorted(found), ["$.nodes[0].children[0].maximum", "$.nodes[0].maximum"])
        for d in found.values():
            self.assertTrue(d.is_error)
            self.assertEqual(d.file, "broken.json")
            self.assertGreater(d.line, 0)
        self.assertIn("1.1.1 1 + 1.1.2 2 = 3", found["$.nodes[0].children[0].maximum"].message)

    def test_band_gap_is_refused(self):
        doc = read_json(SCHEME_FILE)
        doc["bands"][-1]["lower"] = 10
        with self.assertRaises(cchc.FormatError) as caught:
            Scheme.loads(json.dumps(doc, ensure_ascii=False), name="gap.json")
        self.assertIn("scheme.band-gap", caught.exception.diagnostics.codes())

    def test_edited_scheme_reports_and_refuses_to_evaluate(self):
        scheme = Scheme.load(SCHEME_FILE)
        scheme["1"].maximum = 16
        findings = scheme.check()
        self.assertTrue(findings.has_errors)
        # Components sum their leaves, which did not change: only the area is wrong.
        [error] = findings.errors
        self.assertEqual(error.code, "scheme.sum-mismatch")
        self.assertIn("node 1:", error.message)
        with self.assertRaises(cchc.FormatError) as caught:
            scheme.evaluate(load_card(CARD_FILES[1], scheme))
        self.assertIn("scheme.sum-mismatch", caught.exception.diagnostics.codes())

    def test_other_load_errors(self):
        with self.assertRaises(cchc.CchcIOError):
            Scheme.load(os.path.join(support.DATA_DIR, "khong-co.json"))
        with self.assertRaises(cchc.ParseError):
            Scheme.loads("{")
        with self.assertRaises(cchc.FormatError) as caught:
            Scheme.loads('{"format": "cchc-plan", "version": 1}')
        self.assertIn("$.format", caught.exception.message)
        with self.assertRaises(cchc.FormatError):
            Scorecard.loads('{"format": "cchc-scheme", "version": 1}')


class BadCardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)

    def card_text(self, change):
        doc = read_json(CARD_FILES[1])
        change(doc)
        return json.dumps(doc, ensure_ascii=False, indent=2)

    def test_points_above_maximum_are_located(self):
        def change(doc):
            doc["entries"][3]["appraisal"] = {"points": 50, "reason": "thử"}
        card = Scorecard.loads(self.card_text(change), name="card.json")
        findings = card.check(self.scheme)
        [d] = findings.with_code("scorecard.over-maximum")
        self.assertEqual(d.path, "$.entries[3].appraisal.points")
        with self.assertRaises(cchc.FormatError) as caught:
            self.scheme.evaluate(card)
        self.assertIn("$.entries[3].appraisal.points", caught.exception.message)
        self.assertIn("scorecard.over-maximum", caught.exception.diagnostics.codes())

    def test_unknown_code(self):
        def change(doc):
            doc["entries"].append({"code": "9.9", "self": {"points": 1}})
        card = Scorecard.loads(self.card_text(change), name="card.json")
        [d] = card.check(self.scheme).with_code("scorecard.unknown-code")
        self.assertTrue(d.path.endswith("].code"), d.path)
        with self.assertRaises(cchc.FormatError):
            card.evaluate(self.scheme)

    def test_negative_count_and_nan_are_refused(self):
        def negative(doc):
            [entry] = [e for e in doc["entries"] if e["code"] == "3.3"]
            entry["self"] = {"count": -1}
        with self.assertRaises(cchc.FormatError) as caught:
            Scorecard.loads(self.card_text(negative), name="neg.json")
        self.assertIn("scorecard.negative-count", caught.exception.diagnostics.codes())
        self.assertIn("neg.json:", caught.exception.message)
        text = self.card_text(lambda doc: None)
        broken = re.sub(r'"points": [0-9.]+', '"points": NaN', text, count=1)
        self.assertNotEqual(broken, text)
        with self.assertRaises(cchc.ParseError) as caught:
            Scorecard.loads(broken, name="nan.json")          # NaN is not JSON
        self.assertIn("nan.json:", caught.exception.message)
        entry = Scorecard().add_entry("1.4")
        with self.assertRaises(cchc.RangeError):
            entry.points = float("nan")
        with self.assertRaises(cchc.RangeError):
            entry.points = -1
        with self.assertRaises(cchc.RangeError):
            entry.count = -1
        with self.assertRaises(cchc.RangeError):
            entry.ratio = (1, 0)
        with self.assertRaises(cchc.RangeError):
            entry.rate = 101
        with self.assertRaises(TypeError):
            entry.points = "1.5"
        self.assertEqual(entry.inputs, {})


class BuiltSchemeTest(unittest.TestCase):
    """A small scheme built in Python, scored by hand (docs/scoring.md, the worked example)."""

    def build(self):
        scheme = Scheme()
        scheme.id = "py-small"
        scheme.name = "Bộ chỉ số thử"
        scheme.year = 2023
        scheme.add_unit_kind("department")
        scheme.add_component("appraised", "Điểm thẩm định", 14)
        scheme.add_component("survey", "Điểm điều tra xã hội học", 4)
        for label, lower in (("Tốt", 90), ("Khá", 80), ("Trung bình", 50), ("Yếu", 0)):
            scheme.add_band(label, lower)
        scheme.add_node("1", "Lĩnh vực một", 10, component="appraised")
        scheme.add_node("1.1", "Điểm chấm", 2, rule="manual", step=0.25)
        scheme.add_node("1.2", "Đạt / không đạt", 1, rule=RuleKind.YES_NO)
        scheme.add_node("1.3", "Đúng hạn", 1, rule="deadline", deadline="2023-01-31",
                        outcomes={"late": 0.5},
                        wording="Ban hành kịp thời: 1 / không kịp thời: 0,5 / Không ban hành: 0")
        scheme.add_node("1.4", "Tỷ lệ", 2, rule="rate_bands",
                        bands=[(0, True, 70, False, 0), (70, True, 90, True, 1),
                               (90, False, 100, True, 2)])
        scheme.add_node("1.5", "Tỷ lệ × điểm", 2, rule="proportional", floor=50)
        scheme.add_node("1.6", "Số lần", 2, rule="count_levels",
                        levels=[(4, 2), (3, 1.5), (2, 1), (1, 0.5)])
        scheme.add_node("2", "Lĩnh vực hai", 4, component="appraised")
        scheme.add_node("2.1", "Điểm trừ", 2, rule="deduction", per_event=0.5)
        scheme.add_node("2.2", "Đạt / không đạt", 2, rule="yes_no",
                        may_be_not_applicable=True)
        scheme.add_node("3", "Điều tra xã hội học", 4, component="survey")
        scheme.add_node("3.1", "Mức độ hài lòng", 4, rule="survey",
                        options=[("A", "Rất hài lòng", 1), ("B", "Hài lòng", 0.6),
                                 ("C", "Chấp nhận", 0.2), ("D", "Không hài lòng", 0)])
        return scheme

    def card(self):
        card = Scorecard()
        card.unit_id = "don-vi-a"
        card.unit_name = "Đơn vị A (hư cấu)"
        card.unit_kind = "department"
        card.scheme_id = "py-small"
        card.year = 2023
        card.add_entry("1.1", points=1.75, appraisal=(1.5, "Thiếu báo cáo kết quả"))
        card.add_entry("1.2", yes=True)
        card.add_entry("1.3", date=datetime.date(2023, 2, 10))
        card.add_entry("1.4", ratio=(9, 10))
        card.add_entry("1.5", ratio=(30, 40))
        card.add_entry("1.6", count=3)
        for day in ("2023-03-01", "2023-05-02", "2023-07-03"):
            card.add_deduction("2.1", day, "Chậm lần " + day[5:7])
        card.add_entry("2.2", not_applicable="Không có nhiệm vụ trong năm")
        card.add_entry("3.1", answers={"A": 30, "B": 50, "C": 15, "D": 5})
        return card

    def test_the_scheme_checks_clean(self):
        scheme = self.build()
        findings = scheme.check()
        self.assertFalse(findings.has_errors, findings.to_text())
        self.assertEqual(scheme.maximum, 18.0)
        again = Scheme.loads(scheme.dumps())
        self.assertEqual(again.dumps(), scheme.dumps())
        self.assertEqual(again["1.4"].rule.bands, scheme["1.4"].rule.bands)

    def test_hand_computed_figures(self):
        scheme, card = self.build(), self.card()
        ev = scheme.evaluate(card)
        self.assertFalse(ev.diagnostics.has_errors)
        expected_self = {"1.1": 1.75, "1.2": 1.0, "1.3": 0.5, "1.4": 1.0, "1.5": 1.5,
                         "1.6": 1.5, "2.1": 0.5, "2.2": 0.0, "3.1": 2.52}
        for code, points in expected_self.items():
            self.assertAlmostEqual(ev[code].self_points, points, delta=1e-9, msg=code)
        self.assertEqual(ev["1"].self_points, 7.25)
        self.assertEqual(ev["1"].final, 7.0)               # 1.1 appraised down to 1.5
        self.assertEqual(ev["1"].appraisal, AppraisalState.PARTIAL)
        self.assertTrue(ev["2.2"].is_excluded)
        self.assertEqual(ev["2"].maximum, 2.0)
        self.assertEqual(ev["2"].index, 25.0)
        self.assertAlmostEqual(ev.self_total, 10.27, delta=1e-9)
        self.assertAlmostEqual(ev.total, 10.02, delta=1e-9)
        self.assertEqual(ev.maximum, 16.0)
        self.assertEqual(ev.nominal_maximum, 18.0)
        self.assertTrue(ev.is_rescaled)
        self.assertAlmostEqual(ev.index, 62.625, delta=1e-9)
        self.assertAlmostEqual(ev.scaled_total, 11.2725, delta=1e-9)
        self.assertEqual(ev.band, "Trung bình")
        self.assertEqual(ev.band_for(80), "Khá")
        self.assertEqual(ev.band_for(79.99), "Trung bình")
        appraised, survey = ev.components
        self.assertEqual((appraised.id, appraised.maximum, appraised.nominal_maximum),
                         ("appraised", 12.0, 14.0))
        self.assertAlmostEqual(appraised.points, 7.5, delta=1e-9)
        self.assertAlmostEqual(survey.points, 2.52, delta=1e-9)
        self.assertIn("late", ev.explain("1.3"))
        self.assertIn("Không có nhiệm vụ trong năm", ev.explain("2.2"))
        self.assertIn("3 events", ev.explain("2.1"))

    def test_facts_round_trip_through_json(self):
        card = self.card()
        entry = card["1.3"]
        self.assertEqual(entry.inputs, {"date": datetime.date(2023, 2, 10)})
        entry.date = ""                                    # not done
        self.assertEqual(entry.date, "")
        self.assertEqual(card["1.4"].ratio, (9.0, 10.0))
        self.assertEqual(card["3.1"].answers, {"A": 30, "B": 50, "C": 15, "D": 5})
        again = Scorecard.loads(card.dumps())
        self.assertEqual(again.dumps(), card.dumps())
        self.assertEqual(again["1.3"].inputs, {"date": ""})
        self.assertEqual(again["2.2"].not_applicable_reason, "Không có nhiệm vụ trong năm")
        self.assertEqual(len(again.deductions), 3)
        ev = self.build().evaluate(again)
        self.assertEqual(ev["1.3"].self_points, 0.0)       # missing → 0

    def test_editing_errors(self):
        scheme = self.build()
        with self.assertRaises(cchc.ExistsError):
            scheme.add_node("1.1", "lại", 1)
        with self.assertRaises(cchc.NotFoundError):
            scheme.add_node("9.1", "không có cha", 1)
        with self.assertRaises(cchc.RangeError):
            scheme.add_node("1.7", "ba số lẻ", 1.234)
        with self.assertRaises(cchc.InvalidArgumentError):
            scheme.add_node("1.x", "mã sai", 1)
        with self.assertRaises(cchc.InvalidArgumentError):
            scheme["1.1"].set_rule("bogus")
        with self.assertRaises(cchc.InUseError):
            scheme.remove_component("survey")
        with self.assertRaises(cchc.InvalidArgumentError):
            scheme["1.2"].rule.set_outcome_points("late", 1)
        card = self.card()
        with self.assertRaises(cchc.ExistsError):
            card.add_entry("1.1")
        with self.assertRaises(cchc.NotFoundError):
            card.remove_entry("9.9")

    def test_editing_figures(self):
        scheme = self.build()
        survey = scheme.find_component("survey")
        survey.optional = True
        survey.label = "Điều tra"
        self.assertEqual((survey.optional, survey.label), (True, "Điều tra"))
        node = scheme["1.5"]
        node.label_en = "Ratio"
        node.description = "Tỷ lệ a/b"
        node.evidence_required = True
        self.assertEqual((node.label_en, node.description, node.evidence_required),
                         ("Ratio", "Tỷ lệ a/b", True))
        rule = node.rule
        rule.cap = 1.5
        self.assertEqual((rule.cap, rule.has_cap), (1.5, True))
        rule.cap = None
        self.assertEqual((rule.cap, rule.has_cap), (2.0, False))
        rule.floor = 60
        self.assertEqual(rule.floor, 60.0)
        self.assertIn("60", rule.describe())
        options = scheme["3.1"].rule
        options.remove_option("D")
        self.assertEqual([o.id for o in options.options], ["A", "B", "C"])
        with self.assertRaises(cchc.NotFoundError):
            options.remove_option("Z")
        levels = scheme["1.6"].rule
        levels.remove_level(0)
        self.assertEqual(levels.levels[0], cchc.CountLevel(2, 1.0))
        bands = scheme["1.4"].rule
        bands.remove_band(-1)
        self.assertIn("scheme.rule-band-gap", scheme.check().codes())
        scheme.remove_band("Yếu")
        self.assertIsNone(scheme.band_for(10))
        self.assertIn("scheme.band-gap", scheme.check().codes())
        scheme.add_unit_kind("district")
        scheme.remove_unit_kind("district")
        with self.assertRaises(cchc.NotFoundError):
            scheme.remove_unit_kind("district")
        scheme.remove_node("2.2")
        scheme["2"].maximum = 2
        self.assertEqual(scheme.maximum, 16.0)

    def test_editing_a_card(self):
        card = self.card()
        entry = card["1.1"]
        entry.clear_appraisal()
        self.assertIsNone(entry.appraisal)
        entry.add_evidence("12/BC-A", datetime.date(2023, 11, 30), "Báo cáo",
                           "https://example.org/12")
        self.assertEqual(entry.evidence, [cchc.Evidence("12/BC-A", "2023-11-30", "Báo cáo",
                                                        "https://example.org/12")])
        entry.remove_evidence(0)
        self.assertEqual(entry.evidence, [])
        entry.explanation = "Giải trình"
        entry.clear_input()
        self.assertEqual(entry.inputs, {})
        na = card["2.2"]
        na.set_not_applicable(False)
        na.yes = False
        self.assertEqual(na.inputs, {"yes": False})
        plan_fed = card.add_entry("1.2.9")
        plan_fed.set_plan_input(3, 4, "2023-06-30")
        self.assertEqual(plan_fed.plan_input, (3.0, 4.0, datetime.date(2023, 6, 30)))
        plan_fed.clear_plan_input()
        self.assertIsNone(plan_fed.plan_input)
        card.set_plan_source("ke-hoach.json", "2023-06-30", "van-phong")
        self.assertEqual((card.plan_file, card.plan_as_of, card.plan_lead),
                         ("ke-hoach.json", datetime.date(2023, 6, 30), "van-phong"))
        card.remove_deduction(0)
        self.assertEqual(len(card.deductions), 2)
        findings = card.check(self.build())
        self.assertIn("scorecard.unknown-code", findings.codes())      # 1.2.9
        card.remove_entry("1.2.9")
        ev = self.build().evaluate(card)
        self.assertEqual(ev["1.1"].self_points, 0.0)        # no fact left: 0 with a warning
        self.assertIn("scorecard.missing-input", ev.diagnostics.codes())
        self.assertEqual(ev["2.2"].final, 0.0)
        self.assertEqual(ev["2.1"].final, 1.0)              # two events left: 2 − 2 × 0.5

    def test_replacing_a_rule(self):
        scheme = self.build()
        node = scheme["1.2"]
        old = node.rule
        new = node.set_rule("manual", step=0.5)
        self.assertIs(node.rule, new)
        self.assertIs(new.kind, RuleKind.MANUAL)
        with self.assertRaises(ReferenceError):
            old.kind                                       # freed by C: no pointer left
        node.clear_rule()
        self.assertIsNone(node.rule)
        self.assertIn("scheme.leaf-without-rule", scheme.check().codes())


class RoundingTest(unittest.TestCase):
    def test_round_half_away_from_zero_on_the_shown_decimal(self):
        self.assertEqual(cchc.points_round(2.675), 2.68)
        self.assertEqual(cchc.points_round(-2.675), -2.68)
        self.assertEqual(cchc.points_round(57.66499999999999), 57.66)
        self.assertEqual(cchc.points_round(1.005), 1.01)
        self.assertTrue(math.isnan(cchc.points_round(float("nan"))))
        self.assertEqual(cchc.points_format(57.665), "57.67")
        self.assertEqual(cchc.points_format(57.665, decimal_comma=True), "57,67")
        self.assertEqual(cchc.points_format(3), "3.00")
        with self.assertRaises(cchc.RangeError):
            cchc.points_format(float("inf"))
        with self.assertRaises(TypeError):
            cchc.points_round("2.675")


class EnumTest(unittest.TestCase):
    def test_names_from_the_library(self):
        self.assertEqual([k.token for k in RuleKind],
                         ["manual", "yes_no", "deadline", "rate_bands", "proportional",
                          "count_levels", "deduction", "survey"])
        self.assertIs(RuleKind.from_token("survey"), RuleKind.SURVEY)
        self.assertEqual([s.token for s in RuleSource],
                         ["typed", "plan_completion", "plan_reports"])
        self.assertEqual([o.token for o in RuleOutcome],
                         ["yes", "no", "on_time", "late", "missing", "otherwise"])
        self.assertIs(RuleOutcome.from_token("otherwise"), RuleOutcome.OTHERWISE)
        self.assertEqual([k.token for k in InputKind],
                         ["points", "yes", "date", "rate", "ratio", "count", "answers"])
        self.assertEqual([a.token for a in AppraisalState], ["none", "partial", "complete"])
        for enum, bad in ((RuleKind, "stepped"), (RuleSource, "plan"),
                          (RuleOutcome, "maybe"), (InputKind, "text")):
            with self.assertRaises(cchc.InvalidArgumentError):
                enum.from_token(bad)


class ScoringOwnershipTest(unittest.TestCase):
    def test_node_outlives_del_scheme(self):
        scheme = Scheme.load(SCHEME_FILE)
        node = scheme["1.1.2"]
        rule = node.rule
        component = scheme.components[0]
        ref = weakref.ref(scheme)
        del scheme
        gc.collect()
        self.assertIsNotNone(ref())                        # kept alive by what it lent
        self.assertEqual(node.label, "Mức độ thực hiện kế hoạch CCHC")
        self.assertEqual(node.parent.code, "1.1")
        self.assertIs(rule.kind, RuleKind.RATE_BANDS)
        self.assertEqual(component.id, "appraised")
        del node, rule, component
        gc.collect()
        self.assertIsNone(ref())

    def test_removed_nodes_lose_their_pointer(self):
        scheme = Scheme.load(SCHEME_FILE)
        area = scheme["1"]
        leaf = scheme["1.1.2"]
        rule = leaf.rule
        other = scheme["2"]
        scheme.remove_node("1")
        for obj in (area, leaf, rule):
            with self.assertRaises(ReferenceError):
                obj.code if not isinstance(obj, cchc.Rule) else obj.kind
        self.assertEqual(other.code, "2")
        self.assertIsNone(scheme.find_node("1.1"))
        self.assertEqual(scheme.roots[0].code, "2")

    def test_entry_and_node_score_outlive_their_parents(self):
        scheme = Scheme.load(SCHEME_FILE)
        card = load_card(CARD_FILES[1], scheme)
        entry = card["1.4"]
        ev = card.evaluate(scheme)
        score = ev["1.4"]
        total = ev.total
        del card, scheme, ev
        gc.collect()
        self.assertEqual(entry.code, "1.4")
        self.assertIsNotNone(entry.card)
        self.assertEqual(score.final, score.evaluation["1.4"].final)
        self.assertEqual(score.evaluation.total, total)   # a snapshot: scheme and card gone

    def test_removed_entry_loses_its_pointer(self):
        card = Scorecard.load(CARD_FILES[1])
        entry = card["1.4"]
        self.assertIs(card.entries[card.entries.codes().index("1.4")], entry)
        card.remove_entry("1.4")
        with self.assertRaises(ReferenceError):
            entry.points
        self.assertNotIn("1.4", card)

    def test_objects_alive_at_interpreter_exit(self):
        code = textwrap.dedent("""
            import glob, os, cchc
            d = cchc.data_dir()
            scheme = cchc.Scheme.load(os.path.join(d, "scheme-2023-sample-department.json"))
            node = scheme["1.1.2"]
            card = cchc.Scorecard.load(os.path.join(d, "scorecard-2023-sample-so-mau-a.json"))
            card.apply_plan(scheme)
            entry = card["1.1.2"]
            ev = scheme.evaluate(card)
            score = ev["1.1.2"]
            cycle = [scheme, card, ev, node, entry, score]
            cycle.append(cycle)
            print(node.label)
        """)
        result = subprocess.run([sys.executable, "-c", code], env=support.child_env(),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.strip(), "Mức độ thực hiện kế hoạch CCHC")


if __name__ == "__main__":
    unittest.main()
