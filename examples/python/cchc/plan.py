"""The yearly CCHC plan (kế hoạch CCHC năm)."""

import ctypes
import datetime
import os
import weakref

from . import _lib
from ._access import NullEndedView, c_property, optional_int, out_bytes, out_ptr, out_value
from ._access import path_arg as _path
from ._handle import text_property
from .diagnostics import Diagnostics, _make
from .limits import pointer as _limits_pointer
from .period import Calendar, Period
from .progress import Progress, Report
from .task import Task
from .unit import Unit
from .validate import validate_plan

__all__ = ["Plan", "TaskList", "UnitList"]


def _plan_text(field, doc):
    return text_property(getattr(_lib, "cchc_plan_" + field),
                         getattr(_lib, "cchc_plan_set_" + field), doc)


class _View(NullEndedView):
    """A live sequence view of a plan's units or tasks (len, index, iteration)."""

    __slots__ = ()

    def __init__(self, plan):
        super().__init__(plan)


class TaskList(_View):
    """``plan.tasks``: the plan's tasks in order, borrowed from the plan."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_plan_task_count)
    _at = staticmethod(_lib.cchc_plan_task_at)
    _wrapper = "_task"

    def keys(self):
        """Every task key, in plan order."""
        return [t.key for t in self]

    def in_area(self, area):
        """The tasks of @area, in plan order."""
        return [t for t in self if t.area == area]


class UnitList(_View):
    """``plan.units``: the unit registry in order, borrowed from the plan."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_plan_unit_count)
    _at = staticmethod(_lib.cchc_plan_unit_at)
    _wrapper = "_unit"

    def ids(self):
        """Every unit id, in registry order."""
        return [u.id for u in self]


class Plan:
    """A CCHC plan: header facts, section texts, a unit registry and tasks.

    ``Plan()`` is empty; ``Plan.load(path)`` and ``Plan.loads(text)`` read the
    JSON format; ``Plan.import_appendix(table)`` reads the appendix table as
    officials write it (tab-separated text or CSV). A Plan owns its C object
    and frees it when the last Python reference to it — including every task
    and unit borrowed from it — is gone.
    """

    __slots__ = ("_ptr", "diagnostics", "warnings", "_tasks", "_units", "_calendar",
                 "__weakref__")

    def __init__(self):
        self._ptr = None
        self._ptr = _lib.cchc_plan_new()
        #: The Diagnostics reported when the plan was loaded or imported
        #: (empty for a new plan).
        self.diagnostics = Diagnostics()
        #: The same list as ``diagnostics`` (its older name, from loading).
        self.warnings = self.diagnostics
        self._tasks = weakref.WeakValueDictionary()  # C pointer → borrowed Task
        self._units = weakref.WeakValueDictionary()  # C pointer → borrowed Unit
        self._calendar = None  # weak reference to the borrowed Calendar

    @classmethod
    def _adopt(cls, ptr, diagnostics):
        plan = cls.__new__(cls)
        plan._ptr = ptr
        plan.diagnostics = plan.warnings = diagnostics
        plan._tasks = weakref.WeakValueDictionary()
        plan._units = weakref.WeakValueDictionary()
        plan._calendar = None
        return plan

    def __del__(self, _free=_lib.cchc_plan_free):
        # Module globals may already be None at interpreter shutdown: the
        # free function is bound as a default argument instead.
        try:
            ptr = self._ptr
        except AttributeError:
            return
        if ptr and _free is not None:
            self._ptr = None
            _free(ptr)

    @property
    def _p(self):
        ptr = self._ptr
        if not ptr:
            raise ReferenceError("this plan no longer has a C object")
        return ptr

    # ---- loading and saving ----------------------------------------------

    @classmethod
    def _read(cls, function, *args):
        """Calls a C reader (out, *args, diags) and adopts the plan it makes.

        On failure the error carries the Diagnostics collected so far.
        """
        return cls._adopt(*_make(function, *args))

    @classmethod
    def load(cls, path, limits=None):
        """Reads a plan file; warnings (unknown keys …) go to ``.diagnostics``
        (also named ``.warnings``).

        Raises CchcIOError, EncodingError, ParseError, VersionError,
        FormatError, or LimitError past a ceiling of @limits (a cchc.Limits;
        None: the defaults); the message names the file, line, column and
        JSON path, and ``error.diagnostics`` holds every diagnostic of the load.
        """
        if limits is not None:
            return cls._read(_lib.cchc_plan_load_file_with_limits, _path(path),
                             _limits_pointer(limits))
        return cls._read(_lib.cchc_plan_load_file, _path(path))

    @classmethod
    def loads(cls, data, name=None, limits=None):
        """Reads a plan from str or bytes; @name stands for the file in messages;
        @limits as for load()."""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        else:
            data = bytes(data)
        if limits is not None:
            return cls._read(_lib.cchc_plan_load_data_with_limits, data, len(data),
                             _lib.enc(name, "source name"), _limits_pointer(limits))
        return cls._read(_lib.cchc_plan_load_data, data, len(data),
                         _lib.enc(name, "source name"))

    @classmethod
    def import_appendix(cls, source, units=None, name=None, limits=None):
        """Reads a plan's appendix table (phụ lục) as officials write it.

        @source is the table: bytes, or a str holding a line break or a tab
        (or empty), are its contents — tab-separated text copied out of Word
        or saved by Excel, or CSV (docs/appendix-import.md); any other str,
        or an os.PathLike, is the path of a file to read. @units is a Plan
        whose units (and year and calendar) the unit names are resolved
        against; None builds the registry from the names found, each new
        unit reported as "appendix.unit-created". @name stands for the
        source in diagnostics when @source is contents ("<data>" when None);
        a file is named by its path.

        Returns the new plan; everything the importer reported — unknown
        units, repeated headers, odd rows … — is in ``plan.diagnostics``.
        Raises EncodingError for text that is not UTF-8 (the message names
        line and column), ParseError when no header row is found (an empty
        table), CchcIOError when the file cannot be read, LimitError past a
        ceiling of @limits (a cchc.Limits; None: the defaults); the error's
        ``diagnostics`` hold what was reported.
        """
        if units is not None and not isinstance(units, Plan):
            raise TypeError("units takes a cchc.Plan used as unit registry, not %s"
                            % type(units).__name__)
        registry = None if units is None else units._p
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
        elif isinstance(source, str) and (not source or any(c in source for c in "\n\r\t")):
            data = source.encode("utf-8", "surrogateescape")
        elif isinstance(source, (str, os.PathLike)):
            if name is not None:
                raise _lib._errors.error_for(
                    _lib.EINVAL, "import_appendix: name is for a table given as text or "
                    "bytes; a file is named by its path", "CCHC_EINVAL")
            if limits is not None:
                return cls._read(_lib.cchc_appendix_import_file_with_limits,
                                 _path(source, "appendix path"), registry,
                                 _limits_pointer(limits))
            return cls._read(_lib.cchc_appendix_import_file, _path(source, "appendix path"),
                             registry)
        else:
            raise TypeError("import_appendix() takes the table as str or bytes, or a path, "
                            "not %s" % type(source).__name__)
        if limits is not None:
            return cls._read(_lib.cchc_appendix_import_with_limits, data, len(data),
                             _lib.enc(name, "source name"), registry, _limits_pointer(limits))
        return cls._read(_lib.cchc_appendix_import, data, len(data),
                         _lib.enc(name, "source name"), registry)

    def save(self, path):
        """Writes the plan to @path atomically (CchcIOError on failure)."""
        _lib.cchc_plan_save_file(self._p, _path(path))

    def dumps(self):
        """The plan as JSON text (str), exactly the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def dumpb(self):
        """The plan as UTF-8 JSON bytes."""
        return out_bytes(_lib.cchc_plan_save_data, self._p)

    # ---- validation --------------------------------------------------------

    def validate(self, today=None, disable=(), severities=None, into=None):
        """Runs the validation rules (docs/validation.md); returns a Diagnostics.

        One entry per finding, with the rule's code ("task.duplicate-id"),
        severity, task key and id, field and messages. Without arguments
        every rule runs at its default severity with the current date as
        today (cchc_plan_validate); @today (a date or "YYYY-MM-DD"), @disable
        (a rule code or an iterable of them) and @severities (a mapping of
        rule code → Severity or "error" / "warning" / "info") run a Validator
        with those choices. @into (a Diagnostics) receives the findings
        after what it holds, in place of a new list. NotFoundError for an
        unknown rule code.
        """
        return validate_plan(self, today, disable, severities, into)

    # ---- header facts and section texts ----------------------------------

    number = _plan_text("number", "plan number (Số, as written: \"/KH-SLĐTBXH\")")
    agency = _plan_text("agency", "plan agency (Cơ quan ban hành)")
    place = _plan_text("place", "plan place (Địa danh)")
    issue_date_text = _plan_text("issue_date_text",
                                 "plan issue date text (the date line as written)")
    title = _plan_text("title", "plan title (Tên kế hoạch)")
    basis = _plan_text("basis", "plan basis (Căn cứ)")
    purposes = _plan_text("purposes", "plan purposes (Mục đích, yêu cầu)")
    organisation = _plan_text("organisation", "plan organisation (Tổ chức thực hiện)")
    signer = _plan_text("signer", "plan signer (Người ký)")
    signer_title = _plan_text("signer_title", "plan signer title (Chức vụ)")
    recipients = _plan_text("recipients", "plan recipients (Nơi nhận, one per line)")

    @property
    def issue_date(self):
        """Issue date "YYYY-MM-DD" ("" when blank); set with str, date or None."""
        return _lib.dec(_lib.cchc_plan_issue_date(self._p))

    @issue_date.setter
    def issue_date(self, date):
        if isinstance(date, datetime.date):
            date = date.isoformat()
        _lib.cchc_plan_set_issue_date(self._p, _lib.enc(date, "issue date"))

    year = c_property(_lib.cchc_plan_year, int,
                      "The plan year (Năm kế hoạch), 0 when unset; 1900 … 9999.",
                      _lib.cchc_plan_set_year, optional_int("plan year"))

    def area_text(self, area):
        """The section II text of @area; "" when unset or @area is not 1 … 7."""
        return _lib.dec(_lib.cchc_plan_area_text(self._p, _lib.int_arg(area, "area")))

    def set_area_text(self, area, text):
        """Replaces the section II text of @area (RangeError outside 1 … 7)."""
        _lib.cchc_plan_set_area_text(self._p, _lib.int_arg(area, "area"), _lib.enc(text, "area text"))

    # ---- borrowed wrappers -------------------------------------------------

    def _task(self, ptr):
        return Task._cached(self._tasks, ptr, self)

    def _unit(self, ptr):
        return Unit._cached(self._units, ptr, self)

    def _take_out(self, cls, cache, ptr, copy, free, remove, *args):
        """Removes a borrowed task or unit (@ptr, None when absent) with remove(*args).

        Returns it as a detached object: the live wrapper of @ptr in @cache,
        moved to a copy, or a new owned @cls. The copy is freed when the
        removal fails.
        """
        out = ctypes.c_void_p()
        if ptr:
            copy(ctypes.byref(out), ptr)
        try:
            remove(*args)
        except BaseException:
            free(out.value)
            raise
        wrapper = cache.pop(ptr, None)
        if wrapper is None:
            return cls._own(out.value)
        wrapper._detach_to(out.value)
        return wrapper

    # ---- units -------------------------------------------------------------

    @property
    def units(self):
        """The unit registry (phòng, đơn vị), a live sequence view."""
        return UnitList(self)

    def find_unit(self, id):
        """The unit with id @id (borrowed), or None."""
        return self._unit(_lib.cchc_plan_find_unit(self._p, _lib.enc(id, "unit id")))

    def add_unit(self, unit):
        """Stores a copy of @unit and returns that copy (borrowed).

        ExistsError for a duplicate id; NotFoundError when its parent is not
        in the plan yet.
        """
        if not isinstance(unit, Unit):
            raise TypeError("add_unit() takes a cchc.Unit, not %s" % type(unit).__name__)
        _lib.cchc_plan_add_unit(self._p, unit._p)
        return self.find_unit(unit.id)

    def remove_unit(self, unit):
        """Removes the unit given by id or Unit; returns it as a detached Unit.

        NotFoundError when absent; InUseError when a task names it or another
        unit has it as parent. A borrowed Unit object for it stays usable: it
        becomes the detached copy that is returned.
        """
        uid = unit.id if isinstance(unit, Unit) else unit
        p, key = self._p, _lib.enc(uid, "unit id")
        return self._take_out(Unit, self._units, _lib.cchc_plan_find_unit(p, key),
                              _lib.cchc_unit_copy, _lib.cchc_unit_free,
                              _lib.cchc_plan_remove_unit, p, key)

    def resolve_unit(self, name):
        """The reference (unit id or group token) for a name as written.

        "Văn phòng Sở" → "van-phong"; "Các phòng, đơn vị thuộc Sở" →
        "@internal". Case, decomposed accents, dash variants, doubled spaces
        and a final full stop do not matter. NotFoundError when nothing
        matches, AmbiguousError when several units do.
        """
        # Borrowed (a unit id in the plan or a static token): read, never free.
        return ctypes.string_at(out_ptr(_lib.cchc_plan_resolve_unit, self._p,
                                        _lib.enc(name, "unit name"))).decode("utf-8")

    def ref_is_valid(self, ref):
        """True when @ref is a group token or the id of a unit in this plan."""
        return bool(_lib.cchc_plan_ref_is_valid(self._p, _lib.enc(ref, "reference")))

    def ref_name(self, ref):
        """A displayable name for @ref (short name, name, group wording, or @ref)."""
        return _lib.dec(_lib.cchc_plan_ref_name(self._p, _lib.enc(ref, "reference")))

    # ---- tasks -------------------------------------------------------------

    @property
    def tasks(self):
        """The tasks (nhiệm vụ) in plan order, a live sequence view."""
        return TaskList(self)

    def find_task(self, key):
        """The task with key @key (borrowed), or None."""
        return self._task(_lib.cchc_plan_find_task(self._p, _lib.enc(key, "task key")))

    def find_task_by_id(self, id):
        """The first task whose id as written is @id (borrowed), or None."""
        return self._task(_lib.cchc_plan_find_task_by_id(self._p, _lib.enc(id, "task id")))

    def task_index(self, key):
        """The position of the task with key @key (NotFoundError when absent)."""
        if isinstance(key, Task):
            key = key.key
        return out_value(ctypes.c_size_t, _lib.cchc_plan_task_index, self._p,
                         _lib.enc(key, "task key"))

    def insert_task(self, index, task):
        """Inserts a copy of @task at @index and returns that copy (borrowed).

        The copy gets a key unique in the plan (its id, or id#2 …). RangeError
        for an index outside 0 … len(plan.tasks); NotFoundError when the task
        names a unit the plan does not have.
        """
        if not isinstance(task, Task):
            raise TypeError("insert_task() takes a cchc.Task, not %s" % type(task).__name__)
        index = _lib.index_arg(index, _lib.cchc_plan_task_count(self._p), "insert_task")
        _lib.cchc_plan_insert_task(self._p, index, task._p)
        return self._task(_lib.cchc_plan_task_at(self._p, index))

    def add_task(self, task):
        """Appends a copy of @task and returns that copy (borrowed)."""
        if not isinstance(task, Task):
            raise TypeError("add_task() takes a cchc.Task, not %s" % type(task).__name__)
        _lib.cchc_plan_add_task(self._p, task._p)
        return self._task(_lib.cchc_plan_task_at(self._p,
                                                 _lib.cchc_plan_task_count(self._p) - 1))

    def remove_task(self, key):
        """Removes the task given by key or Task; returns it as a detached Task.

        NotFoundError when absent. A borrowed Task object for it stays usable:
        it becomes the detached copy that is returned (key kept).
        """
        if isinstance(key, Task):
            key = key.key
        p, k = self._p, _lib.enc(key, "task key")
        return self._take_out(Task, self._tasks, _lib.cchc_plan_find_task(p, k),
                              _lib.cchc_task_copy, _lib.cchc_task_free,
                              _lib.cchc_plan_remove_task, p, k)

    def move_task(self, key, index):
        """Moves the task with key @key to @index (counted after its removal)."""
        if isinstance(key, Task):
            key = key.key
        index = _lib.index_arg(index, _lib.cchc_plan_task_count(self._p),
                               "move_task %s" % key)
        _lib.cchc_plan_move_task(self._p, _lib.enc(key, "task key"), index)

    def area_task_count(self, area):
        """The number of tasks in @area (0 for an invalid area)."""
        return int(_lib.cchc_plan_area_task_count(self._p, _lib.int_arg(area, "area")))

    # ---- reporting calendar, progress and reports -------------------------

    @property
    def calendar(self):
        """The plan's reporting calendar, borrowed (edits change the plan).

        An empty Calendar when the plan has none. It keeps the plan alive.
        Assigning a Calendar stores a copy of it (None empties the calendar);
        a Calendar object borrowed before then becomes a detached copy of the
        old calendar, and its Period objects move with it.
        """
        ptr = _lib.cchc_plan_calendar(self._p)
        calendar = self._calendar() if self._calendar is not None else None
        if calendar is None or calendar._ptr != ptr:
            calendar = Calendar._borrow(ptr, self)
            self._calendar = weakref.ref(calendar)
        return calendar

    @calendar.setter
    def calendar(self, calendar):
        if calendar is not None and not isinstance(calendar, Calendar):
            raise TypeError("plan.calendar takes a cchc.Calendar or None, not %s"
                            % type(calendar).__name__)
        p = self._p
        old = self._calendar() if self._calendar is not None else None
        if old is not None and old._owner is self:
            old._detach()  # before C frees the calendar it points into
        self._calendar = None
        _lib.cchc_plan_set_calendar(p, None if calendar is None else calendar._p)

    def progress(self, as_of, due_soon_days=0):
        """The state of every task on @as_of (datetime.date or "YYYY-MM-DD").

        @due_soon_days (0 … 366) makes a task "due soon" when a deadline falls
        within that many days; 0 disables the state. Returns a new Progress
        snapshot. InvalidArgumentError for a bad date or a plan without a
        year; RangeError for @due_soon_days out of range.
        """
        return Progress._own(out_ptr(_lib.cchc_progress_compute, self._p,
                                     _lib.date_arg(as_of, "as-of date"),
                                     _lib.int_arg(due_soon_days, "due-soon days")))

    def report(self, as_of, period=None, due_soon_days=0):
        """The figures of a periodic report, made on @as_of.

        @period is a period of the plan's calendar (its id or a Period), or
        None for a report over the plan year up to @as_of. With a period the
        figures stand at its cut-off, or at @as_of if that is earlier.
        @due_soon_days (0 … 366) marks as "due soon" in ``report.progress``
        the tasks with a deadline that many days after the cut-off.
        NotFoundError for an unknown period; RangeError for @due_soon_days.
        """
        if isinstance(period, Period):
            period = period.id
        return Report._own(out_ptr(_lib.cchc_report_compute_due_soon, self._p,
                                   _lib.enc(period, "period id"),
                                   _lib.date_arg(as_of, "as-of date"),
                                   _lib.int_arg(due_soon_days, "due-soon days")), self)

    def icalendar(self, unit=None, stamp=None):
        """The plan's deadlines as an iCalendar (RFC 5545) document (str, CRLF lines).

        One VTODO per dated occurrence of each task milestone and per report
        deadline of the calendar, with stable UIDs. @unit (a unit id, group
        token or Unit) keeps only the tasks it leads or coordinates, and the
        report deadlines; @stamp (date or ISO text) is every entry's DTSTAMP,
        the current time when None. NotFoundError for an unknown unit.
        """
        if isinstance(unit, Unit):
            unit = unit.id
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        _lib.cchc_plan_write_icalendar(ctypes.byref(out), ctypes.byref(size), self._p,
                                       _lib.enc(unit, "unit reference"),
                                       _lib.date_arg(stamp, "stamp"))
        return _lib.take_string(out, size.value)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Plan (no C object)>"
        return "<cchc.Plan %d %r: %d units, %d tasks>" % (
            self.year, self.title[:50], len(self.units), len(self.tasks))
