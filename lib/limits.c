/*
 * libcchc — ceilings on what loaders and parsers accept (include/cchc/limits.h).
 *
 * A cchc_limits is a plain array of values, read-only to every function that
 * takes one; NULL stands for the defaults.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

struct cchc_limits {
    size_t value[CCHC_LIMIT_COUNT + 1]; /* indexed by enum cchc_limit */
};

static const struct {
    const char *name;
    size_t fallback;
    size_t max;
} limit_table[CCHC_LIMIT_COUNT + 1] = {
    [CCHC_LIMIT_INPUT_BYTES] = {"input_bytes", CCHC_LIMIT_DEFAULT_INPUT_BYTES, G_MAXSSIZE},
    [CCHC_LIMIT_DEPTH] = {"depth", CCHC_LIMIT_DEFAULT_DEPTH, CCHC__MAX_DEPTH},
    [CCHC_LIMIT_STRING_BYTES] = {"string_bytes", CCHC_LIMIT_DEFAULT_STRING_BYTES, G_MAXSSIZE},
    [CCHC_LIMIT_TASKS] = {"tasks", CCHC_LIMIT_DEFAULT_TASKS, G_MAXSSIZE},
    [CCHC_LIMIT_UNITS] = {"units", CCHC_LIMIT_DEFAULT_UNITS, G_MAXSSIZE},
    [CCHC_LIMIT_ROWS] = {"rows", CCHC_LIMIT_DEFAULT_ROWS, G_MAXSSIZE},
};

static int is_limit(int limit)
{
    return limit >= 1 && limit <= CCHC_LIMIT_COUNT;
}

cchc_limits *cchc_limits_new(void)
{
    cchc_limits *limits = g_new0(cchc_limits, 1);
    for (int i = 1; i <= CCHC_LIMIT_COUNT; i++)
        limits->value[i] = limit_table[i].fallback;
    return limits;
}

void cchc_limits_free(cchc_limits *limits)
{
    g_free(limits);
}

int cchc_limits_set(cchc_limits *limits, int limit, size_t value)
{
    CCHC__CHECK_ARG(limits);
    if (!is_limit(limit))
        return cchc__fail(CCHC_EINVAL, "cchc_limits_set: %d is not a limit (1 to %d)", limit,
                          CCHC_LIMIT_COUNT);
    if (value < 1 || value > limit_table[limit].max)
        return cchc__fail(CCHC_ERANGE, "cchc_limits_set: %s %zu is out of range (1 to %zu)",
                          limit_table[limit].name, value, limit_table[limit].max);
    limits->value[limit] = value;
    return CCHC_OK;
}

size_t cchc_limits_value(const cchc_limits *limits, int limit)
{
    if (!is_limit(limit))
        return 0;
    return limits ? limits->value[limit] : limit_table[limit].fallback;
}

size_t cchc_limit_default(int limit)
{
    return is_limit(limit) ? limit_table[limit].fallback : 0;
}

size_t cchc_limit_max(int limit)
{
    return is_limit(limit) ? limit_table[limit].max : 0;
}

const char *cchc_limit_name(int limit)
{
    return is_limit(limit) ? limit_table[limit].name : "";
}
