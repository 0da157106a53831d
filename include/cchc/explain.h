/*
 * libcchc — explaining a score: for any node of an evaluated scorecard, the
 * trace of how its number came about. No score without its reason.
 *
 * For a leaf the trace gives the rule (its kind, the wording of the
 * decision and its figures), the facts read (typed, plan-fed with the plan's
 * day, survey answers, deduction events), the outcome the rule reached, the
 * self points, the appraisal and its reason, the evidence and the
 * explanation, and whether the leaf is not applicable or missing. For a
 * parent it gives each child's line and how they add up, and, where part of
 * the maximum left it, the rescaling: index = points ÷ remaining maximum ×
 * 100. For the whole scorecard (code NULL) it adds the totals by component
 * and the band. docs/scoring.md shows an example of each.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_EXPLAIN_H
#define CCHC_EXPLAIN_H

#include <stddef.h>

#include "cchc/common.h"
#include "cchc/scorecard.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * cchc_explain_text:
 * @out: receives the explanation as UTF-8 text, one line per step, figures
 *       rounded for display by cchc_points_round(), freed with cchc_free();
 *       NULL on failure.
 * @evaluation: an evaluation made by cchc_scorecard_evaluate().
 * @code: the node to explain, or NULL for the whole scorecard (every node).
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @out or @evaluation or a non-UTF-8
 * code; CCHC_ENOTFOUND when the scheme has no node @code.
 */
CCHC_API int cchc_explain_text(char **out, const cchc_evaluation *evaluation, const char *code);

/**
 * cchc_explain_json:
 * @out: receives the explanation as a JSON document ("format":
 *       "cchc-explanation", version 1) with the same content as the text,
 *       numbers unrounded, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * @evaluation, @code: as for cchc_explain_text().
 *
 * Returns: as cchc_explain_text().
 */
CCHC_API int cchc_explain_json(char **out, size_t *out_size,
                               const cchc_evaluation *evaluation, const char *code);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_EXPLAIN_H */
