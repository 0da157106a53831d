"""The C calling patterns the wrapper modules share (private to the package).

- out-parameters: ``out_ptr`` (``T **out``), ``out_bytes`` (``char **out,
  size_t *size``, freed with cchc_free), ``out_string``, ``out_value`` and
  ``found_index`` (a ``size_t *index`` that may be NotFoundError);
- counted C arrays: ``counted``, ``texts``, ``records``, ``objects``;
- properties over a C getter (and setter) and a conversion: ``c_property``,
  ``texts_property``, ``records_property``, ``owner_property``;
- ``LiveView``: a live sequence over a counted array of borrowed objects;
- ``Documents``: write / writeb / to_text / to_md / to_csv / to_json over one
  C writer;
- ``path_arg``, ``position``, ``replace_all``.
"""

import ctypes
import operator
import os
from collections.abc import Sequence

from . import _lib
from .enums import OutputFormat
from .errors import NotFoundError

#: enum cchc_output_flags: CCHC_OUTPUT_BOM.
OUTPUT_BOM = 1


# ---- arguments ---------------------------------------------------------------

def path_arg(path, what="path"):
    """A file path (str, bytes or os.PathLike) → bytes for C; a NUL is InvalidArgumentError."""
    data = os.fsencode(path)
    if b"\0" in data:
        raise _lib._errors.error_for(_lib.EINVAL, "%s: contains a NUL character" % what,
                                     "CCHC_EINVAL")
    return data


def flag(value):
    """A truth value → 1 or 0 for a C int."""
    return 1 if value else 0


def optional_int(what):
    """The argument conversion of an int setter where None stands for 0 (int_arg with @what)."""
    return lambda value: 0 if value is None else _lib.int_arg(value, what)


def format_args(format, bom):
    """(C output format, flags) for @format (an OutputFormat or its name) and @bom."""
    fmt = _lib.int_arg(OutputFormat.from_token(format), "output format")
    return fmt, OUTPUT_BOM if bom else 0


def position(item, names, count, what, missing):
    """The index of @item for a C remover.

    A str is looked up in @names (NotFoundError "@missing 'item'" when
    absent); anything else is an index into @count items (_lib.index_arg
    with @what).
    """
    if isinstance(item, str):
        try:
            return names.index(item)
        except ValueError:
            raise _lib._errors.error_for(_lib.ENOTFOUND, "%s %r" % (missing, item),
                                         "CCHC_ENOTFOUND") from None
    return _lib.index_arg(item, count, what)


def replace_all(old, new, clear, add):
    """clear(), then add(item) for each of @new; on failure puts @old back and re-raises."""
    clear()
    try:
        for item in new:
            add(item)
    except BaseException:
        clear()
        for item in old:
            add(item)
        raise


# ---- out-parameters ------------------------------------------------------------

def out_value(ctype, function, *args):
    """Calls function(&out, *args) with a @ctype out-parameter; returns its value."""
    out = ctype()
    function(ctypes.byref(out), *args)
    return out.value


def out_ptr(function, *args):
    """Calls function(T **out, *args); returns the pointer made (an int)."""
    return out_value(ctypes.c_void_p, function, *args)


def found_index(function, *args):
    """Calls function(size_t *index, *args); returns the index, or None on NotFoundError."""
    try:
        return out_value(ctypes.c_size_t, function, *args)
    except NotFoundError:
        return None


def out_bytes(function, *args):
    """Calls function(char **out, size_t *size, *args); returns the bytes, freed in C."""
    out = ctypes.c_void_p()
    size = ctypes.c_size_t()
    function(ctypes.byref(out), ctypes.byref(size), *args)
    return _lib.take_bytes(out, size.value)


def out_string(function, *args):
    """Calls function(char **out, *args); returns the NUL-terminated text, freed in C."""
    out = ctypes.c_void_p()
    function(ctypes.byref(out), *args)
    return _lib.take_string(out)


# ---- counted C arrays ------------------------------------------------------------

def counted(p, count, at, *args):
    """[at(p, *args, i) for every i < count(p, *args)]."""
    return [at(p, *args, i) for i in range(count(p, *args))]


def texts(p, count, at, *args):
    """A counted array of borrowed C texts, as a new list of str."""
    return [_lib.dec(raw) for raw in counted(p, count, at, *args)]


def records(p, count, make, fields):
    """make(*values) for every index i < count(p); @fields are (getter(p, i), convert) pairs."""
    return [make(*[convert(getter(p, i)) for getter, convert in fields])
            for i in range(count(p))]


def objects(p, count, at, make, fields):
    """make(*values) for every C object at(p, i); @fields are (getter(obj), convert) pairs."""
    return [make(*[convert(getter(obj)) for getter, convert in fields])
            for obj in counted(p, count, at)]


# ---- properties --------------------------------------------------------------

def c_property(getter, convert, doc=None, setter=None, arg=None, when=None):
    """A property reading convert(getter(self._p)).

    @setter, when given, is called as setter(self._p, arg(value)). @when,
    when given, is a predicate of the object: the property reads None
    unless it holds.
    """

    if when is None:
        def fget(self):
            return convert(getter(self._p))
    else:
        def fget(self):
            return convert(getter(self._p)) if when(self) else None

    if setter is None:
        return property(fget, doc=doc)

    def fset(self, value):
        setter(self._p, arg(value))

    return property(fget, fset, doc=doc)


def texts_property(count, at, doc):
    """A read-only property: the counted array of C texts of self._p, as a new list."""
    return property(lambda self: texts(self._p, count, at), doc=doc)


def records_property(count, make, fields, doc):
    """A read-only property: records(self._p, count, make, fields), a new list."""
    return property(lambda self: records(self._p, count, make, fields), doc=doc)


def owner_property(doc):
    """A read-only property giving the object a borrowed wrapper belongs to."""
    return property(lambda self: self._owner, doc=doc)


def _no_plan(self):
    return None


#: ``plan = NO_PLAN`` in a class whose objects belong to no plan (reads None).
NO_PLAN = property(_no_plan)


# ---- live views ------------------------------------------------------------------

class LiveView(Sequence):
    """A live sequence view of a counted C array of borrowed objects.

    Subclasses set ``_count`` (count(parent_p)) and ``_at`` (at(parent_p, i))
    as staticmethods, and ``_wrapper``, the name of the parent's method that
    turns a C pointer into its cached borrowed wrapper.
    """

    __slots__ = ("_parent",)
    _count = _at = None
    _wrapper = "_wrap"

    def __init__(self, parent):
        self._parent = parent

    def _wrap(self, ptr):
        return getattr(self._parent, self._wrapper)(ptr)

    def __len__(self):
        return int(type(self)._count(self._parent._p))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = operator.index(index)
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("%s index out of range" % type(self).__name__)
        return self._wrap(type(self)._at(self._parent._p, index))

    def __repr__(self):
        return "<cchc.%s of %d>" % (type(self).__name__, len(self))


class NullEndedView(LiveView):
    """A LiveView iterated with ``_at`` until it gives NULL."""

    __slots__ = ()

    def __iter__(self):
        i = 0
        while True:
            ptr = type(self)._at(self._parent._p, i)
            if not ptr:
                return
            yield self._wrap(ptr)
            i += 1


# ---- documents -----------------------------------------------------------------

class Documents:
    """write / writeb / to_text / to_md / to_csv / to_json over one C writer.

    ``_writer`` is called as writer(char **out, size_t *size, self._p,
    format, flags).
    """

    __slots__ = ()
    _writer = None

    def writeb(self, format="text", bom=False):
        """As write(), as UTF-8 bytes (ready for a file)."""
        fmt, flags = format_args(format, bom)
        return out_bytes(type(self)._writer, self._p, fmt, flags)

    def write(self, format="text", bom=False):
        """The document as str: @format "text", "md", "csv" or "json"; @bom (CSV only)
        starts it with U+FEFF. Text, Markdown and CSV round figures for display;
        JSON keeps them unrounded."""
        return self.writeb(format, bom).decode("utf-8")

    def to_text(self):
        return self.write(OutputFormat.TEXT)

    def to_md(self):
        return self.write(OutputFormat.MARKDOWN)

    to_markdown = to_md

    def to_csv(self, bom=False):
        return self.write(OutputFormat.CSV, bom)

    def to_json(self):
        return self.write(OutputFormat.JSON)
