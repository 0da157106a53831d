"""Evaluations: the PAR index of a unit (xác định Chỉ số CCHC), explained.

``card.evaluate(scheme)`` (or ``scheme.evaluate(card)``) gives an
``Evaluation``: for every node its maximum, self, appraised and final points
and index; for the whole, totals by component, total, maximum, index, band
and whether the maximum was rescaled (docs/scoring.md). Figures are
unrounded; ``points_round()`` and ``points_format()`` round them for display
as the library does (two decimals, half away from zero on the shortest
decimal of the value).

``evaluation.explain(code)`` traces how a number came about (cchc_explain_text)
and ``explain_json(code)`` gives the same as a parsed ``"cchc-explanation"``
document. ``write_scores(evaluations, format)`` writes one or more units'
scores as text, Markdown, CSV or JSON; ``evaluation.to_svg(others)`` draws the
radar chart of the area indexes.

Ownership: an Evaluation is a snapshot owned by Python — it copied what it
needs, so it outlives the card and the scheme. A ``NodeScore`` is borrowed
from its Evaluation and keeps it alive.
"""

import json
import weakref
from collections import namedtuple

from . import _lib
from ._access import (Documents, LiveView, c_property, counted, found_index, out_bytes,
                      out_string, owner_property, texts_property)
from ._access import format_args as _format_args
from ._handle import MadeByLibrary, text_property
from .enums import AppraisalState, OutputFormat, coerce

__all__ = ["Evaluation", "NodeScore", "NodeScoreList", "ComponentScore", "points_round",
           "points_format", "write_scores", "write_scores_bytes"]

#: One component's figures in an evaluation: final ``points``, the ``maximum``
#: of what counts, the scheme's ``nominal_maximum``, ``index`` (points ÷
#: maximum × 100; None when the component is missing) and ``missing`` (an
#: optional component without data, which left the maximum).
ComponentScore = namedtuple("ComponentScore",
                            "id label points maximum nominal_maximum index missing")



def _appraisal_state(value):
    return coerce(AppraisalState, value)


def points_round(value):
    """@value rounded for display to two decimals, as every libcchc figure shown.

    Half away from zero, on the shortest decimal that reads back as @value
    (cchc_points_round): 2.675 → 2.68, −2.675 → −2.68, 57.66499999999999 →
    57.66. NaN and infinities are returned unchanged.
    """
    return float(_lib.cchc_points_round(_lib.float_arg(value, "value")))


def points_format(value, decimal_comma=False):
    """@value rounded by points_round() with exactly two decimals: "57.67", or
    "57,67" with @decimal_comma (cchc_points_format). RangeError for NaN or
    infinity."""
    return out_string(_lib.cchc_points_format, _lib.float_arg(value, "value"),
                      1 if decimal_comma else 0)


def _evaluations(evaluations, what):
    items = list(evaluations)
    for e in items:
        if not isinstance(e, Evaluation):
            raise TypeError("%s takes cchc.Evaluation objects, not %s"
                            % (what, type(e).__name__))
    return items


def write_scores_bytes(evaluations, format="text", bom=False):
    """As write_scores(), as UTF-8 bytes (ready for a file)."""
    items = _evaluations(evaluations, "write_scores()")
    array, count = _lib.pointer_array(items)
    fmt, flags = _format_args(format, bom)
    return out_bytes(_lib.cchc_evaluation_write, array, count, fmt, flags)


def write_scores(evaluations, format="text", bom=False):
    """The scores of one or more units under one scheme (cchc_evaluation_write), as str.

    @evaluations in the order they are to be shown (at least one). @format
    "text", "md", "csv" or "json" ("cchc-scores"); text, Markdown and CSV
    round figures for display, JSON keeps them unrounded. @bom (CSV only)
    starts with U+FEFF. InvalidArgumentError for evaluations under
    different schemes, none at all, or a BOM without CSV.
    """
    return write_scores_bytes(evaluations, format, bom).decode("utf-8")


class NodeScore(MadeByLibrary):
    """The figures of one node in an Evaluation (borrowed; keeps the evaluation alive)."""

    __slots__ = ()
    _what = "node score"

    _made_by = "node scores come from an Evaluation"

    evaluation = owner_property("The Evaluation holding these figures.")

    code = text_property(_lib.cchc_node_score_code, None, "node code")
    label = text_property(_lib.cchc_node_score_label, None, "node label (Vietnamese)")
    reason = text_property(_lib.cchc_node_score_reason, None,
                           "for a leaf, one English line saying how its self points came "
                           "about; \"\" for a parent")

    depth = c_property(_lib.cchc_node_score_depth, int, "1 for an area, 2 for a criterion, …")
    is_leaf = c_property(_lib.cchc_node_score_is_leaf, bool)
    nominal_maximum = c_property(_lib.cchc_node_score_nominal_maximum, float,
                                 "The node's maximum in the scheme.")
    maximum = c_property(_lib.cchc_node_score_maximum, float,
                         "The maximum of what counts below the node (0 when nothing does).")
    self_points = c_property(
        _lib.cchc_node_score_self, float,
        "Self-assessed points (for a parent, the sum over its leaves that count).")
    appraised = c_property(
        _lib.cchc_node_score_appraised, float,
        """Appraised points: for a leaf 0 while not appraised; for a parent, the sum
        over its appraised leaves.""")
    final = c_property(
        _lib.cchc_node_score_final, float,
        "Final points: appraised where appraised, else self (summed for parents).")
    points = final
    index = c_property(
        _lib.cchc_node_score_index, float,
        "final ÷ maximum × 100, unrounded; 0 when nothing counts (see is_excluded).")
    self_index = c_property(_lib.cchc_node_score_self_index, float,
                            "self ÷ maximum × 100, unrounded.")
    appraisal = c_property(_lib.cchc_node_score_appraisal, _appraisal_state,
                           "The AppraisalState of the node.")
    is_not_applicable = c_property(
        _lib.cchc_node_score_is_not_applicable, bool,
        "True when the node or an ancestor is declared not applicable.")
    is_missing = c_property(_lib.cchc_node_score_is_missing, bool,
                            "True for a leaf of an optional component without data.")
    is_excluded = c_property(
        _lib.cchc_node_score_is_excluded, bool,
        "True when nothing below the node counts (maximum 0 after exclusions).")
    is_rescaled = c_property(
        _lib.cchc_node_score_is_rescaled, bool,
        "True when part of the node's maximum left it (maximum < nominal).")

    @property
    def band_index(self):
        """The index of the scheme band holding the node's index, or None."""
        return found_index(_lib.cchc_node_score_band, self._p)

    @property
    def band(self):
        """The label of the band holding the node's index ("" when none or excluded)."""
        index = self.band_index
        return "" if index is None else self._owner.bands[index]

    def explain(self):
        """The trace of this node's number as text (cchc_explain_text)."""
        return self._owner.explain(self.code)

    def explain_json(self):
        """The trace of this node's number as a parsed "cchc-explanation" document."""
        return self._owner.explain_json(self.code)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.NodeScore (no C object)>"
        return "<cchc.NodeScore %s: %s of %s = %s %%>" % (
            self.code, points_format(self.final), points_format(self.maximum),
            points_format(self.index))


class NodeScoreList(LiveView):
    """``evaluation.nodes``: every node's figures in the scheme's code order."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_evaluation_node_count)
    _at = staticmethod(_lib.cchc_evaluation_node_at)
    _wrapper = "_score"

    def __init__(self, evaluation):
        super().__init__(evaluation)

    def codes(self):
        return [s.code for s in self]

    def leaves(self):
        """The leaves' figures, in code order."""
        return [s for s in self if s.is_leaf]


class Evaluation(Documents, MadeByLibrary):
    """A unit's score under a scheme (a snapshot owned by Python).

    Made by ``card.evaluate(scheme)``; ``diagnostics`` holds the warnings of
    the checks run before scoring.
    """

    __slots__ = ("diagnostics", "_scores")
    _what = "evaluation"

    _made_by = "use card.evaluate(scheme) or scheme.evaluate(card)"

    @classmethod
    def _own(cls, ptr, diagnostics=None):
        obj = super()._own(ptr)
        #: The warnings and notes of the checks run by the evaluation.
        obj.diagnostics = diagnostics
        obj._scores = weakref.WeakValueDictionary()  # C pointer → NodeScore
        return obj

    def __del__(self, _free=_lib.cchc_evaluation_free):
        self._release(_free)


    def _score(self, ptr):
        return NodeScore._cached(self._scores, ptr, self)

    # ---- who and what ------------------------------------------------------

    scheme_id = text_property(_lib.cchc_evaluation_scheme_id, None, "scheme id")
    scheme_name = text_property(_lib.cchc_evaluation_scheme_name, None, "scheme name")
    unit_id = text_property(_lib.cchc_evaluation_unit_id, None, "unit id")
    unit_name = text_property(_lib.cchc_evaluation_unit_name, None, "unit name")
    unit_kind = text_property(_lib.cchc_evaluation_unit_kind, None, "unit kind")

    year = c_property(
        _lib.cchc_evaluation_year, int,
        "The year scored (the card's, else the scheme's; 0 when neither has one).")

    # ---- the whole ---------------------------------------------------------

    total = c_property(_lib.cchc_evaluation_total, float,
                       "Final points of the whole, unrounded.")
    self_total = c_property(_lib.cchc_evaluation_self_total, float,
                            "Self-assessed points of the whole, unrounded.")
    maximum = c_property(
        _lib.cchc_evaluation_maximum, float,
        "The maximum of what counts (after not-applicable and missing parts leave it).")
    nominal_maximum = c_property(_lib.cchc_evaluation_nominal_maximum, float,
                                 "The scheme's full maximum (normally 100).")
    index = c_property(
        _lib.cchc_evaluation_index, float,
        "total ÷ maximum × 100, unrounded (Chỉ số CCHC, %); 0 when nothing counts.")
    self_index = c_property(_lib.cchc_evaluation_self_index, float,
                            "self total ÷ maximum × 100, unrounded.")
    scaled_total = c_property(_lib.cchc_evaluation_scaled_total, float,
                              "The total on the full scale, index × nominal maximum ÷ 100.")
    is_rescaled = c_property(_lib.cchc_evaluation_is_rescaled, bool,
                             "True when the maximum shrank (not-applicable or missing parts).")
    appraisal = c_property(_lib.cchc_evaluation_appraisal, _appraisal_state,
                           "The AppraisalState of the whole.")

    # ---- bands -------------------------------------------------------------

    bands = texts_property(_lib.cchc_evaluation_band_count, _lib.cchc_evaluation_band_label_at,
                           "The labels of the scheme's band table, highest first (a new list).")

    @property
    def band_index(self):
        """The index in ``bands`` of the band holding the unrounded index, or None."""
        return found_index(_lib.cchc_evaluation_band, self._p)

    band = c_property(_lib.cchc_evaluation_band_label, _lib.dec,
                      "The label of the band holding the index (\"\" when no band does).")

    def band_for(self, percent):
        """The label of the band that would hold @percent, or None."""
        index = found_index(_lib.cchc_evaluation_band_for, self._p,
                            _lib.float_arg(percent, "percent"))
        return None if index is None else self.bands[index]

    # ---- components and nodes ------------------------------------------------

    @property
    def components(self):
        """The totals by component, in the scheme's order: a new list of ComponentScore."""
        p = self._p
        result = []
        for i in range(_lib.cchc_evaluation_component_count(p)):
            missing = bool(_lib.cchc_evaluation_component_is_missing(p, i))
            result.append(ComponentScore(
                _lib.dec(_lib.cchc_evaluation_component_id(p, i)),
                _lib.dec(_lib.cchc_evaluation_component_label(p, i)),
                float(_lib.cchc_evaluation_component_points(p, i)),
                float(_lib.cchc_evaluation_component_maximum(p, i)),
                float(_lib.cchc_evaluation_component_nominal_maximum(p, i)),
                None if missing else float(_lib.cchc_evaluation_component_index(p, i)),
                missing))
        return result

    def component(self, id):
        """The ComponentScore of component @id, or None."""
        for c in self.components:
            if c.id == id:
                return c
        return None

    @property
    def nodes(self):
        """Every node's figures in code order (a view of borrowed NodeScore)."""
        return NodeScoreList(self)

    @property
    def areas(self):
        """The top-level nodes' figures (the areas), a new list of NodeScore."""
        return [self._score(ptr) for ptr in counted(self._p, _lib.cchc_evaluation_area_count,
                                                    _lib.cchc_evaluation_area_at)]

    def find_node(self, code):
        """The NodeScore of node @code, or None."""
        return self._score(_lib.cchc_evaluation_find_node(self._p, _lib.enc(code, "node code")))

    def __getitem__(self, code):
        score = self.find_node(code)
        if score is None:
            raise KeyError(code)
        return score

    # ---- explain -------------------------------------------------------------

    def explain(self, code=None):
        """How the number of node @code came about, as text (None: the whole card).

        The rule with its figures and wording, the facts read and where from,
        the outcome, self versus appraised points and the reason, evidence,
        not-applicable and missing parts, the sum of the children and the
        rescaling; figures rounded for display. NotFoundError for a code the
        scheme does not have.
        """
        return out_string(_lib.cchc_explain_text, self._p, _lib.enc(code, "node code"))

    def explain_json(self, code=None):
        """As explain(), as the parsed "cchc-explanation" document (numbers unrounded)."""
        return json.loads(out_bytes(_lib.cchc_explain_json, self._p,
                                    _lib.enc(code, "node code")).decode("utf-8"))

    # ---- documents -------------------------------------------------------------

    def dumpb(self):
        """The evaluation as a "cchc-evaluation" JSON document (UTF-8 bytes, unrounded)."""
        return out_bytes(_lib.cchc_evaluation_save_data, self._p)

    def dumps(self):
        """As dumpb(), as str."""
        return self.dumpb().decode("utf-8")

    def to_dict(self):
        """The "cchc-evaluation" document, parsed."""
        return json.loads(self.dumps())

    def write(self, format="text", bom=False):
        """This unit's scores as a document (write_scores([self], format, bom))."""
        return write_scores([self], format, bom)

    def writeb(self, format="text", bom=False):
        return write_scores_bytes([self], format, bom)

    def to_json(self):
        """The "cchc-scores" document of this unit (str); the full tree is dumps()."""
        return self.write(OutputFormat.JSON)

    def to_svg(self, others=()):
        """A radar chart (SVG, str) of this unit's area indexes against the mean of @others.

        @others are evaluations under the same scheme (typically every other
        unit ranked; this one is not removed if given). InvalidArgumentError
        for another scheme or fewer than three areas.
        """
        items = _evaluations(others, "to_svg()")
        array, count = _lib.pointer_array(items)
        return out_bytes(_lib.cchc_evaluation_write_svg, self._p, array if count else None,
                         count).decode("utf-8")

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Evaluation (no C object)>"
        return "<cchc.Evaluation %s under %s %d: %s of %s = %s %% %r>" % (
            self.unit_id or "''", self.scheme_id or "''", self.year,
            points_format(self.total), points_format(self.maximum),
            points_format(self.index), self.band)
