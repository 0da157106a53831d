/*
 * libcchc — a small deterministic JSON writer.
 *
 * json-glib's generator escapes and formats numbers in its own way; files
 * that people keep under version control need the same bytes for the same
 * data, Vietnamese written as UTF-8, and numbers such as 12.5 written as
 * "12.5", not "12.5000000000000000". This writer gives exactly that.
 * The documents it writes are built by our own code, so their depth is
 * bounded by CCHC__JW_MAX_DEPTH by construction.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"

#include <math.h>

void cchc__jw_init(cchc__json_writer *w)
{
    w->out = g_string_new(NULL);
    w->depth = 0;
    w->empty[0] = TRUE;
}

char *cchc__jw_finish(cchc__json_writer *w, size_t *size)
{
    g_string_append_c(w->out, '\n');
    if (size)
        *size = w->out->len;
    return g_string_free(w->out, FALSE);
}

static void indent(cchc__json_writer *w)
{
    g_string_append_c(w->out, '\n');
    for (int i = 0; i < w->depth; i++)
        g_string_append(w->out, "  ");
}

static void append_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        case '\b': g_string_append(out, "\\b"); break;
        case '\f': g_string_append(out, "\\f"); break;
        default:
            if (*p < 0x20)
                g_string_append_printf(out, "\\u%04x", *p);
            else
                g_string_append_c(out, (char)*p); /* UTF-8 passes through */
        }
    }
    g_string_append_c(out, '"');
}

/* Starts a member or element: separator, new line, indentation, key. */
static void begin_item(cchc__json_writer *w, const char *key)
{
    if (w->depth > 0) {
        if (!w->empty[w->depth])
            g_string_append_c(w->out, ',');
        w->empty[w->depth] = FALSE;
        indent(w);
    }
    if (key) {
        append_string(w->out, key);
        g_string_append(w->out, ": ");
    }
}

static void open_container(cchc__json_writer *w, const char *key, char bracket)
{
    begin_item(w, key);
    g_string_append_c(w->out, bracket);
    g_assert(w->depth + 1 < CCHC__JW_MAX_DEPTH);
    w->depth++;
    w->empty[w->depth] = TRUE;
}

static void close_container(cchc__json_writer *w, char bracket)
{
    gboolean was_empty = w->empty[w->depth];
    w->depth--;
    if (!was_empty)
        indent(w);
    g_string_append_c(w->out, bracket);
}

void cchc__jw_begin_object(cchc__json_writer *w, const char *key) { open_container(w, key, '{'); }
void cchc__jw_end_object(cchc__json_writer *w) { close_container(w, '}'); }
void cchc__jw_begin_array(cchc__json_writer *w, const char *key) { open_container(w, key, '['); }
void cchc__jw_end_array(cchc__json_writer *w) { close_container(w, ']'); }

void cchc__jw_string(cchc__json_writer *w, const char *key, const char *value)
{
    begin_item(w, key);
    append_string(w->out, value ? value : "");
}

void cchc__jw_string_opt(cchc__json_writer *w, const char *key, const char *value)
{
    if (value && *value)
        cchc__jw_string(w, key, value);
}

void cchc__jw_int(cchc__json_writer *w, const char *key, gint64 value)
{
    begin_item(w, key);
    g_string_append_printf(w->out, "%" G_GINT64_FORMAT, value);
}

void cchc__jw_number(cchc__json_writer *w, const char *key, double value)
{
    begin_item(w, key);
    if (!isfinite(value)) {
        /* JSON has no NaN or infinity; the model never stores them. */
        g_string_append(w->out, "null");
        return;
    }
    if (value == floor(value) && fabs(value) < 9007199254740992.0) {
        g_string_append_printf(w->out, "%.0f", value == 0.0 ? 0.0 : value);
        return;
    }
    /* The shortest decimal that reads back as the same double. */
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (int precision = 1; precision <= 17; precision++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", precision);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
            break;
    }
    g_string_append(w->out, buf);
}

void cchc__jw_bool(cchc__json_writer *w, const char *key, int value)
{
    begin_item(w, key);
    g_string_append(w->out, value ? "true" : "false");
}

void cchc__jw_null(cchc__json_writer *w, const char *key)
{
    begin_item(w, key);
    g_string_append(w->out, "null");
}
