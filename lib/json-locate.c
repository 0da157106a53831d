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
 * A loader that locates many values (a scorecard remembers where each of
 * its values came from) would walk the text once per value, which grows
 * with values × size; cchc__json_positions walks it once and remembers where
 * every member and element starts, by path.
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

/* ---- every position at once ----------------------------------------------- */

typedef struct {
    size_t line, column;
} position;

struct cchc__json_positions {
    GHashTable *by_path; /* char *path → position * */
    const char *text;
    size_t offset, line, column; /* where the line/column count has reached */
};

/* Advances the count to @offset (never backwards: the walk goes forward), with
 * cchc__text_position()'s rules: lines split at '\n', columns in characters. */
static void count_to(cchc__json_positions *p, size_t offset)
{
    for (; p->offset < offset; p->offset++) {
        unsigned char c = (unsigned char)p->text[p->offset];
        if (c == '\n') {
            p->line++;
            p->column = 1;
        } else if ((c & 0xC0) != 0x80) {
            p->column++;
        }
    }
}

static void record(cchc__json_positions *p, const GString *path, size_t offset)
{
    if (g_hash_table_contains(p->by_path, path->str))
        return; /* a repeated name: the first one, as cchc__json_locate() finds */
    count_to(p, offset);
    position *at = g_new(position, 1);
    *at = (position){p->line, p->column};
    g_hash_table_insert(p->by_path, g_strdup(path->str), at);
}

/* An open container of the walk: its kind, the path length before its
 * members' steps, and the index of its next element. */
typedef struct {
    char open;
    size_t mark;
    size_t index;
} container;

/* Moves past the value that ended, closing containers, to the start of the
 * next member or element, whose path it records and leaves in @path.
 * Returns 0 at the end of the document (or of what can be read). */
static int next_value(cchc__json_positions *p, scanner *s, GArray *open, GString *path)
{
    while (open->len > 0) {
        container *c = &g_array_index(open, container, open->len - 1);
        g_string_truncate(path, c->mark);
        skip_ws(s);
        if (s->pos >= s->size)
            return 0;
        char next = s->text[s->pos];
        if (next == '}' || next == ']') {
            s->pos++;
            g_array_set_size(open, open->len - 1);
            continue;
        }
        if (next == ',') {
            s->pos++;
            skip_ws(s);
        }
        if (c->open == '{') {
            size_t key_at = s->pos;
            g_autoptr(GString) key = g_string_new(NULL);
            if (!scan_string(s, key))
                return 0;
            skip_ws(s);
            if (s->pos >= s->size || s->text[s->pos] != ':')
                return 0;
            s->pos++;
            cchc__json_path_append_key(path, key->str);
            record(p, path, key_at);
        } else {
            cchc__json_path_append_index(path, c->index);
            record(p, path, s->pos);
        }
        c->index++;
        return 1;
    }
    return 0;
}

cchc__json_positions *cchc__json_positions_new(const char *text, size_t size)
{
    cchc__json_positions *p = g_new0(cchc__json_positions, 1);
    p->by_path = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    p->text = text;
    scanner s = {text, size, cchc__bom_length(text, size)};
    p->offset = s.pos;
    p->line = p->column = 1;
    g_autoptr(GString) path = g_string_new("$");
    g_autoptr(GArray) open = g_array_new(FALSE, FALSE, sizeof(container));
    skip_ws(&s);
    record(p, path, s.pos);
    /* one value each turn: a container opens, anything else is skipped */
    for (int more = 1; more;) {
        skip_ws(&s);
        if (s.pos >= s.size)
            break;
        char c = s.text[s.pos];
        if (c == '{' || c == '[') {
            container opened = {c, path->len, 0};
            g_array_append_val(open, opened);
            s.pos++;
        } else if (c == '"') {
            if (!scan_string(&s, NULL))
                break;
        } else {
            while (s.pos < s.size && !strchr(",:]} \t\r\n", s.text[s.pos]))
                s.pos++;
        }
        more = next_value(p, &s, open, path);
    }
    return p;
}

int cchc__json_positions_find(const cchc__json_positions *positions, const char *path,
                              size_t *line, size_t *column)
{
    const position *at = g_hash_table_lookup(positions->by_path, path);
    *line = at ? at->line : 0;
    *column = at ? at->column : 0;
    return at != NULL;
}

void cchc__json_positions_free(cchc__json_positions *positions)
{
    if (!positions)
        return;
    g_hash_table_destroy(positions->by_path);
    g_free(positions);
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
