/*
 * libcchc — diagnostics: located problems found while loading, importing or
 * validating.
 *
 * A cchc_diagnostics list is owned by the caller, who passes it to functions
 * that report more than one problem (for example unknown keys while loading a
 * plan). Each entry says what (a stable code such as "json.unknown-key"), how
 * bad (error, warning, info) and where (file, line, column, JSON path, task).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_DIAGNOSTICS_H
#define CCHC_DIAGNOSTICS_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_diagnostics cchc_diagnostics;
typedef struct cchc_diagnostic cchc_diagnostic;

/** How serious a diagnostic is. */
enum cchc_severity {
    CCHC_SEVERITY_ERROR = 1,   /**< the input is wrong; the result cannot be trusted */
    CCHC_SEVERITY_WARNING = 2, /**< suspicious; the result may still be used */
    CCHC_SEVERITY_INFO = 3     /**< worth knowing */
};

/**
 * cchc_diagnostics_new:
 *
 * Creates an empty list. Never returns NULL (aborts only if memory is
 * exhausted, like every GLib allocation). Free it with cchc_diagnostics_free().
 */
CCHC_API cchc_diagnostics *cchc_diagnostics_new(void);

/** Frees @diags and every entry in it. NULL is a no-op. */
CCHC_API void cchc_diagnostics_free(cchc_diagnostics *diags);

/** Removes every entry. NULL is a no-op. */
CCHC_API void cchc_diagnostics_clear(cchc_diagnostics *diags);

/** Returns: the number of entries (0 for NULL). */
CCHC_API size_t cchc_diagnostics_count(const cchc_diagnostics *diags);

/**
 * cchc_diagnostics_count_severity:
 * Returns: the number of entries of @severity (0 for NULL or an unknown severity).
 */
CCHC_API size_t cchc_diagnostics_count_severity(const cchc_diagnostics *diags,
                                                int severity);

/**
 * cchc_diagnostics_at:
 * Returns: entry @index, borrowed from @diags and valid until the list is
 * cleared or freed; NULL if @diags is NULL or @index is out of range.
 */
CCHC_API const cchc_diagnostic *cchc_diagnostics_at(const cchc_diagnostics *diags,
                                                    size_t index);

/**
 * cchc_diagnostics_add:
 * @diags: the list.
 * @severity: a cchc_severity.
 * @code: a stable code, ASCII letters, digits, '.', '-' and '_' ("mycheck.missing-owner").
 * @message: the English message, non-empty UTF-8.
 *
 * Appends an entry without location, for callers that add their own checks.
 *
 * Returns: CCHC_OK, or CCHC_EINVAL when an argument is NULL, @severity is
 * unknown, @code is empty or not of the allowed characters, or @message is
 * empty or not UTF-8.
 */
CCHC_API int cchc_diagnostics_add(cchc_diagnostics *diags, int severity,
                                  const char *code, const char *message);

/** Returns: the entry's stable code, e.g. "json.unknown-key" ("" for NULL). */
CCHC_API const char *cchc_diagnostic_code(const cchc_diagnostic *diag);
/** Returns: the entry's cchc_severity (0 for NULL). */
CCHC_API int cchc_diagnostic_severity(const cchc_diagnostic *diag);
/** Returns: the English message, borrowed ("" for NULL). */
CCHC_API const char *cchc_diagnostic_message(const cchc_diagnostic *diag);
/** Returns: the Vietnamese message if the entry has one, else the English one. */
CCHC_API const char *cchc_diagnostic_message_vi(const cchc_diagnostic *diag);
/** Returns: the source file or name given to the loader ("" when unknown). */
CCHC_API const char *cchc_diagnostic_file(const cchc_diagnostic *diag);
/** Returns: the 1-based line in the source (0 when unknown). */
CCHC_API size_t cchc_diagnostic_line(const cchc_diagnostic *diag);
/** Returns: the 1-based column, counted in characters (0 when unknown). */
CCHC_API size_t cchc_diagnostic_column(const cchc_diagnostic *diag);
/** Returns: the JSON path, e.g. "$.tasks[3].area" ("" when not from JSON). */
CCHC_API const char *cchc_diagnostic_path(const cchc_diagnostic *diag);
/** Returns: the key of the task concerned ("" when none). */
CCHC_API const char *cchc_diagnostic_task_key(const cchc_diagnostic *diag);
/** Returns: the id as written of the task concerned ("" when none). */
CCHC_API const char *cchc_diagnostic_task_id(const cchc_diagnostic *diag);
/** Returns: the name of the field concerned, e.g. "when" ("" when none). */
CCHC_API const char *cchc_diagnostic_field(const cchc_diagnostic *diag);

/**
 * cchc_diagnostic_format:
 * @out: receives the text, freed with cchc_free(); set to NULL on failure.
 * @diag: the entry.
 *
 * Formats one entry as a single line in the style of compilers:
 * "plan.json:12:9: $.tasks[3].area: error: 9 is out of range (1 to 7) [json.range]".
 * Parts that are unknown are left out.
 *
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_diagnostic_format(char **out, const cchc_diagnostic *diag);

/**
 * cchc_severity_name:
 * Returns: "error", "warning" or "info" as static text; "" for unknown values.
 */
CCHC_API const char *cchc_severity_name(int severity);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_DIAGNOSTICS_H */
