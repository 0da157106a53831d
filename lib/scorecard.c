/*
 * libcchc — scorecards: entries, evidence, appraisal, not applicable,
 * deduction events, plan-fed inputs, and the check of a card against its
 * scheme (analysis layer).
 *
 * SPDX-License-Identifier: MIT
 */
#include "score-internal.h"

#include <math.h>
#include <string.h>

#define POINTS_EPSILON 1e-9

/* ---- life cycle ----------------------------------------------------------- */

static void answer_free(gpointer data)
{
    cchc__answer *a = data;
    g_free(a->option);
    g_free(a);
}

static void origin_free(gpointer data)
{
    cchc__origin *o = data;
    cchc__origin_clear(o);
    g_free(o);
}

static cchc_entry *entry_alloc(cchc_scorecard *card, const char *code)
{
    cchc_entry *e = g_new0(cchc_entry, 1);
    e->card = card;
    e->code = g_strdup(code);
    e->date = g_strdup("");
    e->answers = g_ptr_array_new_with_free_func(answer_free);
    e->explanation = g_strdup("");
    e->evidence = g_ptr_array_new_with_free_func(cchc__evidence_free);
    e->appraisal_reason = g_strdup("");
    e->na_reason = g_strdup("");
    e->plan_as_of = g_strdup("");
    return e;
}

static void entry_free(gpointer data)
{
    cchc_entry *e = data;
    g_free(e->code);
    g_free(e->date);
    g_ptr_array_unref(e->answers);
    g_free(e->explanation);
    g_ptr_array_unref(e->evidence);
    g_free(e->appraisal_reason);
    g_free(e->na_reason);
    g_free(e->plan_as_of);
    cchc__origin_clear(&e->origin);
    if (e->origins)
        g_hash_table_unref(e->origins);
    g_free(e);
}

static cchc_entry *entry_copy(const cchc_entry *e, cchc_scorecard *card)
{
    cchc_entry *c = entry_alloc(card, e->code);
    c->has = e->has;
    c->points = e->points;
    c->yes = e->yes;
    g_free(c->date);
    c->date = g_strdup(e->date);
    c->rate = e->rate;
    c->numerator = e->numerator;
    c->denominator = e->denominator;
    c->count = e->count;
    for (guint i = 0; i < e->answers->len; i++) {
        const cchc__answer *a = g_ptr_array_index(e->answers, i);
        cchc__answer *b = g_new0(cchc__answer, 1);
        b->option = g_strdup(a->option);
        b->count = a->count;
        g_ptr_array_add(c->answers, b);
    }
    g_free(c->explanation);
    c->explanation = g_strdup(e->explanation);
    for (guint i = 0; i < e->evidence->len; i++)
        g_ptr_array_add(c->evidence, cchc__evidence_copy(g_ptr_array_index(e->evidence, i)));
    c->appraised = e->appraised;
    c->appraised_points = e->appraised_points;
    g_free(c->appraisal_reason);
    c->appraisal_reason = g_strdup(e->appraisal_reason);
    c->na = e->na;
    g_free(c->na_reason);
    c->na_reason = g_strdup(e->na_reason);
    c->has_plan = e->has_plan;
    c->plan_numerator = e->plan_numerator;
    c->plan_denominator = e->plan_denominator;
    g_free(c->plan_as_of);
    c->plan_as_of = g_strdup(e->plan_as_of);
    cchc__origin_copy(&c->origin, &e->origin);
    if (e->origins) {
        GHashTableIter it;
        gpointer key, value;
        g_hash_table_iter_init(&it, e->origins);
        while (g_hash_table_iter_next(&it, &key, &value))
            cchc__entry_set_origin(c, key, value);
    }
    return c;
}

static void deduction_free(gpointer data)
{
    cchc_deduction *d = data;
    g_free(d->code);
    g_free(d->date);
    g_free(d->description);
    cchc__origin_clear(&d->origin);
    g_free(d);
}

cchc_scorecard *cchc_scorecard_new(void)
{
    cchc_scorecard *c = g_new0(cchc_scorecard, 1);
    c->unit_id = g_strdup("");
    c->unit_name = g_strdup("");
    c->unit_kind = g_strdup("");
    c->scheme_id = g_strdup("");
    c->notes = g_strdup("");
    c->plan_file = g_strdup("");
    c->plan_as_of = g_strdup("");
    c->plan_lead = g_strdup("");
    c->entries = g_ptr_array_new_with_free_func(entry_free);
    c->deductions = g_ptr_array_new_with_free_func(deduction_free);
    return c;
}

void cchc_scorecard_free(cchc_scorecard *card)
{
    if (!card)
        return;
    g_free(card->unit_id);
    g_free(card->unit_name);
    g_free(card->unit_kind);
    g_free(card->scheme_id);
    g_free(card->notes);
    g_free(card->plan_file);
    g_free(card->plan_as_of);
    g_free(card->plan_lead);
    g_ptr_array_unref(card->entries);
    g_ptr_array_unref(card->deductions);
    cchc__origin_clear(&card->origin);
    cchc__origin_clear(&card->origin_scheme);
    g_free(card);
}

#define DUP_FIELD(to, from, field)                                             \
    do {                                                                       \
        g_free((to)->field);                                                   \
        (to)->field = g_strdup((from)->field);                                 \
    } while (0)

int cchc_scorecard_copy(cchc_scorecard **out, const cchc_scorecard *card)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(card);
    cchc_scorecard *c = cchc_scorecard_new();
    DUP_FIELD(c, card, unit_id);
    DUP_FIELD(c, card, unit_name);
    DUP_FIELD(c, card, unit_kind);
    DUP_FIELD(c, card, scheme_id);
    DUP_FIELD(c, card, notes);
    DUP_FIELD(c, card, plan_file);
    DUP_FIELD(c, card, plan_as_of);
    DUP_FIELD(c, card, plan_lead);
    c->year = card->year;
    for (guint i = 0; i < card->entries->len; i++)
        g_ptr_array_add(c->entries, entry_copy(g_ptr_array_index(card->entries, i), c));
    for (guint i = 0; i < card->deductions->len; i++) {
        const cchc_deduction *d = g_ptr_array_index(card->deductions, i);
        cchc_deduction *e = g_new0(cchc_deduction, 1);
        e->code = g_strdup(d->code);
        e->date = g_strdup(d->date);
        e->description = g_strdup(d->description);
        cchc__origin_copy(&e->origin, &d->origin);
        g_ptr_array_add(c->deductions, e);
    }
    cchc__origin_copy(&c->origin, &card->origin);
    cchc__origin_copy(&c->origin_scheme, &card->origin_scheme);
    *out = c;
    return CCHC_OK;
}

void cchc__scorecard_set_origins(cchc_scorecard *card, const cchc__origin *root,
                                 const cchc__origin *scheme)
{
    if (root)
        cchc__origin_copy(&card->origin, root);
    if (scheme)
        cchc__origin_copy(&card->origin_scheme, scheme);
}

/* ---- header --------------------------------------------------------------- */

const char *cchc_scorecard_unit_id(const cchc_scorecard *c) { return c ? c->unit_id : ""; }
const char *cchc_scorecard_unit_name(const cchc_scorecard *c) { return c ? c->unit_name : ""; }
const char *cchc_scorecard_unit_kind(const cchc_scorecard *c) { return c ? c->unit_kind : ""; }
const char *cchc_scorecard_scheme_id(const cchc_scorecard *c) { return c ? c->scheme_id : ""; }
int cchc_scorecard_year(const cchc_scorecard *c) { return c ? c->year : 0; }
const char *cchc_scorecard_notes(const cchc_scorecard *c) { return c ? c->notes : ""; }
const char *cchc_scorecard_plan_file(const cchc_scorecard *c) { return c ? c->plan_file : ""; }
const char *cchc_scorecard_plan_as_of(const cchc_scorecard *c) { return c ? c->plan_as_of : ""; }
const char *cchc_scorecard_plan_lead(const cchc_scorecard *c) { return c ? c->plan_lead : ""; }

static int set_id_field(char **field, const char *value, const char *what)
{
    if (value && *value && !cchc__id_is_valid(value))
        return cchc__fail(CCHC_EINVAL,
                          "%s \"%s\": use 1 to 64 ASCII letters, digits, '.', '-' or '_'", what,
                          value);
    g_free(*field);
    *field = g_strdup(value ? value : "");
    return CCHC_OK;
}

int cchc_scorecard_set_unit_id(cchc_scorecard *card, const char *value)
{
    CCHC__CHECK_ARG(card);
    return set_id_field(&card->unit_id, value, "unit id");
}

int cchc_scorecard_set_unit_kind(cchc_scorecard *card, const char *value)
{
    CCHC__CHECK_ARG(card);
    return set_id_field(&card->unit_kind, value, "unit kind");
}

int cchc_scorecard_set_scheme_id(cchc_scorecard *card, const char *value)
{
    CCHC__CHECK_ARG(card);
    return set_id_field(&card->scheme_id, value, "scheme id");
}

int cchc_scorecard_set_unit_name(cchc_scorecard *card, const char *value)
{
    CCHC__CHECK_ARG(card);
    return cchc__set_text(&card->unit_name, value, "unit name");
}

int cchc_scorecard_set_notes(cchc_scorecard *card, const char *value)
{
    CCHC__CHECK_ARG(card);
    return cchc__set_text(&card->notes, value, "scorecard notes");
}

int cchc_scorecard_set_year(cchc_scorecard *card, int year)
{
    CCHC__CHECK_ARG(card);
    if (year != 0 && (year < 1900 || year > 9999))
        return cchc__fail(CCHC_ERANGE, "scorecard year %d is out of range (1900 to 9999)",
                          year);
    card->year = year;
    return CCHC_OK;
}

int cchc_scorecard_set_plan_source(cchc_scorecard *card, const char *file, const char *as_of,
                                   const char *lead_ref)
{
    CCHC__CHECK_ARG(card);
    int rc;
    if ((rc = cchc__check_text(file ? file : "", "plan file")) ||
        (rc = cchc__check_date(as_of ? as_of : "", "plan as-of day", 1)) ||
        (rc = cchc__check_text(lead_ref ? lead_ref : "", "plan lead")))
        return rc;
    cchc__set_text(&card->plan_file, file, "plan file");
    cchc__set_text(&card->plan_as_of, as_of, "plan as-of day");
    cchc__set_text(&card->plan_lead, lead_ref, "plan lead");
    return CCHC_OK;
}

/* ---- entries -------------------------------------------------------------- */

size_t cchc_scorecard_entry_count(const cchc_scorecard *c) { return c ? c->entries->len : 0; }

cchc_entry *cchc_scorecard_entry_at(const cchc_scorecard *c, size_t index)
{
    if (!c || index >= c->entries->len)
        return NULL;
    return g_ptr_array_index(c->entries, index);
}

/* Binary search in code order: the position of @code, or where it would go. */
static guint entry_position(const cchc_scorecard *c, const char *code, gboolean *found)
{
    guint lo = 0, hi = c->entries->len;
    *found = FALSE;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        int cmp = cchc__code_cmp(((cchc_entry *)g_ptr_array_index(c->entries, mid))->code, code);
        if (cmp == 0) {
            *found = TRUE;
            return mid;
        }
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

cchc_entry *cchc_scorecard_find_entry(const cchc_scorecard *c, const char *code)
{
    if (!c || !code || cchc__code_parse(code, NULL) <= 0)
        return NULL;
    gboolean found;
    guint pos = entry_position(c, code, &found);
    return found ? g_ptr_array_index(c->entries, pos) : NULL;
}

static int check_code(const char *code)
{
    int depth = cchc__code_parse(code, NULL);
    if (depth <= 0)
        return cchc__fail(CCHC_EINVAL,
                          "\"%s\" is not a node code (positive numbers joined by dots, like "
                          "\"1.2.3\", at most %d)",
                          code, CCHC_NODE_MAX_DEPTH);
    return CCHC_OK;
}

int cchc_scorecard_add_entry(cchc_entry **out, cchc_scorecard *card, const char *code)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(code);
    int rc = check_code(code);
    if (rc)
        return rc;
    gboolean found;
    guint pos = entry_position(card, code, &found);
    if (found)
        return cchc__fail(CCHC_EEXISTS, "the scorecard has an entry for %s already", code);
    cchc_entry *e = entry_alloc(card, code);
    g_ptr_array_insert(card->entries, (gint)pos, e);
    if (out)
        *out = e;
    return CCHC_OK;
}

int cchc_scorecard_remove_entry(cchc_scorecard *card, const char *code)
{
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(code);
    cchc_entry *e = cchc_scorecard_find_entry(card, code);
    if (!e)
        return cchc__fail(CCHC_ENOTFOUND, "the scorecard has no entry for %s", code);
    g_ptr_array_remove(card->entries, e);
    return CCHC_OK;
}

const cchc__origin *cchc__entry_origin(const cchc_entry *e, const char *member)
{
    if (e->origins && member) {
        const cchc__origin *o = g_hash_table_lookup(e->origins, member);
        if (o)
            return o;
    }
    return &e->origin;
}

void cchc__entry_set_origin(cchc_entry *e, const char *member, const cchc__origin *origin)
{
    if (!member) {
        cchc__origin_copy(&e->origin, origin);
        return;
    }
    if (!e->origins)
        e->origins = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, origin_free);
    cchc__origin *o = g_new0(cchc__origin, 1);
    cchc__origin_copy(o, origin);
    g_hash_table_replace(e->origins, g_strdup(member), o);
}

#define BIT(kind) (1u << (kind))

const char *cchc_entry_code(const cchc_entry *e) { return e ? e->code : ""; }

int cchc_entry_has_input(const cchc_entry *e, int kind)
{
    return e && kind >= CCHC_INPUT_POINTS && kind <= CCHC_INPUT_ANSWERS &&
           (e->has & BIT(kind)) != 0;
}

double cchc_entry_points(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_POINTS)) ? e->points : 0; }
int cchc_entry_yes(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_YES)) ? e->yes : 0; }
const char *cchc_entry_date(const cchc_entry *e) { return e ? e->date : ""; }
double cchc_entry_rate(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_RATE)) ? e->rate : 0; }
double cchc_entry_numerator(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_RATIO)) ? e->numerator : 0; }
double cchc_entry_denominator(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_RATIO)) ? e->denominator : 0; }
size_t cchc_entry_count(const cchc_entry *e) { return e && (e->has & BIT(CCHC_INPUT_COUNT)) ? e->count : 0; }
size_t cchc_entry_answer_count(const cchc_entry *e) { return e ? e->answers->len : 0; }

const char *cchc_entry_answer_option(const cchc_entry *e, size_t index)
{
    if (!e || index >= e->answers->len)
        return NULL;
    return ((cchc__answer *)g_ptr_array_index(e->answers, index))->option;
}

size_t cchc_entry_answer_at(const cchc_entry *e, size_t index)
{
    if (!e || index >= e->answers->len)
        return 0;
    return ((cchc__answer *)g_ptr_array_index(e->answers, index))->count;
}

static int check_number(double value, const char *what, const char *code)
{
    if (!isfinite(value) || value < 0)
        return cchc__fail(CCHC_ERANGE, "entry %s: the %s must be a finite number ≥ 0", code,
                          what);
    return CCHC_OK;
}

int cchc_entry_set_points(cchc_entry *e, double points)
{
    CCHC__CHECK_ARG(e);
    int rc = check_number(points, "points", e->code);
    if (rc)
        return rc;
    e->points = points;
    e->has |= BIT(CCHC_INPUT_POINTS);
    return CCHC_OK;
}

int cchc_entry_set_yes(cchc_entry *e, int yes)
{
    CCHC__CHECK_ARG(e);
    e->yes = yes != 0;
    e->has |= BIT(CCHC_INPUT_YES);
    return CCHC_OK;
}

int cchc_entry_set_date(cchc_entry *e, const char *date)
{
    CCHC__CHECK_ARG(e);
    CCHC__CHECK_ARG(date);
    int rc = cchc__check_date(date, "entry date", 1);
    if (rc)
        return rc;
    g_free(e->date);
    e->date = g_strdup(date);
    e->has |= BIT(CCHC_INPUT_DATE);
    return CCHC_OK;
}

int cchc_entry_set_rate(cchc_entry *e, double percent)
{
    CCHC__CHECK_ARG(e);
    if (!isfinite(percent) || percent < 0 || percent > 100)
        return cchc__fail(CCHC_ERANGE, "entry %s: a rate is 0 to 100 %%", e->code);
    e->rate = percent;
    e->has |= BIT(CCHC_INPUT_RATE);
    e->has &= ~BIT(CCHC_INPUT_RATIO);
    return CCHC_OK;
}

int cchc_entry_set_ratio(cchc_entry *e, double numerator, double denominator)
{
    CCHC__CHECK_ARG(e);
    int rc;
    if ((rc = check_number(numerator, "numerator", e->code)) ||
        (rc = check_number(denominator, "denominator", e->code)))
        return rc;
    if (denominator == 0)
        return cchc__fail(CCHC_ERANGE, "entry %s: the denominator of a ratio cannot be 0",
                          e->code);
    e->numerator = numerator;
    e->denominator = denominator;
    e->has |= BIT(CCHC_INPUT_RATIO);
    e->has &= ~BIT(CCHC_INPUT_RATE);
    return CCHC_OK;
}

int cchc_entry_set_count(cchc_entry *e, size_t count)
{
    CCHC__CHECK_ARG(e);
    e->count = count;
    e->has |= BIT(CCHC_INPUT_COUNT);
    return CCHC_OK;
}

int cchc_entry_set_answer(cchc_entry *e, const char *option, size_t count)
{
    CCHC__CHECK_ARG(e);
    CCHC__CHECK_ARG(option);
    if (!cchc__id_is_valid(option))
        return cchc__fail(CCHC_EINVAL, "entry %s: \"%s\" is not an option id", e->code, option);
    e->has |= BIT(CCHC_INPUT_ANSWERS);
    for (guint i = 0; i < e->answers->len; i++) {
        cchc__answer *a = g_ptr_array_index(e->answers, i);
        if (strcmp(a->option, option) == 0) {
            a->count = count;
            return CCHC_OK;
        }
    }
    cchc__answer *a = g_new0(cchc__answer, 1);
    a->option = g_strdup(option);
    a->count = count;
    g_ptr_array_add(e->answers, a);
    return CCHC_OK;
}

int cchc_entry_clear_input(cchc_entry *e, int kind)
{
    CCHC__CHECK_ARG(e);
    if (kind != 0 && (kind < CCHC_INPUT_POINTS || kind > CCHC_INPUT_ANSWERS))
        return cchc__fail(CCHC_EINVAL, "entry %s: unknown input kind %d", e->code, kind);
    unsigned bits = kind ? BIT(kind) : ~0u;
    e->has &= ~bits;
    if (bits & BIT(CCHC_INPUT_DATE)) {
        g_free(e->date);
        e->date = g_strdup("");
    }
    if (bits & BIT(CCHC_INPUT_ANSWERS))
        g_ptr_array_set_size(e->answers, 0);
    return CCHC_OK;
}

const char *cchc_entry_explanation(const cchc_entry *e) { return e ? e->explanation : ""; }

int cchc_entry_set_explanation(cchc_entry *e, const char *text)
{
    CCHC__CHECK_ARG(e);
    return cchc__set_text(&e->explanation, text, "entry explanation");
}

size_t cchc_entry_evidence_count(const cchc_entry *e) { return e ? e->evidence->len : 0; }

const cchc_evidence *cchc_entry_evidence_at(const cchc_entry *e, size_t index)
{
    if (!e || index >= e->evidence->len)
        return NULL;
    return g_ptr_array_index(e->evidence, index);
}

int cchc_entry_add_evidence(cchc_entry *e, const char *number, const char *date,
                            const char *title, const char *link)
{
    CCHC__CHECK_ARG(e);
    number = number ? number : "";
    date = date ? date : "";
    title = title ? title : "";
    link = link ? link : "";
    int rc;
    if ((rc = cchc__check_text(number, "evidence number")) ||
        (rc = cchc__check_date(date, "evidence date", 1)) ||
        (rc = cchc__check_text(title, "evidence title")) ||
        (rc = cchc__check_text(link, "evidence link")))
        return rc;
    if (!*number && !*title)
        return cchc__fail(CCHC_EINVAL, "entry %s: evidence needs a number or a title", e->code);
    g_ptr_array_add(e->evidence, cchc__evidence_new(number, date, title, link));
    return CCHC_OK;
}

int cchc_entry_remove_evidence(cchc_entry *e, size_t index)
{
    CCHC__CHECK_ARG(e);
    if (index >= e->evidence->len)
        return cchc__fail(CCHC_ERANGE, "entry %s: evidence %zu is out of range", e->code, index);
    g_ptr_array_remove_index(e->evidence, (guint)index);
    return CCHC_OK;
}

int cchc_entry_has_appraisal(const cchc_entry *e) { return e ? e->appraised : 0; }
double cchc_entry_appraised_points(const cchc_entry *e) { return e && e->appraised ? e->appraised_points : 0; }
const char *cchc_entry_appraisal_reason(const cchc_entry *e) { return e ? e->appraisal_reason : ""; }

int cchc_entry_set_appraisal(cchc_entry *e, double points, const char *reason)
{
    CCHC__CHECK_ARG(e);
    int rc;
    if ((rc = check_number(points, "appraised points", e->code)) ||
        (rc = cchc__set_text(&e->appraisal_reason, reason, "appraisal reason")))
        return rc;
    e->appraised = TRUE;
    e->appraised_points = points;
    return CCHC_OK;
}

int cchc_entry_clear_appraisal(cchc_entry *e)
{
    CCHC__CHECK_ARG(e);
    e->appraised = FALSE;
    e->appraised_points = 0;
    g_free(e->appraisal_reason);
    e->appraisal_reason = g_strdup("");
    return CCHC_OK;
}

int cchc_entry_is_not_applicable(const cchc_entry *e) { return e ? e->na : 0; }
const char *cchc_entry_not_applicable_reason(const cchc_entry *e) { return e ? e->na_reason : ""; }

int cchc_entry_set_not_applicable(cchc_entry *e, int not_applicable, const char *reason)
{
    CCHC__CHECK_ARG(e);
    int rc = cchc__set_text(&e->na_reason, not_applicable ? reason : "", "not-applicable reason");
    if (rc)
        return rc;
    e->na = not_applicable != 0;
    return CCHC_OK;
}

int cchc_entry_has_plan_input(const cchc_entry *e) { return e ? e->has_plan : 0; }
double cchc_entry_plan_numerator(const cchc_entry *e) { return e && e->has_plan ? e->plan_numerator : 0; }
double cchc_entry_plan_denominator(const cchc_entry *e) { return e && e->has_plan ? e->plan_denominator : 0; }
const char *cchc_entry_plan_as_of(const cchc_entry *e) { return e ? e->plan_as_of : ""; }

int cchc_entry_set_plan_input(cchc_entry *e, double numerator, double denominator,
                              const char *as_of)
{
    CCHC__CHECK_ARG(e);
    CCHC__CHECK_ARG(as_of);
    int rc;
    if ((rc = check_number(numerator, "plan numerator", e->code)) ||
        (rc = check_number(denominator, "plan denominator", e->code)) ||
        (rc = cchc__check_date(as_of, "plan as-of day", 0)))
        return rc;
    e->has_plan = TRUE;
    e->plan_numerator = numerator;
    e->plan_denominator = denominator;
    g_free(e->plan_as_of);
    e->plan_as_of = g_strdup(as_of);
    return CCHC_OK;
}

int cchc_entry_clear_plan_input(cchc_entry *e)
{
    CCHC__CHECK_ARG(e);
    e->has_plan = FALSE;
    e->plan_numerator = e->plan_denominator = 0;
    g_free(e->plan_as_of);
    e->plan_as_of = g_strdup("");
    return CCHC_OK;
}

/* ---- deduction events ----------------------------------------------------- */

size_t cchc_scorecard_deduction_count(const cchc_scorecard *c) { return c ? c->deductions->len : 0; }

const cchc_deduction *cchc_scorecard_deduction_at(const cchc_scorecard *c, size_t index)
{
    if (!c || index >= c->deductions->len)
        return NULL;
    return g_ptr_array_index(c->deductions, index);
}

int cchc_scorecard_add_deduction(cchc_scorecard *card, const char *code, const char *date,
                                 const char *description)
{
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(code);
    CCHC__CHECK_ARG(description);
    int rc;
    if ((rc = check_code(code)) || (rc = cchc__check_date(date ? date : "", "event date", 1)) ||
        (rc = cchc__check_text(description, "event description")))
        return rc;
    if (!*description)
        return cchc__fail(CCHC_EINVAL, "a deduction event needs a description");
    cchc_deduction *d = g_new0(cchc_deduction, 1);
    d->code = g_strdup(code);
    d->date = g_strdup(date ? date : "");
    d->description = g_strdup(description);
    g_ptr_array_add(card->deductions, d);
    return CCHC_OK;
}

int cchc_scorecard_remove_deduction(cchc_scorecard *card, size_t index)
{
    CCHC__CHECK_ARG(card);
    if (index >= card->deductions->len)
        return cchc__fail(CCHC_ERANGE, "deduction event %zu is out of range", index);
    g_ptr_array_remove_index(card->deductions, (guint)index);
    return CCHC_OK;
}

void cchc__deduction_set_origin(cchc_scorecard *card, size_t index, const cchc__origin *origin)
{
    if (index < card->deductions->len)
        cchc__origin_copy(&((cchc_deduction *)g_ptr_array_index(card->deductions, index))->origin,
                          origin);
}

const char *cchc_deduction_code(const cchc_deduction *d) { return d ? d->code : ""; }
const char *cchc_deduction_date(const cchc_deduction *d) { return d ? d->date : ""; }
const char *cchc_deduction_description(const cchc_deduction *d) { return d ? d->description : ""; }

/* ---- plan-fed inputs ------------------------------------------------------ */

static int reports_ratio(const cchc_plan *plan, const char *as_of, double *on_time, double *due)
{
    const cchc_calendar *calendar = cchc_plan_calendar(plan);
    size_t n_on_time = 0, n_due = 0;
    for (size_t i = 0; i < cchc_calendar_count(calendar); i++) {
        const cchc_period *period = cchc_calendar_at(calendar, i);
        int state = 0;
        int rc = cchc_period_submission_state(&state, period, CCHC_DEADLINE_COMPILE,
                                              cchc_period_submitted(period), as_of);
        if (rc == CCHC_ENOTFOUND)
            continue; /* no deadline for Sở Nội vụ: nothing to be on time for */
        if (rc)
            return rc;
        if (state == CCHC_SUBMISSION_PENDING)
            continue;
        n_due++;
        n_on_time += state == CCHC_SUBMISSION_ON_TIME;
    }
    *on_time = (double)n_on_time;
    *due = (double)n_due;
    return CCHC_OK;
}

int cchc_scorecard_apply_plan(cchc_scorecard *card, const cchc_scheme *scheme,
                              const cchc_plan *plan, const char *as_of)
{
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(plan);
    if (!as_of || !*as_of)
        as_of = card->plan_as_of;
    if (!*as_of)
        return cchc__fail(CCHC_EINVAL,
                          "cchc_scorecard_apply_plan: no day given, and the scorecard names "
                          "none");
    int rc = cchc__check_date(as_of, "cchc_scorecard_apply_plan: day", 0);
    if (rc)
        return rc;
    if (cchc_plan_year(plan) == 0)
        return cchc__fail(CCHC_EINVAL, "cchc_scorecard_apply_plan: the plan has no year");
    g_autofree char *day = g_strdup(as_of); /* as_of may be the card's own field */
    const char *lead = *card->plan_lead ? card->plan_lead : NULL;
    cchc_progress *progress = NULL;
    double done = 0, due = 0, on_time = 0, reports_due = 0;
    gboolean progress_done = FALSE, reports_done = FALSE;
    for (size_t i = 0; i < cchc_scheme_node_count(scheme); i++) {
        const cchc_node *node = cchc_scheme_node_at(scheme, i);
        const cchc_rule *rule = node->rule;
        if (!rule || node->children->len > 0 || rule->source == CCHC_SOURCE_TYPED)
            continue;
        double a, b;
        if (rule->source == CCHC_SOURCE_PLAN_COMPLETION) {
            if (!progress_done) {
                if ((rc = cchc_progress_compute(&progress, plan, day, 0)))
                    return rc;
                due = (double)cchc_progress_due_count(progress, 0, lead);
                done = (double)cchc_progress_due_done_count(progress, 0, lead);
                cchc_progress_free(progress);
                progress = NULL;
                progress_done = TRUE;
            }
            a = done;
            b = due;
        } else {
            if (!reports_done) {
                if ((rc = reports_ratio(plan, day, &on_time, &reports_due)))
                    return rc;
                reports_done = TRUE;
            }
            a = on_time;
            b = reports_due;
        }
        cchc_entry *e = cchc_scorecard_find_entry(card, node->code);
        if (!e)
            cchc_scorecard_add_entry(&e, card, node->code);
        cchc_entry_set_plan_input(e, a, b, day);
    }
    return CCHC_OK;
}

/* ---- the check ------------------------------------------------------------ */

static const char *const input_names[] = {NULL,    "points", "yes",   "date",
                                          "rate",  "ratio",  "count", "answers"};

/* The JSON member of an input, for locating findings. */
static const char *input_member(int kind)
{
    switch (kind) {
    case CCHC_INPUT_POINTS: return "self.points";
    case CCHC_INPUT_YES: return "self.yes";
    case CCHC_INPUT_DATE: return "self.date";
    case CCHC_INPUT_RATE: return "self.rate";
    case CCHC_INPUT_RATIO: return "self.numerator";
    case CCHC_INPUT_COUNT: return "self.count";
    case CCHC_INPUT_ANSWERS: return "self.answers";
    default: return NULL;
    }
}

#define ENTRY_DIAG(e, severity, code, member, ...)                                           \
    cchc__diag_at(diags, (severity), (code), cchc__entry_origin((e), (member)), (member),    \
                  __VA_ARGS__)

static void check_points(const cchc_entry *e, const cchc_node *node, double points,
                         const char *member, const char *what, cchc_diagnostics *diags)
{
    if (points > node->maximum + POINTS_EPSILON) {
        g_autofree char *p = cchc__num(points);
        g_autofree char *m = cchc__num(node->maximum);
        ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.over-maximum", member,
                   "%s: the %s %s are above the maximum %s", e->code, what, p, m);
        return;
    }
    const cchc_rule *rule = node->rule;
    if (rule && rule->kind == CCHC_RULE_MANUAL && rule->step > 0) {
        double n = points / rule->step;
        if (fabs(n - nearbyint(n)) > 1e-6) {
            g_autofree char *p = cchc__num(points);
            g_autofree char *st = cchc__num(rule->step);
            ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.off-step", member,
                       "%s: the %s %s are not a whole number of steps of %s", e->code, what, p,
                       st);
        }
    }
}

const cchc_entry *cchc__scorecard_na_entry(const cchc_scorecard *card, const cchc_node *node)
{
    for (; node; node = node->parent) {
        const cchc_entry *e = cchc_scorecard_find_entry(card, node->code);
        if (e && e->na)
            return e;
    }
    return NULL;
}

static size_t events_for(const cchc_scorecard *card, const char *code)
{
    size_t n = 0;
    for (guint i = 0; i < card->deductions->len; i++)
        n += strcmp(((cchc_deduction *)g_ptr_array_index(card->deductions, i))->code, code) == 0;
    return n;
}

/* The facts of @e for its node's rule (see cchc__facts). */
static void facts_of(const cchc_scorecard *card, const cchc_entry *e, const cchc_node *node,
                     cchc__facts *f)
{
    memset(f, 0, sizeof *f);
    f->events = events_for(card, node->code);
    if (!e)
        return;
    const cchc_rule *rule = node->rule;
    if (rule && rule->source != CCHC_SOURCE_TYPED) {
        if (e->has_plan) {
            f->has = BIT(CCHC_INPUT_RATIO);
            f->numerator = e->plan_numerator;
            f->denominator = e->plan_denominator;
            f->plan = TRUE;
            f->plan_as_of = e->plan_as_of;
        }
        return;
    }
    f->has = e->has;
    f->points = e->points;
    f->yes = e->yes;
    f->date = e->date;
    f->rate = e->rate;
    f->numerator = e->numerator;
    f->denominator = e->denominator;
    f->count = e->count;
    f->answers = e->answers;
}

void cchc__scorecard_facts(const cchc_scorecard *card, const cchc_entry *e,
                           const cchc_node *node, cchc__facts *facts)
{
    facts_of(card, e, node, facts);
}

static void check_entry(const cchc_scorecard *card, const cchc_scheme *scheme,
                        const cchc_entry *e, cchc_diagnostics *diags)
{
    const cchc_node *node = cchc_scheme_find_node(scheme, e->code);
    if (!node) {
        ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.unknown-code", "code",
                   "%s is not a node of scheme \"%s\"", e->code, scheme->id);
        return;
    }
    if (e->na) {
        if (!node->may_be_na)
            ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.not-applicable-refused",
                       "not_applicable",
                       "%s: the scheme does not allow this node to be not applicable", e->code);
        else if (!*e->na_reason)
            ENTRY_DIAG(e, CCHC_SEVERITY_WARNING, "scorecard.not-applicable-without-reason",
                       "not_applicable", "%s is declared not applicable without a reason",
                       e->code);
    }
    if (node->children->len > 0) {
        if (e->has || e->appraised || e->has_plan || e->evidence->len > 0)
            ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.not-a-leaf", "code",
                       "%s has sub-criteria: score them, not %s (only \"not applicable\" may "
                       "be given here)",
                       e->code, e->code);
        return;
    }
    if (cchc__scorecard_na_entry(card, node))
        return; /* facts under a node that does not apply are not read */
    const cchc_rule *rule = node->rule;
    if (!rule)
        return; /* the scheme check reports it */
    unsigned typed = e->has;
    if (rule->source != CCHC_SOURCE_TYPED) {
        if (typed)
            ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.plan-fed-typed", "self",
                       "%s takes its input from the plan (%s): it cannot be typed in", e->code,
                       cchc_rule_source_name(rule->source));
    } else {
        unsigned allowed = cchc__rule_typed_inputs(rule);
        for (int k = CCHC_INPUT_POINTS; k <= CCHC_INPUT_ANSWERS; k++)
            if ((typed & BIT(k)) && !(allowed & BIT(k)))
                ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.input-mismatch", input_member(k),
                           "%s: a %s rule does not read a %s", e->code,
                           cchc_rule_kind_name(rule->kind), input_names[k]);
        if (rule->kind == CCHC_RULE_DEDUCTION && (typed & BIT(CCHC_INPUT_COUNT)) &&
            events_for(card, e->code) > 0)
            ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.input-mismatch", "self.count",
                       "%s: give the deduction events either as a count or as a list, not both",
                       e->code);
        if (rule->kind == CCHC_RULE_SURVEY)
            for (guint i = 0; i < e->answers->len; i++) {
                const cchc__answer *a = g_ptr_array_index(e->answers, i);
                gboolean known = FALSE;
                for (guint j = 0; j < rule->options->len && !known; j++)
                    known = strcmp(((cchc__option *)g_ptr_array_index(rule->options, j))->id,
                                   a->option) == 0;
                if (!known) {
                    g_autofree char *member = g_strdup_printf("self.answers.%s", a->option);
                    ENTRY_DIAG(e, CCHC_SEVERITY_ERROR, "scorecard.unknown-option", member,
                               "%s: the survey has no option \"%s\"", e->code, a->option);
                }
            }
    }
    if (typed & BIT(CCHC_INPUT_POINTS))
        check_points(e, node, e->points, "self.points", "self-assessed points", diags);
    if (e->appraised)
        check_points(e, node, e->appraised_points, "appraisal.points", "appraised points",
                     diags);

    /* what the rule makes of the facts */
    cchc__facts facts;
    facts_of(card, e, node, &facts);
    double self = 0;
    g_autofree char *reason = NULL;
    int scored = cchc__rule_apply(rule, &facts, &self, &reason);
    if (scored && (typed & BIT(CCHC_INPUT_POINTS)) && (typed & ~BIT(CCHC_INPUT_POINTS)) &&
        rule->source == CCHC_SOURCE_TYPED && fabs(self - e->points) > POINTS_EPSILON) {
        g_autofree char *p = cchc__num(e->points);
        g_autofree char *s = cchc__num(cchc__snap(self));
        ENTRY_DIAG(e, CCHC_SEVERITY_WARNING, "scorecard.points-differ", "self.points",
                   "%s: the typed points %s differ from what the rule gives (%s); the rule's "
                   "figure counts",
                   e->code, p, s);
    }
    if (e->appraised && !*e->appraisal_reason && fabs(e->appraised_points - self) > POINTS_EPSILON) {
        g_autofree char *a = cchc__num(e->appraised_points);
        g_autofree char *s = cchc__num(cchc__snap(self));
        ENTRY_DIAG(e, CCHC_SEVERITY_WARNING, "scorecard.appraisal-without-reason",
                   "appraisal.reason",
                   "%s: the appraisal changes the points from %s to %s without a reason",
                   e->code, s, a);
    }
    if (node->evidence_required && e->evidence->len == 0 && scored && self > 0) {
        if (!*e->explanation)
            ENTRY_DIAG(e, CCHC_SEVERITY_WARNING, "scorecard.missing-evidence", "evidence",
                       "%s requires evidence (tài liệu kiểm chứng), and the entry gives none "
                       "and no explanation",
                       e->code);
        else
            ENTRY_DIAG(e, CCHC_SEVERITY_INFO, "scorecard.explained-without-evidence",
                       "explanation", "%s gives an explanation in place of the required evidence",
                       e->code);
    }
}

static const cchc_component *component_of(const cchc_scheme *scheme, const cchc_node *node)
{
    return cchc_scheme_find_component(scheme, cchc_node_effective_component(node));
}

int cchc_scorecard_check(const cchc_scorecard *card, const cchc_scheme *scheme,
                         cchc_diagnostics *diags)
{
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(diags);
    const cchc__origin *scheme_origin =
        card->origin_scheme.path ? &card->origin_scheme : &card->origin;
    if (strcmp(card->scheme_id, scheme->id) != 0)
        cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scorecard.scheme-mismatch", scheme_origin,
                      "scheme", "the scorecard is for scheme \"%s\", not \"%s\"",
                      card->scheme_id, scheme->id);
    if (card->year && scheme->year && card->year != scheme->year)
        cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scorecard.year-mismatch", &card->origin,
                      "year", "the scorecard is for %d, the scheme for %d", card->year,
                      scheme->year);
    if (*card->unit_kind && scheme->unit_kinds->len > 0 &&
        !cchc_scheme_has_unit_kind(scheme, card->unit_kind))
        cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scorecard.unit-kind", &card->origin, "unit",
                      "the scheme does not list the unit kind \"%s\"", card->unit_kind);
    for (guint i = 0; i < card->entries->len; i++)
        check_entry(card, scheme, g_ptr_array_index(card->entries, i), diags);
    for (guint i = 0; i < card->deductions->len; i++) {
        const cchc_deduction *d = g_ptr_array_index(card->deductions, i);
        const cchc_node *node = cchc_scheme_find_node(scheme, d->code);
        if (!node)
            cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scorecard.unknown-code", &d->origin,
                          "code", "deduction event: %s is not a node of scheme \"%s\"", d->code,
                          scheme->id);
        else if (!node->rule || node->rule->kind != CCHC_RULE_DEDUCTION ||
                 node->rule->source != CCHC_SOURCE_TYPED)
            cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scorecard.deduction-mismatch", &d->origin,
                          "code", "deduction event: %s is not a leaf with a typed deduction rule",
                          d->code);
    }
    /* leaves of required components without any fact */
    for (guint i = 0; i < scheme->nodes->len; i++) {
        const cchc_node *node = g_ptr_array_index(scheme->nodes, i);
        if (node->children->len > 0 || !node->rule || cchc__scorecard_na_entry(card, node))
            continue;
        const cchc_component *comp = component_of(scheme, node);
        if (comp && comp->optional)
            continue;
        const cchc_entry *e = cchc_scorecard_find_entry(card, node->code);
        if (e && e->appraised)
            continue;
        cchc__facts facts;
        facts_of(card, e, node, &facts);
        double p = 0;
        g_autofree char *reason = NULL;
        if (!cchc__rule_apply(node->rule, &facts, &p, &reason)) {
            const cchc__origin *where = e ? &e->origin : &card->origin;
            cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scorecard.missing-input", where,
                          e ? "self" : "entries", "%s: %s; it scores 0", node->code, reason);
        }
    }
    return CCHC_OK;
}
