"""Exceptions raised for libcchc status codes.

Every fallible C function returns ``CCHC_OK`` (0) or a negative ``CCHC_E…``
code; the binding turns a negative code into an instance of ``CchcError`` (or
of the subclass for that code), carrying

- ``code``: the negative status code (``-8``),
- ``name``: its C name from ``cchc_error_name()`` (``"CCHC_EFORMAT"``),
- ``message``: the detail from ``cchc_last_error_message()``, which names the
  file, line, column, JSON path or task concerned,
- ``diagnostics``: for loads and appendix imports, the ``Diagnostics``
  collected before the failure (an empty list for other errors).

Subclasses also derive from the matching built-in exception where one fits
(``NotFoundError`` is a ``LookupError``, ``RangeError`` a ``ValueError`` …),
so ordinary ``except ValueError`` code keeps working.
"""

__all__ = [
    "CchcError", "InvalidArgumentError", "OutOfMemoryError", "NotFoundError",
    "ExistsError", "RangeError", "CchcIOError", "ParseError", "FormatError",
    "EncodingError", "VersionError", "AmbiguousError", "InUseError", "LimitError",
    "error_for",
]


class CchcError(Exception):
    """A libcchc function failed. Base of every error the binding raises
    for a status code."""

    def __init__(self, code, message="", name=None, diagnostics=None):
        if name is None:
            from . import _lib  # late import: _lib imports this module
            name = _lib.dec(_lib.cchc_error_name(code))
        self.code = int(code)
        self.name = name
        self.message = message
        self.diagnostics = list(diagnostics or [])
        super().__init__(code, message)

    @property
    def strerror(self):
        """The short static description of the code ("not found")."""
        from . import _lib
        return _lib.dec(_lib.cchc_strerror(self.code))

    def __str__(self):
        text = self.message or self.strerror
        return "%s [%s]" % (text, self.name)

    def __repr__(self):
        return "%s(%d, %r, %r)" % (type(self).__name__, self.code, self.message, self.name)


class InvalidArgumentError(CchcError, ValueError):
    """CCHC_EINVAL: an argument is NULL, not UTF-8, or not allowed."""


class OutOfMemoryError(CchcError, MemoryError):
    """CCHC_ENOMEM."""


class NotFoundError(CchcError, LookupError):
    """CCHC_ENOTFOUND: the named unit, task or file does not exist."""


class ExistsError(CchcError):
    """CCHC_EEXISTS: an object with that id already exists."""


class RangeError(CchcError, ValueError):
    """CCHC_ERANGE: a number or index is out of its range."""


class CchcIOError(CchcError):
    """CCHC_EIO: a file could not be read or written."""


class ParseError(CchcError, ValueError):
    """CCHC_EPARSE: input is not well-formed (JSON syntax, …)."""


class FormatError(CchcError, ValueError):
    """CCHC_EFORMAT: well-formed input with wrong content."""


class EncodingError(CchcError, ValueError):
    """CCHC_EENCODING: text is not valid UTF-8."""


class VersionError(CchcError):
    """CCHC_EVERSION: a file format version this library cannot read."""


class AmbiguousError(CchcError, LookupError):
    """CCHC_EAMBIGUOUS: a name matches more than one unit."""


class InUseError(CchcError):
    """CCHC_EINUSE: the object is still referenced (a unit by a task)."""


class LimitError(CchcError, ValueError):
    """CCHC_ELIMIT: input passes a ceiling (size, nesting, length or count)."""


_BY_CODE = {
    -1: InvalidArgumentError,
    -2: OutOfMemoryError,
    -3: NotFoundError,
    -4: ExistsError,
    -5: RangeError,
    -6: CchcIOError,
    -7: ParseError,
    -8: FormatError,
    -9: EncodingError,
    -10: VersionError,
    -11: AmbiguousError,
    -12: InUseError,
    -13: LimitError,
}


def error_for(code, message="", name=None, diagnostics=None):
    """The exception for status @code; unknown codes give a plain CchcError."""
    cls = _BY_CODE.get(code, CchcError)
    return cls(code, message, name, diagnostics)
