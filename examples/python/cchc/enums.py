"""The C enumerations as IntEnums, with their names read from the library.

Each enum passes to C as its integer. The names used in files and messages
come from libcchc itself (``cchc_status_name()``, ``cchc_area_name_vi()`` …),
so the binding never keeps a second copy of them.
"""

import enum

from . import _lib
from .errors import InvalidArgumentError

__all__ = ["Area", "Status", "Role", "UnitKind", "Group", "Severity",
           "MilestoneKind", "Grain", "DeadlineKind", "SubmissionState", "TaskState",
           "OutputFormat", "RuleKind", "RuleSource", "RuleOutcome", "InputKind",
           "AppraisalState", "TiePolicy", "GroupBy", "area_name_vi", "area_name_en"]


def area_name_vi(area):
    """The Vietnamese name of @area (``"Cải cách thể chế"``); "" if invalid."""
    return _lib.dec(_lib.cchc_area_name_vi(_lib.int_arg(area, "area")))


def area_name_en(area):
    """The English name of @area (``"Institutional reform"``); "" if invalid."""
    return _lib.dec(_lib.cchc_area_name_en(_lib.int_arg(area, "area")))


class Area(enum.IntEnum):
    """The seven CCHC areas (lĩnh vực), numbered as in every plan."""

    DIRECTION = 1           #: Công tác chỉ đạo, điều hành CCHC
    INSTITUTIONS = 2        #: Cải cách thể chế
    PROCEDURES = 3          #: Cải cách thủ tục hành chính
    APPARATUS = 4           #: Cải cách tổ chức bộ máy hành chính
    CIVIL_SERVICE = 5       #: Cải cách chế độ công vụ
    PUBLIC_FINANCE = 6      #: Cải cách tài chính công
    DIGITAL_GOVERNMENT = 7  #: Xây dựng và phát triển Chính quyền điện tử, chính quyền số

    @property
    def name_vi(self):
        """The Vietnamese name, from cchc_area_name_vi()."""
        return area_name_vi(self)

    @property
    def name_en(self):
        """The English name, from cchc_area_name_en()."""
        return area_name_en(self)

    @staticmethod
    def is_valid(area):
        """True when @area is 1 … 7 (cchc_area_is_valid())."""
        return bool(_lib.cchc_area_is_valid(_lib.int_arg(area, "area")))


def _from_token(cls, token, from_name, what, choices):
    if isinstance(token, cls):
        return token
    if isinstance(token, str):
        value = from_name(_lib.enc(token, what))
        if value == 0:
            raise InvalidArgumentError(
                _lib.EINVAL, "unknown %s %r (one of %s)" % (what, token, choices),
                "CCHC_EINVAL")
        return cls(value)
    return token


class Status(enum.IntEnum):
    """Where a task stands (trạng thái), as recorded by people."""

    NOT_STARTED = 1  #: chưa thực hiện
    IN_PROGRESS = 2  #: đang thực hiện
    DONE = 3         #: đã hoàn thành
    CANCELLED = 4    #: hủy bỏ

    @property
    def token(self):
        """The name used in files: "not_started", "in_progress", "done", "cancelled"."""
        return _lib.dec(_lib.cchc_status_name(self))

    @property
    def label_vi(self):
        """The Vietnamese label ("Đã hoàn thành")."""
        return _lib.dec(_lib.cchc_status_label_vi(self))

    @classmethod
    def from_token(cls, token):
        """Status from its file name ("done"); InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_status_from_name, "status",
                           "not_started, in_progress, done, cancelled")


class Role(enum.IntEnum):
    """The two roles of a unit in a task."""

    LEAD = 1          #: chủ trì
    COORDINATING = 2  #: phối hợp

    @property
    def token(self):
        """"lead" or "coordinating" (the JSON keys)."""
        return self.name.lower()

    @classmethod
    def from_token(cls, token):
        if isinstance(token, str):
            for member in cls:
                if member.token == token:
                    return member
            raise InvalidArgumentError(
                _lib.EINVAL, "unknown role %r (lead or coordinating)" % (token,),
                "CCHC_EINVAL")
        return token


class UnitKind(enum.IntEnum):
    """What kind of body a unit is."""

    DIVISION = 1      #: phòng chuyên môn
    OFFICE = 2        #: Văn phòng Sở
    AGENCY = 3        #: đơn vị sự nghiệp
    INSPECTORATE = 4  #: Thanh tra Sở
    EXTERNAL = 5      #: cơ quan ngoài Sở (UBND tỉnh, Sở Nội vụ, …)
    LEADERSHIP = 6    #: Ban Giám đốc / Lãnh đạo Sở

    @property
    def token(self):
        """The name used in files ("division", "office", …)."""
        return _lib.dec(_lib.cchc_unit_kind_name(self))

    @classmethod
    def from_token(cls, token):
        """UnitKind from its file name ("office"); InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_unit_kind_from_name, "unit kind",
                           "division, office, agency, inspectorate, external, leadership")


class Group(enum.IntEnum):
    """Group words that stand for several units (used as references "@…")."""

    INTERNAL = 1    #: Các phòng, đơn vị thuộc Sở
    RELATED = 2     #: Các phòng, đơn vị liên quan
    DIVISIONS = 3   #: Các phòng chuyên môn
    PROCEDURES = 4  #: Các phòng, đơn vị có TTHC

    @property
    def token(self):
        """The reference token ("@internal")."""
        return _lib.dec(_lib.cchc_group_token(self))

    @property
    def name_vi(self):
        """The usual Vietnamese wording ("Các phòng, đơn vị thuộc Sở")."""
        return _lib.dec(_lib.cchc_group_name_vi(self))

    @property
    def is_specified(self):
        """True when membership follows from unit kinds (internal, divisions)."""
        return bool(_lib.cchc_group_is_specified(self))

    @classmethod
    def from_token(cls, token):
        """Group from "@internal" …; None when @token is not a group token."""
        value = _lib.cchc_group_from_token(_lib.enc(token, "group token"))
        return cls(value) if value else None

    def includes(self, unit):
        """True when @unit (a Unit) is certainly a member of this group."""
        return bool(_lib.cchc_group_includes(self, unit._p))


class Severity(enum.IntEnum):
    """How serious a diagnostic is."""

    ERROR = 1
    WARNING = 2
    INFO = 3

    @property
    def token(self):
        """"error", "warning" or "info"."""
        return _lib.dec(_lib.cchc_severity_name(self))

    @classmethod
    def from_token(cls, token):
        """Severity from "error", "warning" or "info"; InvalidArgumentError if unknown."""
        return _from_own_token(cls, token, "severity")


def _from_own_token(cls, token, what, aliases=None):
    """Member of @cls whose ``.token`` is @token (or @aliases maps it); enums and ints pass."""
    if isinstance(token, str):
        if aliases and token in aliases:
            return aliases[token]
        for member in cls:
            if token == member.token:
                return member
        raise InvalidArgumentError(
            _lib.EINVAL, "unknown %s %r (one of %s)"
            % (what, token, ", ".join(m.token for m in cls)), "CCHC_EINVAL")
    return token


class MilestoneKind(enum.IntEnum):
    """What kind of time a schedule milestone names (enum cchc_milestone_kind)."""

    DATE = 1        #: by a date: "trước ngày 20/11/2023"
    INTERVAL = 2    #: within a month, quarter(s), half-year, year or range
    LIST = 3        #: on each of a list of dates or months: "Tháng 3,6,9,12/2023"
    RECURRING = 4   #: monthly, quarterly, yearly, "trước ngày 15 hàng tháng"
    CONTINUOUS = 5  #: through the plan year: "Thường xuyên", "Cả năm"
    EVENT = 6       #: triggered by an event: "Khi có hướng dẫn của Sở Nội vụ"
    UNKNOWN = 7     #: not understood (the reason and the text are kept)

    @property
    def token(self):
        """The name from cchc_milestone_kind_name() ("interval", "event", …)."""
        return _lib.dec(_lib.cchc_milestone_kind_name(self))

    @classmethod
    def from_token(cls, token):
        return _from_own_token(cls, token, "milestone kind")


class Grain(enum.IntEnum):
    """The precision of a milestone's dates (enum cchc_grain)."""

    NONE = 0       #: no dates (event, not understood)
    DAY = 1
    MONTH = 2
    QUARTER = 3
    HALF_YEAR = 4
    YEAR = 5

    @property
    def token(self):
        """The name from cchc_grain_name() ("quarter", "half-year", …)."""
        return _lib.dec(_lib.cchc_grain_name(self))

    @classmethod
    def from_token(cls, token):
        return _from_own_token(cls, token, "grain")


class DeadlineKind(enum.IntEnum):
    """The two deadlines of a reporting period (enum cchc_deadline_kind)."""

    SEND = 1     #: units send their figures to the office
    COMPILE = 2  #: the office sends the compiled report to Sở Nội vụ

    @property
    def token(self):
        """"send" or "compile" (C has no name function for this enum)."""
        return self.name.lower()

    @classmethod
    def from_token(cls, token):
        """DeadlineKind from "send" / "compile"; InvalidArgumentError if unknown."""
        return _from_own_token(cls, token, "deadline kind")


class SubmissionState(enum.IntEnum):
    """Where a submission stands against a deadline (enum cchc_submission_state)."""

    PENDING = 1  #: not submitted, and the deadline has not passed
    ON_TIME = 2  #: submitted on or before the deadline
    LATE = 3     #: submitted after the deadline
    MISSING = 4  #: not submitted, and the deadline has passed

    @property
    def token(self):
        """The name from cchc_submission_state_name() ("on_time", …)."""
        return _lib.dec(_lib.cchc_submission_state_name(self))

    @classmethod
    def from_token(cls, token):
        return _from_own_token(cls, token, "submission state")


class TaskState(enum.IntEnum):
    """A task's state on a given day (enum cchc_task_state)."""

    NOT_DUE = 1       #: chưa đến hạn
    DUE_SOON = 2      #: sắp đến hạn (within the caller's window)
    OVERDUE = 3       #: quá hạn
    DONE_ON_TIME = 4  #: hoàn thành đúng hạn
    DONE_LATE = 5     #: hoàn thành quá hạn
    DONE_UNDATED = 6  #: hoàn thành, no completion date recorded
    ONGOING = 7       #: thường xuyên, inside the plan year
    WAITING = 8       #: chờ sự kiện
    CANCELLED = 9     #: hủy bỏ
    UNSCHEDULED = 10  #: its time expression is not understood

    @property
    def token(self):
        """The file name from cchc_task_state_name() ("overdue", …)."""
        return _lib.dec(_lib.cchc_task_state_name(self))

    @property
    def label_vi(self):
        """The Vietnamese label from cchc_task_state_label_vi() ("Quá hạn")."""
        return _lib.dec(_lib.cchc_task_state_label_vi(self))

    @property
    def is_done(self):
        """True for DONE_ON_TIME, DONE_LATE and DONE_UNDATED."""
        return self in (TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.DONE_UNDATED)

    @classmethod
    def from_token(cls, token):
        """TaskState from its file name ("overdue"); InvalidArgumentError if unknown."""
        return _from_own_token(cls, token, "task state")


class OutputFormat(enum.IntEnum):
    """Output formats of report writing (enum cchc_output_format)."""

    TEXT = 1      #: aligned plain text
    MARKDOWN = 2  #: GitHub-flavoured Markdown tables
    CSV = 3       #: RFC 4180, one row per task, UTF-8
    JSON = 4      #: "format": "cchc-report"

    @property
    def token(self):
        """The name the ``cchc report --format`` option uses: text, md, csv, json."""
        return _FORMAT_TOKENS[self]

    @classmethod
    def from_token(cls, token):
        """OutputFormat from "text", "md" (or "markdown"), "csv", "json"."""
        return _from_own_token(cls, token, "output format",
                               {"markdown": OutputFormat.MARKDOWN})


_FORMAT_TOKENS = {OutputFormat.TEXT: "text", OutputFormat.MARKDOWN: "md",
                  OutputFormat.CSV: "csv", OutputFormat.JSON: "json"}


# ---- scoring (scheme.h, scorecard.h, ranking.h) ------------------------------


class RuleKind(enum.IntEnum):
    """How a leaf turns a unit's facts into points (enum cchc_rule_kind, docs/scoring.md)."""

    MANUAL = 1          #: điểm chấm trực tiếp: points typed, 0 … maximum, optional step
    YES_NO = 2          #: đạt / không đạt
    DEADLINE = 3        #: kịp thời / không kịp thời / không thực hiện
    RATE_BANDS = 4      #: bands on a rate: "trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0"
    PROPORTIONAL = 5    #: tỷ lệ a/b × điểm tối đa, optional floor and cap
    COUNT_LEVELS = 6    #: stepped counts: "họp 4 lần/năm: 20 / 3 lần: 15 / …"
    DEDUCTION = 7       #: điểm trừ: the maximum less points per event, never below 0
    SURVEY = 8          #: điều tra xã hội học: answer counts × option weights

    @property
    def token(self):
        """The name used in scheme files, from cchc_rule_kind_name() ("rate_bands", …)."""
        return _lib.dec(_lib.cchc_rule_kind_name(self))

    @classmethod
    def from_token(cls, token):
        """RuleKind from its file name ("yes_no"); InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_rule_kind_from_name, "rule kind",
                           ", ".join(_lib.dec(_lib.cchc_rule_kind_name(v)) for v in range(1, 9)))


class RuleSource(enum.IntEnum):
    """Where a rule's input comes from (enum cchc_rule_source)."""

    TYPED = 1            #: the unit states it in its scorecard (the default)
    PLAN_COMPLETION = 2  #: mức độ thực hiện kế hoạch: due tasks done ÷ due, from the plan
    PLAN_REPORTS = 3     #: báo cáo đúng hạn: periodic reports on time ÷ due, from the plan

    @property
    def token(self):
        """The file name from cchc_rule_source_name() ("plan_completion", …)."""
        return _lib.dec(_lib.cchc_rule_source_name(self))

    @property
    def is_plan_fed(self):
        """True for the two sources computed from a plan."""
        return self != RuleSource.TYPED

    @classmethod
    def from_token(cls, token):
        """RuleSource from its file name; InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_rule_source_from_name, "rule source",
                           "typed, plan_completion, plan_reports")


class RuleOutcome(enum.IntEnum):
    """The outcomes of rules that give fixed points per outcome (enum cchc_rule_outcome)."""

    YES = 1        #: yes/no: đạt yêu cầu
    NO = 2         #: yes/no: không đạt yêu cầu
    ON_TIME = 3    #: deadline: kịp thời
    LATE = 4       #: deadline: không kịp thời
    MISSING = 5    #: deadline: không thực hiện / không ban hành
    OTHERWISE = 6  #: count levels: còn lại, below every level

    @property
    def token(self):
        """The file name from cchc_rule_outcome_name() ("on_time", …)."""
        return _lib.dec(_lib.cchc_rule_outcome_name(self))

    @classmethod
    def from_token(cls, token):
        """RuleOutcome from its file name; InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_rule_outcome_from_name, "rule outcome",
                           "yes, no, on_time, late, missing, otherwise")


class InputKind(enum.IntEnum):
    """The kinds of fact a self-assessment states (enum cchc_input_kind)."""

    POINTS = 1   #: points typed by the unit
    YES = 2      #: yes or no
    DATE = 3     #: the date it was done, or "not done"
    RATE = 4     #: a rate in %
    RATIO = 5    #: a ratio a / b
    COUNT = 6    #: a count
    ANSWERS = 7  #: survey answer counts per option

    @property
    def token(self):
        """The key used in scorecard files ("points", "yes", …; C has no name function)."""
        return self.name.lower()

    @classmethod
    def from_token(cls, token):
        """InputKind from "points", "yes", "date", "rate", "ratio", "count", "answers"."""
        return _from_own_token(cls, token, "input kind")


class AppraisalState(enum.IntEnum):
    """Where a node's final points stand with the appraisal (enum cchc_appraisal_state)."""

    NONE = 1      #: chưa thẩm định: no self-assessed leaf below the node is appraised
    PARTIAL = 2   #: thẩm định một phần
    COMPLETE = 3  #: đã thẩm định: every counted self-assessed leaf is appraised

    @property
    def token(self):
        """"none", "partial" or "complete", as the score writers name it.

        C has no name function for this enum.
        """
        return self.name.lower()

    @classmethod
    def from_token(cls, token):
        return _from_own_token(cls, token, "appraisal state")


class TiePolicy(enum.IntEnum):
    """How equal indexes are ranked (enum cchc_tie_policy, docs/ranking.md)."""

    COMPETITION = 1  #: 1-2-2-4: tied units share the best rank, the next rank skips (default)
    DENSE = 2        #: 1-2-2-3: tied units share a rank, the next follows on
    ORDINAL = 3      #: 1-2-3-4: tied units keep the order they were added in

    @property
    def token(self):
        """The name from cchc_tie_policy_name() ("competition", "dense", "ordinal")."""
        return _lib.dec(_lib.cchc_tie_policy_name(self))

    @classmethod
    def from_token(cls, token):
        """TiePolicy from its name (cchc_tie_policy_from_name); InvalidArgumentError if unknown."""
        return _from_token(cls, token, _lib.cchc_tie_policy_from_name, "tie policy",
                           "competition, dense, ordinal")


class GroupBy(enum.IntEnum):
    """How units are grouped before ranking (enum cchc_ranking_group_by)."""

    NONE = 1    #: one group of every unit (the default)
    KIND = 2    #: one group per unit kind
    CALLER = 3  #: the group given with each evaluation to Ranking.add()

    @property
    def token(self):
        """"none", "kind" or "caller", as the ranking JSON names it (C has no name function)."""
        return self.name.lower()

    @classmethod
    def from_token(cls, token):
        """GroupBy from "none", "kind" or "caller"; InvalidArgumentError if unknown."""
        return _from_own_token(cls, token, "grouping")


def coerce(cls, value):
    """Member of @cls for a valid int, else the int itself (C reports it)."""
    try:
        return cls(value)
    except ValueError:
        return value
