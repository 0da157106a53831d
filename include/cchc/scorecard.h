/*
 * libcchc — scorecards (phiếu chấm điểm): one unit, one scheme, one year;
 * and their evaluation.
 *
 * A scorecard holds, per leaf of the scheme (by code), an entry with:
 * - the self-assessment (tự đánh giá): the facts the leaf's rule needs —
 *   typed points, yes/no, a date, a rate or a ratio a/b, a count, survey
 *   answer counts — and an explanation;
 * - the evidence references (tài liệu kiểm chứng: number, date, title, link);
 * - the appraisal (thẩm định): points and the reason for any change; absent
 *   while not yet appraised;
 * - not applicable (không áp dụng) with its reason;
 * - plan-fed inputs (completion rate of the plan, reports on time), which
 *   cchc_scorecard_apply_plan() computes from a cchc_plan; they are never
 *   typed in.
 * The scorecard also lists deduction events (điểm trừ), each naming the leaf
 * it counts against.
 *
 * Evaluating a scorecard under its scheme (cchc_scorecard_evaluate()) gives a
 * cchc_evaluation: for every node its maximum, self points, appraised
 * points, final points and index %; for the whole, totals by component, total
 * points, index % and band. Not-applicable criteria and missing optional
 * components leave the maximum, and the index is rescaled: index = points
 * achieved ÷ maximum of what counts × 100 (docs/scoring.md).
 *
 * Ownership: the scorecard owns its entries, their evidence and the
 * deduction events; pointers to them are borrowed, valid until removed or
 * the scorecard is freed. An evaluation is a snapshot owned by the caller: it
 * copies what it needs from the scorecard and the scheme and stays valid
 * after both are freed.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_SCORECARD_H
#define CCHC_SCORECARD_H

#include <stddef.h>

#include "cchc/common.h"
#include "cchc/diagnostics.h"
#include "cchc/evidence.h"
#include "cchc/plan.h"
#include "cchc/scheme.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_scorecard cchc_scorecard;
typedef struct cchc_entry cchc_entry;
typedef struct cchc_deduction cchc_deduction;
typedef struct cchc_evaluation cchc_evaluation;
typedef struct cchc_node_score cchc_node_score;

/** The kinds of fact a self-assessment can state; each rule reads some of them. */
enum cchc_input_kind {
    CCHC_INPUT_POINTS = 1,  /**< points typed by the unit (manual rules; any rule without other facts) */
    CCHC_INPUT_YES = 2,     /**< yes or no (yes/no rules) */
    CCHC_INPUT_DATE = 3,    /**< the date it was done, or "not done" (deadline rules) */
    CCHC_INPUT_RATE = 4,    /**< a rate in % (rate bands, proportional) */
    CCHC_INPUT_RATIO = 5,   /**< a ratio a / b (rate bands, proportional; count levels read a) */
    CCHC_INPUT_COUNT = 6,   /**< a count (count levels; deductions, as a number of events) */
    CCHC_INPUT_ANSWERS = 7  /**< survey answer counts per option (survey rules) */
};

/* ---- the scorecard ------------------------------------------------------- */

/**
 * cchc_scorecard_new:
 * Creates an empty scorecard (no unit, scheme or year), owned by the caller
 * and freed with cchc_scorecard_free(). Never returns NULL.
 */
CCHC_API cchc_scorecard *cchc_scorecard_new(void);

/**
 * cchc_scorecard_copy:
 * @out: receives a deep copy owned by the caller; NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_scorecard_copy(cchc_scorecard **out, const cchc_scorecard *card);

/** Frees the scorecard with its entries and events. NULL is a no-op. */
CCHC_API void cchc_scorecard_free(cchc_scorecard *card);

/** Returns: the scored unit's id ("so-xyz"), borrowed ("" when unset). */
CCHC_API const char *cchc_scorecard_unit_id(const cchc_scorecard *card);
/** Returns: the scored unit's name ("Sở Xây dựng (hư cấu)"), borrowed ("" when unset). */
CCHC_API const char *cchc_scorecard_unit_name(const cchc_scorecard *card);
/** Returns: the unit's kind as the scheme names kinds ("department"), borrowed ("" when unset). */
CCHC_API const char *cchc_scorecard_unit_kind(const cchc_scorecard *card);
/** Returns: the id of the scheme the card is scored under, borrowed ("" when unset). */
CCHC_API const char *cchc_scorecard_scheme_id(const cchc_scorecard *card);
/** Returns: the year scored, 0 when unset. */
CCHC_API int cchc_scorecard_year(const cchc_scorecard *card);
/** Returns: free notes (for a sample: that the unit is fictional), borrowed ("" when unset). */
CCHC_API const char *cchc_scorecard_notes(const cchc_scorecard *card);

/**
 * cchc_scorecard_set_unit_id, cchc_scorecard_set_unit_kind, cchc_scorecard_set_scheme_id:
 * @value: 1–64 ASCII letters, digits, '.', '-' or '_', or "" / NULL to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL card or a malformed value.
 */
CCHC_API int cchc_scorecard_set_unit_id(cchc_scorecard *card, const char *value);
CCHC_API int cchc_scorecard_set_unit_kind(cchc_scorecard *card, const char *value);
CCHC_API int cchc_scorecard_set_scheme_id(cchc_scorecard *card, const char *value);

/**
 * cchc_scorecard_set_unit_name, cchc_scorecard_set_notes:
 * Replace a text field with a copy of @value; NULL is taken as "".
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL card or non-UTF-8 text.
 */
CCHC_API int cchc_scorecard_set_unit_name(cchc_scorecard *card, const char *value);
CCHC_API int cchc_scorecard_set_notes(cchc_scorecard *card, const char *value);

/**
 * cchc_scorecard_set_year:
 * @year: 1900 … 9999, or 0 to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for other years.
 */
CCHC_API int cchc_scorecard_set_year(cchc_scorecard *card, int year);

/* ---- the plan that feeds plan-fed criteria -------------------------------- */

/** Returns: the plan file the card takes plan-fed inputs from, as written (relative to the card's folder or absolute), borrowed; "" when none. */
CCHC_API const char *cchc_scorecard_plan_file(const cchc_scorecard *card);
/** Returns: the day the plan-fed inputs are taken at, "YYYY-MM-DD", borrowed; "" when unset. */
CCHC_API const char *cchc_scorecard_plan_as_of(const cchc_scorecard *card);
/** Returns: the lead unit reference whose tasks count (unit id or group token), borrowed; "" for all tasks. */
CCHC_API const char *cchc_scorecard_plan_lead(const cchc_scorecard *card);

/**
 * cchc_scorecard_set_plan_source:
 * Records where the card's plan-fed inputs come from. Nothing is read here:
 * the caller loads the plan and passes it to cchc_scorecard_apply_plan().
 * @file: the plan file (UTF-8), or "" / NULL for none.
 * @as_of: "YYYY-MM-DD", or "" / NULL.
 * @lead_ref: a lead unit reference, or "" / NULL for the whole plan.
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL card, non-UTF-8 text or a bad date.
 */
CCHC_API int cchc_scorecard_set_plan_source(cchc_scorecard *card, const char *file,
                                            const char *as_of, const char *lead_ref);

/**
 * cchc_scorecard_apply_plan:
 * @card: the scorecard; gets an entry for every plan-fed leaf that lacks one.
 * @scheme: the scheme; its leaves with a plan source are filled.
 * @plan: the plan.
 * @as_of: the day, "YYYY-MM-DD", or NULL / "" for the card's plan as-of day.
 *
 * For every leaf whose rule's source is CCHC_SOURCE_PLAN_COMPLETION, stores
 * the ratio done / due of the plan's tasks due by @as_of (led by the card's
 * plan lead reference, or all tasks), as cchc_progress_compute() and
 * cchc_progress_due_done_count() count them. For CCHC_SOURCE_PLAN_REPORTS,
 * stores on time / due over the periods of the plan's calendar: a period is
 * due when its compile deadline (to Sở Nội vụ) has passed by @as_of or its
 * report was submitted by then; it is on time when submitted on or before
 * that deadline (cchc_period_submission_state()). Earlier plan inputs are
 * replaced; typed inputs are left alone (cchc_scorecard_check() reports them).
 * When nothing is due, the ratio is 0 / 0, which the leaf's rule treats as
 * "no input" — except a deduction, for which it means no event.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL arguments, a bad date, no date at
 * all or a plan without a year.
 */
CCHC_API int cchc_scorecard_apply_plan(cchc_scorecard *card, const cchc_scheme *scheme,
                                       const cchc_plan *plan, const char *as_of);

/* ---- entries ------------------------------------------------------------- */

/** Returns: the number of entries. */
CCHC_API size_t cchc_scorecard_entry_count(const cchc_scorecard *card);
/** Returns: entry @index in code order, borrowed; NULL when out of range. */
CCHC_API cchc_entry *cchc_scorecard_entry_at(const cchc_scorecard *card, size_t index);
/** Returns: the entry for node @code, borrowed; NULL when there is none. */
CCHC_API cchc_entry *cchc_scorecard_find_entry(const cchc_scorecard *card, const char *code);

/**
 * cchc_scorecard_add_entry:
 * @out: receives the new entry, borrowed from the card; NULL on failure.
 *       May be NULL when the caller does not need it.
 * @code: a node code in the syntax of cchc_scheme_add_node(). Whether the
 *        scheme has the node is checked by cchc_scorecard_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a malformed code; CCHC_EEXISTS
 * when the card has an entry for @code.
 */
CCHC_API int cchc_scorecard_add_entry(cchc_entry **out, cchc_scorecard *card, const char *code);

/**
 * cchc_scorecard_remove_entry:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent.
 */
CCHC_API int cchc_scorecard_remove_entry(cchc_scorecard *card, const char *code);

/** Returns: the code of the node the entry is for, borrowed ("" for NULL). */
CCHC_API const char *cchc_entry_code(const cchc_entry *entry);

/** Returns: 1 when the self-assessment states @kind (a cchc_input_kind), else 0. */
CCHC_API int cchc_entry_has_input(const cchc_entry *entry, int kind);
/** Returns: the typed self points (0 when not stated). */
CCHC_API double cchc_entry_points(const cchc_entry *entry);
/** Returns: 1 for yes, 0 for no or not stated. */
CCHC_API int cchc_entry_yes(const cchc_entry *entry);
/** Returns: the date it was done, "YYYY-MM-DD", borrowed; "" when not done or not stated. */
CCHC_API const char *cchc_entry_date(const cchc_entry *entry);
/** Returns: the rate in % (0 when not stated). */
CCHC_API double cchc_entry_rate(const cchc_entry *entry);
/** Returns: the ratio's numerator a (0 when not stated). */
CCHC_API double cchc_entry_numerator(const cchc_entry *entry);
/** Returns: the ratio's denominator b (0 when not stated). */
CCHC_API double cchc_entry_denominator(const cchc_entry *entry);
/** Returns: the count (0 when not stated). */
CCHC_API size_t cchc_entry_count(const cchc_entry *entry);
/** Returns: the number of survey options with an answer count. */
CCHC_API size_t cchc_entry_answer_count(const cchc_entry *entry);
/** Returns: the option id of answer count @index (order set), borrowed; NULL when out of range. */
CCHC_API const char *cchc_entry_answer_option(const cchc_entry *entry, size_t index);
/** Returns: answer count @index (0 when out of range). */
CCHC_API size_t cchc_entry_answer_at(const cchc_entry *entry, size_t index);

/**
 * cchc_entry_set_points:
 * @points: the unit's own points, ≥ 0 and finite. Whether they fit the
 *          node's maximum and step is checked by cchc_scorecard_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for NaN, infinite or
 * negative points.
 */
CCHC_API int cchc_entry_set_points(cchc_entry *entry, double points);
/** States yes (1) or no (0). Returns: CCHC_OK or CCHC_EINVAL (NULL). */
CCHC_API int cchc_entry_set_yes(cchc_entry *entry, int yes);
/**
 * cchc_entry_set_date:
 * @date: the day it was done ("YYYY-MM-DD"), or "" for "not done"
 *        (không thực hiện / không ban hành).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a bad date.
 */
CCHC_API int cchc_entry_set_date(cchc_entry *entry, const char *date);
/**
 * cchc_entry_set_rate:
 * @percent: 0 … 100 (a rate above 100 % is stated as a ratio). Clears a ratio.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for NaN or out of range.
 */
CCHC_API int cchc_entry_set_rate(cchc_entry *entry, double percent);
/**
 * cchc_entry_set_ratio:
 * @numerator: a ≥ 0. @denominator: b > 0. Clears a rate.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for NaN, infinite or
 * negative values or b = 0.
 */
CCHC_API int cchc_entry_set_ratio(cchc_entry *entry, double numerator, double denominator);
/** States a count. Returns: CCHC_OK or CCHC_EINVAL (NULL). */
CCHC_API int cchc_entry_set_count(cchc_entry *entry, size_t count);
/**
 * cchc_entry_set_answer:
 * Sets the number of survey answers for option @option (replacing an earlier
 * count for it). Which options exist is checked by cchc_scorecard_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a malformed option id.
 */
CCHC_API int cchc_entry_set_answer(cchc_entry *entry, const char *option, size_t count);
/**
 * cchc_entry_clear_input:
 * @kind: a cchc_input_kind, or 0 for every input.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown kind.
 */
CCHC_API int cchc_entry_clear_input(cchc_entry *entry, int kind);

/** Returns: the unit's explanation (giải trình), borrowed ("" when unset). */
CCHC_API const char *cchc_entry_explanation(const cchc_entry *entry);
/** Sets the explanation (copied; NULL = ""). Returns: CCHC_OK or CCHC_EINVAL (NULL, non-UTF-8). */
CCHC_API int cchc_entry_set_explanation(cchc_entry *entry, const char *text);

/** Returns: the number of evidence references. */
CCHC_API size_t cchc_entry_evidence_count(const cchc_entry *entry);
/** Returns: evidence @index, borrowed from the entry; NULL when out of range. */
CCHC_API const cchc_evidence *cchc_entry_evidence_at(const cchc_entry *entry, size_t index);
/**
 * cchc_entry_add_evidence:
 * @number, @date ("YYYY-MM-DD"), @title, @link: as cchc_task_add_evidence(); NULL = "".
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL entry, non-UTF-8 text, a bad
 * date, or when both @number and @title are empty.
 */
CCHC_API int cchc_entry_add_evidence(cchc_entry *entry, const char *number, const char *date,
                                     const char *title, const char *link);
/** Removes evidence @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_entry_remove_evidence(cchc_entry *entry, size_t index);

/** Returns: 1 when the entry has been appraised, else 0. */
CCHC_API int cchc_entry_has_appraisal(const cchc_entry *entry);
/** Returns: the appraised points (0 when not appraised). */
CCHC_API double cchc_entry_appraised_points(const cchc_entry *entry);
/** Returns: the appraiser's reason, borrowed ("" when none). */
CCHC_API const char *cchc_entry_appraisal_reason(const cchc_entry *entry);
/**
 * cchc_entry_set_appraisal:
 * @points: the appraised points, ≥ 0 and finite.
 * @reason: the reason for a change (UTF-8; NULL = ""). A change without a
 *          reason is reported by cchc_scorecard_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or non-UTF-8 text; CCHC_ERANGE for
 * NaN, infinite or negative points.
 */
CCHC_API int cchc_entry_set_appraisal(cchc_entry *entry, double points, const char *reason);
/** Removes the appraisal (back to "not yet appraised"). Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_entry_clear_appraisal(cchc_entry *entry);

/** Returns: 1 when the entry declares its node not applicable, else 0. */
CCHC_API int cchc_entry_is_not_applicable(const cchc_entry *entry);
/** Returns: the reason it is not applicable, borrowed ("" when none). */
CCHC_API const char *cchc_entry_not_applicable_reason(const cchc_entry *entry);
/**
 * cchc_entry_set_not_applicable:
 * @not_applicable: 1 to declare the node (and every node below it) not
 *                  applicable, 0 to withdraw that.
 * @reason: why (UTF-8; NULL = "").
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or non-UTF-8 text.
 */
CCHC_API int cchc_entry_set_not_applicable(cchc_entry *entry, int not_applicable,
                                           const char *reason);

/** Returns: 1 when cchc_scorecard_apply_plan() stored a plan-fed ratio, else 0. */
CCHC_API int cchc_entry_has_plan_input(const cchc_entry *entry);
/** Returns: the plan-fed numerator (tasks done, reports on time); 0 when none. */
CCHC_API double cchc_entry_plan_numerator(const cchc_entry *entry);
/** Returns: the plan-fed denominator (tasks due, reports due); 0 when none. */
CCHC_API double cchc_entry_plan_denominator(const cchc_entry *entry);
/** Returns: the day the plan-fed ratio was taken at, "YYYY-MM-DD", borrowed ("" when none). */
CCHC_API const char *cchc_entry_plan_as_of(const cchc_entry *entry);
/**
 * cchc_entry_set_plan_input:
 * Records a plan-fed ratio as cchc_scorecard_apply_plan() does — for loaders
 * that restore a saved card; not for typing facts in.
 * @numerator, @denominator: 0 ≤ a, 0 ≤ b (0 / 0: nothing was due).
 * @as_of: "YYYY-MM-DD".
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a bad date; CCHC_ERANGE for NaN,
 * infinite or negative values.
 */
CCHC_API int cchc_entry_set_plan_input(cchc_entry *entry, double numerator, double denominator,
                                       const char *as_of);
/** Removes the plan-fed ratio. Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_entry_clear_plan_input(cchc_entry *entry);

/* ---- deduction events ---------------------------------------------------- */

/** Returns: the number of deduction events. */
CCHC_API size_t cchc_scorecard_deduction_count(const cchc_scorecard *card);
/** Returns: event @index (order added), borrowed; NULL when out of range. */
CCHC_API const cchc_deduction *cchc_scorecard_deduction_at(const cchc_scorecard *card,
                                                           size_t index);
/**
 * cchc_scorecard_add_deduction:
 * @code: the code of the leaf (a deduction rule) the event counts against.
 * @date: the day of the event, "YYYY-MM-DD", or "" / NULL.
 * @description: what happened ("Báo cáo quý I gửi chậm"), UTF-8, non-empty.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a malformed code, a bad date or an
 * empty or non-UTF-8 description.
 */
CCHC_API int cchc_scorecard_add_deduction(cchc_scorecard *card, const char *code,
                                          const char *date, const char *description);
/** Removes event @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_scorecard_remove_deduction(cchc_scorecard *card, size_t index);
/** Returns: the code of the leaf the event counts against, borrowed ("" for NULL). */
CCHC_API const char *cchc_deduction_code(const cchc_deduction *event);
/** Returns: the event's date, borrowed ("" when unset). */
CCHC_API const char *cchc_deduction_date(const cchc_deduction *event);
/** Returns: the event's description, borrowed ("" for NULL). */
CCHC_API const char *cchc_deduction_description(const cchc_deduction *event);

/* ---- checking ------------------------------------------------------------ */

/**
 * cchc_scorecard_check:
 * @diags: receives one entry per finding, appended after what it holds.
 *
 * Checks the card against @scheme. Errors: another scheme
 * ("scorecard.scheme-mismatch"); an entry or event for a code the scheme
 * lacks ("scorecard.unknown-code") or for a node that is not a leaf
 * ("scorecard.not-a-leaf"); points above the node's maximum — typed,
 * appraised or computed ("scorecard.over-maximum"); points off the rule's
 * step ("scorecard.off-step"); a fact the node's rule does not read
 * ("scorecard.input-mismatch"); a fact typed for a plan-fed leaf
 * ("scorecard.plan-fed-typed"); an answer for an option the survey lacks
 * ("scorecard.unknown-option"); not applicable where the scheme does not
 * allow it ("scorecard.not-applicable-refused"); a deduction event against
 * a leaf whose rule is not a deduction ("scorecard.deduction-mismatch").
 * Warnings: a required evidence missing with no explanation
 * ("scorecard.missing-evidence"); an appraisal that changes the points
 * without a reason ("scorecard.appraisal-without-reason"); a leaf of a
 * required component without any fact ("scorecard.missing-input"); typed
 * points that differ from what the rule gives ("scorecard.points-differ");
 * not applicable without a reason ("scorecard.not-applicable-without-reason");
 * another year ("scorecard.year-mismatch"); a unit kind the scheme does not
 * list ("scorecard.unit-kind"). Info: evidence replaced by an explanation
 * ("scorecard.explained-without-evidence"). For a card loaded from JSON
 * the entries carry the file, line, column and JSON path of the value
 * concerned. Negative counts and NaN cannot be stored: the loader refuses
 * them with a located error.
 *
 * Returns: CCHC_OK (findings are diagnostics) or CCHC_EINVAL for NULL.
 */
CCHC_API int cchc_scorecard_check(const cchc_scorecard *card, const cchc_scheme *scheme,
                                  cchc_diagnostics *diags);

/* ---- evaluation ---------------------------------------------------------- */

/**
 * Where a node's final points stand with the appraisal. Only self-assessed
 * leaves (typed facts, rules other than survey) await an appraisal; leaves
 * fed by survey answers or by the plan are measured and count as settled,
 * although an appraiser may still set their points.
 */
enum cchc_appraisal_state {
    CCHC_APPRAISAL_NONE = 1,     /**< no self-assessed leaf below the node is appraised */
    CCHC_APPRAISAL_PARTIAL = 2,  /**< some self-assessed leaves are appraised */
    CCHC_APPRAISAL_COMPLETE = 3  /**< every counted self-assessed leaf is appraised */
};

/**
 * cchc_scorecard_evaluate:
 * @out: receives the evaluation, owned by the caller (cchc_evaluation_free());
 *       NULL on failure.
 * @card: the scorecard; plan-fed inputs must already be applied.
 * @scheme: the scheme the card names.
 * @diags: receives the findings of both checks, or NULL.
 *
 * Runs cchc_scheme_check() and cchc_scorecard_check(); if either finds an
 * error, no evaluation is made.
 * Otherwise: each leaf's self points follow from its rule and the
 * self-assessment (or the plan-fed ratio, the survey answers, the deduction
 * events); a leaf without facts scores 0 (a warning says so), unless its
 * component is optional, in which case it is missing (a deduction leaf
 * without events keeps its maximum). Final points are the
 * appraised points where the leaf is appraised, else the self points. A node
 * declared not applicable, and a missing leaf, leave the maximum of every
 * node above it and of the whole: that maximum shrinks, the index is
 * achieved ÷ maximum × 100, and the evaluation says so
 * (cchc_evaluation_is_rescaled()). Sums are taken over the leaves in code
 * order with compensated (Neumaier) summation and kept to nine decimals, as
 * are indexes, so no total depends on the order of entries or of additions
 * (docs/scoring.md, "Sums and their order").
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL arguments; CCHC_EFORMAT when the
 * check finds an error (the message is the first error, located when the card
 * came from JSON).
 */
CCHC_API int cchc_scorecard_evaluate(cchc_evaluation **out, const cchc_scorecard *card,
                                     const cchc_scheme *scheme, cchc_diagnostics *diags);

/** Frees an evaluation. NULL is a no-op. */
CCHC_API void cchc_evaluation_free(cchc_evaluation *evaluation);

/** Returns: the scheme's id, borrowed from the evaluation. */
CCHC_API const char *cchc_evaluation_scheme_id(const cchc_evaluation *evaluation);
/** Returns: the scheme's name, borrowed. */
CCHC_API const char *cchc_evaluation_scheme_name(const cchc_evaluation *evaluation);
/** Returns: the year scored (the card's, else the scheme's; 0 when neither has one). */
CCHC_API int cchc_evaluation_year(const cchc_evaluation *evaluation);
/** Returns: the unit's id, borrowed. */
CCHC_API const char *cchc_evaluation_unit_id(const cchc_evaluation *evaluation);
/** Returns: the unit's name, borrowed. */
CCHC_API const char *cchc_evaluation_unit_name(const cchc_evaluation *evaluation);
/** Returns: the unit's kind, borrowed. */
CCHC_API const char *cchc_evaluation_unit_kind(const cchc_evaluation *evaluation);

/** Returns: the final points of the whole, unrounded. */
CCHC_API double cchc_evaluation_total(const cchc_evaluation *evaluation);
/** Returns: the self-assessed points of the whole, unrounded. */
CCHC_API double cchc_evaluation_self_total(const cchc_evaluation *evaluation);
/** Returns: the maximum of what counts (after not-applicable and missing parts leave it). */
CCHC_API double cchc_evaluation_maximum(const cchc_evaluation *evaluation);
/** Returns: the scheme's full maximum (normally 100). */
CCHC_API double cchc_evaluation_nominal_maximum(const cchc_evaluation *evaluation);
/**
 * cchc_evaluation_index:
 * Returns: total ÷ maximum × 100, unrounded (Chỉ số CCHC, in %); 0 when
 * nothing counts (cchc_evaluation_maximum() is 0).
 */
CCHC_API double cchc_evaluation_index(const cchc_evaluation *evaluation);
/** Returns: the self-assessed index, self total ÷ maximum × 100; 0 when nothing counts. */
CCHC_API double cchc_evaluation_self_index(const cchc_evaluation *evaluation);
/**
 * cchc_evaluation_scaled_total:
 * Returns: the total on the scheme's full scale, index × nominal maximum ÷ 100
 * (Hà Nội's "rescaled to 100"); equal to the total when nothing was rescaled.
 */
CCHC_API double cchc_evaluation_scaled_total(const cchc_evaluation *evaluation);
/** Returns: 1 when the maximum shrank (not-applicable or missing parts), else 0. */
CCHC_API int cchc_evaluation_is_rescaled(const cchc_evaluation *evaluation);
/** Returns: the cchc_appraisal_state of the whole. */
CCHC_API int cchc_evaluation_appraisal(const cchc_evaluation *evaluation);

/**
 * cchc_evaluation_band:
 * @out_index: receives the index of the band (in the scheme's band table,
 *             highest first) that holds the unrounded index.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when the scheme has
 * no band for it (no band table).
 */
CCHC_API int cchc_evaluation_band(size_t *out_index, const cchc_evaluation *evaluation);
/** Returns: the label of the band that holds the index, borrowed; "" when none. */
CCHC_API const char *cchc_evaluation_band_label(const cchc_evaluation *evaluation);
/** Returns: the number of bands of the scheme, copied into the evaluation. */
CCHC_API size_t cchc_evaluation_band_count(const cchc_evaluation *evaluation);
/** Returns: band @index's label, borrowed; NULL when out of range. */
CCHC_API const char *cchc_evaluation_band_label_at(const cchc_evaluation *evaluation,
                                                   size_t index);
/**
 * cchc_evaluation_band_for:
 * @out_index: receives the band holding @percent under the scheme's table.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or NaN; CCHC_ENOTFOUND when none does.
 */
CCHC_API int cchc_evaluation_band_for(size_t *out_index, const cchc_evaluation *evaluation,
                                      double percent);

/* Components, in the scheme's order. */

/** Returns: the number of components. */
CCHC_API size_t cchc_evaluation_component_count(const cchc_evaluation *evaluation);
/** Returns: component @index's id, borrowed; NULL when out of range. */
CCHC_API const char *cchc_evaluation_component_id(const cchc_evaluation *evaluation,
                                                  size_t index);
/** Returns: component @index's label, borrowed; NULL when out of range. */
CCHC_API const char *cchc_evaluation_component_label(const cchc_evaluation *evaluation,
                                                     size_t index);
/** Returns: component @index's final points (0 when out of range). */
CCHC_API double cchc_evaluation_component_points(const cchc_evaluation *evaluation,
                                                 size_t index);
/** Returns: component @index's maximum of what counts (0 when out of range). */
CCHC_API double cchc_evaluation_component_maximum(const cchc_evaluation *evaluation,
                                                  size_t index);
/** Returns: component @index's maximum in the scheme (0 when out of range). */
CCHC_API double cchc_evaluation_component_nominal_maximum(const cchc_evaluation *evaluation,
                                                          size_t index);
/** Returns: component @index's points ÷ maximum × 100; 0 when nothing of it counts. */
CCHC_API double cchc_evaluation_component_index(const cchc_evaluation *evaluation,
                                                size_t index);
/** Returns: 1 when optional component @index has no data at all (it left the maximum), else 0. */
CCHC_API int cchc_evaluation_component_is_missing(const cchc_evaluation *evaluation,
                                                  size_t index);

/* Nodes, in the scheme's code order (the same indexes as cchc_scheme_node_at()). */

/** Returns: the number of nodes. */
CCHC_API size_t cchc_evaluation_node_count(const cchc_evaluation *evaluation);
/** Returns: node @index's score, borrowed from the evaluation; NULL when out of range. */
CCHC_API const cchc_node_score *cchc_evaluation_node_at(const cchc_evaluation *evaluation,
                                                        size_t index);
/** Returns: the score of node @code, borrowed; NULL when there is none. */
CCHC_API const cchc_node_score *cchc_evaluation_find_node(const cchc_evaluation *evaluation,
                                                          const char *code);
/** Returns: the number of top-level nodes (areas). */
CCHC_API size_t cchc_evaluation_area_count(const cchc_evaluation *evaluation);
/** Returns: top-level node @index's score, borrowed; NULL when out of range. */
CCHC_API const cchc_node_score *cchc_evaluation_area_at(const cchc_evaluation *evaluation,
                                                        size_t index);

/** Returns: the node's code, borrowed ("" for NULL). */
CCHC_API const char *cchc_node_score_code(const cchc_node_score *score);
/** Returns: the node's Vietnamese label, borrowed. */
CCHC_API const char *cchc_node_score_label(const cchc_node_score *score);
/** Returns: the node's depth (1 for an area). */
CCHC_API int cchc_node_score_depth(const cchc_node_score *score);
/** Returns: 1 for a leaf, else 0. */
CCHC_API int cchc_node_score_is_leaf(const cchc_node_score *score);
/** Returns: the node's maximum in the scheme. */
CCHC_API double cchc_node_score_nominal_maximum(const cchc_node_score *score);
/** Returns: the maximum of what counts below the node (0 when nothing does). */
CCHC_API double cchc_node_score_maximum(const cchc_node_score *score);
/** Returns: self-assessed points (for a parent, the sum over the leaves that count). */
CCHC_API double cchc_node_score_self(const cchc_node_score *score);
/**
 * cchc_node_score_appraised:
 * Returns: the appraised points: for a leaf, the appraiser's points (0 while
 * not appraised); for a parent, the sum over its appraised leaves only.
 * Read it with cchc_node_score_appraisal().
 */
CCHC_API double cchc_node_score_appraised(const cchc_node_score *score);
/** Returns: final points: appraised where appraised, else self (summed for parents). */
CCHC_API double cchc_node_score_final(const cchc_node_score *score);
/** Returns: final ÷ maximum × 100, unrounded; 0 when nothing counts (see _is_excluded). */
CCHC_API double cchc_node_score_index(const cchc_node_score *score);
/** Returns: self ÷ maximum × 100, unrounded; 0 when nothing counts. */
CCHC_API double cchc_node_score_self_index(const cchc_node_score *score);
/** Returns: the node's cchc_appraisal_state. */
CCHC_API int cchc_node_score_appraisal(const cchc_node_score *score);
/** Returns: 1 when the node or an ancestor is declared not applicable, else 0. */
CCHC_API int cchc_node_score_is_not_applicable(const cchc_node_score *score);
/** Returns: 1 for a leaf of an optional component without data (it left the maximum), else 0. */
CCHC_API int cchc_node_score_is_missing(const cchc_node_score *score);
/** Returns: 1 when nothing below the node counts (maximum 0 after exclusions), else 0. */
CCHC_API int cchc_node_score_is_excluded(const cchc_node_score *score);
/** Returns: 1 when part of the node's maximum left it (maximum < nominal), else 0. */
CCHC_API int cchc_node_score_is_rescaled(const cchc_node_score *score);
/**
 * cchc_node_score_band:
 * @out_index: receives the scheme band holding the node's index (areas are
 *             banded like the whole in reports).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when excluded or
 * when no band holds it.
 */
CCHC_API int cchc_node_score_band(size_t *out_index, const cchc_node_score *score);
/**
 * cchc_node_score_reason:
 * Returns: for a leaf, one English line saying how its self points came
 * about ("rate 86.5 % is in [70, 90] → 1"; "not applicable: …"; "no input:
 * 0"); for a parent, ""; borrowed. The whole trace is given by explain.h.
 */
CCHC_API const char *cchc_node_score_reason(const cchc_node_score *score);

/* ---- rounding for display ------------------------------------------------ */

/**
 * cchc_points_round:
 * @value: a number of points or an index in %.
 *
 * Rounds to two decimals, half away from zero, on the shortest decimal
 * that reads back as @value (what printf("%.17g") shortened gives, the
 * figure a person sees): 2.675 → 2.68 and −2.675 → −2.68 although the
 * double nearest 2.675 lies below it; 57.66499999999999 → 57.66. Only
 * figures shown are rounded: totals, indexes, ranks and bands are computed
 * on unrounded values (docs/scoring.md, "Rounding").
 *
 * Returns: the rounded value (the double nearest the two-decimal result);
 * NaN and infinities unchanged.
 */
CCHC_API double cchc_points_round(double value);

/**
 * cchc_points_format:
 * @out: receives the value rounded by cchc_points_round() with exactly two
 *       decimals ("57.67", or "57,67" with @decimal_comma), freed with
 *       cchc_free(); NULL on failure.
 * @decimal_comma: 1 for the Vietnamese decimal comma, 0 for a point.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @out; CCHC_ERANGE for NaN or infinity.
 */
CCHC_API int cchc_points_format(char **out, double value, int decimal_comma);

/* ---- the JSON scorecard format ("format": "cchc-scorecard", "version": 1) - */

/**
 * cchc_scorecard_load_file:
 * @out: receives the card, owned by the caller (cchc_scorecard_free()); NULL on failure.
 * @path: the file to read.
 * @diags: a list that receives warnings and the error, or NULL.
 *
 * Reads the document (docs/file-formats.md,
 * docs/schema/cchc-scorecard.schema.json). The first problem stops the load;
 * the last error message names the file, line, column and JSON path.
 * Negative counts, fractional counts and impossible dates are located
 * errors; unknown keys are warnings. Checking the card against its scheme is
 * cchc_scorecard_check()'s work: a loaded card remembers where each value
 * came from, so that those findings are located too.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL arguments; CCHC_EIO when the file
 * cannot be read; CCHC_EENCODING for invalid UTF-8; CCHC_EPARSE for broken
 * JSON; CCHC_EVERSION for a version this library cannot read; CCHC_EFORMAT
 * for a wrong document; CCHC_ELIMIT for input past the default limits
 * (include/cchc/limits.h: a file larger than input_bytes is refused before
 * it is read, nesting, string length).
 */
CCHC_API int cchc_scorecard_load_file(cchc_scorecard **out, const char *path,
                                      cchc_diagnostics *diags);

/**
 * cchc_scorecard_load_data:
 * @out, @diags: as for cchc_scorecard_load_file().
 * @data: the document's bytes (need not be NUL-terminated); @size: their number.
 * @source_name: a name used in messages in place of a file name, or NULL for "<data>".
 * Returns: as cchc_scorecard_load_file(), without CCHC_EIO.
 */
CCHC_API int cchc_scorecard_load_data(cchc_scorecard **out, const char *data, size_t size,
                                      const char *source_name, cchc_diagnostics *diags);

/**
 * cchc_scorecard_save_file:
 * Writes @card to @path atomically, deterministic bytes.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_EIO when the file cannot be written.
 */
CCHC_API int cchc_scorecard_save_file(const cchc_scorecard *card, const char *path);

/**
 * cchc_scorecard_save_data:
 * @out: receives the NUL-terminated document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_scorecard_save_data(char **out, size_t *out_size, const cchc_scorecard *card);

/**
 * cchc_evaluation_save_data:
 * @out: receives the evaluation as a JSON document ("format":
 *       "cchc-evaluation", version 1: the unit, the scheme, totals by
 *       component, total, index, band, rescaling, and every node with its
 *       maximum, self, appraised and final points and index, unrounded),
 *       freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_evaluation_save_data(char **out, size_t *out_size,
                                       const cchc_evaluation *evaluation);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_SCORECARD_H */
