/*
 * Scorecards and their evaluation, with results worked out by hand on the
 * small scheme of tests/data/score/small-scheme.json:
 *
 *   1 Lĩnh vực một, 10 (appraised)        2 Lĩnh vực hai, 6 (appraised)
 *     1.1 manual 0…2 step 0.25              2.1 (may be n/a), 4
 *     1.2 yes/no 1 / 0                        2.1.1 deduction 2 − 0.5/event
 *     1.3 deadline 2023-01-31: 1 / 0.5 / 0    2.1.2 manual 0…2
 *     1.4 rate bands (90,100] 2; [70,90] 1;   2.2 yes/no 2 / 0 (may be n/a)
 *         [0,70) 0                          3 Điều tra XHH, 4 (survey)
 *     1.5 proportional × 2, 0 below 50 %      3.1 survey A 1, B 0.6, C 0.2, D 0
 *     1.6 count ≥4 2; ≥3 1.5; ≥2 1; ≥1 0.5
 *   bands: Tốt ≥ 90 %, Khá 80 – < 90 %, Trung bình < 80 %; maximum 20.
 *
 * Plan-fed inputs, checks with located findings, explain, rounding and the
 * JSON scorecard format are tested here too.
 */
#include "check_helpers.h"

#include <math.h>
#include <unistd.h>

#define SMALL_SCHEME "score/small-scheme.json"
#define SMALL_CARD "score/small-card.json"
#define SAMPLE_SCHEME "scheme-2023-sample-department.json"

static cchc_scheme *scheme;

static void setup(void)
{
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scheme_load_file(&scheme, test_data_path(SMALL_SCHEME), d));
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    cchc_diagnostics_free(d);
}

static void teardown(void)
{
    cchc_scheme_free(scheme);
    scheme = NULL;
}

/* ---- helpers ------------------------------------------------------------- */

static const cchc_diagnostic *find_diag(const cchc_diagnostics *d, const char *code)
{
    for (size_t i = 0; i < cchc_diagnostics_count(d); i++)
        if (strcmp(cchc_diagnostic_code(cchc_diagnostics_at(d, i)), code) == 0)
            return cchc_diagnostics_at(d, i);
    return NULL;
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

static cchc_scorecard *new_card(void)
{
    cchc_scorecard *c = cchc_scorecard_new();
    ck_assert_cchc_ok(cchc_scorecard_set_scheme_id(c, "test-small"));
    ck_assert_cchc_ok(cchc_scorecard_set_year(c, 2023));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_id(c, "unit-a"));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_name(c, "Đơn vị A (hư cấu)"));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_kind(c, "department"));
    return c;
}

static cchc_entry *entry(cchc_scorecard *c, const char *code)
{
    cchc_entry *e = cchc_scorecard_find_entry(c, code);
    if (!e)
        ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, c, code));
    return e;
}

static cchc_scorecard *load_card(const char *json)
{
    cchc_scorecard *c = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_data(&c, json, strlen(json), "card.json", NULL));
    return c;
}

/* Evaluates and expects success; warnings are allowed. */
static cchc_evaluation *evaluate(const cchc_scorecard *c)
{
    cchc_evaluation *ev = NULL;
    cchc_diagnostics *d = cchc_diagnostics_new();
    int rc = cchc_scorecard_evaluate(&ev, c, scheme, d);
    if (rc)
        dump(d);
    ck_assert_cchc_ok(rc);
    cchc_diagnostics_free(d);
    return ev;
}

static const cchc_node_score *node(const cchc_evaluation *ev, const char *code)
{
    const cchc_node_score *s = cchc_evaluation_find_node(ev, code);
    ck_assert_msg(s != NULL, "no node %s", code);
    return s;
}

#define ck_assert_points(value, expected)                                       \
    ck_assert_msg(fabs((value) - (expected)) < 1e-9, "%s = %.17g, expected %.17g", \
                  #value, (double)(value), (double)(expected))

/* The final points of leaf @code when the card holds only what @fill sets. */
typedef void (*fill_fn)(cchc_scorecard *c, const void *arg);

static double leaf_points(fill_fn fill, const void *arg, const char *code)
{
    cchc_scorecard *c = new_card();
    fill(c, arg);
    cchc_evaluation *ev = evaluate(c);
    double p = cchc_node_score_final(node(ev, code));
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
    return p;
}

/* ---- the card of tests/data/score/small-card.json ------------------------ */

/*
 * By hand:
 *   1.1 typed 1.75                                         1.75
 *   1.2 yes                                                1
 *   1.3 done 2023-02-10 after 2023-01-31: late             0.5
 *   1.4 9/10 = 90 %: in [70, 90]                           1
 *   1.5 30/40 = 75 % ≥ 50 %: 0.75 × 2                      1.5
 *   1.6 count 3: ≥ 3                                       1.5
 *   area 1: 1.75 + 1 + 0.5 + 1 + 1.5 + 1.5 = 7.25 of 10 = 72.5 %
 *   2.1.1 three events: 2 − 3 × 0.5                        0.5
 *   2.1.2 typed 2                                          2
 *   2.2 no                                                 0
 *   area 2: 0.5 + 2 + 0 = 2.5 of 6 = 41.666… %
 *   3.1 A 30, B 50, C 15, D 5: (30 + 30 + 3 + 0) / 100 = 0.63 × 4 = 2.52
 *   total 7.25 + 2.5 + 2.52 = 12.27 of 20 = 61.35 % → Trung bình
 *   components: appraised 9.75 of 16, survey 2.52 of 4
 */
START_TEST(test_scorecard_small_card_by_hand)
{
    cchc_scorecard *c = NULL;
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scorecard_load_file(&c, test_data_path(SMALL_CARD), d));
    ck_assert_cchc_ok(cchc_scorecard_check(c, scheme, d));
    if (cchc_diagnostics_count(d))
        dump(d);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    cchc_evaluation *ev = evaluate(c);
    const char *codes[] = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1.1", "2.1.2", "2.2", "3.1"};
    const double points[] = {1.75, 1, 0.5, 1, 1.5, 1.5, 0.5, 2, 0, 2.52};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
        const cchc_node_score *s = node(ev, codes[i]);
        ck_assert_msg(fabs(cchc_node_score_final(s) - points[i]) < 1e-9, "%s: %.17g != %g",
                      codes[i], cchc_node_score_final(s), points[i]);
        ck_assert_points(cchc_node_score_self(s), points[i]);
        ck_assert_int_eq(cchc_node_score_appraisal(s), CCHC_APPRAISAL_NONE);
    }
    ck_assert_points(cchc_node_score_final(node(ev, "1")), 7.25);
    ck_assert_points(cchc_node_score_index(node(ev, "1")), 72.5);
    ck_assert_points(cchc_node_score_final(node(ev, "2.1")), 2.5);
    ck_assert_points(cchc_node_score_final(node(ev, "2")), 2.5);
    ck_assert_points(cchc_node_score_index(node(ev, "2")), 250.0 / 6);
    ck_assert_points(cchc_node_score_index(node(ev, "3")), 63);
    ck_assert_points(cchc_evaluation_total(ev), 12.27);
    ck_assert_points(cchc_evaluation_self_total(ev), 12.27);
    ck_assert(cchc_evaluation_maximum(ev) == 20);
    ck_assert(cchc_evaluation_nominal_maximum(ev) == 20);
    ck_assert_points(cchc_evaluation_index(ev), 61.35);
    ck_assert_points(cchc_evaluation_scaled_total(ev), 12.27);
    ck_assert(!cchc_evaluation_is_rescaled(ev));
    ck_assert_str_eq(cchc_evaluation_band_label(ev), "Trung bình");
    size_t band = 9;
    ck_assert_cchc_ok(cchc_evaluation_band(&band, ev));
    ck_assert_uint_eq(band, 2);
    ck_assert_uint_eq(cchc_evaluation_component_count(ev), 2);
    ck_assert_str_eq(cchc_evaluation_component_id(ev, 0), "appraised");
    ck_assert_points(cchc_evaluation_component_points(ev, 0), 9.75);
    ck_assert(cchc_evaluation_component_maximum(ev, 0) == 16);
    ck_assert_points(cchc_evaluation_component_points(ev, 1), 2.52);
    ck_assert_points(cchc_evaluation_component_index(ev, 1), 63);
    ck_assert(!cchc_evaluation_component_is_missing(ev, 1));
    ck_assert_uint_eq(cchc_evaluation_area_count(ev), 3);
    ck_assert_str_eq(cchc_node_score_code(cchc_evaluation_area_at(ev, 2)), "3");
    ck_assert_uint_eq(cchc_evaluation_node_count(ev), cchc_scheme_node_count(scheme));
    ck_assert_str_eq(cchc_evaluation_unit_id(ev), "unit-a");
    ck_assert_str_eq(cchc_evaluation_unit_kind(ev), "department");
    ck_assert_str_eq(cchc_evaluation_scheme_id(ev), "test-small");
    ck_assert_int_eq(cchc_evaluation_year(ev), 2023);
    ck_assert_int_eq(cchc_evaluation_appraisal(ev), CCHC_APPRAISAL_NONE);
    /* the reasons say how each number came about */
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.3")),
                     "done 2023-02-10, deadline 2023-01-31: late → 0.5");
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.4")), "9 / 10 = 90 % is in [70, 90] % → 1");
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "2.1.1")),
                     "3 events listed: 2 − 0.5 × 3 = 0.5");
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "3.1")),
                     "answers A 30, B 50, C 15, D 5: weighted mean 0.63 × 4 = 2.52");
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1")), "");
    /* evidence is reachable through the cchc_evidence getters */
    const cchc_entry *e = cchc_scorecard_find_entry(c, "1.1");
    ck_assert_uint_eq(cchc_entry_evidence_count(e), 1);
    ck_assert_str_eq(cchc_evidence_title(cchc_entry_evidence_at(e, 0)), "Báo cáo");
    ck_assert_str_eq(cchc_evidence_link(cchc_entry_evidence_at(e, 0)), "https://example.org/12");
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
    cchc_diagnostics_free(d);
}
END_TEST

/*
 * The appraiser lowers 1.1 from 1.75 to 1.5 (with a reason) and accepts 1.2:
 * final total 12.27 − 0.25 = 12.02 = 60.1 %; self total stays 12.27; area 1
 * final 7.0, appraised 1.5 + 1 = 2.5; appraisal partial.
 */
START_TEST(test_scorecard_appraisal_changes_final_points)
{
    cchc_scorecard *c = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_file(&c, test_data_path(SMALL_CARD), NULL));
    ck_assert_cchc_ok(cchc_entry_set_appraisal(entry(c, "1.1"), 1.5, "Thiếu tài liệu kiểm chứng"));
    ck_assert_cchc_ok(cchc_entry_set_appraisal(entry(c, "1.2"), 1, NULL));
    cchc_evaluation *ev = evaluate(c);
    ck_assert_points(cchc_node_score_final(node(ev, "1.1")), 1.5);
    ck_assert_points(cchc_node_score_self(node(ev, "1.1")), 1.75);
    ck_assert_points(cchc_node_score_appraised(node(ev, "1.1")), 1.5);
    ck_assert_int_eq(cchc_node_score_appraisal(node(ev, "1.1")), CCHC_APPRAISAL_COMPLETE);
    ck_assert_points(cchc_node_score_final(node(ev, "1")), 7);
    ck_assert_points(cchc_node_score_self(node(ev, "1")), 7.25);
    ck_assert_points(cchc_node_score_appraised(node(ev, "1")), 2.5);
    ck_assert_int_eq(cchc_node_score_appraisal(node(ev, "1")), CCHC_APPRAISAL_PARTIAL);
    ck_assert_int_eq(cchc_node_score_appraisal(node(ev, "3")), CCHC_APPRAISAL_NONE);
    ck_assert_points(cchc_evaluation_total(ev), 12.02);
    ck_assert_points(cchc_evaluation_self_total(ev), 12.27);
    ck_assert_points(cchc_evaluation_index(ev), 60.1);
    ck_assert_points(cchc_evaluation_self_index(ev), 61.35);
    ck_assert_int_eq(cchc_evaluation_appraisal(ev), CCHC_APPRAISAL_PARTIAL);
    cchc_evaluation_free(ev);

    /* every self-assessed leaf appraised: complete, although the survey (measured) is not */
    const char *rest[] = {"1.3", "1.4", "1.5", "1.6", "2.1.1", "2.1.2", "2.2"};
    const double pts[] = {0.5, 1, 1.5, 1.5, 0.5, 2, 0};
    for (size_t i = 0; i < 7; i++)
        ck_assert_cchc_ok(cchc_entry_set_appraisal(entry(c, rest[i]), pts[i], ""));
    ev = evaluate(c);
    ck_assert_int_eq(cchc_evaluation_appraisal(ev), CCHC_APPRAISAL_COMPLETE);
    ck_assert_int_eq(cchc_node_score_appraisal(node(ev, "3.1")), CCHC_APPRAISAL_NONE);
    ck_assert_points(cchc_evaluation_total(ev), 12.02);
    cchc_evaluation_free(ev);
    ck_assert_cchc_ok(cchc_entry_clear_appraisal(entry(c, "1.1")));
    ck_assert(!cchc_entry_has_appraisal(entry(c, "1.1")));
    cchc_scorecard_free(c);
}
END_TEST

/*
 * 2.1 (4 points) not applicable; everything else at its best but 2.2 "no":
 * area 1: 10; area 2: 2.2 only, 0 of 2; area 3: all A, 4.
 * total 14 of 20 − 4 = 16 → 87.5 % → Khá; on the full scale 87.5 % × 20 = 17.5.
 */
static void fill_best(cchc_scorecard *c)
{
    cchc_entry_set_points(entry(c, "1.1"), 2);
    cchc_entry_set_yes(entry(c, "1.2"), 1);
    cchc_entry_set_date(entry(c, "1.3"), "2023-01-31"); /* the deadline day itself: on time */
    cchc_entry_set_rate(entry(c, "1.4"), 100);
    cchc_entry_set_ratio(entry(c, "1.5"), 40, 40);
    cchc_entry_set_count(entry(c, "1.6"), 4);
    cchc_entry_set_answer(entry(c, "3.1"), "A", 25);
}

START_TEST(test_scorecard_not_applicable_rescales)
{
    cchc_scorecard *c = new_card();
    fill_best(c);
    cchc_entry_set_yes(entry(c, "2.2"), 0);
    ck_assert_cchc_ok(cchc_entry_set_not_applicable(entry(c, "2.1"), 1,
                                                    "Không có nhiệm vụ trong năm"));
    cchc_evaluation *ev = evaluate(c);
    ck_assert_points(cchc_node_score_final(node(ev, "1")), 10);
    ck_assert(cchc_node_score_is_not_applicable(node(ev, "2.1")));
    ck_assert(cchc_node_score_is_not_applicable(node(ev, "2.1.1")));
    ck_assert(cchc_node_score_is_excluded(node(ev, "2.1")));
    ck_assert(cchc_node_score_maximum(node(ev, "2.1")) == 0);
    ck_assert(cchc_node_score_maximum(node(ev, "2")) == 2);
    ck_assert(cchc_node_score_nominal_maximum(node(ev, "2")) == 6);
    ck_assert(cchc_node_score_is_rescaled(node(ev, "2")));
    ck_assert(!cchc_node_score_is_rescaled(node(ev, "1")));
    ck_assert_points(cchc_node_score_index(node(ev, "2")), 0);
    ck_assert_points(cchc_evaluation_total(ev), 14);
    ck_assert(cchc_evaluation_maximum(ev) == 16);
    ck_assert_points(cchc_evaluation_index(ev), 87.5);
    ck_assert_points(cchc_evaluation_scaled_total(ev), 17.5);
    ck_assert(cchc_evaluation_is_rescaled(ev));
    ck_assert_str_eq(cchc_evaluation_band_label(ev), "Khá");
    ck_assert(cchc_evaluation_component_maximum(ev, 0) == 12);
    ck_assert(cchc_evaluation_component_nominal_maximum(ev, 0) == 16);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "2.1.1")),
                     "not applicable (as 2.1): Không có nhiệm vụ trong năm");
    size_t band = 0;
    ck_assert_cchc_fails(cchc_node_score_band(&band, node(ev, "2.1")), CCHC_ENOTFOUND);
    cchc_evaluation_free(ev);

    /* and the whole of area 2 left out: 14 − 0 = 14 of 14 → 100 % */
    ck_assert_cchc_ok(cchc_entry_set_not_applicable(entry(c, "2.2"), 1, "Không áp dụng"));
    ev = evaluate(c);
    ck_assert(cchc_node_score_is_excluded(node(ev, "2")));
    ck_assert(cchc_evaluation_maximum(ev) == 14);
    ck_assert_points(cchc_evaluation_index(ev), 100);
    ck_assert_str_eq(cchc_evaluation_band_label(ev), "Tốt");
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
}
END_TEST

/* The survey component optional and no survey data: 3.1 is missing, the
 * maximum is 16: 14 of 16 = 87.5 %. Required, the same card scores 3.1 at 0
 * with a warning: 14 of 20 = 70 %. */
START_TEST(test_scorecard_missing_optional_component_rescales)
{
    cchc_scorecard *c = new_card();
    fill_best(c);
    ck_assert_cchc_ok(cchc_entry_clear_input(entry(c, "3.1"), 0));
    cchc_entry_set_yes(entry(c, "2.2"), 1);
    cchc_entry_set_points(entry(c, "2.1.2"), 2);
    cchc_scorecard_add_deduction(c, "2.1.1", "2023-05-05", "một lần");
    cchc_scorecard_add_deduction(c, "2.1.1", "", "hai lần");
    cchc_scorecard_add_deduction(c, "2.1.1", NULL, "ba lần");
    cchc_scorecard_add_deduction(c, "2.1.1", NULL, "bốn lần"); /* 2 − 4 × 0.5 = 0 */

    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, scheme, d));
    const cchc_diagnostic *g = find_diag(d, "scorecard.missing-input");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cchc_diagnostic_severity(g), CCHC_SEVERITY_WARNING);
    ck_assert_str_eq(cchc_diagnostic_message(g), "3.1: no input; it scores 0");
    ck_assert_points(cchc_evaluation_total(ev), 14);
    ck_assert(cchc_evaluation_maximum(ev) == 20);
    ck_assert_points(cchc_evaluation_index(ev), 70);
    cchc_evaluation_free(ev);

    ck_assert_cchc_ok(cchc_component_set_optional(cchc_scheme_find_component(scheme, "survey"), 1));
    cchc_diagnostics_clear(d);
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, scheme, d));
    ck_assert_ptr_null(find_diag(d, "scorecard.missing-input"));
    ck_assert(cchc_node_score_is_missing(node(ev, "3.1")));
    ck_assert(cchc_evaluation_component_is_missing(ev, 1));
    ck_assert(cchc_evaluation_component_maximum(ev, 1) == 0);
    ck_assert(cchc_evaluation_maximum(ev) == 16);
    ck_assert_points(cchc_evaluation_index(ev), 87.5);
    ck_assert_points(cchc_evaluation_scaled_total(ev), 17.5);
    ck_assert(cchc_evaluation_is_rescaled(ev));
    cchc_evaluation_free(ev);
    cchc_diagnostics_free(d);
    cchc_scorecard_free(c);
}
END_TEST

/* ---- every rule form, every edge ------------------------------------------ */

static void fill_rate(cchc_scorecard *c, const void *arg)
{
    ck_assert_cchc_ok(cchc_entry_set_rate(entry(c, "1.4"), *(const double *)arg));
}

START_TEST(test_rule_rate_bands_every_edge)
{
    /* "trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0" */
    const double rates[] = {0, 69.99, nextafter(70, 0), 70, 80, 90, nextafter(90, 100), 90.01, 100};
    const double points[] = {0, 0, 0, 1, 1, 1, 2, 2, 2};
    for (size_t i = 0; i < sizeof rates / sizeof *rates; i++)
        ck_assert_msg(leaf_points(fill_rate, &rates[i], "1.4") == points[i],
                      "rate %.17g gives %g, expected %g", rates[i],
                      leaf_points(fill_rate, &rates[i], "1.4"), points[i]);
}
END_TEST

typedef struct {
    double a, b;
} ratio;

static void fill_ratio(cchc_scorecard *c, const void *arg)
{
    const ratio *r = arg;
    ck_assert_cchc_ok(cchc_entry_set_ratio(entry(c, "1.5"), r->a, r->b));
}

static void fill_ratio_14(cchc_scorecard *c, const void *arg)
{
    const ratio *r = arg;
    ck_assert_cchc_ok(cchc_entry_set_ratio(entry(c, "1.4"), r->a, r->b));
}

START_TEST(test_rule_rate_bands_from_ratios)
{
    /* 7/10 = 70 % exactly, 9/10 = 90 % exactly: a × 100 / b is exact for them */
    ratio r70 = {7, 10}, r90 = {9, 10}, r91 = {91, 100}, r120 = {12, 10};
    ck_assert(leaf_points(fill_ratio_14, &r70, "1.4") == 1);
    ck_assert(leaf_points(fill_ratio_14, &r90, "1.4") == 1);
    ck_assert(leaf_points(fill_ratio_14, &r91, "1.4") == 2);
    ck_assert(leaf_points(fill_ratio_14, &r120, "1.4") == 2); /* above 100 % reads as 100 % */
}
END_TEST

START_TEST(test_rule_proportional_floor_and_cap)
{
    ratio below = {4999, 10000}, at = {1, 2}, three_quarters = {3, 4}, all = {5, 5},
          over = {3, 2}, none = {0, 7};
    ck_assert(leaf_points(fill_ratio, &below, "1.5") == 0);        /* under the floor */
    ck_assert(leaf_points(fill_ratio, &at, "1.5") == 1);           /* the floor itself counts */
    ck_assert(leaf_points(fill_ratio, &three_quarters, "1.5") == 1.5);
    ck_assert(leaf_points(fill_ratio, &all, "1.5") == 2);
    ck_assert(leaf_points(fill_ratio, &over, "1.5") == 2);         /* capped at the maximum */
    ck_assert(leaf_points(fill_ratio, &none, "1.5") == 0);
    /* 1/3 of 2 is 0.666…: above the floor? no — 33 % < 50 % */
    ratio third = {1, 3}, two_thirds = {2, 3};
    ck_assert(leaf_points(fill_ratio, &third, "1.5") == 0);
    ck_assert_points(leaf_points(fill_ratio, &two_thirds, "1.5"), 4.0 / 3);
    /* an explicit cap of 1.5 */
    ck_assert_cchc_ok(cchc_rule_set_cap(cchc_node_rule(cchc_scheme_find_node(scheme, "1.5")), 1.5));
    ck_assert(leaf_points(fill_ratio, &all, "1.5") == 1.5);
    ck_assert(leaf_points(fill_ratio, &three_quarters, "1.5") == 1.5);
    ck_assert(leaf_points(fill_ratio, &at, "1.5") == 1);
}
END_TEST

static void fill_count(cchc_scorecard *c, const void *arg)
{
    ck_assert_cchc_ok(cchc_entry_set_count(entry(c, "1.6"), *(const size_t *)arg));
}

START_TEST(test_rule_count_levels)
{
    /* "họp 4 lần/năm: 2 / 3 lần: 1,5 / 2 lần: 1 / 1 lần: 0,5 / còn lại: 0" */
    const size_t counts[] = {0, 1, 2, 3, 4, 9};
    const double points[] = {0, 0.5, 1, 1.5, 2, 2};
    for (size_t i = 0; i < 6; i++)
        ck_assert(leaf_points(fill_count, &counts[i], "1.6") == points[i]);
}
END_TEST

static void fill_events(cchc_scorecard *c, const void *arg)
{
    size_t n = *(const size_t *)arg;
    for (size_t i = 0; i < n; i++)
        ck_assert_cchc_ok(cchc_scorecard_add_deduction(c, "2.1.1", "2023-04-01", "chậm"));
}

static void fill_event_count(cchc_scorecard *c, const void *arg)
{
    ck_assert_cchc_ok(cchc_entry_set_count(entry(c, "2.1.1"), *(const size_t *)arg));
}

START_TEST(test_rule_deduction_down_to_the_floor)
{
    /* 2 − 0.5 per event, never below 0 */
    const size_t events[] = {0, 1, 3, 4, 5, 40};
    const double points[] = {2, 1.5, 0.5, 0, 0, 0};
    for (size_t i = 0; i < 6; i++) {
        ck_assert(leaf_points(fill_events, &events[i], "2.1.1") == points[i]);
        ck_assert(leaf_points(fill_event_count, &events[i], "2.1.1") == points[i]);
    }
    cchc_scorecard *c = new_card();
    size_t five = 5;
    fill_events(c, &five);
    cchc_evaluation *ev = evaluate(c);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "2.1.1")),
                     "5 events listed: 2 − 0.5 × 5 is below 0 → 0");
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
}
END_TEST

static void fill_date(cchc_scorecard *c, const void *arg)
{
    ck_assert_cchc_ok(cchc_entry_set_date(entry(c, "1.3"), arg));
}

static void fill_yes(cchc_scorecard *c, const void *arg)
{
    ck_assert_cchc_ok(cchc_entry_set_yes(entry(c, "1.2"), *(const int *)arg));
}

START_TEST(test_rule_deadline_and_yes_no)
{
    /* "Ban hành kịp thời: 1 / không kịp thời: 0,5 / Không ban hành: 0", by 2023-01-31 */
    ck_assert(leaf_points(fill_date, "2023-01-02", "1.3") == 1);
    ck_assert(leaf_points(fill_date, "2023-01-31", "1.3") == 1);
    ck_assert(leaf_points(fill_date, "2023-02-01", "1.3") == 0.5);
    ck_assert(leaf_points(fill_date, "", "1.3") == 0);
    int yes = 1, no = 0;
    ck_assert(leaf_points(fill_yes, &yes, "1.2") == 1);
    ck_assert(leaf_points(fill_yes, &no, "1.2") == 0);
}
END_TEST

typedef struct {
    size_t a, b, c, d;
} answers;

static void fill_answers(cchc_scorecard *c, const void *arg)
{
    const answers *x = arg;
    cchc_entry *e = entry(c, "3.1");
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "A", x->a));
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "B", x->b));
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "C", x->c));
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "D", x->d));
}

START_TEST(test_rule_survey_weights)
{
    /* A 100 %, B 60 %, C 20 %, D 0 %: mean of the weighted answers × 4 */
    answers all_a = {10, 0, 0, 0}, all_d = {0, 0, 0, 7}, mixed = {1, 1, 1, 1},
            half = {1, 0, 0, 1};
    ck_assert(leaf_points(fill_answers, &all_a, "3.1") == 4);
    ck_assert(leaf_points(fill_answers, &all_d, "3.1") == 0);
    ck_assert_points(leaf_points(fill_answers, &mixed, "3.1"), 1.8); /* (1 + .6 + .2) / 4 × 4 */
    ck_assert(leaf_points(fill_answers, &half, "3.1") == 2);
    /* nobody answered: no input, 0 and a warning (the component is required) */
    answers nobody = {0, 0, 0, 0};
    ck_assert(leaf_points(fill_answers, &nobody, "3.1") == 0);
}
END_TEST

START_TEST(test_rule_typed_points_stand_in_for_facts)
{
    cchc_scorecard *c = new_card();
    /* a yes/no leaf with points only */
    ck_assert_cchc_ok(cchc_entry_set_points(entry(c, "1.2"), 1));
    /* a proportional leaf with both: the rule's figure counts, with a warning */
    ck_assert_cchc_ok(cchc_entry_set_ratio(entry(c, "1.5"), 3, 4));
    ck_assert_cchc_ok(cchc_entry_set_points(entry(c, "1.5"), 2));
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, scheme, d));
    ck_assert(cchc_node_score_final(node(ev, "1.2")) == 1);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.2")),
                     "points typed: 1 (the rule's facts are not stated)");
    ck_assert(cchc_node_score_final(node(ev, "1.5")) == 1.5);
    const cchc_diagnostic *g = find_diag(d, "scorecard.points-differ");
    ck_assert_ptr_nonnull(g);
    ck_assert_str_eq(cchc_diagnostic_message(g),
                     "1.5: the typed points 2 differ from what the rule gives (1.5); the "
                     "rule's figure counts");
    cchc_evaluation_free(ev);
    cchc_diagnostics_free(d);
    cchc_scorecard_free(c);
}
END_TEST

/* ---- order, sums, rounding ------------------------------------------------ */

START_TEST(test_scorecard_totals_do_not_depend_on_order)
{
    /* the same facts entered in two orders give the same bits and the same file */
    const char *codes[] = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1.2", "2.2", "3.1"};
    cchc_scorecard *c1 = new_card(), *c2 = new_card();
    for (size_t k = 0; k < 2; k++) {
        cchc_scorecard *c = k ? c2 : c1;
        for (size_t j = 0; j < 9; j++) {
            size_t i = k ? 8 - j : j;
            cchc_entry *e = entry(c, codes[i]);
            switch (i) {
            case 0: cchc_entry_set_points(e, 1.25); break;
            case 1: cchc_entry_set_yes(e, 1); break;
            case 2: cchc_entry_set_date(e, "2023-01-05"); break;
            case 3: cchc_entry_set_ratio(e, 17, 21); break;
            case 4: cchc_entry_set_ratio(e, 2, 3); break;
            case 5: cchc_entry_set_count(e, 2); break;
            case 6: cchc_entry_set_points(e, 0.1); break;
            case 7: cchc_entry_set_yes(e, 1); break;
            default:
                cchc_entry_set_answer(e, k ? "C" : "A", k ? 7 : 11);
                cchc_entry_set_answer(e, k ? "A" : "C", k ? 11 : 7);
            }
        }
    }
    cchc_evaluation *e1 = evaluate(c1), *e2 = evaluate(c2);
    ck_assert(cchc_evaluation_total(e1) == cchc_evaluation_total(e2));
    ck_assert(cchc_evaluation_index(e1) == cchc_evaluation_index(e2));
    for (size_t i = 0; i < cchc_evaluation_node_count(e1); i++)
        ck_assert(cchc_node_score_final(cchc_evaluation_node_at(e1, i)) ==
                  cchc_node_score_final(cchc_evaluation_node_at(e2, i)));
    char *s1 = NULL, *s2 = NULL;
    cchc_evaluation_save_data(&s1, NULL, e1);
    cchc_evaluation_save_data(&s2, NULL, e2);
    ck_assert_str_eq(s1, s2);
    cchc_free(s1);
    cchc_free(s2);
    /* entries are kept in code order whatever the order of adding */
    ck_assert_str_eq(cchc_entry_code(cchc_scorecard_entry_at(c2, 0)), "1.1");
    ck_assert_str_eq(cchc_entry_code(cchc_scorecard_entry_at(c2, 8)), "3.1");
    cchc_evaluation_free(e1);
    cchc_evaluation_free(e2);
    cchc_scorecard_free(c1);
    cchc_scorecard_free(c2);
}
END_TEST

START_TEST(test_scorecard_sums_of_tenths_are_exact)
{
    /* ten leaves of 0.1: a naive binary sum gives 0.9999999999999999 */
    cchc_scheme *s = cchc_scheme_new();
    cchc_scheme_set_id(s, "tenths");
    cchc_scheme_add_band(s, "A", 100, 1);
    cchc_scheme_add_band(s, "B", 0, 1);
    cchc_scheme_add_node(NULL, s, "1", "Một", 1);
    cchc_scorecard *c = cchc_scorecard_new();
    cchc_scorecard_set_scheme_id(c, "tenths");
    for (int i = 1; i <= 10; i++) {
        char code[8];
        snprintf(code, sizeof code, "1.%d", i);
        cchc_node *n = NULL;
        ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, code, "x", 0.1));
        cchc_node_set_rule(NULL, n, CCHC_RULE_MANUAL);
        cchc_entry *e = NULL;
        cchc_scorecard_add_entry(&e, c, code);
        cchc_entry_set_points(e, 0.1);
    }
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, s, NULL));
    ck_assert(cchc_evaluation_total(ev) == 1.0);
    ck_assert(cchc_evaluation_index(ev) == 100.0);
    ck_assert_str_eq(cchc_evaluation_band_label(ev), "A");
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
    cchc_scheme_free(s);
}
END_TEST

static void assert_format(double value, int comma, const char *expected)
{
    char *t = NULL;
    ck_assert_cchc_ok(cchc_points_format(&t, value, comma));
    ck_assert_msg(strcmp(t, expected) == 0, "%.17g formats as %s, expected %s", value, t,
                  expected);
    cchc_free(t);
}

START_TEST(test_points_round_half_away_from_zero)
{
    /* half away from zero on the shortest decimal of the value */
    ck_assert(cchc_points_round(2.675) == 2.68);
    ck_assert(cchc_points_round(-2.675) == -2.68);
    ck_assert(cchc_points_round(1.005) == 1.01);
    ck_assert(cchc_points_round(0.125) == 0.13);
    ck_assert(cchc_points_round(57.665) == 57.67);
    ck_assert(cchc_points_round(57.66499999999999) == 57.66);
    ck_assert(cchc_points_round(99.995) == 100);
    ck_assert(cchc_points_round(0.005) == 0.01);
    ck_assert(cchc_points_round(0.0049) == 0);
    ck_assert(cchc_points_round(250.0 / 6) == 41.67);
    ck_assert(cchc_points_round(12.27) == 12.27);
    ck_assert(isnan(cchc_points_round(NAN)));
    assert_format(57.665, 0, "57.67");
    assert_format(57.665, 1, "57,67");
    assert_format(0, 0, "0.00");
    assert_format(-0.001, 0, "0.00");
    assert_format(-1.5, 0, "-1.50");
    assert_format(100, 0, "100.00");
    assert_format(0.05, 0, "0.05");
    assert_format(1e-7, 0, "0.00");
    assert_format(9.999, 0, "10.00");
    assert_format(1234567.891, 0, "1234567.89");
    char *t = (char *)1;
    ck_assert_cchc_fails(cchc_points_format(&t, NAN, 0), CCHC_ERANGE);
    ck_assert_ptr_null(t);
    ck_assert_cchc_fails(cchc_points_format(NULL, 1, 0), CCHC_EINVAL);
}
END_TEST

/* ---- checks: located findings ---------------------------------------------- */

/* Loads @json, checks it against the small scheme, returns the findings. */
static cchc_diagnostics *check_json(const char *json)
{
    cchc_scorecard *c = load_card(json);
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_scorecard_check(c, scheme, d));
    cchc_scorecard_free(c);
    return d;
}

#define CARD_HEAD "{\"format\": \"cchc-scorecard\", \"version\": 1, \"scheme\": \"test-small\",\n"

START_TEST(test_check_points_above_maximum_is_located)
{
    const char *json = CARD_HEAD " \"entries\": [\n"
                       "  {\"code\": \"1.1\", \"self\": {\"points\": 2.5}}]}\n";
    cchc_diagnostics *d = check_json(json);
    const cchc_diagnostic *g = find_diag(d, "scorecard.over-maximum");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cchc_diagnostic_severity(g), CCHC_SEVERITY_ERROR);
    ck_assert_str_eq(cchc_diagnostic_file(g), "card.json");
    ck_assert_uint_eq(cchc_diagnostic_line(g), 3);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 28);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.entries[0].self.points");
    ck_assert_str_eq(cchc_diagnostic_message(g),
                     "1.1: the self-assessed points 2.5 are above the maximum 2");
    cchc_diagnostics_free(d);

    /* evaluation refuses, naming the place */
    cchc_scorecard *c = load_card(json);
    cchc_evaluation *ev = (cchc_evaluation *)1;
    ck_assert_cchc_fails(cchc_scorecard_evaluate(&ev, c, scheme, NULL), CCHC_EFORMAT);
    ck_assert_ptr_null(ev);
    ck_assert_str_eq(cchc_last_error_message(),
                     "card.json:3:28: $.entries[0].self.points: error: 1.1: the self-assessed "
                     "points 2.5 are above the maximum 2 [scorecard.over-maximum]");
    cchc_scorecard_free(c);

    /* appraised points above the maximum too */
    d = check_json(CARD_HEAD " \"entries\": [\n"
                   "  {\"code\": \"1.2\", \"self\": {\"yes\": true}, \"appraisal\": {\"points\": 1.5, \"reason\": \"x\"}}]}\n");
    g = find_diag(d, "scorecard.over-maximum");
    ck_assert_ptr_nonnull(g);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.entries[0].appraisal.points");
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_check_code_not_in_scheme_is_located)
{
    cchc_diagnostics *d = check_json(CARD_HEAD " \"entries\": [\n"
                                     "  {\"code\": \"1.1\", \"self\": {\"points\": 1}},\n"
                                     "  {\"code\": \"9.9\", \"self\": {\"points\": 1}}],\n"
                                     " \"deductions\": [{\"code\": \"4\", \"description\": \"x\"}]}\n");
    const cchc_diagnostic *g = find_diag(d, "scorecard.unknown-code");
    ck_assert_ptr_nonnull(g);
    ck_assert_uint_eq(cchc_diagnostic_line(g), 4);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 4);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.entries[1].code");
    ck_assert_str_eq(cchc_diagnostic_message(g), "9.9 is not a node of scheme \"test-small\"");
    /* the deduction event's code as well */
    size_t n = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(d); i++)
        n += strcmp(cchc_diagnostic_code(cchc_diagnostics_at(d, i)), "scorecard.unknown-code") == 0;
    ck_assert_uint_eq(n, 2);
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_load_negative_count_is_located)
{
    const char *json = CARD_HEAD " \"entries\": [\n"
                       "  {\"code\": \"1.6\", \"self\": {\"count\": -2}}]}\n";
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scorecard *c = (cchc_scorecard *)1;
    ck_assert_cchc_fails(cchc_scorecard_load_data(&c, json, strlen(json), "card.json", d),
                         CCHC_EFORMAT);
    ck_assert_ptr_null(c);
    const cchc_diagnostic *g = find_diag(d, "scorecard.negative-count");
    ck_assert_ptr_nonnull(g);
    ck_assert_uint_eq(cchc_diagnostic_line(g), 3);
    ck_assert_uint_eq(cchc_diagnostic_column(g), 28);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.entries[0].self.count");
    ck_assert_str_eq(cchc_last_error_message(),
                     "card.json:3:28: $.entries[0].self.count: a count cannot be negative (-2)");
    cchc_diagnostics_free(d);

    /* a negative survey answer count, and a fractional count */
    const char *bad[] = {
        CARD_HEAD " \"entries\": [{\"code\": \"3.1\", \"self\": {\"answers\": {\"A\": 3, \"B\": -1}}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.6\", \"self\": {\"count\": 2.5}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.1\", \"self\": {\"points\": -1}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.4\", \"self\": {\"rate\": 101}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.4\", \"self\": {\"numerator\": 1, \"denominator\": 0}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.4\", \"self\": {\"numerator\": 1}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.3\", \"self\": {\"date\": \"2023-02-30\"}}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.x\"}]}",
        CARD_HEAD " \"entries\": [{\"code\": \"1.1\"}, {\"code\": \"1.1\"}]}",
    };
    const char *paths[] = {"$.entries[0].self.answers.B", "$.entries[0].self.count",
                           "$.entries[0].self.points", "$.entries[0].self.rate",
                           "$.entries[0].self.denominator", "$.entries[0].self.numerator",
                           "$.entries[0].self.date", "$.entries[0].code",
                           "$.entries[1].code"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        d = cchc_diagnostics_new();
        ck_assert_cchc_fails(cchc_scorecard_load_data(&c, bad[i], strlen(bad[i]), "c.json", d),
                             CCHC_EFORMAT);
        const cchc_diagnostic *e = cchc_diagnostics_at(d, cchc_diagnostics_count(d) - 1);
        ck_assert_msg(strcmp(cchc_diagnostic_path(e), paths[i]) == 0, "case %zu: %s", i,
                      cchc_diagnostic_path(e));
        ck_assert_uint_gt(cchc_diagnostic_line(e), 0);
        cchc_diagnostics_free(d);
    }
}
END_TEST

START_TEST(test_load_nan_and_infinity_are_located)
{
    const char *nan_json = CARD_HEAD " \"entries\": [\n"
                           "  {\"code\": \"1.1\", \"self\": {\"points\": NaN}}]}\n";
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scorecard *c = NULL;
    ck_assert_cchc_fails(cchc_scorecard_load_data(&c, nan_json, strlen(nan_json), "card.json", d),
                         CCHC_EPARSE);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 1);
    ck_assert_uint_eq(cchc_diagnostic_line(cchc_diagnostics_at(d, 0)), 3);
    ck_assert_uint_eq(cchc_diagnostic_column(cchc_diagnostics_at(d, 0)), 38);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "card.json:3:38"));
    cchc_diagnostics_free(d);

    const char *inf_json = CARD_HEAD " \"entries\": [\n"
                           "  {\"code\": \"1.1\", \"self\": {\"points\": 1e400}}]}\n";
    d = cchc_diagnostics_new();
    ck_assert_cchc_fails(cchc_scorecard_load_data(&c, inf_json, strlen(inf_json), "card.json", d),
                         CCHC_EFORMAT);
    ck_assert_str_eq(cchc_diagnostic_code(cchc_diagnostics_at(d, 0)), "json.range");
    ck_assert_uint_eq(cchc_diagnostic_line(cchc_diagnostics_at(d, 0)), 3);
    cchc_diagnostics_free(d);

    /* and NaN cannot come in through the API */
    c = new_card();
    cchc_entry *e = entry(c, "1.1");
    ck_assert_cchc_fails(cchc_entry_set_points(e, NAN), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_points(e, -0.25), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_appraisal(e, NAN, "x"), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_rate(e, NAN), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_ratio(e, 1, 0), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_ratio(e, INFINITY, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_entry_set_plan_input(e, -1, 1, "2023-01-01"), CCHC_ERANGE);
    ck_assert(!cchc_entry_has_input(e, CCHC_INPUT_POINTS));
    cchc_scorecard_free(c);
}
END_TEST

START_TEST(test_check_warnings_and_other_errors)
{
    cchc_diagnostics *d = check_json(
        CARD_HEAD " \"entries\": [\n"
        "  {\"code\": \"1.1\", \"self\": {\"points\": 1.3}},\n"                               /* off step */
        "  {\"code\": \"1.2\", \"self\": {\"date\": \"2023-01-01\"}},\n"                      /* wrong fact */
        "  {\"code\": \"1.3\", \"self\": {\"date\": \"2023-01-10\"}, \"appraisal\": {\"points\": 0.5}},\n"
        "  {\"code\": \"1.4\", \"not_applicable\": {\"reason\": \"x\"}},\n"                  /* refused */
        "  {\"code\": \"2\", \"self\": {\"points\": 1}},\n"                                   /* not a leaf */
        "  {\"code\": \"2.1\", \"not_applicable\": {}},\n"                                   /* no reason */
        "  {\"code\": \"3.1\", \"self\": {\"answers\": {\"E\": 4}}}],\n"                      /* option */
        " \"deductions\": [{\"code\": \"1.6\", \"description\": \"x\"}]}\n");                 /* not a deduction */
    struct {
        const char *code;
        int severity;
        const char *path;
    } expect[] = {
        {"scorecard.off-step", CCHC_SEVERITY_ERROR, "$.entries[0].self.points"},
        {"scorecard.input-mismatch", CCHC_SEVERITY_ERROR, "$.entries[1].self.date"},
        {"scorecard.appraisal-without-reason", CCHC_SEVERITY_WARNING, "$.entries[2].appraisal"},
        {"scorecard.not-applicable-refused", CCHC_SEVERITY_ERROR, "$.entries[3].not_applicable"},
        {"scorecard.not-a-leaf", CCHC_SEVERITY_ERROR, "$.entries[4].code"},
        {"scorecard.not-applicable-without-reason", CCHC_SEVERITY_WARNING,
         "$.entries[5].not_applicable"},
        {"scorecard.unknown-option", CCHC_SEVERITY_ERROR, "$.entries[6].self.answers.E"},
        {"scorecard.deduction-mismatch", CCHC_SEVERITY_ERROR, "$.deductions[0].code"},
        {"scorecard.missing-evidence", CCHC_SEVERITY_WARNING, "$.entries[0]"},
        {"scorecard.missing-input", CCHC_SEVERITY_WARNING, NULL},
    };
    for (size_t i = 0; i < sizeof expect / sizeof *expect; i++) {
        const cchc_diagnostic *g = find_diag(d, expect[i].code);
        if (!g)
            dump(d);
        ck_assert_msg(g != NULL, "no %s", expect[i].code);
        ck_assert_int_eq(cchc_diagnostic_severity(g), expect[i].severity);
        if (expect[i].path)
            ck_assert_msg(strcmp(cchc_diagnostic_path(g), expect[i].path) == 0, "%s at %s",
                          expect[i].code, cchc_diagnostic_path(g));
        ck_assert_uint_gt(cchc_diagnostic_line(g), 0);
    }
    ck_assert_str_eq(cchc_diagnostic_message(find_diag(d, "scorecard.appraisal-without-reason")),
                     "1.3: the appraisal changes the points from 1 to 0.5 without a reason");
    cchc_diagnostics_free(d);
}
END_TEST

START_TEST(test_check_scheme_year_and_kind)
{
    cchc_scorecard *c = new_card();
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scorecard_set_scheme_id(c, "other");
    cchc_scorecard_set_year(c, 2024);
    cchc_scorecard_set_unit_kind(c, "district");
    ck_assert_cchc_ok(cchc_scorecard_check(c, scheme, d));
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scorecard.scheme-mismatch")),
                     CCHC_SEVERITY_ERROR);
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scorecard.year-mismatch")),
                     CCHC_SEVERITY_WARNING);
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scorecard.unit-kind")),
                     CCHC_SEVERITY_WARNING);
    ck_assert_cchc_fails(cchc_scorecard_check(NULL, scheme, d), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_check(c, NULL, d), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_check(c, scheme, NULL), CCHC_EINVAL);
    cchc_diagnostics_free(d);
    cchc_scorecard_free(c);
}
END_TEST

START_TEST(test_check_evidence_explained)
{
    cchc_scorecard *c = new_card();
    cchc_entry *e = entry(c, "1.1");
    cchc_entry_set_points(e, 1);
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scorecard_check(c, scheme, d);
    ck_assert_ptr_nonnull(find_diag(d, "scorecard.missing-evidence"));
    cchc_diagnostics_clear(d);
    ck_assert_cchc_ok(cchc_entry_set_explanation(e, "Tài liệu đăng trên cổng thông tin"));
    cchc_scorecard_check(c, scheme, d);
    ck_assert_ptr_null(find_diag(d, "scorecard.missing-evidence"));
    ck_assert_int_eq(cchc_diagnostic_severity(find_diag(d, "scorecard.explained-without-evidence")),
                     CCHC_SEVERITY_INFO);
    cchc_diagnostics_clear(d);
    ck_assert_cchc_ok(cchc_entry_add_evidence(e, "5/KH", "2023-02-01", "Kế hoạch", NULL));
    ck_assert_cchc_fails(cchc_entry_add_evidence(e, "", "", "", ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_entry_add_evidence(e, "x", "2023-13-01", "", ""), CCHC_EINVAL);
    cchc_scorecard_check(c, scheme, d);
    ck_assert_ptr_null(find_diag(d, "scorecard.explained-without-evidence"));
    /* no points, no evidence needed */
    ck_assert_cchc_ok(cchc_entry_remove_evidence(e, 0));
    ck_assert_cchc_fails(cchc_entry_remove_evidence(e, 0), CCHC_ERANGE);
    cchc_entry_set_explanation(e, NULL);
    cchc_entry_set_points(e, 0);
    cchc_diagnostics_clear(d);
    cchc_scorecard_check(c, scheme, d);
    ck_assert_ptr_null(find_diag(d, "scorecard.missing-evidence"));
    cchc_diagnostics_free(d);
    cchc_scorecard_free(c);
}
END_TEST

/* ---- plan-fed inputs -------------------------------------------------------- */

/* The plan of docs/progress.md's example, with a calendar: q1 sent on time,
 * h1 late, q3 on time; the yearly report not yet due in October. */
static cchc_plan *example_plan(void)
{
    cchc_plan *p = cchc_plan_new();
    cchc_plan_set_year(p, 2023);
    cchc_unit *u = NULL;
    cchc_unit_new(&u, "vp", "Văn phòng", CCHC_UNIT_OFFICE);
    cchc_plan_add_unit(p, u);
    cchc_unit_free(u);
    cchc_unit_new(&u, "tt", "Thanh tra", CCHC_UNIT_INSPECTORATE);
    cchc_plan_add_unit(p, u);
    cchc_unit_free(u);
    struct {
        const char *id, *when, *lead;
        int status;
        const char *completed;
    } tasks[] = {
        {"1.1", "Quý I/2023", "vp", CCHC_STATUS_NOT_STARTED, ""},
        {"1.2", "Quý I/2023", "vp", CCHC_STATUS_DONE, "2023-03-20"},
        {"1.3", "Quý II/2023", "tt", CCHC_STATUS_NOT_STARTED, ""},
        {"1.4", "T12/2022", "tt", CCHC_STATUS_DONE, "2023-01-10"},
        {"2.1", "Thường xuyên", "tt", CCHC_STATUS_IN_PROGRESS, ""},
        {"2.2", "Khi có hướng dẫn của Sở Nội vụ", "tt", CCHC_STATUS_NOT_STARTED, ""},
        {"2.3", "Quý I/2023", "tt", CCHC_STATUS_CANCELLED, ""},
        {"2.4", "Quý I/2023", "tt", CCHC_STATUS_DONE, ""},
    };
    for (size_t i = 0; i < sizeof tasks / sizeof *tasks; i++) {
        cchc_task *t = NULL;
        ck_assert_cchc_ok(cchc_task_new(&t, tasks[i].id, tasks[i].id[0] - '0', "Nhiệm vụ"));
        cchc_task_set_when(t, tasks[i].when);
        cchc_task_set_status(t, tasks[i].status);
        if (tasks[i].status == CCHC_STATUS_DONE)
            cchc_task_set_progress(t, 100);
        cchc_task_set_completed(t, tasks[i].completed);
        cchc_task_add_unit(t, CCHC_ROLE_LEAD, tasks[i].lead);
        ck_assert_cchc_ok(cchc_plan_add_task(p, t));
        cchc_task_free(t);
    }
    cchc_calendar *cal = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&cal, CCHC_CALENDAR_HAI_DUONG, 2023));
    /* compile deadlines 2023-03-13, 06-13, 09-13, 12-13 */
    cchc_period_set_submitted(cchc_calendar_find(cal, "q1"), "2023-03-10");
    cchc_period_set_submitted(cchc_calendar_find(cal, "h1"), "2023-06-20");
    cchc_period_set_submitted(cchc_calendar_find(cal, "q3"), "2023-09-13");
    cchc_plan_set_calendar(p, cal);
    cchc_calendar_free(cal);
    return p;
}

/* A scheme whose leaves all read the plan. */
static cchc_scheme *plan_scheme(void)
{
    cchc_scheme *s = cchc_scheme_new();
    cchc_scheme_set_id(s, "plan-fed");
    cchc_scheme_add_band(s, "all", 0, 1);
    cchc_scheme_add_node(NULL, s, "1", "Kế hoạch và báo cáo", 7);
    cchc_node *n = NULL;
    cchc_rule *r = NULL;
    cchc_scheme_add_node(&n, s, "1.1", "Mức độ thực hiện kế hoạch", 2);
    cchc_node_set_rule(&r, n, CCHC_RULE_RATE_BANDS);
    cchc_rule_set_source(r, CCHC_SOURCE_PLAN_COMPLETION);
    cchc_rule_add_band(r, 0, 1, 70, 0, 0);
    cchc_rule_add_band(r, 70, 1, 90, 1, 1);
    cchc_rule_add_band(r, 90, 0, 100, 1, 2);
    cchc_scheme_add_node(&n, s, "1.2", "Báo cáo đúng hạn", 1);
    cchc_node_set_rule(&r, n, CCHC_RULE_COUNT_LEVELS);
    cchc_rule_set_source(r, CCHC_SOURCE_PLAN_REPORTS);
    cchc_rule_add_level(r, 3, 1);
    cchc_rule_add_level(r, 2, 0.5);
    cchc_scheme_add_node(&n, s, "1.3", "Tất cả báo cáo đúng hạn", 1);
    cchc_node_set_rule(&r, n, CCHC_RULE_YES_NO);
    cchc_rule_set_source(r, CCHC_SOURCE_PLAN_REPORTS);
    cchc_scheme_add_node(&n, s, "1.4", "Trừ điểm báo cáo chậm", 1);
    cchc_node_set_rule(&r, n, CCHC_RULE_DEDUCTION);
    cchc_rule_set_source(r, CCHC_SOURCE_PLAN_REPORTS);
    cchc_rule_set_per_event(r, 0.25);
    cchc_scheme_add_node(&n, s, "1.5", "Tỷ lệ hoàn thành × 2", 2);
    cchc_node_set_rule(&r, n, CCHC_RULE_PROPORTIONAL);
    cchc_rule_set_source(r, CCHC_SOURCE_PLAN_COMPLETION);
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scheme_check(s, d);
    if (cchc_diagnostics_count(d))
        dump(d);
    ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
    cchc_diagnostics_free(d);
    return s;
}

/*
 * On 2023-04-01 (docs/progress.md): due 1.1, 1.2, 1.4, 2.4, done three: 75 %.
 * Reports: only q1's deadline (03-13) has passed; sent on time: 1 of 1.
 *   1.1 75 % in [70, 90] → 1; 1.5 3/4 × 2 = 1.5;
 *   1.2 count 1 → otherwise 0; 1.3 1 of 1 → yes 1; 1.4 no report late → 1.
 * On 2023-10-01: 1.3 (Quý II) is overdue too: 3 of 5 = 60 %.
 * Reports: q1 on time, h1 late (06-20 > 06-13), q3 on time (09-13): 2 of 3.
 *   1.1 60 % → 0; 1.5 3/5 × 2 = 1.2; 1.2 count 2 → 0.5; 1.3 2 of 3 → no 0;
 *   1.4 one report late: 1 − 0.25 = 0.75. Total 2.45 of 7 = 35 %.
 * Led by "vp" only, on 2023-10-01: 1.1 overdue, 1.2 done: 1 of 2 = 50 %.
 */
START_TEST(test_plan_fed_inputs_by_hand)
{
    cchc_plan *p = example_plan();
    cchc_scheme *s = plan_scheme();
    cchc_scorecard *c = cchc_scorecard_new();
    cchc_scorecard_set_scheme_id(c, "plan-fed");
    ck_assert_cchc_fails(cchc_scorecard_apply_plan(c, s, p, NULL), CCHC_EINVAL); /* no day */
    ck_assert_cchc_ok(cchc_scorecard_apply_plan(c, s, p, "2023-04-01"));
    const cchc_entry *e = cchc_scorecard_find_entry(c, "1.1");
    ck_assert(cchc_entry_has_plan_input(e));
    ck_assert(cchc_entry_plan_numerator(e) == 3 && cchc_entry_plan_denominator(e) == 4);
    ck_assert_str_eq(cchc_entry_plan_as_of(e), "2023-04-01");
    e = cchc_scorecard_find_entry(c, "1.2");
    ck_assert(cchc_entry_plan_numerator(e) == 1 && cchc_entry_plan_denominator(e) == 1);
    cchc_scheme *saved = scheme;
    scheme = s;
    cchc_evaluation *ev = evaluate(c);
    ck_assert(cchc_node_score_final(node(ev, "1.1")) == 1);
    ck_assert(cchc_node_score_final(node(ev, "1.5")) == 1.5);
    ck_assert(cchc_node_score_final(node(ev, "1.2")) == 0);
    ck_assert(cchc_node_score_final(node(ev, "1.3")) == 1);
    ck_assert(cchc_node_score_final(node(ev, "1.4")) == 1);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.1")),
                     "3 / 4 = 75 % (from the plan) is in [70, 90] % → 1");
    cchc_evaluation_free(ev);

    ck_assert_cchc_ok(cchc_scorecard_set_plan_source(c, "plan.json", "2023-10-01", NULL));
    ck_assert_cchc_ok(cchc_scorecard_apply_plan(c, s, p, NULL));
    e = cchc_scorecard_find_entry(c, "1.1");
    ck_assert(cchc_entry_plan_numerator(e) == 3 && cchc_entry_plan_denominator(e) == 5);
    e = cchc_scorecard_find_entry(c, "1.4");
    ck_assert(cchc_entry_plan_numerator(e) == 2 && cchc_entry_plan_denominator(e) == 3);
    ev = evaluate(c);
    ck_assert(cchc_node_score_final(node(ev, "1.1")) == 0);
    ck_assert_points(cchc_node_score_final(node(ev, "1.5")), 1.2);
    ck_assert(cchc_node_score_final(node(ev, "1.2")) == 0.5);
    ck_assert(cchc_node_score_final(node(ev, "1.3")) == 0);
    ck_assert(cchc_node_score_final(node(ev, "1.4")) == 0.75);
    ck_assert_points(cchc_evaluation_total(ev), 2.45);
    ck_assert_points(cchc_evaluation_index(ev), 35);
    /* measured: nothing awaits an appraisal */
    ck_assert_int_eq(cchc_evaluation_appraisal(ev), CCHC_APPRAISAL_NONE);
    cchc_evaluation_free(ev);

    ck_assert_cchc_ok(cchc_scorecard_set_plan_source(c, "plan.json", "2023-10-01", "vp"));
    ck_assert_cchc_ok(cchc_scorecard_apply_plan(c, s, p, NULL));
    e = cchc_scorecard_find_entry(c, "1.1");
    ck_assert(cchc_entry_plan_numerator(e) == 1 && cchc_entry_plan_denominator(e) == 2);

    /* a fact typed in for a plan-fed leaf is refused */
    ck_assert_cchc_ok(cchc_entry_set_rate(cchc_scorecard_find_entry(c, "1.1"), 95));
    cchc_evaluation *none = (cchc_evaluation *)1;
    cchc_diagnostics *d = cchc_diagnostics_new();
    ck_assert_cchc_fails(cchc_scorecard_evaluate(&none, c, s, d), CCHC_EFORMAT);
    ck_assert_ptr_null(none);
    ck_assert_ptr_nonnull(find_diag(d, "scorecard.plan-fed-typed"));
    cchc_diagnostics_free(d);

    /* nothing due yet: 0 / 0 is no input (without 2.4, done undated, which
     * counts as due and done on any day); no report late: no deduction */
    ck_assert_cchc_ok(cchc_plan_remove_task(p, "2.4"));
    cchc_scorecard *early = cchc_scorecard_new();
    cchc_scorecard_set_scheme_id(early, "plan-fed");
    ck_assert_cchc_ok(cchc_scorecard_apply_plan(early, s, p, "2022-12-01"));
    ev = evaluate(early);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.1")),
                     "nothing was due in the plan by 2022-12-01: no input");
    ck_assert(cchc_node_score_final(node(ev, "1.4")) == 1);
    ck_assert_str_eq(cchc_node_score_reason(node(ev, "1.4")),
                     "0 events (0 of 0 reports on time, from the plan): 1 − 0.25 × 0 = 1");
    cchc_evaluation_free(ev);
    cchc_scorecard_free(early);

    ck_assert_cchc_fails(cchc_scorecard_apply_plan(c, s, p, "2023-02-30"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_apply_plan(NULL, s, p, NULL), CCHC_EINVAL);
    scheme = saved;
    cchc_scorecard_free(c);
    cchc_scheme_free(s);
    cchc_plan_free(p);
}
END_TEST

/* The sample unit A takes 1.1.2 and 1.2.1 from the bundled 2023 plan. */
START_TEST(test_plan_fed_from_the_bundled_plan)
{
    cchc_plan *p = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&p, bundled_data_path(BUNDLED_PLAN), NULL));
    cchc_scheme *s = NULL;
    ck_assert_cchc_ok(cchc_scheme_load_file(&s, bundled_data_path(SAMPLE_SCHEME), NULL));
    cchc_scorecard *c = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_file(
        &c, bundled_data_path("scorecard-2023-sample-so-mau-a.json"), NULL));
    ck_assert_str_eq(cchc_scorecard_plan_file(c), BUNDLED_PLAN);
    ck_assert_str_eq(cchc_scorecard_plan_as_of(c), "2023-12-31");
    ck_assert_ptr_null(cchc_scorecard_find_entry(c, "1.1.2")); /* not typed in */
    ck_assert_cchc_ok(cchc_scorecard_apply_plan(c, s, p, NULL));

    /* the same figures as progress.h and period.h give */
    cchc_progress *pr = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&pr, p, "2023-12-31", 0));
    const cchc_entry *e = cchc_scorecard_find_entry(c, "1.1.2");
    ck_assert(cchc_entry_plan_denominator(e) == (double)cchc_progress_due_count(pr, 0, NULL));
    ck_assert(cchc_entry_plan_numerator(e) == (double)cchc_progress_due_done_count(pr, 0, NULL));
    cchc_progress_free(pr);
    size_t due = 0, on_time = 0;
    const cchc_calendar *cal = cchc_plan_calendar(p);
    for (size_t i = 0; i < cchc_calendar_count(cal); i++) {
        const cchc_period *per = cchc_calendar_at(cal, i);
        int st = 0;
        if (cchc_period_submission_state(&st, per, CCHC_DEADLINE_COMPILE,
                                         cchc_period_submitted(per), "2023-12-31") != CCHC_OK)
            continue;
        due += st != CCHC_SUBMISSION_PENDING;
        on_time += st == CCHC_SUBMISSION_ON_TIME;
    }
    ck_assert_uint_eq(due, 4); /* the four reports of section III.5 */
    e = cchc_scorecard_find_entry(c, "1.2.1");
    ck_assert(cchc_entry_plan_denominator(e) == (double)due);
    ck_assert(cchc_entry_plan_numerator(e) == (double)on_time);

    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, s, d));
    ck_assert_uint_eq(cchc_diagnostics_count_severity(d, CCHC_SEVERITY_WARNING), 0);
    ck_assert_str_eq(cchc_evaluation_unit_id(ev), "so-mau-a");
    cchc_evaluation_free(ev);
    cchc_diagnostics_free(d);
    cchc_scorecard_free(c);
    cchc_scheme_free(s);
    cchc_plan_free(p);
}
END_TEST

/* ---- explain ----------------------------------------------------------------- */

START_TEST(test_explain_accounts_for_every_point)
{
    cchc_scorecard *c = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_file(&c, test_data_path(SMALL_CARD), NULL));
    ck_assert_cchc_ok(cchc_entry_set_appraisal(entry(c, "1.1"), 1.5, "Thiếu tài liệu"));
    ck_assert_cchc_ok(cchc_entry_set_not_applicable(entry(c, "2.2"), 1, "Không có"));
    cchc_evaluation *ev = evaluate(c);
    char *t = NULL;
    ck_assert_cchc_ok(cchc_explain_text(&t, ev, "1.1"));
    ck_assert_str_eq(t,
                     "1.1 Điểm chấm: 1.50 of 2.00 = 75.00 %; self-assessed 1.75; appraised\n"
                     "  rule: manual: points 0 … 2 in steps of 0.25\n"
                     "  input (typed): points = 1.75\n"
                     "  self-assessed: points typed: 1.75\n"
                     "  evidence: 12/BC-A, 2023-11-30, Báo cáo, https://example.org/12\n"
                     "  appraised: 1.50 (Thiếu tài liệu)\n");
    cchc_free(t);
    /* 2: 2.5 of 6 − 2 (2.2 not applicable) = 4 → 62.5 % */
    ck_assert_cchc_ok(cchc_explain_text(&t, ev, "2"));
    ck_assert_ptr_nonnull(strstr(t, "2 Lĩnh vực hai: 2.50 of 4.00 = 62.50 % (maximum 6.00 rescaled)"));
    ck_assert_ptr_nonnull(strstr(t, "  sum of 2.1 2.50 = 2.50\n"));
    ck_assert_ptr_nonnull(strstr(t, "  rescaled: the maximum 6.00 less 2.2 2.00 (not applicable) is "
                                    "4.00; index = 2.50 ÷ 4.00 × 100 = 62.50 %\n"));
    ck_assert_ptr_nonnull(strstr(t, "deduction event: 2023-03-01: Chậm lần 1"));
    ck_assert_ptr_nonnull(strstr(t, "2.2 Đạt / không đạt: counts for nothing (maximum 2.00, not applicable)"));
    ck_assert_ptr_nonnull(strstr(t, "not applicable: Không có: it leaves the maximum"));
    cchc_free(t);
    /* the whole: totals, components, band */
    ck_assert_cchc_ok(cchc_explain_text(&t, ev, NULL));
    ck_assert_ptr_nonnull(strstr(t, "total: 12.02 of 18.00 = 66.78 %; band \"Trung bình\"; partly appraised\n"));
    ck_assert_ptr_nonnull(strstr(t, "component survey (Điểm điều tra xã hội học): 2.52 of 4.00 = 63.00 %\n"));
    ck_assert_ptr_nonnull(strstr(t, "rescaled: the maximum 20.00 shrinks to 18.00"));
    ck_assert_ptr_nonnull(strstr(t, "areas: sum of 1 7.00 + 2 2.50 + 3 2.52 = 12.02"));
    ck_assert_ptr_nonnull(strstr(t, "measured: answers A 30, B 50, C 15, D 5"));
    cchc_free(t);
    ck_assert_cchc_fails(cchc_explain_text(&t, ev, "4.4"), CCHC_ENOTFOUND);
    ck_assert_ptr_null(t);
    ck_assert_cchc_fails(cchc_explain_text(&t, NULL, NULL), CCHC_EINVAL);

    size_t size = 0;
    ck_assert_cchc_ok(cchc_explain_json(&t, &size, ev, "1.1"));
    ck_assert_uint_eq(size, strlen(t));
    ck_assert_ptr_nonnull(strstr(t, "\"format\": \"cchc-explanation\""));
    ck_assert_ptr_nonnull(strstr(t, "\"node\": \"1.1\""));
    ck_assert_ptr_nonnull(strstr(t, "\"reason\": \"points typed: 1.75\""));
    ck_assert_ptr_nonnull(strstr(t, "\"appraisal\": {\n"));
    ck_assert_ptr_nonnull(strstr(t, "\"reason\": \"Thiếu tài liệu\""));
    ck_assert_ptr_nonnull(strstr(t, "\"final\": 1.5"));
    ck_assert_ptr_nonnull(strstr(t, "\"appraisal_state\": \"complete\""));
    cchc_free(t);
    ck_assert_cchc_ok(cchc_explain_json(&t, NULL, ev, NULL));
    ck_assert_ptr_nonnull(strstr(t, "\"node\": null"));
    ck_assert_ptr_nonnull(strstr(t, "\"not_applicable_as\": \"2.2\""));
    ck_assert_ptr_nonnull(strstr(t, "\"index\": null"));
    cchc_free(t);
    ck_assert_cchc_fails(cchc_explain_json(&t, NULL, ev, "9"), CCHC_ENOTFOUND);

    ck_assert_cchc_ok(cchc_evaluation_save_data(&t, &size, ev));
    ck_assert_ptr_nonnull(strstr(t, "\"format\": \"cchc-evaluation\""));
    ck_assert_ptr_nonnull(strstr(t, "\"points\": 12.02"));
    ck_assert_ptr_nonnull(strstr(t, "\"band\": \"Trung bình\""));
    cchc_free(t);
    cchc_evaluation_free(ev);
    cchc_scorecard_free(c);
}
END_TEST

/* ---- the model and the JSON format ----------------------------------------------- */

START_TEST(test_scorecard_model_getters_and_errors)
{
    cchc_scorecard *c = cchc_scorecard_new();
    ck_assert_str_eq(cchc_scorecard_unit_id(c), "");
    ck_assert_cchc_fails(cchc_scorecard_set_unit_id(c, "bad id"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_set_year(c, 1800), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_scorecard_set_unit_name(c, "\xc3"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_add_entry(NULL, c, "1..1"), CCHC_EINVAL);
    cchc_entry *e = NULL;
    ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, c, "1.2"));
    ck_assert_cchc_fails(cchc_scorecard_add_entry(NULL, c, "1.2"), CCHC_EEXISTS);
    ck_assert_cchc_ok(cchc_entry_set_rate(e, 50));
    ck_assert_cchc_ok(cchc_entry_set_ratio(e, 1, 4)); /* replaces the rate */
    ck_assert(!cchc_entry_has_input(e, CCHC_INPUT_RATE));
    ck_assert(cchc_entry_numerator(e) == 1 && cchc_entry_denominator(e) == 4);
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "A", 3));
    ck_assert_cchc_ok(cchc_entry_set_answer(e, "A", 4));
    ck_assert_uint_eq(cchc_entry_answer_count(e), 1);
    ck_assert_uint_eq(cchc_entry_answer_at(e, 0), 4);
    ck_assert_cchc_fails(cchc_entry_set_answer(e, "A B", 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_entry_clear_input(e, 42), CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_entry_clear_input(e, CCHC_INPUT_ANSWERS));
    ck_assert_uint_eq(cchc_entry_answer_count(e), 0);
    ck_assert_cchc_fails(cchc_entry_set_date(e, "2023/01/01"), CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_entry_set_not_applicable(e, 1, "lý do"));
    ck_assert_str_eq(cchc_entry_not_applicable_reason(e), "lý do");
    ck_assert_cchc_ok(cchc_entry_set_not_applicable(e, 0, "ignored"));
    ck_assert_str_eq(cchc_entry_not_applicable_reason(e), "");
    ck_assert_cchc_ok(cchc_scorecard_add_deduction(c, "1.2", "2023-01-05", "chậm"));
    ck_assert_cchc_fails(cchc_scorecard_add_deduction(c, "1.2", "", ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_add_deduction(c, "x", "", "a"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_deduction_description(cchc_scorecard_deduction_at(c, 0)), "chậm");
    ck_assert_cchc_ok(cchc_scorecard_remove_deduction(c, 0));
    ck_assert_cchc_fails(cchc_scorecard_remove_deduction(c, 0), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_scorecard_remove_entry(c, "1.2"));
    ck_assert_cchc_fails(cchc_scorecard_remove_entry(c, "1.2"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_scorecard_set_plan_source(c, NULL, "31/12/2023", NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_evaluate(NULL, c, scheme, NULL), CCHC_EINVAL);
    cchc_evaluation *ev = (cchc_evaluation *)1;
    ck_assert_cchc_fails(cchc_scorecard_evaluate(&ev, NULL, scheme, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(ev);
    cchc_scorecard_free(c);
    cchc_scorecard_free(NULL);
    cchc_evaluation_free(NULL);
    ck_assert_str_eq(cchc_entry_code(NULL), "");
    ck_assert(cchc_evaluation_total(NULL) == 0);
    ck_assert_str_eq(cchc_node_score_code(NULL), "");
}
END_TEST

START_TEST(test_scorecard_json_round_trips)
{
    /* the small card and every sample card: load → save → the same bytes */
    static char paths[7][4096];
    snprintf(paths[0], sizeof paths[0], "%s", test_data_path(SMALL_CARD));
    for (int i = 0; i < 6; i++) {
        char name[64];
        snprintf(name, sizeof name, "scorecard-2023-sample-so-mau-%c.json", 'a' + i);
        snprintf(paths[i + 1], sizeof paths[i + 1], "%s", bundled_data_path(name));
    }
    for (int i = 0; i < 7; i++) {
        char *file = read_all(paths[i], NULL);
        cchc_scorecard *c = NULL;
        cchc_diagnostics *d = cchc_diagnostics_new();
        ck_assert_cchc_ok(cchc_scorecard_load_file(&c, paths[i], d));
        ck_assert_uint_eq(cchc_diagnostics_count(d), 0);
        char *saved = NULL;
        ck_assert_cchc_ok(cchc_scorecard_save_data(&saved, NULL, c));
        ck_assert_msg(strcmp(saved, file) == 0, "%s does not round-trip", paths[i]);
        cchc_scorecard *copy = NULL;
        ck_assert_cchc_ok(cchc_scorecard_copy(&copy, c));
        char *again = NULL;
        ck_assert_cchc_ok(cchc_scorecard_save_data(&again, NULL, copy));
        ck_assert_str_eq(again, file);
        cchc_free(again);
        cchc_free(saved);
        cchc_scorecard_free(copy);
        cchc_scorecard_free(c);
        cchc_diagnostics_free(d);
        free(file);
    }
    /* a card saved to a file reads back */
    cchc_scorecard *c = new_card();
    fill_best(c);
    cchc_entry_set_date(entry(c, "1.3"), ""); /* "not done" is kept as "" */
    cchc_entry_set_appraisal(entry(c, "1.1"), 1.5, "lý do");
    cchc_entry_set_plan_input(entry(c, "1.4"), 3, 4, "2023-12-31");
    char path[] = "/tmp/cchc-card-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    ck_assert_cchc_ok(cchc_scorecard_save_file(c, path));
    cchc_scorecard *back = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_file(&back, path, NULL));
    ck_assert(cchc_entry_has_input(cchc_scorecard_find_entry(back, "1.3"), CCHC_INPUT_DATE));
    ck_assert_str_eq(cchc_entry_date(cchc_scorecard_find_entry(back, "1.3")), "");
    ck_assert(cchc_entry_plan_denominator(cchc_scorecard_find_entry(back, "1.4")) == 4);
    char *a = NULL, *b = NULL;
    cchc_scorecard_save_data(&a, NULL, c);
    cchc_scorecard_save_data(&b, NULL, back);
    ck_assert_str_eq(a, b);
    cchc_free(a);
    cchc_free(b);
    remove(path);
    cchc_scorecard_free(back);
    cchc_scorecard_free(c);
    ck_assert_cchc_fails(cchc_scorecard_load_file(&back, "/nonexistent/card.json", NULL), CCHC_EIO);
}
END_TEST

START_TEST(test_scorecard_json_unknown_key_and_header)
{
    const char *json = CARD_HEAD " \"unit\": {\"id\": \"u\", \"colour\": \"red\"}}";
    cchc_diagnostics *d = cchc_diagnostics_new();
    cchc_scorecard *c = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_data(&c, json, strlen(json), "w.json", d));
    const cchc_diagnostic *g = find_diag(d, "json.unknown-key");
    ck_assert_ptr_nonnull(g);
    ck_assert_str_eq(cchc_diagnostic_path(g), "$.unit.colour");
    cchc_scorecard_free(c);
    cchc_diagnostics_free(d);
    const char *scheme_doc = "{\"format\": \"cchc-scheme\", \"version\": 1}";
    ck_assert_cchc_fails(cchc_scorecard_load_data(&c, scheme_doc, strlen(scheme_doc), NULL, NULL),
                         CCHC_EFORMAT);
    const char *newer = "{\"format\": \"cchc-scorecard\", \"version\": 7}";
    ck_assert_cchc_fails(cchc_scorecard_load_data(&c, newer, strlen(newer), NULL, NULL),
                         CCHC_EVERSION);
}
END_TEST

START_TEST(test_sample_cards_evaluate)
{
    cchc_scheme *s = NULL;
    ck_assert_cchc_ok(cchc_scheme_load_file(&s, bundled_data_path(SAMPLE_SCHEME), NULL));
    const char *units[] = {"b", "c", "d", "e", "f"};
    double index[5];
    for (int i = 0; i < 5; i++) {
        char name[64];
        snprintf(name, sizeof name, "scorecard-2023-sample-so-mau-%s.json", units[i]);
        cchc_scorecard *c = NULL;
        ck_assert_cchc_ok(cchc_scorecard_load_file(&c, bundled_data_path(name), NULL));
        ck_assert_ptr_nonnull(strstr(cchc_scorecard_notes(c), "HƯ CẤU"));
        ck_assert_ptr_nonnull(strstr(cchc_scorecard_notes(c), "FICTIONAL"));
        cchc_diagnostics *d = cchc_diagnostics_new();
        cchc_evaluation *ev = NULL;
        ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, c, s, d));
        ck_assert_uint_eq(cchc_diagnostics_count_severity(d, CCHC_SEVERITY_WARNING), 0);
        /* the areas add up to the total, and the components too */
        double areas = 0, comps = 0;
        for (size_t a = 0; a < cchc_evaluation_area_count(ev); a++)
            areas += cchc_node_score_final(cchc_evaluation_area_at(ev, a));
        for (size_t k = 0; k < cchc_evaluation_component_count(ev); k++)
            comps += cchc_evaluation_component_points(ev, k);
        ck_assert(fabs(areas - cchc_evaluation_total(ev)) < 1e-9);
        ck_assert(fabs(comps - cchc_evaluation_total(ev)) < 1e-9);
        index[i] = cchc_evaluation_index(ev);
        cchc_evaluation_free(ev);
        cchc_diagnostics_free(d);
        cchc_scorecard_free(c);
    }
    /* E and F are alike: equal indexes, as doubles */
    ck_assert(index[3] == index[4]);
    cchc_scheme_free(s);
}
END_TEST

Suite *suite_scorecard(void);

Suite *suite_scorecard(void)
{
    Suite *s = suite_create("scorecard");
    TCase *t = tcase_create("by-hand");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_scorecard_small_card_by_hand);
    tcase_add_test(t, test_scorecard_appraisal_changes_final_points);
    tcase_add_test(t, test_scorecard_not_applicable_rescales);
    tcase_add_test(t, test_scorecard_missing_optional_component_rescales);
    suite_add_tcase(s, t);
    t = tcase_create("rules");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_rule_rate_bands_every_edge);
    tcase_add_test(t, test_rule_rate_bands_from_ratios);
    tcase_add_test(t, test_rule_proportional_floor_and_cap);
    tcase_add_test(t, test_rule_count_levels);
    tcase_add_test(t, test_rule_deduction_down_to_the_floor);
    tcase_add_test(t, test_rule_deadline_and_yes_no);
    tcase_add_test(t, test_rule_survey_weights);
    tcase_add_test(t, test_rule_typed_points_stand_in_for_facts);
    suite_add_tcase(s, t);
    t = tcase_create("sums");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_scorecard_totals_do_not_depend_on_order);
    tcase_add_test(t, test_scorecard_sums_of_tenths_are_exact);
    tcase_add_test(t, test_points_round_half_away_from_zero);
    suite_add_tcase(s, t);
    t = tcase_create("check");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_check_points_above_maximum_is_located);
    tcase_add_test(t, test_check_code_not_in_scheme_is_located);
    tcase_add_test(t, test_load_negative_count_is_located);
    tcase_add_test(t, test_load_nan_and_infinity_are_located);
    tcase_add_test(t, test_check_warnings_and_other_errors);
    tcase_add_test(t, test_check_scheme_year_and_kind);
    tcase_add_test(t, test_check_evidence_explained);
    suite_add_tcase(s, t);
    t = tcase_create("plan");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_plan_fed_inputs_by_hand);
    tcase_add_test(t, test_plan_fed_from_the_bundled_plan);
    suite_add_tcase(s, t);
    t = tcase_create("explain");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_explain_accounts_for_every_point);
    suite_add_tcase(s, t);
    t = tcase_create("json");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_scorecard_model_getters_and_errors);
    tcase_add_test(t, test_scorecard_json_round_trips);
    tcase_add_test(t, test_scorecard_json_unknown_key_and_header);
    tcase_add_test(t, test_sample_cards_evaluate);
    suite_add_tcase(s, t);
    return s;
}
