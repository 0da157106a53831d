/*
 * libcchc — reading helpers shared by the scheme and scorecard loaders: the
 * origin (file, line, column, JSON path) that scheme nodes and scorecard
 * entries keep so that later checks can point back into the file. Located
 * errors with the scoring module's own codes are cchc__jr_error_code_at()
 * (json-internal.h).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_JSON_SCORE_READ_H
#define CCHC_JSON_SCORE_READ_H

#include "json-internal.h"
#include "score-internal.h"

/* The origin of the reader's current path. */
void cchc__jr_origin(cchc__json_reader *r, cchc__origin *origin);
/* The origin of member @key of the current path (NULL: the path itself). */
void cchc__jr_origin_at(cchc__json_reader *r, const char *key, cchc__origin *origin);

#endif /* CCHC_JSON_SCORE_READ_H */
