"""Ranking, bands, comparisons and the score / ranking / SVG writers (ranking.h, export.h)."""

import csv
import gc
import io
import json
import subprocess
import sys
import textwrap
import unittest
import weakref

import cchc_test_support as support
import cchc
from cchc import GroupBy, Ranking, Scheme, TiePolicy
from cchc_test_support import CARD_A, CARD_FILES, SCHEME_FILE, load_card

# docs/ranking.md, "cchc rank" on the sample data.
DOCUMENTED_ORDER = ["so-mau-b", "so-mau-d", "so-mau-a", "so-mau-e", "so-mau-f", "so-mau-c"]
DOCUMENTED_RANKS = [1, 2, 3, 4, 4, 6]


def expected_ranks(values, policy):
    """Ranks of @values (given in input order) under @policy, highest first."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    ranks = [0] * len(values)
    for position, i in enumerate(order):
        if policy == TiePolicy.COMPETITION:
            ranks[i] = 1 + sum(1 for v in values if v > values[i])
        elif policy == TiePolicy.DENSE:
            ranks[i] = 1 + len({v for v in values if v > values[i]})
        else:
            ranks[i] = position + 1
    return ranks


def sample_evaluations(scheme):
    return [load_card(path, scheme).evaluate(scheme) for path in CARD_FILES]


def twin_of_a(scheme, unit_id="so-mau-a2"):
    """The card of unit A loaded again under another unit id: a tie with A."""
    card = load_card(CARD_A, scheme)
    card.unit_id = unit_id
    card.unit_name = "Sở Mẫu A2 (đơn vị hư cấu, bản sao)"
    return card.evaluate(scheme)


class RankingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.evaluations = sample_evaluations(cls.scheme)
        cls.twin = twin_of_a(cls.scheme)

    def check_consistent(self, ranking, evaluations, policy):
        """Every rank, tie flag and area rank follows from the indexes under @policy."""
        by_id = {e.unit_id: e for e in evaluations}
        groups = {}
        for entry in ranking:
            groups.setdefault(entry.group, []).append(entry)
        for name, entries in groups.items():
            members = sorted(entries, key=lambda e: e.input_index)
            values = [by_id[e.unit_id].index for e in members]
            for entry, value, rank in zip(members, values, expected_ranks(values, policy)):
                with self.subTest(policy=policy, group=name, unit=entry.unit_id):
                    self.assertEqual(entry.index, value)
                    self.assertEqual(entry.rank, rank)
                    self.assertEqual(entry.is_tied, values.count(value) > 1)
                    ev = by_id[entry.unit_id]
                    self.assertEqual(entry.total, ev.total)
                    self.assertEqual(entry.maximum, ev.maximum)
                    self.assertEqual(entry.band, ev.band)
                    self.assertEqual(entry.unit_name, ev.unit_name)
                    self.assertEqual(entry.unit_kind, ev.unit_kind)
            # Listed by rank, then the order added.
            self.assertEqual([(e.rank, e.input_index) for e in entries],
                             sorted((e.rank, e.input_index) for e in entries))
            # Areas: ranked the same way among the units for which they count.
            for position, area in enumerate(ranking.areas):
                counted = [e for e in members if not by_id[e.unit_id][area.code].is_excluded]
                values = [by_id[e.unit_id][area.code].index for e in counted]
                for entry, value, rank in zip(counted, values, expected_ranks(values, policy)):
                    got = entry.areas[position]
                    with self.subTest(policy=policy, unit=entry.unit_id, area=area.code):
                        self.assertEqual(got.code, area.code)
                        self.assertEqual(got.label, area.label)
                        self.assertFalse(got.excluded)
                        self.assertEqual(got.index, value)
                        self.assertEqual(got.rank, rank)
                        self.assertEqual(got.band, by_id[entry.unit_id][area.code].band)

    def test_default_is_competition_as_documented(self):
        ranking = Ranking.of(self.evaluations)
        self.assertIs(ranking.ties, TiePolicy.COMPETITION)
        self.assertIs(ranking.group_by, GroupBy.NONE)
        self.assertEqual(ranking.entries.unit_ids(), DOCUMENTED_ORDER)
        self.assertEqual([e.rank for e in ranking], DOCUMENTED_RANKS)
        self.assertEqual([e.is_tied for e in ranking], [False, False, False, True, True, False])
        self.assertEqual(ranking.groups, [""])
        self.assertEqual(ranking.scheme_id, self.scheme.id)
        self.assertEqual(ranking.scheme_name, self.scheme.name)
        self.assertEqual(ranking.year, 2023)
        self.assertEqual(ranking.areas, [cchc.RankingArea(r.code, r.label)
                                         for r in self.scheme.roots])
        self.assertEqual(len(ranking), 6)
        self.check_consistent(ranking, self.evaluations, TiePolicy.COMPETITION)

    def test_every_policy_with_ties(self):
        evaluations = self.evaluations + [self.twin]
        self.assertEqual(self.twin.index, self.evaluations[0].index)   # A and its twin tie
        for policy in TiePolicy:
            ranking = Ranking.of(evaluations, ties=policy.token)
            self.assertIs(ranking.ties, policy)
            self.check_consistent(ranking, evaluations, policy)
        ranks = {p: [(e.unit_id, e.rank) for e in Ranking.of(evaluations, ties=p)]
                 for p in TiePolicy}
        self.assertEqual(ranks[TiePolicy.COMPETITION],
                         [("so-mau-b", 1), ("so-mau-d", 2), ("so-mau-a", 3), ("so-mau-a2", 3),
                          ("so-mau-e", 5), ("so-mau-f", 5), ("so-mau-c", 7)])
        self.assertEqual(ranks[TiePolicy.DENSE],
                         [("so-mau-b", 1), ("so-mau-d", 2), ("so-mau-a", 3), ("so-mau-a2", 3),
                          ("so-mau-e", 4), ("so-mau-f", 4), ("so-mau-c", 5)])
        self.assertEqual(ranks[TiePolicy.ORDINAL],
                         [("so-mau-b", 1), ("so-mau-d", 2), ("so-mau-a", 3), ("so-mau-a2", 4),
                          ("so-mau-e", 5), ("so-mau-f", 6), ("so-mau-c", 7)])

    def test_ordinal_ties_keep_the_order_added(self):
        evaluations = list(reversed(self.evaluations + [self.twin]))
        ranking = Ranking.of(evaluations, ties=TiePolicy.ORDINAL)
        self.check_consistent(ranking, evaluations, TiePolicy.ORDINAL)
        self.assertEqual([(e.unit_id, e.rank) for e in ranking if e.is_tied],
                         [("so-mau-a2", 3), ("so-mau-a", 4), ("so-mau-f", 5), ("so-mau-e", 6)])
        self.assertEqual(ranking.find("so-mau-a2").input_index, 0)

    def test_options_take_effect_at_compute(self):
        ranking = Ranking()
        ranking.extend(self.evaluations)
        self.assertEqual(len(ranking), 0)                  # nothing computed yet
        ranking.compute()
        ranking.ties = "dense"
        self.assertIs(ranking.ties, TiePolicy.COMPETITION)  # the result in force
        self.assertEqual(ranking.find("so-mau-c").rank, 6)
        ranking.compute()
        self.assertIs(ranking.ties, TiePolicy.DENSE)
        self.assertEqual(ranking.find("so-mau-c").rank, 5)

    def test_group_by_kind(self):
        scheme = self.scheme
        cards = [load_card(path, scheme) for path in CARD_FILES]
        for card in cards[3:]:
            card.unit_kind = "district"
        evaluations = [c.evaluate(scheme) for c in cards]
        self.assertIn("scorecard.unit-kind", evaluations[3].diagnostics.codes())  # a warning
        ranking = Ranking.of(evaluations, group_by="kind")
        self.assertIs(ranking.group_by, GroupBy.KIND)
        self.assertEqual(ranking.groups, ["department", "district"])
        self.assertEqual([e.unit_id for e in ranking.group("department")],
                         ["so-mau-b", "so-mau-a", "so-mau-c"])
        self.assertEqual([(e.unit_id, e.rank) for e in ranking.group("district")],
                         [("so-mau-d", 1), ("so-mau-e", 2), ("so-mau-f", 2)])
        self.check_consistent(ranking, evaluations, TiePolicy.COMPETITION)

    def test_group_by_caller(self):
        groups = {"so-mau-a": "Khối 1", "so-mau-b": "Khối 2", "so-mau-c": "Khối 1",
                  "so-mau-d": "Khối 2", "so-mau-e": "Khối 1", "so-mau-f": "Khối 2"}
        ranking = Ranking.of(self.evaluations, ties="dense", group_by=GroupBy.CALLER,
                             groups=groups)
        self.assertEqual(ranking.groups, ["Khối 1", "Khối 2"])
        for entry in ranking:
            self.assertEqual(entry.group, groups[entry.unit_id])
        self.assertEqual([(e.unit_id, e.rank) for e in ranking.group("Khối 2")],
                         [("so-mau-b", 1), ("so-mau-d", 2), ("so-mau-f", 3)])
        self.check_consistent(ranking, self.evaluations, TiePolicy.DENSE)
        parallel = Ranking.of(self.evaluations, group_by="caller",
                              groups=[groups[e.unit_id] for e in self.evaluations])
        self.assertEqual([(e.unit_id, e.group, e.rank) for e in parallel],
                         [(e.unit_id, e.group, e.rank)
                          for e in Ranking.of(self.evaluations, group_by="caller",
                                              groups=groups)])

    def test_an_area_that_does_not_count_is_excluded(self):
        scheme = self.scheme.copy()
        scheme["4"].may_be_not_applicable = True
        evaluations = []
        for path in CARD_FILES:
            card = load_card(path, scheme)
            if card.unit_id == "so-mau-b":
                card.add_entry("4", not_applicable="Không có đơn vị trực thuộc (hư cấu)")
            evaluations.append(card.evaluate(scheme))
        b = [e for e in evaluations if e.unit_id == "so-mau-b"][0]
        self.assertTrue(b["4"].is_excluded)
        self.assertEqual(b.maximum, 98.0 - 11.0)
        ranking = Ranking.of(evaluations)
        self.check_consistent(ranking, evaluations, TiePolicy.COMPETITION)
        area = ranking.find("so-mau-b").area("4")
        self.assertEqual((area.excluded, area.index, area.rank, area.band),
                         (True, None, None, ""))
        self.assertEqual(sorted(e.area("4").rank for e in ranking if e.unit_id != "so-mau-b"),
                         [1, 2, 3, 3, 5])
        change = Ranking.of(self.evaluations).compare(ranking).find("so-mau-b")
        area = [a for a in change.areas if a.code == "4"][0]
        self.assertIsNone(area.index_before)               # excluded in the before ranking
        self.assertIsNotNone(area.index_after)
        self.assertIsNone(area.index_change)
        self.assertIn("không áp dụng (n/a)", b.to_svg([e for e in evaluations if e is not b]))

    def test_order_added_does_not_change_figures(self):
        forward = Ranking.of(self.evaluations)
        backward = Ranking.of(list(reversed(self.evaluations)))
        for a in forward:
            b = backward.find(a.unit_id)
            self.assertEqual((a.rank, a.index, a.total, a.band, a.areas),
                             (b.rank, b.index, b.total, b.band, b.areas))

    def test_refusals(self):
        ranking = Ranking()
        with self.assertRaises(cchc.NotFoundError):
            ranking.compute()                              # nothing added
        with self.assertRaises(cchc.InvalidArgumentError):
            ranking.to_text()                              # not computed
        ranking.add(self.evaluations[0])
        with self.assertRaises(cchc.ExistsError):
            ranking.add(self.evaluations[0])
        other_scheme = self.scheme.copy()
        other_scheme.id = "another-scheme-2023"
        card = load_card(CARD_FILES[1], self.scheme)
        card.scheme_id = other_scheme.id
        with self.assertRaises(cchc.InvalidArgumentError) as caught:
            ranking.add(card.evaluate(other_scheme))
        self.assertIn("another-scheme-2023", caught.exception.message)
        with self.assertRaises(cchc.InvalidArgumentError):
            Ranking(ties="alphabetical")
        with self.assertRaises(cchc.InvalidArgumentError):
            Ranking(group_by="area")
        with self.assertRaises(TypeError):
            ranking.add(card)
        with self.assertRaises(cchc.InvalidArgumentError):
            ranking.compare(Ranking.of(self.evaluations))  # this one is not computed
        self.assertIsNone(Ranking.of(self.evaluations).find("khong-co"))

    def test_enum_names_from_the_library(self):
        self.assertEqual([p.token for p in TiePolicy], ["competition", "dense", "ordinal"])
        self.assertIs(TiePolicy.from_token("dense"), TiePolicy.DENSE)
        self.assertEqual([g.token for g in GroupBy], ["none", "kind", "caller"])
        with self.assertRaises(cchc.InvalidArgumentError):
            TiePolicy.from_token("olympic")


class ComparisonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.evaluations = sample_evaluations(cls.scheme)
        cls.after = Ranking.of(cls.evaluations)

    def previous_year(self):
        """Last year's cards: unit D absent, unit G present, B lower on 1.4."""
        scheme = self.scheme
        cards = [load_card(path, scheme) for path in CARD_FILES]
        for card in cards:
            card.year = 2022
        b = [c for c in cards if c.unit_id == "so-mau-b"][0]
        b["1.4"].set_appraisal(0.25, "Năm trước thiếu tài liệu")
        g = cards[2].copy()
        g.unit_id = "so-mau-g"
        cards = [c for c in cards if c.unit_id != "so-mau-d"] + [g]
        evaluations = []
        for card in cards:
            ev = card.evaluate(scheme)
            self.assertIn("scorecard.year-mismatch", ev.diagnostics.codes())
            evaluations.append(ev)
        return evaluations

    def test_two_years(self):
        before_evaluations = self.previous_year()
        before = Ranking.of(before_evaluations)
        self.assertEqual(before.year, 2022)
        comparison = self.after.compare(before)
        self.assertEqual((comparison.before_year, comparison.after_year), (2022, 2023))
        self.assertEqual(comparison.before_scheme_id, self.scheme.id)
        ids = [c.unit_id for c in comparison]
        self.assertEqual(ids, self.after.entries.unit_ids() + ["so-mau-g"])
        new, gone = comparison.find("so-mau-d"), comparison.find("so-mau-g")
        self.assertTrue(new.is_new)
        self.assertEqual((new.rank_before, new.index_before, new.band_before), (None,) * 3)
        self.assertIsNone(new.rank_change)
        self.assertTrue(gone.is_gone)
        self.assertIsNone(gone.rank_after)
        for change in comparison:
            if not (change.in_before and change.in_after):
                continue
            b, a = before.find(change.unit_id), self.after.find(change.unit_id)
            with self.subTest(unit=change.unit_id):
                self.assertEqual((change.rank_before, change.rank_after), (b.rank, a.rank))
                self.assertEqual(change.rank_change, b.rank - a.rank)
                self.assertEqual((change.index_before, change.index_after), (b.index, a.index))
                self.assertAlmostEqual(change.index_change, a.index - b.index, delta=1e-9)
                self.assertEqual((change.band_before, change.band_after), (b.band, a.band))
                self.assertEqual(change.band_changed, b.band != a.band)
                for area, ab, aa in zip(change.areas, b.areas, a.areas):
                    self.assertEqual((area.code, area.rank_before, area.rank_after),
                                     (ab.code, ab.rank, aa.rank))
                    self.assertEqual(area.rank_change, ab.rank - aa.rank)
                    self.assertAlmostEqual(area.index_change, aa.index - ab.index, delta=1e-9)
        b = comparison.find("so-mau-b")
        self.assertGreater(b.index_change, 0)              # 1.4 appraised higher this year
        now = [e for e in self.evaluations if e.unit_id == "so-mau-b"][0]
        self.assertAlmostEqual(b.areas[0].index_change,
                               (now["1.4"].final - 0.25) / now["1"].maximum * 100, delta=1e-8)
        self.assertEqual([a.index_change for a in b.areas[1:]], [0.0] * 6)

    def test_two_schemes_on_the_same_cards(self):
        second = self.scheme.copy()
        second.id = "sample-department-2023-b"
        second.remove_band("Nhóm I (từ 90% trở lên)")       # Nhóm II now starts the table
        evaluations = []
        for path in CARD_FILES:
            card = load_card(path, self.scheme)
            card.scheme_id = second.id
            evaluations.append(card.evaluate(second))
        comparison = Ranking.of(evaluations).compare(self.after)
        self.assertEqual(comparison.before_scheme_id, "sample-department-2023")
        self.assertEqual(comparison.after_scheme_id, "sample-department-2023-b")
        for change in comparison:
            self.assertEqual(change.rank_change, 0)
            self.assertEqual(change.index_change, 0.0)
        b = comparison.find("so-mau-b")
        self.assertTrue(b.band_changed)
        self.assertEqual((b.band_before, b.band_after),
                         ("Nhóm I (từ 90% trở lên)", "Nhóm II (từ 80% đến dưới 90%)"))

    def test_comparison_writers(self):
        comparison = self.after.compare(Ranking.of(self.previous_year()))
        doc = json.loads(comparison.to_json())
        self.assertEqual(doc["format"], "cchc-comparison")
        self.assertEqual([c["unit_id"] for c in doc["changes"]],
                         [c.unit_id for c in comparison])
        text = comparison.to_text()
        self.assertIn("mới (new)", text)
        self.assertIn("không còn (gone)", text)
        self.assertIn("|", comparison.to_md())
        rows = list(csv.DictReader(io.StringIO(comparison.to_csv(), newline="")))
        self.assertEqual(len(rows), len(comparison) * (1 + 7))
        self.assertTrue(comparison.to_csv(bom=True).startswith("\ufeff"))


class WritersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scheme = Scheme.load(SCHEME_FILE)
        cls.evaluations = sample_evaluations(cls.scheme)
        cls.ranking = Ranking.of(cls.evaluations)

    def test_text_and_markdown(self):
        text = self.ranking.to_text()
        for entry in self.ranking:
            self.assertIn("[%s]" % entry.unit_id, text)
        self.assertIn("4=", text)
        self.assertIn("94.80", text)
        self.assertEqual(self.ranking.write("text"), text)
        self.assertEqual(self.ranking.writeb("text"), text.encode("utf-8"))
        md = self.ranking.to_md()
        self.assertIn("|", md)
        self.assertEqual(self.ranking.write("markdown"), md)

    def test_csv(self):
        data = self.ranking.to_csv()
        self.assertTrue(data.startswith("group,unit_id,"))
        self.assertIn("\r\n", data)
        rows = list(csv.DictReader(io.StringIO(data, newline="")))
        self.assertEqual(len(rows), 6 * (1 + 7))
        totals = [r for r in rows if r["scope"] == "total"]
        self.assertEqual([r["unit_id"] for r in totals], DOCUMENTED_ORDER)
        self.assertEqual([int(r["rank"]) for r in totals], DOCUMENTED_RANKS)
        self.assertEqual([r["index"] for r in totals],
                         [cchc.points_format(e.index) for e in self.ranking])
        self.assertTrue(self.ranking.to_csv(bom=True).startswith("\ufeffgroup,"))
        with self.assertRaises(cchc.InvalidArgumentError):
            self.ranking.write("text", bom=True)

    def test_json(self):
        doc = json.loads(self.ranking.to_json())
        self.assertEqual(doc["format"], "cchc-ranking")
        self.assertEqual(doc["ties"], "competition")
        self.assertEqual(doc["group_by"], "none")
        self.assertEqual([(e["unit_id"], e["rank"], e["index"]) for e in doc["entries"]],
                         [(e.unit_id, e.rank, e.index) for e in self.ranking])

    def test_svg(self):
        unit, others = self.evaluations[0], self.evaluations[1:]
        svg = unit.to_svg(others)
        self.assertTrue(svg.startswith("<?xml"))
        self.assertIn("<svg", svg)
        self.assertIn('id="unit"', svg)
        self.assertIn('id="mean"', svg)
        self.assertEqual(svg.count('class="area-label"'), 7)
        self.assertIn(unit.unit_name, svg)
        self.assertEqual(unit.to_svg(list(reversed(others))), svg)   # order does not matter
        alone = unit.to_svg()
        self.assertNotIn('id="mean"', alone)
        with self.assertRaises(TypeError):
            unit.to_svg([self.ranking])


class RankingOwnershipTest(unittest.TestCase):
    def test_entry_outlives_del_ranking(self):
        scheme = Scheme.load(SCHEME_FILE)
        evaluations = sample_evaluations(scheme)
        ranking = Ranking.of(evaluations)
        entry = ranking.find("so-mau-b")
        self.assertIs(entry, ranking[0])
        ref = weakref.ref(ranking)
        del ranking, evaluations, scheme                  # the ranking copied what it needs
        gc.collect()
        self.assertIsNotNone(ref())
        self.assertEqual(entry.rank, 1)
        self.assertEqual(entry.unit_name, "Sở Mẫu B (đơn vị hư cấu)")
        self.assertEqual(entry.areas[0].code, "1")
        self.assertIs(entry.ranking, ref())
        del entry
        gc.collect()
        self.assertIsNone(ref())

    def test_change_outlives_del_comparison(self):
        scheme = Scheme.load(SCHEME_FILE)
        ranking = Ranking.of(sample_evaluations(scheme))
        comparison = ranking.compare(ranking)
        change = comparison[0]
        del comparison, ranking
        gc.collect()
        self.assertEqual(change.rank_change, 0)
        self.assertEqual(change.unit_id, "so-mau-b")

    def test_entries_survive_a_new_compute(self):
        scheme = Scheme.load(SCHEME_FILE)
        ranking = Ranking.of(sample_evaluations(scheme))
        entry = ranking.find("so-mau-c")
        ranking.ties = "dense"
        ranking.compute()
        self.assertEqual(entry.rank, 5)

    def test_objects_alive_at_interpreter_exit(self):
        code = textwrap.dedent("""
            import glob, os, cchc
            d = cchc.data_dir()
            scheme = cchc.Scheme.load(os.path.join(d, "scheme-2023-sample-department.json"))
            evs = [cchc.Scorecard.load(p).evaluate(scheme) for p in
                   sorted(glob.glob(os.path.join(d, "scorecard-2023-sample-so-mau-[b-f].json")))]
            ranking = cchc.Ranking.of(evs)
            entry = ranking[0]
            comparison = ranking.compare(ranking)
            change = comparison[0]
            cycle = [ranking, entry, comparison, change, evs]
            cycle.append(cycle)
            print(entry.unit_id)
        """)
        result = subprocess.run([sys.executable, "-c", code], env=support.child_env(),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.strip(), "so-mau-b")


if __name__ == "__main__":
    unittest.main()
