"""Schedules: what a time expression (thời gian thực hiện) means.

``Schedule.parse("Quý I/2023", 2023)`` (or ``task.schedule()``) gives a
schedule of one or more milestones, each typed — by a date, within an
interval, on a list, recurring, continuous, triggered by an event, or not
understood — with its start, its deadline (the last day that is on time) and
its occurrences. The rules are C's: docs/time-expressions.md.

A schedule is an immutable snapshot owned by Python; it does not follow later
changes of the task it was read from. Its milestones are copied into frozen
``Milestone`` objects, so they hold no C pointer.
"""

from collections import namedtuple
from dataclasses import dataclass

from . import _lib
from ._access import c_property, counted, out_ptr, out_string, records
from ._handle import Handle, MadeByLibrary
from .enums import Grain, MilestoneKind, coerce

__all__ = ["Schedule", "Milestone", "Occurrence"]

#: One dated window of a milestone: ``start`` and ``deadline`` (datetime.date).
Occurrence = namedtuple("Occurrence", "start deadline")


@dataclass(frozen=True)
class Milestone:
    """One part of a schedule ("Ban hành KH trong quý I/2023"), a snapshot.

    Dates are ``datetime.date``, or None where the milestone has none (events
    and milestones not understood).
    """

    kind: MilestoneKind   #: what kind of time it names
    label: str            #: the label taken from the text ("Ban hành KH"), "" when none
    text: str             #: the part of the text it was read from
    grain: Grain          #: the precision of its dates (for recurring ones, the period)
    start: object         #: the first occurrence's start (datetime.date or None)
    deadline: object      #: the last occurrence's deadline (datetime.date or None)
    event: str            #: for an event, the event as written; else ""
    reason: str           #: for a milestone not understood, why (English); else ""
    occurrences: tuple    #: every window, a tuple of Occurrence(start, deadline)

    @property
    def is_dated(self):
        """True when the milestone has at least one occurrence."""
        return bool(self.occurrences)

    @property
    def understood(self):
        """False for a MilestoneKind.UNKNOWN milestone."""
        return self.kind != MilestoneKind.UNKNOWN


def _read_milestone(ptr):
    occurrences = tuple(records(ptr, _lib.cchc_milestone_occurrence_count, Occurrence,
                                ((_lib.cchc_milestone_occurrence_start, _lib.to_date),
                                 (_lib.cchc_milestone_occurrence_deadline, _lib.to_date))))
    return Milestone(
        kind=coerce(MilestoneKind, _lib.cchc_milestone_kind(ptr)),
        label=_lib.dec(_lib.cchc_milestone_label(ptr)),
        text=_lib.dec(_lib.cchc_milestone_text(ptr)),
        grain=coerce(Grain, _lib.cchc_milestone_grain(ptr)),
        start=_lib.to_date(_lib.cchc_milestone_start(ptr)),
        deadline=_lib.to_date(_lib.cchc_milestone_deadline(ptr)),
        event=_lib.dec(_lib.cchc_milestone_event(ptr)),
        reason=_lib.dec(_lib.cchc_milestone_reason(ptr)),
        occurrences=occurrences,
    )


class Schedule(MadeByLibrary):
    """A parsed time expression: ``Schedule.parse("Tháng 3,6,9,12/2023", 2023)``.

    Parsing never fails on words: text that cannot be read gives a schedule
    with ``understood`` False and a milestone of kind UNKNOWN that carries the
    reason. Only a bad argument raises: RangeError for a year outside
    1900 … 9999, InvalidArgumentError for bytes that are not UTF-8.
    """

    __slots__ = ("_milestones",)
    _what = "schedule"

    _made_by = "use Schedule.parse(text, year) or task.schedule()"
    plan = Handle.plan  # as for any Handle (an owned schedule: None)

    @classmethod
    def _own(cls, ptr):
        obj = super()._own(ptr)
        obj._milestones = None
        return obj

    def __del__(self, _free=_lib.cchc_schedule_free):
        # Module globals may already be None at interpreter shutdown: the
        # free function is bound as a default argument instead.
        self._release(_free)

    @classmethod
    def parse(cls, text, year, limits=None):
        """Parses @text (str or UTF-8 bytes; "" is allowed) read in plan year @year.
        A text longer than the string_bytes ceiling of @limits (a cchc.Limits;
        None: the default, 1 MiB) raises LimitError."""
        from .limits import pointer
        return cls._own(out_ptr(_lib.cchc_schedule_parse_with_limits,
                                _lib.enc(text, "time expression"),
                                _lib.int_arg(year, "plan year"), pointer(limits)))

    text = c_property(_lib.cchc_schedule_text, _lib.dec, "The text as given to the parser.")
    year = c_property(_lib.cchc_schedule_plan_year, int, "The plan year the text was read in.")

    @property
    def milestones(self):
        """The milestones, a tuple of Milestone (at least one)."""
        if self._milestones is None:
            self._milestones = tuple(_read_milestone(ptr) for ptr in counted(
                self._p, _lib.cchc_schedule_milestone_count, _lib.cchc_schedule_milestone_at))
        return self._milestones

    def __len__(self):
        return len(self.milestones)

    def __iter__(self):
        return iter(self.milestones)

    def __getitem__(self, index):
        return self.milestones[index]

    understood = c_property(_lib.cchc_schedule_is_understood, bool,
                            "True when no milestone is MilestoneKind.UNKNOWN.")
    start = c_property(
        _lib.cchc_schedule_start, _lib.to_date,
        "The earliest start of any occurrence (datetime.date), None when undated.")
    deadline = c_property(
        _lib.cchc_schedule_deadline, _lib.to_date,
        "The latest deadline of any occurrence (datetime.date), None when undated.")

    def describe(self):
        """A readable interpretation, one line per milestone (cchc_schedule_describe())."""
        return out_string(_lib.cchc_schedule_describe, self._p)

    def __str__(self):
        return self.describe()

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Schedule (no C object)>"
        kinds = ", ".join(m.kind.token if isinstance(m.kind, MilestoneKind) else str(m.kind)
                          for m in self.milestones)
        return "<cchc.Schedule %r in %d: %s>" % (self.text, self.year, kinds)
