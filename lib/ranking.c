/*
 * libcchc — ranking and banding units (xếp hạng, xếp loại) and comparing
 * two rankings (ranking.h; docs/ranking.md).
 *
 * Analysis layer: works on evaluations through the public getters of
 * scorecard.h and copies what it needs, so that a ranking outlives them.
 *
 * Ranks are given on the unrounded index, highest first: the units of a
 * group are sorted by index (descending) and then by the order they were
 * added, which is also the tie-break of ordinal ranking. Two indexes tie
 * when they are equal as doubles. Nothing here sums points: the totals and
 * indexes are the evaluation's (compensated sums in code order), so a
 * ranking does not depend on the order the evaluations were added in,
 * except for the documented tie-break of ordinal ranking.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"
#include "ranking-internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers shared with the writers ------------------------------------ */

static int double_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double cchc__mean_of(double *values, size_t n)
{
    if (n == 0)
        return 0.0;
    qsort(values, n, sizeof *values, double_cmp);
    double sum = 0.0, compensation = 0.0;
    for (size_t i = 0; i < n; i++) {
        double t = sum + values[i];
        if (fabs(sum) >= fabs(values[i]))
            compensation += (sum - t) + values[i];
        else
            compensation += (values[i] - t) + sum;
        sum = t;
    }
    return (sum + compensation) / (double)n;
}

/* Reads the next segment of a code: 1 and the number, or 0 at the end or on
 * something that is not a digit. */
static int next_segment(const char **p, unsigned long *value)
{
    if (!g_ascii_isdigit(**p))
        return 0;
    char *end = NULL;
    *value = strtoul(*p, &end, 10);
    *p = end;
    if (**p == '.')
        (*p)++;
    return 1;
}

static int is_code(const char *text)
{
    if (!*text)
        return 0;
    for (const char *p = text; *p; p++)
        if (!g_ascii_isdigit(*p) && *p != '.')
            return 0;
    return 1;
}

int cchc__ranking_code_cmp(const char *a, const char *b)
{
    int ca = is_code(a), cb = is_code(b);
    if (ca != cb)
        return ca ? -1 : 1;
    if (!ca)
        return strcmp(a, b);
    const char *p = a, *q = b;
    for (;;) {
        unsigned long x = 0, y = 0;
        int hx = next_segment(&p, &x), hy = next_segment(&q, &y);
        if (!hx || !hy)
            return hx - hy; /* the shorter code (the parent) first */
        if (x != y)
            return x < y ? -1 : 1;
    }
}

const char *cchc__group_by_name(int group_by)
{
    switch (group_by) {
    case CCHC_GROUP_BY_NONE: return "none";
    case CCHC_GROUP_BY_KIND: return "kind";
    case CCHC_GROUP_BY_CALLER: return "caller";
    default: return "";
    }
}

const char *cchc_tie_policy_name(int policy)
{
    switch (policy) {
    case CCHC_TIES_COMPETITION: return "competition";
    case CCHC_TIES_DENSE: return "dense";
    case CCHC_TIES_ORDINAL: return "ordinal";
    default: return "";
    }
}

int cchc_tie_policy_from_name(const char *name)
{
    if (!name)
        return 0;
    for (int p = CCHC_TIES_COMPETITION; p <= CCHC_TIES_ORDINAL; p++)
        if (strcmp(name, cchc_tie_policy_name(p)) == 0)
            return p;
    return 0;
}

/* ---- the ranking --------------------------------------------------------- */

typedef struct {
    double index;
    gboolean excluded;
    char *band; /* "" when none */
    size_t rank; /* 0 when excluded or not computed */
} area_result;

struct cchc_rank_entry {
    char *unit_id;
    char *unit_name;
    char *unit_kind;
    char *caller_group; /* as given to cchc_ranking_add() */
    char *group;        /* the group of the last result */
    int year;
    size_t input_index;
    double index;
    double total;
    double maximum;
    char *band;
    size_t rank;
    gboolean tied;
    size_t n_areas;     /* the ranking's areas */
    area_result *areas;
    const GPtrArray *area_codes; /* the ranking's, borrowed */
};

struct cchc_ranking {
    int ties;     /* as set */
    int group_by; /* as set */
    char *scheme_id;
    char *scheme_name;
    int year; /* -1 while empty; 0 once two years differ */
    GPtrArray *area_codes;  /* char*, from the first evaluation */
    GPtrArray *area_labels; /* char* */
    GPtrArray *inputs;      /* cchc_rank_entry*, owned, order added */
    GHashTable *by_unit;    /* unit id → entry (borrowed) */
    /* the last result */
    gboolean computed;
    int result_ties;
    int result_group_by;
    GPtrArray *groups;  /* char* group names, order of first appearance */
    GPtrArray *result;  /* cchc_rank_entry*, borrowed from inputs */
    GHashTable *in_result; /* entry → entry */
};

static void entry_free(gpointer data)
{
    cchc_rank_entry *e = data;
    if (!e)
        return;
    g_free(e->unit_id);
    g_free(e->unit_name);
    g_free(e->unit_kind);
    g_free(e->caller_group);
    g_free(e->group);
    g_free(e->band);
    for (size_t a = 0; a < e->n_areas; a++)
        g_free(e->areas[a].band);
    g_free(e->areas);
    g_free(e);
}

cchc_ranking *cchc_ranking_new(void)
{
    cchc_ranking *r = g_new0(cchc_ranking, 1);
    r->ties = CCHC_TIES_COMPETITION;
    r->group_by = CCHC_GROUP_BY_NONE;
    r->result_ties = CCHC_TIES_COMPETITION;
    r->result_group_by = CCHC_GROUP_BY_NONE;
    r->scheme_id = g_strdup("");
    r->scheme_name = g_strdup("");
    r->year = -1;
    r->area_codes = g_ptr_array_new_with_free_func(g_free);
    r->area_labels = g_ptr_array_new_with_free_func(g_free);
    r->inputs = g_ptr_array_new_with_free_func(entry_free);
    r->by_unit = g_hash_table_new(g_str_hash, g_str_equal);
    r->groups = g_ptr_array_new_with_free_func(g_free);
    r->result = g_ptr_array_new();
    r->in_result = g_hash_table_new(NULL, NULL);
    return r;
}

void cchc_ranking_free(cchc_ranking *ranking)
{
    if (!ranking)
        return;
    g_hash_table_unref(ranking->in_result);
    g_ptr_array_unref(ranking->result);
    g_ptr_array_unref(ranking->groups);
    g_hash_table_unref(ranking->by_unit);
    g_ptr_array_unref(ranking->inputs);
    g_ptr_array_unref(ranking->area_labels);
    g_ptr_array_unref(ranking->area_codes);
    g_free(ranking->scheme_name);
    g_free(ranking->scheme_id);
    g_free(ranking);
}

int cchc_ranking_set_ties(cchc_ranking *ranking, int policy)
{
    CCHC__CHECK_ARG(ranking);
    if (policy < CCHC_TIES_COMPETITION || policy > CCHC_TIES_ORDINAL)
        return cchc__fail(CCHC_EINVAL, "ranking: unknown tie policy %d", policy);
    ranking->ties = policy;
    return CCHC_OK;
}

int cchc_ranking_set_group_by(cchc_ranking *ranking, int group_by)
{
    CCHC__CHECK_ARG(ranking);
    if (group_by < CCHC_GROUP_BY_NONE || group_by > CCHC_GROUP_BY_CALLER)
        return cchc__fail(CCHC_EINVAL, "ranking: unknown grouping %d", group_by);
    ranking->group_by = group_by;
    return CCHC_OK;
}

/* The band label of a node score, "" when excluded or in no band. */
static const char *area_band(const cchc_evaluation *ev, const cchc_node_score *score)
{
    size_t band = 0;
    if (cchc_node_score_is_excluded(score))
        return "";
    if (cchc_evaluation_band_count(ev) == 0)
        return "";
    /* cchc_node_score_band() sets the last error when no band holds the
     * index; a successful add leaves the caller's last error as it was. */
    int code = cchc_last_error_code();
    char *message = g_strdup(cchc_last_error_message());
    int rc = cchc_node_score_band(&band, score);
    if (rc != CCHC_OK) {
        if (code != CCHC_OK)
            cchc__fail(code, "%s", message);
        else
            cchc_clear_error();
    }
    g_free(message);
    if (rc != CCHC_OK)
        return "";
    const char *label = cchc_evaluation_band_label_at(ev, band);
    return label ? label : "";
}

int cchc_ranking_add(cchc_ranking *ranking, const cchc_evaluation *evaluation, const char *group)
{
    CCHC__CHECK_ARG(ranking);
    CCHC__CHECK_ARG(evaluation);
    if (group && cchc__check_text(group, "ranking group") != CCHC_OK)
        return CCHC_EINVAL;
    const char *unit_id = cchc_evaluation_unit_id(evaluation);
    const char *scheme_id = cchc_evaluation_scheme_id(evaluation);
    if (!*unit_id)
        return cchc__fail(CCHC_EINVAL,
                          "ranking: the evaluation of \"%s\" has no unit id; units are "
                          "matched by id",
                          cchc_evaluation_unit_name(evaluation));
    size_t n_areas = cchc_evaluation_area_count(evaluation);
    if (ranking->inputs->len > 0) {
        if (strcmp(scheme_id, ranking->scheme_id) != 0)
            return cchc__fail(CCHC_EINVAL,
                              "ranking: unit \"%s\" was scored under scheme \"%s\", the "
                              "ranking's units under \"%s\"",
                              unit_id, scheme_id, ranking->scheme_id);
        gboolean same = n_areas == ranking->area_codes->len;
        for (size_t a = 0; same && a < n_areas; a++)
            same = strcmp(cchc_node_score_code(cchc_evaluation_area_at(evaluation, a)),
                          g_ptr_array_index(ranking->area_codes, a)) == 0;
        if (!same)
            return cchc__fail(CCHC_EINVAL,
                              "ranking: unit \"%s\" has %zu areas unlike the %u of the "
                              "ranking's units under scheme \"%s\": another version of the "
                              "scheme",
                              unit_id, n_areas, ranking->area_codes->len, ranking->scheme_id);
    }
    if (g_hash_table_contains(ranking->by_unit, unit_id))
        return cchc__fail(CCHC_EEXISTS, "ranking: unit \"%s\" is in the ranking already",
                          unit_id);

    if (ranking->inputs->len == 0) {
        g_free(ranking->scheme_id);
        ranking->scheme_id = g_strdup(scheme_id);
        g_free(ranking->scheme_name);
        ranking->scheme_name = g_strdup(cchc_evaluation_scheme_name(evaluation));
        for (size_t a = 0; a < n_areas; a++) {
            const cchc_node_score *s = cchc_evaluation_area_at(evaluation, a);
            g_ptr_array_add(ranking->area_codes, g_strdup(cchc_node_score_code(s)));
            g_ptr_array_add(ranking->area_labels, g_strdup(cchc_node_score_label(s)));
        }
        ranking->year = cchc_evaluation_year(evaluation);
    } else if (ranking->year != cchc_evaluation_year(evaluation)) {
        ranking->year = 0;
    }

    cchc_rank_entry *e = g_new0(cchc_rank_entry, 1);
    e->unit_id = g_strdup(unit_id);
    e->unit_name = g_strdup(cchc_evaluation_unit_name(evaluation));
    e->unit_kind = g_strdup(cchc_evaluation_unit_kind(evaluation));
    e->caller_group = g_strdup(group ? group : "");
    e->group = g_strdup("");
    e->year = cchc_evaluation_year(evaluation);
    e->input_index = ranking->inputs->len;
    e->index = cchc_evaluation_index(evaluation);
    e->total = cchc_evaluation_total(evaluation);
    e->maximum = cchc_evaluation_maximum(evaluation);
    e->band = g_strdup(cchc_evaluation_band_label(evaluation));
    e->n_areas = n_areas;
    e->area_codes = ranking->area_codes;
    e->areas = g_new0(area_result, n_areas + 1); /* +1: never a zero-size block */
    for (size_t a = 0; a < n_areas; a++) {
        const cchc_node_score *s = cchc_evaluation_area_at(evaluation, a);
        e->areas[a].excluded = cchc_node_score_is_excluded(s) != 0;
        e->areas[a].index = e->areas[a].excluded ? 0.0 : cchc_node_score_index(s);
        e->areas[a].band = g_strdup(area_band(evaluation, s));
    }
    g_ptr_array_add(ranking->inputs, e);
    g_hash_table_insert(ranking->by_unit, e->unit_id, e);
    return CCHC_OK;
}

/* ---- computing ----------------------------------------------------------- */

/* Sorting by a value, highest first, then by the order added. */
typedef struct {
    double value;
    cchc_rank_entry *entry;
} sort_item;

static int sort_item_cmp(const void *a, const void *b)
{
    const sort_item *x = a, *y = b;
    if (x->value != y->value)
        return x->value > y->value ? -1 : 1;
    return (x->entry->input_index > y->entry->input_index) -
           (x->entry->input_index < y->entry->input_index);
}

/* Ranks @n sorted items under @policy into @ranks (and @tied when not NULL). */
static void assign_ranks(const sort_item *items, size_t n, int policy, size_t *ranks,
                         gboolean *tied)
{
    size_t dense = 0;
    for (size_t k = 0; k < n; k++) {
        gboolean same_as_prev = k > 0 && items[k].value == items[k - 1].value;
        if (!same_as_prev)
            dense++;
        switch (policy) {
        case CCHC_TIES_DENSE: ranks[k] = dense; break;
        case CCHC_TIES_ORDINAL: ranks[k] = k + 1; break;
        default: ranks[k] = same_as_prev ? ranks[k - 1] : k + 1; break;
        }
        if (tied)
            tied[k] = same_as_prev || (k + 1 < n && items[k].value == items[k + 1].value);
    }
}

static const char *group_of(const cchc_rank_entry *e, int group_by)
{
    switch (group_by) {
    case CCHC_GROUP_BY_KIND: return e->unit_kind;
    case CCHC_GROUP_BY_CALLER: return e->caller_group;
    default: return "";
    }
}

int cchc_ranking_compute(cchc_ranking *ranking)
{
    CCHC__CHECK_ARG(ranking);
    if (ranking->inputs->len == 0)
        return cchc__fail(CCHC_ENOTFOUND, "ranking: no unit to rank");

    size_t n_areas = ranking->area_codes->len;
    int policy = ranking->ties, group_by = ranking->group_by;
    g_ptr_array_set_size(ranking->groups, 0);
    g_ptr_array_set_size(ranking->result, 0);
    g_hash_table_remove_all(ranking->in_result);

    /* Groups in order of first appearance, each with its entries in the
     * order added. */
    GHashTable *group_index = g_hash_table_new(g_str_hash, g_str_equal);
    GPtrArray *buckets = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    for (guint i = 0; i < ranking->inputs->len; i++) {
        cchc_rank_entry *e = g_ptr_array_index(ranking->inputs, i);
        const char *name = group_of(e, group_by);
        gpointer found = NULL;
        guint g;
        if (g_hash_table_lookup_extended(group_index, name, NULL, &found)) {
            g = GPOINTER_TO_UINT(found);
        } else {
            g = ranking->groups->len;
            g_ptr_array_add(ranking->groups, g_strdup(name));
            g_hash_table_insert(group_index, g_ptr_array_index(ranking->groups, g),
                                GUINT_TO_POINTER(g));
            g_ptr_array_add(buckets, g_ptr_array_new());
        }
        g_free(e->group);
        e->group = g_strdup(name);
        g_ptr_array_add(g_ptr_array_index(buckets, g), e);
    }

    for (guint g = 0; g < buckets->len; g++) {
        GPtrArray *bucket = g_ptr_array_index(buckets, g);
        size_t n = bucket->len;
        sort_item *items = g_new(sort_item, n);
        size_t *ranks = g_new(size_t, n);
        gboolean *tied = g_new(gboolean, n);

        for (size_t k = 0; k < n; k++) {
            items[k].entry = g_ptr_array_index(bucket, k);
            items[k].value = items[k].entry->index;
        }
        qsort(items, n, sizeof *items, sort_item_cmp);
        assign_ranks(items, n, policy, ranks, tied);
        for (size_t k = 0; k < n; k++) {
            items[k].entry->rank = ranks[k];
            items[k].entry->tied = tied[k];
            g_ptr_array_add(ranking->result, items[k].entry);
            g_hash_table_insert(ranking->in_result, items[k].entry, items[k].entry);
        }

        for (size_t a = 0; a < n_areas; a++) {
            size_t m = 0;
            for (size_t k = 0; k < n; k++) {
                cchc_rank_entry *e = g_ptr_array_index(bucket, k);
                e->areas[a].rank = 0;
                if (e->areas[a].excluded)
                    continue;
                items[m].entry = e;
                items[m].value = e->areas[a].index;
                m++;
            }
            qsort(items, m, sizeof *items, sort_item_cmp);
            assign_ranks(items, m, policy, ranks, NULL);
            for (size_t k = 0; k < m; k++)
                items[k].entry->areas[a].rank = ranks[k];
        }
        g_free(tied);
        g_free(ranks);
        g_free(items);
    }
    g_ptr_array_unref(buckets);
    g_hash_table_unref(group_index);
    ranking->computed = TRUE;
    ranking->result_ties = policy;
    ranking->result_group_by = group_by;
    return CCHC_OK;
}

/* ---- getters ------------------------------------------------------------- */

const char *cchc_ranking_scheme_id(const cchc_ranking *ranking)
{
    return ranking ? ranking->scheme_id : "";
}

const char *cchc_ranking_scheme_name(const cchc_ranking *ranking)
{
    return ranking ? ranking->scheme_name : "";
}

int cchc_ranking_year(const cchc_ranking *ranking)
{
    return ranking && ranking->year > 0 ? ranking->year : 0;
}

int cchc_ranking_ties(const cchc_ranking *ranking)
{
    if (!ranking)
        return 0;
    return ranking->computed ? ranking->result_ties : ranking->ties;
}

int cchc_ranking_group_by(const cchc_ranking *ranking)
{
    if (!ranking)
        return 0;
    return ranking->computed ? ranking->result_group_by : ranking->group_by;
}

size_t cchc_ranking_area_count(const cchc_ranking *ranking)
{
    return ranking ? ranking->area_codes->len : 0;
}

const char *cchc_ranking_area_code(const cchc_ranking *ranking, size_t index)
{
    if (!ranking || index >= ranking->area_codes->len)
        return NULL;
    return g_ptr_array_index(ranking->area_codes, index);
}

const char *cchc_ranking_area_label(const cchc_ranking *ranking, size_t index)
{
    if (!ranking || index >= ranking->area_labels->len)
        return NULL;
    return g_ptr_array_index(ranking->area_labels, index);
}

size_t cchc_ranking_group_count(const cchc_ranking *ranking)
{
    return ranking && ranking->computed ? ranking->groups->len : 0;
}

const char *cchc_ranking_group_at(const cchc_ranking *ranking, size_t index)
{
    if (!ranking || !ranking->computed || index >= ranking->groups->len)
        return NULL;
    return g_ptr_array_index(ranking->groups, index);
}

size_t cchc_ranking_count(const cchc_ranking *ranking)
{
    return ranking && ranking->computed ? ranking->result->len : 0;
}

const cchc_rank_entry *cchc_ranking_at(const cchc_ranking *ranking, size_t index)
{
    if (!ranking || !ranking->computed || index >= ranking->result->len)
        return NULL;
    return g_ptr_array_index(ranking->result, index);
}

const cchc_rank_entry *cchc_ranking_find(const cchc_ranking *ranking, const char *unit_id)
{
    if (!ranking || !unit_id || !ranking->computed)
        return NULL;
    cchc_rank_entry *e = g_hash_table_lookup(ranking->by_unit, unit_id);
    return e && g_hash_table_contains(ranking->in_result, e) ? e : NULL;
}

const char *cchc_rank_entry_unit_id(const cchc_rank_entry *entry)
{
    return entry ? entry->unit_id : "";
}

const char *cchc_rank_entry_unit_name(const cchc_rank_entry *entry)
{
    return entry ? entry->unit_name : "";
}

const char *cchc_rank_entry_unit_kind(const cchc_rank_entry *entry)
{
    return entry ? entry->unit_kind : "";
}

const char *cchc_rank_entry_group(const cchc_rank_entry *entry)
{
    return entry ? entry->group : "";
}

size_t cchc_rank_entry_input_index(const cchc_rank_entry *entry)
{
    return entry ? entry->input_index : 0;
}

size_t cchc_rank_entry_rank(const cchc_rank_entry *entry)
{
    return entry ? entry->rank : 0;
}

int cchc_rank_entry_is_tied(const cchc_rank_entry *entry)
{
    return entry && entry->tied ? 1 : 0;
}

double cchc_rank_entry_index(const cchc_rank_entry *entry)
{
    return entry ? entry->index : 0.0;
}

double cchc_rank_entry_total(const cchc_rank_entry *entry)
{
    return entry ? entry->total : 0.0;
}

double cchc_rank_entry_maximum(const cchc_rank_entry *entry)
{
    return entry ? entry->maximum : 0.0;
}

const char *cchc_rank_entry_band(const cchc_rank_entry *entry)
{
    return entry ? entry->band : "";
}

size_t cchc_rank_entry_area_count(const cchc_rank_entry *entry)
{
    return entry ? entry->n_areas : 0;
}

/* Entries do not point back at their ranking: the area codes are the
 * ranking's, so each entry keeps a borrowed pointer to them. */
const char *cchc_rank_entry_area_code(const cchc_rank_entry *entry, size_t index)
{
    if (!entry || index >= entry->n_areas)
        return NULL;
    return g_ptr_array_index(entry->area_codes, index);
}

double cchc_rank_entry_area_index(const cchc_rank_entry *entry, size_t index)
{
    return entry && index < entry->n_areas ? entry->areas[index].index : 0.0;
}

size_t cchc_rank_entry_area_rank(const cchc_rank_entry *entry, size_t index)
{
    return entry && index < entry->n_areas ? entry->areas[index].rank : 0;
}

const char *cchc_rank_entry_area_band(const cchc_rank_entry *entry, size_t index)
{
    if (!entry || index >= entry->n_areas)
        return "";
    return entry->areas[index].band;
}

/* ---- comparing two rankings ---------------------------------------------- */

typedef struct {
    char *code;
    char *label;
    gboolean before; /* the area counts for the unit before */
    gboolean after;
    double index_before;
    double index_after;
    size_t rank_before;
    size_t rank_after;
    char *band_before;
    char *band_after;
} area_change;

struct cchc_change {
    char *unit_id;
    char *unit_name;
    gboolean in_before;
    gboolean in_after;
    double index_before;
    double index_after;
    size_t rank_before;
    size_t rank_after;
    char *band_before;
    char *band_after;
    size_t n_areas;
    area_change *areas;
};

struct cchc_comparison {
    char *before_scheme_id;
    char *after_scheme_id;
    int before_year;
    int after_year;
    GPtrArray *changes; /* cchc_change*, owned */
    GHashTable *by_unit; /* unit id → change */
};

static void change_free(gpointer data)
{
    cchc_change *c = data;
    g_free(c->unit_id);
    g_free(c->unit_name);
    g_free(c->band_before);
    g_free(c->band_after);
    for (size_t a = 0; a < c->n_areas; a++) {
        g_free(c->areas[a].code);
        g_free(c->areas[a].label);
        g_free(c->areas[a].band_before);
        g_free(c->areas[a].band_after);
    }
    g_free(c->areas);
    g_free(c);
}

static int find_area(const cchc_ranking *r, const char *code)
{
    for (guint a = 0; a < r->area_codes->len; a++)
        if (strcmp(g_ptr_array_index(r->area_codes, a), code) == 0)
            return (int)a;
    return -1;
}

static gint code_cmp_ptr(gconstpointer a, gconstpointer b)
{
    return cchc__ranking_code_cmp(*(char *const *)a, *(char *const *)b);
}

static cchc_change *change_new(const cchc_rank_entry *before, const cchc_rank_entry *after,
                               const cchc_ranking *rb, const cchc_ranking *ra,
                               const GPtrArray *codes)
{
    cchc_change *c = g_new0(cchc_change, 1);
    const cchc_rank_entry *any = after ? after : before;
    c->unit_id = g_strdup(any->unit_id);
    c->unit_name = g_strdup(any->unit_name);
    c->in_before = before != NULL;
    c->in_after = after != NULL;
    c->index_before = before ? before->index : 0.0;
    c->index_after = after ? after->index : 0.0;
    c->rank_before = before ? before->rank : 0;
    c->rank_after = after ? after->rank : 0;
    c->band_before = g_strdup(before ? before->band : "");
    c->band_after = g_strdup(after ? after->band : "");
    c->n_areas = codes->len;
    c->areas = g_new0(area_change, codes->len + 1);
    for (guint a = 0; a < codes->len; a++) {
        area_change *ac = &c->areas[a];
        const char *code = g_ptr_array_index(codes, a);
        int ib = find_area(rb, code), ia = find_area(ra, code);
        ac->code = g_strdup(code);
        ac->label = g_strdup(ia >= 0 ? g_ptr_array_index(ra->area_labels, ia)
                                     : g_ptr_array_index(rb->area_labels, ib));
        const area_result *xb = before && ib >= 0 ? &before->areas[ib] : NULL;
        const area_result *xa = after && ia >= 0 ? &after->areas[ia] : NULL;
        ac->before = xb && !xb->excluded;
        ac->after = xa && !xa->excluded;
        ac->index_before = ac->before ? xb->index : 0.0;
        ac->index_after = ac->after ? xa->index : 0.0;
        ac->rank_before = ac->before ? xb->rank : 0;
        ac->rank_after = ac->after ? xa->rank : 0;
        ac->band_before = g_strdup(ac->before ? xb->band : "");
        ac->band_after = g_strdup(ac->after ? xa->band : "");
    }
    return c;
}

int cchc_ranking_compare(cchc_comparison **out, const cchc_ranking *before,
                         const cchc_ranking *after)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(before);
    CCHC__CHECK_ARG(after);
    if (!before->computed || !after->computed)
        return cchc__fail(CCHC_EINVAL, "ranking compare: the %s ranking has not been computed",
                          !before->computed ? "before" : "after");

    /* The areas of either side, in code order. */
    GPtrArray *codes = g_ptr_array_new();
    for (guint a = 0; a < after->area_codes->len; a++)
        g_ptr_array_add(codes, g_ptr_array_index(after->area_codes, a));
    for (guint a = 0; a < before->area_codes->len; a++)
        if (find_area(after, g_ptr_array_index(before->area_codes, a)) < 0)
            g_ptr_array_add(codes, g_ptr_array_index(before->area_codes, a));
    g_ptr_array_sort(codes, code_cmp_ptr);

    cchc_comparison *c = g_new0(cchc_comparison, 1);
    c->before_scheme_id = g_strdup(before->scheme_id);
    c->after_scheme_id = g_strdup(after->scheme_id);
    c->before_year = cchc_ranking_year(before);
    c->after_year = cchc_ranking_year(after);
    c->changes = g_ptr_array_new_with_free_func(change_free);
    c->by_unit = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < after->result->len; i++) {
        const cchc_rank_entry *ea = g_ptr_array_index(after->result, i);
        const cchc_rank_entry *eb = cchc_ranking_find(before, ea->unit_id);
        g_ptr_array_add(c->changes, change_new(eb, ea, before, after, codes));
    }
    for (guint i = 0; i < before->result->len; i++) {
        const cchc_rank_entry *eb = g_ptr_array_index(before->result, i);
        if (!cchc_ranking_find(after, eb->unit_id))
            g_ptr_array_add(c->changes, change_new(eb, NULL, before, after, codes));
    }
    for (guint i = 0; i < c->changes->len; i++) {
        cchc_change *ch = g_ptr_array_index(c->changes, i);
        g_hash_table_insert(c->by_unit, ch->unit_id, ch);
    }
    g_ptr_array_unref(codes);
    *out = c;
    return CCHC_OK;
}

void cchc_comparison_free(cchc_comparison *comparison)
{
    if (!comparison)
        return;
    g_hash_table_unref(comparison->by_unit);
    g_ptr_array_unref(comparison->changes);
    g_free(comparison->before_scheme_id);
    g_free(comparison->after_scheme_id);
    g_free(comparison);
}

const char *cchc_comparison_before_scheme_id(const cchc_comparison *comparison)
{
    return comparison ? comparison->before_scheme_id : "";
}

const char *cchc_comparison_after_scheme_id(const cchc_comparison *comparison)
{
    return comparison ? comparison->after_scheme_id : "";
}

int cchc_comparison_before_year(const cchc_comparison *comparison)
{
    return comparison ? comparison->before_year : 0;
}

int cchc_comparison_after_year(const cchc_comparison *comparison)
{
    return comparison ? comparison->after_year : 0;
}

size_t cchc_comparison_count(const cchc_comparison *comparison)
{
    return comparison ? comparison->changes->len : 0;
}

const cchc_change *cchc_comparison_at(const cchc_comparison *comparison, size_t index)
{
    if (!comparison || index >= comparison->changes->len)
        return NULL;
    return g_ptr_array_index(comparison->changes, index);
}

const cchc_change *cchc_comparison_find(const cchc_comparison *comparison, const char *unit_id)
{
    if (!comparison || !unit_id)
        return NULL;
    return g_hash_table_lookup(comparison->by_unit, unit_id);
}

const char *cchc_change_unit_id(const cchc_change *change)
{
    return change ? change->unit_id : "";
}

const char *cchc_change_unit_name(const cchc_change *change)
{
    return change ? change->unit_name : "";
}

int cchc_change_in_before(const cchc_change *change)
{
    return change && change->in_before ? 1 : 0;
}

int cchc_change_in_after(const cchc_change *change)
{
    return change && change->in_after ? 1 : 0;
}

double cchc_change_index_before(const cchc_change *change)
{
    return change ? change->index_before : 0.0;
}

double cchc_change_index_after(const cchc_change *change)
{
    return change ? change->index_after : 0.0;
}

double cchc_change_index_delta(const cchc_change *change)
{
    if (!change || !change->in_before || !change->in_after)
        return 0.0;
    return change->index_after - change->index_before;
}

size_t cchc_change_rank_before(const cchc_change *change)
{
    return change ? change->rank_before : 0;
}

size_t cchc_change_rank_after(const cchc_change *change)
{
    return change ? change->rank_after : 0;
}

/* rank before − rank after as an int (ranks are far below INT_MAX). */
static int rank_delta(size_t before, size_t after)
{
    return before >= after ? (int)(before - after) : -(int)(after - before);
}

int cchc_change_rank_delta(const cchc_change *change)
{
    if (!change || !change->in_before || !change->in_after)
        return 0;
    return rank_delta(change->rank_before, change->rank_after);
}

const char *cchc_change_band_before(const cchc_change *change)
{
    return change ? change->band_before : "";
}

const char *cchc_change_band_after(const cchc_change *change)
{
    return change ? change->band_after : "";
}

int cchc_change_band_changed(const cchc_change *change)
{
    if (!change || !change->in_before || !change->in_after)
        return 0;
    return strcmp(change->band_before, change->band_after) != 0;
}

size_t cchc_change_area_count(const cchc_change *change)
{
    return change ? change->n_areas : 0;
}

static const area_change *change_area(const cchc_change *change, size_t index)
{
    return change && index < change->n_areas ? &change->areas[index] : NULL;
}

const char *cchc_change_area_code(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->code : NULL;
}

const char *cchc_change_area_label(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->label : NULL;
}

double cchc_change_area_index_before(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->index_before : 0.0;
}

double cchc_change_area_index_after(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->index_after : 0.0;
}

size_t cchc_change_area_rank_before(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->rank_before : 0;
}

size_t cchc_change_area_rank_after(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->rank_after : 0;
}

double cchc_change_area_index_delta(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    if (!a || !a->before || !a->after)
        return 0.0;
    return a->index_after - a->index_before;
}

int cchc_change_area_rank_delta(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    if (!a || !a->before || !a->after)
        return 0;
    return rank_delta(a->rank_before, a->rank_after);
}

const char *cchc_change_area_band_before(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->band_before : "";
}

const char *cchc_change_area_band_after(const cchc_change *change, size_t index)
{
    const area_change *a = change_area(change, index);
    return a ? a->band_after : "";
}
