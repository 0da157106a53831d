/*
 * libcchc — schedules: what a plan's time expression (thời gian thực hiện)
 * means.
 *
 * "Quý I/2023", "Tháng 3,6,9,12/2023", "Thường xuyên", "Ban hành KH trong quý
 * I/2023; triển khai cả năm", "Khi có hướng dẫn của Sở Nội vụ": the parser
 * turns such text into a schedule of one or more milestones, each typed —
 * by a date, within an interval, on a list of dates or months, recurring,
 * continuous through the plan year, triggered by an event, or not
 * understood — never a guess presented as a date.
 *
 * Every dated milestone has one or more occurrences (an interval has one; a
 * list "Tháng 3,6,9,12" has four), each a window from a start to a deadline.
 * The deadline is the last day on which the work is on time, derived by
 * documented rules (docs/time-expressions.md): the last day of the interval
 * ("Quý I/2023" → 2023-03-31), the day itself ("ngày 20/11/2023"), or the day
 * before ("trước ngày 20/11/2023" → 2023-11-19).
 *
 * A schedule is a snapshot owned by the caller: it does not change when the
 * task it was parsed from changes.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_SCHEDULE_H
#define CCHC_SCHEDULE_H

#include "cchc/common.h"
#include "cchc/limits.h"
#include "cchc/task.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_schedule cchc_schedule;
typedef struct cchc_milestone cchc_milestone;

/** What kind of time a milestone names. */
enum cchc_milestone_kind {
    /** By a date: "trước ngày 20/11/2023", "ngày 15/3/2023". One occurrence. */
    CCHC_MILESTONE_DATE = 1,
    /** Within an interval: a month, quarter(s), half-year, year, date or year range.
     *  One occurrence; the deadline is the interval's last day. */
    CCHC_MILESTONE_INTERVAL = 2,
    /** On each of a list of dates or months: "Tháng 3,6,9,12/2023". */
    CCHC_MILESTONE_LIST = 3,
    /** Recurring in the plan year: monthly, quarterly, yearly, "trước ngày 15 hàng tháng". */
    CCHC_MILESTONE_RECURRING = 4,
    /** Continuous through the plan year: "Thường xuyên", "Cả năm", "Năm 2023". */
    CCHC_MILESTONE_CONTINUOUS = 5,
    /** Triggered by an event: "Khi có hướng dẫn của Sở Nội vụ". No dates. */
    CCHC_MILESTONE_EVENT = 6,
    /** Not understood: the reason and the text are kept. No dates. */
    CCHC_MILESTONE_UNKNOWN = 7
};

/** The precision of a milestone's dates (for recurring ones: the period). */
enum cchc_grain {
    CCHC_GRAIN_NONE = 0,      /**< no dates (event, not understood) */
    CCHC_GRAIN_DAY = 1,
    CCHC_GRAIN_MONTH = 2,
    CCHC_GRAIN_QUARTER = 3,
    CCHC_GRAIN_HALF_YEAR = 4,
    CCHC_GRAIN_YEAR = 5
};

/**
 * cchc_schedule_parse:
 * @out: receives the schedule, owned by the caller (cchc_schedule_free()); NULL on failure.
 * @text: the time expression as written, UTF-8 (NFC or not); may be "".
 * @plan_year: the plan's year (1900 … 9999), used where the text names no year
 *             ("Quý I", "Thường xuyên") and to bound recurrences.
 *
 * Parsing never fails on words: text it cannot read gives a schedule whose
 * milestone is CCHC_MILESTONE_UNKNOWN with a reason ("" gives one with the
 * reason "empty"). Impossible dates ("31/2/2023") and out-of-range numbers
 * ("Quý V") are not understood either, with a reason that says so.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or non-UTF-8 text; CCHC_ERANGE for a
 * plan year outside 1900 … 9999; CCHC_ELIMIT for a text longer than the
 * default string_bytes limit (1 MiB, include/cchc/limits.h).
 */
CCHC_API int cchc_schedule_parse(cchc_schedule **out, const char *text, int plan_year);

/**
 * cchc_schedule_parse_with_limits:
 * As cchc_schedule_parse() with the string_bytes ceiling of @limits (NULL:
 * the default) on the length of @text in bytes.
 * Returns: as cchc_schedule_parse(); CCHC_ELIMIT for a longer text.
 */
CCHC_API int cchc_schedule_parse_with_limits(cchc_schedule **out, const char *text,
                                             int plan_year, const cchc_limits *limits);

/**
 * cchc_task_schedule:
 * @out: receives the schedule of @task's time expression, owned by the caller.
 * @plan_year: the year to read it in, or 0 for the year of the plan holding the task.
 * Returns: as cchc_schedule_parse(); CCHC_EINVAL also when @plan_year is 0
 * and the task is in no plan or its plan has no year.
 */
CCHC_API int cchc_task_schedule(cchc_schedule **out, const cchc_task *task, int plan_year);

/** Frees a schedule. NULL is a no-op. */
CCHC_API void cchc_schedule_free(cchc_schedule *schedule);

/** Returns: the text as given to the parser, borrowed ("" for NULL). */
CCHC_API const char *cchc_schedule_text(const cchc_schedule *schedule);
/** Returns: the plan year it was read in (0 for NULL). */
CCHC_API int cchc_schedule_plan_year(const cchc_schedule *schedule);
/** Returns: the number of milestones (at least 1 for a parsed schedule). */
CCHC_API size_t cchc_schedule_milestone_count(const cchc_schedule *schedule);
/** Returns: milestone @index, borrowed from the schedule; NULL when out of range. */
CCHC_API const cchc_milestone *cchc_schedule_milestone_at(const cchc_schedule *schedule,
                                                          size_t index);
/** Returns: 1 when no milestone is CCHC_MILESTONE_UNKNOWN, else 0. */
CCHC_API int cchc_schedule_is_understood(const cchc_schedule *schedule);
/** Returns: the earliest start of any occurrence, "YYYY-MM-DD"; "" when no milestone has dates. */
CCHC_API const char *cchc_schedule_start(const cchc_schedule *schedule);
/** Returns: the latest deadline of any occurrence, "YYYY-MM-DD"; "" when no milestone has dates. */
CCHC_API const char *cchc_schedule_deadline(const cchc_schedule *schedule);

/**
 * cchc_schedule_describe:
 * @out: receives a readable interpretation, one line per milestone
 *       ("within Q1 2023: 2023-01-01 … 2023-03-31, deadline 2023-03-31"),
 *       freed with cchc_free(); NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_schedule_describe(char **out, const cchc_schedule *schedule);

/** Returns: the cchc_milestone_kind (0 for NULL). */
CCHC_API int cchc_milestone_kind(const cchc_milestone *milestone);
/** Returns: the label taken from the text ("Ban hành KH", "triển khai"), borrowed; "" when none. */
CCHC_API const char *cchc_milestone_label(const cchc_milestone *milestone);
/** Returns: the part of the text this milestone was read from, borrowed. */
CCHC_API const char *cchc_milestone_text(const cchc_milestone *milestone);
/** Returns: the cchc_grain. */
CCHC_API int cchc_milestone_grain(const cchc_milestone *milestone);
/** Returns: the earliest start of its occurrences (the first occurrence's), "YYYY-MM-DD"; "" for events and unknowns. */
CCHC_API const char *cchc_milestone_start(const cchc_milestone *milestone);
/** Returns: the latest deadline of its occurrences, "YYYY-MM-DD" (the last occurrence's, unless
 *  a list holds a range and a day inside it); "" for events and unknowns. */
CCHC_API const char *cchc_milestone_deadline(const cchc_milestone *milestone);
/** Returns: for an event, the event as written ("có hướng dẫn của Sở Nội vụ"); else "". */
CCHC_API const char *cchc_milestone_event(const cchc_milestone *milestone);
/** Returns: for a milestone not understood, why (English); else "". */
CCHC_API const char *cchc_milestone_reason(const cchc_milestone *milestone);
/** Returns: the number of occurrences (0 for events and unknowns). */
CCHC_API size_t cchc_milestone_occurrence_count(const cchc_milestone *milestone);
/** Returns: occurrence @index's start "YYYY-MM-DD", borrowed; NULL when out of range. */
CCHC_API const char *cchc_milestone_occurrence_start(const cchc_milestone *milestone,
                                                     size_t index);
/** Returns: occurrence @index's deadline "YYYY-MM-DD", borrowed; NULL when out of range. */
CCHC_API const char *cchc_milestone_occurrence_deadline(const cchc_milestone *milestone,
                                                        size_t index);

/** Returns: the kind's name ("date", "interval", "list", "recurring", "continuous", "event", "unknown"), static; "" if unknown. */
CCHC_API const char *cchc_milestone_kind_name(int kind);
/** Returns: the grain's name ("none", "day", "month", "quarter", "half-year", "year"), static; "" if unknown. */
CCHC_API const char *cchc_grain_name(int grain);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_SCHEDULE_H */
