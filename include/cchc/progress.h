/*
 * libcchc — status and progress of a plan as of a date, and the figures of a
 * periodic report.
 *
 * The state of each task on a day (not yet due, due soon, overdue, done on
 * time, done late, ongoing, waiting on an event, cancelled, …) follows from
 * its schedule (schedule.h), its status, progress and completion date, by the
 * rules of docs/progress.md. A progress object is a snapshot: computed once,
 * it does not follow later changes of the plan, and it names tasks by key.
 *
 * The completion rate of due tasks — the share of the tasks due by the date
 * that are done — is the figure the PAR index calls "Mức độ thực hiện kế
 * hoạch CCHC".
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_PROGRESS_H
#define CCHC_PROGRESS_H

#include "cchc/common.h"
#include "cchc/plan.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_progress cchc_progress;
typedef struct cchc_report cchc_report;

/** A task's state on a given day. */
enum cchc_task_state {
    CCHC_STATE_NOT_DUE = 1,      /**< chưa đến hạn: its deadline is later */
    CCHC_STATE_DUE_SOON = 2,     /**< sắp đến hạn: a deadline falls within the caller's window */
    CCHC_STATE_OVERDUE = 3,      /**< quá hạn: a deadline has passed and it is not done */
    CCHC_STATE_DONE_ON_TIME = 4, /**< hoàn thành đúng hạn */
    CCHC_STATE_DONE_LATE = 5,    /**< hoàn thành quá hạn */
    CCHC_STATE_DONE_UNDATED = 6, /**< hoàn thành, but no completion date is recorded */
    CCHC_STATE_ONGOING = 7,      /**< thường xuyên: continuous, inside the plan year */
    CCHC_STATE_WAITING = 8,      /**< chờ sự kiện: triggered by an event that has not come */
    CCHC_STATE_CANCELLED = 9,    /**< hủy bỏ */
    CCHC_STATE_UNSCHEDULED = 10  /**< its time expression is not understood */
};

/** The number of task states; states are 1 … CCHC_STATE_COUNT. */
#define CCHC_STATE_COUNT 10

/**
 * cchc_progress_compute:
 * @out: receives the snapshot, owned by the caller (cchc_progress_free()); NULL on failure.
 * @plan: the plan; it must have a year.
 * @as_of: the day of the snapshot, "YYYY-MM-DD". Completion dates after it
 *         are treated as not yet done.
 * @due_soon_days: how many days ahead a deadline makes a task "due soon"
 *                 (0 … 366; 0 disables the state).
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a bad date or a plan without a
 * year; CCHC_ERANGE for @due_soon_days out of range.
 */
CCHC_API int cchc_progress_compute(cchc_progress **out, const cchc_plan *plan,
                                   const char *as_of, int due_soon_days);

/** Frees a snapshot. NULL is a no-op. */
CCHC_API void cchc_progress_free(cchc_progress *progress);

/** Returns: the snapshot's day, borrowed. */
CCHC_API const char *cchc_progress_as_of(const cchc_progress *progress);
/** Returns: the number of tasks (the plan's, in plan order). */
CCHC_API size_t cchc_progress_task_count(const cchc_progress *progress);
/** Returns: the key of task @index, borrowed from the snapshot; NULL when out of range. */
CCHC_API const char *cchc_progress_task_key(const cchc_progress *progress, size_t index);
/** Returns: the cchc_task_state of task @index (0 when out of range). */
CCHC_API int cchc_progress_task_state(const cchc_progress *progress, size_t index);
/**
 * cchc_progress_task_deadline:
 * Returns: the deadline that decided task @index's state — for an overdue
 * task the first one missed, otherwise the next one, else the last — as
 * "YYYY-MM-DD"; "" when it has none (events, unknown times); NULL when out of range.
 */
CCHC_API const char *cchc_progress_task_deadline(const cchc_progress *progress, size_t index);
/**
 * cchc_progress_task_is_due:
 * Returns: 1 when task @index counts as due by the snapshot's day (docs/progress.md), else 0.
 */
CCHC_API int cchc_progress_task_is_due(const cchc_progress *progress, size_t index);

/**
 * cchc_progress_count:
 * @area: 1 … 7, or 0 for all areas.
 * @lead_ref: a lead unit reference (unit id or group token), or NULL for all.
 * @state: a cchc_task_state, or 0 for all states.
 * Returns: the number of tasks matching all three (a task led jointly counts
 * for each of its leads).
 */
CCHC_API size_t cchc_progress_count(const cchc_progress *progress, int area,
                                    const char *lead_ref, int state);

/** Returns: the number of due tasks matching @area and @lead_ref (as cchc_progress_count()). */
CCHC_API size_t cchc_progress_due_count(const cchc_progress *progress, int area,
                                        const char *lead_ref);
/** Returns: the number of due tasks that are done (on time, late or undated). */
CCHC_API size_t cchc_progress_due_done_count(const cchc_progress *progress, int area,
                                             const char *lead_ref);

/**
 * cchc_progress_completion_rate:
 * @out_percent: receives done ÷ due × 100 for the tasks matching @area and
 *               @lead_ref (unrounded).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when no matching
 * task is due yet (a rate of nothing is not 100 %).
 */
CCHC_API int cchc_progress_completion_rate(double *out_percent, const cchc_progress *progress,
                                           int area, const char *lead_ref);

/** Returns: the number of distinct lead references in the snapshot, in order of first appearance. */
CCHC_API size_t cchc_progress_lead_count(const cchc_progress *progress);
/** Returns: lead reference @index, borrowed; NULL when out of range. */
CCHC_API const char *cchc_progress_lead_at(const cchc_progress *progress, size_t index);

/** Returns: the state's file name ("not_due", "due_soon", "overdue", "done_on_time", "done_late", "done_undated", "ongoing", "waiting", "cancelled", "unscheduled"), static; "" if unknown. */
CCHC_API const char *cchc_task_state_name(int state);
/** Returns: the state's Vietnamese label ("Quá hạn"), static; "" if unknown. */
CCHC_API const char *cchc_task_state_label_vi(int state);

/* ---- the periodic report ------------------------------------------------ */

/**
 * cchc_report_compute:
 * @out: receives the report, owned by the caller (cchc_report_free()); NULL on failure.
 * @plan: the plan; it must have a year.
 * @period_id: a period of the plan's calendar, or NULL for a report "as of"
 *             covering the plan year up to @as_of.
 * @as_of: the day the report is made, "YYYY-MM-DD". With a period, the
 *         figures stand at the period's cut-off, or at @as_of if that is earlier.
 *
 * The report holds: its window and cut-off; the tasks completed inside the
 * window, on time and late; the tasks overdue at the cut-off with their lead
 * units; by area and by lead unit; and the progress snapshot at the cut-off.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a bad date or a plan without a
 * year; CCHC_ENOTFOUND for an unknown period.
 */
CCHC_API int cchc_report_compute(cchc_report **out, const cchc_plan *plan,
                                 const char *period_id, const char *as_of);

/**
 * cchc_report_compute_due_soon:
 * As cchc_report_compute() (which is this function with @due_soon_days 0),
 * with the snapshot at the cut-off marking as "due soon" the tasks with a
 * deadline within @due_soon_days (0 … 366; 0 disables the state) after it.
 *
 * Returns: as cchc_report_compute(); CCHC_ERANGE for @due_soon_days out of range.
 */
CCHC_API int cchc_report_compute_due_soon(cchc_report **out, const cchc_plan *plan,
                                          const char *period_id, const char *as_of,
                                          int due_soon_days);

/** Frees a report. NULL is a no-op. */
CCHC_API void cchc_report_free(cchc_report *report);

/** Returns: the period's id, or "" for an "as of" report. */
CCHC_API const char *cchc_report_period_id(const cchc_report *report);
/** Returns: the report's title ("Báo cáo kết quả CCHC quý I/2023", or "Tiến độ thực hiện kế hoạch CCHC đến ngày …"). */
CCHC_API const char *cchc_report_title(const cchc_report *report);
/** Returns: the first day of the window the report covers, "YYYY-MM-DD". */
CCHC_API const char *cchc_report_window_from(const cchc_report *report);
/** Returns: the cut-off: the last day the figures cover, "YYYY-MM-DD". */
CCHC_API const char *cchc_report_cutoff(const cchc_report *report);
/** Returns: the progress snapshot at the cut-off, borrowed from the report. */
CCHC_API const cchc_progress *cchc_report_progress(const cchc_report *report);

/**
 * cchc_report_completed_count:
 * @area, @lead_ref: filters as in cchc_progress_count() (0 / NULL for all).
 * @state: CCHC_STATE_DONE_ON_TIME, CCHC_STATE_DONE_LATE, or 0 for both.
 * Returns: the number of tasks completed inside the window (completion date
 * from the window's first day to the cut-off).
 */
CCHC_API size_t cchc_report_completed_count(const cchc_report *report, int area,
                                            const char *lead_ref, int state);

/** Returns: the number of tasks overdue at the cut-off, in plan order. */
CCHC_API size_t cchc_report_overdue_count(const cchc_report *report);
/** Returns: the key of overdue task @index, borrowed; NULL when out of range. */
CCHC_API const char *cchc_report_overdue_key(const cchc_report *report, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_PROGRESS_H */
