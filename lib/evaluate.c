/*
 * libcchc — evaluating a scorecard under its scheme, and rounding figures
 * for display (analysis layer).
 *
 * Every node's figures are sums over the leaves below it, taken in code
 * order with Neumaier's compensated summation and then freed of binary
 * noise below 1e-9 (cchc__snap()): the result does not depend on the order
 * of the card's entries nor on the shape of the tree above the leaves.
 * Not-applicable and missing leaves leave the maximum; where nothing left a
 * node's maximum, the scheme's own maximum is used as it is written.
 *
 * SPDX-License-Identifier: MIT
 */
#include "score-internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define POINTS_EPSILON 1e-9

static void fact_free(gpointer data)
{
    cchc__fact *f = data;
    g_free(f->name);
    g_free(f->text);
    g_free(f);
}

static void add_fact(GPtrArray *facts, const char *name, const char *text, double number)
{
    cchc__fact *f = g_new0(cchc__fact, 1);
    f->name = g_strdup(name);
    f->text = g_strdup(text);
    f->number = number;
    g_ptr_array_add(facts, f);
}

static void node_score_free(gpointer data)
{
    cchc_node_score *s = data;
    g_free(s->code);
    g_free(s->label);
    g_free(s->component);
    g_free(s->reason);
    g_array_unref(s->children);
    g_free(s->rule_text);
    g_free(s->rule_wording);
    g_free(s->input_source);
    g_ptr_array_unref(s->facts);
    g_free(s->appraisal_reason);
    g_free(s->na_reason);
    g_free(s->na_code);
    g_free(s->explanation);
    g_ptr_array_unref(s->evidence);
    g_ptr_array_unref(s->deductions);
    g_free(s);
}

static void component_total_free(gpointer data)
{
    cchc__component_total *c = data;
    g_free(c->id);
    g_free(c->label);
    g_free(c);
}

void cchc_evaluation_free(cchc_evaluation *ev)
{
    if (!ev)
        return;
    g_free(ev->scheme_id);
    g_free(ev->scheme_name);
    g_free(ev->unit_id);
    g_free(ev->unit_name);
    g_free(ev->unit_kind);
    g_ptr_array_unref(ev->bands);
    g_ptr_array_unref(ev->components);
    g_hash_table_unref(ev->by_code);
    g_ptr_array_unref(ev->nodes);
    g_array_unref(ev->roots);
    g_free(ev);
}

/* ---- leaves --------------------------------------------------------------- */

static void record_facts(cchc_node_score *s, const cchc_rule *rule, const cchc__facts *f)
{
    unsigned has = f->has;
    const char *source = "typed";
    if (f->plan) {
        source = "plan";
        add_fact(s->facts, "numerator", NULL, f->numerator);
        add_fact(s->facts, "denominator", NULL, f->denominator);
        add_fact(s->facts, "as_of", f->plan_as_of, 0);
    } else {
        if (has & (1u << CCHC_INPUT_YES))
            add_fact(s->facts, "yes", f->yes ? "yes" : "no", 0);
        if (has & (1u << CCHC_INPUT_DATE))
            add_fact(s->facts, "date", *f->date ? f->date : "not done", 0);
        if (has & (1u << CCHC_INPUT_RATE))
            add_fact(s->facts, "rate", NULL, f->rate);
        if (has & (1u << CCHC_INPUT_RATIO)) {
            add_fact(s->facts, "numerator", NULL, f->numerator);
            add_fact(s->facts, "denominator", NULL, f->denominator);
        }
        if (has & (1u << CCHC_INPUT_COUNT))
            add_fact(s->facts, "count", NULL, (double)f->count);
        if ((has & (1u << CCHC_INPUT_ANSWERS)) && f->answers) {
            source = "survey";
            for (guint i = 0; i < f->answers->len; i++) {
                const cchc__answer *a = g_ptr_array_index(f->answers, i);
                g_autofree char *name = g_strdup_printf("answers.%s", a->option);
                add_fact(s->facts, name, NULL, (double)a->count);
            }
        }
        if (has & (1u << CCHC_INPUT_POINTS))
            add_fact(s->facts, "points", NULL, f->points);
        if (rule->kind == CCHC_RULE_DEDUCTION && !(has & (1u << CCHC_INPUT_COUNT))) {
            add_fact(s->facts, "events", NULL, (double)f->events);
            if (!has)
                source = "events";
        }
        if (!has && rule->kind != CCHC_RULE_DEDUCTION)
            source = "none";
    }
    s->input_source = g_strdup(source);
}

static void score_leaf(cchc_node_score *s, const cchc_node *node, const cchc_scorecard *card,
                       const cchc_scheme *scheme)
{
    const cchc_entry *e = cchc_scorecard_find_entry(card, node->code);
    const cchc_entry *na = cchc__scorecard_na_entry(card, node);
    const cchc_rule *rule = node->rule;
    s->rule_kind = rule->kind;
    s->appraisable = rule->source == CCHC_SOURCE_TYPED && rule->kind != CCHC_RULE_SURVEY;
    s->rule_source = rule->source;
    cchc_rule_describe(&s->rule_text, rule);
    s->rule_wording = g_strdup(rule->wording);
    if (e) {
        s->explanation = g_strdup(e->explanation);
        for (guint i = 0; i < e->evidence->len; i++) {
            const cchc_evidence *ev = g_ptr_array_index(e->evidence, i);
            GString *line = g_string_new(NULL);
            const char *parts[] = {cchc_evidence_number(ev), cchc_evidence_date(ev),
                                   cchc_evidence_title(ev), cchc_evidence_link(ev)};
            for (size_t k = 0; k < G_N_ELEMENTS(parts); k++)
                if (*parts[k])
                    g_string_append_printf(line, "%s%s", line->len ? ", " : "", parts[k]);
            g_ptr_array_add(s->evidence, g_string_free(line, FALSE));
        }
    } else {
        s->explanation = g_strdup("");
    }
    for (guint i = 0; i < card->deductions->len; i++) {
        const cchc_deduction *d = g_ptr_array_index(card->deductions, i);
        if (strcmp(d->code, node->code) == 0)
            g_ptr_array_add(s->deductions,
                            *d->date ? g_strdup_printf("%s: %s", d->date, d->description)
                                     : g_strdup(d->description));
    }
    if (na) {
        s->na = TRUE;
        s->excluded = TRUE;
        s->na_reason = g_strdup(na->na_reason);
        s->na_code = g_strdup(na->code);
        s->input_source = g_strdup("none");
        s->reason = g_strcmp0(na->code, node->code) == 0
                        ? g_strdup_printf("not applicable%s%s", *na->na_reason ? ": " : "",
                                          na->na_reason)
                        : g_strdup_printf("not applicable (as %s)%s%s", na->code,
                                          *na->na_reason ? ": " : "", na->na_reason);
        return;
    }
    s->na_reason = g_strdup("");
    s->na_code = g_strdup("");
    cchc__facts facts;
    cchc__scorecard_facts(card, e, node, &facts);
    record_facts(s, rule, &facts);
    double self = 0;
    int scored = cchc__rule_apply(rule, &facts, &self, &s->reason);
    s->has_self_input = scored;
    if (e && e->appraised) {
        s->has_appraisal = TRUE;
        s->appraisal_points = e->appraised_points;
        s->appraisal_reason = g_strdup(e->appraisal_reason);
    } else {
        s->appraisal_reason = g_strdup("");
    }
    const cchc_component *comp =
        cchc_scheme_find_component(scheme, cchc_node_effective_component(node));
    if (!scored && !s->has_appraisal && comp && comp->optional) {
        s->missing = TRUE;
        s->excluded = TRUE;
        char *r = g_strdup_printf("%s; component \"%s\" is optional, so the leaf leaves the "
                                  "maximum",
                                  s->reason, comp->id);
        g_free(s->reason);
        s->reason = r;
        return;
    }
    s->self = self;
}

/* ---- sums ----------------------------------------------------------------- */

typedef struct {
    cchc__sum max, self, appraised, final;
    size_t counted, appraisable, appraised_count, excluded;
} totals;

static void add_leaf(totals *t, const cchc_node_score *leaf)
{
    if (leaf->excluded) {
        t->excluded++;
        return;
    }
    t->counted++;
    cchc__sum_add(&t->max, leaf->nominal_max);
    cchc__sum_add(&t->self, leaf->self);
    double final = leaf->has_appraisal ? leaf->appraisal_points : leaf->self;
    cchc__sum_add(&t->final, final);
    if (leaf->has_appraisal)
        cchc__sum_add(&t->appraised, leaf->appraisal_points);
    if (leaf->appraisable) {
        t->appraisable++;
        t->appraised_count += leaf->has_appraisal;
    }
}

static int appraisal_state(const totals *t)
{
    if (t->appraised_count == 0)
        return CCHC_APPRAISAL_NONE;
    return t->appraised_count == t->appraisable ? CCHC_APPRAISAL_COMPLETE
                                                : CCHC_APPRAISAL_PARTIAL;
}

static double index_of(double points, double max)
{
    return max > 0 ? cchc__snap(points * 100.0 / max) : 0;
}

static void apply_totals(cchc_node_score *s, const totals *t, const GPtrArray *bands)
{
    s->rescaled = t->excluded > 0;
    s->excluded = t->counted == 0;
    s->max = s->excluded ? 0 : s->rescaled ? cchc__snap(cchc__sum_value(&t->max)) : s->nominal_max;
    s->self = cchc__snap(cchc__sum_value(&t->self));
    s->appraised = cchc__snap(cchc__sum_value(&t->appraised));
    s->final = cchc__snap(cchc__sum_value(&t->final));
    s->index = index_of(s->final, s->max);
    s->self_index = index_of(s->self, s->max);
    s->appraisal = appraisal_state(t);
    s->measured = t->counted > 0 && t->appraisable == 0;
    s->band = s->excluded ? -1 : cchc__band_find(bands, s->index);
}

/* ---- the evaluation ------------------------------------------------------- */

/* The first error of @diags as one located line. */
static int fail_with_first_error(const cchc_diagnostics *diags)
{
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        if (cchc_diagnostic_severity(d) != CCHC_SEVERITY_ERROR)
            continue;
        g_autofree char *line = NULL;
        cchc_diagnostic_format(&line, d);
        size_t errors = cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR);
        if (errors > 1)
            return cchc__fail(CCHC_EFORMAT, "%s (and %zu more errors)", line, errors - 1);
        return cchc__fail(CCHC_EFORMAT, "%s", line);
    }
    return CCHC_OK;
}

static void move_all(cchc_diagnostics *from, cchc_diagnostics *to)
{
    for (size_t i = 0; to && i < cchc_diagnostics_count(from); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(from, i);
        cchc__location loc = {
            .file = cchc_diagnostic_file(d), .line = cchc_diagnostic_line(d),
            .column = cchc_diagnostic_column(d), .path = cchc_diagnostic_path(d),
            .field = cchc_diagnostic_field(d)};
        cchc__diag_add(to, cchc_diagnostic_severity(d), cchc_diagnostic_code(d), &loc,
                       cchc_diagnostic_message(d), NULL);
    }
}

int cchc_scorecard_evaluate(cchc_evaluation **out, const cchc_scorecard *card,
                            const cchc_scheme *scheme, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(scheme);
    cchc_diagnostics *found = cchc_diagnostics_new();
    cchc_scheme_check(scheme, found);
    cchc_scorecard_check(card, scheme, found);
    move_all(found, diags);
    int rc = fail_with_first_error(found);
    cchc_diagnostics_free(found);
    if (rc)
        return rc;

    cchc_evaluation *ev = g_new0(cchc_evaluation, 1);
    ev->scheme_id = g_strdup(scheme->id);
    ev->scheme_name = g_strdup(scheme->name);
    ev->year = card->year ? card->year : scheme->year;
    ev->unit_id = g_strdup(card->unit_id);
    ev->unit_name = g_strdup(card->unit_name);
    ev->unit_kind = g_strdup(card->unit_kind);
    ev->bands = g_ptr_array_new_with_free_func(cchc__band_free);
    for (guint i = 0; i < scheme->bands->len; i++)
        g_ptr_array_add(ev->bands, cchc__band_copy(g_ptr_array_index(scheme->bands, i)));
    ev->components = g_ptr_array_new_with_free_func(component_total_free);
    ev->nodes = g_ptr_array_new_with_free_func(node_score_free);
    ev->by_code = g_hash_table_new(g_str_hash, g_str_equal);
    ev->roots = g_array_new(FALSE, FALSE, sizeof(guint));

    guint n = scheme->nodes->len;
    for (guint i = 0; i < n; i++) {
        const cchc_node *node = g_ptr_array_index(scheme->nodes, i);
        cchc_node_score *s = g_new0(cchc_node_score, 1);
        s->code = g_strdup(node->code);
        s->label = g_strdup(node->label);
        s->depth = node->depth;
        s->leaf = node->children->len == 0;
        s->component = g_strdup(cchc_node_effective_component(node));
        s->nominal_max = node->maximum;
        s->children = g_array_new(FALSE, FALSE, sizeof(guint));
        s->facts = g_ptr_array_new_with_free_func(fact_free);
        s->evidence = g_ptr_array_new_with_free_func(g_free);
        s->deductions = g_ptr_array_new_with_free_func(g_free);
        s->band = -1;
        if (s->leaf) {
            score_leaf(s, node, card, scheme);
        } else {
            const cchc_entry *na = cchc__scorecard_na_entry(card, node);
            s->na = na != NULL;
            s->na_reason = g_strdup(na ? na->na_reason : "");
            s->na_code = g_strdup(na ? na->code : "");
            s->reason = g_strdup("");
            s->input_source = g_strdup("");
            s->explanation = g_strdup("");
            s->appraisal_reason = g_strdup("");
        }
        g_ptr_array_add(ev->nodes, s);
        g_hash_table_insert(ev->by_code, s->code, s);
        if (node->parent) {
            const cchc_node_score *p = g_hash_table_lookup(ev->by_code, node->parent->code);
            g_array_append_val(p->children, i);
        } else {
            g_array_append_val(ev->roots, i);
        }
    }
    /* each node's figures over its leaves; a node's descendants follow it */
    for (guint i = 0; i < n; i++) {
        cchc_node_score *s = g_ptr_array_index(ev->nodes, i);
        totals t = {0};
        for (guint k = i; k < n; k++) {
            const cchc_node_score *d = g_ptr_array_index(ev->nodes, k);
            if (k > i && d->depth <= s->depth)
                break;
            if (d->leaf)
                add_leaf(&t, d);
        }
        apply_totals(s, &t, ev->bands);
    }
    /* the whole, and the components */
    totals whole = {0};
    for (guint i = 0; i < n; i++) {
        const cchc_node_score *s = g_ptr_array_index(ev->nodes, i);
        if (s->leaf)
            add_leaf(&whole, s);
    }
    ev->nominal_max = cchc_scheme_maximum(scheme);
    ev->rescaled = whole.excluded > 0;
    ev->max = whole.counted == 0 ? 0
              : ev->rescaled     ? cchc__snap(cchc__sum_value(&whole.max))
                                 : ev->nominal_max;
    ev->total = cchc__snap(cchc__sum_value(&whole.final));
    ev->self_total = cchc__snap(cchc__sum_value(&whole.self));
    ev->index = index_of(ev->total, ev->max);
    ev->self_index = index_of(ev->self_total, ev->max);
    ev->scaled_total = ev->rescaled ? cchc__snap(ev->index * ev->nominal_max / 100.0) : ev->total;
    ev->appraisal = appraisal_state(&whole);
    ev->band = whole.counted ? cchc__band_find(ev->bands, ev->index) : -1;
    for (guint c = 0; c < scheme->components->len; c++) {
        const cchc_component *comp = g_ptr_array_index(scheme->components, c);
        totals t = {0};
        size_t missing = 0, leaves = 0;
        for (guint i = 0; i < n; i++) {
            const cchc_node_score *s = g_ptr_array_index(ev->nodes, i);
            if (s->leaf && strcmp(s->component, comp->id) == 0) {
                add_leaf(&t, s);
                leaves++;
                missing += s->missing;
            }
        }
        cchc__component_total *ct = g_new0(cchc__component_total, 1);
        ct->id = g_strdup(comp->id);
        ct->label = g_strdup(comp->label);
        ct->nominal_max = comp->maximum;
        ct->max = t.counted == 0 ? 0 : t.excluded ? cchc__snap(cchc__sum_value(&t.max))
                                                  : comp->maximum;
        ct->points = cchc__snap(cchc__sum_value(&t.final));
        ct->index = index_of(ct->points, ct->max);
        ct->missing = comp->optional && t.counted == 0 && missing > 0;
        g_ptr_array_add(ev->components, ct);
    }
    *out = ev;
    return CCHC_OK;
}

/* ---- getters -------------------------------------------------------------- */

const char *cchc_evaluation_scheme_id(const cchc_evaluation *ev) { return ev ? ev->scheme_id : ""; }
const char *cchc_evaluation_scheme_name(const cchc_evaluation *ev) { return ev ? ev->scheme_name : ""; }
int cchc_evaluation_year(const cchc_evaluation *ev) { return ev ? ev->year : 0; }
const char *cchc_evaluation_unit_id(const cchc_evaluation *ev) { return ev ? ev->unit_id : ""; }
const char *cchc_evaluation_unit_name(const cchc_evaluation *ev) { return ev ? ev->unit_name : ""; }
const char *cchc_evaluation_unit_kind(const cchc_evaluation *ev) { return ev ? ev->unit_kind : ""; }
double cchc_evaluation_total(const cchc_evaluation *ev) { return ev ? ev->total : 0; }
double cchc_evaluation_self_total(const cchc_evaluation *ev) { return ev ? ev->self_total : 0; }
double cchc_evaluation_maximum(const cchc_evaluation *ev) { return ev ? ev->max : 0; }
double cchc_evaluation_nominal_maximum(const cchc_evaluation *ev) { return ev ? ev->nominal_max : 0; }
double cchc_evaluation_index(const cchc_evaluation *ev) { return ev ? ev->index : 0; }
double cchc_evaluation_self_index(const cchc_evaluation *ev) { return ev ? ev->self_index : 0; }
double cchc_evaluation_scaled_total(const cchc_evaluation *ev) { return ev ? ev->scaled_total : 0; }
int cchc_evaluation_is_rescaled(const cchc_evaluation *ev) { return ev ? ev->rescaled : 0; }
int cchc_evaluation_appraisal(const cchc_evaluation *ev) { return ev ? ev->appraisal : 0; }

int cchc_evaluation_band(size_t *out_index, const cchc_evaluation *ev)
{
    CCHC__CHECK_ARG(out_index);
    CCHC__CHECK_ARG(ev);
    if (ev->band < 0)
        return cchc__fail(CCHC_ENOTFOUND, "no band of scheme \"%s\" holds the index of %s",
                          ev->scheme_id, ev->unit_id);
    *out_index = (size_t)ev->band;
    return CCHC_OK;
}

const char *cchc_evaluation_band_label(const cchc_evaluation *ev)
{
    if (!ev || ev->band < 0)
        return "";
    return ((cchc__band *)g_ptr_array_index(ev->bands, (guint)ev->band))->label;
}

size_t cchc_evaluation_band_count(const cchc_evaluation *ev) { return ev ? ev->bands->len : 0; }

const char *cchc_evaluation_band_label_at(const cchc_evaluation *ev, size_t index)
{
    if (!ev || index >= ev->bands->len)
        return NULL;
    return ((cchc__band *)g_ptr_array_index(ev->bands, (guint)index))->label;
}

int cchc_evaluation_band_for(size_t *out_index, const cchc_evaluation *ev, double percent)
{
    CCHC__CHECK_ARG(out_index);
    CCHC__CHECK_ARG(ev);
    if (isnan(percent))
        return cchc__fail(CCHC_EINVAL, "cchc_evaluation_band_for: the index is NaN");
    int i = cchc__band_find(ev->bands, percent);
    if (i < 0)
        return cchc__fail(CCHC_ENOTFOUND, "no band of scheme \"%s\" holds %g %%", ev->scheme_id,
                          percent);
    *out_index = (size_t)i;
    return CCHC_OK;
}

static const cchc__component_total *component_at(const cchc_evaluation *ev, size_t i)
{
    return ev && i < ev->components->len ? g_ptr_array_index(ev->components, (guint)i) : NULL;
}

size_t cchc_evaluation_component_count(const cchc_evaluation *ev) { return ev ? ev->components->len : 0; }

const char *cchc_evaluation_component_id(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->id : NULL;
}

const char *cchc_evaluation_component_label(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->label : NULL;
}

double cchc_evaluation_component_points(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->points : 0;
}

double cchc_evaluation_component_maximum(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->max : 0;
}

double cchc_evaluation_component_nominal_maximum(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->nominal_max : 0;
}

double cchc_evaluation_component_index(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->index : 0;
}

int cchc_evaluation_component_is_missing(const cchc_evaluation *ev, size_t i)
{
    const cchc__component_total *c = component_at(ev, i);
    return c ? c->missing : 0;
}

size_t cchc_evaluation_node_count(const cchc_evaluation *ev) { return ev ? ev->nodes->len : 0; }

const cchc_node_score *cchc_evaluation_node_at(const cchc_evaluation *ev, size_t index)
{
    if (!ev || index >= ev->nodes->len)
        return NULL;
    return g_ptr_array_index(ev->nodes, (guint)index);
}

const cchc_node_score *cchc_evaluation_find_node(const cchc_evaluation *ev, const char *code)
{
    if (!ev || !code)
        return NULL;
    return g_hash_table_lookup(ev->by_code, code);
}

size_t cchc_evaluation_area_count(const cchc_evaluation *ev) { return ev ? ev->roots->len : 0; }

const cchc_node_score *cchc_evaluation_area_at(const cchc_evaluation *ev, size_t index)
{
    if (!ev || index >= ev->roots->len)
        return NULL;
    return g_ptr_array_index(ev->nodes, g_array_index(ev->roots, guint, index));
}

const char *cchc_node_score_code(const cchc_node_score *s) { return s ? s->code : ""; }
const char *cchc_node_score_label(const cchc_node_score *s) { return s ? s->label : ""; }
int cchc_node_score_depth(const cchc_node_score *s) { return s ? s->depth : 0; }
int cchc_node_score_is_leaf(const cchc_node_score *s) { return s ? s->leaf : 0; }
double cchc_node_score_nominal_maximum(const cchc_node_score *s) { return s ? s->nominal_max : 0; }
double cchc_node_score_maximum(const cchc_node_score *s) { return s ? s->max : 0; }
double cchc_node_score_self(const cchc_node_score *s) { return s ? s->self : 0; }
double cchc_node_score_appraised(const cchc_node_score *s) { return s ? s->appraised : 0; }
double cchc_node_score_final(const cchc_node_score *s) { return s ? s->final : 0; }
double cchc_node_score_index(const cchc_node_score *s) { return s ? s->index : 0; }
double cchc_node_score_self_index(const cchc_node_score *s) { return s ? s->self_index : 0; }
int cchc_node_score_appraisal(const cchc_node_score *s) { return s ? s->appraisal : 0; }
int cchc_node_score_is_not_applicable(const cchc_node_score *s) { return s ? s->na : 0; }
int cchc_node_score_is_missing(const cchc_node_score *s) { return s ? s->missing : 0; }
int cchc_node_score_is_excluded(const cchc_node_score *s) { return s ? s->excluded : 0; }
int cchc_node_score_is_rescaled(const cchc_node_score *s) { return s ? s->rescaled : 0; }
const char *cchc_node_score_reason(const cchc_node_score *s) { return s && s->reason ? s->reason : ""; }

int cchc_node_score_band(size_t *out_index, const cchc_node_score *s)
{
    CCHC__CHECK_ARG(out_index);
    CCHC__CHECK_ARG(s);
    if (s->band < 0)
        return cchc__fail(CCHC_ENOTFOUND, "node %s has no band (%s)", s->code,
                          s->excluded ? "nothing below it counts" : "no band holds its index");
    *out_index = (size_t)s->band;
    return CCHC_OK;
}

/* ---- rounding for display ------------------------------------------------- */

/*
 * The shortest decimal of @value that reads back as @value, as a digit string
 * without a point and the power of ten of its first digit: 57.665 → "57665", 1.
 */
static void shortest_digits(double value, char *digits, size_t size, int *exponent)
{
    char buf[64];
    for (int precision = 0; precision <= 16; precision++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%de", precision);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
            break;
    }
    /* buf is "d.ddde±x" */
    size_t n = 0;
    const char *p = buf;
    for (; *p && *p != 'e' && *p != 'E'; p++)
        if (g_ascii_isdigit(*p) && n + 1 < size)
            digits[n++] = *p;
    digits[n] = '\0';
    *exponent = *p ? atoi(p + 1) : 0;
}

/* |@value| rounded half up to a whole number of hundredths, as decimal digits. */
static char *hundredths(double magnitude)
{
    char digits[32];
    int exponent = 0;
    shortest_digits(magnitude, digits, sizeof digits, &exponent);
    /* the digit at 10^-2 has index exponent + 2 in @digits */
    int keep = exponent + 3; /* digits up to and including 10^-2 */
    GString *s = g_string_new(NULL);
    int len = (int)strlen(digits);
    if (keep <= 0) {
        /* below 0.005 unless the rounding digit (10^-3) is the first one */
        gboolean up = keep == 0 && digits[0] >= '5';
        g_string_append(s, up ? "1" : "0");
        return g_string_free(s, FALSE);
    }
    for (int i = 0; i < keep; i++)
        g_string_append_c(s, i < len ? digits[i] : '0');
    if (keep < len && digits[keep] >= '5') {
        /* add one hundredth: carry through the digits */
        int i = (int)s->len - 1;
        for (; i >= 0; i--) {
            if (s->str[i] == '9') {
                s->str[i] = '0';
            } else {
                s->str[i]++;
                break;
            }
        }
        if (i < 0)
            g_string_prepend_c(s, '1');
    }
    return g_string_free(s, FALSE);
}

/* "57.67" (or with a comma) from a value; NULL for NaN and infinities. */
static char *format_points(double value, char point)
{
    if (!isfinite(value))
        return NULL;
    g_autofree char *h = hundredths(fabs(value));
    size_t len = strlen(h);
    GString *s = g_string_new(NULL);
    gboolean zero = strspn(h, "0") == len;
    if (value < 0 && !zero)
        g_string_append_c(s, '-');
    if (len <= 2) {
        g_string_append(s, "0");
        g_string_append_c(s, point);
        if (len == 1)
            g_string_append_c(s, '0');
        g_string_append(s, h);
    } else {
        g_string_append_len(s, h, (gssize)(len - 2));
        g_string_append_c(s, point);
        g_string_append(s, h + len - 2);
    }
    return g_string_free(s, FALSE);
}

double cchc_points_round(double value)
{
    if (!isfinite(value))
        return value;
    g_autofree char *text = format_points(value, '.');
    double rounded = g_ascii_strtod(text, NULL);
    return rounded == 0.0 ? 0.0 : rounded;
}

int cchc_points_format(char **out, double value, int decimal_comma)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    if (!isfinite(value))
        return cchc__fail(CCHC_ERANGE, "cchc_points_format: the value is not a finite number");
    *out = format_points(value, decimal_comma ? ',' : '.');
    return CCHC_OK;
}
