"""The yearly CCHC plan (kế hoạch CCHC năm)."""

import ctypes
import datetime
import operator
import os
import weakref
from collections.abc import Sequence

from . import _lib
from ._handle import text_property
from .diagnostics import DiagnosticList
from .errors import CchcError
from .task import Task
from .unit import Unit

__all__ = ["Plan", "TaskList", "UnitList"]


def _path(path, what="path"):
    data = os.fsencode(path)
    if b"\0" in data:
        raise _lib._errors.error_for(_lib.EINVAL, "%s: contains a NUL character" % what,
                                     "CCHC_EINVAL")
    return data


def _plan_text(field, doc):
    return text_property(getattr(_lib, "cchc_plan_" + field),
                         getattr(_lib, "cchc_plan_set_" + field), doc)


class _View(Sequence):
    """A live sequence view of a plan's units or tasks (len, index, iteration)."""

    __slots__ = ("_plan",)
    _count = _at = None

    def __init__(self, plan):
        self._plan = plan

    def __len__(self):
        return int(type(self)._count(self._plan._p))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = operator.index(index)
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("%s index out of range" % type(self).__name__)
        return self._wrap(type(self)._at(self._plan._p, index))

    def __iter__(self):
        i = 0
        while True:
            ptr = type(self)._at(self._plan._p, i)
            if not ptr:
                return
            yield self._wrap(ptr)
            i += 1

    def __repr__(self):
        return "<cchc.%s of %d>" % (type(self).__name__, len(self))


class TaskList(_View):
    """``plan.tasks``: the plan's tasks in order, borrowed from the plan."""

    __slots__ = ()
    _count = staticmethod(_lib.cchc_plan_task_count)
    _at = staticmethod(_lib.cchc_plan_task_at)

    def _wrap(self, ptr):
        return self._plan._task(ptr)

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

    def _wrap(self, ptr):
        return self._plan._unit(ptr)

    def ids(self):
        """Every unit id, in registry order."""
        return [u.id for u in self]


class Plan:
    """A CCHC plan: header facts, section texts, a unit registry and tasks.

    ``Plan()`` is empty; ``Plan.load(path)`` and ``Plan.loads(text)`` read the
    JSON format. A Plan owns its C object and frees it when the last Python
    reference to it — including every task and unit borrowed from it — is
    gone.
    """

    __slots__ = ("_ptr", "warnings", "_tasks", "_units", "__weakref__")

    def __init__(self):
        self._ptr = None
        self._ptr = _lib.cchc_plan_new()
        #: Diagnostics (warnings) reported when the plan was loaded.
        self.warnings = []
        self._tasks = weakref.WeakValueDictionary()  # C pointer → borrowed Task
        self._units = weakref.WeakValueDictionary()  # C pointer → borrowed Unit

    @classmethod
    def _adopt(cls, ptr, warnings):
        plan = cls.__new__(cls)
        plan._ptr = ptr
        plan.warnings = warnings
        plan._tasks = weakref.WeakValueDictionary()
        plan._units = weakref.WeakValueDictionary()
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
    def load(cls, path):
        """Reads a plan file; warnings (unknown keys …) go to ``.warnings``.

        Raises CchcIOError, EncodingError, ParseError, VersionError or
        FormatError; the message names the file, line, column and JSON path,
        and ``error.diagnostics`` holds every diagnostic of the load.
        """
        with DiagnosticList() as diags:
            out = ctypes.c_void_p()
            try:
                _lib.cchc_plan_load_file(ctypes.byref(out), _path(path), diags.ptr)
            except CchcError as error:
                error.diagnostics = diags.snapshot()
                raise
            return cls._adopt(out.value, diags.snapshot())

    @classmethod
    def loads(cls, data, name=None):
        """Reads a plan from str or bytes; @name stands for the file in messages."""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        else:
            data = bytes(data)
        with DiagnosticList() as diags:
            out = ctypes.c_void_p()
            try:
                _lib.cchc_plan_load_data(ctypes.byref(out), data, len(data),
                                         _lib.enc(name, "source name"), diags.ptr)
            except CchcError as error:
                error.diagnostics = diags.snapshot()
                raise
            return cls._adopt(out.value, diags.snapshot())

    def save(self, path):
        """Writes the plan to @path atomically (CchcIOError on failure)."""
        _lib.cchc_plan_save_file(self._p, _path(path))

    def dumps(self):
        """The plan as JSON text (str), exactly the bytes save() writes."""
        return self.dumpb().decode("utf-8")

    def dumpb(self):
        """The plan as UTF-8 JSON bytes."""
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        _lib.cchc_plan_save_data(ctypes.byref(out), ctypes.byref(size), self._p)
        address = out.value
        try:
            return ctypes.string_at(address, size.value)
        finally:
            _lib.cchc_free(address)

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

    @property
    def year(self):
        """The plan year (Năm kế hoạch), 0 when unset; 1900 … 9999."""
        return int(_lib.cchc_plan_year(self._p))

    @year.setter
    def year(self, year):
        _lib.cchc_plan_set_year(self._p, 0 if year is None else _lib.int_arg(year, "plan year"))

    def area_text(self, area):
        """The section II text of @area; "" when unset or @area is not 1 … 7."""
        return _lib.dec(_lib.cchc_plan_area_text(self._p, _lib.int_arg(area, "area")))

    def set_area_text(self, area, text):
        """Replaces the section II text of @area (RangeError outside 1 … 7)."""
        _lib.cchc_plan_set_area_text(self._p, _lib.int_arg(area, "area"), _lib.enc(text, "area text"))

    # ---- borrowed wrappers -------------------------------------------------

    def _task(self, ptr):
        if not ptr:
            return None
        task = self._tasks.get(ptr)
        if task is None:
            task = Task._borrow(ptr, self)
            self._tasks[ptr] = task
        return task

    def _unit(self, ptr):
        if not ptr:
            return None
        unit = self._units.get(ptr)
        if unit is None:
            unit = Unit._borrow(ptr, self)
            self._units[ptr] = unit
        return unit

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
        ptr = _lib.cchc_plan_find_unit(p, key)
        out = ctypes.c_void_p()
        if ptr:
            _lib.cchc_unit_copy(ctypes.byref(out), ptr)
        try:
            _lib.cchc_plan_remove_unit(p, key)
        except BaseException:
            _lib.cchc_unit_free(out.value)
            raise
        wrapper = self._units.pop(ptr, None)
        if wrapper is None:
            return Unit._own(out.value)
        wrapper._detach_to(out.value)
        return wrapper

    def resolve_unit(self, name):
        """The reference (unit id or group token) for a name as written.

        "Văn phòng Sở" → "van-phong"; "Các phòng, đơn vị thuộc Sở" →
        "@internal". Case, decomposed accents, dash variants, doubled spaces
        and a final full stop do not matter. NotFoundError when nothing
        matches, AmbiguousError when several units do.
        """
        out = ctypes.c_void_p()
        _lib.cchc_plan_resolve_unit(ctypes.byref(out), self._p, _lib.enc(name, "unit name"))
        # Borrowed (a unit id in the plan or a static token): read, never free.
        return ctypes.string_at(out.value).decode("utf-8")

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
        index = ctypes.c_size_t()
        _lib.cchc_plan_task_index(ctypes.byref(index), self._p, _lib.enc(key, "task key"))
        return index.value

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
        ptr = _lib.cchc_plan_find_task(p, k)
        out = ctypes.c_void_p()
        if ptr:
            _lib.cchc_task_copy(ctypes.byref(out), ptr)
        try:
            _lib.cchc_plan_remove_task(p, k)
        except BaseException:
            _lib.cchc_task_free(out.value)
            raise
        wrapper = self._tasks.pop(ptr, None)
        if wrapper is None:
            return Task._own(out.value)
        wrapper._detach_to(out.value)
        return wrapper

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

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Plan (no C object)>"
        return "<cchc.Plan %d %r: %d units, %d tasks>" % (
            self.year, self.title[:50], len(self.units), len(self.tasks))
