/*
 * libcchc — the grammar of time expressions ("thời gian thực hiện").
 *
 * A text is folded (schedule-lexicon.c), cut into tokens, and split into
 * parts — at ";" and line breaks, and at "," or "và" when a new clause
 * opens ("…, triển khai …", "… và theo hướng dẫn …"). Each part is read as
 *
 *     [label] [connector] TIME [notes]     (a dated milestone)
 *     [label] TRIGGER event                (an event)
 *
 * and anything else is kept as not understood, with the reason. The rules
 * and their reasons are in docs/time-expressions.md; every choice made here
 * is stated there.
 *
 * The parser is iterative and linear: each reading of a TIME starts at a
 * keyword and reads at most MAX_ITEMS items, and a part holds at most
 * MAX_PART_TOKENS tokens, so no input drives quadratic work. The only
 * re-entry is read_part() reading a note in brackets as a part, one level
 * deep and never more, whatever the input.
 *
 * SPDX-License-Identifier: MIT
 */
#include "schedule-internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 64 /* numbers in one list: "Tháng 3,6,9,12" has 4 */
#define MAX_PARTS 64 /* milestones in one text */
#define MAX_PART_TOKENS 100 /* words, numbers and signs in one part */

enum { NOMATCH = 0, MATCH = 1, FAIL = -1 };

/* How a deadline follows from a written day. */
enum {
    MODE_ON = 1,     /* "ngày 15/3/2023": that day */
    MODE_BEFORE = 2, /* "trước ngày 20/11/2023": the day before */
    MODE_BY = 3      /* "chậm nhất ngày 20/12/2023", "đến hết quý I": that day, the period's end */
};

/* The tokens of one part being read. */
typedef struct {
    const cchc__folded *f;
    const GArray *toks;
    int start; /* the part's first token */
    int end;   /* one past its last token */
    int year;  /* the plan year */
    char *reason; /* set by fail() */
} P;

/* A reading of a TIME. */
typedef struct {
    int kind;
    int grain;
    int end;         /* the token after it */
    gboolean range;  /* it contains a range ("đến", "-") */
    GArray *occ;     /* of cchc__occurrence */
} R;

/* ---- tokens ------------------------------------------------------------- */

static const cchc__token *tok(const P *p, int i)
{
    if (i < p->start || i >= p->end)
        return NULL;
    return &g_array_index(p->toks, cchc__token, i);
}

static int is_w(const P *p, int i, const char *word)
{
    const cchc__token *t = tok(p, i);
    return t && cchc__tok_is(p->f, t, word);
}

static int is_punct(const P *p, int i, char c)
{
    const cchc__token *t = tok(p, i);
    return t && t->type == CCHC__TOK_PUNCT && t->value == (unsigned char)c;
}

static int is_num(const P *p, int i, int max_digits)
{
    const cchc__token *t = tok(p, i);
    return t && t->type == CCHC__TOK_NUM && t->digits <= max_digits;
}

static int is_num4(const P *p, int i)
{
    const cchc__token *t = tok(p, i);
    return t && t->type == CCHC__TOK_NUM && t->digits == 4;
}

static int num(const P *p, int i)
{
    return tok(p, i)->value;
}

static int phrase(const P *p, int i, const char *words)
{
    return cchc__phrase_at(p->f, p->toks, i, p->end, words);
}

static int phrases(const P *p, int i, const char *const *list, int *which)
{
    return cchc__phrases_at(p->f, p->toks, i, p->end, list, which);
}

/* The original text of tokens [a, b), newly allocated. */
static char *span_text(const cchc__folded *f, const GArray *toks, int a, int b)
{
    if (a >= b)
        return g_strdup("");
    const cchc__token *ta = &g_array_index(toks, cchc__token, a);
    const cchc__token *tb = &g_array_index(toks, cchc__token, b - 1);
    gsize from = f->offset[ta->from], to = f->offset[tb->to];
    return g_strndup(f->original + from, to - from);
}

/* @text cut to 40 characters for a message, newly allocated. */
static char *excerpt(const char *text)
{
    if (g_utf8_strlen(text, -1) <= 40)
        return g_strdup(text);
    g_autofree char *head = g_utf8_substring(text, 0, 40);
    return g_strconcat(head, "…", NULL);
}

static int fail(P *p, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static int fail(P *p, const char *fmt, ...)
{
    if (!p->reason) {
        va_list ap;
        va_start(ap, fmt);
        p->reason = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }
    return FAIL;
}

/* ---- calendar ----------------------------------------------------------- */

static int date_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= cchc__days_in_month(y, m);
}

static void iso(char buf[11], int y, int m, int d)
{
    g_snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
}

static gint64 julian(int y, int m, int d)
{
    GDate g;
    g_date_clear(&g, 1);
    g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return g_date_get_julian(&g);
}

/* The ISO date of a julian day number; 0 when out of years 1 … 9999. */
static int julian_iso(char buf[11], gint64 j)
{
    if (j < 1 || j > G_MAXUINT32)
        return 0;
    GDate g;
    g_date_clear(&g, 1);
    g_date_set_julian(&g, (guint32)j);
    if (!g_date_valid(&g) || g_date_get_year(&g) > 9999)
        return 0;
    iso(buf, g_date_get_year(&g), g_date_get_month(&g), g_date_get_day(&g));
    return 1;
}

static gint64 iso_julian(const char *text)
{
    GDate g;
    if (!cchc__date_parse(text, &g))
        return 0;
    return g_date_get_julian(&g);
}

/* ---- readings ----------------------------------------------------------- */

static void r_reset(R *r)
{
    r->kind = 0;
    r->grain = CCHC_GRAIN_NONE;
    r->end = 0;
    r->range = FALSE;
    g_array_set_size(r->occ, 0);
}

static void r_add(R *r, const char *start, const char *deadline)
{
    cchc__occurrence o;
    g_strlcpy(o.start, start, sizeof o.start);
    g_strlcpy(o.deadline, deadline, sizeof o.deadline);
    g_array_append_val(r->occ, o);
}

/* A list item: a month, quarter or year; for dates, day and month. */
typedef struct {
    int v;                /* month, quarter, year; for dates the day */
    int m;                /* dates: the month, 0 when not written */
    int y;                /* the year, 0 when not written */
    gboolean y_written;
    gboolean range_next;  /* a range runs from this item to the next */
    int from, to;         /* its tokens, for messages */
} item;

typedef struct {
    item it[MAX_ITEMS];
    int n;
    gboolean pending_range; /* the separator read after the last item was a range */
} items;

static int push(P *p, items *L, const item *it)
{
    if (L->n == MAX_ITEMS)
        return fail(p, "a list of more than %d items is not a time expression", MAX_ITEMS);
    if (L->n > 0)
        L->it[L->n - 1].range_next = L->pending_range;
    L->it[L->n++] = *it;
    L->pending_range = FALSE;
    return MATCH;
}

/* Reads a separator between list items at @k: sets L->pending_range and
 * returns the tokens it takes (0: the list ends). */
static int list_separator(const P *p, int k, items *L)
{
    if (is_punct(p, k, ',') || is_punct(p, k, '&') || is_w(p, k, "va")) {
        L->pending_range = FALSE;
        return 1;
    }
    if (is_punct(p, k, '-') || is_w(p, k, "den")) {
        L->pending_range = TRUE;
        return is_w(p, k + 1, "het") ? 2 : 1;
    }
    return 0;
}

static int unit_index(int grain, int y, int v)
{
    switch (grain) {
    case CCHC_GRAIN_MONTH: return y * 12 + v - 1;
    case CCHC_GRAIN_QUARTER: return y * 4 + v - 1;
    case CCHC_GRAIN_HALF_YEAR: return y * 2 + v - 1;
    default: return v;
    }
}

static void unit_bounds(int grain, int idx, char start[11], char end[11])
{
    int y, m1, m2;
    switch (grain) {
    case CCHC_GRAIN_MONTH: y = idx / 12; m1 = m2 = idx % 12 + 1; break;
    case CCHC_GRAIN_QUARTER: y = idx / 4; m1 = idx % 4 * 3 + 1; m2 = m1 + 2; break;
    case CCHC_GRAIN_HALF_YEAR: y = idx / 2; m1 = idx % 2 * 6 + 1; m2 = m1 + 5; break;
    default: y = idx; m1 = 1; m2 = 12; break;
    }
    iso(start, y, m1, 1);
    iso(end, y, m2, cchc__days_in_month(y, m2));
}

/* Items without a year take the next year written after them, else the
 * plan year; a range's start that would then fall after its end is in the
 * year before ("từ tháng 11 đến tháng 2/2024"). */
static void resolve_years(const P *p, items *L, int grain)
{
    int carry = 0;
    for (int j = L->n - 1; j >= 0; j--) {
        if (L->it[j].y)
            carry = L->it[j].y;
        else
            L->it[j].y = carry ? carry : p->year;
    }
    for (int j = 0; j + 1 < L->n; j++) {
        item *a = &L->it[j], *b = &L->it[j + 1];
        if (a->range_next && !a->y_written &&
            unit_index(grain, a->y, a->v) > unit_index(grain, b->y, b->v))
            a->y--;
    }
}

typedef struct {
    gint64 a, b;
    gboolean range;
} span;

static int span_cmp(const void *x, const void *y)
{
    const span *s = x, *t = y;
    if (s->a != t->a)
        return s->a < t->a ? -1 : 1;
    return s->b < t->b ? -1 : s->b > t->b;
}

/* Months, quarters, half-years or years: the items' spans, sorted, with
 * overlapping or adjacent ones merged. One span is an interval (a single
 * year that is the plan year: continuous), several a list. */
static int build_units(P *p, items *L, int grain, R *r)
{
    span sp[MAX_ITEMS];
    int n = 0;
    for (int j = 0; j < L->n; j++) {
        int a = unit_index(grain, L->it[j].y, L->it[j].v), b = a;
        gboolean range = FALSE;
        while (L->it[j].range_next && j + 1 < L->n) {
            j++;
            b = unit_index(grain, L->it[j].y, L->it[j].v);
            range = TRUE;
        }
        if (b < a)
            return fail(p, "a range that ends before it starts");
        sp[n++] = (span){a, b, range};
        r->range |= range;
    }
    /* cppcheck-suppress uninitvar ; sp[0 … n-1] are all set above, and qsort reads none when n is 0 */
    qsort(sp, (size_t)n, sizeof sp[0], span_cmp);
    int merged = 0;
    for (int j = 0; j < n; j++) {
        if (merged > 0 && sp[j].a <= sp[merged - 1].b + 1) {
            if (sp[j].b > sp[merged - 1].b)
                sp[merged - 1].b = sp[j].b;
        } else {
            sp[merged++] = sp[j];
        }
    }
    r->grain = grain;
    r->kind = merged == 1 ? CCHC_MILESTONE_INTERVAL : CCHC_MILESTONE_LIST;
    if (grain == CCHC_GRAIN_YEAR && merged == 1 && sp[0].a == sp[0].b && sp[0].a == p->year)
        r->kind = CCHC_MILESTONE_CONTINUOUS;
    for (int j = 0; j < merged; j++) {
        char s[11], e[11], unused[11];
        unit_bounds(grain, (int)sp[j].a, s, unused);
        unit_bounds(grain, (int)sp[j].b, unused, e);
        r_add(r, s, e);
    }
    return MATCH;
}

static void one_year(P *p, int y, R *r)
{
    char s[11], e[11];
    iso(s, y, 1, 1);
    iso(e, y, 12, 31);
    r_add(r, s, e);
    r->grain = CCHC_GRAIN_YEAR;
    r->kind = y == p->year ? CCHC_MILESTONE_CONTINUOUS : CCHC_MILESTONE_INTERVAL;
}

/* ---- years -------------------------------------------------------------- */

static int continues_date(const P *p, int i)
{
    return (is_punct(p, i, '/') || is_punct(p, i, '-') || is_punct(p, i, '.')) &&
           is_num(p, i + 1, 4);
}

/* A year written at @i. After a separator or "năm" (@after_sep), a number
 * that cannot be a month, day or quarter is a badly written year. */
static int year_token(P *p, int i, gboolean after_sep, int *year)
{
    const cchc__token *t = tok(p, i);
    if (!t || t->type != CCHC__TOK_NUM)
        return NOMATCH;
    if (t->digits == 4) {
        if (t->value < 1900 || t->value > 9999)
            return fail(p, "year %d is outside 1900 … 9999", t->value);
        *year = t->value;
        return MATCH;
    }
    if (after_sep && (t->digits == 3 || t->digits > 4 || (t->digits == 2 && t->value > 12)) &&
        !continues_date(p, i + 1)) {
        g_autofree char *text = span_text(p->f, p->toks, i, i + 1);
        return fail(p, "the year \"%s\" must be written with four digits", text);
    }
    return NOMATCH;
}

/* An optional year after an item: "/2023", "-2023", ".2023", " 2023",
 * "năm 2023", ", năm 2023". */
static int yearpart(P *p, int i, int *year, int *next)
{
    int k = i;
    gboolean sep = FALSE;
    if (is_punct(p, k, '/') || is_punct(p, k, '-') || is_punct(p, k, '.')) {
        k++;
        sep = TRUE;
    } else if (is_punct(p, k, ',')) {
        k++;
    }
    if (is_w(p, k, "nam")) {
        k++;
        sep = TRUE;
    }
    int rc = year_token(p, k, sep, year);
    if (rc == MATCH)
        *next = k + 1;
    return rc;
}

/* "Năm 2023", "2026 - 2030", "giai đoạn 2021-2025", "năm 2023, 2024",
 * "trong năm" (the plan year), "năm nay". */
static int parse_years(P *p, int i, R *r)
{
    int k = i;
    gboolean kw = is_w(p, k, "nam");
    if (kw)
        k++;
    if (kw && is_w(p, k, "nay")) {
        one_year(p, p->year, r);
        r->end = k + 1;
        return MATCH;
    }
    if (!is_num4(p, k)) {
        const cchc__token *t = tok(p, k);
        if (kw && t && t->type == CCHC__TOK_NUM && t->digits >= 2) {
            g_autofree char *text = span_text(p->f, p->toks, k, k + 1);
            return fail(p, "the year \"%s\" must be written with four digits", text);
        }
        if (kw && is_w(p, i - 1, "trong")) { /* "trong năm": during the plan year */
            one_year(p, p->year, r);
            r->end = k;
            return MATCH;
        }
        return NOMATCH;
    }
    if (is_punct(p, k + 1, '-') && is_num(p, k + 2, 2) && is_punct(p, k + 3, '-'))
        return NOMATCH; /* an ISO date */
    items L = {0};
    int back = k;
    for (;;) {
        int y = 0; /* set by year_token() on MATCH; 0 quiets -O3 flow analysis */
        int rc = year_token(p, k, FALSE, &y);
        if (rc == FAIL)
            return FAIL;
        if (rc != MATCH)
            break;
        item it = {.v = y, .y = y, .y_written = TRUE, .from = k, .to = k + 1};
        if (push(p, &L, &it) == FAIL)
            return FAIL;
        k = back = k + 1;
        int n = list_separator(p, k, &L);
        if (!n)
            break;
        k += n;
        if (is_w(p, k, "nam"))
            k++;
    }
    r->end = back;
    return build_units(p, &L, CCHC_GRAIN_YEAR, r);
}

/* ---- months and quarters ------------------------------------------------ */

static int month_keyword(const P *p, int i)
{
    if (is_w(p, i, "thang"))
        return 1;
    if (is_w(p, i, "t")) {
        const cchc__token *n = tok(p, i + 1);
        if (n && n->type == CCHC__TOK_NUM && !n->gap)
            return 1;
        if (is_punct(p, i + 1, '.') && is_num(p, i + 2, 2))
            return 2;
    }
    return 0;
}

static int quarter_keyword(const P *p, int i, int *embedded)
{
    *embedded = 0;
    const cchc__token *t = tok(p, i);
    if (!t || t->type != CCHC__TOK_WORD)
        return 0;
    if (is_w(p, i, "quy") || is_w(p, i, "qui"))
        return 1;
    if (is_w(p, i, "q"))
        return is_punct(p, i + 1, '.') ? 2 : 1;
    const char *s = p->f->folded + t->from;
    gsize n = t->to - t->from;
    if (n >= 2 && s[0] == 'q') { /* "QIV" */
        *embedded = cchc__roman_value(s + 1, n - 1);
        return *embedded ? 1 : 0;
    }
    return 0;
}

/* "Tháng 12/2023", "T12/2022", "tháng 3 năm 2023", "Tháng 3,6,9,12/2023",
 * "tháng 3 - 6/2023"; with @need_keyword false also "12/2023". */
static int parse_months(P *p, int i, gboolean need_keyword, R *r)
{
    items L = {0};
    int k = i, back = i;
    gboolean first = TRUE;
    for (;;) {
        int j = k;
        int kw = month_keyword(p, j);
        if (first && need_keyword && !kw)
            return NOMATCH;
        j += kw;
        const cchc__token *t = tok(p, j);
        if (!t || t->type != CCHC__TOK_NUM) {
            if (first)
                return NOMATCH;
            break;
        }
        if (t->digits > 2 || t->value < 1 || t->value > 12) {
            g_autofree char *text = span_text(p->f, p->toks, j, j + 1);
            return fail(p, "month %s does not exist (months are 1 to 12)", text);
        }
        item it = {.v = t->value, .from = j, .to = j + 1};
        j++;
        int y, next, rc = yearpart(p, j, &y, &next);
        if (rc == FAIL)
            return FAIL;
        if (rc == MATCH) {
            it.y = y;
            it.y_written = TRUE;
            j = next;
        }
        if (push(p, &L, &it) == FAIL)
            return FAIL;
        k = back = j;
        first = FALSE;
        int n = list_separator(p, k, &L);
        if (!n)
            break;
        k += n;
    }
    r->end = back;
    resolve_years(p, &L, CCHC_GRAIN_MONTH);
    return build_units(p, &L, CCHC_GRAIN_MONTH, r);
}

/* "Quý I/2023", "quý 1 năm 2023", "Q1/2023", "Q.1-2023", "QIV/2023",
 * "Quý III/IV năm 2023", "quý III, IV năm 2023", "quý I - III/2023". */
static int parse_quarters(P *p, int i, R *r)
{
    items L = {0};
    int k = i, back = i;
    gboolean first = TRUE;
    for (;;) {
        int j = k, embedded;
        int kw = quarter_keyword(p, j, &embedded);
        if (first && !kw)
            return NOMATCH;
        j += kw;
        const cchc__token *t = tok(p, j);
        int v, from;
        if (embedded) {
            v = embedded;
            from = j - 1;
        } else if (t && t->type == CCHC__TOK_WORD && t->roman) {
            v = t->roman;
            from = j++;
        } else if (t && t->type == CCHC__TOK_NUM && t->digits <= 2) {
            v = t->value;
            from = j++;
        } else {
            if (first)
                return NOMATCH;
            break;
        }
        if (v < 1 || v > 4) {
            g_autofree char *text = span_text(p->f, p->toks, from, from + 1);
            return fail(p, "quarter %s does not exist (quarters are I to IV)", text);
        }
        item it = {.v = v, .from = from, .to = j};
        int y, next, rc = yearpart(p, j, &y, &next);
        if (rc == FAIL)
            return FAIL;
        if (rc == MATCH) {
            it.y = y;
            it.y_written = TRUE;
            j = next;
        }
        if (push(p, &L, &it) == FAIL)
            return FAIL;
        k = back = j;
        first = FALSE;
        int n = list_separator(p, k, &L);
        if (!n && is_punct(p, k, '/')) { /* "Quý III/IV": "/" between quarters */
            L.pending_range = FALSE;
            n = 1;
        }
        if (!n)
            break;
        k += n;
    }
    r->end = back;
    resolve_years(p, &L, CCHC_GRAIN_QUARTER);
    return build_units(p, &L, CCHC_GRAIN_QUARTER, r);
}

/* "6 tháng đầu năm", "6 tháng cuối năm 2023", "sáu tháng đầu năm",
 * "nửa đầu năm 2023". */
static int parse_half(P *p, int i, R *r)
{
    int k = i;
    gboolean nua = FALSE;
    if ((is_num(p, k, 2) && num(p, k) == 6) || is_w(p, k, "sau")) {
        if (!is_w(p, k + 1, "thang"))
            return NOMATCH;
        k += 2;
    } else if (is_w(p, k, "nua")) {
        nua = TRUE;
        k++;
    } else {
        return NOMATCH;
    }
    int half;
    if (is_w(p, k, "dau"))
        half = 1;
    else if (is_w(p, k, "cuoi"))
        half = 2;
    else
        return NOMATCH;
    k++;
    int y = p->year;
    if (is_w(p, k, "nam")) {
        k++;
        int written = 0;
        int rc = year_token(p, k, TRUE, &written);
        if (rc == FAIL)
            return FAIL;
        if (rc == MATCH) {
            y = written;
            k++;
        }
    } else if (nua) {
        return NOMATCH;
    }
    char s[11], e[11];
    unit_bounds(CCHC_GRAIN_HALF_YEAR, unit_index(CCHC_GRAIN_HALF_YEAR, y, half), s, e);
    r_add(r, s, e);
    r->kind = CCHC_MILESTONE_INTERVAL;
    r->grain = CCHC_GRAIN_HALF_YEAR;
    r->end = k;
    return MATCH;
}

/* "đầu năm" = the first quarter, "cuối năm" = the fourth (optionally with a
 * year). Not after "tháng", "quý" or "kỳ" ("tháng cuối năm" is not read). */
static int parse_year_end(P *p, int i, R *r)
{
    int q;
    if (is_w(p, i, "dau"))
        q = 1;
    else if (is_w(p, i, "cuoi"))
        q = 4;
    else
        return NOMATCH;
    if (!is_w(p, i + 1, "nam") || is_w(p, i - 1, "thang") || is_w(p, i - 1, "quy") ||
        is_w(p, i - 1, "ky") || is_w(p, i - 1, "tuan"))
        return NOMATCH;
    int k = i + 2, y = p->year, written = 0;
    int rc = year_token(p, k, FALSE, &written);
    if (rc == FAIL)
        return FAIL;
    if (rc == MATCH) {
        y = written;
        k++;
    } else if (is_w(p, k, "nay")) {
        k++;
    }
    char s[11], e[11];
    unit_bounds(CCHC_GRAIN_QUARTER, unit_index(CCHC_GRAIN_QUARTER, y, q), s, e);
    r_add(r, s, e);
    r->kind = CCHC_MILESTONE_INTERVAL;
    r->grain = CCHC_GRAIN_QUARTER;
    r->end = k;
    return MATCH;
}

/* ---- continuous --------------------------------------------------------- */

/* "Thường xuyên", "Thực hiện thường xuyên trong năm 2023", "Thường xuyên,
 * liên tục", "Cả năm", "trong cả năm", "quanh năm". Through the plan year;
 * with another year written, an interval of that year. */
static int parse_continuous(P *p, int i, R *r)
{
    int k = i, n, y = 0;
    gboolean tail = FALSE;
    if ((n = phrase(p, k, "thuong xuyen")) || (n = phrase(p, k, "lien tuc"))) {
        k += n;
        tail = TRUE;
        int j = k;
        if (is_punct(p, j, ',') || is_w(p, j, "va"))
            j++;
        if ((n = phrase(p, j, "lien tuc")))
            k = j + n;
    } else if ((n = phrase(p, k, "ca nam")) || (n = phrase(p, k, "quanh nam")) ||
               (n = phrase(p, k, "suot nam"))) {
        k += n;
    } else {
        return NOMATCH;
    }
    int j = k;
    gboolean after_nam = !tail; /* "cả năm", "quanh năm" end with "năm" */
    if (tail) {
        int t = k;
        if (is_w(p, t, "trong") || is_w(p, t, "suot"))
            t++;
        if (is_w(p, t, "ca"))
            t++;
        if (is_w(p, t, "nam")) {
            k = j = t + 1;
            after_nam = TRUE;
        }
    }
    if (after_nam && is_w(p, j, "nay")) {
        k = j + 1;
    } else {
        int rc = year_token(p, j, after_nam, &y);
        if (rc == FAIL)
            return FAIL;
        if (rc == MATCH)
            k = j + 1;
    }
    one_year(p, y ? y : p->year, r);
    r->end = k;
    return MATCH;
}

/* ---- dates and recurrences ---------------------------------------------- */

static const char *const by_prefixes[] = {
    "thoi han hoan thanh", "thoi han", "cham nhat la", "cham nhat", "muon nhat la", "muon nhat", "han chot la", "han chot",
    "han", "khong qua", "khong muon hon", "den het", "den", NULL};

/* After a day: "… of the last month of the quarter / reporting period". */
static const char *const quarter_last_suffixes[] = {
    "cua thang cuoi quy", "thang cuoi quy", "cua thang cuoi cua quy", "thang cuoi cua quy",
    "cua thang cuoi moi quy", "thang cuoi moi quy", "cua thang cuoi ky bao cao",
    "thang cuoi ky bao cao", "cua thang cuoi cua ky bao cao", "thang cuoi cua ky bao cao",
    "cua thang cuoi ky", "thang cuoi ky", NULL};

static const char *const monthly_suffixes[] = {
    "hang thang", "moi thang", "cua thang", "cua moi thang", "cua hang thang", "trong thang",
    "cac thang", NULL};

static const char *const yearly_suffixes[] = {
    "hang nam", "moi nam", "cua moi nam", "cua hang nam", "cac nam", NULL};

/* After a day and month without a year: which year ("kỳ báo cáo" is the plan
 * year's reporting period). */
static const char *const year_qualifiers[] = {
    "cua nam truoc ky bao cao", "cua nam truoc", "nam truoc ky bao cao", "nam truoc",
    "thuoc ky bao cao", "cua ky bao cao", "thuoc nam bao cao", "cua nam bao cao",
    "cua nam nay", "nam nay", "cua nam sau", "nam sau", NULL};
static const int year_qualifier_delta[] = {-1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1};

/* Occurrences of a recurrence in the plan year: every month, quarter or the
 * year, each from the period's first day to its deadline — the period's end,
 * or the day written (in the quarter's last month for quarters; for "trước",
 * the day before). A day past a month's end means that month's last day. */
static int build_recurring(P *p, int grain, int mode, int day, int month, R *r)
{
    int y = p->year;
    char s[11], e[11];
    r->kind = CCHC_MILESTONE_RECURRING;
    r->grain = grain;
    if (grain == CCHC_GRAIN_YEAR) {
        iso(s, y, 1, 1);
        if (!day) {
            iso(e, y, 12, 31);
        } else {
            if (!date_valid(y, month, day))
                return fail(p, "%d/%d is not a real date in %d", day, month, y);
            gint64 j = julian(y, month, day) - (mode == MODE_BEFORE);
            if (j < julian(y, 1, 1))
                return fail(p, "before %d/%d leaves no day in the year", day, month);
            julian_iso(e, j);
        }
        r_add(r, s, e);
        return MATCH;
    }
    int dd = 0;
    if (day) {
        if (day > 31)
            return fail(p, "day %d does not exist", day);
        dd = mode == MODE_BEFORE ? day - 1 : day;
        if (dd < 1)
            return fail(p, "before day %d leaves no day in the month", day);
    }
    int step = grain == CCHC_GRAIN_MONTH ? 1 : 3;
    for (int last = step; last <= 12; last += step) {
        int dim = cchc__days_in_month(y, last);
        iso(s, y, last - step + 1, 1);
        iso(e, y, last, dd ? MIN(dd, dim) : dim);
        r_add(r, s, e);
    }
    return MATCH;
}

/* Dates: "ngày 15/3/2023", "15/3/2023", "2023-03-15", "ngày 15 tháng 3 năm
 * 2023", "ngày 15/3, 15/6 và 15/9/2023", "từ 01/3 đến 15/4/2023", with @mode
 * giving the deadline; and the recurrences that start with a day: "ngày 15
 * hàng tháng", "trước ngày 20/11 hàng năm", "chậm nhất là ngày 20 của tháng
 * cuối kỳ báo cáo". */
static int parse_dates(P *p, int i, int mode, R *r)
{
    items L = {0};
    int k = i, back = i;
    for (;;) {
        int j = k;
        if (is_w(p, j, "ngay"))
            j++;
        const cchc__token *t = tok(p, j);
        if (!t || t->type != CCHC__TOK_NUM)
            break;
        item it = {.from = j};
        if (t->digits == 4) { /* ISO */
            if (!(is_punct(p, j + 1, '-') && is_num(p, j + 2, 2) && is_punct(p, j + 3, '-') &&
                  is_num(p, j + 4, 2)))
                break;
            if (year_token(p, j, FALSE, &it.y) == FAIL)
                return FAIL;
            it.y_written = TRUE;
            it.m = num(p, j + 2);
            it.v = num(p, j + 4);
            j += 5;
        } else if (t->digits <= 2) {
            it.v = t->value;
            j++;
            if ((is_punct(p, j, '/') || is_punct(p, j, '-') || is_punct(p, j, '.')) &&
                is_num(p, j + 1, 2)) {
                it.m = num(p, j + 1);
                j += 2;
                if (is_punct(p, j, '/') || is_punct(p, j, '-') || is_punct(p, j, '.')) {
                    int rc = year_token(p, j + 1, TRUE, &it.y);
                    if (rc == FAIL)
                        return FAIL;
                    if (rc == MATCH) {
                        it.y_written = TRUE;
                        j += 2;
                    }
                }
            } else if (is_w(p, j, "thang") && is_num(p, j + 1, 2)) {
                it.m = num(p, j + 1);
                j += 2;
                if (is_w(p, j, "nam")) {
                    int rc = year_token(p, j + 1, TRUE, &it.y);
                    if (rc == FAIL)
                        return FAIL;
                    if (rc == MATCH) {
                        it.y_written = TRUE;
                        j += 2;
                    }
                }
            }
            if (!it.y_written && it.m) {
                int which = 0;
                int n = phrases(p, j, year_qualifiers, &which);
                if (n) {
                    it.y = p->year + year_qualifier_delta[which];
                    it.y_written = TRUE;
                    j += n;
                }
            }
        } else {
            break;
        }
        if (it.m && (it.m < 1 || it.m > 12))
            return fail(p, "month %d does not exist (months are 1 to 12)", it.m);
        it.to = j;
        if (push(p, &L, &it) == FAIL)
            return FAIL;
        k = back = j;
        int n = list_separator(p, k, &L);
        if (!n)
            break;
        k += n;
    }
    if (L.n == 0)
        return NOMATCH;
    r->end = back;

    /* a day that recurs */
    item *one = &L.it[0];
    if (L.n == 1 && !one->y_written) {
        int n;
        if (!one->m && (n = phrases(p, back, quarter_last_suffixes, NULL))) {
            r->end = back + n;
            return build_recurring(p, CCHC_GRAIN_QUARTER, mode, one->v, 0, r);
        }
        if (!one->m && (n = phrases(p, back, monthly_suffixes, NULL))) {
            r->end = back + n;
            return build_recurring(p, CCHC_GRAIN_MONTH, mode, one->v, 0, r);
        }
        if (one->m && (n = phrases(p, back, yearly_suffixes, NULL))) {
            r->end = back + n;
            return build_recurring(p, CCHC_GRAIN_YEAR, mode, one->v, one->m, r);
        }
    }

    /* years: the next one written, else the plan year; a day alone takes the
     * month and year of the end of its range ("từ ngày 1 đến ngày 15/3") */
    int carry = 0;
    for (int j = L.n - 1; j >= 0; j--) {
        item *it = &L.it[j];
        if (!it->m) {
            if (!it->range_next || j + 1 >= L.n || !L.it[j + 1].m) {
                g_autofree char *text = span_text(p->f, p->toks, it->from, it->to);
                return fail(p, "the day \"%s\" has no month", text);
            }
            it->m = L.it[j + 1].m;
            it->y = L.it[j + 1].y;
        }
        if (it->y)
            carry = it->y;
        else
            it->y = carry ? carry : p->year;
    }
    span sp[MAX_ITEMS];
    int n = 0;
    for (int j = 0; j < L.n; j++) {
        item *it = &L.it[j];
        for (int e = j; e < L.n; e++) {
            item *x = &L.it[e];
            if (!date_valid(x->y, x->m, x->v))
                return fail(p, "%d/%d/%d is not a real date", x->v, x->m, x->y);
            if (!x->range_next)
                break;
        }
        gint64 a = julian(it->y, it->m, it->v), b = a;
        gboolean range = FALSE;
        while (L.it[j].range_next && j + 1 < L.n) {
            j++;
            b = julian(L.it[j].y, L.it[j].m, L.it[j].v);
            range = TRUE;
        }
        if (range && a > b && !it->y_written && it->y > 1 && date_valid(it->y - 1, it->m, it->v))
            a = julian(it->y - 1, it->m, it->v);
        if (b < a)
            return fail(p, "a range that ends before it starts");
        if (range && mode == MODE_BEFORE)
            return fail(p, "\"trước\" names one day, not a range");
        if (!range && mode == MODE_BEFORE)
            a = b = a - 1;
        sp[n++] = (span){a, b, range};
        r->range |= range;
    }
    /* cppcheck-suppress uninitvar ; sp[0 … n-1] are all set above, and qsort reads none when n is 0 */
    qsort(sp, (size_t)n, sizeof sp[0], span_cmp);
    int kept = 0;
    for (int j = 0; j < n; j++)
        if (kept == 0 || sp[j].a != sp[kept - 1].a || sp[j].b != sp[kept - 1].b)
            sp[kept++] = sp[j];
    for (int j = 0; j < kept; j++) {
        char s[11], e[11];
        if (!julian_iso(s, sp[j].a) || !julian_iso(e, sp[j].b))
            return fail(p, "the date falls outside years 1 … 9999");
        r_add(r, s, e);
    }
    r->grain = CCHC_GRAIN_DAY;
    if (kept > 1)
        r->kind = CCHC_MILESTONE_LIST;
    else
        r->kind = sp[0].range ? CCHC_MILESTONE_INTERVAL : CCHC_MILESTONE_DATE;
    return MATCH;
}

/* "hàng tháng", "hằng quý", "hàng năm", "mỗi tháng"; optionally followed by
 * the day: "hàng tháng, trước ngày 15", "hàng quý, chậm nhất ngày 20 của
 * tháng cuối quý", "hàng năm, trước ngày 20/11". */
static int parse_recurring(P *p, int i, R *r)
{
    if (!is_w(p, i, "hang") && !is_w(p, i, "moi"))
        return NOMATCH;
    int grain, k = i + 1;
    if (is_w(p, k, "thang"))
        grain = CCHC_GRAIN_MONTH;
    else if (is_w(p, k, "quy"))
        grain = CCHC_GRAIN_QUARTER;
    else if (is_w(p, k, "nam"))
        grain = CCHC_GRAIN_YEAR;
    else if (is_w(p, k, "tuan"))
        return fail(p, "a weekly time is not read (plans are followed by month, quarter and year)");
    else if (is_w(p, k, "ngay"))
        return fail(p, "a daily time is not read (plans are followed by month, quarter and year)");
    else
        return NOMATCH;
    k++;
    r->end = k;

    int j = k, mode = MODE_ON, n;
    if (is_punct(p, j, ',') || is_punct(p, j, ':') || is_punct(p, j, '-'))
        j++;
    if (is_w(p, j, "truoc")) {
        mode = MODE_BEFORE;
        j++;
    } else if ((n = phrases(p, j, by_prefixes, NULL))) {
        mode = MODE_BY;
        j += n;
    } else if (is_w(p, j, "vao")) {
        j++;
    }
    gboolean has_ngay = is_w(p, j, "ngay");
    if (has_ngay)
        j++;
    if ((mode != MODE_ON || has_ngay) && is_num(p, j, 2)) {
        int day = num(p, j++), month = 0;
        if ((is_punct(p, j, '/') || is_punct(p, j, '-') || is_punct(p, j, '.')) &&
            is_num(p, j + 1, 2)) {
            month = num(p, j + 1);
            j += 2;
        } else if (is_w(p, j, "thang") && is_num(p, j + 1, 2)) {
            month = num(p, j + 1);
            j += 2;
        }
        if (month && (month < 1 || month > 12))
            return fail(p, "month %d does not exist (months are 1 to 12)", month);
        if (grain == CCHC_GRAIN_QUARTER) {
            if (!(n = phrases(p, j, quarter_last_suffixes, NULL)))
                return fail(p, "a quarterly day must say which month of the quarter (\"của tháng cuối quý\")");
            j += n;
        } else if (grain == CCHC_GRAIN_MONTH) {
            if (month)
                return fail(p, "a monthly time names a day of the month, not a date");
            j += phrases(p, j, monthly_suffixes, NULL);
        } else if (!month) {
            return fail(p, "a yearly time needs a day and a month (\"20/11\")");
        }
        r->end = j;
        return build_recurring(p, grain, mode, day, month, r);
    }
    return build_recurring(p, grain, MODE_ON, 0, 0, r);
}

/* ---- what follows "trước", "chậm nhất", "đến hết", "từ" ------------------ */

static int is_iso(const P *p, int k)
{
    return is_num4(p, k) && is_punct(p, k + 1, '-') && is_num(p, k + 2, 2) &&
           is_punct(p, k + 3, '-') && is_num(p, k + 4, 2);
}

/* A period: months, quarters, half-years, the start or end of the year, years. */
static int parse_period(P *p, int k, R *r)
{
    int embedded;
    if (quarter_keyword(p, k, &embedded))
        return parse_quarters(p, k, r);
    if (month_keyword(p, k))
        return parse_months(p, k, TRUE, r);
    if (is_w(p, k, "nua") || is_w(p, k, "sau") || (is_num(p, k, 2) && is_w(p, k + 1, "thang")))
        return parse_half(p, k, r);
    if (is_w(p, k, "dau") || is_w(p, k, "cuoi"))
        return parse_year_end(p, k, r);
    if (is_w(p, k, "nam") || is_num4(p, k))
        return parse_years(p, k, r);
    if (is_num(p, k, 2) && (is_punct(p, k + 1, '/') || is_punct(p, k + 1, '-') ||
                            is_punct(p, k + 1, '.')) && is_num4(p, k + 2))
        return parse_months(p, k, FALSE, r);
    return NOMATCH;
}

static int starts_dates(const P *p, int k)
{
    if (is_w(p, k, "ngay") || is_iso(p, k))
        return 1;
    if (!is_num(p, k, 2))
        return 0;
    if ((is_punct(p, k + 1, '/') || is_punct(p, k + 1, '-') || is_punct(p, k + 1, '.')) &&
        is_num(p, k + 2, 2))
        return 1;
    return is_w(p, k + 1, "den") || is_punct(p, k + 1, '-'); /* "từ 1 đến 15/3" */
}

/* After a deadline prefix: dates (the deadline by @mode) or a period (by:
 * its end; before: the day before it starts). */
static int parse_target(P *p, int i, int mode, R *r)
{
    int k = i;
    if (is_punct(p, k, ':'))
        k++;
    if (is_w(p, k, "la"))
        k++;
    if (is_w(p, k, "vao") || is_w(p, k, "trong"))
        k++;
    if (starts_dates(p, k))
        return parse_dates(p, k, mode, r);
    int rc = parse_period(p, k, r);
    if (rc != MATCH)
        return rc;
    guint count = r->occ->len;
    cchc__occurrence *o = (cchc__occurrence *)(void *)r->occ->data;
    char d[11];
    if (mode == MODE_BEFORE) {
        if (count != 1)
            return fail(p, "\"trước\" names one day or period, not a list");
        if (!julian_iso(d, iso_julian(o[0].start) - 1))
            return fail(p, "the date falls outside years 1 … 9999");
        g_strlcpy(o[0].start, d, sizeof o[0].start);
        g_strlcpy(o[0].deadline, d, sizeof o[0].deadline);
    } else {
        for (guint j = 0; j < count; j++)
            g_strlcpy(o[j].start, o[j].deadline, sizeof o[j].start);
    }
    r->kind = count == 1 ? CCHC_MILESTONE_DATE : CCHC_MILESTONE_LIST;
    r->grain = CCHC_GRAIN_DAY;
    return MATCH;
}

/* "từ … đến …": a range of dates, months, quarters or years. */
static int parse_range(P *p, int i, R *r)
{
    int k = i + 1;
    int rc = starts_dates(p, k) ? parse_dates(p, k, MODE_ON, r) : parse_period(p, k, r);
    if (rc != MATCH)
        return rc;
    if (!r->range)
        return fail(p, "\"từ …\" without its end (\"đến …\")");
    return MATCH;
}

/* ---- a TIME at token i -------------------------------------------------- */

static int is_prefix_core(const P *p, int i)
{
    return is_w(p, i, "truoc") || is_w(p, i, "tu") || phrases(p, i, by_prefixes, NULL);
}

static int parse_core(P *p, int i, R *r)
{
    const cchc__token *t = tok(p, i);
    int n;
    if (t->type == CCHC__TOK_WORD) {
        if (is_w(p, i, "truoc"))
            return parse_target(p, i + 1, MODE_BEFORE, r);
        if ((n = phrases(p, i, by_prefixes, NULL)))
            return parse_target(p, i + n, MODE_BY, r);
        if (is_w(p, i, "ngay"))
            return parse_dates(p, i, MODE_ON, r);
        if (is_w(p, i, "tu"))
            return parse_range(p, i, r);
        if (is_w(p, i, "hang") || is_w(p, i, "moi"))
            return parse_recurring(p, i, r);
        int rc = parse_continuous(p, i, r);
        if (rc != NOMATCH)
            return rc;
        return parse_period(p, i, r);
    }
    if (t->type != CCHC__TOK_NUM)
        return NOMATCH;
    if (is_iso(p, i))
        return parse_dates(p, i, MODE_ON, r);
    if (t->digits == 4)
        return parse_years(p, i, r);
    if (t->digits > 2)
        return NOMATCH;
    if (is_w(p, i + 1, "thang"))
        return parse_half(p, i, r);
    if ((is_punct(p, i + 1, '/') || is_punct(p, i + 1, '-') || is_punct(p, i + 1, '.')) &&
        is_num4(p, i + 2))
        return parse_months(p, i, FALSE, r);
    if (starts_dates(p, i))
        return parse_dates(p, i, MODE_ON, r);
    return NOMATCH;
}

/* ---- parts -------------------------------------------------------------- */

typedef struct {
    cchc__folded f;
    GArray *toks;
    int year;
    GPtrArray *out; /* of cchc_milestone */
} ctx;

static const cchc__token *ctok(const ctx *c, int i)
{
    return &g_array_index(c->toks, cchc__token, i);
}

static int ctok_punct(const ctx *c, int i, const char *set)
{
    const cchc__token *t = ctok(c, i);
    return t->type == CCHC__TOK_PUNCT && strchr(set, (char)t->value) != NULL;
}

static P make_p(const ctx *c, int s, int e)
{
    P p = {&c->f, c->toks, s, e, c->year, NULL};
    return p;
}

static cchc_milestone *add_milestone(ctx *c, int kind, int grain, int s, int e)
{
    cchc_milestone *m = cchc__milestone_new(kind, grain);
    g_free(m->text);
    m->text = span_text(&c->f, c->toks, s, e);
    g_ptr_array_add(c->out, m);
    return m;
}

static void add_unknown(ctx *c, int s, int e, const char *reason)
{
    cchc_milestone *m = add_milestone(c, CCHC_MILESTONE_UNKNOWN, CCHC_GRAIN_NONE, s, e);
    cchc__milestone_set(&m->reason, reason, -1);
}

/* The label before a TIME or trigger at @i: tokens [s, i) without the
 * connectors and punctuation next to the time, "" when it has no word or
 * only says "thực hiện". */
static char *label_text(const ctx *c, int s, int i)
{
    P p = make_p(c, s, i);
    int b = i;
    while (s < b && ctok(c, s)->type == CCHC__TOK_PUNCT)
        s++;
    for (;;) {
        int n;
        if (b > s && ctok(c, b - 1)->type == CCHC__TOK_PUNCT && !ctok_punct(c, b - 1, ")"))
            b--;
        else if (b > s && (n = cchc__phrases_before(&c->f, c->toks, s, b, cchc__connectors)))
            b -= n;
        else
            break;
    }
    gboolean word = FALSE;
    for (int k = s; k < b; k++)
        word |= ctok(c, k)->type == CCHC__TOK_WORD;
    if (!word)
        return g_strdup("");
    p.end = b;
    for (int j = 0; cchc__fillers[j]; j++)
        if (phrase(&p, s, cchc__fillers[j]) == b - s)
            return g_strdup("");
    return span_text(&c->f, c->toks, s, b);
}

static void add_dated(ctx *c, const R *r, int s, int i, int text_end)
{
    cchc_milestone *m = add_milestone(c, r->kind, r->grain, s, text_end);
    g_free(m->label);
    m->label = label_text(c, s, i);
    g_array_append_vals(m->occurrences, r->occ->data, r->occ->len);
}

/* An event: label [s, trigger), the event after the trigger (for "đột xuất",
 * the trigger itself). */
static void add_event(ctx *c, int s, int trigger, int which, int e)
{
    P p = make_p(c, s, e);
    int n = phrases(&p, trigger, cchc__triggers, NULL);
    int from = strcmp(cchc__triggers[which], "dot xuat") == 0 ? trigger : trigger + n;
    gboolean word = FALSE;
    for (int k = from; k < e; k++)
        word |= ctok(c, k)->type != CCHC__TOK_PUNCT;
    if (!word) {
        add_unknown(c, s, e, "a trigger word without its event");
        return;
    }
    cchc_milestone *m = add_milestone(c, CCHC_MILESTONE_EVENT, CCHC_GRAIN_NONE, s, e);
    g_free(m->label);
    m->label = label_text(c, s, trigger);
    g_free(m->event);
    m->event = span_text(&c->f, c->toks, from, e);
}

/* The first trigger in [s, e): its token, and its index in cchc__triggers. */
static int find_trigger(const ctx *c, int s, int e, int *which)
{
    for (int k = s; k < e; k++)
        if (ctok(c, k)->type == CCHC__TOK_WORD &&
            cchc__phrases_at(&c->f, c->toks, k, e, cchc__triggers, which))
            return k;
    return -1;
}

/* May a TIME start at @i? Keywords may follow words; a bare number only
 * starts a part or follows a connector, ":", "(" or ",". */
static int core_allowed(const ctx *c, int s, int i)
{
    const cchc__token *t = ctok(c, i);
    if (t->type == CCHC__TOK_PUNCT)
        return 0;
    if (i == s)
        return 1;
    const cchc__token *prev = ctok(c, i - 1);
    if (t->type == CCHC__TOK_WORD) {
        if (prev->type == CCHC__TOK_NUM)
            return 0;
        if (prev->type == CCHC__TOK_PUNCT &&
            (strchr("/.&", (char)prev->value) || (prev->value == '-' && !t->gap)))
            return 0;
        return 1;
    }
    if (prev->type == CCHC__TOK_PUNCT && strchr(":(,", (char)prev->value))
        return 1;
    if (prev->type == CCHC__TOK_PUNCT && prev->value == '-' && t->gap)
        return 1;
    if (cchc__phrases_before(&c->f, c->toks, s, i, cchc__connectors))
        return 1;
    /* "Báo cáo 6 tháng đầu năm" */
    return prev->type == CCHC__TOK_WORD && t->value == 6 && t->digits <= 2 && i + 1 < (int)c->toks->len &&
           cchc__tok_is(&c->f, ctok(c, i + 1), "thang");
}

/* Is the TIME at @i introduced: by a connector or ":" before it, or by its
 * own prefix ("trước", "chậm nhất", "từ")? */
static int introduced(const ctx *c, int s, int e, int i)
{
    if (i > s && ctok_punct(c, i - 1, ":"))
        return 1;
    if (cchc__phrases_before(&c->f, c->toks, s, i, cchc__connectors))
        return 1;
    P p = make_p(c, s, e);
    return is_prefix_core(&p, i);
}

static void read_part(ctx *c, int s, int e, gboolean notes_are_parts);

/* Reads the part of tokens [s, e). With @notes_are_parts, a note in
 * brackets after the time that is itself a dated time becomes a milestone
 * ("Gửi trước ngày 10/3/2023 (… gửi Sở Nội vụ trước ngày 14/3/2023)"). */
/* Re-enters itself once, for a note in brackets, with notes_are_parts FALSE
 * so that it cannot go deeper (see the top of this file). */
/* NOLINTNEXTLINE(misc-no-recursion) */
static void read_part(ctx *c, int s, int e, gboolean notes_are_parts)
{
    /* trim punctuation and a bracket around the whole part */
    for (int round = 0; round < 4; round++) {
        while (s < e && ctok(c, s)->type == CCHC__TOK_PUNCT && !ctok_punct(c, s, "("))
            s++;
        while (e > s && ctok_punct(c, e - 1, ".,;:~-!+*"))
            e--;
        if (e - s >= 2 && ctok_punct(c, s, "(") && ctok_punct(c, e - 1, ")")) {
            int depth = 0, k;
            for (k = s; k < e; k++) {
                depth += ctok_punct(c, k, "(") - ctok_punct(c, k, ")");
                if (depth == 0)
                    break;
            }
            if (k != e - 1)
                break;
            s++;
            e--;
        }
    }
    if (s >= e)
        return;
    if (e - s > MAX_PART_TOKENS) {
        g_autofree char *reason = g_strdup_printf(
            "more than %d words and signs: too long to be a time expression", MAX_PART_TOKENS);
        add_unknown(c, s, e, reason);
        return;
    }

    /* clean[k]: tokens [k, e) are only punctuation and notes in brackets */
    int len = e - s;
    int *close = g_new(int, len);
    gboolean *clean = g_new(gboolean, len + 1);
    {
        GArray *stack = g_array_new(FALSE, FALSE, sizeof(int));
        for (int k = s; k < e; k++) {
            close[k - s] = e; /* unclosed: the note runs to the end */
            if (ctok_punct(c, k, "(")) {
                g_array_append_val(stack, k);
            } else if (ctok_punct(c, k, ")") && stack->len) {
                close[g_array_index(stack, int, stack->len - 1) - s] = k;
                g_array_set_size(stack, stack->len - 1);
            }
        }
        g_array_free(stack, TRUE);
        clean[len] = TRUE;
        for (int k = e - 1; k >= s; k--) {
            if (ctok_punct(c, k, "("))
                clean[k - s] = clean[MIN(close[k - s] + 1, e) - s];
            else
                clean[k - s] = ctok(c, k)->type == CCHC__TOK_PUNCT && clean[k + 1 - s];
        }
    }

    /* "Khi có …", "Theo KH …", "Thực hiện ngay sau khi …": after a trigger, only
     * a time introduced by a connector makes the part dated */
    int trigger_which = 0;
    int trigger = find_trigger(c, s, e, &trigger_which);
    int unclean_at = -1, unclean_end = -1;
    R r = {0};
    r.occ = g_array_new(FALSE, TRUE, sizeof(cchc__occurrence));
    P p = make_p(c, s, e);
    gboolean done = FALSE;
    for (int i = s; i < e && !done; i++) {
        if (!core_allowed(c, s, i))
            continue;
        r_reset(&r);
        g_clear_pointer(&p.reason, g_free);
        int rc = parse_core(&p, i, &r);
        if (rc == NOMATCH)
            continue;
        if (rc == FAIL) {
            if (trigger >= s && trigger < i)
                continue; /* inside the event: "Theo Công văn ngày 31/2/2023" */
            add_unknown(c, s, e, p.reason ? p.reason : "not a time expression");
            done = TRUE;
            break;
        }
        int tail = r.end;
        if (clean[tail - s]) {
            gboolean after_trigger = trigger >= s && trigger < i;
            if ((after_trigger || unclean_at >= 0) && !introduced(c, s, e, i)) {
                if (after_trigger)
                    break; /* "Triển khai theo Kế hoạch số 3776/KH-UBND ngày 26/12/2022" */
                continue;
            }
            int note = tail;
            while (note < e && !ctok_punct(c, note, "("))
                note++;
            size_t before = c->out->len;
            if (note < e && notes_are_parts) {
                /* the note may be a milestone of its own */
                GPtrArray *saved = c->out;
                c->out = g_ptr_array_new_with_free_func((GDestroyNotify)cchc__milestone_free);
                read_part(c, note + 1, close[note - s], FALSE);
                GPtrArray *inner = c->out;
                c->out = saved;
                /* only a clause with its own label: "(Văn phòng … trước ngày
                 * 14/3/2023)" is a milestone, "(2023)" or "(nếu có)" a note */
                gboolean dated = inner->len == 1;
                for (guint j = 0; j < inner->len; j++) {
                    const cchc_milestone *n = g_ptr_array_index(inner, j);
                    dated &= n->kind != CCHC_MILESTONE_EVENT &&
                             n->kind != CCHC_MILESTONE_UNKNOWN && n->label[0] != '\0';
                }
                if (dated) {
                    add_dated(c, &r, s, i, note);
                    g_ptr_array_add(c->out, g_ptr_array_steal_index(inner, 0));
                }
                g_ptr_array_unref(inner);
            }
            if (c->out->len == before)
                add_dated(c, &r, s, i, e);
            done = TRUE;
            break;
        }
        /* "… năm 2023 và theo hướng dẫn của …": a time, then an event */
        int j = tail;
        if (j < e && (ctok_punct(c, j, ",") || cchc__tok_is(&c->f, ctok(c, j), "va")))
            j++;
        int w = 0;
        if (!(trigger >= s && trigger < i) && j < e && ctok(c, j)->type == CCHC__TOK_WORD &&
            cchc__phrases_at(&c->f, c->toks, j, e, cchc__triggers, &w)) {
            add_dated(c, &r, s, i, tail);
            add_event(c, j, j, w, e);
            done = TRUE;
            break;
        }
        if (unclean_at < 0) {
            unclean_at = i;
            unclean_end = tail;
        }
    }
    g_clear_pointer(&p.reason, g_free);
    g_array_unref(r.occ);

    if (!done) {
        if (trigger >= 0) {
            add_event(c, s, trigger, trigger_which, e);
        } else if (unclean_at >= 0) {
            g_autofree char *time = span_text(&c->f, c->toks, unclean_at, unclean_end);
            g_autofree char *rest = span_text(&c->f, c->toks, unclean_end, e);
            g_autofree char *cut = excerpt(rest);
            g_autofree char *reason =
                g_strdup_printf("unexpected text after the time \"%s\": \"%s\"", time, cut);
            add_unknown(c, s, e, reason);
        } else {
            int duration = -1, word = -1;
            static const char *const units[] = {"ngay", "tuan", "thang", "nam", NULL};
            for (int k = s; k + 1 < e && duration < 0; k++)
                if (ctok(c, k)->type == CCHC__TOK_NUM &&
                    cchc__phrases_at(&c->f, c->toks, k + 1, e, units, NULL))
                    duration = k;
            for (int k = s; k < e && word < 0; k++)
                if (cchc__phrases_at(&c->f, c->toks, k, e, cchc__time_words, NULL))
                    word = k;
            if (duration >= 0) {
                g_autofree char *d = span_text(&c->f, c->toks, duration, duration + 2);
                g_autofree char *reason = g_strdup_printf(
                    "a duration (\"%s\") names no date: from when?", d);
                add_unknown(c, s, e, reason);
            } else if (word >= 0) {
                g_autofree char *w = span_text(&c->f, c->toks, word, word + 1);
                g_autofree char *reason = g_strdup_printf(
                    "no number: a word alone (\"%s\") names no date", w);
                add_unknown(c, s, e, reason);
            } else {
                add_unknown(c, s, e, "no date, period or event found");
            }
        }
    }
    g_free(close);
    g_free(clean);
}

/* Starts a new part at @k (after "," or "và")? */
static int opens_clause(const ctx *c, int k)
{
    return k < (int)c->toks->len && ctok(c, k)->type == CCHC__TOK_WORD &&
           cchc__phrases_at(&c->f, c->toks, k, (int)c->toks->len, cchc__openers, NULL);
}

static int is_timey(const ctx *c, int k)
{
    static const char *const words[] = {"xuyen", "nam", "quy", "thang", "tuc", NULL};
    const cchc__token *t = ctok(c, k);
    if (t->type == CCHC__TOK_NUM)
        return 1;
    for (int j = 0; words[j]; j++)
        if (cchc__tok_is(&c->f, t, words[j]))
            return 1;
    return 0;
}

void cchc__schedule_read(GPtrArray *milestones, const char *text, int plan_year)
{
    ctx c = {.year = plan_year, .out = milestones};
    cchc__fold(&c.f, text);
    c.toks = cchc__tokenize(&c.f);
    int n = (int)c.toks->len;
    size_t first = milestones->len;

    /* "Thời gian thực hiện: …", "Thời gian gửi báo cáo: …" */
    int start = 0;
    if (cchc__phrase_at(&c.f, c.toks, 0, n, "thoi gian"))
        for (int k = 2; k < n && k < 8; k++)
            if (ctok_punct(&c, k, ":")) {
                start = k + 1;
                break;
            }

    /* parts: at ";" and line breaks; at "," or "và" that open a new clause
     * after a time */
    GArray *parts = g_array_new(FALSE, FALSE, sizeof(int));
    int s = start, depth = 0;
    gboolean timey = FALSE;
    for (int k = start; k < n; k++) {
        if (ctok_punct(&c, k, "("))
            depth++;
        else if (ctok_punct(&c, k, ")") && depth > 0)
            depth--;
        gboolean split = FALSE;
        if (depth == 0 && ctok_punct(&c, k, ";"))
            split = TRUE;
        else if (depth == 0 && timey &&
                 (ctok_punct(&c, k, ",") || cchc__tok_is(&c.f, ctok(&c, k), "va")) &&
                 opens_clause(&c, k + 1))
            split = TRUE;
        if (split) {
            g_array_append_val(parts, s);
            g_array_append_val(parts, k);
            s = k + 1;
            timey = FALSE;
        } else if (is_timey(&c, k)) {
            timey = TRUE;
        }
    }
    g_array_append_val(parts, s);
    g_array_append_val(parts, n);

    guint words = 0;
    for (guint j = 0; j < parts->len; j += 2) {
        int a = g_array_index(parts, int, j), b = g_array_index(parts, int, j + 1);
        for (int k = a; k < b; k++)
            if (ctok(&c, k)->type != CCHC__TOK_PUNCT) {
                words++;
                break;
            }
    }
    if (words > MAX_PARTS) {
        cchc_milestone *m = cchc__milestone_new(CCHC_MILESTONE_UNKNOWN, CCHC_GRAIN_NONE);
        cchc__milestone_set(&m->text, text, -1);
        g_autofree char *reason =
            g_strdup_printf("more than %d parts: not a time expression", MAX_PARTS);
        cchc__milestone_set(&m->reason, reason, -1);
        g_ptr_array_add(milestones, m);
    } else {
        for (guint j = 0; j < parts->len; j += 2)
            read_part(&c, g_array_index(parts, int, j), g_array_index(parts, int, j + 1), TRUE);
    }
    if (milestones->len == first) {
        cchc_milestone *m = cchc__milestone_new(CCHC_MILESTONE_UNKNOWN, CCHC_GRAIN_NONE);
        cchc__milestone_set(&m->text, text, -1);
        cchc__milestone_set(&m->reason, "empty", -1);
        g_ptr_array_add(milestones, m);
    }
    g_array_free(parts, TRUE);
    g_array_unref(c.toks);
    cchc__folded_clear(&c.f);
}
