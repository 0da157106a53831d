/*
 * libcchc — private declarations of the scoring sources: schemes, rules,
 * scorecards, evaluations (analysis layer) and their JSON readers and
 * writers (formats layer). Never installed; may include GLib.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_SCORE_INTERNAL_H
#define CCHC_SCORE_INTERNAL_H

#include "internal.h"

/* ---- where a value came from ------------------------------------------- */

/* The place in a JSON document an object or value was read from, so that
 * checks made after loading give located diagnostics. All empty for objects
 * built through the API. */
typedef struct {
    char *file;
    size_t line;
    size_t column;
    char *path;
} cchc__origin;

void cchc__origin_clear(cchc__origin *origin);
void cchc__origin_copy(cchc__origin *to, const cchc__origin *from);
void cchc__origin_set(cchc__origin *origin, const char *file, size_t line, size_t column,
                      const char *path);
/* A cchc__location for @origin, with @field (may be NULL). */
cchc__location cchc__origin_location(const cchc__origin *origin, const char *field);
/* Appends a finding at @origin (may be NULL), English message from a format. */
void cchc__diag_at(cchc_diagnostics *diags, int severity, const char *code,
                   const cchc__origin *origin, const char *field, const char *fmt, ...)
    G_GNUC_PRINTF(6, 7);

/* ---- codes -------------------------------------------------------------- */

/* Parses "1.2.3" (positive numbers without leading zeros, 1 … CCHC_NODE_MAX_DEPTH
 * segments). Returns the number of segments and fills @segs (may be NULL);
 * 0 for a malformed code; -1 for one that is too deep. */
int cchc__code_parse(const char *code, guint *segs);
/* Orders codes segment by segment as numbers; a parent before its children. */
int cchc__code_cmp(const char *a, const char *b);
gint cchc__code_cmp_ptr(gconstpointer a, gconstpointer b); /* for GPtrArray of char* */

/* 1 when @value is finite, in @min … @max and has at most two decimals. */
int cchc__is_hundredths(double value);

/* ---- numbers ------------------------------------------------------------ */

/* Neumaier (compensated) summation. */
typedef struct {
    double sum;
    double compensation;
} cchc__sum;
void cchc__sum_add(cchc__sum *s, double value);
double cchc__sum_value(const cchc__sum *s);

/* Drops binary noise below 1e-9: round(@value × 1e9) / 1e9 (values up to 1e6). */
double cchc__snap(double value);

/* Text for a number in messages: the shortest form that reads back ("2.5",
 * "0.1", "90"), newly allocated. */
char *cchc__num(double value);

/* ---- schemes ------------------------------------------------------------ */

typedef struct {
    double lower;
    gboolean lower_inclusive;
    double upper;
    gboolean upper_inclusive;
    double points;
} cchc__rate_band;

typedef struct {
    size_t min_count;
    double points;
} cchc__level;

typedef struct {
    char *id;
    char *label;
    double weight;
} cchc__option;

#define CCHC__OUTCOME_COUNT 7 /* outcomes are 1 … 6 */

struct cchc_rule {
    cchc_node *node;
    int kind;
    int source;
    char *wording;
    double outcome[CCHC__OUTCOME_COUNT];
    gboolean outcome_set[CCHC__OUTCOME_COUNT];
    char *deadline;
    double step;
    GArray *bands;     /* cchc__rate_band, ordered by lower edge */
    double floor;
    double cap;
    gboolean has_cap;
    GArray *levels;    /* cchc__level, ordered by min_count */
    double per_event;
    GPtrArray *options; /* cchc__option */
    cchc__origin origin;
};

struct cchc_component {
    cchc_scheme *scheme;
    char *id;
    char *label;
    double maximum;
    gboolean optional;
    cchc__origin origin;
};

struct cchc_node {
    cchc_scheme *scheme;
    cchc_node *parent;
    char *code;
    int depth;
    char *label;
    char *label_en;
    char *description;
    double maximum;
    char *component; /* "" = inherit */
    gboolean evidence_required;
    gboolean may_be_na;
    GPtrArray *children; /* borrowed, code order */
    cchc_rule *rule;
    cchc__origin origin;     /* the node object */
    cchc__origin origin_max; /* its "maximum" member */
};

typedef struct {
    char *label;
    double lower;
    gboolean inclusive;
    cchc__origin origin;
} cchc__band;

struct cchc_scheme {
    char *id;
    char *name;
    char *description;
    char *basis;
    int year;
    GPtrArray *unit_kinds; /* char* */
    GPtrArray *components; /* cchc_component*, owned */
    GPtrArray *nodes;      /* cchc_node*, owned, code order */
    GHashTable *by_code;   /* code → node */
    GPtrArray *bands;      /* cchc__band*, highest first */
    cchc__origin origin;   /* the document root */
};

/* The band of @percent in a table of cchc__band (highest first); -1 when none. */
int cchc__band_find(const GPtrArray *bands, double percent);
void cchc__band_free(gpointer data);
cchc__band *cchc__band_copy(const cchc__band *band);

/* scheme-rule.c */
cchc_rule *cchc__rule_new(cchc_node *node, int kind);
void cchc__rule_free(cchc_rule *rule);
cchc_rule *cchc__rule_copy(const cchc_rule *rule, cchc_node *node);
/* Appends the rule's findings (cchc_scheme_check()). */
void cchc__rule_check(const cchc_rule *rule, cchc_diagnostics *diags);
/* The input kinds (bit 1 << kind) the rule reads when typed. */
unsigned cchc__rule_typed_inputs(const cchc_rule *rule);

/* The facts a rule is applied to. */
typedef struct {
    unsigned has;     /* bits 1 << cchc_input_kind */
    double points;
    int yes;
    const char *date; /* "" = not done */
    double rate;
    double numerator;
    double denominator;
    size_t count;
    const GPtrArray *answers; /* cchc__answer*, may be NULL */
    gboolean plan;    /* numerator / denominator come from the plan */
    const char *plan_as_of;
    size_t events;    /* listed deduction events */
} cchc__facts;

/* Applies @rule: returns 1 and sets *points and *reason (g_free) when the
 * facts are enough, 0 when there is no input (then *reason says so). */
int cchc__rule_apply(const cchc_rule *rule, const cchc__facts *facts, double *points,
                     char **reason);

/* Setting origins from the JSON reader. */
void cchc__node_set_origins(cchc_node *node, const cchc__origin *object,
                            const cchc__origin *maximum);
void cchc__rule_set_origin(cchc_rule *rule, const cchc__origin *origin);
void cchc__component_set_origin(cchc_component *component, const cchc__origin *origin);
void cchc__scheme_set_band_origin(cchc_scheme *scheme, size_t index,
                                  const cchc__origin *origin);
void cchc__scheme_set_origin(cchc_scheme *scheme, const cchc__origin *origin);

/* ---- scorecards --------------------------------------------------------- */

typedef struct {
    char *option;
    size_t count;
} cchc__answer;

struct cchc_entry {
    cchc_scorecard *card;
    char *code;
    unsigned has; /* bits 1 << cchc_input_kind */
    double points;
    int yes;
    char *date;
    double rate;
    double numerator;
    double denominator;
    size_t count;
    GPtrArray *answers; /* cchc__answer* */
    char *explanation;
    GPtrArray *evidence; /* cchc_evidence* */
    gboolean appraised;
    double appraised_points;
    char *appraisal_reason;
    gboolean na;
    char *na_reason;
    gboolean has_plan;
    double plan_numerator;
    double plan_denominator;
    char *plan_as_of;
    cchc__origin origin;     /* the entry object */
    GHashTable *origins;     /* member ("self.points") → cchc__origin*; NULL when none */
};

struct cchc_deduction {
    char *code;
    char *date;
    char *description;
    cchc__origin origin;
};

struct cchc_scorecard {
    char *unit_id;
    char *unit_name;
    char *unit_kind;
    char *scheme_id;
    int year;
    char *notes;
    char *plan_file;
    char *plan_as_of;
    char *plan_lead;
    GPtrArray *entries;    /* cchc_entry*, code order */
    GPtrArray *deductions; /* cchc_deduction* */
    cchc__origin origin;
    cchc__origin origin_scheme; /* the "scheme" member */
};

/* The origin of member @member of @entry ("self.points", "appraisal.points"),
 * else of the entry. */
const cchc__origin *cchc__entry_origin(const cchc_entry *entry, const char *member);
void cchc__entry_set_origin(cchc_entry *entry, const char *member, const cchc__origin *origin);
void cchc__deduction_set_origin(cchc_scorecard *card, size_t index, const cchc__origin *origin);
void cchc__scorecard_set_origins(cchc_scorecard *card, const cchc__origin *root,
                                 const cchc__origin *scheme);

/* The facts of entry @e (may be NULL) for @node's rule: typed facts, or the
 * plan-fed ratio for plan-fed rules, and the listed deduction events. */
void cchc__scorecard_facts(const cchc_scorecard *card, const cchc_entry *e,
                           const cchc_node *node, cchc__facts *facts);
/* The entry that declares @node or an ancestor not applicable; NULL if none. */
const cchc_entry *cchc__scorecard_na_entry(const cchc_scorecard *card, const cchc_node *node);

/* ---- evaluations -------------------------------------------------------- */

/* A fact as the evaluation records it for explain. */
typedef struct {
    char *name;     /* "rate", "numerator", "date", "answers.A", "events", … */
    char *text;     /* for dates and yes/no; NULL for numbers */
    double number;
} cchc__fact;

struct cchc_node_score {
    char *code;
    char *label;
    int depth;
    gboolean leaf;
    char *component;
    double nominal_max;
    double max;
    double self;
    double appraised;
    double final;
    double index;
    double self_index;
    int appraisal;
    gboolean na;
    gboolean missing;
    gboolean excluded;
    gboolean rescaled;
    int band; /* -1 when none */
    char *reason;
    GArray *children; /* guint indexes of the children in the evaluation */
    /* leaves, for explain */
    int rule_kind;
    int rule_source;
    char *rule_text;
    char *rule_wording;
    char *input_source; /* "typed", "plan", "survey", "events", "none" */
    GPtrArray *facts;   /* cchc__fact* */
    gboolean has_self_input;
    gboolean appraisable; /* self-assessed: typed facts, not a survey */
    gboolean measured;    /* nothing below it awaits an appraisal */
    gboolean has_appraisal;
    double appraisal_points;
    char *appraisal_reason;
    char *na_reason;
    char *na_code; /* the node that was declared not applicable */
    char *explanation;
    GPtrArray *evidence;   /* char*: one line per reference */
    GPtrArray *deductions; /* char*: one line per event */
};

typedef struct {
    char *id;
    char *label;
    double nominal_max;
    double max;
    double points;
    double index;
    gboolean missing;
} cchc__component_total;

struct cchc_evaluation {
    char *scheme_id;
    char *scheme_name;
    int year;
    char *unit_id;
    char *unit_name;
    char *unit_kind;
    double total;
    double self_total;
    double max;
    double nominal_max;
    double index;
    double self_index;
    double scaled_total;
    gboolean rescaled;
    int appraisal;
    int band;
    GPtrArray *bands;      /* cchc__band* copied from the scheme */
    GPtrArray *components; /* cchc__component_total* */
    GPtrArray *nodes;      /* cchc_node_score*, code order */
    GHashTable *by_code;
    GArray *roots;         /* guint */
};

#endif /* CCHC_SCORE_INTERNAL_H */
