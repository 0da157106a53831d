"""Ranking and banding units (xếp hạng, xếp loại), and comparing rankings (ranking.h).

``Ranking(ties=..., group_by=...)`` takes evaluations under one scheme
(``add()``), ranks them on the unrounded index with the tie policy chosen —
competition 1-2-2-4 (the default), dense 1-2-2-3 or ordinal 1-2-3-4 — within
groups (none, by unit kind, or the caller's), with the band of each index,
and for every area its index, rank and band (docs/ranking.md).
``Ranking.of(evaluations)`` does it in one call. ``ranking.compare(previous)``
matches the units of two rankings by unit id — two years, or two schemes on
the same cards — and gives the change of index, rank and band per unit and
per area.

Ownership: rankings and comparisons are snapshots owned by Python; they copy
what they need from the evaluations. A ``RankEntry`` is borrowed from its
Ranking and a ``Change`` from its Comparison; each keeps its parent alive.
Entries keep their C address when the ranking is computed again.
"""

import operator
import weakref
from collections import namedtuple

from . import _lib
from ._access import (NO_PLAN, Documents, LiveView, c_property, out_ptr, owner_property,
                      records_property, texts_property)
from ._handle import Handle, MadeByLibrary, text_property
from .enums import GroupBy, TiePolicy, coerce
from .evaluation import Evaluation

__all__ = ["Ranking", "RankEntry", "AreaRank", "RankingArea", "Comparison", "Change",
           "AreaChange", "compare_rankings"]

#: An area (top-level node) of the ranked scheme: its ``code`` and Vietnamese ``label``.
RankingArea = namedtuple("RankingArea", "code label")

#: One area of a rank entry: the area's unrounded ``index``, the unit's
#: ``rank`` in its group on that area and the ``band`` of the area's index.
#: For an area that does not count for the unit, ``excluded`` is True and
#: ``index`` and ``rank`` are None.
AreaRank = namedtuple("AreaRank", "code label index rank band excluded")

#: One area of a change: before and after (None on a side where the unit or
#: the area is absent, or the area does not count), and the changes (None
#: unless the area counts on both sides). ``rank_change`` is places moved up.
AreaChange = namedtuple("AreaChange",
                        "code label index_before index_after index_change "
                        "rank_before rank_after rank_change band_before band_after")


def _ties_value(ties):
    return _lib.int_arg(TiePolicy.from_token(ties), "tie policy")


def _group_by_value(group_by):
    return _lib.int_arg(GroupBy.from_token(group_by), "grouping")


def _side(name):
    """The `when` of a figure of a Change that exists only on side @name."""
    return operator.attrgetter(name)


class _View(LiveView):
    __slots__ = ()

    def unit_ids(self):
        """Every unit id, in order."""
        return [e.unit_id for e in self]


class _Listed:
    """len / iteration / indexing of a Ranking or Comparison, over its ``_view`` list."""

    __slots__ = ()
    _view = None

    def __len__(self):
        return len(type(self)._view(self))

    def __iter__(self):
        return iter(type(self)._view(self))

    def __getitem__(self, index):
        return type(self)._view(self)[index]


class RankEntryList(_View):
    """``ranking.entries``: by group, then rank, then the order added."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_ranking_count)
    _at = staticmethod(_lib.cchc_ranking_at)


class ChangeList(_View):
    """``comparison.changes``: the after ranking's order, then units found only before."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_comparison_count)
    _at = staticmethod(_lib.cchc_comparison_at)


class RankEntry(MadeByLibrary):
    """One unit in a computed ranking (borrowed; keeps the ranking alive)."""

    __slots__ = ()
    _what = "rank entry"

    _made_by = "rank entries come from a computed Ranking"

    ranking = owner_property("The Ranking holding the entry.")

    unit_id = text_property(_lib.cchc_rank_entry_unit_id, None, "unit id")
    unit_name = text_property(_lib.cchc_rank_entry_unit_name, None, "unit name")
    unit_kind = text_property(_lib.cchc_rank_entry_unit_kind, None, "unit kind")
    group = text_property(_lib.cchc_rank_entry_group, None,
                          "group name (\"\" without grouping)")
    band = text_property(_lib.cchc_rank_entry_band, None,
                         "band label of the index (\"\" when no band holds it)")

    input_index = c_property(
        _lib.cchc_rank_entry_input_index, int,
        "The position of the evaluation in the order of add() calls, from 0.")
    rank = c_property(_lib.cchc_rank_entry_rank, int, "The rank within the group, from 1.")
    is_tied = c_property(
        _lib.cchc_rank_entry_is_tied, bool,
        "True when another unit of the group has the same index (under every policy).")
    index = c_property(_lib.cchc_rank_entry_index, float,
                       "The unrounded index in % the rank is based on.")
    total = c_property(_lib.cchc_rank_entry_total, float,
                       "The final total points (unrounded).")
    maximum = c_property(_lib.cchc_rank_entry_maximum, float,
                         "The maximum of what counted for the unit.")

    @property
    def areas(self):
        """Every area's AreaRank, in the scheme's order (a new list)."""
        p = self._p
        labels = {a.code: a.label for a in self._owner.areas}
        result = []
        for i in range(_lib.cchc_rank_entry_area_count(p)):
            code = _lib.dec(_lib.cchc_rank_entry_area_code(p, i))
            rank = int(_lib.cchc_rank_entry_area_rank(p, i))
            excluded = rank == 0
            index = float(_lib.cchc_rank_entry_area_index(p, i))
            result.append(AreaRank(code, labels.get(code, ""),
                                   None if excluded else index,
                                   None if excluded else rank,
                                   _lib.dec(_lib.cchc_rank_entry_area_band(p, i)), excluded))
        return result

    def area(self, code):
        """The AreaRank of area @code, or None."""
        for a in self.areas:
            if a.code == code:
                return a
        return None

    def __repr__(self):
        if not self._ptr:
            return "<cchc.RankEntry (no C object)>"
        from .evaluation import points_format
        return "<cchc.RankEntry %d%s %s %s %% %r>" % (
            self.rank, "=" if self.is_tied else "", self.unit_id, points_format(self.index),
            self.band)


class Ranking(_Listed, Documents, Handle):
    """A ranking of units under one scheme (a C ``cchc_ranking``, owned).

    ``Ranking(ties="competition", group_by="none")``; ``add()`` evaluations,
    then ``compute()``. ``ties`` is a TiePolicy, its int or its name
    ("competition", "dense", "ordinal"); ``group_by`` a GroupBy or "none",
    "kind", "caller".
    """

    __slots__ = ("_entries",)
    _what = "ranking"
    _writer = staticmethod(_lib.cchc_ranking_write)

    def __init__(self, ties=TiePolicy.COMPETITION, group_by=GroupBy.NONE):
        self._ptr = None
        self._owner = None
        self._entries = weakref.WeakValueDictionary()  # C pointer → RankEntry
        ties, group_by = _ties_value(ties), _group_by_value(group_by)
        self._ptr = _lib.cchc_ranking_new()
        _lib.cchc_ranking_set_ties(self._ptr, ties)
        _lib.cchc_ranking_set_group_by(self._ptr, group_by)

    def __del__(self, _free=_lib.cchc_ranking_free):
        self._release(_free)

    plan = NO_PLAN

    @classmethod
    def of(cls, evaluations, ties=TiePolicy.COMPETITION, group_by=GroupBy.NONE, groups=None):
        """A computed ranking of @evaluations (in that order).

        @groups, for group_by "caller", is a mapping of unit id → group or a
        sequence of groups parallel to @evaluations.
        """
        ranking = cls(ties, group_by)
        evaluations = list(evaluations)
        if groups is None:
            names = [None] * len(evaluations)
        elif hasattr(groups, "get"):
            names = [groups.get(e.unit_id) for e in evaluations]
        else:
            names = list(groups)
            if len(names) != len(evaluations):
                raise ValueError("groups has %d names for %d evaluations"
                                 % (len(names), len(evaluations)))
        for evaluation, group in zip(evaluations, names):
            ranking.add(evaluation, group)
        return ranking.compute()

    # ---- options and units ---------------------------------------------------

    ties = c_property(
        _lib.cchc_ranking_ties, lambda value: coerce(TiePolicy, value),
        "The TiePolicy in force (that of the last compute once computed, else the one set).",
        _lib.cchc_ranking_set_ties, _ties_value)
    group_by = c_property(_lib.cchc_ranking_group_by, lambda value: coerce(GroupBy, value),
                          "The GroupBy in force, in the sense of ``ties``.",
                          _lib.cchc_ranking_set_group_by, _group_by_value)

    def add(self, evaluation, group=None):
        """Adds a unit's evaluation (copied); @group is used under group_by "caller".

        InvalidArgumentError for an evaluation without a unit id, or under
        another scheme or with other areas than the first one; ExistsError
        when the unit is in the ranking already.
        """
        if not isinstance(evaluation, Evaluation):
            raise TypeError("add() takes a cchc.Evaluation, not %s" % type(evaluation).__name__)
        _lib.cchc_ranking_add(self._p, evaluation._p, _lib.enc(group, "group"))
        return self

    def extend(self, evaluations):
        """Adds every evaluation of @evaluations, in order."""
        for evaluation in evaluations:
            self.add(evaluation)
        return self

    def compute(self):
        """Ranks the units added so far under the current options; returns the ranking.

        NotFoundError when no unit was added.
        """
        _lib.cchc_ranking_compute(self._p)
        return self

    # ---- the result --------------------------------------------------------

    scheme_id = text_property(_lib.cchc_ranking_scheme_id, None, "scheme id of the units")
    scheme_name = text_property(_lib.cchc_ranking_scheme_name, None, "scheme name")

    year = c_property(_lib.cchc_ranking_year, int,
                      "The year every unit was scored for; 0 when empty or the years differ.")
    areas = records_property(
        _lib.cchc_ranking_area_count, RankingArea,
        ((_lib.cchc_ranking_area_code, _lib.dec), (_lib.cchc_ranking_area_label, _lib.dec)),
        "The areas of the scheme (a new list of RankingArea).")
    groups = texts_property(_lib.cchc_ranking_group_count, _lib.cchc_ranking_group_at,
                            """The group names of the last result, in order of first appearance.

        [""] without grouping; [] before compute.
        """)

    def _wrap(self, ptr):
        return RankEntry._cached(self._entries, ptr, self)

    @property
    def entries(self):
        """The entries of the last result (a view of borrowed RankEntry; empty before compute)."""
        return RankEntryList(self)

    _view = RankEntryList

    def group(self, name):
        """The entries of group @name, by rank (a new list)."""
        return [e for e in self.entries if e.group == name]

    def find(self, unit_id):
        """The entry of unit @unit_id (borrowed), or None."""
        return self._wrap(_lib.cchc_ranking_find(self._p, _lib.enc(unit_id, "unit id")))

    def compare(self, previous):
        """A Comparison of @previous (before: last year, or the first scheme) with this ranking.

        Both must be computed (InvalidArgumentError otherwise).
        """
        return compare_rankings(previous, self)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Ranking (no C object)>"
        ties = self.ties
        return "<cchc.Ranking %s %d: %d entries, ties %s>" % (
            self.scheme_id or "''", self.year, len(self),
            ties.token if isinstance(ties, TiePolicy) else ties)


def compare_rankings(before, after):
    """The Comparison of two computed rankings, units matched by id (cchc_ranking_compare)."""
    for r in (before, after):
        if not isinstance(r, Ranking):
            raise TypeError("compare_rankings() takes cchc.Ranking objects, not %s"
                            % type(r).__name__)
    return Comparison._own(out_ptr(_lib.cchc_ranking_compare, before._p, after._p))


class Change(MadeByLibrary):
    """One unit of a Comparison (borrowed; keeps the comparison alive).

    Figures of a side where the unit is absent are None; the changes are
    None unless the unit is on both sides.
    """

    __slots__ = ()
    _what = "change"

    _made_by = "changes come from Ranking.compare()"

    comparison = owner_property(None)

    unit_id = text_property(_lib.cchc_change_unit_id, None, "unit id")
    unit_name = text_property(_lib.cchc_change_unit_name, None, "unit name")
    in_before = c_property(_lib.cchc_change_in_before, bool)
    in_after = c_property(_lib.cchc_change_in_after, bool)

    @property
    def is_new(self):
        """True for a unit in the after ranking only (mới)."""
        return self.in_after and not self.in_before

    @property
    def is_gone(self):
        """True for a unit in the before ranking only (không còn)."""
        return self.in_before and not self.in_after

    @property
    def _both(self):
        return self.in_before and self.in_after

    index_before = c_property(_lib.cchc_change_index_before, float, when=_side("in_before"))
    index_after = c_property(_lib.cchc_change_index_after, float, when=_side("in_after"))
    index_change = c_property(_lib.cchc_change_index_delta, float,
                              "Index after − before, unrounded; None unless on both sides.",
                              when=_side("_both"))
    rank_before = c_property(_lib.cchc_change_rank_before, int, when=_side("in_before"))
    rank_after = c_property(_lib.cchc_change_rank_after, int, when=_side("in_after"))
    rank_change = c_property(_lib.cchc_change_rank_delta, int,
                             """Places moved up, rank before − rank after (negative: moved down).

        None unless the unit is on both sides.
        """, when=_side("_both"))
    band_before = c_property(_lib.cchc_change_band_before, _lib.dec, when=_side("in_before"))
    band_after = c_property(_lib.cchc_change_band_after, _lib.dec, when=_side("in_after"))
    band_changed = c_property(_lib.cchc_change_band_changed, bool,
                              "True when on both sides and the band labels differ.")

    @property
    def areas(self):
        """Every area compared (the codes of either side, in code order).

        A new list of AreaChange.
        """
        p = self._p
        result = []
        for i in range(_lib.cchc_change_area_count(p)):
            rb = int(_lib.cchc_change_area_rank_before(p, i))
            ra = int(_lib.cchc_change_area_rank_after(p, i))
            both = rb > 0 and ra > 0
            result.append(AreaChange(
                _lib.dec(_lib.cchc_change_area_code(p, i)),
                _lib.dec(_lib.cchc_change_area_label(p, i)),
                float(_lib.cchc_change_area_index_before(p, i)) if rb else None,
                float(_lib.cchc_change_area_index_after(p, i)) if ra else None,
                float(_lib.cchc_change_area_index_delta(p, i)) if both else None,
                rb or None, ra or None,
                int(_lib.cchc_change_area_rank_delta(p, i)) if both else None,
                _lib.dec(_lib.cchc_change_area_band_before(p, i)) if rb else None,
                _lib.dec(_lib.cchc_change_area_band_after(p, i)) if ra else None))
        return result

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Change (no C object)>"
        return "<cchc.Change %s rank %s → %s>" % (self.unit_id, self.rank_before,
                                                 self.rank_after)


class Comparison(_Listed, Documents, MadeByLibrary):
    """Two rankings compared unit by unit (owned; from Ranking.compare())."""

    __slots__ = ("_changes",)
    _what = "comparison"
    _writer = staticmethod(_lib.cchc_comparison_write)

    _made_by = "use ranking.compare(previous) or compare_rankings(before, after)"

    @classmethod
    def _own(cls, ptr):
        obj = super()._own(ptr)
        obj._changes = weakref.WeakValueDictionary()
        return obj

    def __del__(self, _free=_lib.cchc_comparison_free):
        self._release(_free)


    before_scheme_id = text_property(_lib.cchc_comparison_before_scheme_id, None,
                                     "scheme id of the before ranking")
    after_scheme_id = text_property(_lib.cchc_comparison_after_scheme_id, None,
                                    "scheme id of the after ranking")

    before_year = c_property(_lib.cchc_comparison_before_year, int)
    after_year = c_property(_lib.cchc_comparison_after_year, int)

    def _wrap(self, ptr):
        return Change._cached(self._changes, ptr, self)

    @property
    def changes(self):
        """Every unit's Change (a view of borrowed objects)."""
        return ChangeList(self)

    _view = ChangeList

    def find(self, unit_id):
        """The Change of unit @unit_id, or None."""
        return self._wrap(_lib.cchc_comparison_find(self._p, _lib.enc(unit_id, "unit id")))

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Comparison (no C object)>"
        return "<cchc.Comparison %s %d → %s %d: %d units>" % (
            self.before_scheme_id, self.before_year, self.after_scheme_id, self.after_year,
            len(self))
