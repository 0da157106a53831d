/*
 * libcchc — writing reports and calendars for people and other programs:
 * plain text, Markdown, CSV, JSON and iCalendar (RFC 5545).
 *
 * Every writer returns a new NUL-terminated UTF-8 document through @out,
 * freed with cchc_free(). Output is deterministic: the same inputs give the
 * same bytes.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_EXPORT_H
#define CCHC_EXPORT_H

#include "cchc/common.h"
#include "cchc/plan.h"
#include "cchc/progress.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Output formats of cchc_report_write(). */
enum cchc_output_format {
    CCHC_OUTPUT_TEXT = 1,     /**< aligned plain text for a terminal */
    CCHC_OUTPUT_MARKDOWN = 2, /**< GitHub-flavoured Markdown tables */
    CCHC_OUTPUT_CSV = 3,      /**< RFC 4180, one row per task, UTF-8 */
    CCHC_OUTPUT_JSON = 4      /**< "format": "cchc-report", version 1 */
};

/** Flags of the writers. */
enum cchc_output_flags {
    /** CSV only: start with a UTF-8 byte order mark, so that Excel reads Vietnamese. */
    CCHC_OUTPUT_BOM = 1,
    /** Diagnostics: messages in Vietnamese (English where an entry has none). */
    CCHC_OUTPUT_VIETNAMESE = 2
};

/**
 * cchc_report_write:
 * @out: receives the document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes (without the NUL), or NULL.
 * @report: the report.
 * @plan: the plan the report was computed from (for titles and unit names).
 * @format: a cchc_output_format.
 * @flags: cchc_output_flags or 0.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown format or flag, or a
 * plan that does not hold the report's tasks.
 */
CCHC_API int cchc_report_write(char **out, size_t *out_size, const cchc_report *report,
                               const cchc_plan *plan, int format, int flags);

/**
 * cchc_plan_write_icalendar:
 * @out: receives an iCalendar (RFC 5545) document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes, or NULL.
 * @plan: the plan; it must have a year.
 * @unit_ref: only tasks this unit leads or coordinates (a unit id or group
 *            token, as in the task), and the report deadlines; NULL for all.
 * @stamp: the DTSTAMP of every entry, "YYYY-MM-DD" (midnight UTC); NULL for
 *         the current time. A fixed stamp makes the output reproducible.
 *
 * One VTODO per dated occurrence of each task milestone (DUE the deadline as
 * a DATE) and one per report deadline of the plan's calendar; UIDs are
 * stable across runs (plan year, task key, milestone and occurrence).
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a bad stamp, a plan without a
 * year; CCHC_ENOTFOUND when @unit_ref names no unit or group of the plan.
 */
CCHC_API int cchc_plan_write_icalendar(char **out, size_t *out_size, const cchc_plan *plan,
                                       const char *unit_ref, const char *stamp);

/**
 * cchc_diagnostics_write:
 * @out: receives the document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes, or NULL.
 * @diags: the list.
 * @format: CCHC_OUTPUT_TEXT (one line per entry, as cchc_diagnostic_format(),
 *          then a count by severity) or CCHC_OUTPUT_JSON ("format":
 *          "cchc-diagnostics", version 1, every field of every entry).
 * @flags: 0 or CCHC_OUTPUT_VIETNAMESE.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, another format or an unknown flag.
 */
CCHC_API int cchc_diagnostics_write(char **out, size_t *out_size, const cchc_diagnostics *diags,
                                    int format, int flags);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_EXPORT_H */
