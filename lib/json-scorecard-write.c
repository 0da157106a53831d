/*
 * libcchc — saving a scorecard in the JSON scorecard format
 * ("cchc-scorecard", version 1). Entries in code order, deduction events in
 * the order added; only what is stated is written, so that a load → save of
 * a saved file gives the same bytes.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"
#include "score-internal.h"

#define HAS(e, kind) (((e)->has & (1u << (kind))) != 0)

static void write_entry(cchc__json_writer *w, const cchc_entry *e)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string(w, "code", e->code);
    if (e->has) {
        cchc__jw_begin_object(w, "self");
        if (HAS(e, CCHC_INPUT_POINTS))
            cchc__jw_number(w, "points", e->points);
        if (HAS(e, CCHC_INPUT_YES))
            cchc__jw_bool(w, "yes", e->yes);
        if (HAS(e, CCHC_INPUT_DATE))
            cchc__jw_string(w, "date", e->date);
        if (HAS(e, CCHC_INPUT_RATE))
            cchc__jw_number(w, "rate", e->rate);
        if (HAS(e, CCHC_INPUT_RATIO)) {
            cchc__jw_number(w, "numerator", e->numerator);
            cchc__jw_number(w, "denominator", e->denominator);
        }
        if (HAS(e, CCHC_INPUT_COUNT))
            cchc__jw_int(w, "count", (gint64)e->count);
        if (HAS(e, CCHC_INPUT_ANSWERS)) {
            cchc__jw_begin_object(w, "answers");
            for (guint i = 0; i < e->answers->len; i++) {
                const cchc__answer *a = g_ptr_array_index(e->answers, i);
                cchc__jw_int(w, a->option, (gint64)a->count);
            }
            cchc__jw_end_object(w);
        }
        cchc__jw_end_object(w);
    }
    cchc__jw_string_opt(w, "explanation", e->explanation);
    if (e->evidence->len > 0) {
        cchc__jw_begin_array(w, "evidence");
        for (guint i = 0; i < e->evidence->len; i++) {
            const cchc_evidence *ev = g_ptr_array_index(e->evidence, i);
            cchc__jw_begin_object(w, NULL);
            cchc__jw_string_opt(w, "number", cchc_evidence_number(ev));
            cchc__jw_string_opt(w, "date", cchc_evidence_date(ev));
            cchc__jw_string_opt(w, "title", cchc_evidence_title(ev));
            cchc__jw_string_opt(w, "link", cchc_evidence_link(ev));
            cchc__jw_end_object(w);
        }
        cchc__jw_end_array(w);
    }
    if (e->appraised) {
        cchc__jw_begin_object(w, "appraisal");
        cchc__jw_number(w, "points", e->appraised_points);
        cchc__jw_string_opt(w, "reason", e->appraisal_reason);
        cchc__jw_end_object(w);
    }
    if (e->na) {
        cchc__jw_begin_object(w, "not_applicable");
        cchc__jw_string_opt(w, "reason", e->na_reason);
        cchc__jw_end_object(w);
    }
    if (e->has_plan) {
        cchc__jw_begin_object(w, "from_plan");
        cchc__jw_number(w, "numerator", e->plan_numerator);
        cchc__jw_number(w, "denominator", e->plan_denominator);
        cchc__jw_string(w, "as_of", e->plan_as_of);
        cchc__jw_end_object(w);
    }
    cchc__jw_end_object(w);
}

static char *card_to_json(const cchc_scorecard *card, size_t *size)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-scorecard");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_string_opt(&w, "scheme", card->scheme_id);
    if (card->year)
        cchc__jw_int(&w, "year", card->year);
    if (*card->unit_id || *card->unit_name || *card->unit_kind) {
        cchc__jw_begin_object(&w, "unit");
        cchc__jw_string_opt(&w, "id", card->unit_id);
        cchc__jw_string_opt(&w, "name", card->unit_name);
        cchc__jw_string_opt(&w, "kind", card->unit_kind);
        cchc__jw_end_object(&w);
    }
    cchc__jw_string_opt(&w, "notes", card->notes);
    if (*card->plan_file || *card->plan_as_of || *card->plan_lead) {
        cchc__jw_begin_object(&w, "plan");
        cchc__jw_string_opt(&w, "file", card->plan_file);
        cchc__jw_string_opt(&w, "as_of", card->plan_as_of);
        cchc__jw_string_opt(&w, "lead", card->plan_lead);
        cchc__jw_end_object(&w);
    }
    if (card->entries->len > 0) {
        cchc__jw_begin_array(&w, "entries");
        for (guint i = 0; i < card->entries->len; i++)
            write_entry(&w, g_ptr_array_index(card->entries, i));
        cchc__jw_end_array(&w);
    }
    if (card->deductions->len > 0) {
        cchc__jw_begin_array(&w, "deductions");
        for (guint i = 0; i < card->deductions->len; i++) {
            const cchc_deduction *d = g_ptr_array_index(card->deductions, i);
            cchc__jw_begin_object(&w, NULL);
            cchc__jw_string(&w, "code", d->code);
            cchc__jw_string_opt(&w, "date", d->date);
            cchc__jw_string(&w, "description", d->description);
            cchc__jw_end_object(&w);
        }
        cchc__jw_end_array(&w);
    }
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}

int cchc_scorecard_save_data(char **out, size_t *out_size, const cchc_scorecard *card)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(card);
    size_t size = 0;
    *out = card_to_json(card, &size);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}

int cchc_scorecard_save_file(const cchc_scorecard *card, const char *path)
{
    CCHC__CHECK_ARG(card);
    CCHC__CHECK_ARG(path);
    size_t size = 0;
    g_autofree char *data = card_to_json(card, &size);
    return cchc__write_file_atomic(path, data, size);
}
