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

import ctypes
import operator
import os
import weakref
from collections import namedtuple
from collections.abc import Mapping, Sequence

from . import _lib
from ._handle import Handle, text_property
from .diagnostics import Diagnostics
from .enums import InputKind
from .errors import CchcError
from .plan import Plan
from .scheme import Scheme, _data_arg, _target, path_arg
from .task import Evidence

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


class Entry(Handle):
    """The facts, evidence, appraisal and not-applicable of one node of a card.

    Facts read as None when not stated. Assigning a fact states it
    (``entry.points = 1.75``, ``entry.yes = True``, ``entry.date =
    "2023-01-10"``, ``entry.date = ""`` for "not done", ``entry.rate = 90``,
    ``entry.ratio = (9, 10)``, ``entry.count = 3``, ``entry.answers =
    {"A": 30, "B": 50}``); assigning None clears it.
    """

    __slots__ = ()
    _what = "entry"

    def __init__(self, *args, **kwargs):
        raise TypeError("entries are made by Scorecard.add_entry(code)")

    @property
    def card(self):
        """The Scorecard holding the entry."""
        return self._owner

    @property
    def plan(self):
        return None

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

    @property
    def points(self):
        """Typed self points (float), None when not stated."""
        if not self._stated(InputKind.POINTS):
            return None
        return float(_lib.cchc_entry_points(self._p))

    @points.setter
    def points(self, value):
        if value is None:
            self.clear_input(InputKind.POINTS)
        else:
            _lib.cchc_entry_set_points(self._p, _lib.float_arg(value, "entry points"))

    @property
    def yes(self):
        """True or False when stated, None when not."""
        if not self._stated(InputKind.YES):
            return None
        return bool(_lib.cchc_entry_yes(self._p))

    @yes.setter
    def yes(self, value):
        if value is None:
            self.clear_input(InputKind.YES)
        else:
            _lib.cchc_entry_set_yes(self._p, 1 if value else 0)

    @property
    def date(self):
        """The day it was done (datetime.date).

        "" when stated as not done (không thực hiện); None when not stated.
        """
        if not self._stated(InputKind.DATE):
            return None
        raw = _lib.cchc_entry_date(self._p)
        return _lib.to_date(raw) if raw else ""

    @date.setter
    def date(self, value):
        if value is None:
            self.clear_input(InputKind.DATE)
        else:
            _lib.cchc_entry_set_date(self._p, _lib.date_arg(value, "entry date"))

    @property
    def rate(self):
        """A rate in % (float), None when not stated."""
        if not self._stated(InputKind.RATE):
            return None
        return float(_lib.cchc_entry_rate(self._p))

    @rate.setter
    def rate(self, value):
        if value is None:
            self.clear_input(InputKind.RATE)
        else:
            _lib.cchc_entry_set_rate(self._p, _lib.float_arg(value, "entry rate"))

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

    @property
    def count(self):
        """A count (int), None when not stated."""
        if not self._stated(InputKind.COUNT):
            return None
        return int(_lib.cchc_entry_count(self._p))

    @count.setter
    def count(self, value):
        if value is None:
            self.clear_input(InputKind.COUNT)
        else:
            _lib.cchc_entry_set_count(self._p, _lib.size_arg(value, "entry count"))

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
        p = self._p
        result = []
        for i in range(_lib.cchc_entry_evidence_count(p)):
            e = _lib.cchc_entry_evidence_at(p, i)
            result.append(Evidence(_lib.dec(_lib.cchc_evidence_number(e)),
                                   _lib.dec(_lib.cchc_evidence_date(e)),
                                   _lib.dec(_lib.cchc_evidence_title(e)),
                                   _lib.dec(_lib.cchc_evidence_link(e))))
        return result

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

    @property
    def is_appraised(self):
        """True when the entry has been appraised (thẩm định)."""
        return bool(_lib.cchc_entry_has_appraisal(self._p))

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

    @property
    def appraisal_reason(self):
        """The appraiser's reason ("" when none)."""
        return _lib.dec(_lib.cchc_entry_appraisal_reason(self._p))

    def set_appraisal(self, points, reason=None):
        """Records the appraisal; a change without a reason is a warning of check()."""
        _lib.cchc_entry_set_appraisal(self._p, _lib.float_arg(points, "appraised points"),
                                      _lib.enc(reason, "appraisal reason"))

    def clear_appraisal(self):
        """Back to "not yet appraised"."""
        _lib.cchc_entry_clear_appraisal(self._p)

    # ---- not applicable ------------------------------------------------------------

    @property
    def not_applicable(self):
        """True when the entry declares its node (and every node below) not applicable."""
        return bool(_lib.cchc_entry_is_not_applicable(self._p))

    @property
    def not_applicable_reason(self):
        """Why it is not applicable ("" when none)."""
        return _lib.dec(_lib.cchc_entry_not_applicable_reason(self._p))

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


class EntryList(Sequence):
    """``card.entries``: the card's entries in code order, a live view."""

    __slots__ = ("_card",)

    def __init__(self, card):
        self._card = card

    def __len__(self):
        return int(_lib.cchc_scorecard_entry_count(self._card._p))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n = len(self)
        index = operator.index(index)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("EntryList index out of range")
        return self._card._entry(_lib.cchc_scorecard_entry_at(self._card._p, index))

    def codes(self):
        """Every entry's code, in code order."""
        return [e.code for e in self]

    def __repr__(self):
        return "<cchc.EntryList of %d>" % len(self)


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

    @property
    def plan(self):
        return None

    # ---- loading and saving ------------------------------------------------

    @classmethod
    def _read(cls, path, function, *args):
        diags = Diagnostics()
        out = ctypes.c_void_p()
        try:
            function(ctypes.byref(out), *args, diags._p)
        except CchcError as error:
            error.diagnostics = diags._refresh()
            raise
        return cls._own(out.value, diags._refresh(), path)

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
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        _lib.cchc_scorecard_save_data(ctypes.byref(out), ctypes.byref(size), self._p)
        return _lib.take_bytes(out, size.value)

    def dumps(self):
        """The card as JSON text, the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def copy(self):
        """A deep copy owned by Python (``path`` is not kept)."""
        out = ctypes.c_void_p()
        _lib.cchc_scorecard_copy(ctypes.byref(out), self._p)
        return Scorecard._own(out.value)

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

    @property
    def year(self):
        """The year scored, 0 when unset."""
        return int(_lib.cchc_scorecard_year(self._p))

    @year.setter
    def year(self, year):
        _lib.cchc_scorecard_set_year(self._p, 0 if year is None else _lib.int_arg(year, "year"))

    # ---- plan-fed criteria -------------------------------------------------

    @property
    def plan_file(self):
        """The plan file the card takes plan-fed inputs from, as written ("" when none)."""
        return _lib.dec(_lib.cchc_scorecard_plan_file(self._p))

    @property
    def plan_as_of(self):
        """The day the plan-fed inputs are taken at (datetime.date), None when unset."""
        return _lib.to_date(_lib.cchc_scorecard_plan_as_of(self._p))

    @property
    def plan_lead(self):
        """The lead reference whose tasks count ("" for all tasks)."""
        return _lib.dec(_lib.cchc_scorecard_plan_lead(self._p))

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
        if not ptr:
            return None
        entry = self._entries.get(ptr)
        if entry is None:
            entry = Entry._borrow(ptr, self)
            self._entries[ptr] = entry
        return entry

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
        out = ctypes.c_void_p()
        _lib.cchc_scorecard_add_entry(ctypes.byref(out), self._p, _lib.enc(code, "node code"))
        entry = self._entry(out.value)
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
        entry = self._entries.pop(ptr, None)
        if entry is not None:
            entry._ptr = None

    # ---- deduction events ----------------------------------------------------

    @property
    def deductions(self):
        """The deduction events in the order added, a new list of Deduction."""
        p = self._p
        result = []
        for i in range(_lib.cchc_scorecard_deduction_count(p)):
            d = _lib.cchc_scorecard_deduction_at(p, i)
            result.append(Deduction(_lib.dec(_lib.cchc_deduction_code(d)),
                                    _lib.to_date(_lib.cchc_deduction_date(d)),
                                    _lib.dec(_lib.cchc_deduction_description(d))))
        return result

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
        diags = _target(into)
        try:
            _lib.cchc_scorecard_check(self._p, scheme._p, diags._p)
        finally:
            diags._refresh()
        return diags

    def evaluate(self, scheme, into=None):
        """Scores the card under @scheme; returns an Evaluation (see Scheme.evaluate)."""
        from .evaluation import Evaluation
        if not isinstance(scheme, Scheme):
            raise TypeError("evaluate() takes a cchc.Scheme, not %s" % type(scheme).__name__)
        diags = _target(into)
        out = ctypes.c_void_p()
        try:
            _lib.cchc_scorecard_evaluate(ctypes.byref(out), self._p, scheme._p, diags._p)
        except CchcError as error:
            error.diagnostics = diags._refresh()
            raise
        return Evaluation._own(out.value, diags._refresh())

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Scorecard (no C object)>"
        return "<cchc.Scorecard %s %r under %s %d: %d entries>" % (
            self.unit_id or "''", self.unit_name, self.scheme_id or "''", self.year,
            len(self.entries))


_ENTRY_FIELDS = {"points", "yes", "date", "rate", "ratio", "count", "answers", "explanation"}
