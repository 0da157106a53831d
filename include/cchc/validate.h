/*
 * libcchc — validating a plan: every problem named, located and explained.
 *
 * cchc_plan_validate() runs the rule catalogue over a plan and appends one
 * diagnostic per finding to a cchc_diagnostics list: a stable code
 * ("task.duplicate-id"), a severity, the task's key and id and the field
 * concerned, and a message in English and in Vietnamese. The rules, with an
 * example of each, are in docs/validation.md.
 *
 * A validator holds the caller's choices: rules switched off, severities
 * changed, the day that counts as today. cchc_plan_validate() uses the
 * defaults.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_VALIDATE_H
#define CCHC_VALIDATE_H

#include "cchc/common.h"
#include "cchc/diagnostics.h"
#include "cchc/plan.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_validator cchc_validator;

/**
 * cchc_plan_validate:
 * @plan: the plan.
 * @diags: receives one entry per finding, appended after what it holds.
 * Runs every rule with its default severity; "today" is the current date.
 * Returns: CCHC_OK (findings are diagnostics, not failures) or CCHC_EINVAL
 * for NULL arguments.
 */
CCHC_API int cchc_plan_validate(const cchc_plan *plan, cchc_diagnostics *diags);

/** Creates a validator with every rule on at its default severity. Never returns NULL. */
CCHC_API cchc_validator *cchc_validator_new(void);

/** Frees a validator. NULL is a no-op. */
CCHC_API void cchc_validator_free(cchc_validator *validator);

/**
 * cchc_validator_set_enabled:
 * @code: a rule's code ("task.duplicate-id").
 * @enabled: 1 to run the rule, 0 to skip it.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND for an unknown rule.
 */
CCHC_API int cchc_validator_set_enabled(cchc_validator *validator, const char *code,
                                        int enabled);

/**
 * cchc_validator_set_severity:
 * Reports the findings of rule @code with @severity (a cchc_severity).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown severity;
 * CCHC_ENOTFOUND for an unknown rule.
 */
CCHC_API int cchc_validator_set_severity(cchc_validator *validator, const char *code,
                                         int severity);

/**
 * cchc_validator_set_today:
 * @date: the day that counts as today ("YYYY-MM-DD"), or "" / NULL for the
 *        current date. Rules about the future use it.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL validator or a bad date.
 */
CCHC_API int cchc_validator_set_today(cchc_validator *validator, const char *date);

/**
 * cchc_validator_run:
 * As cchc_plan_validate() with the validator's choices.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_validator_run(const cchc_validator *validator, const cchc_plan *plan,
                                cchc_diagnostics *diags);

/** Returns: the number of rules in the catalogue. */
CCHC_API size_t cchc_validation_rule_count(void);
/** Returns: rule @index's code, static; NULL when out of range. */
CCHC_API const char *cchc_validation_rule_code(size_t index);
/** Returns: the default cchc_severity of rule @code (0 for an unknown code). */
CCHC_API int cchc_validation_rule_severity(const char *code);
/** Returns: a one-line English summary of rule @code, static; "" for an unknown code. */
CCHC_API const char *cchc_validation_rule_summary(const char *code);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_VALIDATE_H */
