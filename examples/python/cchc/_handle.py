"""The common part of Python objects that wrap a C object.

A wrapper is either

- *owned*: ``_owner is None``; Python made the C object (``Task(...)``,
  ``Unit(...)``, ``.copy()``) and frees it in ``__del__``; or
- *borrowed*: ``_owner`` is the ``Plan`` that holds the C object. The strong
  reference keeps the plan (and so the C object) alive for as long as the
  wrapper lives; a borrowed pointer is never freed by Python.

When a plan removes a task or unit that has a live borrowed wrapper, the plan
first gives the wrapper a detached copy (see Plan.remove_task), so a wrapper
never points at freed memory.
"""

from . import _lib
from ._access import NO_PLAN


def text_property(getter, setter, doc):
    """A str property over a C getter / setter pair (None is set as "")."""

    def fget(self):
        return _lib.dec(getter(self._p))

    if setter is None:
        return property(fget, doc=doc)

    def fset(self, value):
        setter(self._p, _lib.enc(value, doc.split(" (")[0] if doc else "text"))

    return property(fget, fset, doc=doc)


def forget(cache, ptrs):
    """Takes the C pointer from the live wrappers in @cache of @ptrs (C freed them)."""
    for ptr in ptrs:
        obj = cache.pop(ptr, None)
        if obj is not None:
            obj._ptr = None


class Handle:
    __slots__ = ("_ptr", "_owner", "__weakref__")

    _what = "object"

    @classmethod
    def _borrow(cls, ptr, owner):
        obj = cls.__new__(cls)
        obj._ptr = ptr
        obj._owner = owner
        return obj

    @classmethod
    def _cached(cls, cache, ptr, owner):
        """The borrowed wrapper of @ptr held in @cache (a weak dict), made when
        missing; None for NULL."""
        if not ptr:
            return None
        obj = cache.get(ptr)
        if obj is None:
            obj = cls._borrow(ptr, owner)
            cache[ptr] = obj
        return obj

    @classmethod
    def _own(cls, ptr):
        obj = cls.__new__(cls)
        obj._ptr = ptr
        obj._owner = None
        return obj

    def _release(self, free):
        """Frees the C object if Python owns it (called from __del__)."""
        try:
            ptr, owner = self._ptr, self._owner
        except AttributeError:  # __init__ failed before setting them
            return
        if ptr and owner is None and free is not None:
            self._ptr = None
            free(ptr)

    def _detach_to(self, ptr):
        """Makes this borrowed wrapper the owner of @ptr (a detached copy)."""
        self._ptr = ptr
        self._owner = None

    @property
    def _p(self):
        ptr = self._ptr
        if not ptr:
            raise ReferenceError("this %s no longer has a C object" % self._what)
        return ptr

    @property
    def plan(self):
        """The Plan holding this object, or None for a detached object."""
        return self._owner

    @property
    def is_borrowed(self):
        """True when the object lives inside a plan (borrowed from it)."""
        return self._owner is not None


class MadeByLibrary(Handle):
    """A wrapper Python does not construct: ``_made_by`` says what makes it.

    Its ``plan`` is None unless the subclass says otherwise.
    """

    __slots__ = ()
    _made_by = "made by the library"
    plan = NO_PLAN

    def __init__(self, *args, **kwargs):
        raise TypeError(type(self)._made_by)
