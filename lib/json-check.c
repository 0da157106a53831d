/*
 * libcchc — the strict check of a JSON document before json-glib parses it.
 *
 * json-glib 1.6 accepts more than RFC 8259 and turns some of it into wrong
 * values: comments, single quotes, leading zeros read as octal, integers
 * beyond 64 bits wrapped round, a repeated member name that silently keeps
 * the last value, "\u0000" that cuts a string short. It also parses
 * recursively, so deep nesting exhausts the stack. This pass walks the text
 * once, iteratively, with an explicit stack, and stops at the first such
 * problem with its offset and JSON path, so that the loader can name the
 * line, column and path of every error and never map a wrong value.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

/* ---- the strict check ---------------------------------------------------- */

/* One open object or array. */
typedef struct {
    gboolean is_object;
    size_t index;       /* arrays: the element being read */
    const char *key;    /* objects: the member being read (in names), NULL between members */
    size_t key_at;      /* objects: where that member's key starts */
    GPtrArray *names;   /* objects: the member names so far (owned) */
    GArray *name_at;    /* objects: where each of them starts (size_t) */
    GHashTable *lookup; /* objects with many members: name → 1 + its index in names */
} frame;

/* Objects up to this many members are searched for a repeated name one by
 * one; larger ones get a hash table, so that no input is quadratic. */
#define LINEAR_NAMES 16

typedef struct {
    const char *text;
    size_t size;
    size_t pos;
    GArray *stack; /* of frame */
    cchc__json_problem *problem;
    size_t max_depth;  /* the depth limit, at most CCHC__JSON_MAX_DEPTH */
    size_t max_string; /* the string_bytes limit */
} checker;

/* What the checker expects next. */
enum {
    EXPECT_VALUE,         /* the document's value, or a member's value after ':' */
    EXPECT_FIRST_ELEMENT, /* after '[' */
    EXPECT_NEXT_ELEMENT,  /* after ',' in an array */
    EXPECT_FIRST_KEY,     /* after '{' */
    EXPECT_NEXT_KEY,      /* after ',' in an object */
    EXPECT_COLON,         /* after a member name */
    EXPECT_AFTER_VALUE    /* ',' or the closing bracket, or the end of the text */
};

static frame *top(checker *c)
{
    return c->stack->len ? &g_array_index(c->stack, frame, c->stack->len - 1) : NULL;
}

static void pop(checker *c)
{
    frame *f = top(c);
    if (f->names) {
        g_ptr_array_unref(f->names);
        g_array_unref(f->name_at);
    }
    if (f->lookup)
        g_hash_table_unref(f->lookup);
    g_array_set_size(c->stack, c->stack->len - 1);
}

/* The path of the value being read: every open container with its current
 * member or element. */
static char *current_path(checker *c)
{
    GString *path = g_string_new("$");
    for (guint i = 0; i < c->stack->len; i++) {
        frame *f = &g_array_index(c->stack, frame, i);
        if (!f->is_object)
            cchc__json_path_append_index(path, f->index);
        else if (f->key)
            cchc__json_path_append_key(path, f->key);
    }
    return g_string_free(path, FALSE);
}

static int fail_at(checker *c, size_t offset, int status, const char *code, const char *fmt,
                   ...) G_GNUC_PRINTF(5, 6);

static int fail_at(checker *c, size_t offset, int status, const char *code, const char *fmt,
                   ...)
{
    va_list ap;
    va_start(ap, fmt);
    c->problem->message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    c->problem->status = status;
    c->problem->code = code;
    c->problem->offset = offset;
    c->problem->path = current_path(c);
    return 0;
}

#define SYNTAX(c, offset, ...) fail_at((c), (offset), CCHC_EPARSE, "json.syntax", __VA_ARGS__)

/* Where a content error about the value starting at @value_at is located: as
 * the reader does, at the member's key, or at the value in an array. Syntax
 * errors point at the offending character instead. */
static size_t content_place(checker *c, size_t value_at)
{
    frame *f = top(c);
    return f && f->is_object && f->key ? f->key_at : value_at;
}

/* Bytes of the character at @pos, for quoting it in a message. */
static int char_length(checker *c, size_t pos)
{
    const char *p = c->text + pos;
    const char *next = g_utf8_next_char(p);
    size_t n = (size_t)(next - p);
    return (int)(n > c->size - pos ? c->size - pos : n);
}

static int unexpected(checker *c, const char *expected)
{
    size_t pos = c->pos;
    char ch = c->text[pos];
    if (ch == '/')
        return SYNTAX(c, pos, "comments are not allowed in JSON");
    if (ch == '\'')
        return SYNTAX(c, pos, "strings must be written in double quotes");
    return SYNTAX(c, pos, "unexpected character '%.*s', expected %s", char_length(c, pos),
                  c->text + pos, expected);
}

static int hex4(const char *p, gunichar *out)
{
    gunichar u = 0;
    for (int i = 0; i < 4; i++) {
        int d = g_ascii_xdigit_value(p[i]);
        if (d < 0)
            return 0;
        u = u * 16 + (gunichar)d;
    }
    *out = u;
    return 1;
}

/* A string longer than the string_bytes limit. */
static int string_too_long(checker *c, size_t start)
{
    return fail_at(c, content_place(c, start), CCHC_ELIMIT, "json.limit",
                   "the string is longer than %zu bytes " CCHC__LIMIT_FMT, c->max_string,
                   cchc_limit_name(CCHC_LIMIT_STRING_BYTES), c->max_string);
}

/* Checks the string that starts at c->pos; decodes it into @out when not NULL.
 * Counts its length in bytes as decoded, against the string_bytes limit. */
static int check_string(checker *c, GString *out)
{
    size_t start = c->pos++;
    size_t length = 0; /* decoded bytes */
    while (c->pos < c->size) {
        size_t at = c->pos;
        unsigned char ch = (unsigned char)c->text[c->pos++];
        if (ch == '"')
            return 1;
        if (length >= c->max_string)
            return string_too_long(c, start);
        if (ch < 0x20) {
            const char *named = ch == '\n' ? "\\n" : ch == '\t' ? "\\t" : ch == '\r' ? "\\r"
                              : ch == '\b' ? "\\b" : ch == '\f' ? "\\f" : NULL;
            char escape[8];
            g_snprintf(escape, sizeof escape, "\\u%04x", ch);
            return SYNTAX(c, at,
                          "a control character (U+%04X) cannot stand as it is inside a "
                          "string; write it as %s",
                          ch, named ? named : escape);
        }
        if (ch != '\\') {
            length++;
            if (out)
                g_string_append_c(out, (char)ch);
            continue;
        }
        if (c->pos >= c->size)
            break;
        char e = c->text[c->pos++];
        if (e != 'u') {
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *hit = strchr(from, e);
            if (!hit || !e)
                return SYNTAX(c, at, "invalid escape '\\%.*s' in a string",
                              char_length(c, c->pos - 1), c->text + c->pos - 1);
            length++;
            if (out)
                g_string_append_c(out, to[hit - from]);
            continue;
        }
        gunichar u = 0;
        if (c->pos + 4 > c->size || !hex4(c->text + c->pos, &u))
            return SYNTAX(c, at, "\\u must be followed by four hexadecimal digits");
        c->pos += 4;
        if (u >= 0xDC00 && u <= 0xDFFF)
            return SYNTAX(c, at, "\\u%04x is the second half of a surrogate pair without "
                                 "its first half", u);
        if (u >= 0xD800 && u <= 0xDBFF) {
            gunichar lo = 0;
            if (c->pos + 6 > c->size || c->text[c->pos] != '\\' ||
                c->text[c->pos + 1] != 'u' || !hex4(c->text + c->pos + 2, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF)
                return SYNTAX(c, at, "\\u%04x is the first half of a surrogate pair "
                                     "without its second half", u);
            c->pos += 6;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (u == 0)
            return fail_at(c, content_place(c, start), CCHC_EFORMAT, "json.content",
                           "text cannot contain the NUL character (\\u0000)");
        char utf8[6];
        length += (size_t)g_unichar_to_utf8(u, utf8);
        if (length > c->max_string)
            return string_too_long(c, start);
        if (out)
            g_string_append_unichar(out, u);
    }
    c->pos = start;
    return SYNTAX(c, start, "the document ends inside this string (is the file truncated?)");
}

/* How many of the @n bytes at @s to quote in a message: all of them up to 64,
 * else the first 64 or fewer, cut before a whole character (the text is
 * valid UTF-8, and so must the message be). */
static int quoted_length(const char *s, size_t n)
{
    if (n <= 64)
        return (int)n;
    size_t length = 64;
    while (length > 0 && ((unsigned char)s[length] & 0xC0) == 0x80)
        length--;
    return (int)length;
}

/* A run of characters up to the next delimiter: a number or a word. */
static size_t token_end(checker *c)
{
    size_t end = c->pos;
    while (end < c->size && !strchr(" \t\r\n,:[]{}\"", c->text[end]) && c->text[end])
        end++;
    return end;
}

/* RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int number_grammar(const char *p, const char *end, int *is_integer)
{
    *is_integer = 1;
    if (p < end && *p == '-')
        p++;
    if (p >= end || !g_ascii_isdigit(*p))
        return 0;
    if (*p == '0')
        p++;
    else
        while (p < end && g_ascii_isdigit(*p))
            p++;
    if (p < end && *p == '.') {
        *is_integer = 0;
        if (++p >= end || !g_ascii_isdigit(*p))
            return 0;
        while (p < end && g_ascii_isdigit(*p))
            p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        *is_integer = 0;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || !g_ascii_isdigit(*p))
            return 0;
        while (p < end && g_ascii_isdigit(*p))
            p++;
    }
    return p == end;
}

static int check_number(checker *c)
{
    size_t end = token_end(c);
    const char *token = c->text + c->pos;
    int length = quoted_length(token, end - c->pos);
    int is_integer = 0;
    if (!number_grammar(token, c->text + end, &is_integer))
        return SYNTAX(c, c->pos, "\"%.*s%s\" is not a JSON number", length, token,
                      end - c->pos > 64 ? "…" : "");
    g_autofree char *copy = g_strndup(token, end - c->pos);
    gboolean too_large;
    errno = 0;
    if (is_integer) {
        /* json-glib keeps integers in 64 bits and wraps larger ones round */
        g_ascii_strtoll(copy, NULL, 10);
        too_large = errno == ERANGE;
    } else {
        too_large = isinf(g_ascii_strtod(copy, NULL));
    }
    if (too_large)
        return fail_at(c, content_place(c, c->pos), CCHC_EFORMAT, "json.range", "the number %.*s%s is too large to be read",
                       length, token, end - c->pos > 64 ? "…" : "");
    c->pos = end;
    return 1;
}

static int check_word(checker *c)
{
    size_t end = token_end(c);
    size_t n = end - c->pos;
    const char *word = c->text + c->pos;
    if ((n == 4 && memcmp(word, "true", 4) == 0) || (n == 5 && memcmp(word, "false", 5) == 0) ||
        (n == 4 && memcmp(word, "null", 4) == 0)) {
        c->pos = end;
        return 1;
    }
    return SYNTAX(c, c->pos,
                  "\"%.*s\" is not a JSON value (expected a string, a number, an object, an "
                  "array, true, false or null)",
                  quoted_length(word, n), word);
}

static int push(checker *c, gboolean is_object)
{
    if (c->stack->len >= c->max_depth)
        return fail_at(c, c->pos, CCHC_ELIMIT, "json.limit",
                       "the document is nested more than %zu levels deep " CCHC__LIMIT_FMT,
                       c->max_depth, cchc_limit_name(CCHC_LIMIT_DEPTH), c->max_depth);
    frame f = {.is_object = is_object};
    if (is_object) {
        f.names = g_ptr_array_new_with_free_func(g_free);
        f.name_at = g_array_new(FALSE, FALSE, sizeof(size_t));
    }
    g_array_append_val(c->stack, f);
    c->pos++;
    /* cppcheck-suppress memleak ; f.names and f.name_at now belong to the stack (pop) */
    return 1;
}

/* A member name at c->pos; refuses a name used before in the same object. */
static int check_key(checker *c)
{
    size_t at = c->pos;
    GString *key = g_string_new(NULL);
    if (!check_string(c, key)) {
        g_string_free(key, TRUE);
        return 0;
    }
    frame *f = top(c);
    guint count = f->names->len, first = count;
    if (f->lookup) {
        gpointer hit = g_hash_table_lookup(f->lookup, key->str);
        if (hit)
            first = GPOINTER_TO_UINT(hit) - 1;
    } else {
        for (guint i = 0; i < count && first == count; i++)
            if (strcmp(g_ptr_array_index(f->names, i), key->str) == 0)
                first = i;
    }
    char *name = g_string_free(key, FALSE);
    f->key = name;
    f->key_at = at;
    g_ptr_array_add(f->names, name);
    g_array_append_val(f->name_at, at);
    if (first < count) {
        size_t line = 0, column = 0;
        cchc__text_position(c->text, c->size, g_array_index(f->name_at, size_t, first), &line,
                            &column);
        return fail_at(c, at, CCHC_EFORMAT, "json.duplicate",
                       "the key \"%s\" appears twice in this object (first at line %zu, "
                       "column %zu)",
                       f->key, line, column);
    }
    if (!f->lookup && f->names->len > LINEAR_NAMES) {
        f->lookup = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < f->names->len; i++)
            g_hash_table_insert(f->lookup, g_ptr_array_index(f->names, i),
                                GUINT_TO_POINTER(i + 1));
    } else if (f->lookup) {
        g_hash_table_insert(f->lookup, name, GUINT_TO_POINTER(f->names->len));
    }
    return 1;
}

static int check_value(checker *c)
{
    char ch = c->text[c->pos];
    if (ch == '"')
        return check_string(c, NULL);
    if (ch == '-' || g_ascii_isdigit(ch))
        return check_number(c);
    if (g_ascii_isalpha(ch))
        return check_word(c);
    return unexpected(c, "a value");
}

static int check_end_of_text(checker *c, int expect)
{
    if (expect == EXPECT_AFTER_VALUE && c->stack->len == 0)
        return 1;
    if (c->stack->len == 0)
        return SYNTAX(c, c->pos, "the document is empty");
    return SYNTAX(c, c->pos, "the document ends inside this %s (is the file truncated?)",
                  top(c)->is_object ? "object" : "array");
}

static int check_step(checker *c, int *expect)
{
    frame *f = top(c);
    char ch = c->text[c->pos];
    switch (*expect) {
    case EXPECT_FIRST_ELEMENT:
    case EXPECT_NEXT_ELEMENT:
        if (ch == ']') {
            if (*expect == EXPECT_NEXT_ELEMENT)
                return SYNTAX(c, c->pos, "a comma before ']' is not allowed");
            pop(c);
            c->pos++;
            *expect = EXPECT_AFTER_VALUE;
            return 1;
        }
        /* fall through */
    case EXPECT_VALUE:
        if (ch == '{' || ch == '[') {
            *expect = ch == '{' ? EXPECT_FIRST_KEY : EXPECT_FIRST_ELEMENT;
            return push(c, ch == '{');
        }
        *expect = EXPECT_AFTER_VALUE;
        return check_value(c);
    case EXPECT_FIRST_KEY:
    case EXPECT_NEXT_KEY:
        if (ch == '}') {
            if (*expect == EXPECT_NEXT_KEY)
                return SYNTAX(c, c->pos, "a comma before '}' is not allowed");
            pop(c);
            c->pos++;
            *expect = EXPECT_AFTER_VALUE;
            return 1;
        }
        if (ch != '"')
            return unexpected(c, "a key in double quotes");
        *expect = EXPECT_COLON;
        return check_key(c);
    case EXPECT_COLON:
        if (ch != ':')
            return unexpected(c, "':' after the key");
        c->pos++;
        *expect = EXPECT_VALUE;
        return 1;
    default: /* EXPECT_AFTER_VALUE */
        if (!f)
            return SYNTAX(c, c->pos, "unexpected content after the end of the document");
        if (ch == ',') {
            c->pos++;
            if (f->is_object) {
                f->key = NULL;
                *expect = EXPECT_NEXT_KEY;
            } else {
                f->index++;
                *expect = EXPECT_NEXT_ELEMENT;
            }
            return 1;
        }
        if (ch != (f->is_object ? '}' : ']'))
            return unexpected(c, f->is_object ? "',' or '}'" : "',' or ']'");
        pop(c);
        c->pos++;
        return 1;
    }
}

int cchc__json_check(const char *text, size_t size, cchc__json_problem *problem)
{
    return cchc__json_check_limited(text, size, NULL, problem);
}

int cchc__json_check_limited(const char *text, size_t size, const cchc_limits *limits,
                             cchc__json_problem *problem)
{
    checker c = {text, size, cchc__bom_length(text, size), g_array_new(FALSE, TRUE, sizeof(frame)),
                 problem, MIN(cchc_limits_value(limits, CCHC_LIMIT_DEPTH), CCHC__JSON_MAX_DEPTH),
                 cchc_limits_value(limits, CCHC_LIMIT_STRING_BYTES)};
    int expect = EXPECT_VALUE, ok;
    for (;;) {
        while (c.pos < size && (text[c.pos] == ' ' || text[c.pos] == '\t' ||
                                text[c.pos] == '\r' || text[c.pos] == '\n'))
            c.pos++;
        if (c.pos >= size) {
            ok = check_end_of_text(&c, expect);
            break;
        }
        if (!(ok = check_step(&c, &expect)))
            break;
    }
    while (c.stack->len)
        pop(&c);
    g_array_unref(c.stack);
    return ok;
}
