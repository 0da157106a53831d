/*
 * libcchc — reading helpers shared by the scheme and scorecard loaders:
 * located errors with the scoring module's own codes, and the origin
 * (file, line, column, JSON path) that scheme nodes and scorecard entries
 * keep so that later checks can point back into the file.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_JSON_SCORE_READ_H
#define CCHC_JSON_SCORE_READ_H

#include "json-internal.h"
#include "score-internal.h"

/* The origin of the reader's current path. */
void cchc__jr_origin(cchc__json_reader *r, cchc__origin *origin);

/* A located error with a domain code ("scheme.duplicate-code") at member
 * @key of the current path (NULL: the current path itself); records it in
 * r->diags, sets the last error and returns CCHC_EFORMAT. */
int cchc__jr_error_code_at(cchc__json_reader *r, const char *key, const char *code,
                           const char *fmt, ...) G_GNUC_PRINTF(4, 5);

/* A model function's refusal @rc, located at member @key. */
int cchc__jr_model_error_at(cchc__json_reader *r, const char *key, int rc);

#endif /* CCHC_JSON_SCORE_READ_H */
