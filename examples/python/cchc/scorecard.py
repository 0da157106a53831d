"""Scorecards (phiếu chấm điểm): one unit, one scheme, one year (scorecard.h).

A ``Scorecard`` holds, per node of its scheme (by code), an ``Entry``: the
self-assessment (tự đánh giá) — the facts the leaf's rule reads, or typed
points — with an explanation, the evidence references, the appraisal (thẩm
định), not-applicable with its reason, and the plan-fed ratio that
``card.apply_plan(scheme, plan)`` computes from a Plan. The card also lists
deduction events (điểm trừ). ``card.evaluate(scheme)`` (or
``scheme.evaluate(card)``) gives an ``Evaluation``.

Ownership: a Scorecard owns its C object; an ``Entry`` is borrowed from it
and keeps it alive. ``remove_entry()`` frees the entry in C: a live Entry
object for it loses its pointer first (it then raises ReferenceError).
Deduction events and evidence references are read as frozen tuples.
"""

import os
import weakref
from collections import namedtuple
from collections.abc import Mapping

from . import _lib
from ._access import (NO_PLAN, LiveView, c_property, flag, objects, optional_int, out_bytes,
                      out_ptr, owner_property, path_arg)
from ._handle import Handle, MadeByLibrary, forget, text_property
from .diagnostics import Diagnostics, _collect, _make
from .enums import InputKind
from .plan import Plan
from .scheme import Scheme, _data_arg
from .task import _evidence_list

__all__ = ["Scorecard", "Entry", "EntryList", "Deduction", "Appraisal", "PlanInput"]

#: A deduction event (điểm trừ): the ``code`` of the leaf it counts against,
#: its ``date`` (datetime.date, or None) and ``description``.
Deduction = namedtuple("Deduction", "code date description")

#: The appraisal of an entry: the appraised ``points`` and the ``reason``
#: for a change ("" when none was given).
Appraisal = namedtuple("Appraisal", "points reason")

#: A plan-fed ratio stored by Scorecard.apply_plan(): tasks done (or reports
#: on time) ``numerator`` of ``denominator`` due, taken ``as_of`` (datetime.date).
PlanInput = namedtuple("PlanInput", "numerator denominator as_of")


def _kind_value(kind):
    return _lib.int_arg(InputKind.from_token(kind), "input kind")


def _fact(kind, getter, convert, setter, arg, doc):
    """A property over one fact of an Entry: None when not stated; assigning None clears it."""

    def fget(self):
        if not self._stated(kind):
            return None
        return convert(getter(self._p))

    def fset(self, value):
        if value is None:
            self.clear_input(kind)
        else:
            setter(self._p, arg(value))

    return property(fget, fset, doc=doc)


class Entry(MadeByLibrary):
    """The facts, evidence, appraisal and not-applicable of one node of a card.

    Facts read as None when not stated. Assigning a fact states it
    (``entry.points = 1.75``, ``entry.yes = True``, ``entry.date =
    "2023-01-10"``, ``entry.date = ""`` for "not done", ``entry.rate = 90``,
    ``entry.ratio = (9, 10)``, ``entry.count = 3``, ``entry.answers =
    {"A": 30, "B": 50}``); assigning None clears it.
    """

    __slots__ = ()
    _what = "entry"

    _made_by = "entries are made by Scorecard.add_entry(code)"

    card = owner_property("The Scorecard holding the entry.")

    code = text_property(_lib.cchc_entry_code, None, "entry code (the node it is for)")
    explanation = text_property(_lib.cchc_entry_explanation, _lib.cchc_entry_set_explanation,
                                "entry explanation (giải trình)")

    # ---- facts ---------------------------------------------------------------

    def has_input(self, kind):
        """True when the self-assessment states @kind (an InputKind, its int or name)."""
        return bool(_lib.cchc_entry_has_input(self._p, _kind_value(kind)))

    def clear_input(self, kind=None):
        """Clears the fact @kind, or every fact when None."""
        _lib.cchc_entry_clear_input(self._p, 0 if kind is None else _kind_value(kind))

    def _stated(self, kind):
        return _lib.cchc_entry_has_input(self._p, kind)

    points = _fact(InputKind.POINTS, _lib.cchc_entry_points, float, _lib.cchc_entry_set_points,
                   lambda value: _lib.float_arg(value, "entry points"),
                   "Typed self points (float), None when not stated.")
    yes = _fact(InputKind.YES, _lib.cchc_entry_yes, bool, _lib.cchc_entry_set_yes, flag,
                "True or False when stated, None when not.")
    date = _fact(InputKind.DATE, _lib.cchc_entry_date,
                 lambda raw: _lib.to_date(raw) if raw else "", _lib.cchc_entry_set_date,
                 lambda value: _lib.date_arg(value, "entry date"),
                 """The day it was done (datetime.date).

        "" when stated as not done (không thực hiện); None when not stated.
        """)
    rate = _fact(InputKind.RATE, _lib.cchc_entry_rate, float, _lib.cchc_entry_set_rate,
                 lambda value: _lib.float_arg(value, "entry rate"),
                 "A rate in % (float), None when not stated.")

    @property
    def ratio(self):
        """A ratio (a, b) of floats, None when not stated."""
        if not self._stated(InputKind.RATIO):
            return None
        p = self._p
        return (float(_lib.cchc_entry_numerator(p)), float(_lib.cchc_entry_denominator(p)))

    @ratio.setter
    def ratio(self, value):
        if value is None:
            self.clear_input(InputKind.RATIO)
            return
        a, b = value
        _lib.cchc_entry_set_ratio(self._p, _lib.float_arg(a, "ratio numerator"),
                                  _lib.float_arg(b, "ratio denominator"))

    count = _fact(InputKind.COUNT, _lib.cchc_entry_count, int, _lib.cchc_entry_set_count,
                  lambda value: _lib.size_arg(value, "entry count"),
                  "A count (int), None when not stated.")

    @property
    def answers(self):
        """Survey answer counts {option id: count} in the order set; None when not stated.

        Assigning a mapping replaces every count; None clears them.
        """
        if not self._stated(InputKind.ANSWERS):
            return None
        p = self._p
        return {_lib.dec(_lib.cchc_entry_answer_option(p, i)): int(_lib.cchc_entry_answer_at(p, i))
                for i in range(_lib.cchc_entry_answer_count(p))}

    @answers.setter
    def answers(self, counts):
        if counts is None:
            self.clear_input(InputKind.ANSWERS)
            return
        if not isinstance(counts, Mapping):
            raise TypeError("answers takes a mapping of option id to count, not %s"
                            % type(counts).__name__)
        items = [(_lib.enc(k, "option id"), _lib.size_arg(v, "answer count"))
                 for k, v in counts.items()]
        self.clear_input(InputKind.ANSWERS)
        for option, count in items:
            _lib.cchc_entry_set_answer(self._p, option, count)

    def set_answer(self, option, count):
        """Sets the number of answers for @option (replacing an earlier count for it)."""
        _lib.cchc_entry_set_answer(self._p, _lib.enc(option, "option id"),
                                   _lib.size_arg(count, "answer count"))

    @property
    def inputs(self):
        """Every fact stated, as a new dict keyed by the file names: "points",
        "yes", "date", "rate", "ratio", "count", "answers" (plan-fed ratios are
        ``plan_input``)."""
        result = {}
        for kind in InputKind:
            if self._stated(kind):
                result[kind.token] = getattr(self, kind.token)
        return result

    # ---- evidence --------------------------------------------------------------

    @property
    def evidence(self):
        """The evidence references (tài liệu kiểm chứng) as a new list of Evidence."""
        return _evidence_list(self._p, _lib.cchc_entry_evidence_count,
                              _lib.cchc_entry_evidence_at)

    def add_evidence(self, number=None, date=None, title=None, link=None):
        """Adds a reference; needs a number or a title; date a datetime.date or "YYYY-MM-DD"."""
        _lib.cchc_entry_add_evidence(self._p, _lib.enc(number or None, "evidence number"),
                                     _lib.date_arg(date or None, "evidence date"),
                                     _lib.enc(title or None, "evidence title"),
                                     _lib.enc(link or None, "evidence link"))

    def remove_evidence(self, index):
        p = self._p
        _lib.cchc_entry_remove_evidence(
            p, _lib.index_arg(index, _lib.cchc_entry_evidence_count(p), "entry evidence"))

    # ---- appraisal ---------------------------------------------------------------

    is_appraised = c_property(_lib.cchc_entry_has_appraisal, bool,
                              "True when the entry has been appraised (thẩm định).")

    @property
    def appraisal(self):
        """Appraisal(points, reason), or None while not yet appraised."""
        p = self._p
        if not _lib.cchc_entry_has_appraisal(p):
            return None
        return Appraisal(float(_lib.cchc_entry_appraised_points(p)),
                         _lib.dec(_lib.cchc_entry_appraisal_reason(p)))

    @property
    def appraised_points(self):
        """The appraised points, None while not yet appraised."""
        appraisal = self.appraisal
        return None if appraisal is None else appraisal.points

    appraisal_reason = c_property(_lib.cchc_entry_appraisal_reason, _lib.dec,
                                  "The appraiser's reason (\"\" when none).")

    def set_appraisal(self, points, reason=None):
        """Records the appraisal; a change without a reason is a warning of check()."""
        _lib.cchc_entry_set_appraisal(self._p, _lib.float_arg(points, "appraised points"),
                                      _lib.enc(reason, "appraisal reason"))

    def clear_appraisal(self):
        """Back to "not yet appraised"."""
        _lib.cchc_entry_clear_appraisal(self._p)

    # ---- not applicable ------------------------------------------------------------

    not_applicable = c_property(
        _lib.cchc_entry_is_not_applicable, bool,
        "True when the entry declares its node (and every node below) not applicable.")
    not_applicable_reason = c_property(_lib.cchc_entry_not_applicable_reason, _lib.dec,
                                       "Why it is not applicable (\"\" when none).")

    def set_not_applicable(self, not_applicable=True, reason=None):
        """Declares the node not applicable (or withdraws that) with @reason."""
        _lib.cchc_entry_set_not_applicable(self._p, 1 if not_applicable else 0,
                                           _lib.enc(reason, "not-applicable reason"))

    # ---- plan-fed ratio --------------------------------------------------------------

    @property
    def plan_input(self):
        """The plan-fed PlanInput(numerator, denominator, as_of), or None."""
        p = self._p
        if not _lib.cchc_entry_has_plan_input(p):
            return None
        return PlanInput(float(_lib.cchc_entry_plan_numerator(p)),
                         float(_lib.cchc_entry_plan_denominator(p)),
                         _lib.to_date(_lib.cchc_entry_plan_as_of(p)))

    def set_plan_input(self, numerator, denominator, as_of):
        """Records a plan-fed ratio as apply_plan() does (for restoring saved figures)."""
        _lib.cchc_entry_set_plan_input(self._p, _lib.float_arg(numerator, "plan numerator"),
                                       _lib.float_arg(denominator, "plan denominator"),
                                       _lib.date_arg(as_of, "plan as-of date"))

    def clear_plan_input(self):
        """Removes the plan-fed ratio."""
        _lib.cchc_entry_clear_plan_input(self._p)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Entry (no C object)>"
        return "<cchc.Entry %s %r%s%s>" % (
            self.code, self.inputs, ", appraised %g" % self.appraised_points
            if self.is_appraised else "", ", not applicable" if self.not_applicable else "")


class EntryList(LiveView):
    """``card.entries``: the card's entries in code order, a live view."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_scorecard_entry_count)
    _at = staticmethod(_lib.cchc_scorecard_entry_at)
    _wrapper = "_entry"

    def __init__(self, card):
        super().__init__(card)

    def codes(self):
        """Every entry's code, in code order."""
        return [e.code for e in self]


class Scorecard(Handle):
    """A scorecard (phiếu chấm điểm): ``Scorecard()`` is empty;
    ``Scorecard.load(path)`` and ``Scorecard.loads(text)`` read the
    ``"cchc-scorecard"`` format.

    ``card.diagnostics`` holds what the load reported (unknown keys …);
    checking the card against its scheme is ``card.check(scheme)``.
    ``card.path`` is the file it was loaded from (None otherwise).
    """

    __slots__ = ("diagnostics", "path", "_entries")
    _what = "scorecard"

    def __init__(self):
        self._ptr = None
        self._owner = None
        self._setup(_lib.cchc_scorecard_new(), Diagnostics(), None)

    def _setup(self, ptr, diagnostics, path):
        self._ptr = ptr
        self._owner = None
        #: The Diagnostics reported when the card was loaded (empty otherwise).
        self.diagnostics = diagnostics
        #: The file the card was loaded from (str), or None.
        self.path = path
        self._entries = weakref.WeakValueDictionary()  # C pointer → Entry
        return self

    @classmethod
    def _own(cls, ptr, diagnostics=None, path=None):
        return cls.__new__(cls)._setup(ptr, diagnostics if diagnostics is not None
                                       else Diagnostics(), path)

    def __del__(self, _free=_lib.cchc_scorecard_free):
        self._release(_free)

    plan = NO_PLAN

    # ---- loading and saving ------------------------------------------------

    @classmethod
    def _read(cls, path, function, *args):
        return cls._own(*_make(function, *args), path)

    @classmethod
    def load(cls, path):
        """Reads a scorecard file (CchcIOError, EncodingError, ParseError,
        VersionError, FormatError with file, line, column and JSON path)."""
        return cls._read(os.fsdecode(path), _lib.cchc_scorecard_load_file,
                         path_arg(path, "scorecard path"))

    @classmethod
    def loads(cls, data, name=None):
        """Reads a scorecard from str or bytes; @name stands for the file in messages."""
        data = _data_arg(data)
        return cls._read(None, _lib.cchc_scorecard_load_data, data, len(data),
                         _lib.enc(name, "source name"))

    def save(self, path):
        """Writes the card to @path atomically (deterministic bytes)."""
        _lib.cchc_scorecard_save_file(self._p, path_arg(path, "scorecard path"))

    def dumpb(self):
        """The card as UTF-8 JSON bytes."""
        return out_bytes(_lib.cchc_scorecard_save_data, self._p)

    def dumps(self):
        """The card as JSON text, the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def copy(self):
        """A deep copy owned by Python (``path`` is not kept)."""
        return Scorecard._own(out_ptr(_lib.cchc_scorecard_copy, self._p))

    # ---- header ------------------------------------------------------------

    unit_id = text_property(_lib.cchc_scorecard_unit_id, _lib.cchc_scorecard_set_unit_id,
                            "scored unit id (ASCII letters, digits, '.', '-', '_')")
    unit_name = text_property(_lib.cchc_scorecard_unit_name, _lib.cchc_scorecard_set_unit_name,
                              "scored unit name")
    unit_kind = text_property(_lib.cchc_scorecard_unit_kind, _lib.cchc_scorecard_set_unit_kind,
                              "unit kind as the scheme names kinds (\"department\")")
    scheme_id = text_property(_lib.cchc_scorecard_scheme_id, _lib.cchc_scorecard_set_scheme_id,
                              "id of the scheme the card is scored under")
    notes = text_property(_lib.cchc_scorecard_notes, _lib.cchc_scorecard_set_notes,
                          "scorecard notes")

    year = c_property(_lib.cchc_scorecard_year, int, "The year scored, 0 when unset.",
                      _lib.cchc_scorecard_set_year, optional_int("year"))

    # ---- plan-fed criteria -------------------------------------------------

    plan_file = c_property(
        _lib.cchc_scorecard_plan_file, _lib.dec,
        "The plan file the card takes plan-fed inputs from, as written (\"\" when none).")
    plan_as_of = c_property(
        _lib.cchc_scorecard_plan_as_of, _lib.to_date,
        "The day the plan-fed inputs are taken at (datetime.date), None when unset.")
    plan_lead = c_property(_lib.cchc_scorecard_plan_lead, _lib.dec,
                           "The lead reference whose tasks count (\"\" for all tasks).")

    @property
    def plan_path(self):
        """The plan file as a path to open, or None when the card names none.

        A relative name is taken relative to the folder of the card's file
        (as ``cchc score`` does); for a card not loaded from a file, relative
        to the current directory.
        """
        name = self.plan_file
        if not name:
            return None
        if os.path.isabs(name) or self.path is None:
            return name
        return os.path.join(os.path.dirname(os.path.abspath(self.path)), name)

    def set_plan_source(self, file=None, as_of=None, lead=None):
        """Records where the plan-fed inputs come from (nothing is read here)."""
        _lib.cchc_scorecard_set_plan_source(self._p, _lib.enc(file and os.fsdecode(file),
                                                              "plan file"),
                                            _lib.date_arg(as_of, "plan as-of date"),
                                            _lib.enc(getattr(lead, "id", lead),
                                                     "lead reference"))

    def apply_plan(self, scheme, plan=None, as_of=None):
        """Computes the plan-fed inputs from @plan (cchc_scorecard_apply_plan).

        For every leaf of @scheme whose rule's source is plan_completion or
        plan_reports, stores the ratio done ÷ due of the plan's tasks (of the
        card's plan lead, or all), or on time ÷ due of the plan calendar's
        reports, as of @as_of (a date or "YYYY-MM-DD"; None: the card's
        ``plan_as_of``). @plan None loads ``plan_path``. Returns the Plan
        used. InvalidArgumentError for no date at all, a bad date or a plan
        without a year.
        """
        if not isinstance(scheme, Scheme):
            raise TypeError("apply_plan() takes the cchc.Scheme, not %s" % type(scheme).__name__)
        if plan is None:
            path = self.plan_path
            if path is None:
                raise _lib._errors.error_for(
                    _lib.EINVAL, "scorecard %s names no plan file: give apply_plan() a plan"
                    % (self.unit_id or "(no unit)"), "CCHC_EINVAL")
            plan = Plan.load(path)
        elif not isinstance(plan, Plan):
            raise TypeError("apply_plan() takes a cchc.Plan, not %s" % type(plan).__name__)
        _lib.cchc_scorecard_apply_plan(self._p, scheme._p, plan._p,
                                       _lib.date_arg(as_of, "as-of date"))
        return plan

    # ---- entries -------------------------------------------------------------

    def _entry(self, ptr):
        return Entry._cached(self._entries, ptr, self)

    @property
    def entries(self):
        """The entries in code order, a live view of borrowed Entry objects."""
        return EntryList(self)

    def find_entry(self, code):
        """The entry for node @code (borrowed), or None."""
        return self._entry(_lib.cchc_scorecard_find_entry(self._p, _lib.enc(code, "node code")))

    def __getitem__(self, code):
        entry = self.find_entry(code)
        if entry is None:
            raise KeyError(code)
        return entry

    def __contains__(self, code):
        return isinstance(code, str) and self.find_entry(code) is not None

    def add_entry(self, code, **facts):
        """Adds an entry for node @code and returns it (ExistsError when there is one).

        Keywords state facts or set fields at once: points, yes, date, rate,
        ratio, count, answers, explanation; appraisal=(points, reason) or
        points; not_applicable=reason (str) or True.
        """
        entry = self._entry(out_ptr(_lib.cchc_scorecard_add_entry, self._p,
                                    _lib.enc(code, "node code")))
        appraisal = facts.pop("appraisal", None)
        not_applicable = facts.pop("not_applicable", None)
        for name, value in facts.items():
            if name not in _ENTRY_FIELDS:
                raise TypeError("add_entry() got an unexpected keyword argument %r" % name)
            setattr(entry, name, value)
        if appraisal is not None:
            if isinstance(appraisal, (tuple, list)):
                entry.set_appraisal(*appraisal)
            else:
                entry.set_appraisal(appraisal)
        if not_applicable:
            entry.set_not_applicable(True, not_applicable if isinstance(not_applicable, str)
                                     else None)
        return entry

    def remove_entry(self, code):
        """Removes the entry given by code or Entry (NotFoundError when absent).

        A live Entry object for it loses its C object.
        """
        if isinstance(code, Entry):
            code = code.code
        raw = _lib.enc(code, "node code")
        ptr = _lib.cchc_scorecard_find_entry(self._p, raw)
        _lib.cchc_scorecard_remove_entry(self._p, raw)
        forget(self._entries, [ptr])

    # ---- deduction events ----------------------------------------------------

    @property
    def deductions(self):
        """The deduction events in the order added, a new list of Deduction."""
        return objects(self._p, _lib.cchc_scorecard_deduction_count,
                       _lib.cchc_scorecard_deduction_at, Deduction,
                       ((_lib.cchc_deduction_code, _lib.dec),
                        (_lib.cchc_deduction_date, _lib.to_date),
                        (_lib.cchc_deduction_description, _lib.dec)))

    def add_deduction(self, code, date, description):
        """Adds an event against the deduction leaf @code (date None when unknown)."""
        _lib.cchc_scorecard_add_deduction(self._p, _lib.enc(code, "node code"),
                                          _lib.date_arg(date, "deduction date"),
                                          _lib.enc(description, "deduction description"))

    def remove_deduction(self, index):
        p = self._p
        _lib.cchc_scorecard_remove_deduction(
            p, _lib.index_arg(index, _lib.cchc_scorecard_deduction_count(p), "deduction"))

    # ---- checking and scoring --------------------------------------------------

    def check(self, scheme, into=None):
        """Checks the card against @scheme (cchc_scorecard_check); returns a Diagnostics.

        "scorecard.over-maximum", "scorecard.unknown-code",
        "scorecard.missing-evidence" … (docs/scoring.md), located for a card
        loaded from JSON. Findings are never exceptions.
        """
        if not isinstance(scheme, Scheme):
            raise TypeError("check() takes a cchc.Scheme, not %s" % type(scheme).__name__)
        return _collect(into, _lib.cchc_scorecard_check, self._p, scheme._p)

    def evaluate(self, scheme, into=None):
        """Scores the card under @scheme; returns an Evaluation (see Scheme.evaluate)."""
        from .evaluation import Evaluation
        if not isinstance(scheme, Scheme):
            raise TypeError("evaluate() takes a cchc.Scheme, not %s" % type(scheme).__name__)
        return Evaluation._own(*_make(_lib.cchc_scorecard_evaluate, self._p, scheme._p,
                                      into=into))

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Scorecard (no C object)>"
        return "<cchc.Scorecard %s %r under %s %d: %d entries>" % (
            self.unit_id or "''", self.unit_name, self.scheme_id or "''", self.year,
            len(self.entries))


_ENTRY_FIELDS = {"points", "yes", "date", "rate", "ratio", "count", "answers", "explanation"}
