/*
 * libcchc — the deterministic JSON writer of lib/json-write.c.
 *
 * Kept apart from json-internal.h because writing needs no json-glib: any
 * formats-layer file may include this one.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_JSON_WRITE_H
#define CCHC_JSON_WRITE_H

#include "internal.h"

/* ---- json-write.c ------------------------------------------------------- */

/* A deterministic JSON writer: two-space indentation, members in the order
 * written, UTF-8 unescaped, numbers in their shortest round-trip form. */
#define CCHC__JW_MAX_DEPTH 32
typedef struct {
    GString *out;
    int depth;
    gboolean empty[CCHC__JW_MAX_DEPTH]; /* nothing written yet at that depth */
} cchc__json_writer;

void cchc__jw_init(cchc__json_writer *w);
char *cchc__jw_finish(cchc__json_writer *w, size_t *size); /* appends "\n" */
void cchc__jw_begin_object(cchc__json_writer *w, const char *key);
void cchc__jw_end_object(cchc__json_writer *w);
void cchc__jw_begin_array(cchc__json_writer *w, const char *key);
void cchc__jw_end_array(cchc__json_writer *w);
/* @key is NULL for array elements. */
void cchc__jw_string(cchc__json_writer *w, const char *key, const char *value);
void cchc__jw_int(cchc__json_writer *w, const char *key, gint64 value);
void cchc__jw_number(cchc__json_writer *w, const char *key, double value);
void cchc__jw_bool(cchc__json_writer *w, const char *key, int value);
void cchc__jw_null(cchc__json_writer *w, const char *key);
/* Writes the member only when @value is not empty. */
void cchc__jw_string_opt(cchc__json_writer *w, const char *key, const char *value);

#endif /* CCHC_JSON_WRITE_H */
