/*
 * libcchc — reporting calendars (chế độ báo cáo): periods, data cut-off
 * windows and deadlines.
 *
 * A calendar is a list of reporting periods. Each period has an id ("q1"), a
 * label ("Báo cáo kết quả CCHC quý I/2023"), a data window (thời gian chốt số
 * liệu: from … to, both days included), the deadline for the units to send
 * their figures to the office, the deadline for the office (Văn phòng) to
 * send the compiled report to Sở Nội vụ, and — once it is sent — the date the
 * compiled report was submitted.
 *
 * Deadlines are the last day that is on time. "Gửi trước ngày 10/3/2023"
 * (send before 10 March) is the deadline 2023-03-09; "chậm nhất ngày 20"
 * (by the 20th at the latest) is the 20th.
 *
 * Calendars are data: a plan carries its own (see cchc_plan_calendar()), and
 * two rules are built in (cchc_calendar_builtin()).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_PERIOD_H
#define CCHC_PERIOD_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_calendar cchc_calendar;
typedef struct cchc_period cchc_period;

/** The two deadlines of a period. */
enum cchc_deadline_kind {
    CCHC_DEADLINE_SEND = 1,   /**< units send their figures to the office */
    CCHC_DEADLINE_COMPILE = 2 /**< the office sends the compiled report to Sở Nội vụ */
};

/** Where a submission stands against a deadline, as of a date. */
enum cchc_submission_state {
    CCHC_SUBMISSION_PENDING = 1, /**< not submitted, and the deadline has not passed */
    CCHC_SUBMISSION_ON_TIME = 2, /**< submitted on or before the deadline */
    CCHC_SUBMISSION_LATE = 3,    /**< submitted after the deadline */
    CCHC_SUBMISSION_MISSING = 4  /**< not submitted, and the deadline has passed */
};

/** The rule of section III.5 of the 2023 plan of Sở LĐ-TB&XH Hải Dương. */
#define CCHC_CALENDAR_HAI_DUONG "hai-duong"
/** The national rule of Công văn 581/BNV-CCHC (Bộ Nội vụ). */
#define CCHC_CALENDAR_NATIONAL "national"

/** Creates an empty calendar owned by the caller. Never returns NULL. */
CCHC_API cchc_calendar *cchc_calendar_new(void);

/**
 * cchc_calendar_builtin:
 * @out: receives the calendar, owned by the caller; NULL on failure.
 * @rule: CCHC_CALENDAR_HAI_DUONG or CCHC_CALENDAR_NATIONAL.
 * @year: the reporting year (1900 … 9999).
 *
 * "hai-duong": Q1 (10/12 of the year before – 09/3, send before 10/3,
 * compiled before 14/3), six months (10/12 – 09/6, 10/6, 14/6), Q3 (10/6 –
 * 09/9, 10/9, 14/9), year (10/12 – 09/12, 10/12, 14/12).
 * "national": Q1 15/12 – 14/3, six months 15/12 – 14/6, Q3 15/6 – 14/9,
 * year 15/12 – 14/12; units and compiled report due by the 20th of the
 * period's last month.
 * Period ids are "q1", "h1", "q3" and "year".
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND for an unknown
 * rule; CCHC_ERANGE for a year out of range.
 */
CCHC_API int cchc_calendar_builtin(cchc_calendar **out, const char *rule, int year);

/** Returns: a deep copy owned by the caller, through @out. CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_calendar_copy(cchc_calendar **out, const cchc_calendar *calendar);

/** Frees a calendar the caller owns (never one borrowed from a plan). NULL is a no-op. */
CCHC_API void cchc_calendar_free(cchc_calendar *calendar);

/** Returns: the calendar's name ("Chế độ báo cáo CCHC …"), borrowed; "" when unset. */
CCHC_API const char *cchc_calendar_name(const cchc_calendar *calendar);
/** Sets the name (copied; NULL = ""). Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_calendar_set_name(cchc_calendar *calendar, const char *name);

/** Returns: the number of periods. */
CCHC_API size_t cchc_calendar_count(const cchc_calendar *calendar);
/** Returns: period @index (in the order added), borrowed; NULL when out of range. */
CCHC_API cchc_period *cchc_calendar_at(const cchc_calendar *calendar, size_t index);
/** Returns: the period with id @id, borrowed; NULL when there is none. */
CCHC_API cchc_period *cchc_calendar_find(const cchc_calendar *calendar, const char *id);

/**
 * cchc_calendar_add:
 * @id: 1–64 ASCII letters, digits, '.', '-' or '_'; unique in the calendar.
 * @label: the report's name, UTF-8.
 * @window_from, @window_to: the data window, "YYYY-MM-DD", from ≤ to.
 * @send_deadline, @compile_deadline: "YYYY-MM-DD", or "" when the rule sets none.
 *
 * Appends a period. Whether deadlines fall after the window is a matter for
 * validation, not for this function.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a malformed id, non-UTF-8 text or
 * an impossible date; CCHC_ERANGE when the window ends before it starts;
 * CCHC_EEXISTS when the id is taken.
 */
CCHC_API int cchc_calendar_add(cchc_calendar *calendar, const char *id, const char *label,
                               const char *window_from, const char *window_to,
                               const char *send_deadline, const char *compile_deadline);

/**
 * cchc_calendar_remove:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND.
 */
CCHC_API int cchc_calendar_remove(cchc_calendar *calendar, const char *id);

/**
 * cchc_calendar_next_deadline:
 * @out_period: receives the period whose deadline comes first strictly after
 *              @date (borrowed), NULL on failure.
 * @out_kind: receives which deadline it is (cchc_deadline_kind); may be NULL.
 * @date: "YYYY-MM-DD".
 * When both deadlines of several periods fall on the same day, the earlier
 * period in the calendar and the send deadline come first.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a bad date; CCHC_ENOTFOUND when
 * no deadline comes after @date.
 */
CCHC_API int cchc_calendar_next_deadline(const cchc_period **out_period, int *out_kind,
                                         const cchc_calendar *calendar, const char *date);

/** Returns: the period's id, borrowed. */
CCHC_API const char *cchc_period_id(const cchc_period *period);
/** Returns: the period's label, borrowed. */
CCHC_API const char *cchc_period_label(const cchc_period *period);
/** Returns: the first day of the data window, "YYYY-MM-DD". */
CCHC_API const char *cchc_period_window_from(const cchc_period *period);
/** Returns: the last day of the data window (the cut-off), "YYYY-MM-DD". */
CCHC_API const char *cchc_period_window_to(const cchc_period *period);
/** Returns: the units' send deadline, "YYYY-MM-DD" or "". */
CCHC_API const char *cchc_period_send_deadline(const cchc_period *period);
/** Returns: the compiled report's deadline (to Sở Nội vụ), "YYYY-MM-DD" or "". */
CCHC_API const char *cchc_period_compile_deadline(const cchc_period *period);
/** Returns: the date the compiled report was submitted, "YYYY-MM-DD", or "" when not yet. */
CCHC_API const char *cchc_period_submitted(const cchc_period *period);

/**
 * cchc_period_set_submitted:
 * Records the date the compiled report went to Sở Nội vụ ("" / NULL clears it).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL period or an impossible date.
 */
CCHC_API int cchc_period_set_submitted(cchc_period *period, const char *date);

/**
 * cchc_period_contains:
 * Returns: 1 when @date lies in the period's data window, 0 when not;
 * CCHC_EINVAL for NULL or a malformed date.
 */
CCHC_API int cchc_period_contains(const cchc_period *period, const char *date);

/**
 * cchc_period_submission_state:
 * @out_state: receives a cchc_submission_state.
 * @kind: which deadline to judge against (cchc_deadline_kind).
 * @submitted_on: the submission date, or "" / NULL when nothing was submitted.
 * @as_of: the date of the judgement ("YYYY-MM-DD").
 *
 * A submission after @as_of is treated as not yet made.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown kind or a bad date;
 * CCHC_ENOTFOUND when the period has no deadline of that kind.
 */
CCHC_API int cchc_period_submission_state(int *out_state, const cchc_period *period, int kind,
                                          const char *submitted_on, const char *as_of);

/** Returns: "pending", "on_time", "late" or "missing", static; "" if unknown. */
CCHC_API const char *cchc_submission_state_name(int state);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_PERIOD_H */
