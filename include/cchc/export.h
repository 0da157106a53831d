/*
 * libcchc — writing reports and calendars for people and other programs:
 * plain text, Markdown, CSV, JSON and iCalendar (RFC 5545); scores,
 * rankings and their comparison, and an SVG radar chart of area indexes.
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
#include "cchc/ranking.h"
#include "cchc/scorecard.h"

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


/* ---- scores, rankings and comparisons (docs/ranking.md, "Outputs") ------- */

/*
 * The writers below lay out what evaluations and rankings hold; they compute
 * nothing. Text, Markdown and CSV show figures rounded by cchc_points_round()
 * with two decimals and a decimal point ("84.25"); JSON gives every number
 * unrounded, as computed. Text and Markdown label columns in Vietnamese with
 * the English in brackets; CSV and JSON use the English names of
 * docs/ranking.md. CSV is RFC 4180 with CRLF line ends, UTF-8, a BOM first
 * with CCHC_OUTPUT_BOM.
 */

/**
 * cchc_evaluation_write:
 * @out: receives the document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes (without the NUL), or NULL.
 * @evaluations: @count evaluations (cchc_scorecard_evaluate()) under one
 *               scheme, in the order they are to be shown; borrowed.
 * @count: how many, at least 1.
 * @format: a cchc_output_format. TEXT and MARKDOWN: for each unit its
 *          self-assessed and final points, maximum, index, band, appraisal,
 *          rescaling, the totals by component and a table of the areas that
 *          adds up to the total; for more than one unit a summary table
 *          follows. CSV: one row per unit and node (the whole first, code
 *          ""), every node of the scheme. JSON: "format": "cchc-scores",
 *          version 1 — per unit the totals, components and areas (the full
 *          tree of one evaluation is cchc_evaluation_save_data()'s).
 * @flags: 0, or CCHC_OUTPUT_BOM with CSV.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @out or @evaluations, a NULL
 * element, @count 0, evaluations under different schemes (the message names
 * both), an unknown format or flag, or a BOM with a format other than CSV.
 */
CCHC_API int cchc_evaluation_write(char **out, size_t *out_size,
                                   const cchc_evaluation *const *evaluations, size_t count,
                                   int format, int flags);

/**
 * cchc_ranking_write:
 * @out: receives the document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes (without the NUL), or NULL.
 * @ranking: a ranking after cchc_ranking_compute().
 * @format: a cchc_output_format. TEXT and MARKDOWN: per group, the table of
 *          ranks (tied ranks marked "="), points, maximum, index and band,
 *          then for each area the units by their rank on it with index and
 *          band. CSV: one row per unit and scope — the whole ("total") and
 *          each area — in the order of the ranking. JSON: "format":
 *          "cchc-ranking", version 1.
 * @flags: 0, or CCHC_OUTPUT_BOM with CSV.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a ranking not computed, an
 * unknown format or flag, or a BOM with a format other than CSV.
 */
CCHC_API int cchc_ranking_write(char **out, size_t *out_size, const cchc_ranking *ranking,
                                int format, int flags);

/**
 * cchc_comparison_write:
 * @out: receives the document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes (without the NUL), or NULL.
 * @comparison: a comparison from cchc_ranking_compare().
 * @format: a cchc_output_format. TEXT and MARKDOWN: a table of the units
 *          with rank, index and band before and after and their changes
 *          (units on one side only marked "mới (new)" or "không còn
 *          (gone)"), then one table per area. CSV: one row per unit and
 *          scope ("total" and each area code). JSON: "format":
 *          "cchc-comparison", version 1.
 * @flags: 0, or CCHC_OUTPUT_BOM with CSV.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown format or flag, or a
 * BOM with a format other than CSV.
 */
CCHC_API int cchc_comparison_write(char **out, size_t *out_size,
                                   const cchc_comparison *comparison, int format, int flags);

/**
 * cchc_evaluation_write_svg:
 * @out: receives an SVG 1.1 document (UTF-8 XML), freed with cchc_free();
 *       NULL on failure.
 * @out_size: receives its length in bytes (without the NUL), or NULL.
 * @unit: the evaluation drawn.
 * @others: @n_others evaluations under the same scheme whose mean is drawn
 *          beside it (typically every other unit ranked), or NULL when
 *          @n_others is 0; borrowed.
 *
 * A radar chart with one axis per area (top-level node, normally the seven
 * lĩnh vực), 0 … 100 %, gridlines every 20 %: the unit's area indexes as a
 * filled polygon, and the mean of the others' area indexes (each area
 * averaged over the units for which it counts, independently of their
 * order) as a dashed one; the scheme's Vietnamese area labels with both
 * figures rounded to two decimals, a title naming the unit, scheme and year,
 * and a legend. An area excluded for the unit is drawn at 0 and labelled
 * "không áp dụng (n/a)". The bytes depend only on the inputs.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @out or @unit, NULL @others with
 * @n_others > 0, a NULL element, an evaluation under another scheme or with
 * other areas, or fewer than three areas.
 */
CCHC_API int cchc_evaluation_write_svg(char **out, size_t *out_size,
                                       const cchc_evaluation *unit,
                                       const cchc_evaluation *const *others, size_t n_others);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_EXPORT_H */
