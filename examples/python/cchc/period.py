"""Reporting calendars (chế độ báo cáo): periods, data windows and deadlines (period.h).

A ``Calendar`` is a list of ``Period`` objects. It is either owned by Python
(``Calendar()``, ``Calendar.builtin(...)``, ``.copy()``) or borrowed from a
plan (``plan.calendar``), in which case it keeps the plan alive and edits act
on the plan. A ``Period`` is always borrowed from its calendar and keeps that
calendar (and so its plan) alive.

Dates come back as ``datetime.date`` (None where a period has none) and are
taken as ``datetime.date`` or ISO text "YYYY-MM-DD".
"""

import ctypes
import weakref

from . import _lib
from ._access import NullEndedView, c_property, counted, out_ptr, out_value, owner_property
from ._handle import Handle, MadeByLibrary, text_property
from .enums import DeadlineKind, SubmissionState, coerce
from .errors import NotFoundError

__all__ = ["Calendar", "Period", "PeriodList"]


def _kind_value(kind):
    return _lib.int_arg(DeadlineKind.from_token(kind), "deadline kind")


def _date_property(getter, doc):
    return c_property(getter, _lib.to_date, doc)


class Period(MadeByLibrary):
    """One reporting period of a calendar ("q1": Báo cáo quý I/2023).

    Borrowed from its Calendar (``period.calendar``), which it keeps alive.
    When the calendar removes the period, or a plan's calendar is replaced,
    the object is moved to a copy, so it never points at freed memory.
    """

    __slots__ = ()
    _what = "period"

    _made_by = "periods are made by Calendar.add()"

    calendar = owner_property("The Calendar holding this period.")

    @property
    def plan(self):
        """The Plan whose calendar holds this period, or None."""
        return self._owner.plan if self._owner is not None else None

    id = text_property(_lib.cchc_period_id, None, "period id (\"q1\", \"h1\", \"q3\", \"year\")")
    label = text_property(_lib.cchc_period_label, None,
                          "period label (\"Báo cáo kết quả CCHC quý I/2023\")")
    window_from = _date_property(_lib.cchc_period_window_from,
                                 "The first day of the data window (datetime.date).")
    window_to = _date_property(_lib.cchc_period_window_to,
                               "The last day of the data window, the cut-off (datetime.date).")
    send_deadline = _date_property(_lib.cchc_period_send_deadline,
                                   "The units' send deadline (datetime.date), None when unset.")
    compile_deadline = _date_property(
        _lib.cchc_period_compile_deadline,
        "The deadline of the compiled report to Sở Nội vụ (datetime.date), None when unset.")

    submitted = c_property(
        _lib.cchc_period_submitted, _lib.to_date,
        """The date the compiled report was submitted (datetime.date), None when not yet.

        Set it with a date, an ISO text, or None (or "") to clear it.
        """, _lib.cchc_period_set_submitted,
        lambda date: _lib.date_arg(date, "submission date"))

    def deadline(self, kind):
        """The deadline of @kind (DeadlineKind, 1/2 or "send"/"compile"), or None."""
        kind = DeadlineKind(DeadlineKind.from_token(kind))
        return self.send_deadline if kind == DeadlineKind.SEND else self.compile_deadline

    def contains(self, date):
        """True when @date lies in the data window (both ends included)."""
        return bool(_lib.cchc_period_contains(self._p, _lib.date_arg(date, "date")))

    def __contains__(self, date):
        return self.contains(date)

    def submission_state(self, kind, submitted_on, as_of):
        """Where a submission stands against the deadline of @kind on @as_of.

        @submitted_on is the submission date, or None when nothing was sent; a
        date after @as_of counts as not yet made. Returns a SubmissionState.
        NotFoundError when the period has no deadline of that kind.
        """
        return coerce(SubmissionState, out_value(
            ctypes.c_int, _lib.cchc_period_submission_state, self._p, _kind_value(kind),
            _lib.date_arg(submitted_on, "submission date"), _lib.date_arg(as_of, "as-of date")))

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Period (no C object)>"
        return "<cchc.Period %s %r %s … %s>" % (self.id, self.label, self.window_from,
                                               self.window_to)


class PeriodList(NullEndedView):
    """``calendar.periods``: a live sequence view of the periods, in order."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_calendar_count)
    _at = staticmethod(_lib.cchc_calendar_at)
    _wrapper = "_period"

    def __init__(self, calendar):
        super().__init__(calendar)

    def ids(self):
        """Every period id, in order."""
        return [p.id for p in self]


class Calendar(Handle):
    """A reporting calendar: ``Calendar()`` (empty) or ``Calendar.builtin(rule, year)``.

    ``plan.calendar`` is the plan's own calendar, borrowed (edits change the
    plan); ``plan.calendar = cal`` stores a copy of @cal.
    """

    __slots__ = ("_periods",)
    _what = "calendar"

    #: The rule of section III.5 of the bundled 2023 plan (Sở LĐ-TB&XH Hải Dương).
    HAI_DUONG = "hai-duong"
    #: The national rule of Công văn 581/BNV-CCHC.
    NATIONAL = "national"

    def __init__(self, name=None):
        self._ptr = None
        self._owner = None
        self._periods = weakref.WeakValueDictionary()  # C pointer → Period
        self._ptr = _lib.cchc_calendar_new()
        if name is not None:
            self.name = name

    @classmethod
    def _borrow(cls, ptr, owner):
        obj = super()._borrow(ptr, owner)
        obj._periods = weakref.WeakValueDictionary()
        return obj

    @classmethod
    def _own(cls, ptr):
        obj = super()._own(ptr)
        obj._periods = weakref.WeakValueDictionary()
        return obj

    def __del__(self, _free=_lib.cchc_calendar_free):
        # Module globals may already be None at interpreter shutdown: the
        # free function is bound as a default argument instead.
        self._release(_free)

    @classmethod
    def builtin(cls, rule, year):
        """A built-in calendar: rule "hai-duong" or "national", for @year.

        Period ids are "q1", "h1", "q3" and "year". NotFoundError for an
        unknown rule; RangeError for a year outside 1900 … 9999.
        """
        return cls._own(out_ptr(_lib.cchc_calendar_builtin, _lib.enc(rule, "calendar rule"),
                                _lib.int_arg(year, "year")))

    def copy(self):
        """A deep copy owned by Python."""
        return Calendar._own(out_ptr(_lib.cchc_calendar_copy, self._p))

    name = text_property(_lib.cchc_calendar_name, _lib.cchc_calendar_set_name,
                         "calendar name (\"\" when unset)")

    # ---- periods -----------------------------------------------------------

    def _period(self, ptr):
        return Period._cached(self._periods, ptr, self)

    @property
    def periods(self):
        """The periods in order, a live sequence view of Period objects."""
        return PeriodList(self)

    def __len__(self):
        return int(_lib.cchc_calendar_count(self._p))

    def __iter__(self):
        return iter(self.periods)

    def find(self, id):
        """The period with id @id (borrowed), or None."""
        return self._period(_lib.cchc_calendar_find(self._p, _lib.enc(id, "period id")))

    def add(self, id, label, window_from, window_to, send_deadline=None,
            compile_deadline=None):
        """Appends a period and returns it (borrowed).

        Dates are datetime.date or ISO text; a deadline None means the rule
        sets none. InvalidArgumentError for a malformed id or an impossible
        date; RangeError when the window ends before it starts; ExistsError
        when the id is taken.
        """
        _lib.cchc_calendar_add(self._p, _lib.enc(id, "period id"),
                               _lib.enc(label, "period label"),
                               _lib.date_arg(window_from, "window start"),
                               _lib.date_arg(window_to, "window end"),
                               _lib.date_arg(send_deadline, "send deadline") or b"",
                               _lib.date_arg(compile_deadline, "compile deadline") or b"")
        return self.find(id)

    def remove(self, period):
        """Removes the period given by id or Period; returns it, detached.

        NotFoundError when absent. The returned Period (the same object as
        any live one for it) now lives in a new one-period Calendar of its own.
        """
        pid = period.id if isinstance(period, Period) else period
        p, key = self._p, _lib.enc(pid, "period id")
        ptr = _lib.cchc_calendar_find(p, key)
        holder = None
        if ptr:
            holder = Calendar(self.name)
            _lib.cchc_calendar_add(holder._p, _lib.cchc_period_id(ptr),
                                   _lib.cchc_period_label(ptr),
                                   _lib.cchc_period_window_from(ptr),
                                   _lib.cchc_period_window_to(ptr),
                                   _lib.cchc_period_send_deadline(ptr),
                                   _lib.cchc_period_compile_deadline(ptr))
            _lib.cchc_period_set_submitted(_lib.cchc_calendar_at(holder._p, 0),
                                           _lib.cchc_period_submitted(ptr))
        _lib.cchc_calendar_remove(p, key)  # NotFoundError when absent
        wrapper = self._periods.pop(ptr, None)
        new_ptr = _lib.cchc_calendar_at(holder._p, 0)
        if wrapper is None:
            return holder._period(new_ptr)
        wrapper._ptr = new_ptr
        wrapper._owner = holder
        holder._periods[new_ptr] = wrapper
        return wrapper

    def next_deadline(self, date):
        """The first deadline strictly after @date: (Period, DeadlineKind), or None.

        When several deadlines fall on the same day, the earlier period in
        the calendar and the send deadline come first.
        """
        period = ctypes.c_void_p()
        kind = ctypes.c_int()
        try:
            _lib.cchc_calendar_next_deadline(ctypes.byref(period), ctypes.byref(kind),
                                             self._p, _lib.date_arg(date, "date"))
        except NotFoundError:
            return None
        return self._period(period.value), coerce(DeadlineKind, kind.value)

    def periods_containing(self, date):
        """The periods whose data window holds @date, in calendar order."""
        return [p for p in self.periods if p.contains(date)]

    # ---- detaching from a plan -----------------------------------------

    def _detach(self):
        """Moves this borrowed calendar (and its live periods) to an owned copy.

        Called by Plan before the plan's calendar is replaced and freed.
        """
        old = self._p
        copy = out_ptr(_lib.cchc_calendar_copy, old)
        index_of = {ptr: i for i, ptr in enumerate(counted(old, _lib.cchc_calendar_count,
                                                           _lib.cchc_calendar_at))}
        moved = weakref.WeakValueDictionary()
        for ptr, period in list(self._periods.items()):
            new_ptr = _lib.cchc_calendar_at(copy, index_of[ptr])
            period._ptr = new_ptr
            moved[new_ptr] = period
        self._periods = moved
        self._detach_to(copy)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Calendar (no C object)>"
        state = "of a plan" if self._owner is not None else "detached"
        return "<cchc.Calendar %r: %s, %s>" % (self.name, ", ".join(self.periods.ids()), state)
