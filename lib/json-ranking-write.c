/*
 * libcchc — scores, rankings and comparisons as JSON documents ("format":
 * "cchc-scores", "cchc-ranking", "cchc-comparison", version 1;
 * docs/ranking.md, "Outputs"). Written with the deterministic writer of
 * json-write.c; every number unrounded, as computed.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"
#include "ranking-internal.h"

#include <string.h>

/* A string member, or null when empty. */
static void string_or_null(cchc__json_writer *w, const char *key, const char *value)
{
    if (value && *value)
        cchc__jw_string(w, key, value);
    else
        cchc__jw_null(w, key);
}

static void year_member(cchc__json_writer *w, const char *key, int year)
{
    if (year)
        cchc__jw_int(w, key, year);
    else
        cchc__jw_null(w, key);
}

static const char *appraisal_name(int state)
{
    switch (state) {
    case CCHC_APPRAISAL_COMPLETE: return "complete";
    case CCHC_APPRAISAL_PARTIAL: return "partial";
    default: return "none";
    }
}

/* ---- scores ---------------------------------------------------------------- */

/* The band of a node, or NULL; the caller's last error is left alone. */
static const char *node_band(const cchc_evaluation *ev, const cchc_node_score *s)
{
    size_t band = 0;
    if (cchc_node_score_is_excluded(s) || cchc_evaluation_band_count(ev) == 0)
        return NULL;
    int code = cchc_last_error_code();
    char *message = g_strdup(cchc_last_error_message());
    int rc = cchc_node_score_band(&band, s);
    if (rc != CCHC_OK) {
        if (code != CCHC_OK)
            cchc__fail(code, "%s", message);
        else
            cchc_clear_error();
    }
    g_free(message);
    return rc == CCHC_OK ? cchc_evaluation_band_label_at(ev, band) : NULL;
}

static void write_unit_scores(cchc__json_writer *w, const cchc_evaluation *ev)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string(w, "unit_id", cchc_evaluation_unit_id(ev));
    cchc__jw_string(w, "unit_name", cchc_evaluation_unit_name(ev));
    cchc__jw_string(w, "unit_kind", cchc_evaluation_unit_kind(ev));
    year_member(w, "year", cchc_evaluation_year(ev));
    cchc__jw_number(w, "self_total", cchc_evaluation_self_total(ev));
    cchc__jw_number(w, "total", cchc_evaluation_total(ev));
    cchc__jw_number(w, "maximum", cchc_evaluation_maximum(ev));
    cchc__jw_number(w, "nominal_maximum", cchc_evaluation_nominal_maximum(ev));
    cchc__jw_number(w, "index", cchc_evaluation_index(ev));
    cchc__jw_number(w, "self_index", cchc_evaluation_self_index(ev));
    cchc__jw_number(w, "scaled_total", cchc_evaluation_scaled_total(ev));
    cchc__jw_bool(w, "rescaled", cchc_evaluation_is_rescaled(ev));
    cchc__jw_string(w, "appraisal", appraisal_name(cchc_evaluation_appraisal(ev)));
    string_or_null(w, "band", cchc_evaluation_band_label(ev));

    cchc__jw_begin_array(w, "components");
    for (size_t c = 0; c < cchc_evaluation_component_count(ev); c++) {
        int missing = cchc_evaluation_component_is_missing(ev, c);
        cchc__jw_begin_object(w, NULL);
        cchc__jw_string(w, "id", cchc_evaluation_component_id(ev, c));
        cchc__jw_string(w, "label", cchc_evaluation_component_label(ev, c));
        cchc__jw_number(w, "points", cchc_evaluation_component_points(ev, c));
        cchc__jw_number(w, "maximum", cchc_evaluation_component_maximum(ev, c));
        cchc__jw_number(w, "nominal_maximum", cchc_evaluation_component_nominal_maximum(ev, c));
        if (missing)
            cchc__jw_null(w, "index");
        else
            cchc__jw_number(w, "index", cchc_evaluation_component_index(ev, c));
        cchc__jw_bool(w, "missing", missing);
        cchc__jw_end_object(w);
    }
    cchc__jw_end_array(w);

    cchc__jw_begin_array(w, "areas");
    for (size_t a = 0; a < cchc_evaluation_area_count(ev); a++) {
        const cchc_node_score *s = cchc_evaluation_area_at(ev, a);
        int excluded = cchc_node_score_is_excluded(s);
        cchc__jw_begin_object(w, NULL);
        cchc__jw_string(w, "code", cchc_node_score_code(s));
        cchc__jw_string(w, "label", cchc_node_score_label(s));
        cchc__jw_number(w, "nominal_maximum", cchc_node_score_nominal_maximum(s));
        cchc__jw_number(w, "maximum", cchc_node_score_maximum(s));
        cchc__jw_number(w, "self", cchc_node_score_self(s));
        if (cchc_node_score_appraisal(s) == CCHC_APPRAISAL_NONE)
            cchc__jw_null(w, "appraised");
        else
            cchc__jw_number(w, "appraised", cchc_node_score_appraised(s));
        cchc__jw_number(w, "final", cchc_node_score_final(s));
        if (excluded)
            cchc__jw_null(w, "index");
        else
            cchc__jw_number(w, "index", cchc_node_score_index(s));
        string_or_null(w, "band", node_band(ev, s));
        cchc__jw_string(w, "appraisal", appraisal_name(cchc_node_score_appraisal(s)));
        cchc__jw_bool(w, "not_applicable", cchc_node_score_is_not_applicable(s));
        cchc__jw_bool(w, "excluded", excluded);
        cchc__jw_bool(w, "rescaled", cchc_node_score_is_rescaled(s));
        cchc__jw_end_object(w);
    }
    cchc__jw_end_array(w);
    cchc__jw_end_object(w);
}

char *cchc__scores_json(const cchc_evaluation *const *evaluations, size_t count)
{
    const cchc_evaluation *first = evaluations[0];
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-scores");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_begin_object(&w, "scheme");
    cchc__jw_string(&w, "id", cchc_evaluation_scheme_id(first));
    cchc__jw_string(&w, "name", cchc_evaluation_scheme_name(first));
    cchc__jw_begin_array(&w, "bands");
    for (size_t b = 0; b < cchc_evaluation_band_count(first); b++)
        cchc__jw_string(&w, NULL, cchc_evaluation_band_label_at(first, b));
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    cchc__jw_begin_array(&w, "units");
    for (size_t i = 0; i < count; i++)
        write_unit_scores(&w, evaluations[i]);
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, NULL);
}

/* ---- a ranking ------------------------------------------------------------- */

char *cchc__ranking_json(const cchc_ranking *r)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-ranking");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_begin_object(&w, "scheme");
    cchc__jw_string(&w, "id", cchc_ranking_scheme_id(r));
    cchc__jw_string(&w, "name", cchc_ranking_scheme_name(r));
    cchc__jw_end_object(&w);
    year_member(&w, "year", cchc_ranking_year(r));
    cchc__jw_string(&w, "ties", cchc_tie_policy_name(cchc_ranking_ties(r)));
    cchc__jw_string(&w, "group_by", cchc__group_by_name(cchc_ranking_group_by(r)));
    cchc__jw_begin_array(&w, "areas");
    for (size_t a = 0; a < cchc_ranking_area_count(r); a++) {
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "code", cchc_ranking_area_code(r, a));
        cchc__jw_string(&w, "label", cchc_ranking_area_label(r, a));
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_begin_array(&w, "groups");
    for (size_t g = 0; g < cchc_ranking_group_count(r); g++)
        cchc__jw_string(&w, NULL, cchc_ranking_group_at(r, g));
    cchc__jw_end_array(&w);
    cchc__jw_begin_array(&w, "entries");
    for (size_t i = 0; i < cchc_ranking_count(r); i++) {
        const cchc_rank_entry *e = cchc_ranking_at(r, i);
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "group", cchc_rank_entry_group(e));
        cchc__jw_int(&w, "rank", (gint64)cchc_rank_entry_rank(e));
        cchc__jw_bool(&w, "tied", cchc_rank_entry_is_tied(e));
        cchc__jw_string(&w, "unit_id", cchc_rank_entry_unit_id(e));
        cchc__jw_string(&w, "unit_name", cchc_rank_entry_unit_name(e));
        cchc__jw_string(&w, "unit_kind", cchc_rank_entry_unit_kind(e));
        cchc__jw_int(&w, "input_index", (gint64)cchc_rank_entry_input_index(e));
        cchc__jw_number(&w, "total", cchc_rank_entry_total(e));
        cchc__jw_number(&w, "maximum", cchc_rank_entry_maximum(e));
        cchc__jw_number(&w, "index", cchc_rank_entry_index(e));
        string_or_null(&w, "band", cchc_rank_entry_band(e));
        cchc__jw_begin_array(&w, "areas");
        for (size_t a = 0; a < cchc_rank_entry_area_count(e); a++) {
            size_t rank = cchc_rank_entry_area_rank(e, a);
            cchc__jw_begin_object(&w, NULL);
            cchc__jw_string(&w, "code", cchc_rank_entry_area_code(e, a));
            if (rank) {
                cchc__jw_number(&w, "index", cchc_rank_entry_area_index(e, a));
                cchc__jw_int(&w, "rank", (gint64)rank);
            } else {
                cchc__jw_null(&w, "index");
                cchc__jw_null(&w, "rank");
            }
            string_or_null(&w, "band", cchc_rank_entry_area_band(e, a));
            cchc__jw_bool(&w, "excluded", rank == 0);
            cchc__jw_end_object(&w);
        }
        cchc__jw_end_array(&w);
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, NULL);
}

/* ---- a comparison ---------------------------------------------------------- */

/* {"index", "rank", "band"} of one side, or null when absent there. */
static void side(cchc__json_writer *w, const char *key, int present, double index, size_t rank,
                 const char *band)
{
    if (!present) {
        cchc__jw_null(w, key);
        return;
    }
    cchc__jw_begin_object(w, key);
    cchc__jw_number(w, "index", index);
    cchc__jw_int(w, "rank", (gint64)rank);
    string_or_null(w, "band", band);
    cchc__jw_end_object(w);
}

char *cchc__comparison_json(const cchc_comparison *c)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-comparison");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_begin_object(&w, "before");
    cchc__jw_string(&w, "scheme_id", cchc_comparison_before_scheme_id(c));
    year_member(&w, "year", cchc_comparison_before_year(c));
    cchc__jw_end_object(&w);
    cchc__jw_begin_object(&w, "after");
    cchc__jw_string(&w, "scheme_id", cchc_comparison_after_scheme_id(c));
    year_member(&w, "year", cchc_comparison_after_year(c));
    cchc__jw_end_object(&w);
    cchc__jw_begin_array(&w, "changes");
    for (size_t i = 0; i < cchc_comparison_count(c); i++) {
        const cchc_change *ch = cchc_comparison_at(c, i);
        int ib = cchc_change_in_before(ch), ia = cchc_change_in_after(ch);
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "unit_id", cchc_change_unit_id(ch));
        cchc__jw_string(&w, "unit_name", cchc_change_unit_name(ch));
        cchc__jw_bool(&w, "in_before", ib);
        cchc__jw_bool(&w, "in_after", ia);
        side(&w, "before", ib, cchc_change_index_before(ch), cchc_change_rank_before(ch),
             cchc_change_band_before(ch));
        side(&w, "after", ia, cchc_change_index_after(ch), cchc_change_rank_after(ch),
             cchc_change_band_after(ch));
        if (ib && ia) {
            cchc__jw_number(&w, "index_change", cchc_change_index_delta(ch));
            cchc__jw_int(&w, "rank_change", cchc_change_rank_delta(ch));
            cchc__jw_bool(&w, "band_changed", cchc_change_band_changed(ch));
        } else {
            cchc__jw_null(&w, "index_change");
            cchc__jw_null(&w, "rank_change");
            cchc__jw_null(&w, "band_changed");
        }
        cchc__jw_begin_array(&w, "areas");
        for (size_t a = 0; a < cchc_change_area_count(ch); a++) {
            size_t rb = cchc_change_area_rank_before(ch, a), ra = cchc_change_area_rank_after(ch, a);
            const char *bb = cchc_change_area_band_before(ch, a),
                       *ba = cchc_change_area_band_after(ch, a);
            cchc__jw_begin_object(&w, NULL);
            cchc__jw_string(&w, "code", cchc_change_area_code(ch, a));
            cchc__jw_string(&w, "label", cchc_change_area_label(ch, a));
            side(&w, "before", rb != 0, cchc_change_area_index_before(ch, a), rb, bb);
            side(&w, "after", ra != 0, cchc_change_area_index_after(ch, a), ra, ba);
            if (rb && ra) {
                cchc__jw_number(&w, "index_change", cchc_change_area_index_delta(ch, a));
                cchc__jw_int(&w, "rank_change", cchc_change_area_rank_delta(ch, a));
                cchc__jw_bool(&w, "band_changed", strcmp(bb, ba) != 0);
            } else {
                cchc__jw_null(&w, "index_change");
                cchc__jw_null(&w, "rank_change");
                cchc__jw_null(&w, "band_changed");
            }
            cchc__jw_end_object(&w);
        }
        cchc__jw_end_array(&w);
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, NULL);
}
