/*
 * libcchc — where is "$.tasks[3].area" in the text?
 *
 * json-glib's nodes do not remember their position, yet every load error must
 * name a line and column. Once json-glib has accepted a document, this small
 * scanner walks the (well-formed) text again along the JSON path and reports
 * where the member or element starts. It is iterative over the path and
 * skips values with an explicit depth counter, so input cannot drive deep
 * recursion.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

#include <string.h>

typedef struct {
    const char *text;
    size_t size;
    size_t pos;
} scanner;

static void skip_ws(scanner *s)
{
    while (s->pos < s->size && strchr(" \t\r\n", s->text[s->pos]) && s->text[s->pos])
        s->pos++;
}

/* Reads a string token starting at '"'; decodes it into @out when not NULL. */
static int scan_string(scanner *s, GString *out)
{
    if (s->pos >= s->size || s->text[s->pos] != '"')
        return 0;
    s->pos++;
    while (s->pos < s->size) {
        char c = s->text[s->pos++];
        if (c == '"')
            return 1;
        if (c != '\\') {
            if (out)
                g_string_append_c(out, c);
            continue;
        }
        if (s->pos >= s->size)
            return 0;
        char e = s->text[s->pos++];
        if (e == 'u') {
            if (s->pos + 4 > s->size)
                return 0;
            char hex[5] = {0};
            memcpy(hex, s->text + s->pos, 4);
            s->pos += 4;
            gunichar u = (gunichar)g_ascii_strtoull(hex, NULL, 16);
            if (u >= 0xD800 && u <= 0xDBFF && s->pos + 6 <= s->size &&
                s->text[s->pos] == '\\' && s->text[s->pos + 1] == 'u') {
                memcpy(hex, s->text + s->pos + 2, 4);
                gunichar lo = (gunichar)g_ascii_strtoull(hex, NULL, 16);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    s->pos += 6;
                }
            }
            if (out)
                g_string_append_unichar(out, u);
        } else if (out) {
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *hit = strchr(from, e);
            g_string_append_c(out, hit ? to[hit - from] : e);
        }
    }
    return 0;
}

/* Skips one value of any kind. */
static int skip_value(scanner *s)
{
    size_t depth = 0;
    do {
        skip_ws(s);
        if (s->pos >= s->size)
            return 0;
        char c = s->text[s->pos];
        if (c == '"') {
            if (!scan_string(s, NULL))
                return 0;
        } else if (c == '{' || c == '[') {
            depth++;
            s->pos++;
            continue;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return 0;
            depth--;
            s->pos++;
        } else if (c == ',' || c == ':') {
            s->pos++;
            continue;
        } else {
            while (s->pos < s->size && !strchr(",:]} \t\r\n", s->text[s->pos]))
                s->pos++;
        }
    } while (depth > 0);
    return 1;
}

/* One step of a path: a member name or an array index. */
typedef struct {
    char *key; /* NULL for an index */
    size_t index;
} step;

static GArray *parse_path(const char *path)
{
    GArray *steps = g_array_new(FALSE, TRUE, sizeof(step));
    const char *p = path;
    if (*p == '$')
        p++;
    while (*p) {
        step st = {0};
        if (*p == '.') {
            const char *start = ++p;
            while (*p && *p != '.' && *p != '[')
                p++;
            st.key = g_strndup(start, (gsize)(p - start));
        } else if (p[0] == '[' && p[1] == '"') {
            /* ["key with . or ["] as written by the reader's path builder */
            scanner s = {p + 1, strlen(p + 1), 0};
            GString *key = g_string_new(NULL);
            scan_string(&s, key);
            st.key = g_string_free(key, FALSE);
            p += 1 + s.pos;
            if (*p == ']')
                p++;
        } else if (*p == '[') {
            st.index = (size_t)g_ascii_strtoull(p + 1, (char **)&p, 10);
            if (*p == ']')
                p++;
        } else {
            break;
        }
        g_array_append_val(steps, st);
        /* cppcheck-suppress memleak ; st.key now belongs to steps (free_steps) */
    }
    return steps;
}

static void free_steps(GArray *steps)
{
    for (guint i = 0; i < steps->len; i++)
        g_free(g_array_index(steps, step, i).key);
    g_array_unref(steps);
}

/* Moves the scanner from the start of a container to the start of the member
 * or element named by @st; sets *@at to where it starts. */
static int find_step(scanner *s, const step *st, size_t *at)
{
    skip_ws(s);
    if (s->pos >= s->size)
        return 0;
    char open = s->text[s->pos];
    if ((open == '{') != (st->key != NULL) || (open != '{' && open != '['))
        return 0;
    s->pos++;
    for (size_t i = 0;; i++) {
        skip_ws(s);
        if (s->pos >= s->size || s->text[s->pos] == '}' || s->text[s->pos] == ']')
            return 0;
        if (open == '{') {
            size_t key_at = s->pos;
            GString *key = g_string_new(NULL);
            int ok = scan_string(s, key);
            gboolean match = ok && strcmp(key->str, st->key) == 0;
            g_string_free(key, TRUE);
            if (!ok)
                return 0;
            skip_ws(s);
            if (s->pos >= s->size || s->text[s->pos] != ':')
                return 0;
            s->pos++;
            if (match) {
                *at = key_at;
                skip_ws(s);
                return 1;
            }
        } else if (i == st->index) {
            *at = s->pos;
            return 1;
        }
        if (!skip_value(s))
            return 0;
        skip_ws(s);
        if (s->pos < s->size && s->text[s->pos] == ',')
            s->pos++;
    }
}


int cchc__json_locate(const char *text, size_t size, const char *path, size_t *line,
                      size_t *column)
{
    *line = *column = 0;
    scanner s = {text, size, 0};
    GArray *steps = parse_path(path);
    s.pos = cchc__bom_length(text, size);
    skip_ws(&s);
    size_t at = s.pos;
    int found = 1;
    for (guint i = 0; found && i < steps->len; i++)
        found = find_step(&s, &g_array_index(steps, step, i), &at);
    free_steps(steps);
    if (!found)
        return 0;
    cchc__text_position(text, size, at, line, column);
    return 1;
}

/* ---- paths --------------------------------------------------------------- */

void cchc__json_path_append_key(GString *path, const char *key)
{
    gboolean plain = *key != '\0';
    for (const char *p = key; *p && plain; p++)
        plain = g_ascii_isalnum(*p) || *p == '_' || *p == '-';
    if (plain) {
        g_string_append_printf(path, ".%s", key);
        return;
    }
    /* ["odd key"], escaped so that parse_path() can read it back */
    g_string_append(path, "[\"");
    for (const char *p = key; *p; p++) {
        if (*p == '"' || *p == '\\')
            g_string_append_c(path, '\\');
        g_string_append_c(path, *p);
    }
    g_string_append(path, "\"]");
}

void cchc__json_path_append_index(GString *path, size_t index)
{
    g_string_append_printf(path, "[%zu]", index);
}
