/*
 * libcchc — private accessors of progress snapshots and reports, for the
 * writers of the formats layer (export-report.c, json-report-write.c).
 * Never installed.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_PROGRESS_INTERNAL_H
#define CCHC_PROGRESS_INTERNAL_H

#include "internal.h"

/* ---- progress.c ---------------------------------------------------------- */

/* The due-soon window the snapshot was computed with (0 = none). */
int cchc__progress_due_soon_days(const cchc_progress *progress);
/* The plan year the snapshot was computed in. */
int cchc__progress_plan_year(const cchc_progress *progress);
/* Task @index as recorded when the snapshot was taken: status, progress in
 * percent and completion date ("" when none; it may lie after the snapshot's
 * day). Out of range: 0, 0.0 and "". */
int cchc__progress_task_status(const cchc_progress *progress, size_t index);
double cchc__progress_task_percent(const cchc_progress *progress, size_t index);
const char *cchc__progress_task_completed(const cchc_progress *progress, size_t index);
/* The earliest start of task @index's schedule ("" when it has no dates). */
const char *cchc__progress_task_start(const cchc_progress *progress, size_t index);
/* 1 when task @index matches @area (0 = any) and @lead_ref (NULL = any), as
 * cchc_progress_count() filters. */
int cchc__progress_task_matches(const cchc_progress *progress, size_t index, int area,
                                const char *lead_ref);

/* ---- report.c ------------------------------------------------------------ */

/* The day the report was made. */
const char *cchc__report_as_of(const cchc_report *report);
/* The last day of the window the report covers: the period's window_to, or
 * the report's day for an "as of" report. The cut-off is never later. */
const char *cchc__report_window_to(const cchc_report *report);
/* 1 when task @index (snapshot order) was completed inside the window (its
 * state at the cut-off is done on time or done late and its completion date
 * lies from the window's first day to the cut-off), else 0. */
int cchc__report_task_completed_in_window(const cchc_report *report, size_t index);

/* ---- the writers (formats layer) ---------------------------------------- */

/* Shared by the report writers: the state's English name for people
 * ("done on time"); "" when unknown. */
const char *cchc__state_label_en(int state);
/* The shortest decimal that reads back as @value ("12.5", "100"), newly
 * allocated; locale-independent. */
char *cchc__format_number(double value);

/* json-report-write.c: the report as a "cchc-report" JSON document (version
 * 1), newly allocated; @plan is known to hold every task of the report. */
char *cchc__report_json(const cchc_report *report, const cchc_plan *plan, size_t *size);

#endif /* CCHC_PROGRESS_INTERNAL_H */
