/*
 * libcchc — the rules of a scheme's leaves: their figures, their check
 * against the leaf's maximum, and applying them to a unit's facts
 * (analysis layer). docs/scoring.md describes each form.
 *
 * SPDX-License-Identifier: MIT
 */
#include "score-internal.h"

#include <math.h>
#include <string.h>

/* Points may exceed a figure by this much before a check complains. */
#define POINTS_EPSILON 1e-9

static const char *const kind_names[] = {
    NULL, "manual", "yes_no", "deadline", "rate_bands", "proportional", "count_levels",
    "deduction", "survey"};
static const char *const source_names[] = {NULL, "typed", "plan_completion", "plan_reports"};
static const char *const outcome_names[] = {NULL,     "yes",     "no",       "on_time",
                                            "late",   "missing", "otherwise"};

const char *cchc_rule_kind_name(int kind)
{
    return kind >= 1 && kind < (int)G_N_ELEMENTS(kind_names) ? kind_names[kind] : "";
}

const char *cchc_rule_source_name(int source)
{
    return source >= 1 && source < (int)G_N_ELEMENTS(source_names) ? source_names[source] : "";
}

const char *cchc_rule_outcome_name(int outcome)
{
    return outcome >= 1 && outcome < (int)G_N_ELEMENTS(outcome_names) ? outcome_names[outcome]
                                                                       : "";
}

static int from_name(const char *const *names, size_t count, const char *name)
{
    for (size_t i = 1; name && i < count; i++)
        if (strcmp(names[i], name) == 0)
            return (int)i;
    return 0;
}

int cchc_rule_kind_from_name(const char *name)
{
    return from_name(kind_names, G_N_ELEMENTS(kind_names), name);
}

int cchc_rule_source_from_name(const char *name)
{
    return from_name(source_names, G_N_ELEMENTS(source_names), name);
}

int cchc_rule_outcome_from_name(const char *name)
{
    return from_name(outcome_names, G_N_ELEMENTS(outcome_names), name);
}

/* ---- life cycle ----------------------------------------------------------- */

static void option_free(gpointer data)
{
    cchc__option *o = data;
    g_free(o->id);
    g_free(o->label);
    g_free(o);
}

cchc_rule *cchc__rule_new(cchc_node *node, int kind)
{
    cchc_rule *r = g_new0(cchc_rule, 1);
    r->node = node;
    r->kind = kind;
    r->source = CCHC_SOURCE_TYPED;
    r->wording = g_strdup("");
    r->deadline = g_strdup("");
    r->bands = g_array_new(FALSE, FALSE, sizeof(cchc__rate_band));
    r->levels = g_array_new(FALSE, FALSE, sizeof(cchc__level));
    r->options = g_ptr_array_new_with_free_func(option_free);
    return r;
}

void cchc__rule_free(cchc_rule *r)
{
    if (!r)
        return;
    g_free(r->wording);
    g_free(r->deadline);
    g_array_unref(r->bands);
    g_array_unref(r->levels);
    g_ptr_array_unref(r->options);
    cchc__origin_clear(&r->origin);
    g_free(r);
}

cchc_rule *cchc__rule_copy(const cchc_rule *r, cchc_node *node)
{
    cchc_rule *c = cchc__rule_new(node, r->kind);
    c->source = r->source;
    g_free(c->wording);
    c->wording = g_strdup(r->wording);
    memcpy(c->outcome, r->outcome, sizeof c->outcome);
    memcpy(c->outcome_set, r->outcome_set, sizeof c->outcome_set);
    g_free(c->deadline);
    c->deadline = g_strdup(r->deadline);
    c->step = r->step;
    g_array_append_vals(c->bands, r->bands->data, r->bands->len);
    c->floor = r->floor;
    c->cap = r->cap;
    c->has_cap = r->has_cap;
    g_array_append_vals(c->levels, r->levels->data, r->levels->len);
    c->per_event = r->per_event;
    for (guint i = 0; i < r->options->len; i++) {
        const cchc__option *o = g_ptr_array_index(r->options, i);
        cchc__option *p = g_new0(cchc__option, 1);
        p->id = g_strdup(o->id);
        p->label = g_strdup(o->label);
        p->weight = o->weight;
        g_ptr_array_add(c->options, p);
    }
    cchc__origin_copy(&c->origin, &r->origin);
    return c;
}

void cchc__rule_set_origin(cchc_rule *rule, const cchc__origin *origin)
{
    cchc__origin_copy(&rule->origin, origin);
}

/* ---- getters and setters -------------------------------------------------- */

int cchc_rule_kind(const cchc_rule *r) { return r ? r->kind : 0; }
cchc_node *cchc_rule_node(const cchc_rule *r) { return r ? r->node : NULL; }
int cchc_rule_source(const cchc_rule *r) { return r ? r->source : 0; }
const char *cchc_rule_wording(const cchc_rule *r) { return r ? r->wording : ""; }
const char *cchc_rule_deadline(const cchc_rule *r) { return r ? r->deadline : ""; }
double cchc_rule_step(const cchc_rule *r) { return r ? r->step : 0; }
double cchc_rule_floor(const cchc_rule *r) { return r ? r->floor : 0; }
int cchc_rule_has_cap(const cchc_rule *r) { return r ? r->has_cap : 0; }
double cchc_rule_per_event(const cchc_rule *r) { return r ? r->per_event : 0; }

double cchc_rule_cap(const cchc_rule *r)
{
    if (!r)
        return 0;
    return r->has_cap ? r->cap : r->node->maximum;
}

static const char *rule_label(const cchc_rule *r)
{
    return r->node ? r->node->code : "?";
}

static int wrong_kind(const cchc_rule *r, const char *what)
{
    return cchc__fail(CCHC_EINVAL, "node %s: a %s rule has no %s", rule_label(r),
                      cchc_rule_kind_name(r->kind), what);
}

static int check_points(double points, const char *what)
{
    if (!isfinite(points) || points < 0)
        return cchc__fail(CCHC_ERANGE, "%s: points must be a number ≥ 0", what);
    return CCHC_OK;
}

int cchc_rule_set_source(cchc_rule *rule, int source)
{
    CCHC__CHECK_ARG(rule);
    if (!*cchc_rule_source_name(source))
        return cchc__fail(CCHC_EINVAL, "node %s: unknown rule source %d", rule_label(rule),
                          source);
    rule->source = source;
    return CCHC_OK;
}

int cchc_rule_set_wording(cchc_rule *rule, const char *wording)
{
    CCHC__CHECK_ARG(rule);
    return cchc__set_text(&rule->wording, wording, "rule wording");
}

/* 1 when @outcome belongs to a rule of @kind. */
static int kind_has_outcome(int kind, int outcome)
{
    switch (outcome) {
    case CCHC_OUTCOME_YES:
    case CCHC_OUTCOME_NO: return kind == CCHC_RULE_YES_NO;
    case CCHC_OUTCOME_ON_TIME:
    case CCHC_OUTCOME_LATE:
    case CCHC_OUTCOME_MISSING: return kind == CCHC_RULE_DEADLINE;
    case CCHC_OUTCOME_OTHERWISE: return kind == CCHC_RULE_COUNT_LEVELS;
    default: return 0;
    }
}

double cchc_rule_outcome_points(const cchc_rule *r, int outcome)
{
    if (!r || outcome < 1 || outcome >= CCHC__OUTCOME_COUNT)
        return 0;
    if (r->outcome_set[outcome])
        return r->outcome[outcome];
    if (outcome == CCHC_OUTCOME_YES || outcome == CCHC_OUTCOME_ON_TIME)
        return r->node->maximum;
    return 0;
}

int cchc_rule_set_outcome_points(cchc_rule *rule, int outcome, double points)
{
    CCHC__CHECK_ARG(rule);
    if (!kind_has_outcome(rule->kind, outcome))
        return cchc__fail(CCHC_EINVAL, "node %s: a %s rule has no outcome \"%s\"",
                          rule_label(rule), cchc_rule_kind_name(rule->kind),
                          *cchc_rule_outcome_name(outcome) ? cchc_rule_outcome_name(outcome)
                                                           : "?");
    int rc = check_points(points, rule_label(rule));
    if (rc)
        return rc;
    rule->outcome[outcome] = points;
    rule->outcome_set[outcome] = TRUE;
    return CCHC_OK;
}

int cchc_rule_set_deadline(cchc_rule *rule, const char *date)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_DEADLINE)
        return wrong_kind(rule, "deadline");
    int rc = cchc__check_date(date ? date : "", "rule deadline", 1);
    if (rc)
        return rc;
    g_free(rule->deadline);
    rule->deadline = g_strdup(date ? date : "");
    return CCHC_OK;
}

int cchc_rule_set_step(cchc_rule *rule, double step)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_MANUAL)
        return wrong_kind(rule, "step");
    if (!isfinite(step) || step < 0 || !cchc__is_hundredths(step))
        return cchc__fail(CCHC_ERANGE,
                          "node %s: the step must be 0 or a positive number with at most two "
                          "decimals",
                          rule_label(rule));
    rule->step = step;
    return CCHC_OK;
}

/* ---- rate bands ----------------------------------------------------------- */

static const cchc__rate_band *rate_band(const cchc_rule *r, size_t index)
{
    if (!r || index >= r->bands->len)
        return NULL;
    return &g_array_index(r->bands, cchc__rate_band, index);
}

size_t cchc_rule_band_count(const cchc_rule *r) { return r ? r->bands->len : 0; }

double cchc_rule_band_lower(const cchc_rule *r, size_t i)
{
    const cchc__rate_band *b = rate_band(r, i);
    return b ? b->lower : 0;
}

int cchc_rule_band_lower_inclusive(const cchc_rule *r, size_t i)
{
    const cchc__rate_band *b = rate_band(r, i);
    return b ? b->lower_inclusive : 0;
}

double cchc_rule_band_upper(const cchc_rule *r, size_t i)
{
    const cchc__rate_band *b = rate_band(r, i);
    return b ? b->upper : 0;
}

int cchc_rule_band_upper_inclusive(const cchc_rule *r, size_t i)
{
    const cchc__rate_band *b = rate_band(r, i);
    return b ? b->upper_inclusive : 0;
}

double cchc_rule_band_points(const cchc_rule *r, size_t i)
{
    const cchc__rate_band *b = rate_band(r, i);
    return b ? b->points : 0;
}

int cchc_rule_add_band(cchc_rule *rule, double lower, int lower_inclusive, double upper,
                       int upper_inclusive, double points)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_RATE_BANDS)
        return wrong_kind(rule, "rate bands");
    if (!isfinite(lower) || !isfinite(upper) || lower < 0 || upper > 100 || lower > upper)
        return cchc__fail(CCHC_ERANGE,
                          "node %s: a rate band needs 0 ≤ lower ≤ upper ≤ 100 (got %g to %g)",
                          rule_label(rule), lower, upper);
    if (lower == upper && !(lower_inclusive && upper_inclusive))
        return cchc__fail(CCHC_ERANGE, "node %s: the rate band from %g to %g is empty",
                          rule_label(rule), lower, upper);
    int rc = check_points(points, rule_label(rule));
    if (rc)
        return rc;
    cchc__rate_band b = {lower, lower_inclusive != 0, upper, upper_inclusive != 0, points};
    guint pos = 0;
    for (; pos < rule->bands->len; pos++) {
        const cchc__rate_band *o = &g_array_index(rule->bands, cchc__rate_band, pos);
        if (o->lower > b.lower || (o->lower == b.lower && b.lower_inclusive && !o->lower_inclusive))
            break;
    }
    g_array_insert_val(rule->bands, pos, b);
    return CCHC_OK;
}

int cchc_rule_remove_band(cchc_rule *rule, size_t index)
{
    CCHC__CHECK_ARG(rule);
    if (index >= rule->bands->len)
        return cchc__fail(CCHC_ERANGE, "node %s: rate band %zu is out of range",
                          rule_label(rule), index);
    g_array_remove_index(rule->bands, (guint)index);
    return CCHC_OK;
}

/* ---- proportional --------------------------------------------------------- */

int cchc_rule_set_floor(cchc_rule *rule, double percent)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_PROPORTIONAL)
        return wrong_kind(rule, "floor");
    if (!isfinite(percent) || percent < 0 || percent > 100)
        return cchc__fail(CCHC_ERANGE, "node %s: the floor must be 0 to 100 %%",
                          rule_label(rule));
    rule->floor = percent;
    return CCHC_OK;
}

int cchc_rule_set_cap(cchc_rule *rule, double points)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_PROPORTIONAL)
        return wrong_kind(rule, "cap");
    if (isnan(points) || isinf(points))
        return cchc__fail(CCHC_ERANGE, "node %s: the cap must be a finite number",
                          rule_label(rule));
    rule->has_cap = points >= 0;
    rule->cap = points >= 0 ? points : 0;
    return CCHC_OK;
}

/* ---- count levels --------------------------------------------------------- */

size_t cchc_rule_level_count(const cchc_rule *r) { return r ? r->levels->len : 0; }

size_t cchc_rule_level_min_count(const cchc_rule *r, size_t i)
{
    return r && i < r->levels->len ? g_array_index(r->levels, cchc__level, i).min_count : 0;
}

double cchc_rule_level_points(const cchc_rule *r, size_t i)
{
    return r && i < r->levels->len ? g_array_index(r->levels, cchc__level, i).points : 0;
}

int cchc_rule_add_level(cchc_rule *rule, size_t min_count, double points)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_COUNT_LEVELS)
        return wrong_kind(rule, "count levels");
    int rc = check_points(points, rule_label(rule));
    if (rc)
        return rc;
    guint pos = 0;
    for (; pos < rule->levels->len; pos++) {
        size_t c = g_array_index(rule->levels, cchc__level, pos).min_count;
        if (c == min_count)
            return cchc__fail(CCHC_EEXISTS, "node %s: a level for %zu exists already",
                              rule_label(rule), min_count);
        if (c > min_count)
            break;
    }
    cchc__level level = {min_count, points};
    g_array_insert_val(rule->levels, pos, level);
    return CCHC_OK;
}

int cchc_rule_remove_level(cchc_rule *rule, size_t index)
{
    CCHC__CHECK_ARG(rule);
    if (index >= rule->levels->len)
        return cchc__fail(CCHC_ERANGE, "node %s: level %zu is out of range", rule_label(rule),
                          index);
    g_array_remove_index(rule->levels, (guint)index);
    return CCHC_OK;
}

/* ---- deduction ------------------------------------------------------------ */

int cchc_rule_set_per_event(cchc_rule *rule, double points)
{
    CCHC__CHECK_ARG(rule);
    if (rule->kind != CCHC_RULE_DEDUCTION)
        return wrong_kind(rule, "points per event");
    if (!isfinite(points) || points <= 0)
        return cchc__fail(CCHC_ERANGE, "node %s: the points per event must be > 0",
                          rule_label(rule));
    rule->per_event = points;
    return CCHC_OK;
}

/* ---- survey options ------------------------------------------------------- */

static const cchc__option *option_at(const cchc_rule *r, size_t i)
{
    return r && i < r->options->len ? g_ptr_array_index(r->options, i) : NULL;
}

size_t cchc_rule_option_count(const cchc_rule *r) { return r ? r->options->len : 0; }

const char *cchc_rule_option_id(const cchc_rule *r, size_t i)
{
    const cchc__option *o = option_at(r, i);
    return o ? o->id : NULL;
}

const char *cchc_rule_option_label(const cchc_rule *r, size_t i)
{
    const cchc__option *o = option_at(r, i);
    return o ? o->label : NULL;
}

double cchc_rule_option_weight(const cchc_rule *r, size_t i)
{
    const cchc__option *o = option_at(r, i);
    return o ? o->weight : 0;
}

static const cchc__option *find_option(const cchc_rule *r, const char *id)
{
    for (guint i = 0; i < r->options->len; i++) {
        const cchc__option *o = g_ptr_array_index(r->options, i);
        if (strcmp(o->id, id) == 0)
            return o;
    }
    return NULL;
}

int cchc_rule_add_option(cchc_rule *rule, const char *id, const char *label, double weight)
{
    CCHC__CHECK_ARG(rule);
    CCHC__CHECK_ARG(id);
    if (rule->kind != CCHC_RULE_SURVEY)
        return wrong_kind(rule, "survey options");
    if (!cchc__id_is_valid(id))
        return cchc__fail(CCHC_EINVAL,
                          "node %s: option id \"%s\": use 1 to 64 ASCII letters, digits, '.', "
                          "'-' or '_'",
                          rule_label(rule), id);
    int rc = cchc__check_text(label ? label : "", "option label");
    if (rc)
        return rc;
    if (!isfinite(weight) || weight < 0 || weight > 1)
        return cchc__fail(CCHC_ERANGE, "node %s: option %s: the weight must be 0 to 1",
                          rule_label(rule), id);
    if (find_option(rule, id))
        return cchc__fail(CCHC_EEXISTS, "node %s: option %s exists already", rule_label(rule),
                          id);
    cchc__option *o = g_new0(cchc__option, 1);
    o->id = g_strdup(id);
    o->label = g_strdup(label ? label : "");
    o->weight = weight;
    g_ptr_array_add(rule->options, o);
    return CCHC_OK;
}

int cchc_rule_remove_option(cchc_rule *rule, size_t index)
{
    CCHC__CHECK_ARG(rule);
    if (index >= rule->options->len)
        return cchc__fail(CCHC_ERANGE, "node %s: option %zu is out of range", rule_label(rule),
                          index);
    g_ptr_array_remove_index(rule->options, (guint)index);
    return CCHC_OK;
}

/* ---- description ---------------------------------------------------------- */

static void append_num(GString *s, double v)
{
    g_autofree char *t = cchc__num(v);
    g_string_append(s, t);
}

static void append_band(GString *s, const cchc__rate_band *b)
{
    g_string_append_c(s, b->lower_inclusive ? '[' : '(');
    append_num(s, b->lower);
    g_string_append(s, ", ");
    append_num(s, b->upper);
    g_string_append_c(s, b->upper_inclusive ? ']' : ')');
}

static char *describe(const cchc_rule *r)
{
    GString *s = g_string_new(cchc_rule_kind_name(r->kind));
    g_string_append(s, ": ");
    double max = r->node->maximum;
    switch (r->kind) {
    case CCHC_RULE_MANUAL:
        g_string_append(s, "points 0 … ");
        append_num(s, max);
        if (r->step > 0) {
            g_string_append(s, " in steps of ");
            append_num(s, r->step);
        }
        break;
    case CCHC_RULE_YES_NO:
        g_string_append(s, "yes → ");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_YES));
        g_string_append(s, ", no → ");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_NO));
        break;
    case CCHC_RULE_DEADLINE:
        g_string_append_printf(s, "by %s: on time → ", *r->deadline ? r->deadline : "(no date)");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_ON_TIME));
        g_string_append(s, ", late → ");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_LATE));
        g_string_append(s, ", missing → ");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_MISSING));
        break;
    case CCHC_RULE_RATE_BANDS:
        for (guint i = r->bands->len; i-- > 0;) {
            const cchc__rate_band *b = &g_array_index(r->bands, cchc__rate_band, i);
            append_band(s, b);
            g_string_append(s, " % → ");
            append_num(s, b->points);
            if (i)
                g_string_append(s, "; ");
        }
        break;
    case CCHC_RULE_PROPORTIONAL:
        g_string_append(s, "rate × ");
        append_num(s, max);
        if (r->floor > 0) {
            g_string_append(s, ", 0 below ");
            append_num(s, r->floor);
            g_string_append(s, " %");
        }
        g_string_append(s, ", at most ");
        append_num(s, cchc_rule_cap(r));
        break;
    case CCHC_RULE_COUNT_LEVELS:
        for (guint i = r->levels->len; i-- > 0;) {
            const cchc__level *l = &g_array_index(r->levels, cchc__level, i);
            g_string_append_printf(s, "≥ %zu → ", l->min_count);
            append_num(s, l->points);
            g_string_append(s, "; ");
        }
        g_string_append(s, "otherwise → ");
        append_num(s, cchc_rule_outcome_points(r, CCHC_OUTCOME_OTHERWISE));
        break;
    case CCHC_RULE_DEDUCTION:
        append_num(s, max);
        g_string_append(s, " − ");
        append_num(s, r->per_event);
        g_string_append(s, " per event, not below 0");
        break;
    case CCHC_RULE_SURVEY:
        g_string_append(s, "mean of the answers weighted ");
        for (guint i = 0; i < r->options->len; i++) {
            const cchc__option *o = g_ptr_array_index(r->options, i);
            g_string_append_printf(s, "%s%s ", i ? ", " : "", o->id);
            append_num(s, o->weight);
        }
        g_string_append(s, ", × ");
        append_num(s, max);
        break;
    default: break;
    }
    if (r->source == CCHC_SOURCE_PLAN_COMPLETION)
        g_string_append(s, " (input from the plan: completion rate of due tasks)");
    else if (r->source == CCHC_SOURCE_PLAN_REPORTS)
        g_string_append(s, " (input from the plan: reports sent on time)");
    return g_string_free(s, FALSE);
}

int cchc_rule_describe(char **out, const cchc_rule *rule)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(rule);
    *out = describe(rule);
    return CCHC_OK;
}

/* ---- the check ------------------------------------------------------------ */

#define RULE_DIAG(r, severity, code, field, ...)                                  \
    cchc__diag_at(diags, (severity), (code), &(r)->origin, (field), __VA_ARGS__)

/* Reports points above the maximum; returns the points. */
static double fit(const cchc_rule *r, cchc_diagnostics *diags, double points, const char *what)
{
    double max = r->node->maximum;
    if (points > max + POINTS_EPSILON) {
        g_autofree char *p = cchc__num(points);
        g_autofree char *m = cchc__num(max);
        RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-over-maximum", "rule",
                  "node %s: %s gives %s points, above the maximum %s", r->node->code, what, p, m);
    }
    return points;
}

static void unreachable(const cchc_rule *r, cchc_diagnostics *diags, double best)
{
    double max = r->node->maximum;
    if (best < max - POINTS_EPSILON) {
        g_autofree char *b = cchc__num(best);
        g_autofree char *m = cchc__num(max);
        RULE_DIAG(r, CCHC_SEVERITY_WARNING, "scheme.rule-unreachable", "rule",
                  "node %s: the rule gives at most %s of the maximum %s", r->node->code, b, m);
    }
}

static void incomplete(const cchc_rule *r, cchc_diagnostics *diags, const char *what)
{
    RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-incomplete", "rule",
              "node %s: the %s rule has no %s", r->node->code, cchc_rule_kind_name(r->kind),
              what);
}

/* Rate bands must cover 0 … 100 % exactly once. */
static void check_coverage(const cchc_rule *r, cchc_diagnostics *diags)
{
    double pos = 0;
    gboolean pos_covered = FALSE; /* every rate below pos is covered; pos itself if this */
    for (guint i = 0; i < r->bands->len; i++) {
        const cchc__rate_band *b = &g_array_index(r->bands, cchc__rate_band, i);
        GString *band = g_string_new(NULL);
        append_band(band, b);
        g_autofree char *p = cchc__num(pos);
        g_autofree char *l = cchc__num(b->lower);
        if (b->lower < pos || (b->lower == pos && pos_covered && b->lower_inclusive)) {
            RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-band-overlap", "bands",
                      "node %s: the rate band %s %% overlaps the band below it (which reaches "
                      "%s %%%s)",
                      r->node->code, band->str, p, pos_covered ? " included" : "");
            g_string_free(band, TRUE);
            return;
        }
        if (b->lower > pos || (!pos_covered && !b->lower_inclusive)) {
            if (b->lower > pos)
                RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-band-gap", "bands",
                          "node %s: the rate bands leave a gap: rates from %s %% (%s) to %s "
                          "%% (%s) fall in no band",
                          r->node->code, p, pos_covered ? "excluded" : "included", l,
                          b->lower_inclusive ? "excluded" : "included");
            else
                RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-band-gap", "bands",
                          "node %s: the rate bands leave a gap: a rate of exactly %s %% falls "
                          "in no band",
                          r->node->code, p);
            g_string_free(band, TRUE);
            return;
        }
        g_string_free(band, TRUE);
        pos = b->upper;
        pos_covered = b->upper_inclusive;
    }
    if (pos < 100 || !pos_covered) {
        g_autofree char *p = cchc__num(pos);
        if (pos < 100)
            RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-band-gap", "bands",
                      "node %s: the rate bands leave a gap: rates from %s %% (%s) to 100 %% "
                      "fall in no band",
                      r->node->code, p, pos_covered ? "excluded" : "included");
        else
            RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-band-gap", "bands",
                      "node %s: the rate bands leave a gap: a rate of exactly 100 %% falls in "
                      "no band",
                      r->node->code);
    }
}

static int source_fits(int kind, int source)
{
    switch (source) {
    case CCHC_SOURCE_TYPED: return 1;
    case CCHC_SOURCE_PLAN_COMPLETION:
        return kind == CCHC_RULE_RATE_BANDS || kind == CCHC_RULE_PROPORTIONAL ||
               kind == CCHC_RULE_YES_NO || kind == CCHC_RULE_COUNT_LEVELS;
    case CCHC_SOURCE_PLAN_REPORTS:
        return kind == CCHC_RULE_RATE_BANDS || kind == CCHC_RULE_PROPORTIONAL ||
               kind == CCHC_RULE_YES_NO || kind == CCHC_RULE_COUNT_LEVELS ||
               kind == CCHC_RULE_DEDUCTION;
    default: return 0;
    }
}

void cchc__rule_check(const cchc_rule *r, cchc_diagnostics *diags)
{
    double max = r->node->maximum;
    if (!source_fits(r->kind, r->source))
        RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-source", "source",
                  "node %s: a %s rule cannot take its input from \"%s\"", r->node->code,
                  cchc_rule_kind_name(r->kind), cchc_rule_source_name(r->source));
    switch (r->kind) {
    case CCHC_RULE_MANUAL:
        if (r->step > 0) {
            double n = max / r->step;
            if (r->step > max + POINTS_EPSILON || fabs(n - nearbyint(n)) > 1e-6) {
                g_autofree char *m = cchc__num(max);
                g_autofree char *st = cchc__num(r->step);
                RULE_DIAG(r, CCHC_SEVERITY_ERROR, "scheme.rule-step", "step",
                          "node %s: the maximum %s is not a whole number of steps of %s",
                          r->node->code, m, st);
            }
        }
        break;
    case CCHC_RULE_YES_NO: {
        double y = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_YES), "yes");
        double n = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_NO), "no");
        unreachable(r, diags, MAX(y, n));
        break;
    }
    case CCHC_RULE_DEADLINE: {
        if (!*r->deadline)
            incomplete(r, diags, "deadline");
        double a = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_ON_TIME), "on time");
        double b = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_LATE), "late");
        double c = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_MISSING), "missing");
        unreachable(r, diags, MAX(a, MAX(b, c)));
        break;
    }
    case CCHC_RULE_RATE_BANDS: {
        if (r->bands->len == 0) {
            incomplete(r, diags, "bands");
            break;
        }
        double best = 0;
        for (guint i = 0; i < r->bands->len; i++) {
            const cchc__rate_band *b = &g_array_index(r->bands, cchc__rate_band, i);
            GString *what = g_string_new("the band ");
            append_band(what, b);
            best = MAX(best, fit(r, diags, b->points, what->str));
            g_string_free(what, TRUE);
        }
        unreachable(r, diags, best);
        check_coverage(r, diags);
        break;
    }
    case CCHC_RULE_PROPORTIONAL:
        if (r->has_cap)
            unreachable(r, diags, fit(r, diags, r->cap, "the cap"));
        break;
    case CCHC_RULE_COUNT_LEVELS: {
        if (r->levels->len == 0) {
            incomplete(r, diags, "levels");
            break;
        }
        double best = fit(r, diags, cchc_rule_outcome_points(r, CCHC_OUTCOME_OTHERWISE),
                          "otherwise");
        for (guint i = 0; i < r->levels->len; i++) {
            const cchc__level *l = &g_array_index(r->levels, cchc__level, i);
            g_autofree char *what = g_strdup_printf("the level ≥ %zu", l->min_count);
            best = MAX(best, fit(r, diags, l->points, what));
        }
        unreachable(r, diags, best);
        break;
    }
    case CCHC_RULE_DEDUCTION:
        if (r->per_event <= 0)
            incomplete(r, diags, "points per event");
        break;
    case CCHC_RULE_SURVEY: {
        if (r->options->len == 0) {
            incomplete(r, diags, "options");
            break;
        }
        double best = 0;
        for (guint i = 0; i < r->options->len; i++)
            best = MAX(best, ((cchc__option *)g_ptr_array_index(r->options, i))->weight);
        unreachable(r, diags, best * max);
        break;
    }
    default: break;
    }
}

unsigned cchc__rule_typed_inputs(const cchc_rule *r)
{
    unsigned bits = 1u << CCHC_INPUT_POINTS;
    switch (r->kind) {
    case CCHC_RULE_YES_NO: bits |= 1u << CCHC_INPUT_YES; break;
    case CCHC_RULE_DEADLINE: bits |= 1u << CCHC_INPUT_DATE; break;
    case CCHC_RULE_RATE_BANDS:
    case CCHC_RULE_PROPORTIONAL: bits |= 1u << CCHC_INPUT_RATE | 1u << CCHC_INPUT_RATIO; break;
    case CCHC_RULE_COUNT_LEVELS:
    case CCHC_RULE_DEDUCTION: bits |= 1u << CCHC_INPUT_COUNT; break;
    case CCHC_RULE_SURVEY: bits |= 1u << CCHC_INPUT_ANSWERS; break;
    default: break;
    }
    return bits;
}

/* ---- applying a rule ------------------------------------------------------ */

#define HAS(facts, kind) (((facts)->has & (1u << (kind))) != 0)

/* The rate of the facts in %, and its text ("30/40 = 75 %"); 0 when there is none. */
static int rate_of(const cchc__facts *f, double *rate, GString *text)
{
    if (HAS(f, CCHC_INPUT_RATIO)) {
        if (f->denominator <= 0)
            return 0;
        *rate = f->numerator * 100.0 / f->denominator;
        g_autofree char *a = cchc__num(f->numerator);
        g_autofree char *b = cchc__num(f->denominator);
        g_autofree char *p = cchc__num(cchc__snap(*rate));
        g_string_append_printf(text, "%s / %s = %s %%", a, b, p);
        return 1;
    }
    if (HAS(f, CCHC_INPUT_RATE)) {
        *rate = f->rate;
        g_autofree char *p = cchc__num(f->rate);
        g_string_append_printf(text, "%s %%", p);
        return 1;
    }
    return 0;
}

static char *outcome_reason(const char *what, const char *outcome, double points)
{
    g_autofree char *p = cchc__num(points);
    return g_strdup_printf("%s: %s → %s", what, outcome, p);
}

int cchc__rule_apply(const cchc_rule *r, const cchc__facts *f, double *points, char **reason)
{
    double max = r->node->maximum;
    g_autoptr(GString) text = g_string_new(NULL);
    const char *from = f->plan ? " (from the plan)" : "";
    switch (r->kind) {
    case CCHC_RULE_YES_NO: {
        int yes = -1;
        if (HAS(f, CCHC_INPUT_RATIO) && f->denominator > 0) {
            yes = f->numerator >= f->denominator;
            g_autofree char *a = cchc__num(f->numerator);
            g_autofree char *b = cchc__num(f->denominator);
            g_string_append_printf(text, "%s of %s%s", a, b, from);
        } else if (HAS(f, CCHC_INPUT_YES)) {
            yes = f->yes != 0;
            g_string_append(text, "stated");
        }
        if (yes < 0)
            break;
        *points = cchc_rule_outcome_points(r, yes ? CCHC_OUTCOME_YES : CCHC_OUTCOME_NO);
        *reason = outcome_reason(text->str, yes ? "yes" : "no", *points);
        return 1;
    }
    case CCHC_RULE_DEADLINE: {
        if (!HAS(f, CCHC_INPUT_DATE))
            break;
        int outcome;
        if (!*f->date) {
            outcome = CCHC_OUTCOME_MISSING;
            g_string_append(text, "not done");
        } else {
            outcome = strcmp(f->date, r->deadline) <= 0 ? CCHC_OUTCOME_ON_TIME : CCHC_OUTCOME_LATE;
            g_string_append_printf(text, "done %s, deadline %s", f->date, r->deadline);
        }
        *points = cchc_rule_outcome_points(r, outcome);
        *reason = outcome_reason(text->str, cchc_rule_outcome_name(outcome), *points);
        return 1;
    }
    case CCHC_RULE_RATE_BANDS: {
        double rate = 0;
        if (!rate_of(f, &rate, text))
            break;
        g_string_append(text, from);
        if (rate > 100) {
            rate = 100;
            g_string_append(text, ", read as 100 %");
        }
        for (guint i = 0; i < r->bands->len; i++) {
            const cchc__rate_band *b = &g_array_index(r->bands, cchc__rate_band, i);
            gboolean above = b->lower_inclusive ? rate >= b->lower : rate > b->lower;
            gboolean below = b->upper_inclusive ? rate <= b->upper : rate < b->upper;
            if (above && below) {
                *points = b->points;
                g_string_append(text, " is in ");
                append_band(text, b);
                g_string_append(text, " % → ");
                append_num(text, b->points);
                *reason = g_strdup(text->str);
                return 1;
            }
        }
        /* a scheme that passed its check covers every rate */
        *points = 0;
        g_string_append(text, " is in no band → 0");
        *reason = g_strdup(text->str);
        return 1;
    }
    case CCHC_RULE_PROPORTIONAL: {
        double rate = 0;
        if (!rate_of(f, &rate, text))
            break;
        g_string_append(text, from);
        if (rate < r->floor) {
            *points = 0;
            g_string_append(text, " is below the floor ");
            append_num(text, r->floor);
            g_string_append(text, " % → 0");
        } else {
            double p = HAS(f, CCHC_INPUT_RATIO) ? f->numerator * max / f->denominator
                                                : f->rate * max / 100.0;
            g_string_append(text, " × ");
            append_num(text, max);
            g_string_append(text, " = ");
            append_num(text, cchc__snap(p));
            double cap = cchc_rule_cap(r);
            if (p > cap) {
                p = cap;
                g_string_append(text, ", capped at ");
                append_num(text, cap);
            }
            *points = p;
        }
        *reason = g_strdup(text->str);
        return 1;
    }
    case CCHC_RULE_COUNT_LEVELS: {
        size_t count;
        if (HAS(f, CCHC_INPUT_RATIO) && f->plan) {
            count = (size_t)f->numerator;
            g_autofree char *b = cchc__num(f->denominator);
            g_string_append_printf(text, "count %zu (of %s, from the plan)", count, b);
        } else if (HAS(f, CCHC_INPUT_COUNT)) {
            count = f->count;
            g_string_append_printf(text, "count %zu", count);
        } else {
            break;
        }
        for (guint i = r->levels->len; i-- > 0;) {
            const cchc__level *l = &g_array_index(r->levels, cchc__level, i);
            if (count >= l->min_count) {
                *points = l->points;
                g_string_append_printf(text, " reaches ≥ %zu → ", l->min_count);
                append_num(text, l->points);
                *reason = g_strdup(text->str);
                return 1;
            }
        }
        *points = cchc_rule_outcome_points(r, CCHC_OUTCOME_OTHERWISE);
        g_string_append(text, " reaches no level: otherwise → ");
        append_num(text, *points);
        *reason = g_strdup(text->str);
        return 1;
    }
    case CCHC_RULE_DEDUCTION: {
        size_t events;
        if (HAS(f, CCHC_INPUT_RATIO) && f->plan) {
            /* nothing due: nothing late either */
            events = f->denominator > f->numerator ? (size_t)(f->denominator - f->numerator) : 0;
            g_autofree char *a = cchc__num(f->numerator);
            g_autofree char *b = cchc__num(f->denominator);
            g_string_append_printf(text, "%zu events (%s of %s reports on time, from the plan)",
                                   events, a, b);
        } else if (HAS(f, CCHC_INPUT_COUNT)) {
            events = f->count;
            g_string_append_printf(text, "%zu event%s (stated)", events, events == 1 ? "" : "s");
        } else {
            events = f->events;
            g_string_append_printf(text, "%zu event%s listed", events, events == 1 ? "" : "s");
        }
        double p = max - r->per_event * (double)events;
        g_string_append(text, ": ");
        append_num(text, max);
        g_string_append(text, " − ");
        append_num(text, r->per_event);
        g_string_append_printf(text, " × %zu", events);
        if (p < 0) {
            p = 0;
            g_string_append(text, " is below 0 → 0");
        } else {
            g_string_append(text, " = ");
            append_num(text, cchc__snap(p));
        }
        *points = p;
        *reason = g_strdup(text->str);
        return 1;
    }
    case CCHC_RULE_SURVEY: {
        if (!HAS(f, CCHC_INPUT_ANSWERS) || !f->answers)
            break;
        cchc__sum weighted = {0};
        size_t total = 0;
        g_string_append(text, "answers");
        for (guint i = 0; i < f->answers->len; i++) {
            const cchc__answer *a = g_ptr_array_index(f->answers, i);
            const cchc__option *o = find_option(r, a->option);
            double w = o ? o->weight : 0;
            cchc__sum_add(&weighted, (double)a->count * w);
            total += a->count;
            g_string_append_printf(text, "%s %s %zu", i ? "," : "", a->option, a->count);
        }
        if (total == 0)
            break;
        double mean = cchc__sum_value(&weighted) / (double)total;
        *points = cchc__sum_value(&weighted) * max / (double)total;
        g_string_append(text, ": weighted mean ");
        append_num(text, cchc__snap(mean));
        g_string_append(text, " × ");
        append_num(text, max);
        g_string_append(text, " = ");
        append_num(text, cchc__snap(*points));
        *reason = g_strdup(text->str);
        return 1;
    }
    default: break;
    }
    /* the rule's own facts are missing: typed points stand in for them */
    if (HAS(f, CCHC_INPUT_POINTS)) {
        *points = f->points;
        g_autofree char *p = cchc__num(f->points);
        *reason = r->kind == CCHC_RULE_MANUAL
                      ? g_strdup_printf("points typed: %s", p)
                      : g_strdup_printf("points typed: %s (the rule's facts are not stated)", p);
        return 1;
    }
    *points = 0;
    if (f->plan && HAS(f, CCHC_INPUT_RATIO))
        *reason = g_strdup_printf("nothing was due in the plan by %s: no input",
                                  f->plan_as_of ? f->plan_as_of : "the day");
    else if (r->source != CCHC_SOURCE_TYPED)
        *reason = g_strdup("no input: the plan was not applied to the scorecard");
    else
        *reason = g_strdup("no input");
    return 0;
}
