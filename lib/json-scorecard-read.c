/*
 * libcchc — loading the JSON scorecard format ("cchc-scorecard", version 1).
 *
 * The reader checks what a card can hold on its own — types, negative or
 * fractional counts, real dates, a ratio with its denominator — and records
 * where each entry and value was read, so that cchc_scorecard_check() against
 * the scheme gives located findings.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-score-read.h"
#include "score-internal.h"

#include <math.h>

#define CARD_FORMAT "cchc-scorecard"
#define CARD_VERSION 1

static const char *const card_keys[] = {"format", "version", "scheme", "year", "unit", "notes",
                                        "plan", "entries", "deductions", NULL};
static const char *const unit_keys[] = {"id", "name", "kind", NULL};
static const char *const plan_keys[] = {"file", "as_of", "lead", NULL};
static const char *const entry_keys[] = {"code", "self", "explanation", "evidence",
                                         "appraisal", "not_applicable", "from_plan", NULL};
static const char *const self_keys[] = {"points", "yes", "date", "rate", "numerator",
                                        "denominator", "count", "answers", NULL};
static const char *const appraisal_keys[] = {"points", "reason", NULL};
static const char *const na_keys[] = {"reason", NULL};
static const char *const from_plan_keys[] = {"numerator", "denominator", "as_of", NULL};
static const char *const deduction_keys[] = {"code", "date", "description", NULL};


/* Records the origin of member @key of the current object as @member of @e. */
static void remember(cchc__json_reader *r, cchc_entry *e, const char *key, const char *member)
{
    cchc__origin o = {0};
    cchc__jr_origin_at(r, key, &o);
    cchc__entry_set_origin(e, member, &o);
    cchc__origin_clear(&o);
}

/* A count: a whole number ≥ 0. Negative and fractional counts are located errors. */
static int read_count_node(cchc__json_reader *r, JsonNode *node, size_t *out)
{
    if (!JSON_NODE_HOLDS_VALUE(node) || (json_node_get_value_type(node) != G_TYPE_INT64 &&
                                         json_node_get_value_type(node) != G_TYPE_DOUBLE))
        return cchc__jr_error(r, CCHC_EFORMAT, "expected a count (a whole number ≥ 0)");
    double v = json_node_get_value_type(node) == G_TYPE_INT64 ? (double)json_node_get_int(node)
                                                              : json_node_get_double(node);
    if (!isfinite(v))
        return cchc__jr_error(r, CCHC_ERANGE, "the number is not finite");
    if (v < 0)
        return cchc__jr_error_code_at(r, NULL, "scorecard.negative-count", "a count cannot be negative (%g)",
                        v);
    if (json_node_get_value_type(node) != G_TYPE_INT64 || v > (double)G_MAXINT32)
        return cchc__jr_error_code_at(r, NULL, "scorecard.bad-count",
                        "a count is a whole number from 0 to %d, written without a decimal "
                        "point (%g)",
                        G_MAXINT32, v);
    *out = (size_t)json_node_get_int(node);
    return CCHC_OK;
}

static int read_count(cchc__json_reader *r, JsonObject *o, const char *key, size_t *out,
                      gboolean *present)
{
    JsonNode *node = json_object_get_member(o, key);
    *present = node != NULL;
    if (!node)
        return CCHC_OK;
    size_t mark = cchc__jr_push_key(r, key);
    int rc = read_count_node(r, node, out);
    cchc__jr_pop(r, mark);
    return rc;
}

/* One member of "answers": how many chose @option. */
static int read_answer(cchc__json_reader *r, JsonObject *answers, const char *option,
                       void *data)
{
    cchc_entry *e = data;
    size_t mark = cchc__jr_push_key(r, option);
    size_t count = 0;
    int rc = read_count_node(r, json_object_get_member(answers, option), &count);
    if (!rc && (rc = cchc_entry_set_answer(e, option, count)))
        rc = cchc__jr_model_error(r, rc);
    if (!rc) {
        g_autofree char *member = g_strdup_printf("self.answers.%s", option);
        remember(r, e, NULL, member);
    }
    cchc__jr_pop(r, mark);
    return rc;
}

static int read_answers(cchc__json_reader *r, JsonObject *self, cchc_entry *e)
{
    JsonNode *node = json_object_get_member(self, "answers");
    if (!node)
        return CCHC_OK;
    int rc = cchc__jr_each_member(r, self, "answers", read_answer, e);
    if (rc)
        return rc;
    /* "answers": {} states that nobody answered */
    if (json_object_get_size(json_node_get_object(node)) == 0)
        e->has |= 1u << CCHC_INPUT_ANSWERS;
    remember(r, e, "answers", "self.answers");
    return CCHC_OK;
}

static int read_self(cchc__json_reader *r, JsonObject *entry, cchc_entry *e)
{
    JsonObject *o = NULL;
    size_t key_mark = 0;
    int rc = cchc__jr_open_object(r, entry, "self", &o, &key_mark);
    if (rc || !o)
        return rc;
    cchc__jr_unknown_keys(r, o, self_keys);
    remember(r, e, NULL, "self");
    double points = 0, rate = 0, numerator = 0, denominator = 0;
    if (json_object_has_member(o, "points")) {
        if ((rc = cchc__jr_number(r, o, "points", 1, 0, 1000, &points)))
            goto done;
        cchc_entry_set_points(e, points);
        remember(r, e, "points", "self.points");
    }
    int yes = -1;
    if ((rc = cchc__jr_bool(r, o, "yes", &yes)))
        goto done;
    if (yes >= 0) {
        cchc_entry_set_yes(e, yes);
        remember(r, e, "yes", "self.yes");
    }
    const char *date = NULL;
    if ((rc = cchc__jr_string(r, o, "date", 0, &date)))
        goto done;
    if (date) {
        if (*date && !cchc__date_parse(date, NULL)) {
            rc = cchc__jr_error_code_at(r, "date", "json.content",
                          "\"%s\" is not a real date in the form YYYY-MM-DD (\"\" for \"not "
                          "done\")",
                          date);
            goto done;
        }
        cchc_entry_set_date(e, date);
        remember(r, e, "date", "self.date");
    }
    if (json_object_has_member(o, "rate")) {
        if ((rc = cchc__jr_number(r, o, "rate", 1, 0, 100, &rate)))
            goto done;
        cchc_entry_set_rate(e, rate);
        remember(r, e, "rate", "self.rate");
    }
    gboolean has_a = json_object_has_member(o, "numerator");
    gboolean has_b = json_object_has_member(o, "denominator");
    if (has_a != has_b) {
        rc = cchc__jr_error_code_at(r, has_a ? "numerator" : "denominator", "json.content",
                      "a ratio needs both \"numerator\" and \"denominator\"");
        goto done;
    }
    if (has_a) {
        if (json_object_has_member(o, "rate")) {
            rc = cchc__jr_error_code_at(r, "numerator", "json.content",
                          "give either a rate or a ratio (numerator and denominator), not both");
            goto done;
        }
        if ((rc = cchc__jr_number(r, o, "numerator", 1, 0, G_MAXDOUBLE, &numerator)) ||
            (rc = cchc__jr_number(r, o, "denominator", 1, 0, G_MAXDOUBLE, &denominator)))
            goto done;
        if (denominator == 0) {
            rc = cchc__jr_error_code_at(r, "denominator", "json.range", "the denominator of a ratio cannot be 0");
            goto done;
        }
        cchc_entry_set_ratio(e, numerator, denominator);
        remember(r, e, "numerator", "self.numerator");
    }
    size_t count = 0;
    gboolean has_count = FALSE;
    if ((rc = read_count(r, o, "count", &count, &has_count)))
        goto done;
    if (has_count) {
        cchc_entry_set_count(e, count);
        remember(r, e, "count", "self.count");
    }
    rc = read_answers(r, o, e);
done:
    cchc__jr_pop(r, key_mark);
    return rc;
}

static int read_evidence(cchc__json_reader *r, JsonNode *node, void *entry)
{
    cchc__jr_evidence ev;
    int rc = cchc__jr_read_evidence(r, node, &ev);
    if (!rc && (rc = cchc_entry_add_evidence(entry, ev.number, ev.date, ev.title, ev.link)))
        rc = cchc__jr_model_error(r, rc);
    return rc;
}

static int read_entry_rest(cchc__json_reader *r, JsonObject *o, cchc_entry *e)
{
    int rc;
    const char *explanation = NULL;
    if ((rc = read_self(r, o, e)) || (rc = cchc__jr_string(r, o, "explanation", 0, &explanation)))
        return rc;
    if (explanation) {
        cchc_entry_set_explanation(e, explanation);
        remember(r, e, "explanation", "explanation");
    }
    if (json_object_has_member(o, "evidence"))
        remember(r, e, "evidence", "evidence");
    if ((rc = cchc__jr_each(r, o, "evidence", read_evidence, e, 0)))
        return rc;

    JsonObject *sub = NULL;
    size_t mark = 0;
    if ((rc = cchc__jr_open_object(r, o, "appraisal", &sub, &mark)))
        return rc;
    if (sub) {
        cchc__jr_unknown_keys(r, sub, appraisal_keys);
        double points = 0;
        const char *reason = "";
        if (!(rc = cchc__jr_number(r, sub, "points", 1, 0, 1000, &points)) &&
            !(rc = cchc__jr_string(r, sub, "reason", 0, &reason))) {
            cchc_entry_set_appraisal(e, points, reason);
            remember(r, e, "points", "appraisal.points");
            remember(r, e, json_object_has_member(sub, "reason") ? "reason" : NULL,
                     "appraisal.reason");
        }
        cchc__jr_pop(r, mark);
        if (rc)
            return rc;
    }
    if ((rc = cchc__jr_open_object(r, o, "not_applicable", &sub, &mark)))
        return rc;
    if (sub) {
        cchc__jr_unknown_keys(r, sub, na_keys);
        const char *reason = "";
        if (!(rc = cchc__jr_string(r, sub, "reason", 0, &reason))) {
            cchc_entry_set_not_applicable(e, 1, reason);
            remember(r, e, NULL, "not_applicable");
        }
        cchc__jr_pop(r, mark);
        if (rc)
            return rc;
    }
    if ((rc = cchc__jr_open_object(r, o, "from_plan", &sub, &mark)))
        return rc;
    if (sub) {
        cchc__jr_unknown_keys(r, sub, from_plan_keys);
        double a = 0, b = 0;
        const char *as_of = NULL;
        if (!(rc = cchc__jr_number(r, sub, "numerator", 1, 0, G_MAXDOUBLE, &a)) &&
            !(rc = cchc__jr_number(r, sub, "denominator", 1, 0, G_MAXDOUBLE, &b)) &&
            !(rc = cchc__jr_string(r, sub, "as_of", 1, &as_of))) {
            if (!(rc = cchc__jr_check_date(r, "as_of", as_of, 0)))
                cchc_entry_set_plan_input(e, a, b, as_of);
            remember(r, e, NULL, "from_plan");
        }
        cchc__jr_pop(r, mark);
    }
    return rc;
}

static int read_entry(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_scorecard *card = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, entry_keys);
    const char *code = NULL;
    if ((rc = cchc__jr_string(r, o, "code", 1, &code)))
        return rc;
    if (cchc__code_parse(code, NULL) <= 0)
        return cchc__jr_error_code_at(r, "code", "scorecard.bad-code",
                        "\"%s\" is not a node code (positive numbers joined by dots, like "
                        "\"1.2.3\", at most %d)",
                        code, CCHC_NODE_MAX_DEPTH);
    if (cchc_scorecard_find_entry(card, code))
        return cchc__jr_error_code_at(r, "code", "scorecard.duplicate-entry",
                        "an earlier entry is for %s already", code);
    cchc_entry *e = NULL;
    if ((rc = cchc_scorecard_add_entry(&e, card, code)))
        return cchc__jr_model_error_at(r, "code", rc);
    cchc__origin origin = {0};
    cchc__jr_origin(r, &origin);
    cchc__entry_set_origin(e, NULL, &origin);
    cchc__origin_clear(&origin);
    remember(r, e, "code", "code");
    return read_entry_rest(r, o, e);
}

static int read_deduction(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_scorecard *card = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, deduction_keys);
    const char *code = NULL, *date = "", *description = NULL;
    if ((rc = cchc__jr_string(r, o, "code", 1, &code)) ||
        (rc = cchc__jr_string(r, o, "date", 0, &date)) ||
        (rc = cchc__jr_string(r, o, "description", 1, &description)))
        return rc;
    if (cchc__code_parse(code, NULL) <= 0)
        return cchc__jr_error_code_at(r, "code", "scorecard.bad-code", "\"%s\" is not a node code", code);
    if ((rc = cchc__jr_check_date(r, "date", date, 1)))
        return rc;
    if ((rc = cchc_scorecard_add_deduction(card, code, date, description)))
        return cchc__jr_model_error_at(r, "description", rc);
    cchc__origin origin = {0};
    cchc__jr_origin_at(r, "code", &origin);
    cchc__deduction_set_origin(card, cchc_scorecard_deduction_count(card) - 1, &origin);
    cchc__origin_clear(&origin);
    return CCHC_OK;
}

static int read_card(cchc__json_reader *r, JsonNode *root_node, void *data)
{
    cchc_scorecard *card = data;
    JsonObject *root = NULL;
    gint64 version = 0, year = 0;
    int rc;
    if ((rc = cchc__jr_object(r, root_node, &root)) ||
        (rc = cchc__jr_header(r, root, CARD_FORMAT, CARD_VERSION, &version)))
        return rc;
    cchc__jr_unknown_keys(r, root, card_keys);
    cchc__origin origin = {0}, scheme_origin = {0};
    cchc__jr_origin(r, &origin);
    const char *scheme = NULL, *notes = NULL;
    if ((rc = cchc__jr_string(r, root, "scheme", 0, &scheme)) ||
        (rc = cchc__jr_int(r, root, "year", 0, 1900, 9999, &year)) ||
        (rc = cchc__jr_string(r, root, "notes", 0, &notes)))
        goto done;
    if (scheme) {
        if ((rc = cchc_scorecard_set_scheme_id(card, scheme))) {
            rc = cchc__jr_model_error_at(r, "scheme", rc);
            goto done;
        }
        cchc__jr_origin_at(r, "scheme", &scheme_origin);
    }
    cchc__scorecard_set_origins(card, &origin, scheme ? &scheme_origin : NULL);
    cchc_scorecard_set_year(card, (int)year);
    cchc_scorecard_set_notes(card, notes);

    JsonObject *sub = NULL;
    size_t mark = 0;
    if ((rc = cchc__jr_open_object(r, root, "unit", &sub, &mark)))
        goto done;
    if (sub) {
        cchc__jr_unknown_keys(r, sub, unit_keys);
        const char *id = NULL, *name = NULL, *kind = NULL;
        if (!(rc = cchc__jr_string(r, sub, "id", 0, &id)) &&
            !(rc = cchc__jr_string(r, sub, "name", 0, &name)) &&
            !(rc = cchc__jr_string(r, sub, "kind", 0, &kind))) {
            if ((rc = cchc_scorecard_set_unit_id(card, id)))
                rc = cchc__jr_model_error_at(r, "id", rc);
            else if ((rc = cchc_scorecard_set_unit_kind(card, kind)))
                rc = cchc__jr_model_error_at(r, "kind", rc);
            else
                cchc_scorecard_set_unit_name(card, name);
        }
        cchc__jr_pop(r, mark);
        if (rc)
            goto done;
    }
    if ((rc = cchc__jr_open_object(r, root, "plan", &sub, &mark)))
        goto done;
    if (sub) {
        cchc__jr_unknown_keys(r, sub, plan_keys);
        const char *file = NULL, *as_of = NULL, *lead = NULL;
        if (!(rc = cchc__jr_string(r, sub, "file", 0, &file)) &&
            !(rc = cchc__jr_string(r, sub, "as_of", 0, &as_of)) &&
            !(rc = cchc__jr_string(r, sub, "lead", 0, &lead))) {
            if (!(rc = cchc__jr_check_date(r, "as_of", as_of, 1)))
                cchc_scorecard_set_plan_source(card, file, as_of, lead);
        }
        cchc__jr_pop(r, mark);
        if (rc)
            goto done;
    }
    if ((rc = cchc__jr_each(r, root, "entries", read_entry, card, 0)))
        goto done;
    rc = cchc__jr_each(r, root, "deductions", read_deduction, card, 0);
done:
    cchc__origin_clear(&origin);
    cchc__origin_clear(&scheme_origin);
    return rc;
}

static void *create_card(void)
{
    return cchc_scorecard_new();
}

static void destroy_card(void *card)
{
    cchc_scorecard_free(card);
}

static const cchc__json_format card_format = {
    .function = "cchc_scorecard_load_data",
    .create = create_card,
    .destroy = destroy_card,
    .read = read_card,
};

int cchc_scorecard_load_data(cchc_scorecard **out, const char *data, size_t size,
                             const char *source_name, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(data || size == 0);
    void *card = NULL;
    int rc = cchc__json_load_data(&card_format, &card, data, size, source_name, NULL, diags);
    *out = card;
    return rc;
}

int cchc_scorecard_load_file(cchc_scorecard **out, const char *path, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(path);
    void *card = NULL;
    int rc = cchc__json_load_file(&card_format, &card, path, NULL, diags);
    *out = card;
    return rc;
}
