/*
 * libcchc — explaining an evaluation as text (analysis layer). The JSON form
 * is written by json-evaluation-write.c from the same evaluation.
 *
 * SPDX-License-Identifier: MIT
 */
#include "score-internal.h"

#include <string.h>

/* A figure as shown: two decimals by cchc_points_round(). */
static void fig(GString *s, double value)
{
    g_autofree char *t = NULL;
    if (cchc_points_format(&t, value, 0) == CCHC_OK)
        g_string_append(s, t);
    else
        g_string_append(s, "?");
}

static void indent(GString *s, int depth)
{
    for (int i = 0; i < depth; i++)
        g_string_append(s, "  ");
}

static const char *appraisal_name(int state)
{
    switch (state) {
    case CCHC_APPRAISAL_COMPLETE: return "appraised";
    case CCHC_APPRAISAL_PARTIAL: return "partly appraised";
    default: return "not yet appraised";
    }
}

static const char *band_label(const cchc_evaluation *ev, int band)
{
    return band >= 0 ? ((cchc__band *)g_ptr_array_index(ev->bands, (guint)band))->label : "";
}

/* "8.50 of 10.00 = 85.00 %" */
static void points_of(GString *s, double points, double max)
{
    fig(s, points);
    g_string_append(s, " of ");
    fig(s, max);
    g_string_append(s, " = ");
    fig(s, max > 0 ? points * 100.0 / max : 0);
    g_string_append(s, " %");
}

static void explain_leaf(GString *s, const cchc_evaluation *ev, const cchc_node_score *n, int d)
{
    (void)ev;
    indent(s, d);
    g_string_append_printf(s, "rule: %s\n", n->rule_text);
    if (*n->rule_wording) {
        indent(s, d);
        g_string_append_printf(s, "wording: \"%s\"\n", n->rule_wording);
    }
    if (n->na) {
        indent(s, d);
        g_string_append_printf(s, "%s: it leaves the maximum\n", n->reason);
        return;
    }
    if (n->facts->len > 0) {
        indent(s, d);
        g_string_append_printf(s, "input (%s):", n->input_source);
        for (guint i = 0; i < n->facts->len; i++) {
            const cchc__fact *f = g_ptr_array_index(n->facts, i);
            g_autofree char *num = f->text ? NULL : cchc__num(f->number);
            g_string_append_printf(s, "%s %s = %s", i ? "," : "", f->name, f->text ? f->text : num);
        }
        g_string_append_c(s, '\n');
    }
    for (guint i = 0; i < n->deductions->len; i++) {
        indent(s, d);
        g_string_append_printf(s, "deduction event: %s\n", (char *)g_ptr_array_index(n->deductions, i));
    }
    indent(s, d);
    if (n->missing) {
        g_string_append_printf(s, "missing: %s\n", n->reason);
        return;
    }
    g_string_append_printf(s, "%s: %s\n", n->appraisable ? "self-assessed" : "measured", n->reason);
    if (*n->explanation) {
        indent(s, d);
        g_string_append_printf(s, "explanation: %s\n", n->explanation);
    }
    for (guint i = 0; i < n->evidence->len; i++) {
        indent(s, d);
        g_string_append_printf(s, "evidence: %s\n", (char *)g_ptr_array_index(n->evidence, i));
    }
    indent(s, d);
    if (n->has_appraisal) {
        g_string_append(s, "appraised: ");
        fig(s, n->appraisal_points);
        if (*n->appraisal_reason)
            g_string_append_printf(s, " (%s)", n->appraisal_reason);
        else if (n->appraisal_points == n->self)
            g_string_append(s, " (accepted as self-assessed)");
        g_string_append_c(s, '\n');
    } else if (n->appraisable) {
        g_string_append(s, "not yet appraised: the self-assessed points stand\n");
    } else {
        g_string_append(s, "measured from the survey or the plan: no appraisal needed\n");
    }
}

static void explain_parent(GString *s, const cchc_evaluation *ev, const cchc_node_score *n,
                           int d)
{
    if (n->na) {
        indent(s, d);
        if (g_strcmp0(n->na_code, n->code) == 0)
            g_string_append_printf(s, "not applicable%s%s: it leaves the maximum\n",
                                   *n->na_reason ? ": " : "", n->na_reason);
        else
            g_string_append_printf(s, "not applicable (as %s): it leaves the maximum\n",
                                   n->na_code);
        return;
    }
    indent(s, d);
    g_string_append(s, "sum of ");
    gboolean first = TRUE;
    for (guint i = 0; i < n->children->len; i++) {
        const cchc_node_score *c =
            g_ptr_array_index(ev->nodes, g_array_index(n->children, guint, i));
        if (c->excluded)
            continue;
        g_string_append_printf(s, "%s%s ", first ? "" : " + ", c->code);
        fig(s, c->final);
        first = FALSE;
    }
    if (first)
        g_string_append(s, "nothing");
    g_string_append(s, " = ");
    fig(s, n->final);
    g_string_append_c(s, '\n');
    if (n->rescaled && !n->excluded) {
        indent(s, d);
        g_string_append(s, "rescaled: the maximum ");
        fig(s, n->nominal_max);
        g_string_append(s, " less");
        for (guint i = 0; i < n->children->len; i++) {
            const cchc_node_score *c =
                g_ptr_array_index(ev->nodes, g_array_index(n->children, guint, i));
            double left = c->nominal_max - c->max;
            if (left <= 0)
                continue;
            g_string_append_printf(s, " %s ", c->code);
            fig(s, left);
            g_string_append(s, c->na ? " (not applicable)" : c->missing ? " (missing)" : "");
        }
        g_string_append(s, " is ");
        fig(s, n->max);
        g_string_append(s, "; index = ");
        fig(s, n->final);
        g_string_append(s, " ÷ ");
        fig(s, n->max);
        g_string_append(s, " × 100 = ");
        fig(s, n->index);
        g_string_append(s, " %\n");
    }
}

static void explain_node(GString *s, const cchc_evaluation *ev, const cchc_node_score *n,
                         int base_depth)
{
    int d = n->depth - base_depth;
    indent(s, d);
    g_string_append_printf(s, "%s %s: ", n->code, n->label);
    if (n->excluded) {
        g_string_append(s, "counts for nothing (maximum ");
        fig(s, n->nominal_max);
        g_string_append(s, n->na ? ", not applicable)\n" : ", missing)\n");
    } else {
        points_of(s, n->final, n->max);
        if (n->rescaled) {
            g_string_append(s, " (maximum ");
            fig(s, n->nominal_max);
            g_string_append(s, " rescaled)");
        }
        if (!n->leaf || n->has_appraisal || n->self != n->final) {
            g_string_append(s, "; self-assessed ");
            fig(s, n->self);
        }
        g_string_append_printf(s, "; %s\n", n->measured && !(n->leaf && n->has_appraisal)
                                                 ? "measured"
                                                 : appraisal_name(n->appraisal));
    }
    if (n->leaf)
        explain_leaf(s, ev, n, d + 1);
    else
        explain_parent(s, ev, n, d + 1);
}

static void explain_whole(GString *s, const cchc_evaluation *ev)
{
    g_string_append(s, *ev->unit_name ? ev->unit_name : "(unnamed unit)");
    if (*ev->unit_id || *ev->unit_kind)
        g_string_append_printf(s, " (%s%s%s)", ev->unit_id,
                               *ev->unit_id && *ev->unit_kind ? ", " : "", ev->unit_kind);
    g_string_append_printf(s, " — scheme \"%s\"", ev->scheme_id);
    if (ev->year)
        g_string_append_printf(s, ", %d", ev->year);
    g_string_append(s, "\ntotal: ");
    points_of(s, ev->total, ev->max);
    if (ev->bands->len)
        g_string_append_printf(s, "; band \"%s\"", band_label(ev, ev->band));
    g_string_append_printf(s, "; %s\n", appraisal_name(ev->appraisal));
    g_string_append(s, "self-assessed: ");
    points_of(s, ev->self_total, ev->max);
    g_string_append_c(s, '\n');
    for (guint i = 0; i < ev->components->len; i++) {
        const cchc__component_total *c = g_ptr_array_index(ev->components, i);
        g_string_append_printf(s, "component %s", c->id);
        if (*c->label)
            g_string_append_printf(s, " (%s)", c->label);
        g_string_append(s, ": ");
        if (c->max > 0)
            points_of(s, c->points, c->max);
        else
            g_string_append(s, "counts for nothing");
        if (c->missing)
            g_string_append(s, "; missing: it leaves the maximum");
        else if (c->max != c->nominal_max) {
            g_string_append(s, " (maximum ");
            fig(s, c->nominal_max);
            g_string_append(s, " rescaled)");
        }
        g_string_append_c(s, '\n');
    }
    if (ev->rescaled) {
        g_string_append(s, "rescaled: the maximum ");
        fig(s, ev->nominal_max);
        g_string_append(s, " shrinks to ");
        fig(s, ev->max);
        g_string_append(s, " (not-applicable or missing parts); index = ");
        fig(s, ev->total);
        g_string_append(s, " ÷ ");
        fig(s, ev->max);
        g_string_append(s, " × 100 = ");
        fig(s, ev->index);
        g_string_append(s, " %; on the full scale ");
        fig(s, ev->scaled_total);
        g_string_append(s, " of ");
        fig(s, ev->nominal_max);
        g_string_append_c(s, '\n');
    }
    g_string_append(s, "areas: sum of");
    for (guint i = 0; i < ev->roots->len; i++) {
        const cchc_node_score *a = g_ptr_array_index(ev->nodes, g_array_index(ev->roots, guint, i));
        g_string_append_printf(s, "%s %s ", i ? " +" : "", a->code);
        fig(s, a->final);
    }
    g_string_append(s, " = ");
    fig(s, ev->total);
    g_string_append(s, " (figures rounded for display; the total is summed unrounded)\n");
}

int cchc_explain_text(char **out, const cchc_evaluation *evaluation, const char *code)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(evaluation);
    if (code) {
        int rc = cchc__check_text(code, "cchc_explain_text: code");
        if (rc)
            return rc;
    }
    GString *s = g_string_new(NULL);
    guint first = 0, end = evaluation->nodes->len;
    int base = 1;
    if (code) {
        const cchc_node_score *n = g_hash_table_lookup(evaluation->by_code, code);
        if (!n) {
            g_string_free(s, TRUE);
            return cchc__fail(CCHC_ENOTFOUND, "scheme \"%s\" has no node %s",
                              evaluation->scheme_id, code);
        }
        while (g_ptr_array_index(evaluation->nodes, first) != n)
            first++;
        end = first + 1;
        while (end < evaluation->nodes->len &&
               ((cchc_node_score *)g_ptr_array_index(evaluation->nodes, end))->depth > n->depth)
            end++;
        base = n->depth;
    } else {
        explain_whole(s, evaluation);
    }
    for (guint i = first; i < end; i++)
        explain_node(s, evaluation, g_ptr_array_index(evaluation->nodes, i), base);
    *out = g_string_free(s, FALSE);
    return CCHC_OK;
}
