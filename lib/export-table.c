/*
 * libcchc — tables of text cells, aligned or as Markdown, and CSV fields
 * (export-table.h), shared by the report and ranking writers.
 *
 * SPDX-License-Identifier: MIT
 */
#include "export-table.h"

#include <string.h>

void cchc__table_init(cchc__table *t, const char *align)
{
    t->rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    t->align = g_string_new(align);
}

void cchc__table_clear(cchc__table *t)
{
    g_ptr_array_unref(t->rows);
    g_string_free(t->align, TRUE);
}

GPtrArray *cchc__table_row(cchc__table *t)
{
    GPtrArray *row = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(t->rows, row);
    return row;
}

void cchc__cell(GPtrArray *row, const char *text)
{
    g_ptr_array_add(row, g_strdup(text ? text : ""));
}

void cchc__cell_take(GPtrArray *row, char *text)
{
    g_ptr_array_add(row, text);
}

void cchc__cell_count(GPtrArray *row, size_t n)
{
    g_ptr_array_add(row, g_strdup_printf("%zu", n));
}

size_t cchc__display_width(const char *text)
{
    size_t w = 0;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_iszerowidth(c))
            continue;
        w += g_unichar_iswide(c) ? 2 : 1;
    }
    return w;
}

void cchc__table_text(GString *out, const cchc__table *t, const char *indent)
{
    size_t columns = t->align->len;
    size_t *width = g_new0(size_t, columns + 1);
    for (guint i = 0; i < t->rows->len; i++) {
        GPtrArray *row = g_ptr_array_index(t->rows, i);
        for (guint c = 0; c < row->len && c < columns; c++)
            width[c] = MAX(width[c], cchc__display_width(g_ptr_array_index(row, c)));
    }
    for (guint i = 0; i < t->rows->len; i++) {
        GPtrArray *row = g_ptr_array_index(t->rows, i);
        GString *line = g_string_new(indent);
        for (guint c = 0; c < row->len && c < columns; c++) {
            const char *text = g_ptr_array_index(row, c);
            size_t pad = width[c] - cchc__display_width(text);
            if (c)
                g_string_append(line, "  ");
            if (t->align->str[c] == 'r')
                for (size_t k = 0; k < pad; k++)
                    g_string_append_c(line, ' ');
            g_string_append(line, text);
            if (t->align->str[c] != 'r')
                for (size_t k = 0; k < pad; k++)
                    g_string_append_c(line, ' ');
        }
        /* No trailing spaces, whatever the last cells hold. */
        while (line->len > 0 && line->str[line->len - 1] == ' ')
            g_string_truncate(line, line->len - 1);
        g_string_append(out, line->str);
        g_string_append_c(out, '\n');
        g_string_free(line, TRUE);
    }
    g_free(width);
}

void cchc__md_text(GString *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '|' || *p == '\\')
            g_string_append_c(out, '\\');
        if (*p == '\n' || *p == '\r' || *p == '\t')
            g_string_append_c(out, ' ');
        else
            g_string_append_c(out, *p);
    }
}

void cchc__table_markdown(GString *out, const cchc__table *t)
{
    size_t columns = t->align->len;
    for (guint i = 0; i < t->rows->len; i++) {
        GPtrArray *row = g_ptr_array_index(t->rows, i);
        g_string_append_c(out, '|');
        for (guint c = 0; c < columns; c++) {
            g_string_append_c(out, ' ');
            cchc__md_text(out, c < row->len ? g_ptr_array_index(row, c) : "");
            g_string_append(out, " |");
        }
        g_string_append_c(out, '\n');
        if (i == 0) {
            g_string_append_c(out, '|');
            for (guint c = 0; c < columns; c++)
                g_string_append(out, t->align->str[c] == 'r' ? " --: |" : " --- |");
            g_string_append_c(out, '\n');
        }
    }
}

void cchc__csv_field(GString *out, const char *text, int first)
{
    if (!first)
        g_string_append_c(out, ',');
    if (!strpbrk(text, ",\"\r\n")) {
        g_string_append(out, text);
        return;
    }
    g_string_append_c(out, '"');
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    g_string_append_c(out, '"');
}
