"""Status and progress of a plan as of a date, and periodic reports.

``plan.progress(as_of)`` computes a ``Progress`` snapshot: each task's
TaskState on that day (rules in docs/progress.md) and aggregates by area and
lead unit. ``plan.report(as_of, period)`` computes a ``Report``: the figures
of a reporting period (or of the plan year up to a day), which
``report.write(plan, format)`` writes as text, Markdown, CSV or JSON.

Both are snapshots owned by Python: they do not follow later changes of the
plan and name tasks by key. ``report.progress`` is borrowed from the report
and keeps it alive.
"""

import ctypes
import weakref
from collections import namedtuple

from . import _lib
from ._access import (c_property, out_bytes, out_value, owner_property, records,
                      texts_property)
from ._handle import MadeByLibrary
from .enums import OutputFormat, TaskState, coerce

__all__ = ["Progress", "TaskProgress", "Report"]

#: One task in a Progress snapshot. ``deadline`` is the deadline that decided
#: its state (datetime.date, None when it has none); ``is_due`` tells whether
#: it counts as due by the snapshot's day.
TaskProgress = namedtuple("TaskProgress", "key state deadline is_due")


def _area_value(area):
    return 0 if area is None else _lib.int_arg(area, "area")


def _lead_value(lead):
    if lead is None:
        return None
    ref = getattr(lead, "id", lead)  # a Unit stands for its id
    return _lib.enc(ref, "lead unit reference")


def _state_value(state, what="task state"):
    if state is None:
        return 0
    return _lib.int_arg(TaskState.from_token(state), what)


#: The fields of a TaskProgress row, read at (progress, index).
_ROW = ((_lib.cchc_progress_task_key, _lib.dec),
        (_lib.cchc_progress_task_state, lambda value: coerce(TaskState, value)),
        (_lib.cchc_progress_task_deadline, _lib.to_date),
        (_lib.cchc_progress_task_is_due, bool))


class Progress(MadeByLibrary):
    """The state of every task of a plan on one day (a snapshot).

    Filters: ``area`` is an Area or 1 … 7 (0 or None for all); ``lead`` a
    lead unit reference — unit id, group token or Unit — (None for all);
    ``state`` a TaskState, its int or its name ("overdue") (0 or None for all).
    A task led jointly counts for each of its leads.
    """

    __slots__ = ()
    _what = "progress snapshot"

    _made_by = "use plan.progress(as_of) or report.progress"

    def __del__(self, _free=_lib.cchc_progress_free):
        # Borrowed from a report (_owner set): never freed here.
        self._release(_free)

    report = owner_property(
        "The Report this snapshot is borrowed from, or None when it is owned.")
    as_of = c_property(_lib.cchc_progress_as_of, _lib.to_date,
                       "The snapshot's day (datetime.date).")

    def __len__(self):
        return int(_lib.cchc_progress_task_count(self._p))

    def _row(self, p, i):
        return TaskProgress(*[convert(getter(p, i)) for getter, convert in _ROW])

    @property
    def tasks(self):
        """Every task, in plan order, as a new list of TaskProgress."""
        return records(self._p, _lib.cchc_progress_task_count, TaskProgress, _ROW)

    def __iter__(self):
        return iter(self.tasks)

    def task(self, key):
        """The TaskProgress of the task with key @key, or None."""
        p = self._p
        for i in range(_lib.cchc_progress_task_count(p)):
            if _lib.dec(_lib.cchc_progress_task_key(p, i)) == key:
                return self._row(p, i)
        return None

    def keys(self, state=None):
        """The keys of the tasks in @state (all tasks when None), in plan order."""
        wanted = None if state is None else TaskState.from_token(state)
        return [t.key for t in self.tasks if wanted is None or t.state == wanted]

    def count(self, area=0, lead=None, state=0):
        """The number of tasks matching @area, @lead and @state."""
        return int(_lib.cchc_progress_count(self._p, _area_value(area), _lead_value(lead),
                                            _state_value(state)))

    def counts(self, area=0, lead=None):
        """{TaskState: count} for every state, for @area and @lead."""
        return {state: self.count(area, lead, state) for state in TaskState}

    def due_count(self, area=0, lead=None):
        """The number of tasks due by the snapshot's day (docs/progress.md)."""
        return int(_lib.cchc_progress_due_count(self._p, _area_value(area), _lead_value(lead)))

    def due_done_count(self, area=0, lead=None):
        """The number of due tasks that are done (on time, late or undated)."""
        return int(_lib.cchc_progress_due_done_count(self._p, _area_value(area),
                                                     _lead_value(lead)))

    def completion_rate(self, area=0, lead=None):
        """Done ÷ due × 100 (float, unrounded) for @area and @lead.

        NotFoundError when no matching task is due yet: a rate of nothing is
        not 100 %.
        """
        return out_value(ctypes.c_double, _lib.cchc_progress_completion_rate, self._p,
                         _area_value(area), _lead_value(lead))

    leads = texts_property(
        _lib.cchc_progress_lead_count, _lib.cchc_progress_lead_at,
        "The distinct lead references, in order of first appearance (a new list).")

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Progress (no C object)>"
        return "<cchc.Progress as of %s: %d tasks, %d due, %d overdue>" % (
            self.as_of, len(self), self.due_count(), self.count(state=TaskState.OVERDUE))


class Report(MadeByLibrary):
    """The figures of a periodic report (a snapshot), from ``plan.report(...)``."""

    __slots__ = ("_plan", "_progress")
    _what = "report"

    _made_by = "use plan.report(as_of, period)"

    @classmethod
    def _own(cls, ptr, plan=None):
        obj = super()._own(ptr)
        obj._plan = plan
        obj._progress = None
        return obj

    def __del__(self, _free=_lib.cchc_report_free):
        self._release(_free)

    @property
    def plan(self):
        """The Plan the report was computed from (the default of write())."""
        return self._plan

    period_id = c_property(
        _lib.cchc_report_period_id, _lib.dec,
        "The period's id, or \"\" for a report \"as of\" a day over the plan year.")
    title = c_property(_lib.cchc_report_title, _lib.dec,
                       "The title (\"Báo cáo kết quả CCHC quý I/2023\", …).")
    window_from = c_property(_lib.cchc_report_window_from, _lib.to_date,
                             "The first day the report covers (datetime.date).")
    cutoff = c_property(_lib.cchc_report_cutoff, _lib.to_date,
                        "The last day the figures cover (datetime.date).")

    @property
    def progress(self):
        """The Progress snapshot at the cut-off, borrowed from (and keeping alive) the report."""
        progress = self._progress() if self._progress is not None else None
        if progress is None:
            progress = Progress._borrow(_lib.cchc_report_progress(self._p), self)
            self._progress = weakref.ref(progress)
        return progress

    def completed_count(self, area=0, lead=None, state=0):
        """Tasks completed inside the window; @state DONE_ON_TIME, DONE_LATE or 0 for both."""
        return int(_lib.cchc_report_completed_count(self._p, _area_value(area),
                                                    _lead_value(lead), _state_value(state)))

    overdue_keys = texts_property(
        _lib.cchc_report_overdue_count, _lib.cchc_report_overdue_key,
        "The keys of the tasks overdue at the cut-off, in plan order (a new list).")

    def write(self, plan=None, format="text", bom=False):
        """The report as a document (str): format "text", "md", "csv" or "json".

        @plan is the plan the report was computed from (for titles and unit
        names); None takes ``report.plan``. @format is an OutputFormat or
        its name; @bom (CSV only) starts the text with U+FEFF so that Excel
        reads Vietnamese. The JSON document has "format": "cchc-report".
        """
        return self.writeb(plan, format, bom).decode("utf-8")

    def writeb(self, plan=None, format="text", bom=False):
        """As write(), as UTF-8 bytes (ready for a file)."""
        from .plan import Plan  # plan.py imports this module
        if plan is None:
            plan = self._plan
        if not isinstance(plan, Plan):
            raise TypeError("write() takes the cchc.Plan the report was computed from, "
                            "not %s" % type(plan).__name__)
        fmt = _lib.int_arg(OutputFormat.from_token(format), "output format")
        return out_bytes(_lib.cchc_report_write, self._p, plan._p, fmt, 1 if bom else 0)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Report (no C object)>"
        return "<cchc.Report %r %s … %s>" % (self.title, self.window_from, self.cutoff)
