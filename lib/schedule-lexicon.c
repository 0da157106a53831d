/*
 * libcchc — the lexicon of time expressions: the folded copy of a text that
 * the grammar matches (no diacritics, lower case, one byte per character,
 * each byte mapped back to the original), its tokens, and the word tables.
 *
 * Folding works on a copy; labels, events and milestone texts are always cut
 * from the original text, byte for byte.
 *
 * SPDX-License-Identifier: MIT
 */
#include "schedule-internal.h"

#include <string.h>

/* ---- word tables (folded spellings) ------------------------------------ */

/* Words that join a label to its time: "Ban hành KH trong quý I/2023". */
const char *const cchc__connectors[] = {
    "trong", "vao", "giai doan", "trong giai doan", "dinh ky", "thoi gian", "thoi han",
    "vao thoi gian", "trong thoi gian", "tu nay", NULL};

/* Labels that say nothing beyond "the task": dropped. */
const char *const cchc__fillers[] = {
    "thuc hien", "duoc thuc hien", "tinh", "thoi gian", "thoi gian thuc hien",
    "thoi gian hoan thanh", "thoi han", "thoi han hoan thanh", NULL};

/* Words that introduce an event: "Khi có hướng dẫn …", "Theo KH của UBND tỉnh". */
const char *const cchc__triggers[] = {
    "khi", "sau khi", "ngay sau khi", "ngay khi", "theo", "tuy theo", "can cu",
    "dot xuat", NULL};

/* Words that open a new clause after "," or "và" ("…, triển khai …"). */
const char *const cchc__openers[] = {
    "trien khai", "ban hanh", "xay dung", "thuc hien", "to chuc", "hoan thanh", "bao cao",
    "gui", "trinh", "tiep tuc", "cac nhiem vu", "cac noi dung", "nhiem vu", "kiem tra",
    "danh gia", "tong ket", "so ket", "khi", "sau khi", "ngay sau khi", "theo", NULL};

/* Words of time that, alone, name no date. */
const char *const cchc__time_words[] = {
    "nam", "thang", "quy", "ngay", "tuan", "ky", "giai doan", "dinh ky", "hang", "moi",
    NULL};

/* ---- folding ------------------------------------------------------------ */

static gboolean is_dash(gunichar c)
{
    switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return TRUE;
    default:
        return FALSE;
    }
}

static gboolean is_mark(gunichar c)
{
    GUnicodeType t = g_unichar_type(c);
    return t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
           t == G_UNICODE_ENCLOSING_MARK;
}

/* The folded byte of one character, or 0 when it folds to nothing (a
 * combining mark). */
static char fold_char(gunichar c)
{
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
        return ';';
    if (c < 0x80) {
        if (c < 0x20 || c == 0x7F)
            return ' ';
        return g_ascii_tolower((char)c);
    }
    if (g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
        g_unichar_type(c) == G_UNICODE_FORMAT)
        return ' ';
    if (is_dash(c))
        return '-';
    /* Đ đ, and Ð ð that legacy converters write in their place. */
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0)
        return 'd';
    if (is_mark(c))
        return 0;
    gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n = g_unichar_fully_decompose(c, FALSE, parts, G_N_ELEMENTS(parts));
    for (gsize i = 0; i < n; i++) {
        if (is_mark(parts[i]))
            continue;
        if (parts[i] < 0x80 && g_ascii_isalnum((char)parts[i]))
            return g_ascii_tolower((char)parts[i]);
        if (parts[i] == 0x0110 || parts[i] == 0x0111)
            return 'd';
        break;
    }
    return '~';
}

void cchc__fold(cchc__folded *out, const char *text)
{
    gsize n = strlen(text);
    out->original = text;
    out->folded = g_malloc(n + 1);
    out->offset = g_new(gsize, n + 1);
    gsize len = 0;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        char b = fold_char(g_utf8_get_char(p));
        if (!b)
            continue;
        out->folded[len] = b;
        out->offset[len] = (gsize)(p - text);
        len++;
    }
    out->folded[len] = '\0';
    out->offset[len] = n;
    out->len = len;
}

void cchc__folded_clear(cchc__folded *f)
{
    g_free(f->folded);
    g_free(f->offset);
    f->folded = NULL;
    f->offset = NULL;
    f->len = 0;
}

/* ---- tokens ------------------------------------------------------------- */

int cchc__roman_value(const char *s, gsize n)
{
    static const char *const romans[] = {"i",   "ii", "iii", "iv", "v",  "vi",
                                         "vii", "viii", "ix", "x",  "xi", "xii"};
    for (gsize i = 0; i < G_N_ELEMENTS(romans); i++)
        if (strlen(romans[i]) == n && memcmp(romans[i], s, n) == 0)
            return (int)i + 1;
    return 0;
}

GArray *cchc__tokenize(const cchc__folded *f)
{
    GArray *toks = g_array_new(FALSE, TRUE, sizeof(cchc__token));
    const char *s = f->folded;
    gboolean gap = FALSE;
    gsize i = 0;
    while (i < f->len) {
        char c = s[i];
        if (c == ' ') {
            gap = TRUE;
            i++;
            continue;
        }
        cchc__token t = {0};
        t.from = i;
        t.gap = gap;
        gap = FALSE;
        if (g_ascii_islower(c)) {
            while (i < f->len && g_ascii_islower(s[i]))
                i++;
            t.type = CCHC__TOK_WORD;
            t.roman = cchc__roman_value(s + t.from, i - t.from);
        } else if (g_ascii_isdigit(c)) {
            long value = 0;
            while (i < f->len && g_ascii_isdigit(s[i])) {
                if (value < 1000000000L)
                    value = value * 10 + (s[i] - '0');
                t.digits++;
                i++;
            }
            t.type = CCHC__TOK_NUM;
            t.value = value > 1000000000L ? 1000000000 : (int)value;
        } else {
            t.type = CCHC__TOK_PUNCT;
            t.value = (unsigned char)c;
            i++;
        }
        t.to = i;
        g_array_append_val(toks, t);
    }
    return toks;
}

int cchc__tok_is(const cchc__folded *f, const cchc__token *tok, const char *word)
{
    gsize n = strlen(word);
    return tok->type == CCHC__TOK_WORD && tok->to - tok->from == n &&
           memcmp(f->folded + tok->from, word, n) == 0;
}

int cchc__phrase_at(const cchc__folded *f, const GArray *toks, int i, int end,
                    const char *phrase)
{
    int k = i;
    const char *p = phrase;
    while (*p) {
        const char *space = strchr(p, ' ');
        gsize n = space ? (gsize)(space - p) : strlen(p);
        if (k >= end)
            return 0;
        const cchc__token *t = &g_array_index(toks, cchc__token, k);
        if (t->type != CCHC__TOK_WORD || t->to - t->from != n ||
            memcmp(f->folded + t->from, p, n) != 0)
            return 0;
        k++;
        p += n;
        while (*p == ' ')
            p++;
    }
    return k - i;
}

int cchc__phrases_at(const cchc__folded *f, const GArray *toks, int i, int end,
                     const char *const *list, int *which)
{
    int best = 0;
    for (int j = 0; list[j]; j++) {
        int n = cchc__phrase_at(f, toks, i, end, list[j]);
        if (n > best) {
            best = n;
            if (which)
                *which = j;
        }
    }
    return best;
}

int cchc__phrases_before(const cchc__folded *f, const GArray *toks, int start, int i,
                         const char *const *list)
{
    int best = 0;
    for (int j = 0; list[j]; j++) {
        int words = 1;
        for (const char *p = list[j]; *p; p++)
            words += *p == ' ';
        if (i - words < start)
            continue;
        if (cchc__phrase_at(f, toks, i - words, i, list[j]) == words && words > best)
            best = words;
    }
    return best;
}
