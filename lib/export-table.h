/*
 * libcchc — tables of text cells for the writers of the formats layer:
 * written aligned for a terminal or as Markdown, and CSV fields.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_EXPORT_TABLE_H
#define CCHC_EXPORT_TABLE_H

#include "internal.h"

typedef struct {
    GPtrArray *rows; /* GPtrArray of char *, the first row the header */
    GString *align;  /* 'l' or 'r' per column */
} cchc__table;

/* @align: one 'l' or 'r' per column. */
void cchc__table_init(cchc__table *t, const char *align);
void cchc__table_clear(cchc__table *t);
/* A new row, owned by the table. */
GPtrArray *cchc__table_row(cchc__table *t);
/* Appends a copy of @text ("" for NULL) / takes @text / a count. */
void cchc__cell(GPtrArray *row, const char *text);
void cchc__cell_take(GPtrArray *row, char *text);
void cchc__cell_count(GPtrArray *row, size_t n);

/* Columns in a terminal: wide characters count two, combining marks none. */
size_t cchc__display_width(const char *text);
/* Aligned text: columns two spaces apart, each as wide as its widest cell,
 * every line after @indent, no trailing spaces. */
void cchc__table_text(GString *out, const cchc__table *t, const char *indent);
/* A Markdown table; the first row is the header. */
void cchc__table_markdown(GString *out, const cchc__table *t);
/* Text for a Markdown cell: '|' and '\' escaped, line breaks as spaces. */
void cchc__md_text(GString *out, const char *text);

/* A CSV field (RFC 4180): quoted when it holds ',', '"' or a line break;
 * preceded by ',' unless @first. */
void cchc__csv_field(GString *out, const char *text, int first);

#endif /* CCHC_EXPORT_TABLE_H */
