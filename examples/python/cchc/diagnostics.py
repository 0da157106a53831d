"""Diagnostics: located problems reported while loading, importing or validating.

The C library appends findings to a ``cchc_diagnostics`` list. The binding
wraps that list in a ``Diagnostics`` object, which Python owns (it frees the
list in ``__del__``) and which reads as an immutable sequence of
``Diagnostic`` — frozen copies of the entries, made the first time the
sequence is used. Python code never holds a pointer to one C entry.

Because the C list itself is kept, ``Diagnostics.to_text()`` and
``to_json()`` are written by C (``cchc_diagnostics_write``), with every field
of every entry; ``write_diagnostics()`` does the same to a file or stream.
"""

import ctypes
import os
from collections.abc import Sequence
from dataclasses import dataclass

from . import _lib
from ._access import NO_PLAN, counted, out_bytes
from ._handle import Handle
from .enums import OutputFormat, Severity, coerce
from .errors import CchcError

__all__ = ["Diagnostic", "Diagnostics", "write_diagnostics"]

#: enum cchc_output_flags: CCHC_OUTPUT_VIETNAMESE.
_OUTPUT_VIETNAMESE = 2


@dataclass(frozen=True)
class Diagnostic:
    """One problem: what (``code``), how bad (``severity``) and where."""

    severity: Severity
    code: str          #: stable code, e.g. "json.unknown-key", "task.duplicate-id"
    message: str       #: English message
    message_vi: str    #: Vietnamese message, else the English one
    file: str          #: source file or name given to the loader / importer
    line: int          #: 1-based line, 0 when unknown
    column: int        #: 1-based column in characters, 0 when unknown
    path: str          #: JSON path, e.g. "$.tasks[3].area"
    task_key: str      #: key of the task concerned ("2.10#2"), "" when none
    task_id: str       #: id as written of the task concerned ("2.10"), "" when none
    field: str         #: field concerned ("when", "lead" …), "" when none
    text: str          #: one line as cchc_diagnostic_format() writes it

    def __str__(self):
        return self.text

    @property
    def is_error(self):
        return self.severity == Severity.ERROR

    @property
    def is_warning(self):
        return self.severity == Severity.WARNING

    @property
    def is_info(self):
        return self.severity == Severity.INFO


def _read_one(ptr):
    out = ctypes.c_void_p()
    _lib.cchc_diagnostic_format(ctypes.byref(out), ptr)
    return Diagnostic(
        severity=coerce(Severity, _lib.cchc_diagnostic_severity(ptr)),
        code=_lib.dec_message(_lib.cchc_diagnostic_code(ptr)),
        message=_lib.dec_message(_lib.cchc_diagnostic_message(ptr)),
        message_vi=_lib.dec_message(_lib.cchc_diagnostic_message_vi(ptr)),
        file=_lib.dec_message(_lib.cchc_diagnostic_file(ptr)),
        line=int(_lib.cchc_diagnostic_line(ptr)),
        column=int(_lib.cchc_diagnostic_column(ptr)),
        path=_lib.dec_message(_lib.cchc_diagnostic_path(ptr)),
        task_key=_lib.dec_message(_lib.cchc_diagnostic_task_key(ptr)),
        task_id=_lib.dec_message(_lib.cchc_diagnostic_task_id(ptr)),
        field=_lib.dec_message(_lib.cchc_diagnostic_field(ptr)),
        text=_lib.take_string(out, errors="replace"),
    )


def _format_value(format):
    fmt = OutputFormat.from_token(format)
    return _lib.int_arg(fmt, "output format")


class Diagnostics(Handle, Sequence):
    """A list of diagnostics: a C ``cchc_diagnostics`` owned by Python.

    Read it as a sequence of ``Diagnostic`` (``len``, indexing, slicing,
    iteration; it compares equal to a list of the same Diagnostic values).
    ``Diagnostics()`` is an empty list to which ``add()`` appends the
    caller's own findings.
    """

    __slots__ = ("_items",)
    _what = "diagnostics list"

    def __init__(self):
        self._ptr = None
        self._owner = None
        self._items = None
        self._ptr = _lib.cchc_diagnostics_new()

    def __del__(self, _free=_lib.cchc_diagnostics_free):
        self._release(_free)

    plan = NO_PLAN  # a diagnostics list belongs to no plan

    def _refresh(self):
        """Forgets the copies: call after C appended entries."""
        self._items = None
        return self

    @property
    def _list(self):
        items = self._items
        if items is None:
            items = [_read_one(ptr) for ptr in counted(self._p, _lib.cchc_diagnostics_count,
                                                       _lib.cchc_diagnostics_at)]
            self._items = items
        return items

    # ---- the sequence -----------------------------------------------------

    def __len__(self):
        return int(_lib.cchc_diagnostics_count(self._p))

    def __getitem__(self, index):
        return self._list[index]

    def __iter__(self):
        return iter(self._list)

    def __eq__(self, other):
        if isinstance(other, (Diagnostics, list, tuple)):
            return self._list == list(other)
        return NotImplemented

    __hash__ = None

    def __bool__(self):
        return len(self) > 0

    # ---- by severity and code ---------------------------------------------

    def count_severity(self, severity):
        """The number of entries of @severity (a Severity, its int or its name)."""
        value = _lib.int_arg(Severity.from_token(severity), "severity")
        return int(_lib.cchc_diagnostics_count_severity(self._p, value))

    @property
    def errors(self):
        """The entries of severity error (a new list)."""
        return [d for d in self._list if d.severity == Severity.ERROR]

    @property
    def warnings(self):
        """The entries of severity warning (a new list)."""
        return [d for d in self._list if d.severity == Severity.WARNING]

    @property
    def notes(self):
        """The entries of severity info (a new list)."""
        return [d for d in self._list if d.severity == Severity.INFO]

    @property
    def has_errors(self):
        """True when an entry has severity error (what makes ``cchc validate`` exit 1)."""
        return self.count_severity(Severity.ERROR) > 0

    def codes(self):
        """Every entry's code, in order (a new list, repeats kept)."""
        return [d.code for d in self._list]

    def with_code(self, code):
        """The entries with code @code (a new list)."""
        return [d for d in self._list if d.code == code]

    # ---- changing the list ---------------------------------------------------

    def add(self, severity, code, message):
        """Appends an entry without location (cchc_diagnostics_add) and returns it.

        @severity is a Severity, its int or its name; @code is ASCII letters,
        digits, ".", "-" and "_" ("mycheck.missing-owner"); @message is the
        English text. InvalidArgumentError for anything else.
        """
        value = _lib.int_arg(Severity.from_token(severity), "severity")
        _lib.cchc_diagnostics_add(self._p, value, _lib.enc(code, "diagnostic code"),
                                  _lib.enc(message, "diagnostic message"))
        self._items = None
        return self._list[-1]

    def clear(self):
        """Removes every entry."""
        _lib.cchc_diagnostics_clear(self._p)
        self._items = None

    # ---- writing -------------------------------------------------------------

    def writeb(self, format="text", vietnamese=False):
        """The list as a UTF-8 document (bytes), written by cchc_diagnostics_write().

        @format "text" (one line per entry, then the count by severity) or
        "json" ("format": "cchc-diagnostics", every field of every entry);
        another OutputFormat raises InvalidArgumentError. @vietnamese puts the
        Vietnamese messages in the text (the JSON always holds both).
        """
        return out_bytes(_lib.cchc_diagnostics_write, self._p, _format_value(format),
                         _OUTPUT_VIETNAMESE if vietnamese else 0)

    def write(self, format="text", vietnamese=False):
        """As writeb(), as str."""
        return self.writeb(format, vietnamese).decode("utf-8", "replace")

    def to_text(self, vietnamese=False):
        """One line per entry ("file:line:col: …: warning: … [code]"), then the counts."""
        return self.write(OutputFormat.TEXT, vietnamese)

    def to_json(self):
        """The JSON document {"format": "cchc-diagnostics", "version": 1, …} as str."""
        return self.write(OutputFormat.JSON)

    def __str__(self):
        return self.to_text()

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Diagnostics (no C object)>"
        p = self._p
        return "<cchc.Diagnostics: %d errors, %d warnings, %d notes>" % tuple(
            _lib.cchc_diagnostics_count_severity(p, s) for s in Severity)


def _target(into):
    """@into, or a new Diagnostics when None (TypeError for anything else)."""
    if into is None:
        return Diagnostics()
    if not isinstance(into, Diagnostics):
        raise TypeError("into takes a cchc.Diagnostics, not %s" % type(into).__name__)
    return into


def _collect(into, function, *args):
    """Calls function(*args, diags) with @into (or a new Diagnostics); returns the list."""
    diags = _target(into)
    try:
        function(*args, diags._p)
    finally:
        diags._refresh()
    return diags


def _make(function, *args, into=None):
    """Calls function(T **out, *args, diags); returns (the pointer made, the Diagnostics).

    The Diagnostics is @into, or a new one; on failure the error carries it.
    """
    diags = _target(into)
    out = ctypes.c_void_p()
    try:
        function(ctypes.byref(out), *args, diags._p)
    except CchcError as error:
        error.diagnostics = diags._refresh()
        raise
    return out.value, diags._refresh()


def write_diagnostics(diagnostics, file=None, format="text", vietnamese=False):
    """Writes diagnostics as text or JSON; returns the document (str).

    @diagnostics is a Diagnostics (``plan.validate()``, ``plan.diagnostics``
    …), or a CchcError, whose ``diagnostics`` are written. @file is None
    (only return the text), a path (the file is replaced, UTF-8) or an open
    text stream (``sys.stdout``). @format is "text" or "json"; @vietnamese
    writes the Vietnamese messages in text.
    """
    if isinstance(diagnostics, CchcError):
        diagnostics = diagnostics.diagnostics
    if not isinstance(diagnostics, Diagnostics):
        if isinstance(diagnostics, (list, tuple)) and not diagnostics:
            diagnostics = Diagnostics()
        else:
            raise TypeError("write_diagnostics() takes a cchc.Diagnostics (from "
                            "plan.validate(), Plan.import_appendix() …) or a CchcError, "
                            "not %s" % type(diagnostics).__name__)
    data = diagnostics.writeb(format, vietnamese)
    text = data.decode("utf-8", "replace")
    if file is None:
        return text
    if hasattr(file, "write"):
        file.write(text)
    else:
        with open(os.fspath(file), "wb") as f:
            f.write(data)
    return text
