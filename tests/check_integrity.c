/*
 * Check suite "integrity" (include/cchc/integrity.h): the canonical JSON
 * form, its SHA-256 digest, and the digests of scorecards and rankings —
 * the same for the same data however it is written, different as soon as a
 * score, an evidence reference or an appraisal reason changes.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include "check_helpers.h"

#define SCHEME "scheme-2023-sample-department.json"
#define CARD_A "scorecard-2023-sample-so-mau-a.json"

static char *canonical(const char *text)
{
    char *out = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_json_canonical(&out, &size, text, strlen(text), "t.json"));
    ck_assert_uint_eq(size, strlen(out));
    return out;
}

static char *digest_of_text(const char *text)
{
    char *out = NULL;
    ck_assert_cchc_ok(cchc_json_digest(&out, text, strlen(text), "t.json"));
    ck_assert_uint_eq(strlen(out), 64);
    return out;
}

static char *card_digest(const cchc_scorecard *card)
{
    char *out = NULL;
    ck_assert_cchc_ok(cchc_scorecard_digest(&out, card));
    ck_assert_uint_eq(strlen(out), 64);
    return out;
}

/* ---- the canonical form --------------------------------------------------- */

START_TEST(test_integrity_canonical_sorts_members_and_drops_white_space)
{
    char *c = canonical("{\n  \"b\": 1,\n  \"a\": [true, null, false],\t\"c\": {\"z\": [], \"y\": {}}\n}");
    ck_assert_str_eq(c, "{\"a\":[true,null,false],\"b\":1,\"c\":{\"y\":{},\"z\":[]}}");
    cchc_free(c);
    /* names in the order of their UTF-8 bytes: "Z" < "a" < "é" < "ệ" */
    c = canonical("{\"ệ\": 4, \"é\": 3, \"a\": 2, \"Z\": 1}");
    ck_assert_str_eq(c, "{\"Z\":1,\"a\":2,\"é\":3,\"ệ\":4}");
    cchc_free(c);
}
END_TEST

START_TEST(test_integrity_canonical_writes_numbers_one_way)
{
    char *c = canonical("[2, 2.0, 2e0, 20e-1, -0, -0.0, 0.5, 1.50, 1e2, 0.1, 1e-7, 123456789012, "
                        "9007199254740993, 0.30000000000000004, 1.7976931348623157e308]");
    ck_assert_str_eq(c, "[2,2,2,2,0,0,0.5,1.5,100,0.1,1e-07,123456789012,9007199254740993,"
                        "0.30000000000000004,1.7976931348623157e+308]");
    cchc_free(c);
}
END_TEST

START_TEST(test_integrity_canonical_escapes_only_what_must_be)
{
    char *c = canonical("[\"Qu\\u00fd I\", \"a\\/b\", \"t\\tn\\nq\\\"b\\\\\", \"\\u0001\\u001f\", "
                        "\"\\ud83d\\ude00\"]");
    ck_assert_str_eq(c, "[\"Quý I\",\"a/b\",\"t\\tn\\nq\\\"b\\\\\",\"\\u0001\\u001f\",\"😀\"]");
    cchc_free(c);
}
END_TEST

START_TEST(test_integrity_digest_is_the_sha256_of_the_canonical_form)
{
    /* sha256 of {"a":[true,null,false],"b":1} (python3 hashlib) */
    char *d = digest_of_text("{ \"b\" : 1 , \"a\" : [ true , null , false ] }");
    ck_assert_str_eq(d, "57a3312f134f59803bc8094835a1bc2431b4f67e50a498442f982f3821159193");
    cchc_free(d);
}
END_TEST

START_TEST(test_integrity_digest_changes_with_any_value)
{
    char *base = digest_of_text("{\"unit\": \"so-mau-a\", \"points\": 2, \"reason\": \"Đủ\"}");
    const char *changed[] = {
        "{\"unit\": \"so-mau-b\", \"points\": 2, \"reason\": \"Đủ\"}",
        "{\"unit\": \"so-mau-a\", \"points\": 2.5, \"reason\": \"Đủ\"}",
        "{\"unit\": \"so-mau-a\", \"points\": 2, \"reason\": \"Đủ.\"}",
        "{\"unit\": \"so-mau-a\", \"points\": 2, \"reason\": \"Đủ\", \"x\": null}",
        "{\"unit\": \"so-mau-a\", \"points\": \"2\", \"reason\": \"Đủ\"}",
    };
    for (size_t i = 0; i < sizeof changed / sizeof changed[0]; i++) {
        char *d = digest_of_text(changed[i]);
        ck_assert_str_ne(d, base);
        cchc_free(d);
    }
    char *same = digest_of_text("{\"reason\":\"Đủ\",\"points\":2.0,\"unit\":\"so-mau-a\"}");
    ck_assert_str_eq(same, base);
    cchc_free(same);
    cchc_free(base);
}
END_TEST

START_TEST(test_integrity_bad_documents_are_refused_with_their_place)
{
    char *out = (char *)1;
    ck_assert_cchc_fails(cchc_json_digest(&out, "{\"a\": 1,}", 9, "x.json"), CCHC_EPARSE);
    ck_assert_ptr_null(out);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "x.json:1:9:"));
    ck_assert_cchc_fails(cchc_json_digest(&out, "{\"a\": 1, \"a\": 2}", 16, "x.json"),
                         CCHC_EFORMAT);
    ck_assert_cchc_fails(cchc_json_digest(&out, "[1e400]", 7, "x.json"), CCHC_EFORMAT);
    ck_assert_cchc_fails(cchc_json_digest(&out, "[\"\xff\"]", 5, "x.json"), CCHC_EENCODING);
    ck_assert_cchc_fails(cchc_json_canonical(&out, NULL, "", 0, NULL), CCHC_EPARSE);
    ck_assert_cchc_fails(cchc_json_canonical(NULL, NULL, "[]", 2, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_json_canonical(&out, NULL, NULL, 2, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_json_digest(NULL, "[]", 2, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_scorecard_digest(&out, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_ranking_digest(&out, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(out);
}
END_TEST

/* ---- scorecards ------------------------------------------------------------- */

static cchc_scorecard *load_card(void)
{
    cchc_scorecard *card = NULL;
    ck_assert_cchc_ok(cchc_scorecard_load_file(&card, bundled_data_path(CARD_A), NULL));
    return card;
}

START_TEST(test_integrity_scorecard_digest_is_the_digest_of_its_file)
{
    cchc_scorecard *card = load_card();
    size_t size = 0;
    char *text = read_all(bundled_data_path(CARD_A), &size);
    char *from_file = NULL;
    ck_assert_cchc_ok(cchc_json_digest(&from_file, text, size, CARD_A));
    char *from_card = card_digest(card);
    ck_assert_str_eq(from_card, from_file);
    char *c = NULL;
    size_t c_size = 0;
    ck_assert_cchc_ok(cchc_scorecard_canonical(&c, &c_size, card));
    ck_assert_uint_eq(c_size, strlen(c));
    ck_assert_uint_lt(c_size, size); /* no white space */
    cchc_free(c);
    cchc_free(from_card);
    cchc_free(from_file);
    free(text);
    cchc_scorecard_free(card);
}
END_TEST

START_TEST(test_integrity_scorecard_digest_changes_with_score_evidence_and_reason)
{
    cchc_scorecard *card = load_card();
    char *original = card_digest(card);
    /* the first entry that has points of its own */
    cchc_entry *entry = NULL;
    for (size_t i = 0; i < cchc_scorecard_entry_count(card) && !entry; i++) {
        cchc_entry *e = cchc_scorecard_entry_at(card, i);
        if (cchc_entry_has_input(e, CCHC_INPUT_POINTS))
            entry = e;
    }
    ck_assert_ptr_nonnull(entry);
    double points = cchc_entry_points(entry);

    /* a score */
    ck_assert_cchc_ok(cchc_entry_set_points(entry, points + 0.25));
    char *d = card_digest(card);
    ck_assert_str_ne(d, original);
    cchc_free(d);
    ck_assert_cchc_ok(cchc_entry_set_points(entry, points));
    d = card_digest(card);
    ck_assert_str_eq(d, original);
    cchc_free(d);

    /* an evidence reference */
    size_t evidence = cchc_entry_evidence_count(entry);
    ck_assert_cchc_ok(cchc_entry_add_evidence(entry, "15/QĐ-SLĐTBXH", "2023-03-01",
                                              "Quyết định", ""));
    d = card_digest(card);
    ck_assert_str_ne(d, original);
    cchc_free(d);
    ck_assert_cchc_ok(cchc_entry_remove_evidence(entry, evidence));
    d = card_digest(card);
    ck_assert_str_eq(d, original);
    cchc_free(d);

    /* an appraisal, then only its reason */
    ck_assert_cchc_ok(cchc_entry_set_appraisal(entry, points, "Đủ hồ sơ"));
    char *appraised = card_digest(card);
    ck_assert_str_ne(appraised, original);
    ck_assert_cchc_ok(cchc_entry_set_appraisal(entry, points, "Đủ hồ sơ."));
    d = card_digest(card);
    ck_assert_str_ne(d, appraised);
    cchc_free(d);
    cchc_free(appraised);
    cchc_free(original);
    cchc_scorecard_free(card);
}
END_TEST

/* ---- rankings ----------------------------------------------------------------- */

static const char *const cards[] = {
    "scorecard-2023-sample-so-mau-a.json", "scorecard-2023-sample-so-mau-b.json",
    "scorecard-2023-sample-so-mau-c.json", "scorecard-2023-sample-so-mau-d.json",
    "scorecard-2023-sample-so-mau-e.json", "scorecard-2023-sample-so-mau-f.json"};
#define N_CARDS (sizeof cards / sizeof cards[0])

/* The samples ranked, with card @change_index's first appraisal lowered by
 * @delta points (no change when @change_index is N_CARDS). */
static cchc_ranking *rank_samples(int ties, size_t change_index, double delta)
{
    cchc_scheme *scheme = NULL;
    ck_assert_cchc_ok(cchc_scheme_load_file(&scheme, bundled_data_path(SCHEME), NULL));
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), NULL));
    cchc_ranking *ranking = cchc_ranking_new();
    ck_assert_cchc_ok(cchc_ranking_set_ties(ranking, ties));
    for (size_t i = 0; i < N_CARDS; i++) {
        cchc_scorecard *card = NULL;
        ck_assert_cchc_ok(cchc_scorecard_load_file(&card, bundled_data_path(cards[i]), NULL));
        ck_assert_cchc_ok(cchc_scorecard_apply_plan(card, scheme, plan, "2023-12-31"));
        if (i == change_index) {
            int changed = 0;
            for (size_t k = 0; k < cchc_scorecard_entry_count(card); k++) {
                cchc_entry *e = cchc_scorecard_entry_at(card, k);
                /* the appraised points are the final ones */
                if (cchc_entry_has_appraisal(e) && cchc_entry_appraised_points(e) >= delta) {
                    ck_assert_cchc_ok(cchc_entry_set_appraisal(
                        e, cchc_entry_appraised_points(e) - delta,
                        cchc_entry_appraisal_reason(e)));
                    changed = 1;
                    break;
                }
            }
            ck_assert_msg(changed, "%s has no appraisal to lower", cards[i]);
        }
        cchc_evaluation *evaluation = NULL;
        ck_assert_cchc_ok(cchc_scorecard_evaluate(&evaluation, card, scheme, NULL));
        ck_assert_cchc_ok(cchc_ranking_add(ranking, evaluation, NULL));
        cchc_evaluation_free(evaluation);
        cchc_scorecard_free(card);
    }
    ck_assert_cchc_ok(cchc_ranking_compute(ranking));
    cchc_plan_free(plan);
    cchc_scheme_free(scheme);
    return ranking;
}

static char *ranking_digest(const cchc_ranking *ranking)
{
    char *out = NULL;
    ck_assert_cchc_ok(cchc_ranking_digest(&out, ranking));
    ck_assert_uint_eq(strlen(out), 64);
    return out;
}

START_TEST(test_integrity_ranking_digest_is_the_digest_of_its_json)
{
    cchc_ranking *ranking = rank_samples(CCHC_TIES_COMPETITION, N_CARDS, 0);
    char *json = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_ranking_write(&json, &size, ranking, CCHC_OUTPUT_JSON, 0));
    char *from_json = NULL;
    ck_assert_cchc_ok(cchc_json_digest(&from_json, json, size, "ranking.json"));
    char *digest = ranking_digest(ranking);
    ck_assert_str_eq(digest, from_json);
    /* the same ranking made again has the same digest */
    cchc_ranking *again = rank_samples(CCHC_TIES_COMPETITION, N_CARDS, 0);
    char *digest_again = ranking_digest(again);
    ck_assert_str_eq(digest_again, digest);
    cchc_free(digest_again);
    cchc_ranking_free(again);
    cchc_free(digest);
    cchc_free(from_json);
    cchc_free(json);
    cchc_ranking_free(ranking);
}
END_TEST

START_TEST(test_integrity_ranking_digest_changes_with_a_score_or_the_options)
{
    cchc_ranking *ranking = rank_samples(CCHC_TIES_COMPETITION, N_CARDS, 0);
    char *original = ranking_digest(ranking);
    cchc_ranking *lower = rank_samples(CCHC_TIES_COMPETITION, 2, 0.5);
    char *d = ranking_digest(lower);
    ck_assert_str_ne(d, original);
    cchc_free(d);
    cchc_ranking *dense = rank_samples(CCHC_TIES_DENSE, N_CARDS, 0);
    d = ranking_digest(dense);
    ck_assert_str_ne(d, original);
    cchc_free(d);
    cchc_ranking_free(dense);
    cchc_ranking_free(lower);
    cchc_free(original);
    cchc_ranking_free(ranking);
}
END_TEST

START_TEST(test_integrity_ranking_not_computed_is_einval)
{
    cchc_ranking *ranking = cchc_ranking_new();
    char *out = (char *)1;
    ck_assert_cchc_fails(cchc_ranking_digest(&out, ranking), CCHC_EINVAL);
    ck_assert_ptr_null(out);
    cchc_ranking_free(ranking);
}
END_TEST

Suite *suite_integrity(void);

Suite *suite_integrity(void)
{
    Suite *s = suite_create("integrity");
    TCase *tc = tcase_create("canonical");
    tcase_add_test(tc, test_integrity_canonical_sorts_members_and_drops_white_space);
    tcase_add_test(tc, test_integrity_canonical_writes_numbers_one_way);
    tcase_add_test(tc, test_integrity_canonical_escapes_only_what_must_be);
    tcase_add_test(tc, test_integrity_digest_is_the_sha256_of_the_canonical_form);
    tcase_add_test(tc, test_integrity_digest_changes_with_any_value);
    tcase_add_test(tc, test_integrity_bad_documents_are_refused_with_their_place);
    suite_add_tcase(s, tc);

    tc = tcase_create("results");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_integrity_scorecard_digest_is_the_digest_of_its_file);
    tcase_add_test(tc, test_integrity_scorecard_digest_changes_with_score_evidence_and_reason);
    tcase_add_test(tc, test_integrity_ranking_digest_is_the_digest_of_its_json);
    tcase_add_test(tc, test_integrity_ranking_digest_changes_with_a_score_or_the_options);
    tcase_add_test(tc, test_integrity_ranking_not_computed_is_einval);
    suite_add_tcase(s, tc);
    return s;
}
