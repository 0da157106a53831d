"""Ceilings on what the loaders and parsers accept (include/cchc/limits.h).

``Plan.load``, ``Plan.loads``, ``Plan.import_appendix`` and ``Schedule.parse``
apply the library's defaults (64 MiB of input, nesting 512 deep, strings of
1 MiB, 100 000 tasks, 10 000 units, 1 000 000 table rows). Pass
``limits=Limits(...)`` to accept more or less; input past a ceiling raises
``LimitError``, whose message names the limit (and, in JSON, the path)::

    limits = cchc.Limits(tasks=200, input_bytes=1 << 20)
    plan = cchc.Plan.load("plan.json", limits=limits)
"""

import ctypes
import operator

from . import _lib
from ._handle import Handle

__all__ = ["Limits"]

#: Names of the limits, in the order of enum cchc_limit (1 …).
NAMES = ("input_bytes", "depth", "string_bytes", "tasks", "units", "rows")


_SIZE_MAX = 2 ** (8 * ctypes.sizeof(ctypes.c_size_t)) - 1


def _size(value, name):
    """A ceiling as a size_t; ctypes would wrap a negative one round."""
    if isinstance(value, bool):
        raise TypeError("limit %s must be an int, not bool" % name)
    value = operator.index(value)
    if not 0 <= value <= _SIZE_MAX:
        raise _lib._errors.error_for(
            _lib.ERANGE, "limit %s %d is negative or too large" % (name, value), "CCHC_ERANGE")
    return value


def _number(name):
    if name not in NAMES:
        raise _lib._errors.error_for(
            _lib.EINVAL, "%r is not a limit (%s)" % (name, ", ".join(NAMES)), "CCHC_EINVAL")
    return NAMES.index(name) + 1


class Limits(Handle):
    """A set of ceilings, each at its default unless given: ``Limits(tasks=500)``.

    ``limits["tasks"]`` reads one, ``limits["tasks"] = 50`` sets one (1 …
    ``Limits.max("tasks")``, else RangeError). One object may serve loads on
    any number of threads, as long as none changes it meanwhile.
    """

    __slots__ = ()
    _what = "limits"

    def __init__(self, **values):
        self._ptr = _lib.cchc_limits_new()
        self._owner = None
        for name, value in values.items():
            self[name] = value

    def __del__(self, _free=_lib.cchc_limits_free):
        self._release(_free)

    def __getitem__(self, name):
        return int(_lib.cchc_limits_value(self._p, _number(name)))

    def __setitem__(self, name, value):
        _lib.cchc_limits_set(self._p, _number(name), _size(value, name))

    def as_dict(self):
        """Every limit by name."""
        return {name: self[name] for name in NAMES}

    @staticmethod
    def default(name):
        """The default ceiling of limit @name."""
        return int(_lib.cchc_limit_default(_number(name)))

    @staticmethod
    def max(name):
        """The highest ceiling limit @name can be given."""
        return int(_lib.cchc_limit_max(_number(name)))

    def __repr__(self):
        return "Limits(%s)" % ", ".join("%s=%d" % kv for kv in self.as_dict().items())


def pointer(limits):
    """The C pointer of @limits (None: the defaults) for a `_with_limits` call."""
    if limits is None:
        return None
    if not isinstance(limits, Limits):
        raise TypeError("limits takes a cchc.Limits, not %s" % type(limits).__name__)
    return limits._p
