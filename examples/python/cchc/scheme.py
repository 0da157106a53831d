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

import weakref
from collections import namedtuple
from collections.abc import Mapping

from . import _lib
from ._access import (NO_PLAN, LiveView, c_property, counted, flag as _flag, found_index,
                      optional_int, out_bytes, out_ptr, out_string, owner_property, path_arg,
                      position, records_property, texts_property)
from ._handle import Handle, MadeByLibrary, forget, text_property
from .diagnostics import Diagnostics, _collect, _make
from .enums import Area, RuleKind, RuleOutcome, RuleSource, coerce

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


def _data_arg(data):
    if isinstance(data, str):
        return data.encode("utf-8", "surrogateescape")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("loads() takes the document as str or bytes, not %s" % type(data).__name__)


def _number(what):
    """The argument conversion of a float setter (float_arg with @what)."""
    return lambda value: _lib.float_arg(value, what)


class Component(MadeByLibrary):
    """A part of the total with its own maximum ("appraised", "survey"), borrowed from a Scheme."""

    __slots__ = ()
    _what = "component"

    _made_by = "components are made by Scheme.add_component()"

    scheme = owner_property("The Scheme holding the component.")

    id = text_property(_lib.cchc_component_id, None, "component id (\"appraised\")")
    label = text_property(_lib.cchc_component_label, _lib.cchc_component_set_label,
                          "component label (\"Điểm thẩm định\")")
    maximum = c_property(_lib.cchc_component_maximum, float,
                         "The component's maximum points (0 … 1000, two decimals at most).",
                         _lib.cchc_component_set_maximum, _number("component maximum"))
    optional = c_property(_lib.cchc_component_is_optional, bool,
                          """True when the component may be missing from a scorecard.

        Its leaves then leave the maximum, and the index is rescaled.
        """, _lib.cchc_component_set_optional, _flag)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Component (no C object)>"
        return "<cchc.Component %s %r max %g%s>" % (self.id, self.label, self.maximum,
                                                    ", optional" if self.optional else "")


class Rule(MadeByLibrary):
    """The rule of a leaf: how a unit's facts become points (docs/scoring.md).

    Borrowed from the Scheme (``node.rule``); it loses its C object when the
    node's rule is replaced or cleared, or the node removed.
    """

    __slots__ = ()
    _what = "rule"

    _made_by = "rules are made by node.set_rule(kind)"

    scheme = owner_property("The Scheme holding the rule.")
    kind = c_property(_lib.cchc_rule_kind, lambda value: coerce(RuleKind, value),
                      "The RuleKind.")

    @property
    def node(self):
        """The Node the rule belongs to."""
        return self._owner._node(_lib.cchc_rule_node(self._p))

    source = c_property(
        _lib.cchc_rule_source, lambda value: coerce(RuleSource, value),
        "Where the input comes from: a RuleSource (set with the enum, its int or its name).",
        _lib.cchc_rule_set_source,
        lambda source: _lib.int_arg(RuleSource.from_token(source), "rule source"))

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

    deadline = c_property(
        _lib.cchc_rule_deadline, _lib.to_date,
        "A deadline rule's last day that is on time (datetime.date), None when unset.",
        _lib.cchc_rule_set_deadline, lambda date: _lib.date_arg(date, "rule deadline"))
    step = c_property(_lib.cchc_rule_step, float,
                      "A manual rule's step (0.25), 0 when any value is allowed.",
                      _lib.cchc_rule_set_step, _number("rule step"))
    floor = c_property(
        _lib.cchc_rule_floor, float,
        "A proportional rule's floor in %: a rate strictly below it earns 0 (0 = none).",
        _lib.cchc_rule_set_floor, _number("rule floor"))
    cap = c_property(
        _lib.cchc_rule_cap, float,
        "A proportional rule's cap in points (the node's maximum when unset); None clears it.",
        _lib.cchc_rule_set_cap,
        lambda points: -1.0 if points is None else _lib.float_arg(points, "rule cap"))
    has_cap = c_property(_lib.cchc_rule_has_cap, bool, "True when a cap is set explicitly.")
    per_event = c_property(
        _lib.cchc_rule_per_event, float,
        "A deduction rule's points per event (\"trừ 0,5 điểm/lần\"), 0 when unset.",
        _lib.cchc_rule_set_per_event, _number("points per event"))
    bands = records_property(
        _lib.cchc_rule_band_count, RateBand,
        ((_lib.cchc_rule_band_lower, float), (_lib.cchc_rule_band_lower_inclusive, bool),
         (_lib.cchc_rule_band_upper, float), (_lib.cchc_rule_band_upper_inclusive, bool),
         (_lib.cchc_rule_band_points, float)),
        "A rate-bands rule's bands, ordered by lower edge: a new list of RateBand.")

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

    levels = records_property(
        _lib.cchc_rule_level_count, CountLevel,
        ((_lib.cchc_rule_level_min_count, int), (_lib.cchc_rule_level_points, float)),
        "A count-levels rule's levels, ordered by count: a new list of CountLevel.")

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

    options = records_property(
        _lib.cchc_rule_option_count, SurveyOption,
        ((_lib.cchc_rule_option_id, _lib.dec), (_lib.cchc_rule_option_label, _lib.dec),
         (_lib.cchc_rule_option_weight, float)),
        "A survey rule's answer options: a new list of SurveyOption.")

    def add_option(self, id, label="", weight=1.0):
        """Adds an answer option with its weight 0 … 1 (ExistsError when the id is taken)."""
        _lib.cchc_rule_add_option(self._p, _lib.enc(id, "option id"),
                                  _lib.enc(label, "option label"),
                                  _lib.float_arg(weight, "option weight"))

    def remove_option(self, index):
        """Removes the option given by index or id."""
        p = self._p
        names = [o.id for o in self.options] if isinstance(index, str) else None
        _lib.cchc_rule_remove_option(p, position(index, names, _lib.cchc_rule_option_count(p),
                                                 "rule option", "the rule has no option"))

    def describe(self):
        """One English line with the rule's figures ("rate bands: (90, 100] → 2; …")."""
        return out_string(_lib.cchc_rule_describe, self._p)

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


class Node(MadeByLibrary):
    """A node of the tree: an area, a criterion or a sub-criterion, borrowed from a Scheme.

    It keeps its scheme alive. ``children``, ``parent`` and ``rule`` give
    borrowed objects of the same scheme.
    """

    __slots__ = ()
    _what = "node"

    _made_by = "nodes are made by Scheme.add_node()"

    scheme = owner_property("The Scheme holding the node.")

    code = text_property(_lib.cchc_node_code, None, "node code (\"1.1.2\")")
    label = text_property(_lib.cchc_node_label, _lib.cchc_node_set_label,
                          "node label (Vietnamese, not empty)")
    label_en = text_property(_lib.cchc_node_label_en, _lib.cchc_node_set_label_en,
                             "node English label (\"\" when unset)")
    description = text_property(_lib.cchc_node_description, _lib.cchc_node_set_description,
                                "node description (cách chấm, tài liệu kiểm chứng cần có)")

    maximum = c_property(_lib.cchc_node_maximum, float,
                         "The maximum points (điểm tối đa), two decimals at most.",
                         _lib.cchc_node_set_maximum, _number("node maximum"))

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

    effective_component = c_property(
        _lib.cchc_node_effective_component, _lib.dec,
        "The node's component, else the nearest ancestor's; \"\" when none names one.")
    evidence_required = c_property(
        _lib.cchc_node_evidence_required, bool,
        "True when the node requires evidence (tài liệu kiểm chứng).",
        _lib.cchc_node_set_evidence_required, _flag)
    may_be_not_applicable = c_property(
        _lib.cchc_node_may_be_not_applicable, bool,
        "True when a scorecard may declare the node not applicable.",
        _lib.cchc_node_set_may_be_not_applicable, _flag)
    depth = c_property(_lib.cchc_node_depth, int, "1 for an area, 2 for a criterion, …")

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
        return [scheme._node(ptr)
                for ptr in counted(p, _lib.cchc_node_child_count, _lib.cchc_node_child_at)]

    is_leaf = c_property(_lib.cchc_node_is_leaf, bool, "True when the node has no children.")

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
        ptr = out_ptr(_lib.cchc_node_set_rule, self._p, value)
        self._owner._forget_rules([old] if old else [])  # C freed it
        rule = self._owner._rule(ptr)
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


class NodeList(LiveView):
    """``scheme.nodes``: every node of the scheme in code order, a live view."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_scheme_node_count)
    _at = staticmethod(_lib.cchc_scheme_node_at)
    _wrapper = "_node"

    def __init__(self, scheme):
        super().__init__(scheme)

    def codes(self):
        """Every node's code, in code order."""
        return [n.code for n in self]

    def leaves(self):
        """The leaves, in code order."""
        return [n for n in self if n.is_leaf]


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

    plan = NO_PLAN

    # ---- loading and saving ------------------------------------------------

    @classmethod
    def _read(cls, function, *args):
        return cls._own(*_make(function, *args))

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
        return out_bytes(_lib.cchc_scheme_save_data, self._p)

    def dumps(self):
        """The scheme as JSON text, the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def copy(self):
        """A deep copy owned by Python."""
        return Scheme._own(out_ptr(_lib.cchc_scheme_copy, self._p))

    def check(self, into=None):
        """Checks the scheme as a whole (cchc_scheme_check); returns a Diagnostics.

        Findings are never exceptions: "scheme.sum-mismatch",
        "scheme.band-gap", … (docs/scoring.md) with the JSON path of the node,
        rule or band concerned for a scheme loaded from JSON. @into (a
        Diagnostics) receives them after what it holds.
        """
        return _collect(into, _lib.cchc_scheme_check, self._p)

    # ---- header ------------------------------------------------------------

    id = text_property(_lib.cchc_scheme_id, _lib.cchc_scheme_set_id,
                       "scheme id (scorecards name their scheme by it)")
    name = text_property(_lib.cchc_scheme_name, _lib.cchc_scheme_set_name, "scheme name")
    description = text_property(_lib.cchc_scheme_description,
                                _lib.cchc_scheme_set_description, "scheme description")
    basis = text_property(_lib.cchc_scheme_basis, _lib.cchc_scheme_set_basis,
                          "scheme legal basis (\"Quyết định 3396/QĐ-UBND …\")")

    year = c_property(_lib.cchc_scheme_year, int,
                      "The year the scheme scores, 0 when unset (1900 … 9999).",
                      _lib.cchc_scheme_set_year, optional_int("year"))
    maximum = c_property(_lib.cchc_scheme_maximum, float,
                         "The sum of the areas' maxima (normally 100).")

    # ---- unit kinds --------------------------------------------------------

    unit_kinds = texts_property(
        _lib.cchc_scheme_unit_kind_count, _lib.cchc_scheme_unit_kind_at,
        "The unit kinds the scheme scores (\"department\", …), a new list.")

    def has_unit_kind(self, kind):
        return bool(_lib.cchc_scheme_has_unit_kind(self._p, _lib.enc(kind, "unit kind")))

    def add_unit_kind(self, kind):
        """Lists @kind (ExistsError when listed already)."""
        _lib.cchc_scheme_add_unit_kind(self._p, _lib.enc(kind, "unit kind"))

    def remove_unit_kind(self, kind):
        """Removes @kind (NotFoundError when not listed)."""
        _lib.cchc_scheme_remove_unit_kind(self._p, _lib.enc(kind, "unit kind"))

    # ---- borrowed wrappers -------------------------------------------------

    def _node(self, ptr):
        return Node._cached(self._nodes, ptr, self)

    def _rule(self, ptr):
        return Rule._cached(self._rules, ptr, self)

    def _component(self, ptr):
        return Component._cached(self._components, ptr, self)

    def _forget_rules(self, ptrs):
        forget(self._rules, ptrs)

    # ---- components ----------------------------------------------------------

    @property
    def components(self):
        """The components in order (a new list of borrowed Component)."""
        return [self._component(ptr) for ptr in counted(
            self._p, _lib.cchc_scheme_component_count, _lib.cchc_scheme_component_at)]

    def find_component(self, id):
        """The component with id @id, or None."""
        return self._component(_lib.cchc_scheme_find_component(self._p,
                                                               _lib.enc(id, "component id")))

    def add_component(self, id, label, maximum, optional=False):
        """Adds a component and returns it (ExistsError when the id is taken)."""
        component = self._component(out_ptr(
            _lib.cchc_scheme_add_component, self._p, _lib.enc(id, "component id"),
            _lib.enc(label, "component label"), _lib.float_arg(maximum, "component maximum")))
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
        forget(self._components, [ptr] if ptr else [])

    # ---- nodes -------------------------------------------------------------

    @property
    def nodes(self):
        """Every node in code order ("1" < "1.1" < "1.1.2" < "1.2" < "1.10" < "2"), a live view."""
        return NodeList(self)

    @property
    def roots(self):
        """The top-level nodes (the areas) in code order (a new list)."""
        return [self._node(ptr) for ptr in counted(self._p, _lib.cchc_scheme_root_count,
                                                   _lib.cchc_scheme_root_at)]

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
        node = self._node(out_ptr(_lib.cchc_scheme_add_node, self._p, _lib.enc(code, "node code"),
                                  _lib.enc(label, "node label"),
                                  _lib.float_arg(maximum, "node maximum")))
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
            stack.extend(counted(n, _lib.cchc_node_child_count, _lib.cchc_node_child_at))
        _lib.cchc_scheme_remove_node(self._p, raw)
        forget(self._nodes, nodes)
        forget(self._rules, rules)

    # ---- bands -------------------------------------------------------------

    bands = records_property(
        _lib.cchc_scheme_band_count, SchemeBand,
        ((_lib.cchc_scheme_band_label, _lib.dec), (_lib.cchc_scheme_band_lower, float),
         (_lib.cchc_scheme_band_lower_inclusive, bool)),
        "The band table (xếp loại), highest bound first: a new list of SchemeBand.")

    def add_band(self, label, lower, inclusive=True):
        """Adds a band from @lower % (inclusive: "từ … trở lên"; else "trên")."""
        _lib.cchc_scheme_add_band(self._p, _lib.enc(label, "band label"),
                                  _lib.float_arg(lower, "band lower bound"), _flag(inclusive))

    def remove_band(self, band):
        """Removes the band given by index or label."""
        p = self._p
        names = [b.label for b in self.bands] if isinstance(band, str) else None
        _lib.cchc_scheme_remove_band(p, position(band, names, _lib.cchc_scheme_band_count(p),
                                                 "scheme band", "the scheme has no band"))

    def band_for(self, percent):
        """The SchemeBand holding @percent (compared unrounded), or None when no band does."""
        index = found_index(_lib.cchc_scheme_band_for, self._p,
                            _lib.float_arg(percent, "percent"))
        return None if index is None else self.bands[index]

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
