/*
 * libcchc — reading helpers shared by the scheme and scorecard loaders
 * (json-score-read.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-score-read.h"

/* The origin of the reader's current path. */
void cchc__jr_origin(cchc__json_reader *r, cchc__origin *origin)
{
    size_t line = 0, column = 0;
    cchc__jr_locate(r, &line, &column);
    cchc__origin_set(origin, r->source, line, column, r->path->str);
}

/* The origin of member @key of the current path. */
void cchc__jr_origin_at(cchc__json_reader *r, const char *key, cchc__origin *origin)
{
    size_t mark = key ? cchc__jr_push_key(r, key) : r->path->len;
    cchc__jr_origin(r, origin);
    cchc__jr_pop(r, mark);
}
