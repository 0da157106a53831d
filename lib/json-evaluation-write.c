/*
 * libcchc — evaluations and their explanations as JSON documents
 * ("cchc-evaluation" and "cchc-explanation", version 1). Numbers are
 * unrounded; a reader rounds them for display with cchc_points_round().
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"
#include "score-internal.h"

static const char *appraisal_name(int state)
{
    switch (state) {
    case CCHC_APPRAISAL_COMPLETE: return "complete";
    case CCHC_APPRAISAL_PARTIAL: return "partial";
    default: return "none";
    }
}

static const char *band_label(const cchc_evaluation *ev, int band)
{
    return band >= 0 ? ((cchc__band *)g_ptr_array_index(ev->bands, (guint)band))->label : NULL;
}

static void write_band(cchc__json_writer *w, const cchc_evaluation *ev, int band)
{
    const char *label = band_label(ev, band);
    if (label)
        cchc__jw_string(w, "band", label);
    else
        cchc__jw_null(w, "band");
}

static void write_head(cchc__json_writer *w, const cchc_evaluation *ev, const char *format)
{
    cchc__jw_string(w, "format", format);
    cchc__jw_int(w, "version", 1);
    cchc__jw_begin_object(w, "unit");
    cchc__jw_string(w, "id", ev->unit_id);
    cchc__jw_string(w, "name", ev->unit_name);
    cchc__jw_string(w, "kind", ev->unit_kind);
    cchc__jw_end_object(w);
    cchc__jw_begin_object(w, "scheme");
    cchc__jw_string(w, "id", ev->scheme_id);
    cchc__jw_string(w, "name", ev->scheme_name);
    cchc__jw_end_object(w);
    if (ev->year)
        cchc__jw_int(w, "year", ev->year);
}

static void write_totals(cchc__json_writer *w, const cchc_evaluation *ev)
{
    cchc__jw_begin_object(w, "total");
    cchc__jw_number(w, "points", ev->total);
    cchc__jw_number(w, "self", ev->self_total);
    cchc__jw_number(w, "maximum", ev->max);
    cchc__jw_number(w, "nominal_maximum", ev->nominal_max);
    cchc__jw_number(w, "index", ev->index);
    cchc__jw_number(w, "self_index", ev->self_index);
    cchc__jw_number(w, "scaled_points", ev->scaled_total);
    cchc__jw_bool(w, "rescaled", ev->rescaled);
    cchc__jw_string(w, "appraisal_state", appraisal_name(ev->appraisal));
    write_band(w, ev, ev->band);
    cchc__jw_end_object(w);
    cchc__jw_begin_array(w, "components");
    for (guint i = 0; i < ev->components->len; i++) {
        const cchc__component_total *c = g_ptr_array_index(ev->components, i);
        cchc__jw_begin_object(w, NULL);
        cchc__jw_string(w, "id", c->id);
        cchc__jw_string_opt(w, "label", c->label);
        cchc__jw_number(w, "points", c->points);
        cchc__jw_number(w, "maximum", c->max);
        cchc__jw_number(w, "nominal_maximum", c->nominal_max);
        cchc__jw_number(w, "index", c->index);
        cchc__jw_bool(w, "missing", c->missing);
        cchc__jw_end_object(w);
    }
    cchc__jw_end_array(w);
}

static void write_figures(cchc__json_writer *w, const cchc_evaluation *ev,
                          const cchc_node_score *n)
{
    cchc__jw_string(w, "code", n->code);
    cchc__jw_string(w, "label", n->label);
    cchc__jw_int(w, "depth", n->depth);
    cchc__jw_bool(w, "leaf", n->leaf);
    cchc__jw_string_opt(w, "component", n->component);
    cchc__jw_number(w, "nominal_maximum", n->nominal_max);
    cchc__jw_number(w, "maximum", n->max);
    cchc__jw_number(w, "self", n->self);
    cchc__jw_number(w, "appraised", n->appraised);
    cchc__jw_number(w, "final", n->final);
    if (n->excluded)
        cchc__jw_null(w, "index");
    else
        cchc__jw_number(w, "index", n->index);
    cchc__jw_string(w, "appraisal_state", appraisal_name(n->appraisal));
    cchc__jw_bool(w, "not_applicable", n->na);
    cchc__jw_bool(w, "missing", n->missing);
    cchc__jw_bool(w, "excluded", n->excluded);
    cchc__jw_bool(w, "rescaled", n->rescaled);
    write_band(w, ev, n->band);
}

static char *evaluation_to_json(const cchc_evaluation *ev, size_t *size)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    write_head(&w, ev, "cchc-evaluation");
    write_totals(&w, ev);
    cchc__jw_begin_array(&w, "nodes");
    for (guint i = 0; i < ev->nodes->len; i++) {
        cchc__jw_begin_object(&w, NULL);
        write_figures(&w, ev, g_ptr_array_index(ev->nodes, i));
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}

int cchc_evaluation_save_data(char **out, size_t *out_size, const cchc_evaluation *evaluation)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(evaluation);
    size_t size = 0;
    *out = evaluation_to_json(evaluation, &size);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}

/* ---- explanations ---------------------------------------------------------- */

static void write_trace(cchc__json_writer *w, const cchc_evaluation *ev,
                        const cchc_node_score *n)
{
    if (!n->leaf) {
        cchc__jw_begin_array(w, "children");
        for (guint i = 0; i < n->children->len; i++) {
            const cchc_node_score *c =
                g_ptr_array_index(ev->nodes, g_array_index(n->children, guint, i));
            cchc__jw_string(w, NULL, c->code);
        }
        cchc__jw_end_array(w);
        if (n->na)
            cchc__jw_string(w, "not_applicable_as", n->na_code);
        return;
    }
    cchc__jw_begin_object(w, "rule");
    cchc__jw_string(w, "kind", cchc_rule_kind_name(n->rule_kind));
    cchc__jw_string(w, "source", cchc_rule_source_name(n->rule_source));
    cchc__jw_string(w, "description", n->rule_text);
    cchc__jw_string_opt(w, "wording", n->rule_wording);
    cchc__jw_end_object(w);
    if (n->na) {
        cchc__jw_string(w, "not_applicable_as", n->na_code);
        cchc__jw_string(w, "not_applicable_reason", n->na_reason);
        cchc__jw_string(w, "reason", n->reason);
        return;
    }
    cchc__jw_string(w, "input_source", n->input_source);
    cchc__jw_begin_object(w, "input");
    for (guint i = 0; i < n->facts->len; i++) {
        const cchc__fact *f = g_ptr_array_index(n->facts, i);
        if (f->text)
            cchc__jw_string(w, f->name, f->text);
        else
            cchc__jw_number(w, f->name, f->number);
    }
    cchc__jw_end_object(w);
    cchc__jw_string(w, "reason", n->reason);
    if (n->deductions->len > 0) {
        cchc__jw_begin_array(w, "deduction_events");
        for (guint i = 0; i < n->deductions->len; i++)
            cchc__jw_string(w, NULL, g_ptr_array_index(n->deductions, i));
        cchc__jw_end_array(w);
    }
    cchc__jw_string_opt(w, "explanation", n->explanation);
    cchc__jw_begin_array(w, "evidence");
    for (guint i = 0; i < n->evidence->len; i++)
        cchc__jw_string(w, NULL, g_ptr_array_index(n->evidence, i));
    cchc__jw_end_array(w);
    if (n->has_appraisal) {
        cchc__jw_begin_object(w, "appraisal");
        cchc__jw_number(w, "points", n->appraisal_points);
        cchc__jw_string(w, "reason", n->appraisal_reason);
        cchc__jw_end_object(w);
    } else {
        cchc__jw_null(w, "appraisal");
    }
}

int cchc_explain_json(char **out, size_t *out_size, const cchc_evaluation *evaluation,
                      const char *code)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(evaluation);
    if (code) {
        int rc = cchc__check_text(code, "cchc_explain_json: code");
        if (rc)
            return rc;
    }
    const GPtrArray *nodes = evaluation->nodes;
    guint first = 0, end = nodes->len;
    if (code) {
        const cchc_node_score *n = g_hash_table_lookup(evaluation->by_code, code);
        if (!n)
            return cchc__fail(CCHC_ENOTFOUND, "scheme \"%s\" has no node %s",
                              evaluation->scheme_id, code);
        while (g_ptr_array_index(nodes, first) != n)
            first++;
        end = first + 1;
        while (end < nodes->len &&
               ((cchc_node_score *)g_ptr_array_index(nodes, end))->depth > n->depth)
            end++;
    }
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    write_head(&w, evaluation, "cchc-explanation");
    if (code)
        cchc__jw_string(&w, "node", code);
    else
        cchc__jw_null(&w, "node");
    write_totals(&w, evaluation);
    cchc__jw_begin_array(&w, "nodes");
    for (guint i = first; i < end; i++) {
        const cchc_node_score *n = g_ptr_array_index(nodes, i);
        cchc__jw_begin_object(&w, NULL);
        write_figures(&w, evaluation, n);
        write_trace(&w, evaluation, n);
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    size_t size = 0;
    *out = cchc__jw_finish(&w, &size);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}
