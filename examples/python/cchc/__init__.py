"""cchc — Python (ctypes) binding of libcchc, Vietnamese administrative-reform
(cải cách hành chính, CCHC) plans, and the seven-area PAR index: schemes,
scorecards, explained scores and rankings.

    >>> import cchc
    >>> plan = cchc.Plan.load(cchc.bundled_plan_path())
    >>> len(plan.tasks), plan.area_task_count(cchc.Area.INSTITUTIONS)
    (50, 11)
    >>> cchc.Schedule.parse("Quý I/2023", 2023).deadline
    datetime.date(2023, 3, 31)
    >>> plan.progress("2023-04-01").count(state=cchc.TaskState.OVERDUE) > 0
    True
    >>> plan.validate(today="2023-12-31").with_code("task.duplicate-id")[0].task_key
    '2.10#2'

The shared library is found through the environment variable CCHC_LIBRARY
(a full path), else — in a package installed by `cmake --install` — the
library installed with it, else the SONAME libcchc.so.0.1, else
ctypes.util.find_library("cchc"). See docs/python.md.
"""

import os as _os

from . import _lib
from .diagnostics import Diagnostic, Diagnostics, write_diagnostics
from .enums import (AppraisalState, Area, DeadlineKind, Grain, Group, GroupBy, InputKind,
                    MilestoneKind, OutputFormat, Role, RuleKind, RuleOutcome, RuleSource,
                    Severity, Status, SubmissionState, TaskState, TiePolicy, UnitKind,
                    area_name_en, area_name_vi)
from .errors import (AmbiguousError, CchcError, CchcIOError, EncodingError,
                     ExistsError, FormatError, InUseError, InvalidArgumentError,
                     LimitError, NotFoundError, OutOfMemoryError, ParseError,
                     RangeError, VersionError)
from .limits import Limits
from .period import Calendar, Period, PeriodList
from .plan import Plan, TaskList, UnitList
from .progress import Progress, Report, TaskProgress
from .schedule import Milestone, Occurrence, Schedule
from .scheme import (Component, CountLevel, Node, NodeList, RateBand, Rule, Scheme,
                     SchemeBand, SurveyOption)
from .scorecard import Appraisal, Deduction, Entry, EntryList, PlanInput, Scorecard
from .evaluation import (ComponentScore, Evaluation, NodeScore, NodeScoreList, points_format,
                         points_round, write_scores, write_scores_bytes)
from .ranking import (AreaChange, AreaRank, Change, Comparison, RankEntry, Ranking,
                      RankingArea, compare_rankings)
from .task import Evidence, Task
from .unit import Unit
from .validate import ValidationRule, Validator, validation_rules

__all__ = [
    "Plan", "Task", "Unit", "Evidence", "Diagnostic", "TaskList", "UnitList",
    "Schedule", "Milestone", "Occurrence", "Calendar", "Period", "PeriodList",
    "Progress", "TaskProgress", "Report", "Limits",
    "Diagnostics", "Validator", "ValidationRule", "validation_rules", "write_diagnostics",
    "Scheme", "Component", "Node", "NodeList", "Rule", "SchemeBand", "RateBand", "CountLevel",
    "SurveyOption", "Scorecard", "Entry", "EntryList", "Deduction", "Appraisal", "PlanInput",
    "Evaluation", "NodeScore", "NodeScoreList", "ComponentScore", "points_round",
    "points_format", "write_scores", "write_scores_bytes",
    "Ranking", "RankEntry", "AreaRank", "RankingArea", "Comparison", "Change", "AreaChange",
    "compare_rankings",
    "RuleKind", "RuleSource", "RuleOutcome", "InputKind", "AppraisalState", "TiePolicy",
    "GroupBy",
    "Area", "Status", "Role", "UnitKind", "Group", "Severity",
    "MilestoneKind", "Grain", "DeadlineKind", "SubmissionState", "TaskState", "OutputFormat",
    "CchcError", "InvalidArgumentError", "OutOfMemoryError", "NotFoundError",
    "ExistsError", "RangeError", "CchcIOError", "ParseError", "FormatError",
    "EncodingError", "VersionError", "AmbiguousError", "InUseError", "LimitError",
    "version", "version_number", "library_path", "data_dir", "bundled_plan_path",
    "area_name_vi", "area_name_en", "strerror", "error_name",
    "API_VERSION", "BUNDLED_PLAN",
    "OK", "EINVAL", "ENOMEM", "ENOTFOUND", "EEXISTS", "ERANGE", "EIO", "EPARSE",
    "EFORMAT", "EENCODING", "EVERSION", "EAMBIGUOUS", "EINUSE", "ELIMIT",
]

#: The C API version (major, minor) this binding was written for.
API_VERSION = _lib.API_VERSION

#: The file name of the bundled 2023 plan in data_dir().
BUNDLED_PLAN = "plan-2023-hai-duong-sldtbxh.json"

# Status codes (enum cchc_status), for comparing with CchcError.code.
OK = _lib.OK
EINVAL = _lib.EINVAL
ENOMEM = _lib.ENOMEM
ENOTFOUND = _lib.ENOTFOUND
EEXISTS = _lib.EEXISTS
ERANGE = _lib.ERANGE
EIO = _lib.EIO
EPARSE = _lib.EPARSE
EFORMAT = _lib.EFORMAT
EENCODING = _lib.EENCODING
EVERSION = _lib.EVERSION
EAMBIGUOUS = _lib.EAMBIGUOUS
EINUSE = _lib.EINUSE
ELIMIT = _lib.ELIMIT


def version():
    """The loaded library's version, "MAJOR.MINOR.PATCH" (cchc_version_string())."""
    return _lib.dec(_lib.cchc_version_string())


def version_number():
    """The loaded library's version as MAJOR * 10000 + MINOR * 100 + PATCH."""
    return int(_lib.cchc_version())


def library_path():
    """The shared-library file that was loaded."""
    return _lib.LIBRARY_FILE


def data_dir():
    """The folder of the data shipped with libcchc: $CCHC_DATA_DIR when set
    and not empty, else <prefix>/share/cchc of the installation."""
    return _os.fsdecode(_lib.cchc_data_dir())


def bundled_plan_path():
    """data_dir()/plan-2023-hai-duong-sldtbxh.json (not checked for existence)."""
    return _os.path.join(data_dir(), BUNDLED_PLAN)


def strerror(code):
    """The short static description of a status code ("not found")."""
    return _lib.dec(_lib.cchc_strerror(_lib.int_arg(code, "code")))


def error_name(code):
    """The C name of a status code ("CCHC_ENOTFOUND")."""
    return _lib.dec(_lib.cchc_error_name(_lib.int_arg(code, "code")))
