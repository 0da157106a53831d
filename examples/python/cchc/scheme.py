"""Scoring schemes for the PAR index (bộ chỉ số, scheme.h; docs/scoring.md).

A ``Scheme`` is what a province publishes each year to score its
departments: an id, a name, a year, its legal basis, the unit kinds it
scores, its components (appraised points, survey points …), a tree of nodes
— areas (lĩnh vực) → criteria (tiêu chí) → sub-criteria — with a rule on
every leaf, and a band table (xếp loại).

``Scheme.load(path)`` / ``Scheme.loads(text)`` read the ``"cchc-scheme"``
format and check it; a scheme that fails the check is refused with a
``FormatError`` whose ``diagnostics`` locate every finding (file, line,
column, JSON path). ``scheme.check()`` checks a scheme built or edited in
Python. ``scheme.evaluate(card)`` scores a ``Scorecard``.

Ownership: a Scheme owns its C object. ``Node``, ``Component`` and ``Rule``
objects are borrowed from it and keep it alive. When C frees one of them —
``remove_node()`` (the node and every node below it), ``remove_component()``,
``node.set_rule()`` / ``clear_rule()`` (the old rule) — the live Python
objects for it lose their pointer first: using them then raises
ReferenceError, never touches freed memory.
"""

import ctypes
import operator
import os
import weakref
from collections import namedtuple
from collections.abc import Mapping, Sequence

from . import _lib
from ._handle import Handle, text_property
from .diagnostics import Diagnostics
from .enums import Area, RuleKind, RuleOutcome, RuleSource, coerce
from .errors import CchcError, NotFoundError

__all__ = ["Scheme", "Node", "Component", "Rule", "NodeList", "SchemeBand", "RateBand",
           "CountLevel", "SurveyOption", "path_arg"]

#: One band of the scheme's band table (xếp loại): ``label``, ``lower`` bound
#: in % and whether the bound is ``inclusive``. A band reaches up to the next
#: band's bound.
SchemeBand = namedtuple("SchemeBand", "label lower inclusive")

#: One band of a rate-bands rule: the edges in % (each open or closed as
#: written: "trên 90%" is (90, 100]) and the points of a rate inside.
RateBand = namedtuple("RateBand", "lower lower_inclusive upper upper_inclusive points")

#: One level of a count-levels rule: the least count that reaches it, and its points.
CountLevel = namedtuple("CountLevel", "min_count points")

#: One answer option of a survey rule: ``id`` ("A"), ``label`` ("Rất hài lòng")
#: and ``weight`` 0 … 1.
SurveyOption = namedtuple("SurveyOption", "id label weight")
SurveyOption.__new__.__defaults__ = ("", 1.0)

#: The outcomes each rule kind gives fixed points for.
_OUTCOMES = {
    RuleKind.YES_NO: (RuleOutcome.YES, RuleOutcome.NO),
    RuleKind.DEADLINE: (RuleOutcome.ON_TIME, RuleOutcome.LATE, RuleOutcome.MISSING),
    RuleKind.COUNT_LEVELS: (RuleOutcome.OTHERWISE,),
}


def path_arg(path, what="path"):
    """A file path (str, bytes or os.PathLike) → bytes for C; a NUL is InvalidArgumentError."""
    data = os.fsencode(path)
    if b"\0" in data:
        raise _lib._errors.error_for(_lib.EINVAL, "%s: contains a NUL character" % what,
                                     "CCHC_EINVAL")
    return data


def _data_arg(data):
    if isinstance(data, str):
        return data.encode("utf-8", "surrogateescape")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("loads() takes the document as str or bytes, not %s" % type(data).__name__)


def _target(into):
    """@into, or a new Diagnostics when None (TypeError for anything else)."""
    if into is None:
        return Diagnostics()
    if not isinstance(into, Diagnostics):
        raise TypeError("into takes a cchc.Diagnostics, not %s" % type(into).__name__)
    return into


def _flag(value):
    return 1 if value else 0


class Component(Handle):
    """A part of the total with its own maximum ("appraised", "survey"), borrowed from a Scheme."""

    __slots__ = ()
    _what = "component"

    def __init__(self, *args, **kwargs):
        raise TypeError("components are made by Scheme.add_component()")

    @property
    def scheme(self):
        """The Scheme holding the component."""
        return self._owner

    @property
    def plan(self):
        return None

    id = text_property(_lib.cchc_component_id, None, "component id (\"appraised\")")
    label = text_property(_lib.cchc_component_label, _lib.cchc_component_set_label,
                          "component label (\"Điểm thẩm định\")")

    @property
    def maximum(self):
        """The component's maximum points (0 … 1000, two decimals at most)."""
        return float(_lib.cchc_component_maximum(self._p))

    @maximum.setter
    def maximum(self, value):
        _lib.cchc_component_set_maximum(self._p, _lib.float_arg(value, "component maximum"))

    @property
    def optional(self):
        """True when the component may be missing from a scorecard.

        Its leaves then leave the maximum, and the index is rescaled.
        """
        return bool(_lib.cchc_component_is_optional(self._p))

    @optional.setter
    def optional(self, value):
        _lib.cchc_component_set_optional(self._p, _flag(value))

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Component (no C object)>"
        return "<cchc.Component %s %r max %g%s>" % (self.id, self.label, self.maximum,
                                                    ", optional" if self.optional else "")


class Rule(Handle):
    """The rule of a leaf: how a unit's facts become points (docs/scoring.md).

    Borrowed from the Scheme (``node.rule``); it loses its C object when the
    node's rule is replaced or cleared, or the node removed.
    """

    __slots__ = ()
    _what = "rule"

    def __init__(self, *args, **kwargs):
        raise TypeError("rules are made by node.set_rule(kind)")

    @property
    def scheme(self):
        """The Scheme holding the rule."""
        return self._owner

    @property
    def plan(self):
        return None

    @property
    def kind(self):
        """The RuleKind."""
        return coerce(RuleKind, _lib.cchc_rule_kind(self._p))

    @property
    def node(self):
        """The Node the rule belongs to."""
        return self._owner._node(_lib.cchc_rule_node(self._p))

    @property
    def source(self):
        """Where the input comes from: a RuleSource (set with the enum, its int or its name)."""
        return coerce(RuleSource, _lib.cchc_rule_source(self._p))

    @source.setter
    def source(self, source):
        _lib.cchc_rule_set_source(self._p, _lib.int_arg(RuleSource.from_token(source),
                                                        "rule source"))

    wording = text_property(_lib.cchc_rule_wording, _lib.cchc_rule_set_wording,
                            "rule wording (as the decision writes it)")

    # ---- fixed points per outcome ------------------------------------------

    def outcome_points(self, outcome):
        """The points of @outcome (a RuleOutcome, its int or name); 0 when the kind has none."""
        return float(_lib.cchc_rule_outcome_points(
            self._p, _lib.int_arg(RuleOutcome.from_token(outcome), "rule outcome")))

    def set_outcome_points(self, outcome, points):
        """Sets the points of @outcome; InvalidArgumentError for an outcome the kind lacks."""
        _lib.cchc_rule_set_outcome_points(
            self._p, _lib.int_arg(RuleOutcome.from_token(outcome), "rule outcome"),
            _lib.float_arg(points, "outcome points"))

    @property
    def outcomes(self):
        """{RuleOutcome: points} for the outcomes of this kind (yes/no, deadline, count levels)."""
        return {o: self.outcome_points(o) for o in _OUTCOMES.get(self.kind, ())}

    # ---- the kinds' own figures --------------------------------------------

    @property
    def deadline(self):
        """A deadline rule's last day that is on time (datetime.date), None when unset."""
        return _lib.to_date(_lib.cchc_rule_deadline(self._p))

    @deadline.setter
    def deadline(self, date):
        _lib.cchc_rule_set_deadline(self._p, _lib.date_arg(date, "rule deadline"))

    @property
    def step(self):
        """A manual rule's step (0.25), 0 when any value is allowed."""
        return float(_lib.cchc_rule_step(self._p))

    @step.setter
    def step(self, step):
        _lib.cchc_rule_set_step(self._p, _lib.float_arg(step, "rule step"))

    @property
    def floor(self):
        """A proportional rule's floor in %: a rate strictly below it earns 0 (0 = none)."""
        return float(_lib.cchc_rule_floor(self._p))

    @floor.setter
    def floor(self, percent):
        _lib.cchc_rule_set_floor(self._p, _lib.float_arg(percent, "rule floor"))

    @property
    def cap(self):
        """A proportional rule's cap in points (the node's maximum when unset); None clears it."""
        return float(_lib.cchc_rule_cap(self._p))

    @cap.setter
    def cap(self, points):
        _lib.cchc_rule_set_cap(self._p, -1.0 if points is None
                               else _lib.float_arg(points, "rule cap"))

    @property
    def has_cap(self):
        """True when a cap is set explicitly."""
        return bool(_lib.cchc_rule_has_cap(self._p))

    @property
    def per_event(self):
        """A deduction rule's points per event ("trừ 0,5 điểm/lần"), 0 when unset."""
        return float(_lib.cchc_rule_per_event(self._p))

    @per_event.setter
    def per_event(self, points):
        _lib.cchc_rule_set_per_event(self._p, _lib.float_arg(points, "points per event"))

    @property
    def bands(self):
        """A rate-bands rule's bands, ordered by lower edge: a new list of RateBand."""
        p = self._p
        return [RateBand(float(_lib.cchc_rule_band_lower(p, i)),
                         bool(_lib.cchc_rule_band_lower_inclusive(p, i)),
                         float(_lib.cchc_rule_band_upper(p, i)),
                         bool(_lib.cchc_rule_band_upper_inclusive(p, i)),
                         float(_lib.cchc_rule_band_points(p, i)))
                for i in range(_lib.cchc_rule_band_count(p))]

    def add_band(self, lower, lower_inclusive, upper, upper_inclusive, points):
        """Adds a band [lower, upper] in % with each edge open or closed, and its points."""
        _lib.cchc_rule_add_band(self._p, _lib.float_arg(lower, "band lower edge"),
                                _flag(lower_inclusive), _lib.float_arg(upper, "band upper edge"),
                                _flag(upper_inclusive), _lib.float_arg(points, "band points"))

    def remove_band(self, index):
        """Removes band @index (RangeError for a bad index)."""
        p = self._p
        _lib.cchc_rule_remove_band(p, _lib.index_arg(index, _lib.cchc_rule_band_count(p),
                                                     "rule band"))

    @property
    def levels(self):
        """A count-levels rule's levels, ordered by count: a new list of CountLevel."""
        p = self._p
        return [CountLevel(int(_lib.cchc_rule_level_min_count(p, i)),
                           float(_lib.cchc_rule_level_points(p, i)))
                for i in range(_lib.cchc_rule_level_count(p))]

    def add_level(self, min_count, points):
        """Adds a level: a count of at least @min_count earns @points.

        ExistsError when a level has the same count.
        """
        _lib.cchc_rule_add_level(self._p, _lib.size_arg(min_count, "level count"),
                                 _lib.float_arg(points, "level points"))

    def remove_level(self, index):
        """Removes level @index (RangeError for a bad index)."""
        p = self._p
        _lib.cchc_rule_remove_level(p, _lib.index_arg(index, _lib.cchc_rule_level_count(p),
                                                      "rule level"))

    @property
    def options(self):
        """A survey rule's answer options: a new list of SurveyOption."""
        p = self._p
        return [SurveyOption(_lib.dec(_lib.cchc_rule_option_id(p, i)),
                             _lib.dec(_lib.cchc_rule_option_label(p, i)),
                             float(_lib.cchc_rule_option_weight(p, i)))
                for i in range(_lib.cchc_rule_option_count(p))]

    def add_option(self, id, label="", weight=1.0):
        """Adds an answer option with its weight 0 … 1 (ExistsError when the id is taken)."""
        _lib.cchc_rule_add_option(self._p, _lib.enc(id, "option id"),
                                  _lib.enc(label, "option label"),
                                  _lib.float_arg(weight, "option weight"))

    def remove_option(self, index):
        """Removes the option given by index or id."""
        p = self._p
        if isinstance(index, str):
            ids = [o.id for o in self.options]
            if index not in ids:
                raise NotFoundError(_lib.ENOTFOUND, "the rule has no option %r" % index,
                                    "CCHC_ENOTFOUND")
            index = ids.index(index)
        _lib.cchc_rule_remove_option(p, _lib.index_arg(index, _lib.cchc_rule_option_count(p),
                                                       "rule option"))

    def describe(self):
        """One English line with the rule's figures ("rate bands: (90, 100] → 2; …")."""
        out = ctypes.c_void_p()
        _lib.cchc_rule_describe(ctypes.byref(out), self._p)
        return _lib.take_string(out)

    def __str__(self):
        return self.describe()

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Rule (no C object)>"
        return "<cchc.Rule %s>" % self.describe()

    # ---- setting several figures at once ----------------------------------

    def _configure(self, source=None, wording=None, outcomes=None, deadline=None,
                   step=None, floor=None, cap=None, per_event=None, bands=(), levels=(),
                   options=()):
        if source is not None:
            self.source = source
        if wording is not None:
            self.wording = wording
        if outcomes:
            if not isinstance(outcomes, Mapping):
                raise TypeError("outcomes takes a mapping of outcome to points")
            for outcome, points in outcomes.items():
                self.set_outcome_points(outcome, points)
        if deadline is not None:
            self.deadline = deadline
        if step is not None:
            self.step = step
        if floor is not None:
            self.floor = floor
        if cap is not None:
            self.cap = cap
        if per_event is not None:
            self.per_event = per_event
        for band in bands:
            self.add_band(*(band if not isinstance(band, Mapping) else RateBand(**band)))
        for level in levels:
            self.add_level(*(level if not isinstance(level, Mapping) else CountLevel(**level)))
        for option in options:
            if isinstance(option, Mapping):
                option = SurveyOption(**option)
            self.add_option(*option)


class Node(Handle):
    """A node of the tree: an area, a criterion or a sub-criterion, borrowed from a Scheme.

    It keeps its scheme alive. ``children``, ``parent`` and ``rule`` give
    borrowed objects of the same scheme.
    """

    __slots__ = ()
    _what = "node"

    def __init__(self, *args, **kwargs):
        raise TypeError("nodes are made by Scheme.add_node()")

    @property
    def scheme(self):
        """The Scheme holding the node."""
        return self._owner

    @property
    def plan(self):
        return None

    code = text_property(_lib.cchc_node_code, None, "node code (\"1.1.2\")")
    label = text_property(_lib.cchc_node_label, _lib.cchc_node_set_label,
                          "node label (Vietnamese, not empty)")
    label_en = text_property(_lib.cchc_node_label_en, _lib.cchc_node_set_label_en,
                             "node English label (\"\" when unset)")
    description = text_property(_lib.cchc_node_description, _lib.cchc_node_set_description,
                                "node description (cách chấm, tài liệu kiểm chứng cần có)")

    @property
    def maximum(self):
        """The maximum points (điểm tối đa), two decimals at most."""
        return float(_lib.cchc_node_maximum(self._p))

    @maximum.setter
    def maximum(self, value):
        _lib.cchc_node_set_maximum(self._p, _lib.float_arg(value, "node maximum"))

    @property
    def component(self):
        """The id of the component the node names itself, "" when it inherits.

        Set a component id (or a Component); None or "" to inherit the parent's.
        """
        return _lib.dec(_lib.cchc_node_component(self._p))

    @component.setter
    def component(self, id):
        if isinstance(id, Component):
            id = id.id
        _lib.cchc_node_set_component(self._p, _lib.enc(id, "component id"))

    @property
    def effective_component(self):
        """The node's component, else the nearest ancestor's; "" when none names one."""
        return _lib.dec(_lib.cchc_node_effective_component(self._p))

    @property
    def evidence_required(self):
        """True when the node requires evidence (tài liệu kiểm chứng)."""
        return bool(_lib.cchc_node_evidence_required(self._p))

    @evidence_required.setter
    def evidence_required(self, value):
        _lib.cchc_node_set_evidence_required(self._p, _flag(value))

    @property
    def may_be_not_applicable(self):
        """True when a scorecard may declare the node not applicable."""
        return bool(_lib.cchc_node_may_be_not_applicable(self._p))

    @may_be_not_applicable.setter
    def may_be_not_applicable(self, value):
        _lib.cchc_node_set_may_be_not_applicable(self._p, _flag(value))

    @property
    def depth(self):
        """1 for an area, 2 for a criterion, …"""
        return int(_lib.cchc_node_depth(self._p))

    @property
    def area(self):
        """The Area (1 … 7) the node lies under, or 0 when its top-level code is not 1 … 7."""
        value = int(_lib.cchc_node_area(self._p))
        return Area(value) if value else 0

    @property
    def parent(self):
        """The parent Node, or None for an area."""
        return self._owner._node(_lib.cchc_node_parent(self._p))

    @property
    def children(self):
        """The children in code order (a new list of borrowed Node)."""
        p, scheme = self._p, self._owner
        return [scheme._node(_lib.cchc_node_child_at(p, i))
                for i in range(_lib.cchc_node_child_count(p))]

    @property
    def is_leaf(self):
        """True when the node has no children."""
        return bool(_lib.cchc_node_is_leaf(self._p))

    @property
    def rule(self):
        """The node's Rule (borrowed, editable), or None."""
        return self._owner._rule(_lib.cchc_node_rule(self._p))

    @property
    def rule_kind(self):
        """The RuleKind of the node's rule, or None when it has none."""
        rule = self.rule
        return None if rule is None else rule.kind

    def set_rule(self, kind, **figures):
        """Replaces the node's rule with a new one of @kind and returns it.

        @kind is a RuleKind, its int or its name ("rate_bands"). The new rule
        has C's defaults (yes and on time earn the maximum, every other
        outcome 0, source typed); keyword arguments then set its figures:
        source, wording, outcomes ({outcome: points}), deadline, step, floor,
        cap, per_event, bands (RateBand tuples), levels (CountLevel tuples),
        options (SurveyOption tuples). The old Rule object, if any, loses its
        C object.
        """
        value = _lib.int_arg(RuleKind.from_token(kind), "rule kind")
        old = _lib.cchc_node_rule(self._p)
        out = ctypes.c_void_p()
        _lib.cchc_node_set_rule(ctypes.byref(out), self._p, value)
        self._owner._forget_rules([old] if old else [])  # C freed it
        rule = self._owner._rule(out.value)
        rule._configure(**figures)
        return rule

    def clear_rule(self):
        """Removes the node's rule (the Rule object, if any, loses its C object)."""
        old = _lib.cchc_node_rule(self._p)
        _lib.cchc_node_clear_rule(self._p)
        self._owner._forget_rules([old] if old else [])

    def walk(self):
        """The node and every node below it, in code order (a new list)."""
        result = [self]
        for child in self.children:
            result.extend(child.walk())
        return result

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Node (no C object)>"
        rule = self.rule
        return "<cchc.Node %s %r max %g%s>" % (self.code, self.label[:40], self.maximum,
                                              ", " + rule.kind.token if rule is not None
                                              and isinstance(rule.kind, RuleKind) else "")


class NodeList(Sequence):
    """``scheme.nodes``: every node of the scheme in code order, a live view."""

    __slots__ = ("_scheme",)

    def __init__(self, scheme):
        self._scheme = scheme

    def __len__(self):
        return int(_lib.cchc_scheme_node_count(self._scheme._p))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n = len(self)
        index = operator.index(index)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("NodeList index out of range")
        return self._scheme._node(_lib.cchc_scheme_node_at(self._scheme._p, index))

    def codes(self):
        """Every node's code, in code order."""
        return [n.code for n in self]

    def leaves(self):
        """The leaves, in code order."""
        return [n for n in self if n.is_leaf]

    def __repr__(self):
        return "<cchc.NodeList of %d>" % len(self)


class Scheme(Handle):
    """A scoring scheme (bộ chỉ số): ``Scheme()`` is empty; ``Scheme.load(path)``
    and ``Scheme.loads(text)`` read the ``"cchc-scheme"`` format.

    ``scheme.diagnostics`` holds what the load reported (warnings such as
    unknown keys); a scheme whose check finds an error is not loaded.
    """

    __slots__ = ("diagnostics", "_nodes", "_components", "_rules")
    _what = "scheme"

    def __init__(self):
        self._ptr = None
        self._owner = None
        self._setup(_lib.cchc_scheme_new(), Diagnostics())

    def _setup(self, ptr, diagnostics):
        self._ptr = ptr
        self._owner = None
        #: The Diagnostics reported when the scheme was loaded (empty for a new scheme).
        self.diagnostics = diagnostics
        self._nodes = weakref.WeakValueDictionary()       # C pointer → Node
        self._components = weakref.WeakValueDictionary()  # C pointer → Component
        self._rules = weakref.WeakValueDictionary()       # C pointer → Rule
        return self

    @classmethod
    def _own(cls, ptr, diagnostics=None):
        return cls.__new__(cls)._setup(ptr, diagnostics if diagnostics is not None
                                       else Diagnostics())

    def __del__(self, _free=_lib.cchc_scheme_free):
        self._release(_free)

    @property
    def plan(self):
        return None

    # ---- loading and saving ------------------------------------------------

    @classmethod
    def _read(cls, function, *args):
        diags = Diagnostics()
        out = ctypes.c_void_p()
        try:
            function(ctypes.byref(out), *args, diags._p)
        except CchcError as error:
            error.diagnostics = diags._refresh()
            raise
        return cls._own(out.value, diags._refresh())

    @classmethod
    def load(cls, path):
        """Reads and checks a scheme file.

        Raises CchcIOError, EncodingError, ParseError, VersionError, or
        FormatError — also for a scheme that fails the check (a parent's
        maximum that is not the sum of its children's, a band gap …). The
        message names the file, line, column and JSON path of the first
        error; ``error.diagnostics`` holds every finding.
        """
        return cls._read(_lib.cchc_scheme_load_file, path_arg(path, "scheme path"))

    @classmethod
    def loads(cls, data, name=None):
        """Reads a scheme from str or bytes; @name stands for the file in messages."""
        data = _data_arg(data)
        return cls._read(_lib.cchc_scheme_load_data, data, len(data),
                         _lib.enc(name, "source name"))

    def save(self, path):
        """Writes the scheme to @path atomically (deterministic bytes)."""
        _lib.cchc_scheme_save_file(self._p, path_arg(path, "scheme path"))

    def dumpb(self):
        """The scheme as UTF-8 JSON bytes."""
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        _lib.cchc_scheme_save_data(ctypes.byref(out), ctypes.byref(size), self._p)
        return _lib.take_bytes(out, size.value)

    def dumps(self):
        """The scheme as JSON text, the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def copy(self):
        """A deep copy owned by Python."""
        out = ctypes.c_void_p()
        _lib.cchc_scheme_copy(ctypes.byref(out), self._p)
        return Scheme._own(out.value)

    def check(self, into=None):
        """Checks the scheme as a whole (cchc_scheme_check); returns a Diagnostics.

        Findings are never exceptions: "scheme.sum-mismatch",
        "scheme.band-gap", … (docs/scoring.md) with the JSON path of the node,
        rule or band concerned for a scheme loaded from JSON. @into (a
        Diagnostics) receives them after what it holds.
        """
        diags = _target(into)
        try:
            _lib.cchc_scheme_check(self._p, diags._p)
        finally:
            diags._refresh()
        return diags

    # ---- header ------------------------------------------------------------

    id = text_property(_lib.cchc_scheme_id, _lib.cchc_scheme_set_id,
                       "scheme id (scorecards name their scheme by it)")
    name = text_property(_lib.cchc_scheme_name, _lib.cchc_scheme_set_name, "scheme name")
    description = text_property(_lib.cchc_scheme_description,
                                _lib.cchc_scheme_set_description, "scheme description")
    basis = text_property(_lib.cchc_scheme_basis, _lib.cchc_scheme_set_basis,
                          "scheme legal basis (\"Quyết định 3396/QĐ-UBND …\")")

    @property
    def year(self):
        """The year the scheme scores, 0 when unset (1900 … 9999)."""
        return int(_lib.cchc_scheme_year(self._p))

    @year.setter
    def year(self, year):
        _lib.cchc_scheme_set_year(self._p, 0 if year is None else _lib.int_arg(year, "year"))

    @property
    def maximum(self):
        """The sum of the areas' maxima (normally 100)."""
        return float(_lib.cchc_scheme_maximum(self._p))

    # ---- unit kinds --------------------------------------------------------

    @property
    def unit_kinds(self):
        """The unit kinds the scheme scores ("department", …), a new list."""
        p = self._p
        return [_lib.dec(_lib.cchc_scheme_unit_kind_at(p, i))
                for i in range(_lib.cchc_scheme_unit_kind_count(p))]

    def has_unit_kind(self, kind):
        return bool(_lib.cchc_scheme_has_unit_kind(self._p, _lib.enc(kind, "unit kind")))

    def add_unit_kind(self, kind):
        """Lists @kind (ExistsError when listed already)."""
        _lib.cchc_scheme_add_unit_kind(self._p, _lib.enc(kind, "unit kind"))

    def remove_unit_kind(self, kind):
        """Removes @kind (NotFoundError when not listed)."""
        _lib.cchc_scheme_remove_unit_kind(self._p, _lib.enc(kind, "unit kind"))

    # ---- borrowed wrappers -------------------------------------------------

    def _wrap(self, cache, cls, ptr):
        if not ptr:
            return None
        obj = cache.get(ptr)
        if obj is None:
            obj = cls._borrow(ptr, self)
            cache[ptr] = obj
        return obj

    def _node(self, ptr):
        return self._wrap(self._nodes, Node, ptr)

    def _rule(self, ptr):
        return self._wrap(self._rules, Rule, ptr)

    def _component(self, ptr):
        return self._wrap(self._components, Component, ptr)

    @staticmethod
    def _forget(cache, ptrs):
        for ptr in ptrs:
            obj = cache.pop(ptr, None)
            if obj is not None:
                obj._ptr = None

    def _forget_rules(self, ptrs):
        self._forget(self._rules, ptrs)

    # ---- components ----------------------------------------------------------

    @property
    def components(self):
        """The components in order (a new list of borrowed Component)."""
        p = self._p
        return [self._component(_lib.cchc_scheme_component_at(p, i))
                for i in range(_lib.cchc_scheme_component_count(p))]

    def find_component(self, id):
        """The component with id @id, or None."""
        return self._component(_lib.cchc_scheme_find_component(self._p,
                                                               _lib.enc(id, "component id")))

    def add_component(self, id, label, maximum, optional=False):
        """Adds a component and returns it (ExistsError when the id is taken)."""
        out = ctypes.c_void_p()
        _lib.cchc_scheme_add_component(ctypes.byref(out), self._p, _lib.enc(id, "component id"),
                                       _lib.enc(label, "component label"),
                                       _lib.float_arg(maximum, "component maximum"))
        component = self._component(out.value)
        if optional:
            component.optional = True
        return component

    def remove_component(self, id):
        """Removes the component given by id or Component.

        NotFoundError when absent; InUseError when a node names it. A live
        Component object for it loses its C object.
        """
        if isinstance(id, Component):
            id = id.id
        raw = _lib.enc(id, "component id")
        ptr = _lib.cchc_scheme_find_component(self._p, raw)
        _lib.cchc_scheme_remove_component(self._p, raw)
        self._forget(self._components, [ptr] if ptr else [])

    # ---- nodes -------------------------------------------------------------

    @property
    def nodes(self):
        """Every node in code order ("1" < "1.1" < "1.1.2" < "1.2" < "1.10" < "2"), a live view."""
        return NodeList(self)

    @property
    def roots(self):
        """The top-level nodes (the areas) in code order (a new list)."""
        p = self._p
        return [self._node(_lib.cchc_scheme_root_at(p, i))
                for i in range(_lib.cchc_scheme_root_count(p))]

    areas = roots

    def find_node(self, code):
        """The node with code @code (borrowed), or None."""
        return self._node(_lib.cchc_scheme_find_node(self._p, _lib.enc(code, "node code")))

    def __getitem__(self, code):
        node = self.find_node(code)
        if node is None:
            raise KeyError(code)
        return node

    def __contains__(self, code):
        return isinstance(code, str) and self.find_node(code) is not None

    def add_node(self, code, label, maximum, *, label_en=None, description=None,
                 component=None, evidence_required=None, may_be_not_applicable=None,
                 rule=None, **figures):
        """Adds a node and returns it (borrowed).

        @code "1", "1.2", "1.2.3" (its parent must exist: NotFoundError),
        @label the Vietnamese label, @maximum 0 … 1000 with two decimals at
        most. Keywords set the other fields; @rule (a RuleKind or its name)
        gives the node a rule, whose figures are the remaining keywords (see
        Node.set_rule). ExistsError for a code taken, InvalidArgumentError for
        a malformed code, RangeError for a bad maximum or a code too deep.
        """
        out = ctypes.c_void_p()
        _lib.cchc_scheme_add_node(ctypes.byref(out), self._p, _lib.enc(code, "node code"),
                                  _lib.enc(label, "node label"),
                                  _lib.float_arg(maximum, "node maximum"))
        node = self._node(out.value)
        if label_en is not None:
            node.label_en = label_en
        if description is not None:
            node.description = description
        if component is not None:
            node.component = component
        if evidence_required is not None:
            node.evidence_required = evidence_required
        if may_be_not_applicable is not None:
            node.may_be_not_applicable = may_be_not_applicable
        if rule is not None:
            node.set_rule(rule, **figures)
        elif figures:
            raise TypeError("add_node(): rule figures %s without a rule"
                            % ", ".join(sorted(figures)))
        return node

    def remove_node(self, code):
        """Removes the node given by code or Node, with every node below it.

        NotFoundError when absent. Live Node and Rule objects for what was
        removed lose their C object.
        """
        if isinstance(code, Node):
            code = code.code
        raw = _lib.enc(code, "node code")
        ptr = _lib.cchc_scheme_find_node(self._p, raw)
        nodes, rules = [], []
        stack = [ptr] if ptr else []
        while stack:
            n = stack.pop()
            nodes.append(n)
            r = _lib.cchc_node_rule(n)
            if r:
                rules.append(r)
            stack.extend(_lib.cchc_node_child_at(n, i)
                         for i in range(_lib.cchc_node_child_count(n)))
        _lib.cchc_scheme_remove_node(self._p, raw)
        self._forget(self._nodes, nodes)
        self._forget(self._rules, rules)

    # ---- bands -------------------------------------------------------------

    @property
    def bands(self):
        """The band table (xếp loại), highest bound first: a new list of SchemeBand."""
        p = self._p
        return [SchemeBand(_lib.dec(_lib.cchc_scheme_band_label(p, i)),
                           float(_lib.cchc_scheme_band_lower(p, i)),
                           bool(_lib.cchc_scheme_band_lower_inclusive(p, i)))
                for i in range(_lib.cchc_scheme_band_count(p))]

    def add_band(self, label, lower, inclusive=True):
        """Adds a band from @lower % (inclusive: "từ … trở lên"; else "trên")."""
        _lib.cchc_scheme_add_band(self._p, _lib.enc(label, "band label"),
                                  _lib.float_arg(lower, "band lower bound"), _flag(inclusive))

    def remove_band(self, band):
        """Removes the band given by index or label."""
        p = self._p
        if isinstance(band, str):
            labels = [b.label for b in self.bands]
            if band not in labels:
                raise NotFoundError(_lib.ENOTFOUND, "the scheme has no band %r" % band,
                                    "CCHC_ENOTFOUND")
            band = labels.index(band)
        _lib.cchc_scheme_remove_band(p, _lib.index_arg(band, _lib.cchc_scheme_band_count(p),
                                                       "scheme band"))

    def band_for(self, percent):
        """The SchemeBand holding @percent (compared unrounded), or None when no band does."""
        index = ctypes.c_size_t()
        try:
            _lib.cchc_scheme_band_for(ctypes.byref(index), self._p,
                                      _lib.float_arg(percent, "percent"))
        except NotFoundError:
            return None
        return self.bands[index.value]

    # ---- scoring -----------------------------------------------------------

    def evaluate(self, card, into=None):
        """Scores @card (a Scorecard) under this scheme; returns an Evaluation.

        Runs both checks; any error and no evaluation is made: FormatError,
        its message the first error with its place, ``error.diagnostics``
        every finding. The warnings of a successful evaluation are in
        ``evaluation.diagnostics`` (or appended to @into). Plan-fed inputs
        must be applied first (``card.apply_plan``).
        """
        from .scorecard import Scorecard  # scorecard.py imports this module
        if not isinstance(card, Scorecard):
            raise TypeError("evaluate() takes a cchc.Scorecard, not %s" % type(card).__name__)
        return card.evaluate(self, into)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Scheme (no C object)>"
        return "<cchc.Scheme %s %d %r: %d nodes, maximum %g>" % (
            self.id or "''", self.year, self.name[:40], len(self.nodes), self.maximum)
