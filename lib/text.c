/*
 * libcchc — UTF-8 checks and the comparison key of names.
 *
 * Text is stored exactly as given (so Vietnamese round-trips byte for byte)
 * and compared through cchc__name_key(), which absorbs the variants real
 * plans contain: decomposed diacritics, case, "–" versus "-" versus a space,
 * doubled spaces, a final full stop.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

int cchc__check_text(const char *text, const char *what)
{
    const char *end = NULL;
    if (!text)
        return cchc__fail(CCHC_EINVAL, "%s: NULL text", what);
    if (!g_utf8_validate(text, -1, &end))
        return cchc__fail(CCHC_EINVAL, "%s: invalid UTF-8 at byte %ld", what,
                          (long)(end - text));
    return CCHC_OK;
}

int cchc__set_text(char **field, const char *value, const char *what)
{
    if (!value)
        value = "";
    int rc = cchc__check_text(value, what);
    if (rc)
        return rc;
    char *copy = g_strdup(value);
    g_free(*field);
    *field = copy;
    return CCHC_OK;
}

static gboolean is_dash(gunichar c)
{
    switch (c) {
    case 0x002D: /* hyphen-minus */
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return TRUE;
    default:
        return FALSE;
    }
}

/* Characters that separate words in a name without carrying meaning there. */
static gboolean is_separator(gunichar c)
{
    return g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || is_dash(c) ||
           c == ',' || c == ';' || c == ':';
}

char *cchc__name_key(const char *name)
{
    g_autofree char *nfc = g_utf8_normalize(name, -1, G_NORMALIZE_NFC);
    if (!nfc)
        return g_strdup("");
    g_autofree char *folded = g_utf8_casefold(nfc, -1);
    g_autofree char *refolded = g_utf8_normalize(folded, -1, G_NORMALIZE_NFC);
    GString *key = g_string_new(NULL);
    gboolean pending_space = FALSE;
    for (const char *p = refolded; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (is_separator(c)) {
            pending_space = key->len > 0;
            continue;
        }
        if (pending_space)
            g_string_append_c(key, ' ');
        pending_space = FALSE;
        g_string_append_unichar(key, c);
    }
    while (key->len > 0 && key->str[key->len - 1] == '.') {
        g_string_truncate(key, key->len - 1);
        while (key->len > 0 && key->str[key->len - 1] == ' ')
            g_string_truncate(key, key->len - 1);
    }
    return g_string_free(key, FALSE);
}

int cchc__id_is_valid(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0 || n > 64 || id[0] == '@')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        if (!g_ascii_isalnum(c) && c != '.' && c != '-' && c != '_')
            return 0;
    }
    return 1;
}

GPtrArray *cchc__strv_copy(const GPtrArray *src)
{
    GPtrArray *copy = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; src && i < src->len; i++)
        g_ptr_array_add(copy, g_strdup(g_ptr_array_index(src, i)));
    return copy;
}

char *cchc__text_fold(const char *text)
{
    /* Decompose, drop the combining marks, map đ/Đ: "Quý" → "quy". */
    g_autofree char *key = cchc__name_key(text);
    g_autofree char *nfd = g_utf8_normalize(key, -1, G_NORMALIZE_NFD);
    GString *out = g_string_new(NULL);
    for (const char *p = nfd ? nfd : ""; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        GUnicodeType type = g_unichar_type(c);
        if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
            type == G_UNICODE_ENCLOSING_MARK)
            continue;
        if (c == 0x0111 || c == 0x0110)
            c = 'd';
        g_string_append_unichar(out, c);
    }
    return g_string_free(out, FALSE);
}

size_t cchc__bom_length(const char *text, size_t size)
{
    return size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

void cchc__text_position(const char *text, size_t size, size_t offset, size_t *line,
                         size_t *column)
{
    size_t start = cchc__bom_length(text, size);
    size_t l = 1, line_start = start;
    if (offset > size)
        offset = size;
    if (offset < start)
        offset = start;
    for (size_t i = start; i < offset; i++)
        if (text[i] == '\n') {
            l++;
            line_start = i + 1;
        }
    size_t col = 1;
    for (size_t i = line_start; i < offset; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) /* count characters, not bytes */
            col++;
    *line = l;
    *column = col;
}
