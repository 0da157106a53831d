"""Tasks (nhiệm vụ): the rows of a plan's appendix."""

import datetime
from collections import namedtuple

from . import _lib
from ._access import c_property, objects, out_ptr, position, replace_all, texts
from ._handle import Handle, text_property
from .enums import Area, Role, Status, coerce
from .schedule import Schedule

__all__ = ["Task", "Evidence"]

#: An evidence reference (tài liệu kiểm chứng); a snapshot, not a live view.
Evidence = namedtuple("Evidence", "number date title link")
Evidence.__new__.__defaults__ = ("", "", "")


def _role_value(role):
    return _lib.int_arg(Role.from_token(role), "task role")


def _status_value(status):
    return _lib.int_arg(Status.from_token(status), "task status")


def _date_text(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _evidence_list(p, count, at):
    """The evidence references of a task or a scorecard entry, as a new list of Evidence."""
    return objects(p, count, at, Evidence, ((_lib.cchc_evidence_number, _lib.dec),
                                            (_lib.cchc_evidence_date, _lib.dec),
                                            (_lib.cchc_evidence_title, _lib.dec),
                                            (_lib.cchc_evidence_link, _lib.dec)))


def _role_list(role, read, add, remove, doc):
    """A property over the references or mentions of a task in @role; assigning replaces them."""

    def fget(self):
        return read(self, role)

    def fset(self, items):
        self._replace(role, items, read, add, remove)

    return property(fget, fset, doc=doc)


class Task(Handle):
    """A task: ``Task("1.1", Area.DIRECTION, "Xây dựng KH CCHC năm 2023")``.

    A task made here belongs to Python; ``plan.add_task(task)`` stores a copy
    in the plan and returns that copy (borrowed from the plan). Keyword
    arguments set the other fields: group, product, when, status, progress,
    completed, notes, lead, coordinating, lead_mentions,
    coordinating_mentions, evidence.
    """

    __slots__ = ()
    _what = "task"

    def __init__(self, id, area, title="", **fields):
        self._ptr = None
        self._owner = None
        self._ptr = out_ptr(_lib.cchc_task_new, _lib.enc(id, "task id"),
                            _lib.int_arg(area, "task area"), _lib.enc(title, "task title"))
        for name, value in fields.items():
            if name not in _FIELDS:
                raise TypeError("Task() got an unexpected keyword argument %r" % name)
            setattr(self, name, value)

    def __del__(self, _free=_lib.cchc_task_free):
        # Module globals may already be None at interpreter shutdown: the
        # free function is bound as a default argument instead.
        self._release(_free)

    def copy(self):
        """A detached deep copy owned by Python (the key is kept)."""
        return Task._own(out_ptr(_lib.cchc_task_copy, self._p))

    # ---- text fields -----------------------------------------------------

    key = text_property(_lib.cchc_task_key, None,
                        "task key (unique in its plan; \"\" for a task never in a plan)")
    id = text_property(_lib.cchc_task_id, _lib.cchc_task_set_id,
                       "task id (as written, \"1.10\"; not necessarily unique)")
    group = text_property(_lib.cchc_task_group, _lib.cchc_task_set_group,
                          "task group (the heading, Nhiệm vụ chung)")
    title = text_property(_lib.cchc_task_title, _lib.cchc_task_set_title,
                          "task title (Nhiệm vụ cụ thể)")
    product = text_property(_lib.cchc_task_product, _lib.cchc_task_set_product,
                            "task product (Sản phẩm/Kết quả)")
    when = text_property(_lib.cchc_task_when, _lib.cchc_task_set_when,
                         "task when (Thời gian thực hiện, exactly as written)")
    notes = text_property(_lib.cchc_task_notes, _lib.cchc_task_set_notes,
                          "task notes (Ghi chú; paragraphs separated by \\n)")

    # ---- typed fields ----------------------------------------------------

    area = c_property(_lib.cchc_task_area, lambda value: coerce(Area, value),
                      "The Area (lĩnh vực); setting 0 or 8 raises RangeError (CCHC_ERANGE).",
                      _lib.cchc_task_set_area, lambda area: _lib.int_arg(area, "task area"))
    status = c_property(_lib.cchc_task_status, lambda value: coerce(Status, value),
                        "The Status; set with a Status, an int or its name (\"done\").",
                        _lib.cchc_task_set_status, _status_value)
    status_name = c_property(
        _lib.cchc_task_status, lambda value: _lib.dec(_lib.cchc_status_name(value)),
        "The status as written in files (\"not_started\", \"in_progress\", …).")
    progress = c_property(_lib.cchc_task_progress, float,
                          "Progress in percent, 0 … 100 (float).",
                          _lib.cchc_task_set_progress, float)
    completed = c_property(
        _lib.cchc_task_completed, _lib.dec,
        "Completion date \"YYYY-MM-DD\" (\"\" when unset); set with str, date or None.",
        _lib.cchc_task_set_completed,
        lambda date: _lib.enc(_date_text(date), "completion date"))

    def schedule(self, year=0):
        """The parsed time expression (``when``) as a new Schedule snapshot.

        @year is the plan year to read it in; 0 (or None) takes the year of
        the plan holding the task — InvalidArgumentError when the task is in
        no plan or its plan has no year. RangeError outside 1900 … 9999.
        """
        return Schedule._own(out_ptr(_lib.cchc_task_schedule, self._p,
                                     0 if year is None else _lib.int_arg(year, "plan year")))

    # ---- units and mentions ----------------------------------------------

    def units(self, role):
        """The references (unit ids or group tokens) in @role, as a new list."""
        return texts(self._p, _lib.cchc_task_unit_count, _lib.cchc_task_unit_at,
                     _role_value(role))

    def has_unit(self, role, ref):
        return bool(_lib.cchc_task_has_unit(self._p, _role_value(role),
                                            _lib.enc(ref, "unit reference")))

    def add_unit(self, role, ref):
        """Appends reference @ref to @role (Role.LEAD / "lead", …).

        ExistsError when already there; NotFoundError when the task is in a
        plan that has no such unit.
        """
        _lib.cchc_task_add_unit(self._p, _role_value(role), _lib.enc(ref, "unit reference"))

    def remove_unit(self, role, ref):
        """Removes a reference given by its text or its index in @role."""
        role = _role_value(role)
        index = self._index_of(self.units(role), ref, "unit reference")
        _lib.cchc_task_remove_unit(self._p, role, index)

    def mentions(self, role):
        """The free-text mentions in @role, verbatim, as a new list."""
        return texts(self._p, _lib.cchc_task_mention_count, _lib.cchc_task_mention_at,
                     _role_value(role))

    def add_mention(self, role, text):
        _lib.cchc_task_add_mention(self._p, _role_value(role), _lib.enc(text, "mention"))

    def remove_mention(self, role, mention):
        """Removes a mention given by its text or its index in @role."""
        role = _role_value(role)
        index = self._index_of(self.mentions(role), mention, "mention")
        _lib.cchc_task_remove_mention(self._p, role, index)

    def _index_of(self, items, item, what):
        label = self._label()
        return position(item, items, len(items), "task %s: %s" % (label, what),
                        "task %s has no %s" % (label, what))

    def _replace(self, role, new, current, add, remove):
        new = list(new)
        old = current(self, role)
        p = self._p

        def clear():
            for i in reversed(range(len(current(self, role)))):
                remove(p, role, i)

        replace_all(old, new, clear, lambda item: add(p, role, _lib.enc(item)))

    def _label(self):
        return self.key or self.id or "(new task)"

    lead = _role_list(Role.LEAD, units, _lib.cchc_task_add_unit, _lib.cchc_task_remove_unit,
                      "Lead units (chủ trì): references, a new list. Assigning replaces them.")
    coordinating = _role_list(
        Role.COORDINATING, units, _lib.cchc_task_add_unit, _lib.cchc_task_remove_unit,
        "Coordinating units (phối hợp): references, a new list. Assigning replaces them.")
    lead_mentions = _role_list(Role.LEAD, mentions, _lib.cchc_task_add_mention,
                               _lib.cchc_task_remove_mention,
                               "Free-text lead mentions, verbatim. Assigning replaces them.")
    coordinating_mentions = _role_list(
        Role.COORDINATING, mentions, _lib.cchc_task_add_mention, _lib.cchc_task_remove_mention,
        "Free-text coordinating mentions, verbatim. Assigning replaces them.")

    # ---- evidence --------------------------------------------------------

    @property
    def evidence(self):
        """Evidence references as a new list of Evidence namedtuples.

        Assigning a list of Evidence (or 4-tuples, or dicts) replaces them.
        """
        return _evidence_list(self._p, _lib.cchc_task_evidence_count,
                              _lib.cchc_task_evidence_at)

    @evidence.setter
    def evidence(self, items):
        new = [self._evidence_tuple(e) for e in items]
        replace_all(self.evidence, new, self._clear_evidence, lambda e: self.add_evidence(*e))

    @staticmethod
    def _evidence_tuple(e):
        if isinstance(e, dict):
            return Evidence(**e)
        return Evidence(*e)

    def _clear_evidence(self):
        p = self._p
        for i in reversed(range(_lib.cchc_task_evidence_count(p))):
            _lib.cchc_task_remove_evidence(p, i)

    def add_evidence(self, number=None, date=None, title=None, link=None):
        """Adds a reference; needs a number or a title; date "YYYY-MM-DD"."""
        _lib.cchc_task_add_evidence(self._p, _lib.enc(number or None, "evidence number"),
                                    _lib.enc(_date_text(date) or None, "evidence date"),
                                    _lib.enc(title or None, "evidence title"),
                                    _lib.enc(link or None, "evidence link"))

    def remove_evidence(self, index):
        p = self._p
        index = _lib.index_arg(index, _lib.cchc_task_evidence_count(p),
                               "task %s: evidence" % self._label())
        _lib.cchc_task_remove_evidence(p, index)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Task (no C object)>"
        state = "in a plan" if self._owner is not None else "detached"
        return "<cchc.Task %s area %d %r, %s>" % (self.key or self.id or "''",
                                                  int(self.area), self.title[:40], state)


_FIELDS = {"group", "product", "when", "status", "progress", "completed", "notes",
           "lead", "coordinating", "lead_mentions", "coordinating_mentions", "evidence"}
