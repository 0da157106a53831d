"""Diagnostics: located problems reported while loading.

The C library fills a ``cchc_diagnostics`` list; the binding copies every entry
into an immutable ``Diagnostic`` and frees the list at once, so Python code
never holds a C diagnostic pointer.
"""

import ctypes
from dataclasses import dataclass

from . import _lib
from .enums import Severity, coerce

__all__ = ["Diagnostic"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem: what (``code``), how bad (``severity``) and where."""

    severity: Severity
    code: str          #: stable code, e.g. "json.unknown-key"
    message: str       #: English message
    message_vi: str    #: Vietnamese message, else the English one
    file: str          #: source file or name given to the loader
    line: int          #: 1-based line, 0 when unknown
    column: int        #: 1-based column in characters, 0 when unknown
    path: str          #: JSON path, e.g. "$.tasks[3].area"
    task_key: str
    task_id: str
    field: str
    text: str          #: one line as cchc_diagnostic_format() writes it

    def __str__(self):
        return self.text

    @property
    def is_error(self):
        return self.severity == Severity.ERROR

    @property
    def is_warning(self):
        return self.severity == Severity.WARNING


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


class DiagnosticList:
    """A C diagnostics list owned for the length of a ``with`` block."""

    def __enter__(self):
        self.ptr = _lib.cchc_diagnostics_new()
        return self

    def __exit__(self, *exc):
        _lib.cchc_diagnostics_free(self.ptr)
        self.ptr = None
        return False

    def snapshot(self):
        """Copies every entry into Diagnostic objects."""
        count = _lib.cchc_diagnostics_count(self.ptr)
        return [_read_one(_lib.cchc_diagnostics_at(self.ptr, i)) for i in range(count)]
