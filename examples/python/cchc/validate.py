"""Validating a plan: the rule catalogue of docs/validation.md.

``plan.validate()`` runs every rule at its default severity and returns a
``Diagnostics`` list, one entry per finding (code, severity, task key and
id, field, English and Vietnamese message). A ``Validator`` holds the
caller's choices — rules switched off, severities changed, the day that
counts as today — and runs them with ``validator.run(plan)``.
``validation_rules()`` lists the catalogue.

Findings are never exceptions: validation only reads the plan.
"""

import datetime
from collections import namedtuple
from collections.abc import Mapping

from . import _lib
from ._access import NO_PLAN
from ._handle import Handle
from .diagnostics import _collect
from .enums import Severity, coerce
from .errors import NotFoundError

__all__ = ["Validator", "ValidationRule", "validation_rules"]

#: One rule of the catalogue: its stable ``code`` ("task.duplicate-id"), its
#: default ``severity`` (a Severity) and a one-line English ``summary``.
ValidationRule = namedtuple("ValidationRule", "code severity summary")


def validation_rules():
    """Every rule of the catalogue, in catalogue order, as ValidationRule tuples."""
    rules = []
    for i in range(_lib.cchc_validation_rule_count()):
        raw = _lib.cchc_validation_rule_code(i)
        rules.append(ValidationRule(_lib.dec(raw),
                                    coerce(Severity, _lib.cchc_validation_rule_severity(raw)),
                                    _lib.dec(_lib.cchc_validation_rule_summary(raw))))
    return rules


def _codes(value, what):
    """One code (str) or an iterable of codes → a list of str."""
    if isinstance(value, (str, bytes)):
        return [value]
    try:
        return list(value)
    except TypeError:
        raise TypeError("%s takes a rule code or an iterable of rule codes, not %s"
                        % (what, type(value).__name__)) from None


def _known(code):
    """@code as UTF-8 bytes; NotFoundError (as C gives it) for an unknown rule."""
    raw = _lib.enc(code, "rule code")
    if not _lib.cchc_validation_rule_severity(raw):
        raise NotFoundError(_lib.ENOTFOUND, "no validation rule is called \"%s\"" % code,
                            "CCHC_ENOTFOUND")
    return raw


class Validator(Handle):
    """The caller's choices for validation (a C ``cchc_validator``, owned).

    ``Validator(today=None, disable=(), severities=None)`` starts with every
    rule on at its default severity, then applies the arguments: @today is
    the day that counts as today (a date or "YYYY-MM-DD"; None for the
    current date), @disable one rule code or an iterable of them, and
    @severities a mapping of rule code → Severity (or its int or name).
    Unknown rule codes raise NotFoundError; a bad date or severity
    InvalidArgumentError.
    """

    __slots__ = ("_today", "_disabled", "_severities")
    _what = "validator"

    def __init__(self, today=None, disable=(), severities=None):
        self._ptr = None
        self._owner = None
        self._ptr = _lib.cchc_validator_new()
        self._today = None
        self._disabled = set()
        self._severities = {}
        if today is not None:
            self.today = today
        for code in _codes(disable, "disable"):
            self.disable(code)
        if severities:
            if not isinstance(severities, Mapping):
                raise TypeError("severities takes a mapping of rule code to severity, not %s"
                                % type(severities).__name__)
            for code, severity in severities.items():
                self.set_severity(code, severity)

    def __del__(self, _free=_lib.cchc_validator_free):
        self._release(_free)

    plan = NO_PLAN  # a validator belongs to no plan

    # ---- choices -------------------------------------------------------------

    @property
    def today(self):
        """The day that counts as today (datetime.date), None for the current date.

        Set it with a date, "YYYY-MM-DD", or None / "" for the current date;
        rules about the future (task.completed-in-future) use it.
        """
        return self._today

    @today.setter
    def today(self, date):
        raw = _lib.date_arg(date, "validator today")
        _lib.cchc_validator_set_today(self._p, raw)
        self._today = datetime.date.fromisoformat(raw.decode("utf-8")) if raw else None

    def set_enabled(self, code, enabled=True):
        """Runs rule @code (@enabled true) or skips it. NotFoundError for an unknown rule."""
        _lib.cchc_validator_set_enabled(self._p, _lib.enc(code, "rule code"),
                                        1 if enabled else 0)
        if enabled:
            self._disabled.discard(code)
        else:
            self._disabled.add(code)

    def enable(self, code):
        """Switches rule @code on."""
        self.set_enabled(code, True)

    def disable(self, code):
        """Switches rule @code off: its findings are not reported."""
        self.set_enabled(code, False)

    def is_enabled(self, code):
        """True when rule @code runs. NotFoundError for an unknown rule."""
        _known(code)
        return code not in self._disabled

    @property
    def disabled(self):
        """The codes of the rules switched off (a new sorted list)."""
        return sorted(self._disabled)

    def set_severity(self, code, severity):
        """Reports the findings of rule @code with @severity (a Severity, its int
        or "error" / "warning" / "info"). NotFoundError for an unknown rule,
        InvalidArgumentError for an unknown severity."""
        value = _lib.int_arg(Severity.from_token(severity), "severity")
        _lib.cchc_validator_set_severity(self._p, _lib.enc(code, "rule code"), value)
        self._severities[code] = Severity(value)

    def severity(self, code):
        """The severity rule @code reports with (its default unless changed)."""
        raw = _known(code)
        if code in self._severities:
            return self._severities[code]
        return coerce(Severity, _lib.cchc_validation_rule_severity(raw))

    # ---- running ---------------------------------------------------------------

    def run(self, plan, into=None):
        """Validates @plan with these choices; returns the Diagnostics.

        The findings are appended to @into (a Diagnostics) when given, else to
        a new list.
        """
        from .plan import Plan  # plan.py imports this module
        if not isinstance(plan, Plan):
            raise TypeError("run() takes a cchc.Plan, not %s" % type(plan).__name__)
        return _collect(into, _lib.cchc_validator_run, self._p, plan._p)

    def __repr__(self):
        if not self._ptr:
            return "<cchc.Validator (no C object)>"
        return "<cchc.Validator today=%s, %d rules off, %d severities changed>" % (
            self._today or "(current date)", len(self._disabled), len(self._severities))


def validate_plan(plan, today=None, disable=(), severities=None, into=None):
    """plan.validate(): cchc_plan_validate() when no choice is given, else a Validator."""
    disable = _codes(disable, "disable")
    if today is None and not disable and not severities:
        return _collect(into, _lib.cchc_plan_validate, plan._p)
    return Validator(today, disable, severities).run(plan, into)

