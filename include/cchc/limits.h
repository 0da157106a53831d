/*
 * libcchc — ceilings on what a loader or parser accepts.
 *
 * Plans, appendix tables and time expressions come from files typed by hand,
 * exported from Word or Excel and sent between offices. Every loader and
 * parser stops at documented ceilings — input size, nesting depth, the
 * length of one text, the number of tasks, units and table rows — and fails
 * with CCHC_ELIMIT and a message that names the limit (and, in a JSON
 * document, the path where it was passed), instead of spending memory and
 * time without bound.
 *
 * The functions without limits in their names (cchc_plan_load_data(),
 * cchc_appendix_import(), cchc_schedule_parse(), …) use the defaults below.
 * To accept more — or less — make a cchc_limits, set what you need and pass
 * it to the `_with_limits` variant of the function. A cchc_limits is only
 * read by the functions that take it, so one object may serve any number of
 * calls, on any number of threads at once, as long as no thread changes it
 * meanwhile.
 *
 * | limit                      | default    | most    | applies to |
 * |----------------------------|------------|---------|------------|
 * | CCHC_LIMIT_INPUT_BYTES     | 64 MiB     | SIZE_MAX / 2 | a JSON document; an appendix table |
 * | CCHC_LIMIT_DEPTH           | 512        | 512     | nesting of JSON objects and arrays |
 * | CCHC_LIMIT_STRING_BYTES    | 1 MiB      | SIZE_MAX / 2 | one JSON string (key or value, decoded); one table cell; one time expression |
 * | CCHC_LIMIT_TASKS           | 100 000    | SIZE_MAX / 2 | tasks of a plan document; tasks an import makes |
 * | CCHC_LIMIT_UNITS           | 10 000     | SIZE_MAX / 2 | units of a plan document; units an import makes |
 * | CCHC_LIMIT_ROWS            | 1 000 000  | SIZE_MAX / 2 | rows (records) of an appendix table |
 *
 * Depth cannot go past 512: JSON nesting is parsed recursively by json-glib.
 * Lengths are in bytes of UTF-8, not characters.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_LIMITS_H
#define CCHC_LIMITS_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_limits cchc_limits;

/** The ceilings a cchc_limits holds. */
enum cchc_limit {
    CCHC_LIMIT_INPUT_BYTES = 1,  /**< bytes of one document or table */
    CCHC_LIMIT_DEPTH = 2,        /**< nesting of JSON objects and arrays */
    CCHC_LIMIT_STRING_BYTES = 3, /**< bytes of one text: JSON string, table cell, time expression */
    CCHC_LIMIT_TASKS = 4,        /**< tasks of one plan */
    CCHC_LIMIT_UNITS = 5,        /**< units of one plan */
    CCHC_LIMIT_ROWS = 6          /**< rows of one appendix table */
};

/** The number of limits; they are 1 … CCHC_LIMIT_COUNT. */
#define CCHC_LIMIT_COUNT 6

/* The defaults, also given at run time by cchc_limit_default(). */
#define CCHC_LIMIT_DEFAULT_INPUT_BYTES 67108864u /* 64 MiB */
#define CCHC_LIMIT_DEFAULT_DEPTH 512u
#define CCHC_LIMIT_DEFAULT_STRING_BYTES 1048576u /* 1 MiB */
#define CCHC_LIMIT_DEFAULT_TASKS 100000u
#define CCHC_LIMIT_DEFAULT_UNITS 10000u
#define CCHC_LIMIT_DEFAULT_ROWS 1000000u

/**
 * cchc_limits_new:
 *
 * Returns: a new set of limits, each at its default; free it with
 * cchc_limits_free(). Never NULL.
 */
CCHC_API cchc_limits *cchc_limits_new(void);

/** Frees a set of limits. NULL is a no-op. */
CCHC_API void cchc_limits_free(cchc_limits *limits);

/**
 * cchc_limits_set:
 * @limits: the set to change.
 * @limit: a cchc_limit.
 * @value: the new ceiling, 1 … cchc_limit_max(@limit); inputs of exactly
 *         this size or count are accepted, larger ones refused.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @limits or an unknown @limit;
 * CCHC_ERANGE for 0 or a value above cchc_limit_max() (the set is then
 * unchanged).
 */
CCHC_API int cchc_limits_set(cchc_limits *limits, int limit, size_t value);

/**
 * cchc_limits_value:
 * Returns: the ceiling @limits holds for @limit; the default when @limits is
 * NULL; 0 for an unknown @limit.
 */
CCHC_API size_t cchc_limits_value(const cchc_limits *limits, int limit);

/** Returns: the default ceiling of @limit; 0 for an unknown one. */
CCHC_API size_t cchc_limit_default(int limit);

/** Returns: the highest ceiling cchc_limits_set() accepts for @limit; 0 for an unknown one. */
CCHC_API size_t cchc_limit_max(int limit);

/**
 * cchc_limit_name:
 * Returns: the limit's name as messages give it ("input_bytes", "depth",
 * "string_bytes", "tasks", "units", "rows"), static; "" for an unknown one.
 */
CCHC_API const char *cchc_limit_name(int limit);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_LIMITS_H */
