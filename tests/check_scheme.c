/*
 * Schemes: the tree of nodes, components, rules of every form, the band
 * table, the whole-scheme check (sums, band gaps, rules that do not fit
 * their maximum) with located findings, and the JSON scheme format.
 */
#include "check_helpers.h"

#include <math.h>
#include <unistd.h>

#define SMALL_SCHEME "score/small-scheme.json"
#define SAMPLE_SCHEME "scheme-2023-sample-department.json"

/* ---- helpers ------------------------------------------------------------- */

/* The first diagnostic with @code, or NULL. */
static const cchc_diagnostic *find_diag(const cchc_diagnostics *d, const char *code)
{
    for (size_t i = 0; i < cchc_diagnostics_count(d); i++)
        if (strcmp(cchc_diagnostic_code(cchc_diagnostics_at(d, i)), code) == 0)
            return cchc_diagnostics_at(d, i);
    return NULL;
}

static size_t count_code(const cchc_diagnostics *d, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(d); i++)
        n += strcmp(cchc_diagnostic_code(cchc_diagnostics_at(d, i)), code) == 0;
    return n;
}

static void dump(const cchc_diagnostics *d)
{
    for (size_t i = 0; i < cchc_diagnostics_count(d); i++) {
        char *t = NULL;
        cchc_diagnostic_format(&t, cchc_diagnostics_at(d, i));
        fprintf(stderr, "  %s\n", t);
        cchc_free(t);
    }
}

static cchc_node *add(cchc_scheme *s, const char *code, const char *label, double max)
{
    cchc_node *n = NULL;
    ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, code, label, max));
    return n;
}

static cchc_rule *rule(cchc_node *n, int kind)
{
    cchc_rule *r = NULL;
    ck_assert_cchc_ok(cchc_node_set_rule(&r, n, kind));
    return r;
}

/* The small scheme of tests/data/score/small-scheme.json, built through the API. */
static cchc_scheme *build_small(void)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_set_id(s, "test-small"));
    ck_assert_cchc_ok(cchc_scheme_set_name(s, "Bộ chỉ số thử nghiệm (test)"));
    ck_assert_cchc_ok(cchc_scheme_set_description(
        s, "A small scheme for tests, worked out by hand in tests/check_scorecard.c."));
    ck_assert_cchc_ok(cchc_scheme_set_year(s, 2023));
    ck_assert_cchc_ok(cchc_scheme_add_unit_kind(s, "department"));
    ck_assert_cchc_ok(cchc_scheme_add_component(NULL, s, "appraised", "Điểm thẩm định", 16));
    ck_assert_cchc_ok(cchc_scheme_add_component(NULL, s, "survey", "Điểm điều tra xã hội học", 4));
    /* bands added out of order: the table keeps them highest first */
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Trung bình", 0, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Tốt", 90, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Khá", 80, 1));

    cchc_node *a1 = add(s, "1", "Lĩnh vực một", 10);
    ck_assert_cchc_ok(cchc_node_set_component(a1, "appraised"));
    /* children added out of code order */
    cchc_rule *r = rule(add(s, "1.6", "Số lần", 2), CCHC_RULE_COUNT_LEVELS);
    ck_assert_cchc_ok(cchc_rule_add_level(r, 1, 0.5));
    ck_assert_cchc_ok(cchc_rule_add_level(r, 4, 2));
    ck_assert_cchc_ok(cchc_rule_add_level(r, 2, 1));
    ck_assert_cchc_ok(cchc_rule_add_level(r, 3, 1.5));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_OTHERWISE, 0));
    cchc_node *n11 = add(s, "1.1", "Điểm chấm", 2);
    ck_assert_cchc_ok(cchc_node_set_evidence_required(n11, 1));
    ck_assert_cchc_ok(cchc_rule_set_step(rule(n11, CCHC_RULE_MANUAL), 0.25));
    r = rule(add(s, "1.2", "Đạt / không đạt", 1), CCHC_RULE_YES_NO);
    ck_assert_cchc_ok(cchc_rule_set_wording(r, "Đạt yêu cầu: 1 / Không đạt yêu cầu: 0"));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, 1));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_NO, 0));
    r = rule(add(s, "1.3", "Đúng hạn", 1), CCHC_RULE_DEADLINE);
    ck_assert_cchc_ok(cchc_rule_set_wording(
        r, "Ban hành kịp thời: 1 / không kịp thời: 0,5 / Không ban hành: 0"));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_ON_TIME, 1));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_LATE, 0.5));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_MISSING, 0));
    ck_assert_cchc_ok(cchc_rule_set_deadline(r, "2023-01-31"));
    r = rule(add(s, "1.4", "Theo tỷ lệ", 2), CCHC_RULE_RATE_BANDS);
    ck_assert_cchc_ok(cchc_rule_set_wording(
        r, "Thực hiện trên 90% kế hoạch: 2 / từ 70% - 90%: 1 / Dưới 70%: 0"));
    ck_assert_cchc_ok(cchc_rule_add_band(r, 90, 0, 100, 1, 2));
    ck_assert_cchc_ok(cchc_rule_add_band(r, 0, 1, 70, 0, 0));
    ck_assert_cchc_ok(cchc_rule_add_band(r, 70, 1, 90, 1, 1));
    r = rule(add(s, "1.5", "Tỷ lệ × điểm", 2), CCHC_RULE_PROPORTIONAL);
    ck_assert_cchc_ok(cchc_rule_set_wording(r, "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa"));
    ck_assert_cchc_ok(cchc_rule_set_floor(r, 50));

    cchc_node *a2 = add(s, "2", "Lĩnh vực hai", 6);
    ck_assert_cchc_ok(cchc_node_set_component(a2, "appraised"));
    cchc_node *n21 = add(s, "2.1", "Tiêu chí có thể không áp dụng", 4);
    ck_assert_cchc_ok(cchc_node_set_may_be_not_applicable(n21, 1));
    r = rule(add(s, "2.1.1", "Điểm trừ", 2), CCHC_RULE_DEDUCTION);
    ck_assert_cchc_ok(cchc_rule_set_wording(r, "trừ 0,5 điểm/lần"));
    ck_assert_cchc_ok(cchc_rule_set_per_event(r, 0.5));
    rule(add(s, "2.1.2", "Điểm chấm", 2), CCHC_RULE_MANUAL);
    cchc_node *n22 = add(s, "2.2", "Đạt / không đạt", 2);
    ck_assert_cchc_ok(cchc_node_set_may_be_not_applicable(n22, 1));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(rule(n22, CCHC_RULE_YES_NO),
                                                   CCHC_OUTCOME_YES, 2));

    cchc_node *a3 = add(s, "3", "Điều tra xã hội học", 4);
    ck_assert_cchc_ok(cchc_node_set_component(a3, "survey"));
    r = rule(add(s, "3.1", "Mức độ hài lòng", 4), CCHC_RULE_SURVEY);
    ck_assert_cchc_ok(cchc_rule_add_option(r, "A", "Rất hài lòng", 1));
    ck_assert_cchc_ok(cchc_rule_add_option(r, "B", "Hài lòng", 0.6));
    ck_assert_cchc_ok(cchc_rule_add_option(r, "C", "Bình thường", 0.2));
    ck_assert_cchc_ok(cchc_rule_add_option(r, "D", "Không hài lòng", 0));
    return s;
}

static cchc_scheme *load_small(void)
{
    cchc_scheme *s = NULL;
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_load_file(&s, test_data_path(SMALL_SCHEME), d));
    if (cchc_diagnostics_count(d))
        dump(d);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    cchc_diagnostics_free(d);
    return s;
}

/* Loads @json as a scheme expected to fail; returns the diagnostics. */
static cchc_diagnostics *load_bad(const char *json, int expected)
{
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scheme *s = (cchc_scheme *)1;
    ck_assert_cchc_fails(cchc_scheme_load_data(&s, json, strlen(json), "bad.json", d), expected);
    ck_assert_ptr_null(s);
    return d;
}

/* ---- the tree ------------------------------------------------------------ */

START_TEST(test_scheme_new_is_empty)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_str_eq(cchc_scheme_id(s), "");
    ck_assert_str_eq(cchc_scheme_name(s), "");
    ck_assert_int_eq(cchc_scheme_year(s), 0);
    ck_assert_uint_eq(cchc_scheme_node_count(s), 0);
    ck_assert_uint_eq(cchc_scheme_component_count(s), 0);
    ck_assert_uint_eq(cchc_scheme_band_count(s), 0);
    ck_assert(cchc_scheme_maximum(s) == 0);
    ck_assert_ptr_null(cchc_scheme_node_at(s, 0));
    ck_assert_ptr_null(cchc_scheme_find_node(s, "1"));
    cchc_scheme_free(s);
    cchc_scheme_free(NULL);
    /* getters on NULL are harmless */
    ck_assert_str_eq(cchc_scheme_id(NULL), "");
    ck_assert_str_eq(cchc_node_code(NULL), "");
    ck_assert_int_eq(cchc_rule_kind(NULL), 0);
}
END_TEST

START_TEST(test_scheme_add_node_rejects_bad_codes_and_maxima)
{
    cchc_scheme *s = cchc_scheme_new();
    const char *bad[] = {"", "0", "1.", ".1", "1..2", "01", "1.02", "a", "1.a", "1 .2", "-1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, bad[i], "x", 1), CCHC_EINVAL);
    add(s, "1", "Một", 10);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1", "again", 1), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "2.1", "orphan", 1), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "", 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "x", 1.005), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "x", NAN), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "x", -1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "x", INFINITY), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1", "\xff", 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, NULL, "1.1", "x", 1), CCHC_EINVAL);
    /* 14.50 and 31.50 carry two decimals: fine */
    add(s, "1.1", "x", 14.5);
    add(s, "1.1.1", "x", 0.01);
    add(s, "1.1.1.1", "x", 0.01);
    add(s, "1.1.1.1.1", "x", 0.01);
    add(s, "1.1.1.1.1.1", "six levels", 0.01);
    ck_assert_cchc_fails(cchc_scheme_add_node(NULL, s, "1.1.1.1.1.1.1", "seven", 0.01),
                         CCHC_ERANGE);
    ck_assert_int_eq(cchc_node_depth(cchc_scheme_find_node(s, "1.1.1.1.1.1")), 6);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_nodes_kept_in_code_order)
{
    cchc_scheme *s = cchc_scheme_new();
    add(s, "2", "Hai", 1);
    add(s, "1", "Một", 3);
    add(s, "1.10", "Mười", 1);
    add(s, "1.9", "Chín", 1);
    add(s, "1.2", "Hai", 1);
    add(s, "1.2.1", "Hai.một", 1);
    const char *order[] = {"1", "1.2", "1.2.1", "1.9", "1.10", "2"};
    ck_assert_uint_eq(cchc_scheme_node_count(s), 6);
    for (size_t i = 0; i < 6; i++)
        ck_assert_str_eq(cchc_node_code(cchc_scheme_node_at(s, i)), order[i]);
    cchc_node *one = cchc_scheme_find_node(s, "1");
    ck_assert_uint_eq(cchc_node_child_count(one), 3);
    ck_assert_str_eq(cchc_node_code(cchc_node_child_at(one, 2)), "1.10");
    ck_assert_ptr_eq(cchc_node_parent(cchc_scheme_find_node(s, "1.2.1")),
                     cchc_scheme_find_node(s, "1.2"));
    ck_assert_uint_eq(cchc_scheme_root_count(s), 2);
    ck_assert_str_eq(cchc_node_code(cchc_scheme_root_at(s, 1)), "2");
    ck_assert_int_eq(cchc_node_area(cchc_scheme_find_node(s, "1.2.1")), 1);
    ck_assert(cchc_scheme_maximum(s) == 4);
    ck_assert(!cchc_node_is_leaf(one));
    ck_assert(cchc_node_is_leaf(cchc_scheme_find_node(s, "1.9")));

    /* removing a node takes its subtree */
    ck_assert_cchc_ok(cchc_scheme_remove_node(s, "1.2"));
    ck_assert_uint_eq(cchc_scheme_node_count(s), 4);
    ck_assert_ptr_null(cchc_scheme_find_node(s, "1.2.1"));
    ck_assert_uint_eq(cchc_node_child_count(one), 2);
    ck_assert_cchc_fails(cchc_scheme_remove_node(s, "1.2"), CCHC_ENOTFOUND);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_components_inherit_and_in_use)
{
    cchc_scheme *s = cchc_scheme_new();
    cchc_component *c = NULL;
    ck_assert_cchc_ok(cchc_scheme_add_component(&c, s, "survey", "XHH", 31.5));
    ck_assert(cchc_component_maximum(c) == 31.5);
    ck_assert_cchc_fails(cchc_scheme_add_component(NULL, s, "survey", "again", 1), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_scheme_add_component(NULL, s, "bad id", "x", 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_add_component(NULL, s, "x", "x", 0.001), CCHC_ERANGE);
    cchc_node *n1 = add(s, "1", "Một", 1);
    cchc_node *n11 = add(s, "1.1", "Một.một", 1);
    ck_assert_str_eq(cchc_node_effective_component(n11), "");
    ck_assert_cchc_fails(cchc_node_set_component(n1, "none"), CCHC_ENOTFOUND);
    ck_assert_cchc_ok(cchc_node_set_component(n1, "survey"));
    ck_assert_str_eq(cchc_node_component(n11), "");
    ck_assert_str_eq(cchc_node_effective_component(n11), "survey");
    ck_assert_cchc_fails(cchc_scheme_remove_component(s, "survey"), CCHC_EINUSE);
    ck_assert_cchc_ok(cchc_node_set_component(n1, NULL));
    ck_assert_cchc_ok(cchc_scheme_remove_component(s, "survey"));
    ck_assert_uint_eq(cchc_scheme_component_count(s), 0);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_unit_kinds)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_add_unit_kind(s, "department"));
    ck_assert_cchc_ok(cchc_scheme_add_unit_kind(s, "district"));
    ck_assert_cchc_fails(cchc_scheme_add_unit_kind(s, "district"), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_scheme_add_unit_kind(s, "sở ban"), CCHC_EINVAL);
    ck_assert(cchc_scheme_has_unit_kind(s, "district"));
    ck_assert_cchc_ok(cchc_scheme_remove_unit_kind(s, "department"));
    ck_assert_cchc_fails(cchc_scheme_remove_unit_kind(s, "department"), CCHC_ENOTFOUND);
    ck_assert_uint_eq(cchc_scheme_unit_kind_count(s), 1);
    ck_assert_str_eq(cchc_scheme_unit_kind_at(s, 0), "district");
    cchc_scheme_free(s);
}
END_TEST

/* ---- bands --------------------------------------------------------------- */

static const char *band_of(const cchc_scheme *s, double percent)
{
    size_t i = 99;
    if (cchc_scheme_band_for(&i, s, percent) != CCHC_OK)
        return "(none)";
    return cchc_scheme_band_label(s, i);
}

START_TEST(test_scheme_bands_every_edge)
{
    cchc_scheme *s = build_small();
    /* Hải Dương's three bands "so với điểm tối đa": ≥ 90 %, 80 – < 90 %, < 80 % */
    ck_assert_uint_eq(cchc_scheme_band_count(s), 3);
    ck_assert_str_eq(cchc_scheme_band_label(s, 0), "Tốt");
    ck_assert_str_eq(cchc_scheme_band_label(s, 2), "Trung bình");
    ck_assert_str_eq(band_of(s, 100), "Tốt");
    ck_assert_str_eq(band_of(s, 90), "Tốt");                /* closed edge */
    ck_assert_str_eq(band_of(s, nextafter(90, 0)), "Khá");  /* just below it */
    ck_assert_str_eq(band_of(s, 80), "Khá");
    ck_assert_str_eq(band_of(s, 79.999), "Trung bình");
    ck_assert_str_eq(band_of(s, 0), "Trung bình");
    ck_assert_cchc_fails(cchc_scheme_band_for(&(size_t){0}, s, NAN), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_add_band(s, "Tốt", 95, 1), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_scheme_add_band(s, "Xuất sắc", 90, 1), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_scheme_add_band(s, "x", 101, 1), CCHC_ERANGE);
    cchc_scheme_free(s);

    /* open edges: "trên 90%" is band A, 90 itself falls to B */
    s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "A", 90, 0));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "B", 0, 1));
    ck_assert_str_eq(band_of(s, 90), "B");
    ck_assert_str_eq(band_of(s, nextafter(90, 100)), "A");
    ck_assert(cchc_scheme_band_lower_inclusive(s, 0) == 0);
    /* the same bound closed as well: a band of the single value 90 */
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "exactly 90", 90, 1));
    ck_assert_str_eq(cchc_scheme_band_label(s, 1), "exactly 90");
    ck_assert_str_eq(band_of(s, 90), "exactly 90");
    ck_assert_str_eq(band_of(s, 90.5), "A");
    cchc_scheme_free(s);
}
END_TEST

/* ---- rules --------------------------------------------------------------- */

START_TEST(test_rule_setters_check_kind_and_values)
{
    cchc_scheme *s = cchc_scheme_new();
    cchc_node *n = add(s, "1", "Một", 2);
    cchc_rule *r = rule(n, CCHC_RULE_YES_NO);
    ck_assert_ptr_eq(cchc_node_rule(n), r);
    ck_assert_ptr_eq(cchc_rule_node(r), n);
    ck_assert_int_eq(cchc_rule_source(r), CCHC_SOURCE_TYPED);
    /* defaults: yes earns the maximum, no 0 */
    ck_assert(cchc_rule_outcome_points(r, CCHC_OUTCOME_YES) == 2);
    ck_assert(cchc_rule_outcome_points(r, CCHC_OUTCOME_NO) == 0);
    ck_assert_cchc_fails(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_LATE, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, NAN), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, -1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_rule_set_step(r, 0.25), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_set_deadline(r, "2023-01-01"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_add_band(r, 0, 1, 100, 1, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_set_floor(r, 10), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_add_level(r, 1, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_set_per_event(r, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_add_option(r, "A", "", 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_rule_set_source(r, 9), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_node_set_rule(NULL, n, 99), CCHC_EINVAL);

    r = rule(n, CCHC_RULE_RATE_BANDS);
    ck_assert_cchc_fails(cchc_rule_add_band(r, 50, 1, 40, 1, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_rule_add_band(r, 50, 0, 50, 1, 1), CCHC_ERANGE); /* empty */
    ck_assert_cchc_fails(cchc_rule_add_band(r, -1, 1, 40, 1, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_rule_add_band(r, 0, 1, 101, 1, 1), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_rule_add_band(r, 100, 1, 100, 1, 2)); /* "đạt 100%" */
    ck_assert_cchc_ok(cchc_rule_add_band(r, 0, 1, 100, 0, 1));
    ck_assert(cchc_rule_band_lower(r, 0) == 0 && cchc_rule_band_upper(r, 0) == 100);
    ck_assert(!cchc_rule_band_upper_inclusive(r, 0));
    ck_assert_cchc_ok(cchc_rule_remove_band(r, 1));
    ck_assert_cchc_fails(cchc_rule_remove_band(r, 1), CCHC_ERANGE);

    r = rule(n, CCHC_RULE_MANUAL);
    ck_assert_cchc_fails(cchc_rule_set_step(r, 0.125), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_rule_set_step(r, 0.25));
    ck_assert(cchc_rule_step(r) == 0.25);

    r = rule(n, CCHC_RULE_COUNT_LEVELS);
    ck_assert_cchc_ok(cchc_rule_add_level(r, 4, 2));
    ck_assert_cchc_fails(cchc_rule_add_level(r, 4, 1), CCHC_EEXISTS);
    ck_assert_cchc_ok(cchc_rule_add_level(r, 2, 1));
    ck_assert_uint_eq(cchc_rule_level_min_count(r, 0), 2);

    r = rule(n, CCHC_RULE_SURVEY);
    ck_assert_cchc_fails(cchc_rule_add_option(r, "A", "x", 1.5), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_rule_add_option(r, "A", NULL, 1));
    ck_assert_cchc_fails(cchc_rule_add_option(r, "A", "x", 1), CCHC_EEXISTS);
    ck_assert_str_eq(cchc_rule_option_label(r, 0), "");

    r = rule(n, CCHC_RULE_PROPORTIONAL);
    ck_assert(cchc_rule_cap(r) == 2 && !cchc_rule_has_cap(r));
    ck_assert_cchc_ok(cchc_rule_set_cap(r, 1.5));
    ck_assert(cchc_rule_cap(r) == 1.5 && cchc_rule_has_cap(r));
    ck_assert_cchc_ok(cchc_rule_set_cap(r, -1));
    ck_assert(!cchc_rule_has_cap(r));
    ck_assert_cchc_fails(cchc_rule_set_floor(r, 101), CCHC_ERANGE);

    r = rule(n, CCHC_RULE_DEDUCTION);
    ck_assert_cchc_fails(cchc_rule_set_per_event(r, 0), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_node_clear_rule(n));
    ck_assert_ptr_null(cchc_node_rule(n));
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_rule_names_round_trip)
{
    for (int k = 1; k <= 8; k++)
        ck_assert_int_eq(cchc_rule_kind_from_name(cchc_rule_kind_name(k)), k);
    for (int k = 1; k <= 3; k++)
        ck_assert_int_eq(cchc_rule_source_from_name(cchc_rule_source_name(k)), k);
    for (int k = 1; k <= 6; k++)
        ck_assert_int_eq(cchc_rule_outcome_from_name(cchc_rule_outcome_name(k)), k);
    ck_assert_str_eq(cchc_rule_kind_name(0), "");
    ck_assert_str_eq(cchc_rule_kind_name(9), "");
    ck_assert_int_eq(cchc_rule_kind_from_name("bands"), 0);
    ck_assert_int_eq(cchc_rule_kind_from_name(NULL), 0);
}
END_TEST

START_TEST(test_rule_describe_gives_the_figures)
{
    cchc_scheme *s = build_small();
    char *t = NULL;
    ck_assert_cchc_ok(cchc_rule_describe(&t, cchc_node_rule(cchc_scheme_find_node(s, "1.4"))));
    ck_assert_str_eq(t, "rate_bands: (90, 100] % → 2; [70, 90] % → 1; [0, 70) % → 0");
    cchc_free(t);
    ck_assert_cchc_ok(cchc_rule_describe(&t, cchc_node_rule(cchc_scheme_find_node(s, "1.3"))));
    ck_assert_str_eq(t, "deadline: by 2023-01-31: on time → 1, late → 0.5, missing → 0");
    cchc_free(t);
    ck_assert_cchc_ok(cchc_rule_describe(&t, cchc_node_rule(cchc_scheme_find_node(s, "1.6"))));
    ck_assert_str_eq(t, "count_levels: ≥ 4 → 2; ≥ 3 → 1.5; ≥ 2 → 1; ≥ 1 → 0.5; otherwise → 0");
    cchc_free(t);
    ck_assert_cchc_ok(cchc_rule_describe(&t, cchc_node_rule(cchc_scheme_find_node(s, "2.1.1"))));
    ck_assert_str_eq(t, "deduction: 2 − 0.5 per event, not below 0");
    cchc_free(t);
    ck_assert_cchc_fails(cchc_rule_describe(&t, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(t);
    cchc_scheme_free(s);
}
END_TEST

/* ---- the check ----------------------------------------------------------- */

START_TEST(test_scheme_check_small_scheme_is_clean)
{
    cchc_scheme *s = build_small();
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    if (cchc_diagnostics_count(d))
        dump(d);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    ck_assert(cchc_scheme_maximum(s) == 20);
    ck_assert_cchc_fails(cchc_scheme_check(NULL, d), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_check(s, NULL), CCHC_EINVAL);
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_check_sum_mismatch)
{
    cchc_scheme *s = build_small();
    /* 1 says 10, its children add up to 9.5 */
    ck_assert_cchc_ok(cchc_node_set_maximum(cchc_scheme_find_node(s, "1.6"), 1.5));
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    const cchc_diagnostic *g = find_diag(d, "scheme.sum-mismatch");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cchc_diagnostic_severity(g), CCHC_SEVERITY_ERROR);
    ck_assert_str_eq(cchc_diagnostic_message(g),
                     "node 1: the maximum 10 is not the sum of its children's maxima, "
                     "1.1 2 + 1.2 1 + 1.3 1 + 1.4 2 + 1.5 2 + 1.6 1.5 = 9.5");
    /* and the component no longer adds up either */
    ck_assert_ptr_nonnull(find_diag(d, "scheme.component-sum-mismatch"));
    /* the level of 2 points no longer fits 1.6's maximum 1.5 */
    ck_assert_ptr_nonnull(find_diag(d, "scheme.rule-over-maximum"));
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_check_sum_within_half_a_hundredth)
{
    /* maxima carry two decimals, so sums that agree in hundredths pass however
     * the binary sum rounds: 0.1 + 0.2 = 0.3 */
    cchc_scheme *s = cchc_scheme_new();
    add(s, "1", "Một", 0.3);
    rule(add(s, "1.1", "a", 0.1), CCHC_RULE_MANUAL);
    rule(add(s, "1.2", "b", 0.2), CCHC_RULE_MANUAL);
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "all", 0, 1));
    ck_assert_cchc_ok(cchc_scheme_set_id(s, "t"));
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_check_band_gap)
{
    cchc_scheme *s = build_small();
    ck_assert_cchc_ok(cchc_scheme_remove_band(s, 2)); /* no band below 80 % */
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    const cchc_diagnostic *g = find_diag(d, "scheme.band-gap");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cchc_diagnostic_severity(g), CCHC_SEVERITY_ERROR);
    ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message(g), "from 0 % up to 80 % (excluded)"));
    ck_assert_str_eq(band_of(s, 79), "(none)");
    cchc_diagnostics_clear(d);
    /* a lowest band that leaves 0 itself out is a gap too */
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Yếu", 0, 0));
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    ck_assert_ptr_nonnull(find_diag(d, "scheme.band-gap"));
    cchc_diagnostics_clear(d);
    /* no table at all: a warning */
    while (cchc_scheme_band_count(s))
        cchc_scheme_remove_band(s, 0);
    ck_assert_cchc_ok(cchc_scheme_check(s, d));
    ck_assert_ptr_null(find_diag(d, "scheme.band-gap"));
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scheme.no-bands")),
                     CCHC_SEVERITY_WARNING);
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

/* Checks a one-leaf scheme whose rate-band rule has @n bands; returns the
 * message of @code, or NULL when it is not reported. */
static char *check_rate_bands(const double (*bands)[5], size_t n, const char *code)
{
    cchc_scheme *s = cchc_scheme_new();
    cchc_scheme_set_id(s, "t");
    cchc_scheme_add_band(s, "all", 0, 1);
    add(s, "1", "Một", 2);
    cchc_rule *r = rule(add(s, "1.1", "x", 2), CCHC_RULE_RATE_BANDS);
    for (size_t i = 0; i < n; i++)
        ck_assert_cchc_ok(cchc_rule_add_band(r, bands[i][0], (int)bands[i][1], bands[i][2],
                                             (int)bands[i][3], bands[i][4]));
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scheme_check(s, d);
    const cchc_diagnostic *g = code ? find_diag(d, code) : NULL;
    char *message = g ? strdup(cchc_diagnostic_message(g)) : NULL;
    size_t errors = cchc_diagnostics_count_severity(d, CCHC_SEVERITY_ERROR);
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
    if (!code && errors) {
        free(message);
        return strdup("unexpected error");
    }
    return message;
}

START_TEST(test_scheme_check_rate_bands_cover_0_to_100)
{
    /* "trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0" covers everything */
    const double ok[][5] = {{0, 1, 70, 0, 0}, {70, 1, 90, 1, 1}, {90, 0, 100, 1, 2}};
    ck_assert_ptr_null(check_rate_bands(ok, 3, NULL));
    /* "dưới 70%" and "trên 70%": 70 itself is in no band */
    const double point_gap[][5] = {{0, 1, 70, 0, 0}, {70, 0, 100, 1, 2}};
    char *m = check_rate_bands(point_gap, 2, "scheme.rule-band-gap");
    ck_assert_ptr_nonnull(m);
    ck_assert_str_eq(m, "node 1.1: the rate bands leave a gap: a rate of exactly 70 % falls in "
                        "no band");
    free(m);
    /* "dưới 70%" and "từ 80%" */
    const double range_gap[][5] = {{0, 1, 70, 0, 0}, {80, 1, 100, 1, 2}};
    m = check_rate_bands(range_gap, 2, "scheme.rule-band-gap");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_nonnull(strstr(m, "rates from 70 % (included) to 80 % (excluded)"));
    free(m);
    /* "đến 70%" and "từ 70%": 70 in both */
    const double overlap[][5] = {{0, 1, 70, 1, 0}, {70, 1, 100, 1, 2}};
    m = check_rate_bands(overlap, 2, "scheme.rule-band-overlap");
    ck_assert_ptr_nonnull(m);
    free(m);
    /* nothing reaches 100 */
    const double top_gap[][5] = {{0, 1, 90, 1, 0}, {90, 0, 100, 0, 2}};
    m = check_rate_bands(top_gap, 2, "scheme.rule-band-gap");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_nonnull(strstr(m, "exactly 100 %"));
    free(m);
    /* 0 left out */
    const double bottom_gap[][5] = {{0, 0, 100, 1, 2}};
    m = check_rate_bands(bottom_gap, 1, "scheme.rule-band-gap");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_nonnull(strstr(m, "exactly 0 %"));
    free(m);
}
END_TEST

START_TEST(test_scheme_check_rules_fit_their_maximum)
{
    cchc_scheme *s = build_small();
    cchc_diagnostics *d = cchc_diagnostics_new();
    /* yes 3 on a maximum of 1 */
    cchc_rule *r = cchc_node_rule(cchc_scheme_find_node(s, "1.2"));
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, 3));
    cchc_scheme_check(s, d);
    const cchc_diagnostic *g = find_diag(d, "scheme.rule-over-maximum");
    ck_assert_ptr_nonnull(g);
    ck_assert_str_eq(cchc_diagnostic_message(g),
                     "node 1.2: yes gives 3 points, above the maximum 1");
    /* best outcome below the maximum: a warning */
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, 0.5));
    cchc_diagnostics_clear(d);
    cchc_scheme_check(s, d);
    ck_assert_ptr_null(find_diag(d, "scheme.rule-over-maximum"));
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scheme.rule-unreachable")),
                     CCHC_SEVERITY_WARNING);
    ck_assert_cchc_ok(cchc_rule_set_outcome_points(r, CCHC_OUTCOME_YES, 1));
    /* a step that does not divide the maximum */
    ck_assert_cchc_ok(cchc_rule_set_step(cchc_node_rule(cchc_scheme_find_node(s, "1.1")), 0.3));
    /* a deadline rule without its date */
    ck_assert_cchc_ok(cchc_rule_set_deadline(cchc_node_rule(cchc_scheme_find_node(s, "1.3")), ""));
    /* a cap above the maximum */
    ck_assert_cchc_ok(cchc_rule_set_cap(cchc_node_rule(cchc_scheme_find_node(s, "1.5")), 2.5));
    /* a yes/no rule cannot read the reports … it can; a survey cannot */
    ck_assert_cchc_ok(cchc_rule_set_source(cchc_node_rule(cchc_scheme_find_node(s, "3.1")),
                                           CCHC_SOURCE_PLAN_COMPLETION));
    /* a leaf without rule, and a rule on a parent */
    ck_assert_cchc_ok(cchc_node_clear_rule(cchc_scheme_find_node(s, "2.1.2")));
    rule(cchc_scheme_find_node(s, "2.1"), CCHC_RULE_MANUAL);
    cchc_diagnostics_clear(d);
    cchc_scheme_check(s, d);
    ck_assert_uint_eq(count_code(d, "scheme.rule-step"), 1);
    ck_assert_uint_eq(count_code(d, "scheme.rule-incomplete"), 1);
    ck_assert_uint_eq(count_code(d, "scheme.rule-over-maximum"), 1);
    ck_assert_uint_eq(count_code(d, "scheme.rule-source"), 1);
    ck_assert_uint_eq(count_code(d, "scheme.leaf-without-rule"), 1);
    ck_assert_uint_eq(count_code(d, "scheme.rule-on-parent"), 1);
    ck_assert_str_eq(cchc_diagnostic_message(find_diag(d, "scheme.rule-step")),
                     "node 1.1: the maximum 2 is not a whole number of steps of 0.3");
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_check_no_component_and_component_sum)
{
    cchc_scheme *s = build_small();
    ck_assert_cchc_ok(cchc_node_set_component(cchc_scheme_find_node(s, "3"), NULL));
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scheme_check(s, d);
    ck_assert_str_eq(cchc_diagnostic_message(find_diag(d, "scheme.no-component")),
                     "leaf 3.1 belongs to no component (neither it nor a parent names one)");
    ck_assert_str_eq(cchc_diagnostic_message(find_diag(d, "scheme.component-sum-mismatch")),
                     "component \"survey\": the maximum 4 is not the sum of its leaves' maxima (0)");
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

/* ---- JSON ---------------------------------------------------------------- */

START_TEST(test_scheme_json_api_build_saves_like_the_file)
{
    size_t size = 0;
    char *file = read_all(test_data_path(SMALL_SCHEME), &size);
    cchc_scheme *built = build_small();
    char *saved = NULL;
    size_t saved_size = 0;
    ck_assert_cchc_ok(cchc_scheme_save_data(&saved, &saved_size, built));
    ck_assert_uint_eq(saved_size, strlen(saved));
    ck_assert_str_eq(saved, file);
    cchc_free(saved);
    /* load → save → the same bytes */
    cchc_scheme *loaded = load_small();
    ck_assert_cchc_ok(cchc_scheme_save_data(&saved, NULL, loaded));
    ck_assert_str_eq(saved, file);
    cchc_free(saved);
    /* and a copy saves alike */
    cchc_scheme *copy = NULL;
    ck_assert_cchc_ok(cchc_scheme_copy(&copy, loaded));
    ck_assert_cchc_ok(cchc_scheme_save_data(&saved, NULL, copy));
    ck_assert_str_eq(saved, file);
    cchc_free(saved);
    cchc_scheme_free(copy);
    cchc_scheme_free(loaded);
    cchc_scheme_free(built);
    free(file);
}
END_TEST

START_TEST(test_scheme_json_save_file_round_trip)
{
    cchc_scheme *s = build_small();
    char path[] = "/tmp/cchc-scheme-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    ck_assert_cchc_ok(cchc_scheme_save_file(s, path));
    cchc_scheme *back = NULL;
    ck_assert_cchc_ok(cchc_scheme_load_file(&back, path, NULL));
    ck_assert_uint_eq(cchc_scheme_node_count(back), cchc_scheme_node_count(s));
    ck_assert(cchc_rule_band_upper_inclusive(
        cchc_node_rule(cchc_scheme_find_node(back, "1.4")), 1));
    remove(path);
    cchc_scheme_free(back);
    cchc_scheme_free(s);
    ck_assert_cchc_fails(cchc_scheme_load_file(&back, "/nonexistent/x.json", NULL), CCHC_EIO);
    ck_assert_ptr_null(back);
}
END_TEST

START_TEST(test_scheme_json_sample_loads_clean_and_round_trips)
{
    cchc_scheme *s = NULL;
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_load_file(&s, bundled_data_path(SAMPLE_SCHEME), d));
    if (cchc_diagnostics_count(d))
        dump(d);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    ck_assert(cchc_scheme_maximum(s) == 100);
    ck_assert_uint_eq(cchc_scheme_root_count(s), 7);
    for (size_t i = 0; i < 7; i++)
        ck_assert_int_eq(cchc_node_area(cchc_scheme_root_at(s, i)), (int)i + 1);
    ck_assert(cchc_component_maximum(cchc_scheme_find_component(s, "appraised")) == 70);
    ck_assert(cchc_component_maximum(cchc_scheme_find_component(s, "survey")) == 30);
    /* plainly a sample */
    ck_assert_ptr_nonnull(strstr(cchc_scheme_name(s), "MẪU (SAMPLE)"));
    ck_assert_ptr_nonnull(strstr(cchc_scheme_description(s), "SAMPLE ONLY"));
    /* every rule form is used */
    int seen[9] = {0};
    for (size_t i = 0; i < cchc_scheme_node_count(s); i++) {
        const cchc_rule *r = cchc_node_rule(cchc_scheme_node_at(s, i));
        if (r)
            seen[cchc_rule_kind(r)]++;
    }
    for (int k = 1; k <= 8; k++)
        ck_assert_msg(seen[k] > 0, "rule kind %s is not used", cchc_rule_kind_name(k));
    /* three bands "so với điểm tối đa" */
    ck_assert_uint_eq(cchc_scheme_band_count(s), 3);
    ck_assert_str_eq(band_of(s, 90), "Nhóm I (từ 90% trở lên)");
    ck_assert_str_eq(band_of(s, 85), "Nhóm II (từ 80% đến dưới 90%)");
    ck_assert_str_eq(band_of(s, 79.99), "Nhóm III (dưới 80%)");
    size_t size = 0;
    char *file = read_all(bundled_data_path(SAMPLE_SCHEME), &size);
    char *saved = NULL;
    ck_assert_cchc_ok(cchc_scheme_save_data(&saved, NULL, s));
    ck_assert_str_eq(saved, file);
    cchc_free(saved);
    free(file);
    cchc_diagnostics_free(d);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_scheme_json_sum_mismatch_is_located)
{
    const char *json = "{\"format\": \"cchc-scheme\", \"version\": 1, \"id\": \"t\",\n"
                       " \"bands\": [{\"label\": \"all\", \"lower\": 0, \"inclusive\": true}],\n"
                       " \"nodes\": [\n"
                       "  {\"code\": \"1\", \"label\": \"Một\", \"maximum\": 10, \"children\": [\n"
                       "    {\"code\": \"1.1\", \"label\": \"a\", \"maximum\": 4, \"rule\": {\"kind\": \"manual\"}},\n"
                       "    {\"code\": \"1.2\", \"label\": \"b\", \"maximum\": 5, \"rule\": {\"kind\": \"manual\"}}]}]}\n";
    cchc_diagnostics *d = load_bad(json, CCHC_EFORMAT);
    const cchc_diagnostic *g = find_diag(d, "scheme.sum-mismatch");
    ck_assert_ptr_nonnull(g);
    ck_assert_str_eq(cchc_diagnostic_file(g), "bad.json");
    ck_assert_uint_eq(cchc_diagnostic_line(g), 4);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 33); /* the key "maximum" */
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.nodes[0].maximum");
    ck_assert_str_eq(cchc_last_error_message(),
                     "bad.json:4:33: $.nodes[0].maximum: error: node 1: the maximum 10 is not "
                     "the sum of its children's maxima, 1.1 4 + 1.2 5 = 9 [scheme.sum-mismatch]");
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_scheme_json_band_gap_is_located)
{
    const char *json = "{\"format\": \"cchc-scheme\", \"version\": 1, \"id\": \"t\",\n"
                       " \"bands\": [\n"
                       "  {\"label\": \"Tốt\", \"lower\": 90, \"inclusive\": true},\n"
                       "  {\"label\": \"Khá\", \"lower\": 80, \"inclusive\": true}],\n"
                       " \"nodes\": [{\"code\": \"1\", \"label\": \"Một\", \"maximum\": 1,"
                       " \"rule\": {\"kind\": \"yes_no\"}}]}\n";
    cchc_diagnostics *d = load_bad(json, CCHC_EFORMAT);
    const cchc_diagnostic *g = find_diag(d, "scheme.band-gap");
    ck_assert_ptr_nonnull(g);
    ck_assert_uint_eq(cchc_diagnostic_line(g), 4);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 20); /* "lower" of the lowest band */
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.bands[1].lower");
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "bad.json:4:20:"));
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_scheme_json_rate_band_gap_is_located)
{
    const char *json =
        "{\"format\": \"cchc-scheme\", \"version\": 1, \"id\": \"t\",\n"
        " \"bands\": [{\"label\": \"all\", \"lower\": 0, \"inclusive\": true}],\n"
        " \"nodes\": [{\"code\": \"1\", \"label\": \"Một\", \"maximum\": 2,\n"
        "   \"rule\": {\"kind\": \"rate_bands\", \"bands\": [\n"
        "     {\"lower\": 0, \"lower_inclusive\": true, \"upper\": 70, \"upper_inclusive\": false, \"points\": 0},\n"
        "     {\"lower\": 70, \"lower_inclusive\": false, \"upper\": 100, \"upper_inclusive\": true, \"points\": 2}]}}]}\n";
    cchc_diagnostics *d = load_bad(json, CCHC_EFORMAT);
    const cchc_diagnostic *g = find_diag(d, "scheme.rule-band-gap");
    ck_assert_ptr_nonnull(g);
    ck_assert_uint_eq(cchc_diagnostic_line(g), 4);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 4);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.nodes[0].rule");
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_scheme_json_structure_errors_are_located)
{
    struct {
        const char *json;
        const char *code;
        size_t line, column;
    } cases[] = {
        /* a child whose code is not its parent's code and a number */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1, \"children\": [\n  {\"code\": \"2.1\", \"label\": \"b\", "
         "\"maximum\": 1}]}]}",
         "scheme.code-not-nested", 3, 4},
        /* the same code twice */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1},\n  {\"code\": \"1\", \"label\": \"b\", \"maximum\": 1}]}",
         "scheme.duplicate-code", 3, 4},
        /* an unknown rule kind */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1,\n  \"rule\": {\"kind\": \"lottery\"}}]}",
         "scheme.unknown-rule", 3, 12},
        /* a code that is not a code */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1.a\", "
         "\"label\": \"a\", \"maximum\": 1}]}",
         "scheme.bad-code", 2, 13},
        /* three decimals */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1.005}]}",
         "json.range", 2, 40},
        /* a rate band without its edges' inclusiveness */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1,\n  \"rule\": {\"kind\": \"rate_bands\", \"bands\": [{\"lower\": 0, "
         "\"upper\": 100, \"points\": 1}]}}]}",
         "json.content", 3, 44},
        /* a component that does not exist */
        {"{\"format\": \"cchc-scheme\", \"version\": 1,\n \"nodes\": [{\"code\": \"1\", \"label\": "
         "\"a\", \"maximum\": 1, \"component\": \"x\"}]}",
         "scheme.unknown-component", 2, 54},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cchc_diagnostics *d = load_bad(cases[i].json, CCHC_EFORMAT);
        const cchc_diagnostic *g = find_diag(d, cases[i].code);
        if (!g)
            dump(d);
        ck_assert_msg(g != NULL, "case %zu: no %s", i, cases[i].code);
        ck_assert_msg(cchc_diagnostic_line(g) == cases[i].line &&
                          cchc_diagnostic_column(g) == cases[i].column,
                      "case %zu: %s at %zu:%zu, expected %zu:%zu", i, cases[i].code,
                      cchc_diagnostic_line(g), cchc_diagnostic_column(g), cases[i].line,
                      cases[i].column);
        cchc_diagnostics_free(d);
    }
}
END_TEST

START_TEST(test_scheme_json_unknown_key_warns)
{
    const char *json = "{\"format\": \"cchc-scheme\", \"version\": 1, \"id\": \"t\",\n"
                       " \"bands\": [{\"label\": \"all\", \"lower\": 0, \"inclusive\": true}],\n"
                       " \"nodes\": [{\"code\": \"1\", \"label\": \"a\", \"maximum\": 1, "
                       "\"weight\": 3, \"rule\": {\"kind\": \"yes_no\"}}]}";
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scheme *s = NULL;
    ck_assert_cchc_ok(cchc_scheme_load_data(&s, json, strlen(json), "w.json", d));
    const cchc_diagnostic *g = find_diag(d, "json.unknown-key");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cchc_diagnostic_severity(g), CCHC_SEVERITY_WARNING);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.nodes[0].weight");
    ck_assert_uint_eq(cchc_diagnostic_line(g), 3);
    cchc_scheme_free(s);
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_scheme_json_wrong_format_and_version)
{
    const char *other = "{\"format\": \"cchc-plan\", \"version\": 1}";
    cchc_diagnostics *d = load_bad(other, CCHC_EFORMAT);
    cchc_diagnostics_free(d);
    const char *newer = "{\"format\": \"cchc-scheme\", \"version\": 2}";
    d = load_bad(newer, CCHC_EVERSION);
    cchc_diagnostics_free(d);
    const char *broken = "{\"format\": \"cchc-scheme\",";
    d = load_bad(broken, CCHC_EPARSE);
    cchc_diagnostics_free(d);
    cchc_scheme *s = NULL;
    ck_assert_cchc_fails(cchc_scheme_load_data(NULL, "{}", 2, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_load_data(&s, NULL, 2, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_save_data(NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scheme_save_file(NULL, "x"), CCHC_EINVAL);
}
END_TEST

Suite *suite_scheme(void);

Suite *suite_scheme(void)
{
    Suite *s = suite_create("scheme");
    TCase *t = tcase_create("tree");
    tcase_add_test(t, test_scheme_new_is_empty);
    tcase_add_test(t, test_scheme_add_node_rejects_bad_codes_and_maxima);
    tcase_add_test(t, test_scheme_nodes_kept_in_code_order);
    tcase_add_test(t, test_scheme_components_inherit_and_in_use);
    tcase_add_test(t, test_scheme_unit_kinds);
    tcase_add_test(t, test_scheme_bands_every_edge);
    suite_add_tcase(s, t);
    t = tcase_create("rules");
    tcase_add_test(t, test_rule_setters_check_kind_and_values);
    tcase_add_test(t, test_rule_names_round_trip);
    tcase_add_test(t, test_rule_describe_gives_the_figures);
    suite_add_tcase(s, t);
    t = tcase_create("check");
    tcase_add_test(t, test_scheme_check_small_scheme_is_clean);
    tcase_add_test(t, test_scheme_check_sum_mismatch);
    tcase_add_test(t, test_scheme_check_sum_within_half_a_hundredth);
    tcase_add_test(t, test_scheme_check_band_gap);
    tcase_add_test(t, test_scheme_check_rate_bands_cover_0_to_100);
    tcase_add_test(t, test_scheme_check_rules_fit_their_maximum);
    tcase_add_test(t, test_scheme_check_no_component_and_component_sum);
    suite_add_tcase(s, t);
    t = tcase_create("json");
    tcase_add_test(t, test_scheme_json_api_build_saves_like_the_file);
    tcase_add_test(t, test_scheme_json_save_file_round_trip);
    tcase_add_test(t, test_scheme_json_sample_loads_clean_and_round_trips);
    tcase_add_test(t, test_scheme_json_sum_mismatch_is_located);
    tcase_add_test(t, test_scheme_json_band_gap_is_located);
    tcase_add_test(t, test_scheme_json_rate_band_gap_is_located);
    tcase_add_test(t, test_scheme_json_structure_errors_are_located);
    tcase_add_test(t, test_scheme_json_unknown_key_warns);
    tcase_add_test(t, test_scheme_json_wrong_format_and_version);
    suite_add_tcase(s, t);
    return s;
}
