"""Units (phòng, đơn vị): the bodies a plan names as lead or coordinating."""

from . import _lib
from ._access import c_property, out_ptr, position, replace_all, texts
from ._handle import Handle, text_property
from .enums import UnitKind, coerce

__all__ = ["Unit"]


def _kind_value(kind):
    return _lib.int_arg(UnitKind.from_token(kind), "unit kind")


class Unit(Handle):
    """A unit: ``Unit("van-phong", "Văn phòng Sở", UnitKind.OFFICE)``.

    ``kind`` is a UnitKind, its int or its file name ("office"). A unit made
    here belongs to Python; ``plan.add_unit(unit)`` stores a copy in the plan
    and returns that copy (borrowed from the plan).
    """

    __slots__ = ()
    _what = "unit"

    def __init__(self, id, name, kind, *, short_name=None, parent=None, aliases=()):
        self._ptr = None
        self._owner = None
        self._ptr = out_ptr(_lib.cchc_unit_new, _lib.enc(id, "unit id"),
                            _lib.enc(name, "unit name"), _kind_value(kind))
        if short_name is not None:
            self.short_name = short_name
        if parent is not None:
            self.parent = parent
        for alias in aliases:
            self.add_alias(alias)

    def __del__(self, _free=_lib.cchc_unit_free):
        # Module globals may already be None at interpreter shutdown: the
        # free function is bound as a default argument instead.
        self._release(_free)

    def copy(self):
        """A detached deep copy owned by Python."""
        return Unit._own(out_ptr(_lib.cchc_unit_copy, self._p))

    id = text_property(_lib.cchc_unit_id, None, "unit id (never changes)")
    name = text_property(_lib.cchc_unit_name, _lib.cchc_unit_set_name,
                         "unit name (full name as written, not empty)")
    short_name = text_property(_lib.cchc_unit_short_name, _lib.cchc_unit_set_short_name,
                               "unit short name (\"\" when unset)")
    parent = text_property(_lib.cchc_unit_parent, _lib.cchc_unit_set_parent,
                           "unit parent (the parent unit's id, \"\" for none)")

    kind = c_property(_lib.cchc_unit_kind, lambda value: coerce(UnitKind, value),
                      "The UnitKind; set with a UnitKind, an int or a name (\"office\").",
                      _lib.cchc_unit_set_kind, _kind_value)
    is_internal = c_property(_lib.cchc_unit_is_internal, bool,
                             "True for every kind but external.")

    @property
    def aliases(self):
        """Other names the unit is written as (a new list each time).

        Assigning a list replaces them all; on error the old list is restored.
        """
        return texts(self._p, _lib.cchc_unit_alias_count, _lib.cchc_unit_alias_at)

    @aliases.setter
    def aliases(self, aliases):
        new = list(aliases)
        replace_all(self.aliases, new, self._clear_aliases, self.add_alias)

    def _clear_aliases(self):
        p = self._p
        for i in reversed(range(_lib.cchc_unit_alias_count(p))):
            _lib.cchc_unit_remove_alias(p, i)

    def add_alias(self, alias):
        """Adds a name; ExistsError when the unit already answers to it."""
        _lib.cchc_unit_add_alias(self._p, _lib.enc(alias, "unit alias"))

    def remove_alias(self, alias):
        """Removes an alias given by index or by its exact text."""
        names = self.aliases if isinstance(alias, str) else None
        index = position(alias, names, _lib.cchc_unit_alias_count(self._p),
                         "unit %s: alias" % self.id, "unit %s has no alias" % self.id)
        _lib.cchc_unit_remove_alias(self._p, index)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Unit (no C object)>"
        state = "in a plan" if self._owner is not None else "detached"
        return "<cchc.Unit %s %r (%s), %s>" % (self.id, self.name, self.kind.token
                                                if isinstance(self.kind, UnitKind)
                                                else self.kind, state)
