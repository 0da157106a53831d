/*
 * libcchc — loading the JSON scheme format ("cchc-scheme", version 1).
 *
 * The document is mapped into a fresh cchc_scheme through the model's own
 * functions; each node, rule, component and band remembers where it was
 * read, so that cchc_scheme_check(), run at the end of the load, gives
 * located findings.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-score-read.h"
#include "score-internal.h"

#include <string.h>

#define SCHEME_FORMAT "cchc-scheme"
#define SCHEME_VERSION 1

static const char *const scheme_keys[] = {"format", "version", "id", "name", "description",
                                          "basis", "year", "unit_kinds", "components", "bands",
                                          "nodes", NULL};
static const char *const component_keys[] = {"id", "label", "maximum", "optional", NULL};
static const char *const band_keys[] = {"label", "lower", "inclusive", NULL};
static const char *const node_keys[] = {"code", "label", "label_en", "description", "maximum",
                                        "component", "evidence_required",
                                        "may_be_not_applicable", "rule", "children", NULL};
static const char *const rule_keys[] = {"kind", "source", "wording", "points", "deadline",
                                        "step", "bands", "floor", "cap", "levels", "per_event",
                                        "options", NULL};
static const char *const rate_band_keys[] = {"lower", "lower_inclusive", "upper",
                                             "upper_inclusive", "points", NULL};
static const char *const level_keys[] = {"min_count", "points", NULL};
static const char *const option_keys[] = {"id", "label", "weight", NULL};


/* ---- rules ---------------------------------------------------------------- */

static int read_rate_band(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_rule *rule = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, rate_band_keys);
    double lower = 0, upper = 0, points = 0;
    int li = 0, ui = 0;
    if ((rc = cchc__jr_number(r, o, "lower", 1, 0, 100, &lower)) ||
        (rc = cchc__jr_number(r, o, "upper", 1, 0, 100, &upper)) ||
        (rc = cchc__jr_number(r, o, "points", 1, 0, 1000, &points)))
        return rc;
    if (!json_object_has_member(o, "lower_inclusive") ||
        !json_object_has_member(o, "upper_inclusive"))
        return cchc__jr_error(r, CCHC_EFORMAT,
                              "a rate band says whether each edge belongs to it: "
                              "\"lower_inclusive\" and \"upper_inclusive\" are required");
    if ((rc = cchc__jr_bool(r, o, "lower_inclusive", &li)) ||
        (rc = cchc__jr_bool(r, o, "upper_inclusive", &ui)))
        return rc;
    if ((rc = cchc_rule_add_band(rule, lower, li, upper, ui, points)))
        return cchc__jr_model_error(r, rc);
    return CCHC_OK;
}

static int read_level(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_rule *rule = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, level_keys);
    gint64 count = 0;
    double points = 0;
    if ((rc = cchc__jr_int(r, o, "min_count", 1, 0, G_MAXINT32, &count)) ||
        (rc = cchc__jr_number(r, o, "points", 1, 0, 1000, &points)))
        return rc;
    if ((rc = cchc_rule_add_level(rule, (size_t)count, points)))
        return cchc__jr_model_error_at(r, "min_count", rc);
    return CCHC_OK;
}

static int read_option(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_rule *rule = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, option_keys);
    const char *id = NULL, *label = "";
    double weight = 0;
    if ((rc = cchc__jr_string(r, o, "id", 1, &id)) ||
        (rc = cchc__jr_string(r, o, "label", 0, &label)) ||
        (rc = cchc__jr_number(r, o, "weight", 1, 0, 1, &weight)))
        return rc;
    if ((rc = cchc_rule_add_option(rule, id, label, weight)))
        return cchc__jr_model_error_at(r, "id", rc);
    return CCHC_OK;
}

/* One member of a rule's "points": the points of outcome @name. */
static int read_outcome_points(cchc__json_reader *r, JsonObject *points, const char *name,
                               void *rule)
{
    int outcome = cchc_rule_outcome_from_name(name);
    double value = 0;
    int rc;
    if (!outcome)
        return cchc__jr_error_code_at(r, name, "scheme.unknown-outcome",
                                      "\"%s\" is not an outcome (yes, no, on_time, late, "
                                      "missing, otherwise)",
                                      name);
    if ((rc = cchc__jr_number(r, points, name, 1, 0, 1000, &value)))
        return rc;
    if ((rc = cchc_rule_set_outcome_points(rule, outcome, value)))
        return cchc__jr_model_error_at(r, name, rc);
    return CCHC_OK;
}

static int read_rule(cchc__json_reader *r, JsonObject *node_object, cchc_node *node)
{
    JsonObject *o = NULL;
    size_t key_mark = 0;
    int rc = cchc__jr_open_object(r, node_object, "rule", &o, &key_mark);
    if (rc || !o)
        return rc;
    cchc__jr_unknown_keys(r, o, rule_keys);
    const char *kind_name = NULL, *source_name = NULL, *wording = NULL, *deadline = NULL;
    if ((rc = cchc__jr_string(r, o, "kind", 1, &kind_name)))
        goto done;
    int kind = cchc_rule_kind_from_name(kind_name);
    if (!kind) {
        rc = cchc__jr_error_code_at(r, "kind", "scheme.unknown-rule",
                      "\"%s\" is not a rule kind (manual, yes_no, deadline, rate_bands, "
                      "proportional, count_levels, deduction, survey)",
                      kind_name);
        goto done;
    }
    cchc_rule *rule = NULL;
    cchc_node_set_rule(&rule, node, kind);
    cchc__origin origin = {0};
    cchc__jr_origin(r, &origin);
    cchc__rule_set_origin(rule, &origin);
    cchc__origin_clear(&origin);
    if ((rc = cchc__jr_string(r, o, "source", 0, &source_name)))
        goto done;
    if (source_name) {
        int source = cchc_rule_source_from_name(source_name);
        if (!source) {
            rc = cchc__jr_error_code_at(r, "source", "scheme.unknown-source",
                          "\"%s\" is not a rule source (typed, plan_completion, plan_reports)",
                          source_name);
            goto done;
        }
        cchc_rule_set_source(rule, source);
    }
    if ((rc = cchc__jr_string(r, o, "wording", 0, &wording)))
        goto done;
    if (wording && (rc = cchc_rule_set_wording(rule, wording))) {
        rc = cchc__jr_model_error_at(r, "wording", rc);
        goto done;
    }
    if ((rc = cchc__jr_each_member(r, o, "points", read_outcome_points, rule)))
        goto done;
    if ((rc = cchc__jr_string(r, o, "deadline", 0, &deadline)))
        goto done;
    if (deadline && (rc = cchc_rule_set_deadline(rule, deadline))) {
        rc = cchc__jr_model_error_at(r, "deadline", rc);
        goto done;
    }
    static const struct {
        const char *key;
        int (*set)(cchc_rule *, double);
    } numbers[] = {{"step", cchc_rule_set_step},
                   {"floor", cchc_rule_set_floor},
                   {"cap", cchc_rule_set_cap},
                   {"per_event", cchc_rule_set_per_event}};
    for (size_t i = 0; i < G_N_ELEMENTS(numbers); i++) {
        double value = -1;
        if (!json_object_has_member(o, numbers[i].key))
            continue;
        if ((rc = cchc__jr_number(r, o, numbers[i].key, 1, 0, 1000, &value)))
            goto done;
        if ((rc = numbers[i].set(rule, value))) {
            rc = cchc__jr_model_error_at(r, numbers[i].key, rc);
            goto done;
        }
    }
    static const struct {
        const char *key;
        int kind;
        cchc__jr_element_fn fn;
    } lists[] = {{"bands", CCHC_RULE_RATE_BANDS, read_rate_band},
                 {"levels", CCHC_RULE_COUNT_LEVELS, read_level},
                 {"options", CCHC_RULE_SURVEY, read_option}};
    for (size_t i = 0; i < G_N_ELEMENTS(lists); i++) {
        if (!json_object_has_member(o, lists[i].key))
            continue;
        if (kind != lists[i].kind) {
            rc = cchc__jr_error_code_at(r, lists[i].key, "scheme.rule-key",
                          "a %s rule has no \"%s\"", kind_name, lists[i].key);
            goto done;
        }
        if ((rc = cchc__jr_each(r, o, lists[i].key, lists[i].fn, rule, 0)))
            goto done;
    }
done:
    cchc__jr_pop(r, key_mark);
    return rc;
}

/* ---- nodes ---------------------------------------------------------------- */

typedef struct {
    cchc_scheme *scheme;
    const char *parent; /* the parent's code, NULL at the top */
} node_target;

static int read_node(cchc__json_reader *r, JsonNode *json, void *data);

static int read_node_fields(cchc__json_reader *r, JsonObject *o, cchc_node *node)
{
    int rc;
    const char *label_en = NULL, *description = NULL, *component = NULL;
    if ((rc = cchc__jr_string(r, o, "label_en", 0, &label_en)) ||
        (rc = cchc__jr_string(r, o, "description", 0, &description)) ||
        (rc = cchc__jr_string(r, o, "component", 0, &component)))
        return rc;
    if (label_en && (rc = cchc_node_set_label_en(node, label_en)))
        return cchc__jr_model_error_at(r, "label_en", rc);
    if (description && (rc = cchc_node_set_description(node, description)))
        return cchc__jr_model_error_at(r, "description", rc);
    if (component && cchc_node_set_component(node, component) != CCHC_OK)
        return cchc__jr_error_code_at(r, "component", "scheme.unknown-component",
                        "\"%s\" is not a component of \"components\"", component);
    int evidence = 0, na = 0;
    if ((rc = cchc__jr_bool(r, o, "evidence_required", &evidence)) ||
        (rc = cchc__jr_bool(r, o, "may_be_not_applicable", &na)))
        return rc;
    cchc_node_set_evidence_required(node, evidence);
    cchc_node_set_may_be_not_applicable(node, na);
    if ((rc = read_rule(r, o, node)))
        return rc;
    node_target children = {node->scheme, node->code};
    return cchc__jr_each(r, o, "children", read_node, &children, 0);
}

static int read_node(cchc__json_reader *r, JsonNode *json, void *data)
{
    node_target *t = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, json, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, node_keys);
    const char *code = NULL, *label = NULL;
    double maximum = 0;
    if ((rc = cchc__jr_string(r, o, "code", 1, &code)) ||
        (rc = cchc__jr_string(r, o, "label", 1, &label)) ||
        (rc = cchc__jr_number(r, o, "maximum", 1, 0, 1000, &maximum)))
        return rc;
    int depth = cchc__code_parse(code, NULL);
    if (depth == 0)
        return cchc__jr_error_code_at(r, "code", "scheme.bad-code",
                        "\"%s\" is not a node code (positive numbers joined by dots, like "
                        "\"1.2.3\")",
                        code);
    if (depth < 0)
        return cchc__jr_error_code_at(r, "code", "scheme.bad-code", "\"%s\" is deeper than %d levels", code,
                        CCHC_NODE_MAX_DEPTH);
    const char *dot = strrchr(code, '.');
    gboolean nested = t->parent ? dot && (size_t)(dot - code) == strlen(t->parent) &&
                                      strncmp(code, t->parent, strlen(t->parent)) == 0
                                : dot == NULL;
    if (!nested) {
        if (t->parent)
            return cchc__jr_error_code_at(r, "code", "scheme.code-not-nested",
                            "\"%s\" is listed under node %s, so its code must be \"%s.N\"", code,
                            t->parent, t->parent);
        return cchc__jr_error_code_at(r, "code", "scheme.code-not-nested",
                        "\"%s\" is listed at the top, so its code must be one number; list it "
                        "under its parent's \"children\"",
                        code);
    }
    if (cchc_scheme_find_node(t->scheme, code))
        return cchc__jr_error_code_at(r, "code", "scheme.duplicate-code",
                        "the code %s is used by an earlier node", code);
    cchc_node *node = NULL;
    if ((rc = cchc_scheme_add_node(&node, t->scheme, code, label, maximum)))
        return cchc__jr_model_error_at(r, rc == CCHC_ERANGE ? "maximum" : "label", rc);
    cchc__origin object = {0}, max = {0};
    cchc__jr_origin(r, &object);
    cchc__jr_origin_at(r, "maximum", &max);
    cchc__node_set_origins(node, &object, &max);
    cchc__origin_clear(&object);
    cchc__origin_clear(&max);
    return read_node_fields(r, o, node);
}

/* ---- header, components, bands -------------------------------------------- */

static int add_kind(cchc__json_reader *r, void *scheme, const char *kind)
{
    int rc = cchc_scheme_add_unit_kind(scheme, kind);
    return rc ? cchc__jr_model_error(r, rc) : CCHC_OK;
}

static int read_component(cchc__json_reader *r, JsonNode *json, void *data)
{
    cchc_scheme *scheme = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, json, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, component_keys);
    const char *id = NULL, *label = "";
    double maximum = 0;
    int optional = 0;
    if ((rc = cchc__jr_string(r, o, "id", 1, &id)) ||
        (rc = cchc__jr_string(r, o, "label", 0, &label)) ||
        (rc = cchc__jr_number(r, o, "maximum", 1, 0, 1000, &maximum)) ||
        (rc = cchc__jr_bool(r, o, "optional", &optional)))
        return rc;
    cchc_component *c = NULL;
    if ((rc = cchc_scheme_add_component(&c, scheme, id, label, maximum)))
        return cchc__jr_model_error_at(r, rc == CCHC_ERANGE ? "maximum" : "id", rc);
    cchc_component_set_optional(c, optional);
    cchc__origin origin = {0};
    cchc__jr_origin_at(r, "maximum", &origin);
    cchc__component_set_origin(c, &origin);
    cchc__origin_clear(&origin);
    return CCHC_OK;
}

static int read_band(cchc__json_reader *r, JsonNode *json, void *data)
{
    cchc_scheme *scheme = data;
    JsonObject *o = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, json, &o)))
        return rc;
    cchc__jr_unknown_keys(r, o, band_keys);
    const char *label = NULL;
    double lower = 0;
    int inclusive = 1;
    if ((rc = cchc__jr_string(r, o, "label", 1, &label)) ||
        (rc = cchc__jr_number(r, o, "lower", 1, 0, 100, &lower)))
        return rc;
    if (!json_object_has_member(o, "inclusive"))
        return cchc__jr_error(r, CCHC_EFORMAT,
                              "a band says whether its lower bound belongs to it: "
                              "\"inclusive\" is required");
    if ((rc = cchc__jr_bool(r, o, "inclusive", &inclusive)))
        return rc;
    if ((rc = cchc_scheme_add_band(scheme, label, lower, inclusive)))
        return cchc__jr_model_error_at(r, "lower", rc);
    cchc__origin origin = {0};
    cchc__jr_origin_at(r, "lower", &origin);
    for (size_t i = 0; i < cchc_scheme_band_count(scheme); i++)
        if (strcmp(cchc_scheme_band_label(scheme, i), label) == 0)
            cchc__scheme_set_band_origin(scheme, i, &origin);
    cchc__origin_clear(&origin);
    return CCHC_OK;
}

static int read_scheme(cchc__json_reader *r, JsonNode *root_node, void *data)
{
    cchc_scheme *scheme = data;
    JsonObject *root = NULL;
    gint64 version = 0, year = 0;
    int rc;
    if ((rc = cchc__jr_object(r, root_node, &root)) ||
        (rc = cchc__jr_header(r, root, SCHEME_FORMAT, SCHEME_VERSION, &version)))
        return rc;
    cchc__origin origin = {0};
    cchc__jr_origin(r, &origin);
    cchc__scheme_set_origin(scheme, &origin);
    cchc__origin_clear(&origin);
    cchc__jr_unknown_keys(r, root, scheme_keys);
    const char *id = NULL, *name = NULL, *description = NULL, *basis = NULL;
    if ((rc = cchc__jr_string(r, root, "id", 0, &id)) ||
        (rc = cchc__jr_string(r, root, "name", 0, &name)) ||
        (rc = cchc__jr_string(r, root, "description", 0, &description)) ||
        (rc = cchc__jr_string(r, root, "basis", 0, &basis)) ||
        (rc = cchc__jr_int(r, root, "year", 0, 1900, 9999, &year)))
        return rc;
    if (id && (rc = cchc_scheme_set_id(scheme, id)))
        return cchc__jr_model_error_at(r, "id", rc);
    cchc_scheme_set_name(scheme, name);
    cchc_scheme_set_description(scheme, description);
    cchc_scheme_set_basis(scheme, basis);
    cchc_scheme_set_year(scheme, (int)year);
    node_target top = {scheme, NULL};
    if ((rc = cchc__jr_each_string(r, root, "unit_kinds", add_kind, scheme)) ||
        (rc = cchc__jr_each(r, root, "components", read_component, scheme, 0)) ||
        (rc = cchc__jr_each(r, root, "bands", read_band, scheme, 0)) ||
        (rc = cchc__jr_each(r, root, "nodes", read_node, &top, 0)))
        return rc;
    return CCHC_OK;
}

/* The whole-scheme check, located through the origins; its first error
 * fails the load. */
static int check_scheme(void *scheme, cchc_diagnostics *diags)
{
    int rc = CCHC_OK;
    cchc_diagnostics *found = cchc_diagnostics_new();
    cchc_scheme_check(scheme, found);
    for (size_t i = 0; i < cchc_diagnostics_count(found) && !rc; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(found, i);
        if (cchc_diagnostic_severity(d) == CCHC_SEVERITY_ERROR) {
            g_autofree char *line = NULL;
            cchc_diagnostic_format(&line, d);
            rc = cchc__fail(CCHC_EFORMAT, "%s", line);
        }
    }
    cchc__jr_move_diagnostics(found, diags);
    cchc_diagnostics_free(found);
    return rc;
}

static void *create_scheme(void)
{
    return cchc_scheme_new();
}

static void destroy_scheme(void *scheme)
{
    cchc_scheme_free(scheme);
}

static const cchc__json_format scheme_format = {
    .function = "cchc_scheme_load_data",
    .create = create_scheme,
    .destroy = destroy_scheme,
    .read = read_scheme,
    .check = check_scheme,
};

int cchc_scheme_load_data(cchc_scheme **out, const char *data, size_t size,
                          const char *source_name, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(data || size == 0);
    void *scheme = NULL;
    int rc = cchc__json_load_data(&scheme_format, &scheme, data, size, source_name, NULL, diags);
    *out = scheme;
    return rc;
}

int cchc_scheme_load_file(cchc_scheme **out, const char *path, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(path);
    void *scheme = NULL;
    int rc = cchc__json_load_file(&scheme_format, &scheme, path, NULL, diags);
    *out = scheme;
    return rc;
}
