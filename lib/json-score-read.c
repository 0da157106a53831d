/*
 * libcchc — reading helpers shared by the scheme and scorecard loaders
 * (json-score-read.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-score-read.h"

#include <stdarg.h>

/* The origin of the reader's current path. */
void cchc__jr_origin(cchc__json_reader *r, cchc__origin *origin)
{
    size_t line = 0, column = 0;
    cchc__json_locate(r->text, r->size, r->path->str, &line, &column);
    cchc__origin_set(origin, r->source, line, column, r->path->str);
}

/* A located error with a domain code ("scheme.duplicate-code"). */
int cchc__jr_error_code_at(cchc__json_reader *r, const char *key, const char *code,
                            const char *fmt, ...)
{
    size_t mark = key ? cchc__jr_push_key(r, key) : r->path->len;
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    cchc__origin o = {0};
    cchc__jr_origin(r, &o);
    cchc__location loc = cchc__origin_location(&o, NULL);
    cchc__diag_add(r->diags, CCHC_SEVERITY_ERROR, code, &loc, message, NULL);
    if (o.line)
        cchc__fail(CCHC_EFORMAT, "%s:%zu:%zu: %s: %s", r->source, o.line, o.column, o.path,
                   message);
    else
        cchc__fail(CCHC_EFORMAT, "%s: %s: %s", r->source, o.path, message);
    cchc__origin_clear(&o);
    cchc__jr_pop(r, mark);
    return CCHC_EFORMAT;
}

/* A model function's refusal, located at member @key. */
int cchc__jr_model_error_at(cchc__json_reader *r, const char *key, int rc)
{
    size_t mark = key ? cchc__jr_push_key(r, key) : r->path->len;
    rc = cchc__jr_model_error(r, rc);
    cchc__jr_pop(r, mark);
    return rc;
}
