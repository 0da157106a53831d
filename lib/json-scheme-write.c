/*
 * libcchc — saving a scheme in the JSON scheme format ("cchc-scheme",
 * version 1). Keys in the order of docs/file-formats.md; nodes nested, in
 * code order; defaults (false flags, empty text, unset outcome points) left
 * out, so that a load → save of a saved file gives the same bytes.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"
#include "score-internal.h"

static void write_rule(cchc__json_writer *w, const cchc_rule *rule)
{
    cchc__jw_begin_object(w, "rule");
    cchc__jw_string(w, "kind", cchc_rule_kind_name(rule->kind));
    if (rule->source != CCHC_SOURCE_TYPED)
        cchc__jw_string(w, "source", cchc_rule_source_name(rule->source));
    cchc__jw_string_opt(w, "wording", rule->wording);
    gboolean any = FALSE;
    for (int o = 1; o < CCHC__OUTCOME_COUNT; o++)
        any |= rule->outcome_set[o];
    if (any) {
        cchc__jw_begin_object(w, "points");
        for (int o = 1; o < CCHC__OUTCOME_COUNT; o++)
            if (rule->outcome_set[o])
                cchc__jw_number(w, cchc_rule_outcome_name(o), rule->outcome[o]);
        cchc__jw_end_object(w);
    }
    cchc__jw_string_opt(w, "deadline", rule->deadline);
    if (rule->step > 0)
        cchc__jw_number(w, "step", rule->step);
    if (rule->bands->len > 0) {
        cchc__jw_begin_array(w, "bands");
        for (guint i = 0; i < rule->bands->len; i++) {
            const cchc__rate_band *b = &g_array_index(rule->bands, cchc__rate_band, i);
            cchc__jw_begin_object(w, NULL);
            cchc__jw_number(w, "lower", b->lower);
            cchc__jw_bool(w, "lower_inclusive", b->lower_inclusive);
            cchc__jw_number(w, "upper", b->upper);
            cchc__jw_bool(w, "upper_inclusive", b->upper_inclusive);
            cchc__jw_number(w, "points", b->points);
            cchc__jw_end_object(w);
        }
        cchc__jw_end_array(w);
    }
    if (rule->floor > 0)
        cchc__jw_number(w, "floor", rule->floor);
    if (rule->has_cap)
        cchc__jw_number(w, "cap", rule->cap);
    if (rule->levels->len > 0) {
        cchc__jw_begin_array(w, "levels");
        for (guint i = rule->levels->len; i-- > 0;) {
            const cchc__level *l = &g_array_index(rule->levels, cchc__level, i);
            cchc__jw_begin_object(w, NULL);
            cchc__jw_int(w, "min_count", (gint64)l->min_count);
            cchc__jw_number(w, "points", l->points);
            cchc__jw_end_object(w);
        }
        cchc__jw_end_array(w);
    }
    if (rule->per_event > 0)
        cchc__jw_number(w, "per_event", rule->per_event);
    if (rule->options->len > 0) {
        cchc__jw_begin_array(w, "options");
        for (guint i = 0; i < rule->options->len; i++) {
            const cchc__option *o = g_ptr_array_index(rule->options, i);
            cchc__jw_begin_object(w, NULL);
            cchc__jw_string(w, "id", o->id);
            cchc__jw_string_opt(w, "label", o->label);
            cchc__jw_number(w, "weight", o->weight);
            cchc__jw_end_object(w);
        }
        cchc__jw_end_array(w);
    }
    cchc__jw_end_object(w);
}

/* Recursive over the node tree, whose depth the loader bounds (the JSON
 * nesting limit), so input cannot drive it deep. */
static void write_node(cchc__json_writer *w, const cchc_node *node) // NOLINT(misc-no-recursion)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string(w, "code", node->code);
    cchc__jw_string(w, "label", node->label);
    cchc__jw_string_opt(w, "label_en", node->label_en);
    cchc__jw_string_opt(w, "description", node->description);
    cchc__jw_number(w, "maximum", node->maximum);
    cchc__jw_string_opt(w, "component", node->component);
    if (node->evidence_required)
        cchc__jw_bool(w, "evidence_required", 1);
    if (node->may_be_na)
        cchc__jw_bool(w, "may_be_not_applicable", 1);
    if (node->rule)
        write_rule(w, node->rule);
    if (node->children->len > 0) {
        cchc__jw_begin_array(w, "children");
        for (guint i = 0; i < node->children->len; i++)
            write_node(w, g_ptr_array_index(node->children, i));
        cchc__jw_end_array(w);
    }
    cchc__jw_end_object(w);
}

static char *scheme_to_json(const cchc_scheme *scheme, size_t *size)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-scheme");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_string_opt(&w, "id", scheme->id);
    cchc__jw_string_opt(&w, "name", scheme->name);
    cchc__jw_string_opt(&w, "description", scheme->description);
    cchc__jw_string_opt(&w, "basis", scheme->basis);
    if (scheme->year)
        cchc__jw_int(&w, "year", scheme->year);
    if (scheme->unit_kinds->len > 0) {
        cchc__jw_begin_array(&w, "unit_kinds");
        for (guint i = 0; i < scheme->unit_kinds->len; i++)
            cchc__jw_string(&w, NULL, g_ptr_array_index(scheme->unit_kinds, i));
        cchc__jw_end_array(&w);
    }
    if (scheme->components->len > 0) {
        cchc__jw_begin_array(&w, "components");
        for (guint i = 0; i < scheme->components->len; i++) {
            const cchc_component *c = g_ptr_array_index(scheme->components, i);
            cchc__jw_begin_object(&w, NULL);
            cchc__jw_string(&w, "id", c->id);
            cchc__jw_string_opt(&w, "label", c->label);
            cchc__jw_number(&w, "maximum", c->maximum);
            if (c->optional)
                cchc__jw_bool(&w, "optional", 1);
            cchc__jw_end_object(&w);
        }
        cchc__jw_end_array(&w);
    }
    if (scheme->bands->len > 0) {
        cchc__jw_begin_array(&w, "bands");
        for (guint i = 0; i < scheme->bands->len; i++) {
            const cchc__band *b = g_ptr_array_index(scheme->bands, i);
            cchc__jw_begin_object(&w, NULL);
            cchc__jw_string(&w, "label", b->label);
            cchc__jw_number(&w, "lower", b->lower);
            cchc__jw_bool(&w, "inclusive", b->inclusive);
            cchc__jw_end_object(&w);
        }
        cchc__jw_end_array(&w);
    }
    gboolean any_root = FALSE;
    for (guint i = 0; i < scheme->nodes->len && !any_root; i++)
        any_root = ((cchc_node *)g_ptr_array_index(scheme->nodes, i))->parent == NULL;
    if (any_root) {
        cchc__jw_begin_array(&w, "nodes");
        for (guint i = 0; i < scheme->nodes->len; i++) {
            const cchc_node *n = g_ptr_array_index(scheme->nodes, i);
            if (!n->parent)
                write_node(&w, n);
        }
        cchc__jw_end_array(&w);
    }
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}

int cchc_scheme_save_data(char **out, size_t *out_size, const cchc_scheme *scheme)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(scheme);
    size_t size = 0;
    *out = scheme_to_json(scheme, &size);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}

int cchc_scheme_save_file(const cchc_scheme *scheme, const char *path)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(path);
    size_t size = 0;
    g_autofree char *data = scheme_to_json(scheme, &size);
    return cchc__write_file_atomic(path, data, size);
}
