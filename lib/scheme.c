/*
 * libcchc — scoring schemes: header, unit kinds, components, the tree of
 * nodes, the band table and the whole-scheme check (analysis layer).
 *
 * Nodes are kept in code order in one array (so that a node's descendants
 * follow it), indexed by code, and each node lists its children in code
 * order. Rules live in scheme-rule.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "score-internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAXIMUM_LIMIT 1000.0
/* A parent's maximum may differ from its children's sum by this much. */
#define SUM_TOLERANCE 0.005

/* ---- origins -------------------------------------------------------------- */

void cchc__origin_clear(cchc__origin *origin)
{
    g_clear_pointer(&origin->file, g_free);
    g_clear_pointer(&origin->path, g_free);
    origin->line = origin->column = 0;
}

void cchc__origin_set(cchc__origin *origin, const char *file, size_t line, size_t column,
                      const char *path)
{
    char *f = g_strdup(file), *p = g_strdup(path);
    cchc__origin_clear(origin);
    origin->file = f;
    origin->path = p;
    origin->line = line;
    origin->column = column;
}

void cchc__origin_copy(cchc__origin *to, const cchc__origin *from)
{
    cchc__origin_set(to, from->file, from->line, from->column, from->path);
}

cchc__location cchc__origin_location(const cchc__origin *origin, const char *field)
{
    cchc__location loc = {0};
    if (origin) {
        loc.file = origin->file;
        loc.line = origin->line;
        loc.column = origin->column;
        loc.path = origin->path;
    }
    loc.field = field;
    return loc;
}

void cchc__diag_at(cchc_diagnostics *diags, int severity, const char *code,
                   const cchc__origin *origin, const char *field, const char *fmt, ...)
{
    if (!diags)
        return;
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    cchc__location loc = cchc__origin_location(origin, field);
    cchc__diag_add(diags, severity, code, &loc, message, NULL);
}

/* ---- codes and numbers ---------------------------------------------------- */

int cchc__code_parse(const char *code, guint *segs)
{
    if (!code || !*code)
        return 0;
    int n = 0;
    const char *p = code;
    for (;;) {
        if (*p < '1' || *p > '9')
            return 0; /* empty segment or leading zero */
        guint64 v = 0;
        while (*p >= '0' && *p <= '9') {
            v = v * 10 + (guint64)(*p - '0');
            if (v > 1000000)
                return 0;
            p++;
        }
        if (n == CCHC_NODE_MAX_DEPTH)
            return -1;
        if (segs)
            segs[n] = (guint)v;
        n++;
        if (*p == '\0')
            return n;
        if (*p != '.')
            return 0;
        p++;
    }
}

int cchc__code_cmp(const char *a, const char *b)
{
    guint sa[CCHC_NODE_MAX_DEPTH], sb[CCHC_NODE_MAX_DEPTH];
    int na = cchc__code_parse(a, sa), nb = cchc__code_parse(b, sb);
    if (na <= 0 || nb <= 0)
        return strcmp(a ? a : "", b ? b : ""); /* not reached for stored codes */
    for (int i = 0; i < na && i < nb; i++)
        if (sa[i] != sb[i])
            return sa[i] < sb[i] ? -1 : 1;
    return (na > nb) - (na < nb);
}

gint cchc__code_cmp_ptr(gconstpointer a, gconstpointer b)
{
    return cchc__code_cmp(*(const char *const *)a, *(const char *const *)b);
}

int cchc__is_hundredths(double value)
{
    if (!isfinite(value))
        return 0;
    double h = value * 100.0;
    return fabs(h - nearbyint(h)) < 1e-6;
}

void cchc__sum_add(cchc__sum *s, double value)
{
    double t = s->sum + value;
    if (fabs(s->sum) >= fabs(value))
        s->compensation += (s->sum - t) + value;
    else
        s->compensation += (value - t) + s->sum;
    s->sum = t;
}

double cchc__sum_value(const cchc__sum *s)
{
    return s->sum + s->compensation;
}

double cchc__snap(double value)
{
    if (!isfinite(value) || fabs(value) > 1e6)
        return value;
    double snapped = nearbyint(value * 1e9) / 1e9;
    return snapped == 0.0 ? 0.0 : snapped; /* no negative zero */
}

char *cchc__num(double value)
{
    if (!isfinite(value))
        return g_strdup("NaN");
    if (value == floor(value) && fabs(value) < 1e15)
        return g_strdup_printf("%.0f", value == 0.0 ? 0.0 : value);
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (int precision = 1; precision <= 17; precision++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", precision);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
            break;
    }
    return g_strdup(buf);
}

static int check_maximum(double maximum, const char *what)
{
    if (!isfinite(maximum) || maximum < 0 || maximum > MAXIMUM_LIMIT)
        return cchc__fail(CCHC_ERANGE, "%s: the maximum must be a number from 0 to %g", what,
                          MAXIMUM_LIMIT);
    if (!cchc__is_hundredths(maximum))
        return cchc__fail(CCHC_ERANGE, "%s: the maximum %.17g has more than two decimals",
                          what, maximum);
    return CCHC_OK;
}

/* ---- the scheme ----------------------------------------------------------- */

static void component_free(gpointer data)
{
    cchc_component *c = data;
    g_free(c->id);
    g_free(c->label);
    cchc__origin_clear(&c->origin);
    g_free(c);
}

static void node_free(gpointer data)
{
    cchc_node *n = data;
    g_free(n->code);
    g_free(n->label);
    g_free(n->label_en);
    g_free(n->description);
    g_free(n->component);
    g_ptr_array_unref(n->children);
    cchc__rule_free(n->rule);
    cchc__origin_clear(&n->origin);
    cchc__origin_clear(&n->origin_max);
    g_free(n);
}

void cchc__band_free(gpointer data)
{
    cchc__band *b = data;
    g_free(b->label);
    cchc__origin_clear(&b->origin);
    g_free(b);
}

cchc__band *cchc__band_copy(const cchc__band *band)
{
    cchc__band *copy = g_new0(cchc__band, 1);
    copy->label = g_strdup(band->label);
    copy->lower = band->lower;
    copy->inclusive = band->inclusive;
    cchc__origin_copy(&copy->origin, &band->origin);
    return copy;
}

cchc_scheme *cchc_scheme_new(void)
{
    cchc_scheme *s = g_new0(cchc_scheme, 1);
    s->id = g_strdup("");
    s->name = g_strdup("");
    s->description = g_strdup("");
    s->basis = g_strdup("");
    s->unit_kinds = g_ptr_array_new_with_free_func(g_free);
    s->components = g_ptr_array_new_with_free_func(component_free);
    s->nodes = g_ptr_array_new_with_free_func(node_free);
    s->by_code = g_hash_table_new(g_str_hash, g_str_equal);
    s->bands = g_ptr_array_new_with_free_func(cchc__band_free);
    return s;
}

void cchc_scheme_free(cchc_scheme *scheme)
{
    if (!scheme)
        return;
    g_free(scheme->id);
    g_free(scheme->name);
    g_free(scheme->description);
    g_free(scheme->basis);
    g_ptr_array_unref(scheme->unit_kinds);
    g_ptr_array_unref(scheme->components);
    g_hash_table_unref(scheme->by_code);
    g_ptr_array_unref(scheme->nodes);
    g_ptr_array_unref(scheme->bands);
    cchc__origin_clear(&scheme->origin);
    g_free(scheme);
}

int cchc_scheme_copy(cchc_scheme **out, const cchc_scheme *scheme)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(scheme);
    cchc_scheme *copy = cchc_scheme_new();
    g_free(copy->id);
    copy->id = g_strdup(scheme->id);
    g_free(copy->name);
    copy->name = g_strdup(scheme->name);
    g_free(copy->description);
    copy->description = g_strdup(scheme->description);
    g_free(copy->basis);
    copy->basis = g_strdup(scheme->basis);
    copy->year = scheme->year;
    cchc__origin_copy(&copy->origin, &scheme->origin);
    for (guint i = 0; i < scheme->unit_kinds->len; i++)
        g_ptr_array_add(copy->unit_kinds, g_strdup(g_ptr_array_index(scheme->unit_kinds, i)));
    for (guint i = 0; i < scheme->components->len; i++) {
        const cchc_component *c = g_ptr_array_index(scheme->components, i);
        cchc_component *d = g_new0(cchc_component, 1);
        d->scheme = copy;
        d->id = g_strdup(c->id);
        d->label = g_strdup(c->label);
        d->maximum = c->maximum;
        d->optional = c->optional;
        cchc__origin_copy(&d->origin, &c->origin);
        g_ptr_array_add(copy->components, d);
    }
    /* Nodes are in code order: every parent is copied before its children. */
    for (guint i = 0; i < scheme->nodes->len; i++) {
        const cchc_node *n = g_ptr_array_index(scheme->nodes, i);
        cchc_node *d = g_new0(cchc_node, 1);
        d->scheme = copy;
        d->parent = n->parent ? g_hash_table_lookup(copy->by_code, n->parent->code) : NULL;
        d->code = g_strdup(n->code);
        d->depth = n->depth;
        d->label = g_strdup(n->label);
        d->label_en = g_strdup(n->label_en);
        d->description = g_strdup(n->description);
        d->maximum = n->maximum;
        d->component = g_strdup(n->component);
        d->evidence_required = n->evidence_required;
        d->may_be_na = n->may_be_na;
        d->children = g_ptr_array_new();
        d->rule = n->rule ? cchc__rule_copy(n->rule, d) : NULL;
        cchc__origin_copy(&d->origin, &n->origin);
        cchc__origin_copy(&d->origin_max, &n->origin_max);
        g_ptr_array_add(copy->nodes, d);
        g_hash_table_insert(copy->by_code, d->code, d);
        if (d->parent)
            g_ptr_array_add(d->parent->children, d);
    }
    for (guint i = 0; i < scheme->bands->len; i++)
        g_ptr_array_add(copy->bands, cchc__band_copy(g_ptr_array_index(scheme->bands, i)));
    *out = copy;
    return CCHC_OK;
}

const char *cchc_scheme_id(const cchc_scheme *s) { return s ? s->id : ""; }
const char *cchc_scheme_name(const cchc_scheme *s) { return s ? s->name : ""; }
const char *cchc_scheme_description(const cchc_scheme *s) { return s ? s->description : ""; }
const char *cchc_scheme_basis(const cchc_scheme *s) { return s ? s->basis : ""; }
int cchc_scheme_year(const cchc_scheme *s) { return s ? s->year : 0; }

int cchc_scheme_set_id(cchc_scheme *scheme, const char *id)
{
    CCHC__CHECK_ARG(scheme);
    if (id && *id && !cchc__id_is_valid(id))
        return cchc__fail(CCHC_EINVAL,
                          "scheme id \"%s\": use 1 to 64 ASCII letters, digits, '.', '-' or "
                          "'_'",
                          id);
    g_free(scheme->id);
    scheme->id = g_strdup(id ? id : "");
    return CCHC_OK;
}

int cchc_scheme_set_name(cchc_scheme *scheme, const char *value)
{
    CCHC__CHECK_ARG(scheme);
    return cchc__set_text(&scheme->name, value, "scheme name");
}

int cchc_scheme_set_description(cchc_scheme *scheme, const char *value)
{
    CCHC__CHECK_ARG(scheme);
    return cchc__set_text(&scheme->description, value, "scheme description");
}

int cchc_scheme_set_basis(cchc_scheme *scheme, const char *value)
{
    CCHC__CHECK_ARG(scheme);
    return cchc__set_text(&scheme->basis, value, "scheme basis");
}

int cchc_scheme_set_year(cchc_scheme *scheme, int year)
{
    CCHC__CHECK_ARG(scheme);
    if (year != 0 && (year < 1900 || year > 9999))
        return cchc__fail(CCHC_ERANGE, "scheme year %d is out of range (1900 to 9999)", year);
    scheme->year = year;
    return CCHC_OK;
}

void cchc__scheme_set_origin(cchc_scheme *scheme, const cchc__origin *origin)
{
    cchc__origin_copy(&scheme->origin, origin);
}

/* ---- unit kinds ----------------------------------------------------------- */

size_t cchc_scheme_unit_kind_count(const cchc_scheme *s) { return s ? s->unit_kinds->len : 0; }

const char *cchc_scheme_unit_kind_at(const cchc_scheme *s, size_t index)
{
    if (!s || index >= s->unit_kinds->len)
        return NULL;
    return g_ptr_array_index(s->unit_kinds, index);
}

static int kind_index(const cchc_scheme *s, const char *kind)
{
    for (guint i = 0; s && kind && i < s->unit_kinds->len; i++)
        if (strcmp(g_ptr_array_index(s->unit_kinds, i), kind) == 0)
            return (int)i;
    return -1;
}

int cchc_scheme_has_unit_kind(const cchc_scheme *s, const char *kind)
{
    return kind_index(s, kind) >= 0;
}

int cchc_scheme_add_unit_kind(cchc_scheme *scheme, const char *kind)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(kind);
    if (!cchc__id_is_valid(kind))
        return cchc__fail(CCHC_EINVAL,
                          "unit kind \"%s\": use 1 to 64 ASCII letters, digits, '.', '-' or '_'",
                          kind);
    if (kind_index(scheme, kind) >= 0)
        return cchc__fail(CCHC_EEXISTS, "the scheme lists the unit kind \"%s\" already", kind);
    g_ptr_array_add(scheme->unit_kinds, g_strdup(kind));
    return CCHC_OK;
}

int cchc_scheme_remove_unit_kind(cchc_scheme *scheme, const char *kind)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(kind);
    int i = kind_index(scheme, kind);
    if (i < 0)
        return cchc__fail(CCHC_ENOTFOUND, "the scheme does not list the unit kind \"%s\"", kind);
    g_ptr_array_remove_index(scheme->unit_kinds, (guint)i);
    return CCHC_OK;
}

/* ---- components ----------------------------------------------------------- */

size_t cchc_scheme_component_count(const cchc_scheme *s) { return s ? s->components->len : 0; }

cchc_component *cchc_scheme_component_at(const cchc_scheme *s, size_t index)
{
    if (!s || index >= s->components->len)
        return NULL;
    return g_ptr_array_index(s->components, index);
}

cchc_component *cchc_scheme_find_component(const cchc_scheme *s, const char *id)
{
    for (guint i = 0; s && id && i < s->components->len; i++) {
        cchc_component *c = g_ptr_array_index(s->components, i);
        if (strcmp(c->id, id) == 0)
            return c;
    }
    return NULL;
}

int cchc_scheme_add_component(cchc_component **out, cchc_scheme *scheme, const char *id,
                              const char *label, double maximum)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(id);
    if (!cchc__id_is_valid(id))
        return cchc__fail(CCHC_EINVAL,
                          "component id \"%s\": use 1 to 64 ASCII letters, digits, '.', '-' "
                          "or '_'",
                          id);
    int rc;
    if ((rc = cchc__check_text(label ? label : "", "component label")))
        return rc;
    g_autofree char *what = g_strdup_printf("component %s", id);
    if ((rc = check_maximum(maximum, what)))
        return rc;
    if (cchc_scheme_find_component(scheme, id))
        return cchc__fail(CCHC_EEXISTS, "the scheme has a component \"%s\" already", id);
    cchc_component *c = g_new0(cchc_component, 1);
    c->scheme = scheme;
    c->id = g_strdup(id);
    c->label = g_strdup(label ? label : "");
    c->maximum = maximum;
    g_ptr_array_add(scheme->components, c);
    if (out)
        *out = c;
    return CCHC_OK;
}

int cchc_scheme_remove_component(cchc_scheme *scheme, const char *id)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(id);
    cchc_component *c = cchc_scheme_find_component(scheme, id);
    if (!c)
        return cchc__fail(CCHC_ENOTFOUND, "the scheme has no component \"%s\"", id);
    for (guint i = 0; i < scheme->nodes->len; i++) {
        const cchc_node *n = g_ptr_array_index(scheme->nodes, i);
        if (strcmp(n->component, id) == 0)
            return cchc__fail(CCHC_EINUSE, "component \"%s\" is used by node %s", id, n->code);
    }
    g_ptr_array_remove(scheme->components, c);
    return CCHC_OK;
}

void cchc__component_set_origin(cchc_component *component, const cchc__origin *origin)
{
    cchc__origin_copy(&component->origin, origin);
}

const char *cchc_component_id(const cchc_component *c) { return c ? c->id : ""; }
const char *cchc_component_label(const cchc_component *c) { return c ? c->label : ""; }
double cchc_component_maximum(const cchc_component *c) { return c ? c->maximum : 0; }
int cchc_component_is_optional(const cchc_component *c) { return c ? c->optional : 0; }

int cchc_component_set_label(cchc_component *component, const char *label)
{
    CCHC__CHECK_ARG(component);
    return cchc__set_text(&component->label, label, "component label");
}

int cchc_component_set_maximum(cchc_component *component, double maximum)
{
    CCHC__CHECK_ARG(component);
    g_autofree char *what = g_strdup_printf("component %s", component->id);
    int rc = check_maximum(maximum, what);
    if (rc)
        return rc;
    component->maximum = maximum;
    return CCHC_OK;
}

int cchc_component_set_optional(cchc_component *component, int optional)
{
    CCHC__CHECK_ARG(component);
    component->optional = optional != 0;
    return CCHC_OK;
}

/* ---- nodes ---------------------------------------------------------------- */

size_t cchc_scheme_node_count(const cchc_scheme *s) { return s ? s->nodes->len : 0; }

cchc_node *cchc_scheme_node_at(const cchc_scheme *s, size_t index)
{
    if (!s || index >= s->nodes->len)
        return NULL;
    return g_ptr_array_index(s->nodes, index);
}

cchc_node *cchc_scheme_find_node(const cchc_scheme *s, const char *code)
{
    if (!s || !code)
        return NULL;
    return g_hash_table_lookup(s->by_code, code);
}

size_t cchc_scheme_root_count(const cchc_scheme *s)
{
    size_t n = 0;
    for (guint i = 0; s && i < s->nodes->len; i++)
        n += ((cchc_node *)g_ptr_array_index(s->nodes, i))->parent == NULL;
    return n;
}

cchc_node *cchc_scheme_root_at(const cchc_scheme *s, size_t index)
{
    for (guint i = 0; s && i < s->nodes->len; i++) {
        cchc_node *n = g_ptr_array_index(s->nodes, i);
        if (!n->parent && index-- == 0)
            return n;
    }
    return NULL;
}

double cchc_scheme_maximum(const cchc_scheme *s)
{
    cchc__sum sum = {0};
    for (guint i = 0; s && i < s->nodes->len; i++) {
        const cchc_node *n = g_ptr_array_index(s->nodes, i);
        if (!n->parent)
            cchc__sum_add(&sum, n->maximum);
    }
    return cchc__snap(cchc__sum_value(&sum));
}

/* The position at which @code keeps @array (of nodes) in code order. */
static guint insert_position(GPtrArray *array, const char *code)
{
    guint lo = 0, hi = array->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        const cchc_node *n = g_ptr_array_index(array, mid);
        if (cchc__code_cmp(n->code, code) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int cchc_scheme_add_node(cchc_node **out, cchc_scheme *scheme, const char *code,
                         const char *label, double maximum)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(code);
    CCHC__CHECK_ARG(label);
    int depth = cchc__code_parse(code, NULL);
    if (depth < 0)
        return cchc__fail(CCHC_ERANGE, "node code \"%s\" is deeper than %d levels", code,
                          CCHC_NODE_MAX_DEPTH);
    if (depth == 0)
        return cchc__fail(CCHC_EINVAL,
                          "\"%s\" is not a node code (positive numbers joined by dots, "
                          "like \"1.2.3\")",
                          code);
    int rc;
    g_autofree char *what = g_strdup_printf("node %s", code);
    if ((rc = cchc__check_text(label, what)))
        return rc;
    if (!*label)
        return cchc__fail(CCHC_EINVAL, "node %s needs a label", code);
    if ((rc = check_maximum(maximum, what)))
        return rc;
    if (g_hash_table_contains(scheme->by_code, code))
        return cchc__fail(CCHC_EEXISTS, "the scheme has a node %s already", code);
    cchc_node *parent = NULL;
    const char *dot = strrchr(code, '.');
    if (dot) {
        g_autofree char *parent_code = g_strndup(code, (gsize)(dot - code));
        parent = g_hash_table_lookup(scheme->by_code, parent_code);
        if (!parent)
            return cchc__fail(CCHC_ENOTFOUND, "node %s: its parent %s is not in the scheme",
                              code, parent_code);
    }
    cchc_node *n = g_new0(cchc_node, 1);
    n->scheme = scheme;
    n->parent = parent;
    n->code = g_strdup(code);
    n->depth = depth;
    n->label = g_strdup(label);
    n->label_en = g_strdup("");
    n->description = g_strdup("");
    n->maximum = maximum;
    n->component = g_strdup("");
    n->children = g_ptr_array_new();
    g_ptr_array_insert(scheme->nodes, (gint)insert_position(scheme->nodes, code), n);
    g_hash_table_insert(scheme->by_code, n->code, n);
    if (parent)
        g_ptr_array_insert(parent->children, (gint)insert_position(parent->children, code), n);
    if (out)
        *out = n;
    return CCHC_OK;
}

/* 1 when @node is @ancestor or lies below it. */
static int is_within(const cchc_node *node, const cchc_node *ancestor)
{
    for (; node; node = node->parent)
        if (node == ancestor)
            return 1;
    return 0;
}

int cchc_scheme_remove_node(cchc_scheme *scheme, const char *code)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(code);
    cchc_node *node = g_hash_table_lookup(scheme->by_code, code);
    if (!node)
        return cchc__fail(CCHC_ENOTFOUND, "the scheme has no node %s", code);
    if (node->parent)
        g_ptr_array_remove(node->parent->children, node);
    /* the subtree is contiguous in code order; free from the last up */
    guint first = 0;
    while (g_ptr_array_index(scheme->nodes, first) != node)
        first++;
    guint end = first + 1;
    while (end < scheme->nodes->len && is_within(g_ptr_array_index(scheme->nodes, end), node))
        end++;
    for (guint i = first; i < end; i++)
        g_hash_table_remove(scheme->by_code,
                            ((cchc_node *)g_ptr_array_index(scheme->nodes, i))->code);
    g_ptr_array_remove_range(scheme->nodes, first, end - first);
    return CCHC_OK;
}

void cchc__node_set_origins(cchc_node *node, const cchc__origin *object,
                            const cchc__origin *maximum)
{
    if (object)
        cchc__origin_copy(&node->origin, object);
    if (maximum)
        cchc__origin_copy(&node->origin_max, maximum);
}

const char *cchc_node_code(const cchc_node *n) { return n ? n->code : ""; }
const char *cchc_node_label(const cchc_node *n) { return n ? n->label : ""; }
const char *cchc_node_label_en(const cchc_node *n) { return n ? n->label_en : ""; }
const char *cchc_node_description(const cchc_node *n) { return n ? n->description : ""; }
double cchc_node_maximum(const cchc_node *n) { return n ? n->maximum : 0; }
const char *cchc_node_component(const cchc_node *n) { return n ? n->component : ""; }
int cchc_node_evidence_required(const cchc_node *n) { return n ? n->evidence_required : 0; }
int cchc_node_may_be_not_applicable(const cchc_node *n) { return n ? n->may_be_na : 0; }
int cchc_node_depth(const cchc_node *n) { return n ? n->depth : 0; }
cchc_node *cchc_node_parent(const cchc_node *n) { return n ? n->parent : NULL; }
size_t cchc_node_child_count(const cchc_node *n) { return n ? n->children->len : 0; }
int cchc_node_is_leaf(const cchc_node *n) { return n && n->children->len == 0; }

cchc_node *cchc_node_child_at(const cchc_node *n, size_t index)
{
    if (!n || index >= n->children->len)
        return NULL;
    return g_ptr_array_index(n->children, index);
}

const char *cchc_node_effective_component(const cchc_node *n)
{
    for (; n; n = n->parent)
        if (*n->component)
            return n->component;
    return "";
}

int cchc_node_area(const cchc_node *n)
{
    if (!n)
        return 0;
    while (n->parent)
        n = n->parent;
    guint segs[CCHC_NODE_MAX_DEPTH];
    if (cchc__code_parse(n->code, segs) != 1)
        return 0;
    return segs[0] >= 1 && segs[0] <= CCHC_AREA_COUNT ? (int)segs[0] : 0;
}

int cchc_node_set_label(cchc_node *node, const char *value)
{
    CCHC__CHECK_ARG(node);
    if (!value || !*value)
        return cchc__fail(CCHC_EINVAL, "node %s needs a label", node->code);
    return cchc__set_text(&node->label, value, "node label");
}

int cchc_node_set_label_en(cchc_node *node, const char *value)
{
    CCHC__CHECK_ARG(node);
    return cchc__set_text(&node->label_en, value, "node English label");
}

int cchc_node_set_description(cchc_node *node, const char *value)
{
    CCHC__CHECK_ARG(node);
    return cchc__set_text(&node->description, value, "node description");
}

int cchc_node_set_maximum(cchc_node *node, double maximum)
{
    CCHC__CHECK_ARG(node);
    g_autofree char *what = g_strdup_printf("node %s", node->code);
    int rc = check_maximum(maximum, what);
    if (rc)
        return rc;
    node->maximum = maximum;
    return CCHC_OK;
}

int cchc_node_set_component(cchc_node *node, const char *id)
{
    CCHC__CHECK_ARG(node);
    if (id && *id && !cchc_scheme_find_component(node->scheme, id))
        return cchc__fail(CCHC_ENOTFOUND, "node %s: the scheme has no component \"%s\"",
                          node->code, id);
    g_free(node->component);
    node->component = g_strdup(id ? id : "");
    return CCHC_OK;
}

int cchc_node_set_evidence_required(cchc_node *node, int required)
{
    CCHC__CHECK_ARG(node);
    node->evidence_required = required != 0;
    return CCHC_OK;
}

int cchc_node_set_may_be_not_applicable(cchc_node *node, int allowed)
{
    CCHC__CHECK_ARG(node);
    node->may_be_na = allowed != 0;
    return CCHC_OK;
}

cchc_rule *cchc_node_rule(const cchc_node *node) { return node ? node->rule : NULL; }

int cchc_node_set_rule(cchc_rule **out, cchc_node *node, int kind)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(node);
    if (!*cchc_rule_kind_name(kind))
        return cchc__fail(CCHC_EINVAL, "node %s: unknown rule kind %d", node->code, kind);
    cchc__rule_free(node->rule);
    node->rule = cchc__rule_new(node, kind);
    if (out)
        *out = node->rule;
    return CCHC_OK;
}

int cchc_node_clear_rule(cchc_node *node)
{
    CCHC__CHECK_ARG(node);
    g_clear_pointer(&node->rule, cchc__rule_free);
    return CCHC_OK;
}

/* ---- bands ---------------------------------------------------------------- */

size_t cchc_scheme_band_count(const cchc_scheme *s) { return s ? s->bands->len : 0; }

static const cchc__band *band_at(const cchc_scheme *s, size_t index)
{
    if (!s || index >= s->bands->len)
        return NULL;
    return g_ptr_array_index(s->bands, index);
}

const char *cchc_scheme_band_label(const cchc_scheme *s, size_t index)
{
    const cchc__band *b = band_at(s, index);
    return b ? b->label : NULL;
}

double cchc_scheme_band_lower(const cchc_scheme *s, size_t index)
{
    const cchc__band *b = band_at(s, index);
    return b ? b->lower : 0;
}

int cchc_scheme_band_lower_inclusive(const cchc_scheme *s, size_t index)
{
    const cchc__band *b = band_at(s, index);
    return b ? b->inclusive : 0;
}

/* Highest first; at the same bound the open band (which holds the values
 * above it) comes before the closed one (which also holds the bound). */
static int band_before(const cchc__band *a, const cchc__band *b)
{
    if (a->lower != b->lower)
        return a->lower > b->lower;
    return !a->inclusive && b->inclusive;
}

int cchc_scheme_add_band(cchc_scheme *scheme, const char *label, double lower,
                         int lower_inclusive)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(label);
    int rc;
    if ((rc = cchc__check_text(label, "band label")))
        return rc;
    if (!*label)
        return cchc__fail(CCHC_EINVAL, "a band needs a label");
    if (!isfinite(lower) || lower < 0 || lower > 100)
        return cchc__fail(CCHC_ERANGE, "band \"%s\": the lower bound must be 0 to 100 %%",
                          label);
    cchc__band probe = {(char *)label, lower, lower_inclusive != 0, {0}};
    guint pos = 0;
    for (guint i = 0; i < scheme->bands->len; i++) {
        const cchc__band *b = g_ptr_array_index(scheme->bands, i);
        if (strcmp(b->label, label) == 0)
            return cchc__fail(CCHC_EEXISTS, "the scheme has a band \"%s\" already", label);
        if (b->lower == lower && b->inclusive == probe.inclusive)
            return cchc__fail(CCHC_EEXISTS, "band \"%s\" starts where band \"%s\" does (%s %g %%)",
                              label, b->label, probe.inclusive ? "from" : "above", lower);
        if (band_before(b, &probe))
            pos = i + 1;
    }
    cchc__band *b = g_new0(cchc__band, 1);
    b->label = g_strdup(label);
    b->lower = lower;
    b->inclusive = probe.inclusive;
    g_ptr_array_insert(scheme->bands, (gint)pos, b);
    return CCHC_OK;
}

int cchc_scheme_remove_band(cchc_scheme *scheme, size_t index)
{
    CCHC__CHECK_ARG(scheme);
    if (index >= scheme->bands->len)
        return cchc__fail(CCHC_ERANGE, "band %zu is out of range (the scheme has %u)", index,
                          scheme->bands->len);
    g_ptr_array_remove_index(scheme->bands, (guint)index);
    return CCHC_OK;
}

void cchc__scheme_set_band_origin(cchc_scheme *scheme, size_t index, const cchc__origin *origin)
{
    cchc__band *b = (cchc__band *)band_at(scheme, index);
    if (b)
        cchc__origin_copy(&b->origin, origin);
}

int cchc__band_find(const GPtrArray *bands, double percent)
{
    for (guint i = 0; bands && i < bands->len; i++) {
        const cchc__band *b = g_ptr_array_index(bands, i);
        if (b->inclusive ? percent >= b->lower : percent > b->lower)
            return (int)i;
    }
    return -1;
}

int cchc_scheme_band_for(size_t *out_index, const cchc_scheme *scheme, double percent)
{
    CCHC__CHECK_ARG(out_index);
    CCHC__CHECK_ARG(scheme);
    if (isnan(percent))
        return cchc__fail(CCHC_EINVAL, "cchc_scheme_band_for: the index is NaN");
    int i = cchc__band_find(scheme->bands, percent);
    if (i < 0)
        return cchc__fail(CCHC_ENOTFOUND, "no band of scheme \"%s\" holds %g %%", scheme->id,
                          percent);
    *out_index = (size_t)i;
    return CCHC_OK;
}

/* ---- the check ------------------------------------------------------------ */

/* "a 2 + b 2.5" for the children of @node. */
static char *children_sum_text(const cchc_node *node)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < node->children->len; i++) {
        const cchc_node *c = g_ptr_array_index(node->children, i);
        g_autofree char *m = cchc__num(c->maximum);
        g_string_append_printf(s, "%s%s %s", i ? " + " : "", c->code, m);
    }
    return g_string_free(s, FALSE);
}

static const cchc__origin *node_max_origin(const cchc_node *n)
{
    return n->origin_max.path ? &n->origin_max : &n->origin;
}

static void check_node(const cchc_scheme *scheme, const cchc_node *n, cchc_diagnostics *diags)
{
    if (n->children->len > 0) {
        cchc__sum sum = {0};
        for (guint i = 0; i < n->children->len; i++)
            cchc__sum_add(&sum, ((cchc_node *)g_ptr_array_index(n->children, i))->maximum);
        double total = cchc__sum_value(&sum);
        if (fabs(total - n->maximum) > SUM_TOLERANCE) {
            g_autofree char *m = cchc__num(n->maximum);
            g_autofree char *t = cchc__num(cchc__snap(total));
            g_autofree char *parts = children_sum_text(n);
            cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.sum-mismatch", node_max_origin(n),
                          "maximum",
                          "node %s: the maximum %s is not the sum of its children's maxima, "
                          "%s = %s",
                          n->code, m, parts, t);
        }
        if (n->rule)
            cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.rule-on-parent", &n->rule->origin,
                          "rule",
                          "node %s has children, so its points are their sum: it cannot have "
                          "a rule",
                          n->code);
        return;
    }
    if (!n->rule)
        cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.leaf-without-rule", &n->origin, "rule",
                      "leaf %s has no rule: say how its points are given", n->code);
    else
        cchc__rule_check(n->rule, diags);
    if (scheme->components->len > 0 && !*cchc_node_effective_component(n))
        cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.no-component", &n->origin, "component",
                      "leaf %s belongs to no component (neither it nor a parent names one)",
                      n->code);
}

static void check_components(const cchc_scheme *scheme, cchc_diagnostics *diags)
{
    for (guint c = 0; c < scheme->components->len; c++) {
        const cchc_component *comp = g_ptr_array_index(scheme->components, c);
        cchc__sum sum = {0};
        for (guint i = 0; i < scheme->nodes->len; i++) {
            const cchc_node *n = g_ptr_array_index(scheme->nodes, i);
            if (n->children->len == 0 && strcmp(cchc_node_effective_component(n), comp->id) == 0)
                cchc__sum_add(&sum, n->maximum);
        }
        double total = cchc__sum_value(&sum);
        if (fabs(total - comp->maximum) > SUM_TOLERANCE) {
            g_autofree char *m = cchc__num(comp->maximum);
            g_autofree char *t = cchc__num(cchc__snap(total));
            cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.component-sum-mismatch",
                          &comp->origin, "maximum",
                          "component \"%s\": the maximum %s is not the sum of its leaves' "
                          "maxima (%s)",
                          comp->id, m, t);
        }
    }
}

static void check_bands(const cchc_scheme *scheme, cchc_diagnostics *diags)
{
    if (scheme->bands->len == 0) {
        cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scheme.no-bands", &scheme->origin, "bands",
                      "the scheme has no band table: units will be ranked but not banded");
        return;
    }
    const cchc__band *lowest = g_ptr_array_index(scheme->bands, scheme->bands->len - 1);
    if (lowest->lower > 0 || !lowest->inclusive) {
        g_autofree char *m = cchc__num(lowest->lower);
        cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.band-gap", &lowest->origin, "lower",
                      "the bands leave a gap: an index from 0 %% up to %s %% (%s) falls in "
                      "no band; the lowest band, \"%s\", should start at 0 %% inclusive",
                      m, lowest->inclusive ? "excluded" : "included", lowest->label);
    }
    for (guint i = 0; i + 1 < scheme->bands->len; i++) {
        const cchc__band *a = g_ptr_array_index(scheme->bands, i);
        const cchc__band *b = g_ptr_array_index(scheme->bands, i + 1);
        if (a->lower == b->lower && !a->inclusive && b->inclusive) {
            g_autofree char *m = cchc__num(b->lower);
            cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scheme.band-single-value", &b->origin,
                          "lower", "band \"%s\" holds only the index %s %%", b->label, m);
        }
    }
}

int cchc_scheme_check(const cchc_scheme *scheme, cchc_diagnostics *diags)
{
    CCHC__CHECK_ARG(scheme);
    CCHC__CHECK_ARG(diags);
    if (!*scheme->id)
        cchc__diag_at(diags, CCHC_SEVERITY_WARNING, "scheme.no-id", &scheme->origin, "id",
                      "the scheme has no id, so scorecards cannot name it");
    if (scheme->nodes->len == 0)
        cchc__diag_at(diags, CCHC_SEVERITY_ERROR, "scheme.empty", &scheme->origin, "nodes",
                      "the scheme has no nodes");
    for (guint i = 0; i < scheme->nodes->len; i++)
        check_node(scheme, g_ptr_array_index(scheme->nodes, i), diags);
    check_components(scheme, diags);
    check_bands(scheme, diags);
    return CCHC_OK;
}
