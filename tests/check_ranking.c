/*
 * Check suite for ranking.h and the ranking writers of export.h: ranks
 * under each tie policy, groups, bands at their exact edges, per-area ranks,
 * comparisons of two years and of two schemes, independence of the order
 * of summation and of adding, every error path; and the scores, ranking,
 * comparison and SVG outputs byte for byte against golden files in
 * tests/data/ranking/.
 *
 * Every expected figure below was worked out by hand from the points given
 * (the comments show the sums). To rewrite the golden files after a
 * deliberate change of the output, run the suite with CCHC_UPDATE_GOLDEN=1
 * and read the difference before committing it.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

#include <math.h>

#define N_ELEMENTS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- a tiny scheme: three areas of 40, 30 and 30 points -------------------- */

/* Areas 1 (40), 2 (30) and 3 (30), one manual leaf each (1.1, 2.1, 3.1; 3.1
 * may be not applicable); bands A ≥ 90 %, B ≥ 80 %, C ≥ 0 %, all inclusive. */
static cchc_scheme *tiny_scheme(const char *id)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_set_id(s, id));
    ck_assert_cchc_ok(cchc_scheme_set_name(s, "Bộ chỉ số thử nghiệm"));
    ck_assert_cchc_ok(cchc_scheme_set_year(s, 2023));
    static const struct {
        const char *code, *label;
        double max;
    } nodes[] = {{"1", "Công tác chỉ đạo, điều hành CCHC", 40},
                 {"1.1", "Kế hoạch CCHC", 40},
                 {"2", "Cải cách thể chế", 30},
                 {"2.1", "Văn bản QPPL", 30},
                 {"3", "Cải cách thủ tục hành chính", 30},
                 {"3.1", "Công khai TTHC", 30}};
    for (size_t i = 0; i < N_ELEMENTS(nodes); i++) {
        cchc_node *n = NULL;
        ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, nodes[i].code, nodes[i].label,
                                               nodes[i].max));
        if (strchr(nodes[i].code, '.'))
            ck_assert_cchc_ok(cchc_node_set_rule(NULL, n, CCHC_RULE_MANUAL));
        if (strcmp(nodes[i].code, "3.1") == 0)
            ck_assert_cchc_ok(cchc_node_set_may_be_not_applicable(n, 1));
    }
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "A", 90, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "B", 80, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "C", 0, 1));
    return s;
}

/* The evaluation of a card for @unit with points @p1, @p2, @p3 (@p3 < 0:
 * 3.1 not applicable), the entries added in the order @order gives. */
static cchc_evaluation *evaluate_in_order(const cchc_scheme *s, const char *unit,
                                          const char *kind, int year, double p1, double p2,
                                          double p3, const int order[3])
{
    cchc_scorecard *card = cchc_scorecard_new();
    ck_assert_cchc_ok(cchc_scorecard_set_unit_id(card, unit));
    char name[96];
    snprintf(name, sizeof name, "Đơn vị %s (hư cấu)", unit);
    ck_assert_cchc_ok(cchc_scorecard_set_unit_name(card, name));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_kind(card, kind));
    ck_assert_cchc_ok(cchc_scorecard_set_scheme_id(card, cchc_scheme_id(s)));
    ck_assert_cchc_ok(cchc_scorecard_set_year(card, year));
    static const char *const codes[] = {"1.1", "2.1", "3.1"};
    double points[] = {p1, p2, p3};
    for (int k = 0; k < 3; k++) {
        int i = order[k];
        cchc_entry *e = NULL;
        ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, card, codes[i]));
        if (points[i] < 0)
            ck_assert_cchc_ok(cchc_entry_set_not_applicable(e, 1, "Không có TTHC"));
        else
            ck_assert_cchc_ok(cchc_entry_set_points(e, points[i]));
    }
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, card, s, NULL));
    cchc_scorecard_free(card);
    return ev;
}

static cchc_evaluation *evaluate(const cchc_scheme *s, const char *unit, const char *kind,
                                 int year, double p1, double p2, double p3)
{
    static const int in_order[3] = {0, 1, 2};
    return evaluate_in_order(s, unit, kind, year, p1, p2, p3, in_order);
}

/* A list of evaluations freed together. */
typedef struct {
    cchc_evaluation *items[16];
    size_t n;
} evals;

static cchc_evaluation *keep(evals *list, cchc_evaluation *ev)
{
    ck_assert_uint_lt(list->n, N_ELEMENTS(list->items));
    list->items[list->n++] = ev;
    return ev;
}

static void evals_free(evals *list)
{
    for (size_t i = 0; i < list->n; i++)
        cchc_evaluation_free(list->items[i]);
    list->n = 0;
}

/* A ranking of @list under @ties, computed. */
static cchc_ranking *rank_all(const evals *list, int ties)
{
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_set_ties(r, ties));
    for (size_t i = 0; i < list->n; i++)
        ck_assert_cchc_ok(cchc_ranking_add(r, list->items[i], NULL));
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    return r;
}

static size_t rank_of(const cchc_ranking *r, const char *unit)
{
    const cchc_rank_entry *e = cchc_ranking_find(r, unit);
    ck_assert_msg(e != NULL, "no entry for %s", unit);
    return cchc_rank_entry_rank(e);
}

/* The first line of @text holding @needle, newly allocated ("" when none). */
static char *line_with(const char *text, const char *needle)
{
    const char *hit = strstr(text, needle);
    if (!hit)
        return strdup("");
    const char *start = hit, *end = strchr(hit, '\n');
    while (start > text && start[-1] != '\n')
        start--;
    size_t n = end ? (size_t)(end - start) : strlen(start);
    char *line = malloc(n + 1);
    memcpy(line, start, n);
    line[n] = '\0';
    return line;
}

/* ---- ties ---------------------------------------------------------------- */

/* Indexes 90, 85, 85, 80 (points 40+30+20, 40+30+15 twice, 40+30+10), added
 * in that order; the two 85s are u2 then u3. */
static void four_units(evals *list, const cchc_scheme *s)
{
    keep(list, evaluate(s, "u1", "department", 2023, 40, 30, 20));
    keep(list, evaluate(s, "u2", "department", 2023, 40, 30, 15));
    keep(list, evaluate(s, "u3", "department", 2023, 40, 30, 15));
    keep(list, evaluate(s, "u4", "department", 2023, 40, 30, 10));
}

START_TEST(test_ranking_ties_competition_1_2_2_4)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    four_units(&list, s);
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_int_eq(cchc_ranking_ties(r), CCHC_TIES_COMPETITION); /* the default */
    ck_assert_int_eq(cchc_ranking_group_by(r), CCHC_GROUP_BY_NONE);
    for (size_t i = 0; i < list.n; i++)
        ck_assert_cchc_ok(cchc_ranking_add(r, list.items[i], NULL));
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_uint_eq(cchc_ranking_count(r), 4);
    static const char *const order[] = {"u1", "u2", "u3", "u4"};
    static const size_t ranks[] = {1, 2, 2, 4};
    static const int tied[] = {0, 1, 1, 0};
    static const double index[] = {90, 85, 85, 80};
    for (size_t i = 0; i < 4; i++) {
        const cchc_rank_entry *e = cchc_ranking_at(r, i);
        ck_assert_str_eq(cchc_rank_entry_unit_id(e), order[i]);
        ck_assert_uint_eq(cchc_rank_entry_rank(e), ranks[i]);
        ck_assert_int_eq(cchc_rank_entry_is_tied(e), tied[i]);
        ck_assert_double_eq(cchc_rank_entry_index(e), index[i]);
        ck_assert_double_eq(cchc_rank_entry_total(e), index[i]);
        ck_assert_double_eq(cchc_rank_entry_maximum(e), 100);
        ck_assert_uint_eq(cchc_rank_entry_input_index(e), i);
        ck_assert_str_eq(cchc_rank_entry_group(e), "");
        ck_assert_str_eq(cchc_rank_entry_unit_kind(e), "department");
        ck_assert_str_eq(cchc_rank_entry_band(e), i == 0 ? "A" : "B");
    }
    ck_assert_str_eq(cchc_rank_entry_unit_name(cchc_ranking_at(r, 0)), "Đơn vị u1 (hư cấu)");
    ck_assert_str_eq(cchc_ranking_scheme_id(r), "tiny");
    ck_assert_str_eq(cchc_ranking_scheme_name(r), "Bộ chỉ số thử nghiệm");
    ck_assert_int_eq(cchc_ranking_year(r), 2023);
    ck_assert_uint_eq(cchc_ranking_group_count(r), 1);
    ck_assert_str_eq(cchc_ranking_group_at(r, 0), "");
    ck_assert_ptr_null(cchc_ranking_group_at(r, 1));
    ck_assert_ptr_null(cchc_ranking_at(r, 4));
    ck_assert_ptr_null(cchc_ranking_find(r, "u9"));
    ck_assert_ptr_null(cchc_ranking_find(r, NULL));
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_ranking_ties_dense_1_2_2_3)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    four_units(&list, s);
    cchc_ranking *r = rank_all(&list, CCHC_TIES_DENSE);
    ck_assert_int_eq(cchc_ranking_ties(r), CCHC_TIES_DENSE);
    ck_assert_uint_eq(rank_of(r, "u1"), 1);
    ck_assert_uint_eq(rank_of(r, "u2"), 2);
    ck_assert_uint_eq(rank_of(r, "u3"), 2);
    ck_assert_uint_eq(rank_of(r, "u4"), 3);
    ck_assert_int_eq(cchc_rank_entry_is_tied(cchc_ranking_find(r, "u3")), 1);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_ranking_ties_ordinal_1_2_3_4_in_input_order)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    four_units(&list, s);
    cchc_ranking *r = rank_all(&list, CCHC_TIES_ORDINAL);
    ck_assert_uint_eq(rank_of(r, "u1"), 1);
    ck_assert_uint_eq(rank_of(r, "u2"), 2); /* added before u3 */
    ck_assert_uint_eq(rank_of(r, "u3"), 3);
    ck_assert_uint_eq(rank_of(r, "u4"), 4);
    /* still reported as tied: another unit has the same index */
    ck_assert_int_eq(cchc_rank_entry_is_tied(cchc_ranking_find(r, "u2")), 1);
    ck_assert_int_eq(cchc_rank_entry_is_tied(cchc_ranking_find(r, "u4")), 0);
    cchc_ranking_free(r);

    /* Added the other way round, the later-added 85 comes first. */
    cchc_ranking *rev = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_set_ties(rev, CCHC_TIES_ORDINAL));
    for (size_t i = list.n; i-- > 0;)
        ck_assert_cchc_ok(cchc_ranking_add(rev, list.items[i], NULL));
    ck_assert_cchc_ok(cchc_ranking_compute(rev));
    ck_assert_uint_eq(rank_of(rev, "u3"), 2);
    ck_assert_uint_eq(rank_of(rev, "u2"), 3);
    ck_assert_str_eq(cchc_rank_entry_unit_id(cchc_ranking_at(rev, 1)), "u3");
    cchc_ranking_free(rev);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* 85.004 and 85.001 both print as 85.00 but do not tie. */
START_TEST(test_ranking_values_equal_after_rounding_rank_apart)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    keep(&list, evaluate(s, "low", "department", 2023, 40, 30, 15.001));
    keep(&list, evaluate(s, "high", "department", 2023, 40, 30, 15.004));
    cchc_ranking *r = rank_all(&list, CCHC_TIES_COMPETITION);
    ck_assert_uint_eq(rank_of(r, "high"), 1);
    ck_assert_uint_eq(rank_of(r, "low"), 2);
    ck_assert_int_eq(cchc_rank_entry_is_tied(cchc_ranking_find(r, "high")), 0);
    ck_assert_double_eq(cchc_points_round(cchc_rank_entry_index(cchc_ranking_at(r, 0))),
                        cchc_points_round(cchc_rank_entry_index(cchc_ranking_at(r, 1))));
    char *text = NULL;
    ck_assert_cchc_ok(cchc_ranking_write(&text, NULL, r, CCHC_OUTPUT_TEXT, 0));
    char *high = line_with(text, "[high]"), *low = line_with(text, "[low]");
    ck_assert_msg(strstr(high, " 1  Đơn vị high") && strstr(high, "85.00"), "%s", high);
    ck_assert_msg(strstr(low, " 2  Đơn vị low") && strstr(low, "85.00"), "%s", low);
    ck_assert(strstr(text, "[high]") < strstr(text, "[low]"));
    free(high);
    free(low);
    cchc_free(text);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* ---- groups -------------------------------------------------------------- */

START_TEST(test_ranking_groups_by_kind_rank_within_each)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    keep(&list, evaluate(s, "d1", "district", 2023, 30, 30, 20));      /* 80 */
    keep(&list, evaluate(s, "s1", "department", 2023, 40, 30, 20));    /* 90 */
    keep(&list, evaluate(s, "d2", "district", 2023, 40, 30, 20));      /* 90 */
    keep(&list, evaluate(s, "s2", "department", 2023, 40, 20, 20));    /* 80 */
    keep(&list, evaluate(s, "s3", "department", 2023, 40, 30, 30));    /* 100 */
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_set_group_by(r, CCHC_GROUP_BY_KIND));
    for (size_t i = 0; i < list.n; i++)
        ck_assert_cchc_ok(cchc_ranking_add(r, list.items[i], NULL));
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_int_eq(cchc_ranking_group_by(r), CCHC_GROUP_BY_KIND);
    ck_assert_uint_eq(cchc_ranking_group_count(r), 2);
    ck_assert_str_eq(cchc_ranking_group_at(r, 0), "district"); /* first to appear */
    ck_assert_str_eq(cchc_ranking_group_at(r, 1), "department");
    static const char *const order[] = {"d2", "d1", "s3", "s1", "s2"};
    static const size_t ranks[] = {1, 2, 1, 2, 3};
    for (size_t i = 0; i < 5; i++) {
        const cchc_rank_entry *e = cchc_ranking_at(r, i);
        ck_assert_str_eq(cchc_rank_entry_unit_id(e), order[i]);
        ck_assert_uint_eq(cchc_rank_entry_rank(e), ranks[i]);
        ck_assert_str_eq(cchc_rank_entry_group(e), i < 2 ? "district" : "department");
    }
    /* Area 1 within departments: s1 40, s2 40, s3 40 → all 1; districts d2 40 (1), d1 30 (2). */
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "s2"), 0), 1);
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "d1"), 0), 2);
    /* Area 2 within departments: s1 30, s3 30 (1), s2 20 (3). */
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "s2"), 1), 3);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_ranking_groups_by_caller)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    keep(&list, evaluate(s, "a", "department", 2023, 40, 30, 20));  /* 90 */
    keep(&list, evaluate(s, "b", "department", 2023, 40, 30, 25));  /* 95 */
    keep(&list, evaluate(s, "c", "department", 2023, 40, 30, 10));  /* 80 */
    keep(&list, evaluate(s, "d", "department", 2023, 40, 30, 28));  /* 98 */
    const char *groups[] = {"Khối tổng hợp", "Khối kinh tế", NULL, "Khối tổng hợp"};
    cchc_ranking *r = cchc_ranking_new();
    for (size_t i = 0; i < list.n; i++)
        ck_assert_cchc_ok(cchc_ranking_add(r, list.items[i], groups[i]));
    /* Without grouping every unit is in one group "". */
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_uint_eq(cchc_ranking_group_count(r), 1);
    ck_assert_uint_eq(rank_of(r, "d"), 1);
    ck_assert_uint_eq(rank_of(r, "a"), 3);

    ck_assert_cchc_ok(cchc_ranking_set_group_by(r, CCHC_GROUP_BY_CALLER));
    /* The result stays as it was until the next compute. */
    ck_assert_int_eq(cchc_ranking_group_by(r), CCHC_GROUP_BY_NONE);
    ck_assert_uint_eq(cchc_ranking_group_count(r), 1);
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_int_eq(cchc_ranking_group_by(r), CCHC_GROUP_BY_CALLER);
    ck_assert_uint_eq(cchc_ranking_group_count(r), 3);
    ck_assert_str_eq(cchc_ranking_group_at(r, 0), "Khối tổng hợp");
    ck_assert_str_eq(cchc_ranking_group_at(r, 1), "Khối kinh tế");
    ck_assert_str_eq(cchc_ranking_group_at(r, 2), "");
    ck_assert_uint_eq(rank_of(r, "d"), 1);
    ck_assert_uint_eq(rank_of(r, "a"), 2);
    ck_assert_uint_eq(rank_of(r, "b"), 1);
    ck_assert_uint_eq(rank_of(r, "c"), 1);
    ck_assert_str_eq(cchc_rank_entry_group(cchc_ranking_find(r, "c")), "");
    ck_assert_str_eq(cchc_rank_entry_unit_id(cchc_ranking_at(r, 0)), "d");
    ck_assert_str_eq(cchc_rank_entry_unit_id(cchc_ranking_at(r, 1)), "a");
    ck_assert_str_eq(cchc_rank_entry_unit_id(cchc_ranking_at(r, 2)), "b");
    ck_assert_str_eq(cchc_rank_entry_unit_id(cchc_ranking_at(r, 3)), "c");
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* ---- bands --------------------------------------------------------------- */

START_TEST(test_ranking_bands_at_exact_edges)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    keep(&list, evaluate(s, "e90", "department", 2023, 36, 27, 27));      /* 90: A */
    keep(&list, evaluate(s, "e8999", "department", 2023, 36, 27, 26.99)); /* 89.99: B */
    keep(&list, evaluate(s, "e80", "department", 2023, 32, 24, 24));      /* 80: B */
    keep(&list, evaluate(s, "e7999", "department", 2023, 32, 24, 23.99)); /* 79.99: C */
    keep(&list, evaluate(s, "e0", "department", 2023, 0, 0, 0));          /* 0: C */
    cchc_ranking *r = rank_all(&list, CCHC_TIES_COMPETITION);
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e90")), "A");
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e8999")), "B");
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e80")), "B");
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e7999")), "C");
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e0")), "C");
    /* Areas are banded on their own index: 36/40 = 90 % (A), 32/40 = 80 % (B),
     * 26.99/30 = 89.97 % (B), 23.99/30 = 79.97 % (C). */
    const cchc_rank_entry *e = cchc_ranking_find(r, "e90");
    ck_assert_uint_eq(cchc_rank_entry_area_count(e), 3);
    ck_assert_str_eq(cchc_rank_entry_area_code(e, 0), "1");
    ck_assert_double_eq(cchc_rank_entry_area_index(e, 0), 90);
    ck_assert_str_eq(cchc_rank_entry_area_band(e, 0), "A");
    ck_assert_str_eq(cchc_rank_entry_area_band(cchc_ranking_find(r, "e80"), 0), "B");
    ck_assert_str_eq(cchc_rank_entry_area_band(cchc_ranking_find(r, "e8999"), 2), "B");
    ck_assert_str_eq(cchc_rank_entry_area_band(cchc_ranking_find(r, "e7999"), 2), "C");
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);

    /* An exclusive bound: "trên 95 %" holds 95.01 but not 95. */
    s = tiny_scheme("tiny");
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Xuất sắc", 95, 0));
    keep(&list, evaluate(s, "e95", "department", 2023, 40, 30, 25));       /* 95 */
    keep(&list, evaluate(s, "e9501", "department", 2023, 40, 30, 25.01));  /* 95.01 */
    r = rank_all(&list, CCHC_TIES_COMPETITION);
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e95")), "A");
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_find(r, "e9501")), "Xuất sắc");
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);

    /* Without a band table every band is "". */
    s = tiny_scheme("tiny");
    while (cchc_scheme_band_count(s) > 0)
        ck_assert_cchc_ok(cchc_scheme_remove_band(s, 0));
    keep(&list, evaluate(s, "nb", "department", 2023, 40, 30, 25));
    r = rank_all(&list, CCHC_TIES_COMPETITION);
    ck_assert_str_eq(cchc_rank_entry_band(cchc_ranking_at(r, 0)), "");
    ck_assert_str_eq(cchc_rank_entry_area_band(cchc_ranking_at(r, 0), 0), "");
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* ---- areas --------------------------------------------------------------- */

/* Area 3 not applicable for "na": it leaves the unit's maximum (70) and the
 * unit is ranked on area 3 with no rank; the others are ranked among
 * themselves. */
START_TEST(test_ranking_area_ranks_skip_excluded_areas)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    keep(&list, evaluate(s, "na", "department", 2023, 36, 27, -1)); /* 63 / 70 = 90 % */
    keep(&list, evaluate(s, "x", "department", 2023, 40, 24, 21));  /* 85 */
    keep(&list, evaluate(s, "y", "department", 2023, 30, 30, 30));  /* 90 */
    cchc_ranking *r = rank_all(&list, CCHC_TIES_COMPETITION);
    const cchc_rank_entry *na = cchc_ranking_find(r, "na");
    ck_assert_double_eq(cchc_rank_entry_maximum(na), 70);
    ck_assert_double_eq(cchc_rank_entry_total(na), 63);
    ck_assert_double_eq(cchc_rank_entry_index(na), 90);
    ck_assert_uint_eq(cchc_rank_entry_rank(na), 1); /* 90 = 90: tied with y */
    ck_assert_uint_eq(rank_of(r, "y"), 1);
    ck_assert_uint_eq(rank_of(r, "x"), 3);
    /* area 3: na excluded; y 100 % (1), x 70 % (2) */
    ck_assert_uint_eq(cchc_rank_entry_area_rank(na, 2), 0);
    ck_assert_double_eq(cchc_rank_entry_area_index(na, 2), 0);
    ck_assert_str_eq(cchc_rank_entry_area_band(na, 2), "");
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "y"), 2), 1);
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "x"), 2), 2);
    /* area 1: x 100 (1), na 90 (2), y 75 (3) */
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "x"), 0), 1);
    ck_assert_uint_eq(cchc_rank_entry_area_rank(na, 0), 2);
    ck_assert_uint_eq(cchc_rank_entry_area_rank(cchc_ranking_find(r, "y"), 0), 3);
    /* out of range */
    ck_assert_ptr_null(cchc_rank_entry_area_code(na, 3));
    ck_assert_double_eq(cchc_rank_entry_area_index(na, 3), 0);
    ck_assert_uint_eq(cchc_rank_entry_area_rank(na, 3), 0);
    ck_assert_str_eq(cchc_rank_entry_area_band(na, 3), "");
    ck_assert_uint_eq(cchc_ranking_area_count(r), 3);
    ck_assert_str_eq(cchc_ranking_area_code(r, 2), "3");
    ck_assert_str_eq(cchc_ranking_area_label(r, 2), "Cải cách thủ tục hành chính");
    ck_assert_ptr_null(cchc_ranking_area_code(r, 3));
    ck_assert_ptr_null(cchc_ranking_area_label(r, 3));
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* ---- comparing two years --------------------------------------------------- */

/* Before (2022): a 90, b 85, c 80, d 70. After (2023): b 92, e 88, d 85, c 78.
 * (Points: see the comments; the areas' indexes are worked out beside them.) */
START_TEST(test_ranking_compare_two_years)
{
    cchc_scheme *s22 = tiny_scheme("tiny");
    ck_assert_cchc_ok(cchc_scheme_set_year(s22, 2022));
    cchc_scheme *s23 = tiny_scheme("tiny");
    evals before = {0}, after = {0};
    keep(&before, evaluate(s22, "a", "department", 2022, 36, 27, 27)); /* 90: 90 90 90 */
    keep(&before, evaluate(s22, "b", "department", 2022, 34, 27, 24)); /* 85: 85 90 80 */
    keep(&before, evaluate(s22, "c", "department", 2022, 32, 24, 24)); /* 80: 80 80 80 */
    keep(&before, evaluate(s22, "d", "department", 2022, 28, 21, 21)); /* 70: 70 70 70 */
    keep(&after, evaluate(s23, "b", "department", 2023, 38, 27, 27));  /* 92: 95 90 90 */
    keep(&after, evaluate(s23, "c", "department", 2023, 32, 24, 22));  /* 78: 80 80 73.3 */
    keep(&after, evaluate(s23, "d", "department", 2023, 34, 27, 24));  /* 85: 85 90 80 */
    keep(&after, evaluate(s23, "e", "department", 2023, 36, 27, 25));  /* 88: 90 90 83.3 */
    cchc_ranking *rb = rank_all(&before, CCHC_TIES_COMPETITION);
    cchc_ranking *ra = rank_all(&after, CCHC_TIES_COMPETITION);
    cchc_comparison *c = NULL;
    ck_assert_cchc_ok(cchc_ranking_compare(&c, rb, ra));
    ck_assert_int_eq(cchc_comparison_before_year(c), 2022);
    ck_assert_int_eq(cchc_comparison_after_year(c), 2023);
    ck_assert_str_eq(cchc_comparison_before_scheme_id(c), "tiny");
    ck_assert_str_eq(cchc_comparison_after_scheme_id(c), "tiny");
    ck_assert_uint_eq(cchc_comparison_count(c), 5);
    /* after's order (b 1, e 2, d 3, c 4), then a, found only before */
    static const char *const order[] = {"b", "e", "d", "c", "a"};
    for (size_t i = 0; i < 5; i++)
        ck_assert_str_eq(cchc_change_unit_id(cchc_comparison_at(c, i)), order[i]);
    ck_assert_ptr_null(cchc_comparison_at(c, 5));

    const cchc_change *b = cchc_comparison_find(c, "b");
    ck_assert_int_eq(cchc_change_in_before(b), 1);
    ck_assert_int_eq(cchc_change_in_after(b), 1);
    ck_assert_uint_eq(cchc_change_rank_before(b), 2);
    ck_assert_uint_eq(cchc_change_rank_after(b), 1);
    ck_assert_int_eq(cchc_change_rank_delta(b), 1);
    ck_assert_double_eq_tol(cchc_change_index_delta(b), 7, 1e-9);
    ck_assert_double_eq(cchc_change_index_before(b), 85);
    ck_assert_double_eq(cchc_change_index_after(b), 92);
    ck_assert_str_eq(cchc_change_band_before(b), "B");
    ck_assert_str_eq(cchc_change_band_after(b), "A");
    ck_assert_int_eq(cchc_change_band_changed(b), 1);
    ck_assert_str_eq(cchc_change_unit_name(b), "Đơn vị b (hư cấu)");

    const cchc_change *cc = cchc_comparison_find(c, "c");
    ck_assert_int_eq(cchc_change_rank_delta(cc), -1); /* 3 → 4 */
    ck_assert_double_eq_tol(cchc_change_index_delta(cc), -2, 1e-9);
    ck_assert_int_eq(cchc_change_band_changed(cc), 1); /* B → C */
    const cchc_change *d = cchc_comparison_find(c, "d");
    ck_assert_int_eq(cchc_change_rank_delta(d), 1); /* 4 → 3 */
    ck_assert_double_eq_tol(cchc_change_index_delta(d), 15, 1e-9);

    const cchc_change *e = cchc_comparison_find(c, "e"); /* new */
    ck_assert_int_eq(cchc_change_in_before(e), 0);
    ck_assert_int_eq(cchc_change_in_after(e), 1);
    ck_assert_uint_eq(cchc_change_rank_before(e), 0);
    ck_assert_uint_eq(cchc_change_rank_after(e), 2);
    ck_assert_int_eq(cchc_change_rank_delta(e), 0);
    ck_assert_double_eq(cchc_change_index_delta(e), 0);
    ck_assert_double_eq(cchc_change_index_before(e), 0);
    ck_assert_str_eq(cchc_change_band_before(e), "");
    ck_assert_int_eq(cchc_change_band_changed(e), 0);
    const cchc_change *a = cchc_comparison_find(c, "a"); /* gone */
    ck_assert_int_eq(cchc_change_in_before(a), 1);
    ck_assert_int_eq(cchc_change_in_after(a), 0);
    ck_assert_uint_eq(cchc_change_rank_before(a), 1);
    ck_assert_double_eq(cchc_change_index_after(a), 0);
    ck_assert_str_eq(cchc_change_band_after(a), "");
    ck_assert_int_eq(cchc_change_rank_delta(a), 0);

    /* Areas: 1 — before a 1, b 2, c 3, d 4; after b 95 (1), e 90 (2), d 85 (3), c 80 (4). */
    ck_assert_uint_eq(cchc_change_area_count(b), 3);
    ck_assert_str_eq(cchc_change_area_code(b, 0), "1");
    ck_assert_str_eq(cchc_change_area_label(b, 0), "Công tác chỉ đạo, điều hành CCHC");
    ck_assert_int_eq(cchc_change_area_rank_delta(b, 0), 1);
    ck_assert_double_eq_tol(cchc_change_area_index_delta(b, 0), 10, 1e-9);
    ck_assert_str_eq(cchc_change_area_band_before(b, 0), "B");
    ck_assert_str_eq(cchc_change_area_band_after(b, 0), "A");
    ck_assert_uint_eq(cchc_change_area_rank_before(d, 0), 4);
    ck_assert_uint_eq(cchc_change_area_rank_after(d, 0), 3);
    ck_assert_double_eq(cchc_change_area_index_before(d, 0), 70);
    ck_assert_double_eq(cchc_change_area_index_after(d, 0), 85);
    ck_assert_int_eq(cchc_change_area_rank_delta(cc, 0), -1);
    ck_assert_double_eq(cchc_change_area_index_delta(cc, 0), 0);
    /* 2 — before a, b 90 (1), c 80 (3), d 70 (4); after b, d, e 90 (1), c 80 (4). */
    ck_assert_int_eq(cchc_change_area_rank_delta(b, 1), 0);
    ck_assert_int_eq(cchc_change_area_rank_delta(d, 1), 3);
    ck_assert_int_eq(cchc_change_area_rank_delta(cc, 1), -1);
    /* a unit on one side: nothing moves */
    ck_assert_int_eq(cchc_change_area_rank_delta(e, 0), 0);
    ck_assert_double_eq(cchc_change_area_index_delta(e, 0), 0);
    ck_assert_uint_eq(cchc_change_area_rank_after(e, 0), 2);
    ck_assert_uint_eq(cchc_change_area_rank_before(e, 0), 0);
    ck_assert_str_eq(cchc_change_area_band_before(e, 0), "");
    /* out of range */
    ck_assert_ptr_null(cchc_change_area_code(b, 3));
    ck_assert_ptr_null(cchc_change_area_label(b, 3));
    ck_assert_double_eq(cchc_change_area_index_delta(b, 3), 0);
    ck_assert_int_eq(cchc_change_area_rank_delta(b, 3), 0);
    ck_assert_str_eq(cchc_change_area_band_before(b, 3), "");
    ck_assert_ptr_null(cchc_comparison_find(c, "zz"));
    ck_assert_ptr_null(cchc_comparison_find(c, NULL));

    /* Rankings are snapshots: freeing the evaluations and rankings leaves the
     * comparison whole. */
    evals_free(&before);
    evals_free(&after);
    cchc_ranking_free(rb);
    cchc_ranking_free(ra);
    ck_assert_str_eq(cchc_change_unit_id(cchc_comparison_at(c, 4)), "a");
    cchc_comparison_free(c);
    cchc_scheme_free(s22);
    cchc_scheme_free(s23);
}
END_TEST

/* ---- comparing two schemes on the same scorecards --------------------------- */

/* Proportional leaves: the same rates weigh 40/30/30 under scheme "w-a" and
 * 20/40/30 plus an area 4 of 10 under "w-b". Rates (1, 2, 3, 4):
 *   u1 100 70 70 50   A: 40 + 21 + 21 = 82       B: 20 + 28 + 21 + 5 = 74
 *   u2  60 90 90 50   A: 24 + 27 + 27 = 78       B: 12 + 36 + 27 + 5 = 80
 *   u3  90 75 75 50   A: 36 + 22.5 + 22.5 = 81   B: 18 + 30 + 22.5 + 5 = 75.5
 * A: u1 1, u3 2, u2 3.  B: u2 1, u3 2, u1 3. */
static cchc_scheme *weighted_scheme(const char *id, const double *maxima, size_t n_areas)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_set_id(s, id));
    ck_assert_cchc_ok(cchc_scheme_set_year(s, 2023));
    for (size_t a = 0; a < n_areas; a++) {
        char code[32], leaf[32];
        snprintf(code, sizeof code, "%zu", a + 1);
        snprintf(leaf, sizeof leaf, "%zu.1", a + 1);
        cchc_node *n = NULL;
        ck_assert_cchc_ok(cchc_scheme_add_node(NULL, s, code, cchc_area_name_vi((int)a + 1),
                                               maxima[a]));
        ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, leaf, "Tỷ lệ", maxima[a]));
        ck_assert_cchc_ok(cchc_node_set_rule(NULL, n, CCHC_RULE_PROPORTIONAL));
    }
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Tốt", 80, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Khá", 0, 1));
    return s;
}

static cchc_evaluation *evaluate_rates(const cchc_scheme *s, const char *unit,
                                       const double *rates, size_t n)
{
    cchc_scorecard *card = cchc_scorecard_new();
    ck_assert_cchc_ok(cchc_scorecard_set_unit_id(card, unit));
    ck_assert_cchc_ok(cchc_scorecard_set_scheme_id(card, cchc_scheme_id(s)));
    for (size_t a = 0; a < n; a++) {
        char leaf[32];
        snprintf(leaf, sizeof leaf, "%zu.1", a + 1);
        cchc_entry *e = NULL;
        ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, card, leaf));
        ck_assert_cchc_ok(cchc_entry_set_rate(e, rates[a]));
    }
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, card, s, NULL));
    cchc_scorecard_free(card);
    return ev;
}

START_TEST(test_ranking_compare_two_schemes_ranks_move)
{
    static const double max_a[] = {40, 30, 30}, max_b[] = {20, 40, 30, 10};
    static const double rates[3][4] = {{100, 70, 70, 50}, {60, 90, 90, 50}, {90, 75, 75, 50}};
    static const char *const units[] = {"u1", "u2", "u3"};
    cchc_scheme *sa = weighted_scheme("w-a", max_a, 3);
    cchc_scheme *sb = weighted_scheme("w-b", max_b, 4);
    evals la = {0}, lb = {0};
    for (size_t i = 0; i < 3; i++) {
        keep(&la, evaluate_rates(sa, units[i], rates[i], 3));
        keep(&lb, evaluate_rates(sb, units[i], rates[i], 4));
    }
    cchc_ranking *ra = rank_all(&la, CCHC_TIES_COMPETITION);
    cchc_ranking *rb = rank_all(&lb, CCHC_TIES_COMPETITION);
    ck_assert_double_eq_tol(cchc_rank_entry_index(cchc_ranking_find(ra, "u3")), 81, 1e-9);
    ck_assert_double_eq_tol(cchc_rank_entry_index(cchc_ranking_find(rb, "u3")), 75.5, 1e-9);
    cchc_comparison *c = NULL;
    ck_assert_cchc_ok(cchc_ranking_compare(&c, ra, rb));
    ck_assert_str_eq(cchc_comparison_before_scheme_id(c), "w-a");
    ck_assert_str_eq(cchc_comparison_after_scheme_id(c), "w-b");
    const cchc_change *u1 = cchc_comparison_find(c, "u1");
    const cchc_change *u2 = cchc_comparison_find(c, "u2");
    const cchc_change *u3 = cchc_comparison_find(c, "u3");
    ck_assert_int_eq(cchc_change_rank_delta(u1), -2); /* 1 → 3 */
    ck_assert_int_eq(cchc_change_rank_delta(u2), 2);  /* 3 → 1 */
    ck_assert_int_eq(cchc_change_rank_delta(u3), 0);
    ck_assert_double_eq_tol(cchc_change_index_delta(u1), -8, 1e-9);
    ck_assert_double_eq_tol(cchc_change_index_delta(u2), 2, 1e-9);
    ck_assert_str_eq(cchc_change_band_before(u2), "Khá");
    ck_assert_str_eq(cchc_change_band_after(u2), "Tốt");
    ck_assert_int_eq(cchc_change_band_changed(u2), 1);
    ck_assert_str_eq(cchc_change_unit_id(cchc_comparison_at(c, 0)), "u2");
    /* Areas of either side: 1, 2, 3, 4; area 4 only after. */
    ck_assert_uint_eq(cchc_change_area_count(u1), 4);
    ck_assert_str_eq(cchc_change_area_code(u1, 3), "4");
    ck_assert_str_eq(cchc_change_area_label(u1, 3), cchc_area_name_vi(4));
    ck_assert_uint_eq(cchc_change_area_rank_before(u1, 3), 0);
    ck_assert_uint_eq(cchc_change_area_rank_after(u1, 3), 1); /* all 50 %: tied */
    ck_assert_int_eq(cchc_change_area_rank_delta(u1, 3), 0);
    ck_assert_double_eq(cchc_change_area_index_delta(u1, 3), 0);
    ck_assert_double_eq(cchc_change_area_index_after(u1, 3), 50);
    /* Area indexes do not depend on the weights: rate 100 % is 100 % on both. */
    ck_assert_double_eq(cchc_change_area_index_delta(u1, 0), 0);

    /* Compared the other way round, area 4 is only before. */
    cchc_comparison *back = NULL;
    ck_assert_cchc_ok(cchc_ranking_compare(&back, rb, ra));
    ck_assert_uint_eq(cchc_change_area_count(cchc_comparison_at(back, 0)), 4);
    ck_assert_uint_eq(cchc_change_area_rank_before(cchc_comparison_find(back, "u1"), 3), 1);
    ck_assert_str_eq(cchc_change_area_label(cchc_comparison_find(back, "u1"), 3),
                     cchc_area_name_vi(4));
    ck_assert_int_eq(cchc_change_rank_delta(cchc_comparison_find(back, "u1")), 2);
    cchc_comparison_free(back);
    cchc_comparison_free(c);
    cchc_ranking_free(ra);
    cchc_ranking_free(rb);
    evals_free(&la);
    evals_free(&lb);
    cchc_scheme_free(sa);
    cchc_scheme_free(sb);
}
END_TEST

/* ---- order independence ------------------------------------------------------ */

/* Points chosen so that floating-point sums depend on their order when
 * added naively: 0.1 + 0.2 + 29.7 and the same in reverse. */
START_TEST(test_ranking_totals_and_ranks_do_not_depend_on_order)
{
    cchc_scheme *s = tiny_scheme("tiny");
    static const int forward[3] = {0, 1, 2}, backward[3] = {2, 1, 0}, mixed[3] = {1, 2, 0};
    const int *orders[] = {forward, backward, mixed};
    static const double pts[5][3] = {{0.1, 0.2, 29.7},
                                     {33.33, 0.07, 26.6},
                                     {12.5, 29.99, 0.01},
                                     {0.3, 0.6, 29.1},
                                     {39.99, 29.99, 29.99}};
    static const char *const units[] = {"p", "q", "r", "s", "t"};
    evals lists[3];
    memset(lists, 0, sizeof lists);
    for (size_t o = 0; o < 3; o++)
        for (size_t i = 0; i < 5; i++) {
            size_t u = (i + o * 2) % 5; /* a different order of units too */
            keep(&lists[o], evaluate_in_order(s, units[u], "department", 2023, pts[u][0],
                                              pts[u][1], pts[u][2], orders[o]));
        }
    cchc_ranking *r[3];
    for (size_t o = 0; o < 3; o++)
        r[o] = rank_all(&lists[o], CCHC_TIES_COMPETITION);
    for (size_t i = 0; i < 5; i++) {
        const cchc_rank_entry *e0 = cchc_ranking_find(r[0], units[i]);
        for (size_t o = 1; o < 3; o++) {
            const cchc_rank_entry *e = cchc_ranking_find(r[o], units[i]);
            /* identical doubles, not merely close ones */
            ck_assert(memcmp(&(double){cchc_rank_entry_total(e)},
                             &(double){cchc_rank_entry_total(e0)}, sizeof(double)) == 0);
            ck_assert(memcmp(&(double){cchc_rank_entry_index(e)},
                             &(double){cchc_rank_entry_index(e0)}, sizeof(double)) == 0);
            ck_assert_uint_eq(cchc_rank_entry_rank(e), cchc_rank_entry_rank(e0));
            for (size_t a = 0; a < 3; a++)
                ck_assert_uint_eq(cchc_rank_entry_area_rank(e, a),
                                  cchc_rank_entry_area_rank(e0, a));
        }
    }
    /* p, s: 30 (tied 4th); q: 60; r: 42.5; t: 99.97 */
    ck_assert_uint_eq(rank_of(r[0], "t"), 1);
    ck_assert_uint_eq(rank_of(r[0], "q"), 2);
    ck_assert_uint_eq(rank_of(r[0], "r"), 3);
    ck_assert_uint_eq(rank_of(r[0], "p"), 4);
    ck_assert_uint_eq(rank_of(r[0], "s"), 4);
    ck_assert_double_eq(cchc_rank_entry_total(cchc_ranking_find(r[0], "p")), 30);

    /* The mean of the others in the SVG does not depend on their order. */
    const cchc_evaluation *others0[4], *others1[4];
    for (size_t i = 0; i < 4; i++) {
        others0[i] = lists[0].items[i + 1];
        others1[i] = lists[0].items[4 - i];
    }
    char *svg0 = NULL, *svg1 = NULL;
    ck_assert_cchc_ok(cchc_evaluation_write_svg(&svg0, NULL, lists[0].items[0], others0, 4));
    ck_assert_cchc_ok(cchc_evaluation_write_svg(&svg1, NULL, lists[0].items[0], others1, 4));
    ck_assert_str_eq(svg0, svg1);
    cchc_free(svg0);
    cchc_free(svg1);
    for (size_t o = 0; o < 3; o++) {
        cchc_ranking_free(r[o]);
        evals_free(&lists[o]);
    }
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_ranking_result_is_a_snapshot_until_recomputed)
{
    cchc_scheme *s = tiny_scheme("tiny");
    evals list = {0};
    four_units(&list, s);
    cchc_evaluation *late = keep(&list, evaluate(s, "u5", "district", 2022, 40, 30, 30));
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_uint_eq(cchc_ranking_count(r), 0);
    ck_assert_uint_eq(cchc_ranking_group_count(r), 0);
    ck_assert_ptr_null(cchc_ranking_at(r, 0));
    ck_assert_ptr_null(cchc_ranking_group_at(r, 0));
    ck_assert_str_eq(cchc_ranking_scheme_id(r), "");
    ck_assert_int_eq(cchc_ranking_year(r), 0);
    ck_assert_uint_eq(cchc_ranking_area_count(r), 0);
    for (size_t i = 0; i < 4; i++)
        ck_assert_cchc_ok(cchc_ranking_add(r, list.items[i], NULL));
    ck_assert_ptr_null(cchc_ranking_find(r, "u1")); /* not computed yet */
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    const cchc_rank_entry *u1 = cchc_ranking_find(r, "u1");
    ck_assert_cchc_ok(cchc_ranking_add(r, late, NULL));
    ck_assert_cchc_ok(cchc_ranking_set_ties(r, CCHC_TIES_DENSE));
    ck_assert_uint_eq(cchc_ranking_count(r), 4);
    ck_assert_ptr_null(cchc_ranking_find(r, "u5"));
    ck_assert_uint_eq(rank_of(r, "u4"), 4);
    ck_assert_int_eq(cchc_ranking_ties(r), CCHC_TIES_COMPETITION);
    ck_assert_int_eq(cchc_ranking_year(r), 0); /* 2023 and 2022 */
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_uint_eq(cchc_ranking_count(r), 5);
    ck_assert_uint_eq(rank_of(r, "u5"), 1);
    ck_assert_uint_eq(rank_of(r, "u4"), 4); /* dense: 100, 90, 85, 85, 80 → 1 2 3 3 4 */
    ck_assert_uint_eq(rank_of(r, "u2"), 3);
    ck_assert_ptr_eq(cchc_ranking_find(r, "u1"), u1); /* entries stay where they were */
    ck_assert_uint_eq(cchc_rank_entry_rank(u1), 2);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

/* ---- errors ---------------------------------------------------------------- */

START_TEST(test_ranking_errors)
{
    cchc_scheme *s = tiny_scheme("tiny");
    cchc_scheme *other = tiny_scheme("other");
    evals list = {0};
    cchc_evaluation *ok = keep(&list, evaluate(s, "u1", "department", 2023, 40, 30, 20));
    cchc_evaluation *dup = keep(&list, evaluate(s, "u1", "department", 2023, 10, 10, 10));
    cchc_evaluation *foreign = keep(&list, evaluate(other, "u2", "department", 2023, 1, 1, 1));
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_ptr_nonnull(r);

    ck_assert_cchc_fails(cchc_ranking_set_ties(NULL, CCHC_TIES_DENSE), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_set_ties(r, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_set_ties(r, 4), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_set_group_by(NULL, CCHC_GROUP_BY_KIND), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_set_group_by(r, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_set_group_by(r, 4), CCHC_EINVAL);
    ck_assert_int_eq(cchc_ranking_ties(r), CCHC_TIES_COMPETITION);

    ck_assert_cchc_fails(cchc_ranking_compute(NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_compute(r), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_ranking_add(NULL, ok, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_add(r, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_add(r, ok, "nh\xC3\x28m"), CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_ranking_add(r, ok, ""));
    ck_assert_cchc_fails(cchc_ranking_add(r, dup, NULL), CCHC_EEXISTS);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "u1"));
    ck_assert_cchc_fails(cchc_ranking_add(r, foreign, NULL), CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "\"other\""));
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "\"tiny\""));

    /* same id, other areas: another version of the scheme */
    double max4[] = {25, 25, 25, 25};
    cchc_scheme *four = weighted_scheme("tiny", max4, 4);
    double rates[] = {50, 50, 50, 50};
    cchc_evaluation *four_areas = keep(&list, evaluate_rates(four, "u4", rates, 4));
    ck_assert_cchc_fails(cchc_ranking_add(r, four_areas, NULL), CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "areas"));

    /* a card without a unit id */
    cchc_scorecard *card = cchc_scorecard_new();
    ck_assert_cchc_ok(cchc_scorecard_set_scheme_id(card, "tiny"));
    cchc_entry *e = NULL;
    ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, card, "1.1"));
    ck_assert_cchc_ok(cchc_entry_set_points(e, 1));
    cchc_evaluation *anonymous = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&anonymous, card, s, NULL));
    keep(&list, anonymous);
    cchc_scorecard_free(card);
    ck_assert_cchc_fails(cchc_ranking_add(r, anonymous, NULL), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_ranking_count(r), 0);

    /* compare */
    cchc_comparison *c = (cchc_comparison *)1;
    ck_assert_cchc_fails(cchc_ranking_compare(&c, r, r), CCHC_EINVAL); /* not computed */
    ck_assert_ptr_null(c);
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    c = (cchc_comparison *)1;
    ck_assert_cchc_fails(cchc_ranking_compare(&c, NULL, r), CCHC_EINVAL);
    ck_assert_ptr_null(c);
    ck_assert_cchc_fails(cchc_ranking_compare(&c, r, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_compare(NULL, r, r), CCHC_EINVAL);
    cchc_ranking *fresh = cchc_ranking_new();
    ck_assert_cchc_fails(cchc_ranking_compare(&c, r, fresh), CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "after"));
    cchc_ranking_free(fresh);

    /* NULL getters and free */
    cchc_ranking_free(NULL);
    cchc_comparison_free(NULL);
    ck_assert_str_eq(cchc_ranking_scheme_id(NULL), "");
    ck_assert_str_eq(cchc_ranking_scheme_name(NULL), "");
    ck_assert_int_eq(cchc_ranking_year(NULL), 0);
    ck_assert_int_eq(cchc_ranking_ties(NULL), 0);
    ck_assert_int_eq(cchc_ranking_group_by(NULL), 0);
    ck_assert_uint_eq(cchc_ranking_count(NULL), 0);
    ck_assert_uint_eq(cchc_ranking_group_count(NULL), 0);
    ck_assert_uint_eq(cchc_ranking_area_count(NULL), 0);
    ck_assert_ptr_null(cchc_ranking_at(NULL, 0));
    ck_assert_ptr_null(cchc_ranking_find(NULL, "u1"));
    ck_assert_ptr_null(cchc_ranking_area_code(NULL, 0));
    ck_assert_str_eq(cchc_rank_entry_unit_id(NULL), "");
    ck_assert_str_eq(cchc_rank_entry_unit_name(NULL), "");
    ck_assert_str_eq(cchc_rank_entry_unit_kind(NULL), "");
    ck_assert_str_eq(cchc_rank_entry_group(NULL), "");
    ck_assert_str_eq(cchc_rank_entry_band(NULL), "");
    ck_assert_uint_eq(cchc_rank_entry_rank(NULL), 0);
    ck_assert_uint_eq(cchc_rank_entry_input_index(NULL), 0);
    ck_assert_int_eq(cchc_rank_entry_is_tied(NULL), 0);
    ck_assert_double_eq(cchc_rank_entry_index(NULL), 0);
    ck_assert_double_eq(cchc_rank_entry_total(NULL), 0);
    ck_assert_double_eq(cchc_rank_entry_maximum(NULL), 0);
    ck_assert_uint_eq(cchc_rank_entry_area_count(NULL), 0);
    ck_assert_ptr_null(cchc_rank_entry_area_code(NULL, 0));
    ck_assert_uint_eq(cchc_comparison_count(NULL), 0);
    ck_assert_ptr_null(cchc_comparison_at(NULL, 0));
    ck_assert_ptr_null(cchc_comparison_find(NULL, "u1"));
    ck_assert_str_eq(cchc_comparison_before_scheme_id(NULL), "");
    ck_assert_str_eq(cchc_comparison_after_scheme_id(NULL), "");
    ck_assert_int_eq(cchc_comparison_before_year(NULL), 0);
    ck_assert_int_eq(cchc_comparison_after_year(NULL), 0);
    ck_assert_str_eq(cchc_change_unit_id(NULL), "");
    ck_assert_str_eq(cchc_change_unit_name(NULL), "");
    ck_assert_int_eq(cchc_change_in_before(NULL), 0);
    ck_assert_int_eq(cchc_change_in_after(NULL), 0);
    ck_assert_double_eq(cchc_change_index_before(NULL), 0);
    ck_assert_double_eq(cchc_change_index_after(NULL), 0);
    ck_assert_double_eq(cchc_change_index_delta(NULL), 0);
    ck_assert_uint_eq(cchc_change_rank_before(NULL), 0);
    ck_assert_uint_eq(cchc_change_rank_after(NULL), 0);
    ck_assert_int_eq(cchc_change_rank_delta(NULL), 0);
    ck_assert_str_eq(cchc_change_band_before(NULL), "");
    ck_assert_str_eq(cchc_change_band_after(NULL), "");
    ck_assert_int_eq(cchc_change_band_changed(NULL), 0);
    ck_assert_uint_eq(cchc_change_area_count(NULL), 0);
    ck_assert_ptr_null(cchc_change_area_code(NULL, 0));
    ck_assert_double_eq(cchc_change_area_index_before(NULL, 0), 0);
    ck_assert_double_eq(cchc_change_area_index_after(NULL, 0), 0);
    ck_assert_uint_eq(cchc_change_area_rank_before(NULL, 0), 0);
    ck_assert_uint_eq(cchc_change_area_rank_after(NULL, 0), 0);
    ck_assert_str_eq(cchc_change_area_band_after(NULL, 0), "");

    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(four);
    cchc_scheme_free(other);
    cchc_scheme_free(s);
}
END_TEST

START_TEST(test_ranking_tie_policy_names)
{
    ck_assert_str_eq(cchc_tie_policy_name(CCHC_TIES_COMPETITION), "competition");
    ck_assert_str_eq(cchc_tie_policy_name(CCHC_TIES_DENSE), "dense");
    ck_assert_str_eq(cchc_tie_policy_name(CCHC_TIES_ORDINAL), "ordinal");
    ck_assert_str_eq(cchc_tie_policy_name(0), "");
    ck_assert_str_eq(cchc_tie_policy_name(99), "");
    for (int p = CCHC_TIES_COMPETITION; p <= CCHC_TIES_ORDINAL; p++)
        ck_assert_int_eq(cchc_tie_policy_from_name(cchc_tie_policy_name(p)), p);
    ck_assert_int_eq(cchc_tie_policy_from_name(NULL), 0);
    ck_assert_int_eq(cchc_tie_policy_from_name("Dense"), 0);
    ck_assert_int_eq(cchc_tie_policy_from_name(""), 0);
}
END_TEST

START_TEST(test_ranking_writer_errors)
{
    cchc_scheme *s = tiny_scheme("tiny");
    cchc_scheme *other = tiny_scheme("other");
    double max2[] = {50, 50};
    cchc_scheme *two = weighted_scheme("two", max2, 2);
    evals list = {0};
    cchc_evaluation *a = keep(&list, evaluate(s, "a", "department", 2023, 40, 30, 20));
    cchc_evaluation *b = keep(&list, evaluate(s, "b", "department", 2023, 30, 30, 20));
    cchc_evaluation *x = keep(&list, evaluate(other, "x", "department", 2023, 1, 1, 1));
    double rates[] = {10, 20};
    cchc_evaluation *t = keep(&list, evaluate_rates(two, "t", rates, 2));
    cchc_ranking *r = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_add(r, a, NULL));
    char *doc = (char *)1;
    size_t size = 99;

    /* rankings */
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, CCHC_OUTPUT_TEXT, 0), CCHC_EINVAL);
    ck_assert_ptr_null(doc);
    ck_assert_uint_eq(size, 0);
    ck_assert_cchc_ok(cchc_ranking_compute(r));
    ck_assert_cchc_fails(cchc_ranking_write(NULL, &size, r, CCHC_OUTPUT_TEXT, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, NULL, CCHC_OUTPUT_TEXT, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, 0, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, 5, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, CCHC_OUTPUT_CSV, 4), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, CCHC_OUTPUT_CSV,
                                            CCHC_OUTPUT_VIETNAMESE),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_write(&doc, &size, r, CCHC_OUTPUT_JSON, CCHC_OUTPUT_BOM),
                         CCHC_EINVAL);
    ck_assert_ptr_null(doc);

    /* comparisons */
    cchc_comparison *c = NULL;
    ck_assert_cchc_ok(cchc_ranking_compare(&c, r, r));
    ck_assert_cchc_fails(cchc_comparison_write(NULL, NULL, c, CCHC_OUTPUT_TEXT, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_comparison_write(&doc, NULL, NULL, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_comparison_write(&doc, NULL, c, 9, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_comparison_write(&doc, NULL, c, CCHC_OUTPUT_MARKDOWN,
                                               CCHC_OUTPUT_BOM),
                         CCHC_EINVAL);
    ck_assert_ptr_null(doc);

    /* scores */
    const cchc_evaluation *mixed[] = {a, x};
    const cchc_evaluation *with_null[] = {a, NULL};
    const cchc_evaluation *pair[] = {a, b};
    const cchc_evaluation *shapes[] = {a, t};
    ck_assert_cchc_fails(cchc_evaluation_write(NULL, NULL, pair, 2, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, NULL, 2, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, pair, 0, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, with_null, 2, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, mixed, 2, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "\"other\""));
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, pair, 2, 0, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, pair, 2, CCHC_OUTPUT_TEXT,
                                               CCHC_OUTPUT_BOM),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write(&doc, NULL, pair, 2, CCHC_OUTPUT_CSV, 8),
                         CCHC_EINVAL);
    ck_assert_ptr_null(doc);
    ck_assert_cchc_ok(cchc_evaluation_write(&doc, &size, pair, 2, CCHC_OUTPUT_CSV,
                                            CCHC_OUTPUT_BOM));
    ck_assert_uint_eq(size, strlen(doc));
    ck_assert(strncmp(doc, "\xEF\xBB\xBFunit_id,", 11) == 0);
    cchc_free(doc);

    /* SVG */
    ck_assert_cchc_fails(cchc_evaluation_write_svg(NULL, NULL, a, NULL, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write_svg(&doc, NULL, NULL, NULL, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write_svg(&doc, NULL, a, NULL, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write_svg(&doc, NULL, a, with_null, 2), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write_svg(&doc, NULL, a, mixed, 2), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_evaluation_write_svg(&doc, NULL, t, NULL, 0), CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "three areas"));
    (void)shapes;
    ck_assert_ptr_null(doc);
    ck_assert_cchc_ok(cchc_evaluation_write_svg(&doc, &size, a, NULL, 0)); /* alone */
    ck_assert_uint_eq(size, strlen(doc));
    ck_assert_ptr_null(strstr(doc, "id=\"mean\""));
    cchc_free(doc);

    cchc_comparison_free(c);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(two);
    cchc_scheme_free(other);
    cchc_scheme_free(s);
}
END_TEST

/* ---- golden outputs ------------------------------------------------------------ */

/* The golden fixture: a seven-area scheme of 100 points in two components —
 * "appraised" (80: areas 1–6 and 7.1) and the optional "survey" (20: 7.2) —
 * and banded Tốt ≥ 90, Khá ≥ 80, Trung bình ≥ 70, Yếu below. Maxima:
 * 12, 10, 14.5 (3.1 may be not applicable), 11, 16, 14.5, 22 (7.1 2 + 7.2 20). */
static cchc_scheme *golden_scheme(const char *id, int year)
{
    cchc_scheme *s = cchc_scheme_new();
    ck_assert_cchc_ok(cchc_scheme_set_id(s, id));
    ck_assert_cchc_ok(cchc_scheme_set_name(s, "Bộ chỉ số mẫu cấp sở (thử nghiệm)"));
    ck_assert_cchc_ok(cchc_scheme_set_year(s, year));
    ck_assert_cchc_ok(cchc_scheme_add_component(NULL, s, "appraised", "Điểm thẩm định", 80));
    cchc_component *survey = NULL;
    ck_assert_cchc_ok(cchc_scheme_add_component(&survey, s, "survey", "Điểm điều tra XHH", 20));
    ck_assert_cchc_ok(cchc_component_set_optional(survey, 1));
    static const double maxima[] = {12, 10, 14.5, 11, 16, 14.5, 22};
    for (int a = 1; a <= 7; a++) {
        char code[4], leaf[8];
        snprintf(code, sizeof code, "%d", a);
        cchc_node *area = NULL, *n = NULL;
        ck_assert_cchc_ok(cchc_scheme_add_node(&area, s, code, cchc_area_name_vi(a),
                                               maxima[a - 1]));
        ck_assert_cchc_ok(cchc_node_set_component(area, "appraised"));
        snprintf(leaf, sizeof leaf, "%d.1", a);
        ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, leaf, "Tiêu chí thành phần",
                                               a == 7 ? 2 : maxima[a - 1]));
        ck_assert_cchc_ok(cchc_node_set_rule(NULL, n, CCHC_RULE_MANUAL));
        if (a == 3)
            ck_assert_cchc_ok(cchc_node_set_may_be_not_applicable(n, 1));
    }
    cchc_node *n = NULL;
    ck_assert_cchc_ok(cchc_scheme_add_node(&n, s, "7.2", "Khảo sát mức độ hài lòng", 20));
    ck_assert_cchc_ok(cchc_node_set_component(n, "survey"));
    ck_assert_cchc_ok(cchc_node_set_rule(NULL, n, CCHC_RULE_MANUAL));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Tốt", 90, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Khá", 80, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Trung bình", 70, 1));
    ck_assert_cchc_ok(cchc_scheme_add_band(s, "Yếu", 0, 1));
    return s;
}

/* Points for 1.1 … 7.1 and 7.2 (< 0: 3.1 not applicable / 7.2 missing);
 * @appraised (≥ 0) replaces 1.1's points on appraisal. */
static cchc_evaluation *golden_card(const cchc_scheme *s, int year, const char *id,
                                    const char *name, const char *kind, const double pts[8],
                                    double appraised)
{
    cchc_scorecard *card = cchc_scorecard_new();
    ck_assert_cchc_ok(cchc_scorecard_set_unit_id(card, id));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_name(card, name));
    ck_assert_cchc_ok(cchc_scorecard_set_unit_kind(card, kind));
    ck_assert_cchc_ok(cchc_scorecard_set_scheme_id(card, cchc_scheme_id(s)));
    ck_assert_cchc_ok(cchc_scorecard_set_year(card, year));
    static const char *const codes[] = {"1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2"};
    for (size_t i = 0; i < 8; i++) {
        if (pts[i] < 0 && i == 7)
            continue; /* no survey data: the optional component is missing */
        cchc_entry *e = NULL;
        ck_assert_cchc_ok(cchc_scorecard_add_entry(&e, card, codes[i]));
        if (pts[i] < 0) {
            ck_assert_cchc_ok(cchc_entry_set_not_applicable(e, 1, "Không có TTHC thuộc thẩm quyền"));
            continue;
        }
        ck_assert_cchc_ok(cchc_entry_set_points(e, pts[i]));
        if (i == 0 && appraised >= 0)
            ck_assert_cchc_ok(cchc_entry_set_appraisal(e, appraised, "Thiếu tài liệu kiểm chứng"));
    }
    cchc_evaluation *ev = NULL;
    ck_assert_cchc_ok(cchc_scorecard_evaluate(&ev, card, s, NULL));
    cchc_scorecard_free(card);
    return ev;
}

/* 2023 — totals (appraised 1.1 where given):
 *   so-tu-phap   11.5 10 14.5 11 16 14.5 2 + 18.25         = 97.75  Tốt
 *   so-cong-thuong 10 8 12 9 13 12 1.5 + 16.5 (1.1 → 9.25) = 81.25  Khá
 *   so-y-te      10 9 — 10 14 13 2 + 17  (3.1 n/a: max 85.5) = 75 / 85.5 = 87.72 % Khá
 *   ubnd-huyen-a 10 8 12 9 13 12 1.5 + 16.5                 = 82     Khá
 *   so-xay-dung  9 8 11 8 12 11 1 + — (no survey: max 80)   = 60 / 80 = 75 % Trung bình
 *   so-noi-vu    10 8 12 9 13 12 1.5 + 16.5                 = 82     Khá (ties huyện a) */
static void golden_2023(evals *list, const cchc_scheme *s)
{
    static const double tp[8] = {11.5, 10, 14.5, 11, 16, 14.5, 2, 18.25};
    static const double ct[8] = {10, 8, 12, 9, 13, 12, 1.5, 16.5};
    static const double yt[8] = {10, 9, -1, 10, 14, 13, 2, 17};
    static const double xd[8] = {9, 8, 11, 8, 12, 11, 1, -1};
    keep(list, golden_card(s, 2023, "so-tu-phap", "Sở Tư pháp (hư cấu)", "department", tp, -1));
    keep(list, golden_card(s, 2023, "so-cong-thuong", "Sở Công Thương (hư cấu)", "department",
                           ct, 9.25));
    keep(list, golden_card(s, 2023, "so-y-te", "Sở Y tế, \"thử\" (hư cấu)", "department", yt, -1));
    keep(list, golden_card(s, 2023, "ubnd-huyen-a", "UBND huyện A | (hư cấu)", "district", ct, -1));
    keep(list, golden_card(s, 2023, "so-xay-dung", "Sở Xây dựng (hư cấu)", "department", xd, -1));
    keep(list, golden_card(s, 2023, "so-noi-vu", "Sở Nội vụ (hư cấu)", "department", ct, -1));
}

/* 2022: so-tu-phap 88, so-cong-thuong 91, so-xay-dung 79.5, so-giao-duc 85
 * (no longer scored in 2023); so-y-te, ubnd-huyen-a and so-noi-vu are new. */
static void golden_2022(evals *list, const cchc_scheme *s)
{
    static const double tp[8] = {10, 9, 13, 10, 14, 13, 1, 18};         /* 88 */
    static const double ct[8] = {11, 10, 14, 10, 15, 13, 2, 16};        /* 91 */
    static const double xd[8] = {9, 8, 11, 8, 12, 11, 1, 19.5};         /* 79.5 */
    static const double gd[8] = {10, 9, 12, 10, 14, 12, 1, 17};         /* 85 */
    keep(list, golden_card(s, 2022, "so-tu-phap", "Sở Tư pháp (hư cấu)", "department", tp, -1));
    keep(list, golden_card(s, 2022, "so-cong-thuong", "Sở Công Thương (hư cấu)", "department",
                           ct, -1));
    keep(list, golden_card(s, 2022, "so-xay-dung", "Sở Xây dựng (hư cấu)", "department", xd, -1));
    keep(list, golden_card(s, 2022, "so-giao-duc", "Sở Giáo dục (hư cấu)", "department", gd, -1));
}

static void golden_formats(const char *stem, int (*write)(char **, size_t *, const void *, int, int),
                           const void *object)
{
    static const struct {
        int format, flags;
        const char *ext;
    } formats[] = {{CCHC_OUTPUT_TEXT, 0, "txt"},
                   {CCHC_OUTPUT_MARKDOWN, 0, "md"},
                   {CCHC_OUTPUT_CSV, 0, "csv"},
                   {CCHC_OUTPUT_JSON, 0, "json"}};
    for (size_t i = 0; i < N_ELEMENTS(formats); i++) {
        char *doc = NULL;
        size_t size = 0;
        ck_assert_cchc_ok(write(&doc, &size, object, formats[i].format, formats[i].flags));
        ck_assert_uint_eq(size, strlen(doc));
        char name[128];
        snprintf(name, sizeof name, "%s.%s", stem, formats[i].ext);
        check_golden(doc, size, "ranking", name);
        cchc_free(doc);
    }
}

static const cchc_evaluation *const *golden_evals;
static size_t golden_n;

static int write_scores(char **out, size_t *size, const void *unused, int format, int flags)
{
    (void)unused;
    return cchc_evaluation_write(out, size, golden_evals, golden_n, format, flags);
}

static int write_ranking(char **out, size_t *size, const void *r, int format, int flags)
{
    return cchc_ranking_write(out, size, r, format, flags);
}

static int write_comparison(char **out, size_t *size, const void *c, int format, int flags)
{
    return cchc_comparison_write(out, size, c, format, flags);
}

START_TEST(test_ranking_golden_outputs)
{
    cchc_scheme *s23 = golden_scheme("mau-cap-so", 2023);
    cchc_scheme *s22 = golden_scheme("mau-cap-so", 2022);
    evals l23 = {0}, l22 = {0};
    golden_2023(&l23, s23);
    golden_2022(&l22, s22);

    /* hand-worked figures first */
    ck_assert_double_eq_tol(cchc_evaluation_total(l23.items[0]), 97.75, 1e-9);
    ck_assert_double_eq_tol(cchc_evaluation_total(l23.items[1]), 81.25, 1e-9);
    ck_assert_double_eq_tol(cchc_evaluation_self_total(l23.items[1]), 82, 1e-9);
    ck_assert_double_eq_tol(cchc_evaluation_maximum(l23.items[2]), 85.5, 1e-9);
    ck_assert_double_eq_tol(cchc_evaluation_index(l23.items[2]), 75 * 100 / 85.5, 1e-9);
    ck_assert_double_eq_tol(cchc_evaluation_index(l23.items[4]), 75, 1e-9);
    ck_assert_str_eq(cchc_evaluation_band_label(l23.items[4]), "Trung bình");

    golden_evals = (const cchc_evaluation *const *)l23.items;
    golden_n = l23.n;
    golden_formats("scores", write_scores, NULL);
    golden_n = 1;
    golden_formats("scores-one", write_scores, NULL);

    cchc_ranking *r23 = rank_all(&l23, CCHC_TIES_COMPETITION);
    /* 97.75 (1), 87.72 (2), 82 ×2 (3=), 81.25 (5), 75 (6) */
    ck_assert_uint_eq(rank_of(r23, "so-tu-phap"), 1);
    ck_assert_uint_eq(rank_of(r23, "so-y-te"), 2);
    ck_assert_uint_eq(rank_of(r23, "ubnd-huyen-a"), 3);
    ck_assert_uint_eq(rank_of(r23, "so-noi-vu"), 3);
    ck_assert_uint_eq(rank_of(r23, "so-cong-thuong"), 5);
    ck_assert_uint_eq(rank_of(r23, "so-xay-dung"), 6);
    golden_formats("ranking", write_ranking, r23);

    cchc_ranking *grouped = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_set_group_by(grouped, CCHC_GROUP_BY_KIND));
    ck_assert_cchc_ok(cchc_ranking_set_ties(grouped, CCHC_TIES_ORDINAL));
    for (size_t i = 0; i < l23.n; i++)
        ck_assert_cchc_ok(cchc_ranking_add(grouped, l23.items[i], NULL));
    ck_assert_cchc_ok(cchc_ranking_compute(grouped));
    golden_formats("ranking-by-kind", write_ranking, grouped);

    cchc_ranking *r22 = rank_all(&l22, CCHC_TIES_COMPETITION);
    cchc_comparison *c = NULL;
    ck_assert_cchc_ok(cchc_ranking_compare(&c, r22, r23));
    /* so-cong-thuong: 91 (1) → 81.25 (5): down 4, Tốt → Khá */
    const cchc_change *ct = cchc_comparison_find(c, "so-cong-thuong");
    ck_assert_int_eq(cchc_change_rank_delta(ct), -4);
    ck_assert_double_eq_tol(cchc_change_index_delta(ct), -9.75, 1e-9);
    ck_assert_int_eq(cchc_change_band_changed(ct), 1);
    golden_formats("comparison", write_comparison, c);

    char *svg = NULL;
    size_t size = 0;
    const cchc_evaluation *const *others = (const cchc_evaluation *const *)l23.items + 1;
    ck_assert_cchc_ok(cchc_evaluation_write_svg(&svg, &size, l23.items[2], others, l23.n - 1));
    ck_assert_uint_eq(size, strlen(svg));
    check_golden(svg, size, "ranking", "radar.svg");
    cchc_free(svg);

    cchc_comparison_free(c);
    cchc_ranking_free(r22);
    cchc_ranking_free(grouped);
    cchc_ranking_free(r23);
    evals_free(&l23);
    evals_free(&l22);
    cchc_scheme_free(s22);
    cchc_scheme_free(s23);
}
END_TEST

/* Text and CSV rules: Vietnamese aligned by characters, CSV quoting, a BOM. */
START_TEST(test_ranking_writer_rules)
{
    cchc_scheme *s = golden_scheme("mau-cap-so", 2023);
    evals list = {0};
    golden_2023(&list, s);
    cchc_ranking *r = rank_all(&list, CCHC_TIES_COMPETITION);
    char *csv = NULL, *bom = NULL, *text = NULL, *md = NULL;
    size_t n_csv = 0, n_bom = 0;
    ck_assert_cchc_ok(cchc_ranking_write(&csv, &n_csv, r, CCHC_OUTPUT_CSV, 0));
    ck_assert_cchc_ok(cchc_ranking_write(&bom, &n_bom, r, CCHC_OUTPUT_CSV, CCHC_OUTPUT_BOM));
    ck_assert_uint_eq(n_bom, n_csv + 3);
    ck_assert(memcmp(bom, "\xEF\xBB\xBF", 3) == 0);
    ck_assert_str_eq(bom + 3, csv);
    ck_assert_ptr_nonnull(strstr(csv, "\"Sở Y tế, \"\"thử\"\" (hư cấu)\""));
    ck_assert_ptr_nonnull(strstr(csv, "\r\n"));
    /* one total row and seven area rows per unit, plus the header */
    size_t rows = 0;
    for (const char *p = csv; (p = strstr(p, "\r\n")); p += 2)
        rows++;
    ck_assert_uint_eq(rows, 1 + 6 * 8);
    ck_assert_cchc_ok(cchc_ranking_write(&text, NULL, r, CCHC_OUTPUT_TEXT, 0));
    char *line = line_with(text, "[ubnd-huyen-a]");
    ck_assert_msg(strstr(line, " 3=  UBND huyện A | (hư cấu) [ubnd-huyen-a]"), "%s", line);
    free(line);
    ck_assert_ptr_null(strstr(text, " \n")); /* no trailing spaces */
    ck_assert_cchc_ok(cchc_ranking_write(&md, NULL, r, CCHC_OUTPUT_MARKDOWN, 0));
    ck_assert_ptr_nonnull(strstr(md, "UBND huyện A \\| (hư cấu)"));
    cchc_free(csv);
    cchc_free(bom);
    cchc_free(text);
    cchc_free(md);
    cchc_ranking_free(r);
    evals_free(&list);
    cchc_scheme_free(s);
}
END_TEST

Suite *suite_ranking(void);

Suite *suite_ranking(void)
{
    Suite *suite = suite_create("ranking");
    TCase *tc = tcase_create("ranks");
    tcase_add_test(tc, test_ranking_ties_competition_1_2_2_4);
    tcase_add_test(tc, test_ranking_ties_dense_1_2_2_3);
    tcase_add_test(tc, test_ranking_ties_ordinal_1_2_3_4_in_input_order);
    tcase_add_test(tc, test_ranking_values_equal_after_rounding_rank_apart);
    tcase_add_test(tc, test_ranking_groups_by_kind_rank_within_each);
    tcase_add_test(tc, test_ranking_groups_by_caller);
    tcase_add_test(tc, test_ranking_bands_at_exact_edges);
    tcase_add_test(tc, test_ranking_area_ranks_skip_excluded_areas);
    tcase_add_test(tc, test_ranking_result_is_a_snapshot_until_recomputed);
    tcase_add_test(tc, test_ranking_totals_and_ranks_do_not_depend_on_order);
    tcase_add_test(tc, test_ranking_tie_policy_names);
    tcase_add_test(tc, test_ranking_errors);
    suite_add_tcase(suite, tc);

    tc = tcase_create("compare");
    tcase_add_test(tc, test_ranking_compare_two_years);
    tcase_add_test(tc, test_ranking_compare_two_schemes_ranks_move);
    suite_add_tcase(suite, tc);

    tc = tcase_create("outputs");
    tcase_add_test(tc, test_ranking_golden_outputs);
    tcase_add_test(tc, test_ranking_writer_rules);
    tcase_add_test(tc, test_ranking_writer_errors);
    suite_add_tcase(suite, tc);
    return suite;
}
