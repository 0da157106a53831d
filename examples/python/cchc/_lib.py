"""Loading libcchc and declaring the C prototypes.

Everything in this module is private to the package. It finds the shared
library, checks its version, declares ``argtypes`` / ``restype`` for every
function the binding calls and attaches one ``errcheck`` to every function that
returns a status code. It also holds the small helpers that turn Python text
into UTF-8 bytes and borrowed C text back into ``str``.

Type conventions (see docs/python.md):

- every object pointer (``cchc_plan *``, ``cchc_task *`` …) is ``c_void_p``
  and is kept on the Python side as a plain ``int``;
- text going in is UTF-8 ``bytes`` (``c_char_p``);
- borrowed ``const char *`` coming back is ``c_char_p`` and decoded as UTF-8;
- ``char **out`` results that the caller must free are ``POINTER(c_void_p)``,
  read with ``ctypes.string_at`` and released with ``cchc_free``.
"""

import ctypes
import ctypes.util
import datetime
import numbers
import operator
import os
from ctypes import POINTER, c_char_p, c_double, c_int, c_size_t, c_void_p

from . import errors as _errors

#: The version of the C API this binding was written for (major, minor).
#: During 0.x the ABI may change between minor versions, so both must match.
API_VERSION = (0, 1)

#: The SONAME of the matching library (MAJOR.MINOR during 0.x).
SONAME = "libcchc.so.%d.%d" % API_VERSION

ENV_LIBRARY = "CCHC_LIBRARY"


def _installed_library():
    """The library installed with this package, or None: the SONAME in the
    folder that _installed.py (written by `cmake --install`) names."""
    try:
        from . import _installed
    except ImportError:  # the source tree: no installed library beside it
        return None
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), _installed.LIBRARY_DIR)
    path = os.path.normpath(os.path.join(folder, SONAME))
    return path if os.path.exists(path) else None


def _load():
    """Returns (CDLL, description of where it came from)."""
    tried = []
    explicit = os.environ.get(ENV_LIBRARY)
    if explicit:
        # An explicit choice is never silently replaced by another library.
        try:
            return ctypes.CDLL(explicit), explicit
        except OSError as exc:
            raise ImportError(
                "cchc: cannot load libcchc from %s=%r: %s"
                % (ENV_LIBRARY, explicit, exc)) from exc
    beside = _installed_library()
    if beside:
        # Installed by `cmake --install`: the library of the same install.
        try:
            return ctypes.CDLL(beside), beside
        except OSError as exc:
            tried.append("%s (%s)" % (beside, exc))
    try:
        return ctypes.CDLL(SONAME), SONAME
    except OSError as exc:
        tried.append("%s (%s)" % (SONAME, exc))
    found = ctypes.util.find_library("cchc")
    if found:
        try:
            return ctypes.CDLL(found), found
        except OSError as exc:
            tried.append("%s (%s)" % (found, exc))
    else:
        tried.append('ctypes.util.find_library("cchc") found nothing')
    raise ImportError(
        "cchc: cannot find the libcchc shared library. Set the environment "
        "variable %s to its full path (for example "
        "%s=/path/to/build/lib/libcchc.so), or install libcchc %d.%d where the "
        "dynamic loader finds it. Tried: %s"
        % (ENV_LIBRARY, ENV_LIBRARY, API_VERSION[0], API_VERSION[1],
           "; ".join(tried)))


lib, LIBRARY_SOURCE = _load()


def _library_file():
    """The file the dynamic loader actually mapped (best effort)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            addr = ctypes.cast(lib.cchc_version, c_void_p).value
            for line in maps:
                parts = line.split()
                if len(parts) < 6:
                    continue
                lo, hi = (int(x, 16) for x in parts[0].split("-"))
                if lo <= addr < hi:
                    return " ".join(parts[5:])
    except (OSError, ValueError, AttributeError):
        pass
    return LIBRARY_SOURCE


# ---- status codes ----------------------------------------------------------

OK = 0
EINVAL = -1
ENOMEM = -2
ENOTFOUND = -3
EEXISTS = -4
ERANGE = -5
EIO = -6
EPARSE = -7
EFORMAT = -8
EENCODING = -9
EVERSION = -10
EAMBIGUOUS = -11
EINUSE = -12
ELIMIT = -13


def _check_status(result, func, args):
    """errcheck of every int-returning fallible function."""
    if result < 0:
        # Read the thread-local detail right away, before any other call.
        message = dec_message(lib.cchc_last_error_message())
        raise _errors.error_for(result, message, _dec(lib.cchc_error_name(result)))
    return result


class _Status(object):
    """Marker in the table below: returns int status, gets the errcheck."""


STATUS = _Status()

P = c_void_p               # any object pointer
S = c_char_p               # UTF-8 text in, or borrowed text out
OUT_P = POINTER(c_void_p)  # cchc_x **out, char **out, const char **out
SZ = c_size_t

# name: (restype, argtypes). Every function the binding calls is listed here;
# nothing is called with ctypes' default prototype.
_PROTOTYPES = {
    # common.h
    "cchc_free": (None, [P]),
    "cchc_data_dir": (S, []),
    # errors.h
    "cchc_strerror": (S, [c_int]),
    "cchc_error_name": (S, [c_int]),
    "cchc_last_error_code": (c_int, []),
    "cchc_last_error_message": (S, []),
    "cchc_clear_error": (None, []),
    # version.h
    "cchc_version": (c_int, []),
    "cchc_version_string": (S, []),
    # limits.h
    "cchc_limits_new": (P, []),
    "cchc_limits_free": (None, [P]),
    "cchc_limits_set": (STATUS, [P, c_int, SZ]),
    "cchc_limits_value": (SZ, [P, c_int]),
    "cchc_limit_default": (SZ, [c_int]),
    "cchc_limit_max": (SZ, [c_int]),
    "cchc_limit_name": (S, [c_int]),
    # diagnostics.h
    "cchc_diagnostics_new": (P, []),
    "cchc_diagnostics_free": (None, [P]),
    "cchc_diagnostics_clear": (None, [P]),
    "cchc_diagnostics_count": (SZ, [P]),
    "cchc_diagnostics_count_severity": (SZ, [P, c_int]),
    "cchc_diagnostics_at": (P, [P, SZ]),
    "cchc_diagnostics_add": (STATUS, [P, c_int, S, S]),
    "cchc_diagnostic_code": (S, [P]),
    "cchc_diagnostic_severity": (c_int, [P]),
    "cchc_diagnostic_message": (S, [P]),
    "cchc_diagnostic_message_vi": (S, [P]),
    "cchc_diagnostic_file": (S, [P]),
    "cchc_diagnostic_line": (SZ, [P]),
    "cchc_diagnostic_column": (SZ, [P]),
    "cchc_diagnostic_path": (S, [P]),
    "cchc_diagnostic_task_key": (S, [P]),
    "cchc_diagnostic_task_id": (S, [P]),
    "cchc_diagnostic_field": (S, [P]),
    "cchc_diagnostic_format": (STATUS, [OUT_P, P]),
    "cchc_severity_name": (S, [c_int]),
    # area.h
    "cchc_area_is_valid": (c_int, [c_int]),
    "cchc_area_name_vi": (S, [c_int]),
    "cchc_area_name_en": (S, [c_int]),
    # unit.h
    "cchc_unit_new": (STATUS, [OUT_P, S, S, c_int]),
    "cchc_unit_copy": (STATUS, [OUT_P, P]),
    "cchc_unit_free": (None, [P]),
    "cchc_unit_id": (S, [P]),
    "cchc_unit_name": (S, [P]),
    "cchc_unit_short_name": (S, [P]),
    "cchc_unit_kind": (c_int, [P]),
    "cchc_unit_parent": (S, [P]),
    "cchc_unit_is_internal": (c_int, [P]),
    "cchc_unit_set_name": (STATUS, [P, S]),
    "cchc_unit_set_short_name": (STATUS, [P, S]),
    "cchc_unit_set_kind": (STATUS, [P, c_int]),
    "cchc_unit_set_parent": (STATUS, [P, S]),
    "cchc_unit_alias_count": (SZ, [P]),
    "cchc_unit_alias_at": (S, [P, SZ]),
    "cchc_unit_add_alias": (STATUS, [P, S]),
    "cchc_unit_remove_alias": (STATUS, [P, SZ]),
    "cchc_unit_kind_name": (S, [c_int]),
    "cchc_unit_kind_from_name": (c_int, [S]),
    "cchc_group_token": (S, [c_int]),
    "cchc_group_from_token": (c_int, [S]),
    "cchc_group_name_vi": (S, [c_int]),
    "cchc_group_is_specified": (c_int, [c_int]),
    "cchc_group_includes": (c_int, [c_int, P]),
    # evidence.h
    "cchc_evidence_number": (S, [P]),
    "cchc_evidence_date": (S, [P]),
    "cchc_evidence_title": (S, [P]),
    "cchc_evidence_link": (S, [P]),
    # task.h
    "cchc_task_new": (STATUS, [OUT_P, S, c_int, S]),
    "cchc_task_copy": (STATUS, [OUT_P, P]),
    "cchc_task_free": (None, [P]),
    "cchc_task_key": (S, [P]),
    "cchc_task_id": (S, [P]),
    "cchc_task_area": (c_int, [P]),
    "cchc_task_group": (S, [P]),
    "cchc_task_title": (S, [P]),
    "cchc_task_product": (S, [P]),
    "cchc_task_when": (S, [P]),
    "cchc_task_status": (c_int, [P]),
    "cchc_task_progress": (c_double, [P]),
    "cchc_task_completed": (S, [P]),
    "cchc_task_notes": (S, [P]),
    "cchc_task_set_id": (STATUS, [P, S]),
    "cchc_task_set_group": (STATUS, [P, S]),
    "cchc_task_set_title": (STATUS, [P, S]),
    "cchc_task_set_product": (STATUS, [P, S]),
    "cchc_task_set_when": (STATUS, [P, S]),
    "cchc_task_set_notes": (STATUS, [P, S]),
    "cchc_task_set_area": (STATUS, [P, c_int]),
    "cchc_task_set_status": (STATUS, [P, c_int]),
    "cchc_task_set_progress": (STATUS, [P, c_double]),
    "cchc_task_set_completed": (STATUS, [P, S]),
    "cchc_task_unit_count": (SZ, [P, c_int]),
    "cchc_task_unit_at": (S, [P, c_int, SZ]),
    "cchc_task_has_unit": (c_int, [P, c_int, S]),
    "cchc_task_add_unit": (STATUS, [P, c_int, S]),
    "cchc_task_remove_unit": (STATUS, [P, c_int, SZ]),
    "cchc_task_mention_count": (SZ, [P, c_int]),
    "cchc_task_mention_at": (S, [P, c_int, SZ]),
    "cchc_task_add_mention": (STATUS, [P, c_int, S]),
    "cchc_task_remove_mention": (STATUS, [P, c_int, SZ]),
    "cchc_task_evidence_count": (SZ, [P]),
    "cchc_task_evidence_at": (P, [P, SZ]),
    "cchc_task_add_evidence": (STATUS, [P, S, S, S, S]),
    "cchc_task_remove_evidence": (STATUS, [P, SZ]),
    "cchc_status_name": (S, [c_int]),
    "cchc_status_from_name": (c_int, [S]),
    "cchc_status_label_vi": (S, [c_int]),
    # plan.h
    "cchc_plan_new": (P, []),
    "cchc_plan_free": (None, [P]),
    "cchc_plan_number": (S, [P]),
    "cchc_plan_agency": (S, [P]),
    "cchc_plan_place": (S, [P]),
    "cchc_plan_issue_date": (S, [P]),
    "cchc_plan_issue_date_text": (S, [P]),
    "cchc_plan_year": (c_int, [P]),
    "cchc_plan_title": (S, [P]),
    "cchc_plan_basis": (S, [P]),
    "cchc_plan_purposes": (S, [P]),
    "cchc_plan_organisation": (S, [P]),
    "cchc_plan_signer": (S, [P]),
    "cchc_plan_signer_title": (S, [P]),
    "cchc_plan_recipients": (S, [P]),
    "cchc_plan_set_number": (STATUS, [P, S]),
    "cchc_plan_set_agency": (STATUS, [P, S]),
    "cchc_plan_set_place": (STATUS, [P, S]),
    "cchc_plan_set_issue_date_text": (STATUS, [P, S]),
    "cchc_plan_set_title": (STATUS, [P, S]),
    "cchc_plan_set_basis": (STATUS, [P, S]),
    "cchc_plan_set_purposes": (STATUS, [P, S]),
    "cchc_plan_set_organisation": (STATUS, [P, S]),
    "cchc_plan_set_signer": (STATUS, [P, S]),
    "cchc_plan_set_signer_title": (STATUS, [P, S]),
    "cchc_plan_set_recipients": (STATUS, [P, S]),
    "cchc_plan_set_issue_date": (STATUS, [P, S]),
    "cchc_plan_set_year": (STATUS, [P, c_int]),
    "cchc_plan_area_text": (S, [P, c_int]),
    "cchc_plan_set_area_text": (STATUS, [P, c_int, S]),
    "cchc_plan_unit_count": (SZ, [P]),
    "cchc_plan_unit_at": (P, [P, SZ]),
    "cchc_plan_find_unit": (P, [P, S]),
    "cchc_plan_add_unit": (STATUS, [P, P]),
    "cchc_plan_remove_unit": (STATUS, [P, S]),
    "cchc_plan_resolve_unit": (STATUS, [OUT_P, P, S]),
    "cchc_plan_ref_is_valid": (c_int, [P, S]),
    "cchc_plan_ref_name": (S, [P, S]),
    "cchc_plan_task_count": (SZ, [P]),
    "cchc_plan_task_at": (P, [P, SZ]),
    "cchc_plan_find_task": (P, [P, S]),
    "cchc_plan_find_task_by_id": (P, [P, S]),
    "cchc_plan_task_index": (STATUS, [POINTER(c_size_t), P, S]),
    "cchc_plan_insert_task": (STATUS, [P, SZ, P]),
    "cchc_plan_add_task": (STATUS, [P, P]),
    "cchc_plan_remove_task": (STATUS, [P, S]),
    "cchc_plan_move_task": (STATUS, [P, S, SZ]),
    "cchc_plan_area_task_count": (SZ, [P, c_int]),
    # json.h
    "cchc_plan_load_file": (STATUS, [OUT_P, S, P]),
    "cchc_plan_load_data": (STATUS, [OUT_P, S, SZ, S, P]),
    "cchc_plan_load_file_with_limits": (STATUS, [OUT_P, S, P, P]),
    "cchc_plan_load_data_with_limits": (STATUS, [OUT_P, S, SZ, S, P, P]),
    "cchc_plan_save_file": (STATUS, [P, S]),
    "cchc_plan_save_data": (STATUS, [OUT_P, POINTER(c_size_t), P]),
    # schedule.h
    "cchc_schedule_parse": (STATUS, [OUT_P, S, c_int]),
    "cchc_schedule_parse_with_limits": (STATUS, [OUT_P, S, c_int, P]),
    "cchc_task_schedule": (STATUS, [OUT_P, P, c_int]),
    "cchc_schedule_free": (None, [P]),
    "cchc_schedule_text": (S, [P]),
    "cchc_schedule_plan_year": (c_int, [P]),
    "cchc_schedule_milestone_count": (SZ, [P]),
    "cchc_schedule_milestone_at": (P, [P, SZ]),
    "cchc_schedule_is_understood": (c_int, [P]),
    "cchc_schedule_start": (S, [P]),
    "cchc_schedule_deadline": (S, [P]),
    "cchc_schedule_describe": (STATUS, [OUT_P, P]),
    "cchc_milestone_kind": (c_int, [P]),
    "cchc_milestone_label": (S, [P]),
    "cchc_milestone_text": (S, [P]),
    "cchc_milestone_grain": (c_int, [P]),
    "cchc_milestone_start": (S, [P]),
    "cchc_milestone_deadline": (S, [P]),
    "cchc_milestone_event": (S, [P]),
    "cchc_milestone_reason": (S, [P]),
    "cchc_milestone_occurrence_count": (SZ, [P]),
    "cchc_milestone_occurrence_start": (S, [P, SZ]),
    "cchc_milestone_occurrence_deadline": (S, [P, SZ]),
    "cchc_milestone_kind_name": (S, [c_int]),
    "cchc_grain_name": (S, [c_int]),
    # period.h
    "cchc_calendar_new": (P, []),
    "cchc_calendar_builtin": (STATUS, [OUT_P, S, c_int]),
    "cchc_calendar_copy": (STATUS, [OUT_P, P]),
    "cchc_calendar_free": (None, [P]),
    "cchc_calendar_name": (S, [P]),
    "cchc_calendar_set_name": (STATUS, [P, S]),
    "cchc_calendar_count": (SZ, [P]),
    "cchc_calendar_at": (P, [P, SZ]),
    "cchc_calendar_find": (P, [P, S]),
    "cchc_calendar_add": (STATUS, [P, S, S, S, S, S, S]),
    "cchc_calendar_remove": (STATUS, [P, S]),
    "cchc_calendar_next_deadline": (STATUS, [OUT_P, POINTER(c_int), P, S]),
    "cchc_period_id": (S, [P]),
    "cchc_period_label": (S, [P]),
    "cchc_period_window_from": (S, [P]),
    "cchc_period_window_to": (S, [P]),
    "cchc_period_send_deadline": (S, [P]),
    "cchc_period_compile_deadline": (S, [P]),
    "cchc_period_submitted": (S, [P]),
    "cchc_period_set_submitted": (STATUS, [P, S]),
    "cchc_period_contains": (STATUS, [P, S]),
    "cchc_period_submission_state": (STATUS, [POINTER(c_int), P, c_int, S, S]),
    "cchc_submission_state_name": (S, [c_int]),
    # plan.h: the reporting calendar
    "cchc_plan_calendar": (P, [P]),
    "cchc_plan_set_calendar": (STATUS, [P, P]),
    # progress.h
    "cchc_progress_compute": (STATUS, [OUT_P, P, S, c_int]),
    "cchc_progress_free": (None, [P]),
    "cchc_progress_as_of": (S, [P]),
    "cchc_progress_task_count": (SZ, [P]),
    "cchc_progress_task_key": (S, [P, SZ]),
    "cchc_progress_task_state": (c_int, [P, SZ]),
    "cchc_progress_task_deadline": (S, [P, SZ]),
    "cchc_progress_task_is_due": (c_int, [P, SZ]),
    "cchc_progress_count": (SZ, [P, c_int, S, c_int]),
    "cchc_progress_due_count": (SZ, [P, c_int, S]),
    "cchc_progress_due_done_count": (SZ, [P, c_int, S]),
    "cchc_progress_completion_rate": (STATUS, [POINTER(c_double), P, c_int, S]),
    "cchc_progress_lead_count": (SZ, [P]),
    "cchc_progress_lead_at": (S, [P, SZ]),
    "cchc_task_state_name": (S, [c_int]),
    "cchc_task_state_label_vi": (S, [c_int]),
    "cchc_report_compute": (STATUS, [OUT_P, P, S, S]),
    "cchc_report_compute_due_soon": (STATUS, [OUT_P, P, S, S, c_int]),
    "cchc_report_free": (None, [P]),
    "cchc_report_period_id": (S, [P]),
    "cchc_report_title": (S, [P]),
    "cchc_report_window_from": (S, [P]),
    "cchc_report_cutoff": (S, [P]),
    "cchc_report_progress": (P, [P]),
    "cchc_report_completed_count": (SZ, [P, c_int, S, c_int]),
    "cchc_report_overdue_count": (SZ, [P]),
    "cchc_report_overdue_key": (S, [P, SZ]),
    # export.h
    "cchc_report_write": (STATUS, [OUT_P, POINTER(c_size_t), P, P, c_int, c_int]),
    "cchc_plan_write_icalendar": (STATUS, [OUT_P, POINTER(c_size_t), P, S, S]),
    "cchc_diagnostics_write": (STATUS, [OUT_P, POINTER(c_size_t), P, c_int, c_int]),
    # export.h: scores, rankings, comparisons and the radar chart (docs/ranking.md);
    # the evaluation arrays are const cchc_evaluation *const * (an array of pointers)
    "cchc_evaluation_write": (STATUS, [OUT_P, POINTER(c_size_t), POINTER(c_void_p), SZ,
                                       c_int, c_int]),
    "cchc_ranking_write": (STATUS, [OUT_P, POINTER(c_size_t), P, c_int, c_int]),
    "cchc_comparison_write": (STATUS, [OUT_P, POINTER(c_size_t), P, c_int, c_int]),
    "cchc_evaluation_write_svg": (STATUS, [OUT_P, POINTER(c_size_t), P, POINTER(c_void_p),
                                           SZ]),
    # validate.h
    "cchc_plan_validate": (STATUS, [P, P]),
    "cchc_validator_new": (P, []),
    "cchc_validator_free": (None, [P]),
    "cchc_validator_set_enabled": (STATUS, [P, S, c_int]),
    "cchc_validator_set_severity": (STATUS, [P, S, c_int]),
    "cchc_validator_set_today": (STATUS, [P, S]),
    "cchc_validator_run": (STATUS, [P, P, P]),
    "cchc_validation_rule_count": (SZ, []),
    "cchc_validation_rule_code": (S, [SZ]),
    "cchc_validation_rule_severity": (c_int, [S]),
    "cchc_validation_rule_summary": (S, [S]),
    # appendix.h
    "cchc_appendix_import": (STATUS, [OUT_P, S, SZ, S, P, P]),
    "cchc_appendix_import_file": (STATUS, [OUT_P, S, P, P]),
    "cchc_appendix_import_with_limits": (STATUS, [OUT_P, S, SZ, S, P, P, P]),
    "cchc_appendix_import_file_with_limits": (STATUS, [OUT_P, S, P, P, P]),
    # scheme.h: schemes, components, nodes, rules and bands (docs/scoring.md)
    "cchc_scheme_new": (P, []),
    "cchc_scheme_copy": (STATUS, [OUT_P, P]),
    "cchc_scheme_free": (None, [P]),
    "cchc_scheme_id": (S, [P]),
    "cchc_scheme_name": (S, [P]),
    "cchc_scheme_description": (S, [P]),
    "cchc_scheme_basis": (S, [P]),
    "cchc_scheme_year": (c_int, [P]),
    "cchc_scheme_set_id": (STATUS, [P, S]),
    "cchc_scheme_set_name": (STATUS, [P, S]),
    "cchc_scheme_set_description": (STATUS, [P, S]),
    "cchc_scheme_set_basis": (STATUS, [P, S]),
    "cchc_scheme_set_year": (STATUS, [P, c_int]),
    "cchc_scheme_unit_kind_count": (SZ, [P]),
    "cchc_scheme_unit_kind_at": (S, [P, SZ]),
    "cchc_scheme_has_unit_kind": (c_int, [P, S]),
    "cchc_scheme_add_unit_kind": (STATUS, [P, S]),
    "cchc_scheme_remove_unit_kind": (STATUS, [P, S]),
    "cchc_scheme_component_count": (SZ, [P]),
    "cchc_scheme_component_at": (P, [P, SZ]),
    "cchc_scheme_find_component": (P, [P, S]),
    "cchc_scheme_add_component": (STATUS, [OUT_P, P, S, S, c_double]),
    "cchc_scheme_remove_component": (STATUS, [P, S]),
    "cchc_component_id": (S, [P]),
    "cchc_component_label": (S, [P]),
    "cchc_component_maximum": (c_double, [P]),
    "cchc_component_is_optional": (c_int, [P]),
    "cchc_component_set_label": (STATUS, [P, S]),
    "cchc_component_set_maximum": (STATUS, [P, c_double]),
    "cchc_component_set_optional": (STATUS, [P, c_int]),
    "cchc_scheme_node_count": (SZ, [P]),
    "cchc_scheme_node_at": (P, [P, SZ]),
    "cchc_scheme_find_node": (P, [P, S]),
    "cchc_scheme_root_count": (SZ, [P]),
    "cchc_scheme_root_at": (P, [P, SZ]),
    "cchc_scheme_maximum": (c_double, [P]),
    "cchc_scheme_add_node": (STATUS, [OUT_P, P, S, S, c_double]),
    "cchc_scheme_remove_node": (STATUS, [P, S]),
    "cchc_node_code": (S, [P]),
    "cchc_node_label": (S, [P]),
    "cchc_node_label_en": (S, [P]),
    "cchc_node_description": (S, [P]),
    "cchc_node_maximum": (c_double, [P]),
    "cchc_node_component": (S, [P]),
    "cchc_node_effective_component": (S, [P]),
    "cchc_node_evidence_required": (c_int, [P]),
    "cchc_node_may_be_not_applicable": (c_int, [P]),
    "cchc_node_depth": (c_int, [P]),
    "cchc_node_parent": (P, [P]),
    "cchc_node_child_count": (SZ, [P]),
    "cchc_node_child_at": (P, [P, SZ]),
    "cchc_node_is_leaf": (c_int, [P]),
    "cchc_node_area": (c_int, [P]),
    "cchc_node_set_label": (STATUS, [P, S]),
    "cchc_node_set_label_en": (STATUS, [P, S]),
    "cchc_node_set_description": (STATUS, [P, S]),
    "cchc_node_set_maximum": (STATUS, [P, c_double]),
    "cchc_node_set_component": (STATUS, [P, S]),
    "cchc_node_set_evidence_required": (STATUS, [P, c_int]),
    "cchc_node_set_may_be_not_applicable": (STATUS, [P, c_int]),
    "cchc_node_rule": (P, [P]),
    "cchc_node_set_rule": (STATUS, [OUT_P, P, c_int]),
    "cchc_node_clear_rule": (STATUS, [P]),
    "cchc_rule_kind": (c_int, [P]),
    "cchc_rule_node": (P, [P]),
    "cchc_rule_source": (c_int, [P]),
    "cchc_rule_wording": (S, [P]),
    "cchc_rule_set_source": (STATUS, [P, c_int]),
    "cchc_rule_set_wording": (STATUS, [P, S]),
    "cchc_rule_outcome_points": (c_double, [P, c_int]),
    "cchc_rule_set_outcome_points": (STATUS, [P, c_int, c_double]),
    "cchc_rule_deadline": (S, [P]),
    "cchc_rule_set_deadline": (STATUS, [P, S]),
    "cchc_rule_step": (c_double, [P]),
    "cchc_rule_set_step": (STATUS, [P, c_double]),
    "cchc_rule_band_count": (SZ, [P]),
    "cchc_rule_band_lower": (c_double, [P, SZ]),
    "cchc_rule_band_lower_inclusive": (c_int, [P, SZ]),
    "cchc_rule_band_upper": (c_double, [P, SZ]),
    "cchc_rule_band_upper_inclusive": (c_int, [P, SZ]),
    "cchc_rule_band_points": (c_double, [P, SZ]),
    "cchc_rule_add_band": (STATUS, [P, c_double, c_int, c_double, c_int, c_double]),
    "cchc_rule_remove_band": (STATUS, [P, SZ]),
    "cchc_rule_floor": (c_double, [P]),
    "cchc_rule_set_floor": (STATUS, [P, c_double]),
    "cchc_rule_cap": (c_double, [P]),
    "cchc_rule_has_cap": (c_int, [P]),
    "cchc_rule_set_cap": (STATUS, [P, c_double]),
    "cchc_rule_level_count": (SZ, [P]),
    "cchc_rule_level_min_count": (SZ, [P, SZ]),
    "cchc_rule_level_points": (c_double, [P, SZ]),
    "cchc_rule_add_level": (STATUS, [P, SZ, c_double]),
    "cchc_rule_remove_level": (STATUS, [P, SZ]),
    "cchc_rule_per_event": (c_double, [P]),
    "cchc_rule_set_per_event": (STATUS, [P, c_double]),
    "cchc_rule_option_count": (SZ, [P]),
    "cchc_rule_option_id": (S, [P, SZ]),
    "cchc_rule_option_label": (S, [P, SZ]),
    "cchc_rule_option_weight": (c_double, [P, SZ]),
    "cchc_rule_add_option": (STATUS, [P, S, S, c_double]),
    "cchc_rule_remove_option": (STATUS, [P, SZ]),
    "cchc_rule_describe": (STATUS, [OUT_P, P]),
    "cchc_rule_kind_name": (S, [c_int]),
    "cchc_rule_kind_from_name": (c_int, [S]),
    "cchc_rule_source_name": (S, [c_int]),
    "cchc_rule_source_from_name": (c_int, [S]),
    "cchc_rule_outcome_name": (S, [c_int]),
    "cchc_rule_outcome_from_name": (c_int, [S]),
    "cchc_scheme_band_count": (SZ, [P]),
    "cchc_scheme_band_label": (S, [P, SZ]),
    "cchc_scheme_band_lower": (c_double, [P, SZ]),
    "cchc_scheme_band_lower_inclusive": (c_int, [P, SZ]),
    "cchc_scheme_add_band": (STATUS, [P, S, c_double, c_int]),
    "cchc_scheme_remove_band": (STATUS, [P, SZ]),
    "cchc_scheme_band_for": (STATUS, [POINTER(c_size_t), P, c_double]),
    "cchc_scheme_check": (STATUS, [P, P]),
    "cchc_scheme_load_file": (STATUS, [OUT_P, S, P]),
    "cchc_scheme_load_data": (STATUS, [OUT_P, S, SZ, S, P]),
    "cchc_scheme_save_file": (STATUS, [P, S]),
    "cchc_scheme_save_data": (STATUS, [OUT_P, POINTER(c_size_t), P]),
    # scorecard.h: scorecards, entries, deductions, evaluations, rounding
    "cchc_scorecard_new": (P, []),
    "cchc_scorecard_copy": (STATUS, [OUT_P, P]),
    "cchc_scorecard_free": (None, [P]),
    "cchc_scorecard_unit_id": (S, [P]),
    "cchc_scorecard_unit_name": (S, [P]),
    "cchc_scorecard_unit_kind": (S, [P]),
    "cchc_scorecard_scheme_id": (S, [P]),
    "cchc_scorecard_year": (c_int, [P]),
    "cchc_scorecard_notes": (S, [P]),
    "cchc_scorecard_set_unit_id": (STATUS, [P, S]),
    "cchc_scorecard_set_unit_kind": (STATUS, [P, S]),
    "cchc_scorecard_set_scheme_id": (STATUS, [P, S]),
    "cchc_scorecard_set_unit_name": (STATUS, [P, S]),
    "cchc_scorecard_set_notes": (STATUS, [P, S]),
    "cchc_scorecard_set_year": (STATUS, [P, c_int]),
    "cchc_scorecard_plan_file": (S, [P]),
    "cchc_scorecard_plan_as_of": (S, [P]),
    "cchc_scorecard_plan_lead": (S, [P]),
    "cchc_scorecard_set_plan_source": (STATUS, [P, S, S, S]),
    "cchc_scorecard_apply_plan": (STATUS, [P, P, P, S]),
    "cchc_scorecard_entry_count": (SZ, [P]),
    "cchc_scorecard_entry_at": (P, [P, SZ]),
    "cchc_scorecard_find_entry": (P, [P, S]),
    "cchc_scorecard_add_entry": (STATUS, [OUT_P, P, S]),
    "cchc_scorecard_remove_entry": (STATUS, [P, S]),
    "cchc_entry_code": (S, [P]),
    "cchc_entry_has_input": (c_int, [P, c_int]),
    "cchc_entry_points": (c_double, [P]),
    "cchc_entry_yes": (c_int, [P]),
    "cchc_entry_date": (S, [P]),
    "cchc_entry_rate": (c_double, [P]),
    "cchc_entry_numerator": (c_double, [P]),
    "cchc_entry_denominator": (c_double, [P]),
    "cchc_entry_count": (SZ, [P]),
    "cchc_entry_answer_count": (SZ, [P]),
    "cchc_entry_answer_option": (S, [P, SZ]),
    "cchc_entry_answer_at": (SZ, [P, SZ]),
    "cchc_entry_set_points": (STATUS, [P, c_double]),
    "cchc_entry_set_yes": (STATUS, [P, c_int]),
    "cchc_entry_set_date": (STATUS, [P, S]),
    "cchc_entry_set_rate": (STATUS, [P, c_double]),
    "cchc_entry_set_ratio": (STATUS, [P, c_double, c_double]),
    "cchc_entry_set_count": (STATUS, [P, SZ]),
    "cchc_entry_set_answer": (STATUS, [P, S, SZ]),
    "cchc_entry_clear_input": (STATUS, [P, c_int]),
    "cchc_entry_explanation": (S, [P]),
    "cchc_entry_set_explanation": (STATUS, [P, S]),
    "cchc_entry_evidence_count": (SZ, [P]),
    "cchc_entry_evidence_at": (P, [P, SZ]),
    "cchc_entry_add_evidence": (STATUS, [P, S, S, S, S]),
    "cchc_entry_remove_evidence": (STATUS, [P, SZ]),
    "cchc_entry_has_appraisal": (c_int, [P]),
    "cchc_entry_appraised_points": (c_double, [P]),
    "cchc_entry_appraisal_reason": (S, [P]),
    "cchc_entry_set_appraisal": (STATUS, [P, c_double, S]),
    "cchc_entry_clear_appraisal": (STATUS, [P]),
    "cchc_entry_is_not_applicable": (c_int, [P]),
    "cchc_entry_not_applicable_reason": (S, [P]),
    "cchc_entry_set_not_applicable": (STATUS, [P, c_int, S]),
    "cchc_entry_has_plan_input": (c_int, [P]),
    "cchc_entry_plan_numerator": (c_double, [P]),
    "cchc_entry_plan_denominator": (c_double, [P]),
    "cchc_entry_plan_as_of": (S, [P]),
    "cchc_entry_set_plan_input": (STATUS, [P, c_double, c_double, S]),
    "cchc_entry_clear_plan_input": (STATUS, [P]),
    "cchc_scorecard_deduction_count": (SZ, [P]),
    "cchc_scorecard_deduction_at": (P, [P, SZ]),
    "cchc_scorecard_add_deduction": (STATUS, [P, S, S, S]),
    "cchc_scorecard_remove_deduction": (STATUS, [P, SZ]),
    "cchc_deduction_code": (S, [P]),
    "cchc_deduction_date": (S, [P]),
    "cchc_deduction_description": (S, [P]),
    "cchc_scorecard_check": (STATUS, [P, P, P]),
    "cchc_scorecard_evaluate": (STATUS, [OUT_P, P, P, P]),
    "cchc_evaluation_free": (None, [P]),
    "cchc_evaluation_scheme_id": (S, [P]),
    "cchc_evaluation_scheme_name": (S, [P]),
    "cchc_evaluation_year": (c_int, [P]),
    "cchc_evaluation_unit_id": (S, [P]),
    "cchc_evaluation_unit_name": (S, [P]),
    "cchc_evaluation_unit_kind": (S, [P]),
    "cchc_evaluation_total": (c_double, [P]),
    "cchc_evaluation_self_total": (c_double, [P]),
    "cchc_evaluation_maximum": (c_double, [P]),
    "cchc_evaluation_nominal_maximum": (c_double, [P]),
    "cchc_evaluation_index": (c_double, [P]),
    "cchc_evaluation_self_index": (c_double, [P]),
    "cchc_evaluation_scaled_total": (c_double, [P]),
    "cchc_evaluation_is_rescaled": (c_int, [P]),
    "cchc_evaluation_appraisal": (c_int, [P]),
    "cchc_evaluation_band": (STATUS, [POINTER(c_size_t), P]),
    "cchc_evaluation_band_label": (S, [P]),
    "cchc_evaluation_band_count": (SZ, [P]),
    "cchc_evaluation_band_label_at": (S, [P, SZ]),
    "cchc_evaluation_band_for": (STATUS, [POINTER(c_size_t), P, c_double]),
    "cchc_evaluation_component_count": (SZ, [P]),
    "cchc_evaluation_component_id": (S, [P, SZ]),
    "cchc_evaluation_component_label": (S, [P, SZ]),
    "cchc_evaluation_component_points": (c_double, [P, SZ]),
    "cchc_evaluation_component_maximum": (c_double, [P, SZ]),
    "cchc_evaluation_component_nominal_maximum": (c_double, [P, SZ]),
    "cchc_evaluation_component_index": (c_double, [P, SZ]),
    "cchc_evaluation_component_is_missing": (c_int, [P, SZ]),
    "cchc_evaluation_node_count": (SZ, [P]),
    "cchc_evaluation_node_at": (P, [P, SZ]),
    "cchc_evaluation_find_node": (P, [P, S]),
    "cchc_evaluation_area_count": (SZ, [P]),
    "cchc_evaluation_area_at": (P, [P, SZ]),
    "cchc_node_score_code": (S, [P]),
    "cchc_node_score_label": (S, [P]),
    "cchc_node_score_depth": (c_int, [P]),
    "cchc_node_score_is_leaf": (c_int, [P]),
    "cchc_node_score_nominal_maximum": (c_double, [P]),
    "cchc_node_score_maximum": (c_double, [P]),
    "cchc_node_score_self": (c_double, [P]),
    "cchc_node_score_appraised": (c_double, [P]),
    "cchc_node_score_final": (c_double, [P]),
    "cchc_node_score_index": (c_double, [P]),
    "cchc_node_score_self_index": (c_double, [P]),
    "cchc_node_score_appraisal": (c_int, [P]),
    "cchc_node_score_is_not_applicable": (c_int, [P]),
    "cchc_node_score_is_missing": (c_int, [P]),
    "cchc_node_score_is_excluded": (c_int, [P]),
    "cchc_node_score_is_rescaled": (c_int, [P]),
    "cchc_node_score_band": (STATUS, [POINTER(c_size_t), P]),
    "cchc_node_score_reason": (S, [P]),
    "cchc_points_round": (c_double, [c_double]),
    "cchc_points_format": (STATUS, [OUT_P, c_double, c_int]),
    "cchc_scorecard_load_file": (STATUS, [OUT_P, S, P]),
    "cchc_scorecard_load_data": (STATUS, [OUT_P, S, SZ, S, P]),
    "cchc_scorecard_save_file": (STATUS, [P, S]),
    "cchc_scorecard_save_data": (STATUS, [OUT_P, POINTER(c_size_t), P]),
    "cchc_evaluation_save_data": (STATUS, [OUT_P, POINTER(c_size_t), P]),
    # explain.h
    "cchc_explain_text": (STATUS, [OUT_P, P, S]),
    "cchc_explain_json": (STATUS, [OUT_P, POINTER(c_size_t), P, S]),
    # ranking.h: rankings, rank entries, comparisons and changes (docs/ranking.md)
    "cchc_ranking_new": (P, []),
    "cchc_ranking_free": (None, [P]),
    "cchc_ranking_set_ties": (STATUS, [P, c_int]),
    "cchc_ranking_set_group_by": (STATUS, [P, c_int]),
    "cchc_ranking_add": (STATUS, [P, P, S]),
    "cchc_ranking_compute": (STATUS, [P]),
    "cchc_ranking_scheme_id": (S, [P]),
    "cchc_ranking_scheme_name": (S, [P]),
    "cchc_ranking_year": (c_int, [P]),
    "cchc_ranking_ties": (c_int, [P]),
    "cchc_ranking_group_by": (c_int, [P]),
    "cchc_ranking_area_count": (SZ, [P]),
    "cchc_ranking_area_code": (S, [P, SZ]),
    "cchc_ranking_area_label": (S, [P, SZ]),
    "cchc_ranking_group_count": (SZ, [P]),
    "cchc_ranking_group_at": (S, [P, SZ]),
    "cchc_ranking_count": (SZ, [P]),
    "cchc_ranking_at": (P, [P, SZ]),
    "cchc_ranking_find": (P, [P, S]),
    "cchc_rank_entry_unit_id": (S, [P]),
    "cchc_rank_entry_unit_name": (S, [P]),
    "cchc_rank_entry_unit_kind": (S, [P]),
    "cchc_rank_entry_group": (S, [P]),
    "cchc_rank_entry_input_index": (SZ, [P]),
    "cchc_rank_entry_rank": (SZ, [P]),
    "cchc_rank_entry_is_tied": (c_int, [P]),
    "cchc_rank_entry_index": (c_double, [P]),
    "cchc_rank_entry_total": (c_double, [P]),
    "cchc_rank_entry_maximum": (c_double, [P]),
    "cchc_rank_entry_band": (S, [P]),
    "cchc_rank_entry_area_count": (SZ, [P]),
    "cchc_rank_entry_area_code": (S, [P, SZ]),
    "cchc_rank_entry_area_index": (c_double, [P, SZ]),
    "cchc_rank_entry_area_rank": (SZ, [P, SZ]),
    "cchc_rank_entry_area_band": (S, [P, SZ]),
    "cchc_ranking_compare": (STATUS, [OUT_P, P, P]),
    "cchc_comparison_free": (None, [P]),
    "cchc_comparison_before_scheme_id": (S, [P]),
    "cchc_comparison_after_scheme_id": (S, [P]),
    "cchc_comparison_before_year": (c_int, [P]),
    "cchc_comparison_after_year": (c_int, [P]),
    "cchc_comparison_count": (SZ, [P]),
    "cchc_comparison_at": (P, [P, SZ]),
    "cchc_comparison_find": (P, [P, S]),
    "cchc_change_unit_id": (S, [P]),
    "cchc_change_unit_name": (S, [P]),
    "cchc_change_in_before": (c_int, [P]),
    "cchc_change_in_after": (c_int, [P]),
    "cchc_change_index_before": (c_double, [P]),
    "cchc_change_index_after": (c_double, [P]),
    "cchc_change_index_delta": (c_double, [P]),
    "cchc_change_rank_before": (SZ, [P]),
    "cchc_change_rank_after": (SZ, [P]),
    "cchc_change_rank_delta": (c_int, [P]),
    "cchc_change_band_before": (S, [P]),
    "cchc_change_band_after": (S, [P]),
    "cchc_change_band_changed": (c_int, [P]),
    "cchc_change_area_count": (SZ, [P]),
    "cchc_change_area_code": (S, [P, SZ]),
    "cchc_change_area_label": (S, [P, SZ]),
    "cchc_change_area_index_before": (c_double, [P, SZ]),
    "cchc_change_area_index_after": (c_double, [P, SZ]),
    "cchc_change_area_rank_before": (SZ, [P, SZ]),
    "cchc_change_area_rank_after": (SZ, [P, SZ]),
    "cchc_change_area_index_delta": (c_double, [P, SZ]),
    "cchc_change_area_rank_delta": (c_int, [P, SZ]),
    "cchc_change_area_band_before": (S, [P, SZ]),
    "cchc_change_area_band_after": (S, [P, SZ]),
    "cchc_tie_policy_name": (S, [c_int]),
    "cchc_tie_policy_from_name": (c_int, [S]),
}


def _declare():
    missing = []
    for name, (restype, argtypes) in _PROTOTYPES.items():
        try:
            func = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            continue
        func.argtypes = argtypes
        if restype is STATUS:
            func.restype = c_int
            func.errcheck = _check_status
        else:
            func.restype = restype
        globals()[name] = func
    if missing:
        raise ImportError(
            "cchc: the library loaded from %s lacks %s; it is not the libcchc "
            "%d.%d this binding was written for"
            % (LIBRARY_SOURCE, ", ".join(sorted(missing)),
               API_VERSION[0], API_VERSION[1]))


# ---- text helpers ----------------------------------------------------------

def _dec(raw):
    """Borrowed C text (bytes or None) → str; NULL reads as ""."""
    if raw is None:
        return ""
    return raw.decode("utf-8")


def enc(value, what="text"):
    """str / bytes / None → UTF-8 bytes (None passes as NULL).

    Text with a NUL character or a lone surrogate cannot cross the C API; it
    raises InvalidArgumentError (code CCHC_EINVAL) before any C call. Bytes
    are passed unchanged, so that C itself checks their UTF-8.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _errors.error_for(
                EINVAL, "%s: cannot be encoded as UTF-8: %s" % (what, exc),
                "CCHC_EINVAL") from exc
    elif isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    else:
        raise TypeError("%s must be str or bytes, not %s"
                        % (what, type(value).__name__))
    if b"\0" in data:
        raise _errors.error_for(
            EINVAL, "%s: contains a NUL character, which C text cannot hold" % what,
            "CCHC_EINVAL")
    return data


dec = _dec


def dec_message(raw):
    """Decodes a message or diagnostic text; never fails.

    Messages quote what they were given, and a file path on POSIX need not
    be UTF-8 ("/tmp/\\xff.json"): undecodable bytes become U+FFFD rather
    than turning an error report into a UnicodeDecodeError.
    """
    if raw is None:
        return ""
    return raw.decode("utf-8", "replace")


def take_string(out, size=None, errors="strict"):
    """Reads a ``char **out`` result and frees it with cchc_free()."""
    address = out.value
    if not address:
        return ""
    try:
        if size is None:
            data = ctypes.string_at(address)
        else:
            data = ctypes.string_at(address, size)
    finally:
        lib.cchc_free(address)
    return data.decode("utf-8", errors)


def date_arg(value, what="date"):
    """A date argument → "YYYY-MM-DD" UTF-8 bytes for C (None stays NULL).

    Takes a ``datetime.date`` (a ``datetime.datetime`` gives its date), or an
    ISO text ("2023-03-09") that C itself checks: an impossible or malformed
    date is C's InvalidArgumentError, with C's message.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat().encode("ascii")
    if not isinstance(value, (str, bytes, bytearray, memoryview)):
        raise TypeError("%s must be a datetime.date or an ISO \"YYYY-MM-DD\" str, not %s"
                        % (what, type(value).__name__))
    return enc(value, what)


def to_date(raw):
    """Borrowed C "YYYY-MM-DD" (bytes) → ``datetime.date``; NULL or "" → None."""
    if not raw:
        return None
    return datetime.date.fromisoformat(raw.decode("ascii"))


def index_arg(index, count, what):
    """A Python index (negative counts from the end) → a size_t for C.

    ctypes would silently wrap a negative number into a huge size_t, so an
    index still negative after adding @count raises RangeError (CCHC_ERANGE)
    here; indexes too large are left for C to report.
    """
    index = operator.index(index)
    if index < 0:
        index += count
        if index < 0:
            raise _errors.error_for(
                ERANGE, "%s: index %d is out of range (there are %d)"
                % (what, index - count, count), "CCHC_ERANGE")
    elif index > _SIZE_MAX:  # would wrap silently too
        raise _errors.error_for(
            ERANGE, "%s: index %d is out of range (there are %d)" % (what, index, count),
            "CCHC_ERANGE")
    return index


_SIZE_MAX = 2 ** (8 * ctypes.sizeof(c_size_t)) - 1
_INT_MIN, _INT_MAX = -2 ** (8 * ctypes.sizeof(c_int) - 1), 2 ** (8 * ctypes.sizeof(c_int) - 1) - 1


def int_arg(value, what):
    """A Python int → a C int; ctypes would silently wrap values that do not fit."""
    value = operator.index(value)
    if not _INT_MIN <= value <= _INT_MAX:
        raise _errors.error_for(ERANGE, "%s %d does not fit in a C int" % (what, value),
                                "CCHC_ERANGE")
    return value


def float_arg(value, what):
    """A real number → a Python float for a C double.

    ctypes would take a str for a double only to fail with an unhelpful
    ArgumentError, and a bool would pass as 0 or 1: both raise TypeError here.
    NaN and infinities pass, so that C reports them (RangeError) itself.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError("%s must be a number, not %s" % (what, type(value).__name__))
    return float(value)


def size_arg(value, what):
    """A count (a non-negative int) → a size_t for C; RangeError when it does not fit.

    ctypes would silently wrap a negative count into a huge size_t.
    """
    if isinstance(value, bool):
        raise TypeError("%s must be an int, not bool" % what)
    value = operator.index(value)
    if not 0 <= value <= _SIZE_MAX:
        raise _errors.error_for(ERANGE, "%s %d is negative or too large" % (what, value),
                                "CCHC_ERANGE")
    return value


def take_bytes(out, size):
    """Reads a ``char **out`` document of @size bytes and frees it with cchc_free()."""
    address = out.value
    if not address:
        return b""
    try:
        return ctypes.string_at(address, size)
    finally:
        lib.cchc_free(address)


def pointer_array(handles):
    """A C array of the pointers of @handles (for ``const T *const *`` parameters)."""
    ptrs = [h._p for h in handles]
    return (c_void_p * len(ptrs))(*ptrs), len(ptrs)


def check_version():
    text = _dec(cchc_version_string())
    parts = text.split(".")
    try:
        major, minor = int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        raise ImportError("cchc: the library at %s reports an unreadable version %r"
                          % (LIBRARY_SOURCE, text)) from None
    if (major, minor) != API_VERSION:
        raise ImportError(
            "cchc: the library at %s is libcchc %s, but this binding was written "
            "for %d.%d.x; set %s to a matching library"
            % (LIBRARY_SOURCE, text, API_VERSION[0], API_VERSION[1], ENV_LIBRARY))
    return text


# The version functions are declared first, so that a wrong library is
# reported as a version mismatch rather than as missing symbols.
try:
    lib.cchc_version_string.restype = c_char_p
    lib.cchc_version_string.argtypes = []
except AttributeError:
    raise ImportError("cchc: %s has no cchc_version_string(); it is not libcchc"
                      % LIBRARY_SOURCE) from None
cchc_version_string = lib.cchc_version_string
VERSION = check_version()
_declare()
LIBRARY_FILE = _library_file()
