/*
 * Check suite for task.h and evidence.h: tasks, their unit references,
 * mentions, evidence and statuses.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>

#include "check_helpers.h"

/* "Quý I/2023" with the acute accent decomposed (NFD), and precomposed (NFC). */
#define QUY_NFD "Quy\xCC\x81 I/2023"
#define QUY_NFC "Qu\xC3\xBD I/2023"

static cchc_task *task;

static void task_setup(void)
{
    ck_assert_cchc_ok(cchc_task_new(&task, "1.10", CCHC_AREA_DIRECTION,
                                    "Xây dựng kế hoạch CCHC năm 2023"));
    ck_assert_ptr_nonnull(task);
}

static void task_teardown(void)
{
    cchc_task_free(task);
    task = NULL;
}

/* ---- constructor --------------------------------------------------------- */

START_TEST(test_task_new_sets_fields_and_defaults)
{
    ck_assert_str_eq(cchc_task_id(task), "1.10");
    ck_assert_int_eq(cchc_task_area(task), CCHC_AREA_DIRECTION);
    ck_assert_str_eq(cchc_task_title(task), "Xây dựng kế hoạch CCHC năm 2023");
    ck_assert_str_eq(cchc_task_key(task), "");
    ck_assert_str_eq(cchc_task_group(task), "");
    ck_assert_str_eq(cchc_task_product(task), "");
    ck_assert_str_eq(cchc_task_when(task), "");
    ck_assert_str_eq(cchc_task_completed(task), "");
    ck_assert_str_eq(cchc_task_notes(task), "");
    ck_assert_int_eq(cchc_task_status(task), CCHC_STATUS_NOT_STARTED);
    ck_assert_double_eq(cchc_task_progress(task), 0.0);
    for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++) {
        ck_assert_uint_eq(cchc_task_unit_count(task, role), 0);
        ck_assert_uint_eq(cchc_task_mention_count(task, role), 0);
    }
    ck_assert_uint_eq(cchc_task_evidence_count(task), 0);
}
END_TEST

START_TEST(test_task_new_accepts_empty_id_and_title_and_every_area)
{
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        cchc_task *t = NULL;
        ck_assert_cchc_ok(cchc_task_new(&t, "", area, ""));
        ck_assert_str_eq(cchc_task_id(t), "");
        ck_assert_str_eq(cchc_task_title(t), "");
        ck_assert_int_eq(cchc_task_area(t), area);
        cchc_task_free(t);
    }
}
END_TEST

START_TEST(test_task_new_null_or_bad_text_returns_einval)
{
    cchc_task *t = task; /* non-NULL sentinel */
    ck_assert_cchc_fails(cchc_task_new(NULL, "1.1", 1, "x"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_new(&t, NULL, 1, "x"), CCHC_EINVAL);
    ck_assert_ptr_null(t);
    t = task;
    ck_assert_cchc_fails(cchc_task_new(&t, "1.1", 1, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(t);
    t = task;
    ck_assert_cchc_fails(cchc_task_new(&t, "1.\xC3\x28", 1, "x"), CCHC_EINVAL);
    ck_assert_ptr_null(t);
    t = task;
    ck_assert_cchc_fails(cchc_task_new(&t, "1.1", 1, "Xây \xFF"), CCHC_EINVAL);
    ck_assert_ptr_null(t);
}
END_TEST

START_TEST(test_task_new_area_out_of_range_returns_erange)
{
    const int bad[] = {0, 8, -1, 100};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cchc_task *t = task;
        ck_assert_cchc_fails(cchc_task_new(&t, "1.1", bad[i], "x"), CCHC_ERANGE);
        ck_assert_ptr_null(t);
    }
}
END_TEST

/* ---- copy, free and NULL handles ---------------------------------------- */

/* Gives the fixture task a value in every field. */
static void fill_task(cchc_task *t)
{
    ck_assert_cchc_ok(cchc_task_set_group(t, "1. Công tác chỉ đạo, điều hành"));
    ck_assert_cchc_ok(cchc_task_set_product(t, "Kế hoạch của Sở"));
    ck_assert_cchc_ok(cchc_task_set_when(t, "T12/2022"));
    ck_assert_cchc_ok(cchc_task_set_notes(t, "dòng một\ndòng hai"));
    ck_assert_cchc_ok(cchc_task_set_status(t, CCHC_STATUS_DONE));
    ck_assert_cchc_ok(cchc_task_set_progress(t, 75.5));
    ck_assert_cchc_ok(cchc_task_set_completed(t, "2023-01-15"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_COORDINATING, "@internal"));
    ck_assert_cchc_ok(cchc_task_add_mention(t, CCHC_ROLE_COORDINATING, "P/h Trung tâm"));
    ck_assert_cchc_ok(cchc_task_add_evidence(t, "15/KH-SLĐTBXH", "2023-01-10",
                                             "Kế hoạch CCHC", "https://example.org/15"));
}

START_TEST(test_task_copy_is_deep)
{
    fill_task(task);
    cchc_task *copy = NULL;
    ck_assert_cchc_ok(cchc_task_copy(&copy, task));
    ck_assert_ptr_nonnull(copy);
    ck_assert_ptr_ne(copy, task);
    ck_assert_str_eq(cchc_task_id(copy), "1.10");
    ck_assert_int_eq(cchc_task_area(copy), CCHC_AREA_DIRECTION);
    ck_assert_str_eq(cchc_task_title(copy), "Xây dựng kế hoạch CCHC năm 2023");
    ck_assert_str_eq(cchc_task_group(copy), "1. Công tác chỉ đạo, điều hành");
    ck_assert_str_eq(cchc_task_product(copy), "Kế hoạch của Sở");
    ck_assert_str_eq(cchc_task_when(copy), "T12/2022");
    ck_assert_str_eq(cchc_task_notes(copy), "dòng một\ndòng hai");
    ck_assert_int_eq(cchc_task_status(copy), CCHC_STATUS_DONE);
    ck_assert_double_eq(cchc_task_progress(copy), 75.5);
    ck_assert_str_eq(cchc_task_completed(copy), "2023-01-15");
    ck_assert_str_eq(cchc_task_unit_at(copy, CCHC_ROLE_LEAD, 0), "van-phong");
    ck_assert_str_eq(cchc_task_unit_at(copy, CCHC_ROLE_COORDINATING, 0), "@internal");
    ck_assert_str_eq(cchc_task_mention_at(copy, CCHC_ROLE_COORDINATING, 0), "P/h Trung tâm");
    ck_assert_uint_eq(cchc_task_evidence_count(copy), 1);
    const cchc_evidence *e = cchc_task_evidence_at(copy, 0);
    ck_assert_ptr_ne(e, cchc_task_evidence_at(task, 0));
    ck_assert_str_eq(cchc_evidence_number(e), "15/KH-SLĐTBXH");
    ck_assert_str_eq(cchc_evidence_date(e), "2023-01-10");
    ck_assert_str_eq(cchc_evidence_title(e), "Kế hoạch CCHC");
    ck_assert_str_eq(cchc_evidence_link(e), "https://example.org/15");

    /* Changing the original leaves the copy alone. */
    ck_assert_cchc_ok(cchc_task_set_title(task, "khác"));
    ck_assert_cchc_ok(cchc_task_set_area(task, 7));
    ck_assert_cchc_ok(cchc_task_remove_unit(task, CCHC_ROLE_LEAD, 0));
    ck_assert_cchc_ok(cchc_task_remove_mention(task, CCHC_ROLE_COORDINATING, 0));
    ck_assert_cchc_ok(cchc_task_remove_evidence(task, 0));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "thanh-tra"));
    ck_assert_str_eq(cchc_task_title(copy), "Xây dựng kế hoạch CCHC năm 2023");
    ck_assert_int_eq(cchc_task_area(copy), CCHC_AREA_DIRECTION);
    ck_assert_uint_eq(cchc_task_unit_count(copy, CCHC_ROLE_LEAD), 1);
    ck_assert_uint_eq(cchc_task_unit_count(copy, CCHC_ROLE_COORDINATING), 1);
    ck_assert_uint_eq(cchc_task_mention_count(copy, CCHC_ROLE_COORDINATING), 1);
    ck_assert_uint_eq(cchc_task_evidence_count(copy), 1);
    ck_assert_str_eq(cchc_evidence_number(cchc_task_evidence_at(copy, 0)), "15/KH-SLĐTBXH");
    cchc_task_free(copy);
}
END_TEST

START_TEST(test_task_copy_keeps_key_and_is_detached)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
    cchc_task *held = cchc_plan_task_at(plan, 1);
    ck_assert_str_eq(cchc_task_key(held), "1.10#2");
    /* In the plan an unknown unit is refused ... */
    ck_assert_int_eq(cchc_task_add_unit(held, CCHC_ROLE_LEAD, "so-noi-vu"), CCHC_ENOTFOUND);

    cchc_task *copy = NULL;
    ck_assert_cchc_ok(cchc_task_copy(&copy, held));
    ck_assert_str_eq(cchc_task_key(copy), "1.10#2");
    /* ... but the copy belongs to no plan. */
    ck_assert_cchc_ok(cchc_task_add_unit(copy, CCHC_ROLE_LEAD, "so-noi-vu"));
    ck_assert_uint_eq(cchc_task_unit_count(held, CCHC_ROLE_LEAD), 0);
    cchc_task_free(copy);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_task_copy_null_returns_einval)
{
    cchc_task *copy = task;
    ck_assert_cchc_fails(cchc_task_copy(&copy, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(copy);
    ck_assert_cchc_fails(cchc_task_copy(NULL, task), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_free_null_is_noop)
{
    cchc_task_free(NULL);
}
END_TEST

START_TEST(test_task_getters_on_null_return_empty)
{
    ck_assert_str_eq(cchc_task_key(NULL), "");
    ck_assert_str_eq(cchc_task_id(NULL), "");
    ck_assert_int_eq(cchc_task_area(NULL), 0);
    ck_assert_str_eq(cchc_task_group(NULL), "");
    ck_assert_str_eq(cchc_task_title(NULL), "");
    ck_assert_str_eq(cchc_task_product(NULL), "");
    ck_assert_str_eq(cchc_task_when(NULL), "");
    ck_assert_int_eq(cchc_task_status(NULL), 0);
    ck_assert_double_eq(cchc_task_progress(NULL), 0.0);
    ck_assert_str_eq(cchc_task_completed(NULL), "");
    ck_assert_str_eq(cchc_task_notes(NULL), "");
    ck_assert_uint_eq(cchc_task_unit_count(NULL, CCHC_ROLE_LEAD), 0);
    ck_assert_ptr_null(cchc_task_unit_at(NULL, CCHC_ROLE_LEAD, 0));
    ck_assert_int_eq(cchc_task_has_unit(NULL, CCHC_ROLE_LEAD, "van-phong"), 0);
    ck_assert_uint_eq(cchc_task_mention_count(NULL, CCHC_ROLE_LEAD), 0);
    ck_assert_ptr_null(cchc_task_mention_at(NULL, CCHC_ROLE_LEAD, 0));
    ck_assert_uint_eq(cchc_task_evidence_count(NULL), 0);
    ck_assert_ptr_null(cchc_task_evidence_at(NULL, 0));
}
END_TEST

START_TEST(test_evidence_getters_on_null_return_empty)
{
    ck_assert_str_eq(cchc_evidence_number(NULL), "");
    ck_assert_str_eq(cchc_evidence_date(NULL), "");
    ck_assert_str_eq(cchc_evidence_title(NULL), "");
    ck_assert_str_eq(cchc_evidence_link(NULL), "");
}
END_TEST

/* ---- text setters -------------------------------------------------------- */

typedef struct {
    const char *name;
    int (*set)(cchc_task *, const char *);
    const char *(*get)(const cchc_task *);
} text_field;

static const text_field text_fields[] = {
    {"id", cchc_task_set_id, cchc_task_id},
    {"group", cchc_task_set_group, cchc_task_group},
    {"title", cchc_task_set_title, cchc_task_title},
    {"product", cchc_task_set_product, cchc_task_product},
    {"when", cchc_task_set_when, cchc_task_when},
    {"notes", cchc_task_set_notes, cchc_task_notes},
};

#define N_TEXT_FIELDS (sizeof text_fields / sizeof text_fields[0])

START_TEST(test_task_text_setter_sets_value)
{
    const text_field *f = &text_fields[_i];
    ck_assert_cchc_ok(f->set(task, "Giá trị mới – tháng 6"));
    ck_assert_msg(strcmp(f->get(task), "Giá trị mới – tháng 6") == 0, "%s: got \"%s\"",
                  f->name, f->get(task));
    ck_assert_cchc_ok(f->set(task, "second"));
    ck_assert_str_eq(f->get(task), "second");
}
END_TEST

START_TEST(test_task_text_setter_null_means_empty)
{
    const text_field *f = &text_fields[_i];
    ck_assert_cchc_ok(f->set(task, "something"));
    ck_assert_cchc_ok(f->set(task, NULL));
    ck_assert_msg(strcmp(f->get(task), "") == 0, "%s not cleared", f->name);
}
END_TEST

START_TEST(test_task_text_setter_invalid_utf8_returns_einval)
{
    const text_field *f = &text_fields[_i];
    ck_assert_cchc_ok(f->set(task, "kept"));
    ck_assert_cchc_fails(f->set(task, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_cchc_fails(f->set(task, "ok then \xFF"), CCHC_EINVAL);
    ck_assert_msg(strcmp(f->get(task), "kept") == 0, "%s changed by a failed set", f->name);
}
END_TEST

START_TEST(test_task_text_setter_null_task_returns_einval)
{
    ck_assert_cchc_fails(text_fields[_i].set(NULL, "x"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_vietnamese_text_round_trips_byte_for_byte)
{
    /* Decomposed text is stored as given, not normalised. */
    for (size_t i = 0; i < N_TEXT_FIELDS; i++) {
        ck_assert_cchc_ok(text_fields[i].set(task, QUY_NFD));
        const char *got = text_fields[i].get(task);
        ck_assert_uint_eq(strlen(got), strlen(QUY_NFD));
        ck_assert_mem_eq(got, QUY_NFD, sizeof QUY_NFD);
        ck_assert_str_ne(got, QUY_NFC);
    }
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_LEAD, QUY_NFD));
    ck_assert_mem_eq(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 0), QUY_NFD, sizeof QUY_NFD);
    ck_assert_cchc_ok(cchc_task_add_evidence(task, QUY_NFD, NULL, QUY_NFD, QUY_NFD));
    const cchc_evidence *e = cchc_task_evidence_at(task, 0);
    ck_assert_mem_eq(cchc_evidence_number(e), QUY_NFD, sizeof QUY_NFD);
    ck_assert_mem_eq(cchc_evidence_title(e), QUY_NFD, sizeof QUY_NFD);
    ck_assert_mem_eq(cchc_evidence_link(e), QUY_NFD, sizeof QUY_NFD);

    /* The bytes survive a copy and a trip through a plan as well. */
    cchc_task *nfd = NULL;
    ck_assert_cchc_ok(cchc_task_new(&nfd, "2.1", 2, QUY_NFD));
    ck_assert_cchc_ok(cchc_task_set_when(nfd, QUY_NFD));
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_add_task(plan, nfd));
    const cchc_task *held = cchc_plan_task_at(plan, 0);
    ck_assert_mem_eq(cchc_task_title(held), QUY_NFD, sizeof QUY_NFD);
    ck_assert_mem_eq(cchc_task_when(held), QUY_NFD, sizeof QUY_NFD);
    cchc_plan_free(plan);
    cchc_task_free(nfd);
}
END_TEST

/* ---- area, status, progress, completion date ---------------------------- */

START_TEST(test_task_set_area_accepts_1_to_7)
{
    for (int area = 1; area <= 7; area++) {
        ck_assert_cchc_ok(cchc_task_set_area(task, area));
        ck_assert_int_eq(cchc_task_area(task), area);
    }
}
END_TEST

START_TEST(test_task_set_area_out_of_range_returns_erange)
{
    ck_assert_cchc_ok(cchc_task_set_area(task, 3));
    ck_assert_cchc_fails(cchc_task_set_area(task, 0), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_set_area(task, 8), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_set_area(task, -7), CCHC_ERANGE);
    ck_assert_int_eq(cchc_task_area(task), 3);
    ck_assert_cchc_fails(cchc_task_set_area(NULL, 3), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_set_status_accepts_every_status)
{
    for (int s = CCHC_STATUS_NOT_STARTED; s <= CCHC_STATUS_CANCELLED; s++) {
        ck_assert_cchc_ok(cchc_task_set_status(task, s));
        ck_assert_int_eq(cchc_task_status(task), s);
    }
}
END_TEST

START_TEST(test_task_set_status_unknown_returns_einval)
{
    ck_assert_cchc_ok(cchc_task_set_status(task, CCHC_STATUS_IN_PROGRESS));
    ck_assert_cchc_fails(cchc_task_set_status(task, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_set_status(task, 5), CCHC_EINVAL);
    ck_assert_int_eq(cchc_task_status(task), CCHC_STATUS_IN_PROGRESS);
    ck_assert_cchc_fails(cchc_task_set_status(NULL, CCHC_STATUS_DONE), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_set_progress_accepts_0_to_100)
{
    const double good[] = {0.0, 0.5, 55.25, 99.999, 100.0};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        ck_assert_cchc_ok(cchc_task_set_progress(task, good[i]));
        ck_assert_double_eq(cchc_task_progress(task), good[i]);
    }
}
END_TEST

START_TEST(test_task_set_progress_out_of_range_returns_erange)
{
    ck_assert_cchc_ok(cchc_task_set_progress(task, 40.0));
    const double bad[] = {NAN, -1.0, 100.5, -0.001, INFINITY, -INFINITY};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_task_set_progress(task, bad[i]), CCHC_ERANGE);
    ck_assert_double_eq(cchc_task_progress(task), 40.0);
    ck_assert_cchc_fails(cchc_task_set_progress(NULL, 50.0), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_set_completed_sets_and_clears)
{
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-03-31"));
    ck_assert_str_eq(cchc_task_completed(task), "2023-03-31");
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2024-02-29")); /* leap day */
    ck_assert_str_eq(cchc_task_completed(task), "2024-02-29");
    ck_assert_cchc_ok(cchc_task_set_completed(task, ""));
    ck_assert_str_eq(cchc_task_completed(task), "");
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-12-31"));
    ck_assert_cchc_ok(cchc_task_set_completed(task, NULL));
    ck_assert_str_eq(cchc_task_completed(task), "");
}
END_TEST

START_TEST(test_task_set_completed_bad_date_returns_einval)
{
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-03-31"));
    const char *bad[] = {"2023-02-31", "2023-2-1", "abc", "2023-02-29", "2023-13-01",
                         "2023-00-10", "2023-01-00", "2023/01/01", " 2023-01-01",
                         "2023-01-01 ", "0000-01-01", "31/03/2023", "2023-01-0\xC3"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_cchc_fails(cchc_task_set_completed(task, bad[i]), CCHC_EINVAL);
        if (i == 0)
            ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "2023-02-31"));
    }
    ck_assert_str_eq(cchc_task_completed(task), "2023-03-31");
    ck_assert_cchc_fails(cchc_task_set_completed(NULL, "2023-03-31"), CCHC_EINVAL);
}
END_TEST

/* ---- unit references ----------------------------------------------------- */

START_TEST(test_task_add_unit_per_role)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "@internal"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "thanh-tra"));
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 1);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_COORDINATING), 2);
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_LEAD, 0), "van-phong");
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 0), "@internal");
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 1), "thanh-tra");
    ck_assert_ptr_null(cchc_task_unit_at(task, CCHC_ROLE_LEAD, 1));
    ck_assert_ptr_null(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 2));
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_LEAD, "van-phong"), 1);
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, "van-phong"), 0);
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, "@internal"), 1);
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_LEAD, "@internal"), 0);
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_LEAD, NULL), 0);
    ck_assert_int_eq(cchc_task_has_unit(task, 3, "van-phong"), 0);
}
END_TEST

START_TEST(test_task_add_unit_every_group_token_is_accepted)
{
    for (int g = CCHC_GROUP_INTERNAL; g <= CCHC_GROUP_PROCEDURES; g++)
        ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, cchc_group_token(g)));
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_COORDINATING), 4);
}
END_TEST

START_TEST(test_task_add_unit_same_ref_in_other_role_is_allowed)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "van-phong"));
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, "van-phong"), 1);
}
END_TEST

START_TEST(test_task_add_unit_duplicate_returns_eexists)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "@divisions"));
    ck_assert_cchc_fails(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "@divisions"), CCHC_EEXISTS);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 2);
}
END_TEST

START_TEST(test_task_add_unit_bad_role_returns_einval)
{
    ck_assert_cchc_fails(cchc_task_add_unit(task, 0, "van-phong"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_unit(task, 3, "van-phong"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 0);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_COORDINATING), 0);
}
END_TEST

START_TEST(test_task_add_unit_malformed_ref_returns_einval)
{
    const char *bad[] = {NULL, "", "a b", "@unknown", "@", "Văn phòng Sở", "\xC3\x28"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_task_add_unit(task, CCHC_ROLE_LEAD, bad[i]), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 0);
    ck_assert_cchc_fails(cchc_task_add_unit(NULL, CCHC_ROLE_LEAD, "van-phong"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_remove_unit_removes_and_shifts)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "a"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "b"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "c"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "b"));
    ck_assert_cchc_ok(cchc_task_remove_unit(task, CCHC_ROLE_LEAD, 1));
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 2);
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_LEAD, 0), "a");
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_LEAD, 1), "c");
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_LEAD, "b"), 0);
    /* The other role is untouched. */
    ck_assert_int_eq(cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, "b"), 1);
    /* A removed reference may be added again. */
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "b"));
}
END_TEST

START_TEST(test_task_remove_unit_bad_index_or_role_fails)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_fails(cchc_task_remove_unit(task, CCHC_ROLE_LEAD, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_unit(task, CCHC_ROLE_COORDINATING, 0), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_unit(task, 0, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_remove_unit(task, 3, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_remove_unit(NULL, CCHC_ROLE_LEAD, 0), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 1);
}
END_TEST

START_TEST(test_task_unit_count_unknown_role_is_zero)
{
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_uint_eq(cchc_task_unit_count(task, 0), 0);
    ck_assert_uint_eq(cchc_task_unit_count(task, 3), 0);
    ck_assert_ptr_null(cchc_task_unit_at(task, 0, 0));
    ck_assert_ptr_null(cchc_task_unit_at(task, 3, 0));
}
END_TEST

/* ---- mentions ------------------------------------------------------------ */

START_TEST(test_task_add_mention_keeps_text_verbatim)
{
    const char *text = "P/h Trung tâm Thông tin – VP UBND tỉnh";
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_COORDINATING, text));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_COORDINATING, "(theo chỉ đạo)"));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_LEAD, "  spaced  "));
    /* Mentions are not references: duplicates are kept too. */
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_COORDINATING, text));
    ck_assert_uint_eq(cchc_task_mention_count(task, CCHC_ROLE_COORDINATING), 3);
    ck_assert_uint_eq(cchc_task_mention_count(task, CCHC_ROLE_LEAD), 1);
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_COORDINATING, 0), text);
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_COORDINATING, 1), "(theo chỉ đạo)");
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_COORDINATING, 2), text);
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 0), "  spaced  ");
    ck_assert_ptr_null(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 1));
    ck_assert_ptr_null(cchc_task_mention_at(task, 3, 0));
    ck_assert_uint_eq(cchc_task_mention_count(task, 0), 0);
    /* Mentions are not unit references. */
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_COORDINATING), 0);
}
END_TEST

START_TEST(test_task_add_mention_errors_return_einval)
{
    ck_assert_cchc_fails(cchc_task_add_mention(task, CCHC_ROLE_LEAD, ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_mention(task, CCHC_ROLE_LEAD, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_mention(task, CCHC_ROLE_LEAD, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_mention(task, 0, "text"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_mention(task, 3, "text"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_mention(NULL, CCHC_ROLE_LEAD, "text"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_mention_count(task, CCHC_ROLE_LEAD), 0);
}
END_TEST

START_TEST(test_task_remove_mention_removes_and_errors)
{
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_LEAD, "một"));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_LEAD, "hai"));
    ck_assert_cchc_ok(cchc_task_remove_mention(task, CCHC_ROLE_LEAD, 0));
    ck_assert_uint_eq(cchc_task_mention_count(task, CCHC_ROLE_LEAD), 1);
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 0), "hai");
    ck_assert_cchc_fails(cchc_task_remove_mention(task, CCHC_ROLE_LEAD, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_mention(task, CCHC_ROLE_COORDINATING, 0),
                         CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_mention(task, 0, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_remove_mention(NULL, CCHC_ROLE_LEAD, 0), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_mention_count(task, CCHC_ROLE_LEAD), 1);
}
END_TEST

/* ---- evidence ------------------------------------------------------------ */

START_TEST(test_task_add_evidence_keeps_every_field)
{
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "15/KH-SLĐTBXH", "2023-01-10",
                                             "Kế hoạch CCHC năm 2023", "docs/15.pdf"));
    ck_assert_uint_eq(cchc_task_evidence_count(task), 1);
    const cchc_evidence *e = cchc_task_evidence_at(task, 0);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(cchc_evidence_number(e), "15/KH-SLĐTBXH");
    ck_assert_str_eq(cchc_evidence_date(e), "2023-01-10");
    ck_assert_str_eq(cchc_evidence_title(e), "Kế hoạch CCHC năm 2023");
    ck_assert_str_eq(cchc_evidence_link(e), "docs/15.pdf");
    ck_assert_ptr_null(cchc_task_evidence_at(task, 1));
}
END_TEST

START_TEST(test_task_add_evidence_number_or_title_is_enough)
{
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "20/BC-SLĐTBXH", NULL, NULL, NULL));
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "", "", "Báo cáo quý I", ""));
    ck_assert_uint_eq(cchc_task_evidence_count(task), 2);
    const cchc_evidence *a = cchc_task_evidence_at(task, 0);
    ck_assert_str_eq(cchc_evidence_number(a), "20/BC-SLĐTBXH");
    ck_assert_str_eq(cchc_evidence_date(a), "");
    ck_assert_str_eq(cchc_evidence_title(a), "");
    ck_assert_str_eq(cchc_evidence_link(a), "");
    const cchc_evidence *b = cchc_task_evidence_at(task, 1);
    ck_assert_str_eq(cchc_evidence_number(b), "");
    ck_assert_str_eq(cchc_evidence_title(b), "Báo cáo quý I");
}
END_TEST

START_TEST(test_task_add_evidence_without_number_and_title_returns_einval)
{
    ck_assert_cchc_fails(cchc_task_add_evidence(task, NULL, "2023-01-10", NULL, "x.pdf"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_evidence(task, "", "", "", ""), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_evidence_count(task), 0);
}
END_TEST

START_TEST(test_task_add_evidence_invalid_date_returns_einval)
{
    const char *bad[] = {"2023-02-31", "2023-2-1", "abc", "10/01/2023"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_task_add_evidence(task, "15/KH", bad[i], NULL, NULL),
                             CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_evidence_count(task), 0);
}
END_TEST

START_TEST(test_task_add_evidence_invalid_utf8_or_null_task_returns_einval)
{
    ck_assert_cchc_fails(cchc_task_add_evidence(task, "\xC3\x28", NULL, "t", NULL),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_evidence(task, "n", NULL, "\xC3\x28", NULL),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_task_add_evidence(task, "n", NULL, "t", "\xFF"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_evidence_count(task), 0);
    ck_assert_cchc_fails(cchc_task_add_evidence(NULL, "n", NULL, "t", NULL), CCHC_EINVAL);
}
END_TEST

START_TEST(test_task_remove_evidence_removes_and_errors)
{
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "1/KH", NULL, NULL, NULL));
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "2/KH", NULL, NULL, NULL));
    ck_assert_cchc_ok(cchc_task_remove_evidence(task, 0));
    ck_assert_uint_eq(cchc_task_evidence_count(task), 1);
    ck_assert_str_eq(cchc_evidence_number(cchc_task_evidence_at(task, 0)), "2/KH");
    ck_assert_cchc_fails(cchc_task_remove_evidence(task, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_evidence(task, (size_t)-1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_remove_evidence(NULL, 0), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_task_evidence_count(task), 1);
}
END_TEST

/* ---- statuses ------------------------------------------------------------ */

START_TEST(test_task_status_names_round_trip)
{
    const char *names[] = {"", "not_started", "in_progress", "done", "cancelled"};
    for (int s = CCHC_STATUS_NOT_STARTED; s <= CCHC_STATUS_CANCELLED; s++) {
        ck_assert_str_eq(cchc_status_name(s), names[s]);
        ck_assert_int_eq(cchc_status_from_name(names[s]), s);
    }
    ck_assert_str_eq(cchc_status_name(0), "");
    ck_assert_str_eq(cchc_status_name(5), "");
    ck_assert_int_eq(cchc_status_from_name(NULL), 0);
    ck_assert_int_eq(cchc_status_from_name(""), 0);
    ck_assert_int_eq(cchc_status_from_name("Done"), 0);
    ck_assert_int_eq(cchc_status_from_name("not-started"), 0);
}
END_TEST

START_TEST(test_task_status_label_vi_gives_vietnamese)
{
    ck_assert_str_eq(cchc_status_label_vi(CCHC_STATUS_NOT_STARTED), "Chưa thực hiện");
    ck_assert_str_eq(cchc_status_label_vi(CCHC_STATUS_IN_PROGRESS), "Đang thực hiện");
    ck_assert_str_eq(cchc_status_label_vi(CCHC_STATUS_DONE), "Đã hoàn thành");
    ck_assert_str_eq(cchc_status_label_vi(CCHC_STATUS_CANCELLED), "Hủy bỏ");
    ck_assert_str_eq(cchc_status_label_vi(0), "");
    ck_assert_str_eq(cchc_status_label_vi(5), "");
}
END_TEST

/* ---- areas (area.h): the field every task carries ----------------------- */

START_TEST(test_task_area_is_valid_only_1_to_7)
{
    for (int area = 1; area <= CCHC_AREA_COUNT; area++)
        ck_assert_int_eq(cchc_area_is_valid(area), 1);
    ck_assert_int_eq(CCHC_AREA_COUNT, 7);
    ck_assert_int_eq(cchc_area_is_valid(0), 0);
    ck_assert_int_eq(cchc_area_is_valid(8), 0);
    ck_assert_int_eq(cchc_area_is_valid(-1), 0);
}
END_TEST

START_TEST(test_task_area_names_vi_and_en)
{
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_DIRECTION), "Công tác chỉ đạo, điều hành CCHC");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_INSTITUTIONS), "Cải cách thể chế");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_PROCEDURES), "Cải cách thủ tục hành chính");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_APPARATUS), "Cải cách tổ chức bộ máy hành chính");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_CIVIL_SERVICE), "Cải cách chế độ công vụ");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_PUBLIC_FINANCE), "Cải cách tài chính công");
    ck_assert_str_eq(cchc_area_name_vi(CCHC_AREA_DIGITAL_GOVERNMENT),
                     "Xây dựng và phát triển Chính quyền điện tử, chính quyền số");
    ck_assert_str_eq(cchc_area_name_en(CCHC_AREA_INSTITUTIONS), "Institutional reform");
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        ck_assert_str_ne(cchc_area_name_en(area), "");
        for (int other = area + 1; other <= CCHC_AREA_COUNT; other++) {
            ck_assert_str_ne(cchc_area_name_vi(area), cchc_area_name_vi(other));
            ck_assert_str_ne(cchc_area_name_en(area), cchc_area_name_en(other));
        }
    }
    ck_assert_str_eq(cchc_area_name_vi(0), "");
    ck_assert_str_eq(cchc_area_name_vi(8), "");
    ck_assert_str_eq(cchc_area_name_en(0), "");
    ck_assert_str_eq(cchc_area_name_en(8), "");
}
END_TEST

Suite *suite_task(void);

Suite *suite_task(void)
{
    Suite *s = suite_create("task");

    TCase *tc = tcase_create("new");
    tcase_add_checked_fixture(tc, task_setup, task_teardown);
    tcase_add_test(tc, test_task_new_sets_fields_and_defaults);
    tcase_add_test(tc, test_task_new_accepts_empty_id_and_title_and_every_area);
    tcase_add_test(tc, test_task_new_null_or_bad_text_returns_einval);
    tcase_add_test(tc, test_task_new_area_out_of_range_returns_erange);
    tcase_add_test(tc, test_task_copy_is_deep);
    tcase_add_test(tc, test_task_copy_keeps_key_and_is_detached);
    tcase_add_test(tc, test_task_copy_null_returns_einval);
    tcase_add_test(tc, test_task_free_null_is_noop);
    tcase_add_test(tc, test_task_getters_on_null_return_empty);
    tcase_add_test(tc, test_evidence_getters_on_null_return_empty);
    suite_add_tcase(s, tc);

    tc = tcase_create("setters");
    tcase_add_checked_fixture(tc, task_setup, task_teardown);
    tcase_add_loop_test(tc, test_task_text_setter_sets_value, 0, (int)N_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_task_text_setter_null_means_empty, 0, (int)N_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_task_text_setter_invalid_utf8_returns_einval, 0,
                        (int)N_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_task_text_setter_null_task_returns_einval, 0,
                        (int)N_TEXT_FIELDS);
    tcase_add_test(tc, test_task_vietnamese_text_round_trips_byte_for_byte);
    tcase_add_test(tc, test_task_set_area_accepts_1_to_7);
    tcase_add_test(tc, test_task_set_area_out_of_range_returns_erange);
    tcase_add_test(tc, test_task_set_status_accepts_every_status);
    tcase_add_test(tc, test_task_set_status_unknown_returns_einval);
    tcase_add_test(tc, test_task_set_progress_accepts_0_to_100);
    tcase_add_test(tc, test_task_set_progress_out_of_range_returns_erange);
    tcase_add_test(tc, test_task_set_completed_sets_and_clears);
    tcase_add_test(tc, test_task_set_completed_bad_date_returns_einval);
    suite_add_tcase(s, tc);

    tc = tcase_create("units");
    tcase_add_checked_fixture(tc, task_setup, task_teardown);
    tcase_add_test(tc, test_task_add_unit_per_role);
    tcase_add_test(tc, test_task_add_unit_every_group_token_is_accepted);
    tcase_add_test(tc, test_task_add_unit_same_ref_in_other_role_is_allowed);
    tcase_add_test(tc, test_task_add_unit_duplicate_returns_eexists);
    tcase_add_test(tc, test_task_add_unit_bad_role_returns_einval);
    tcase_add_test(tc, test_task_add_unit_malformed_ref_returns_einval);
    tcase_add_test(tc, test_task_remove_unit_removes_and_shifts);
    tcase_add_test(tc, test_task_remove_unit_bad_index_or_role_fails);
    tcase_add_test(tc, test_task_unit_count_unknown_role_is_zero);
    suite_add_tcase(s, tc);

    tc = tcase_create("mentions");
    tcase_add_checked_fixture(tc, task_setup, task_teardown);
    tcase_add_test(tc, test_task_add_mention_keeps_text_verbatim);
    tcase_add_test(tc, test_task_add_mention_errors_return_einval);
    tcase_add_test(tc, test_task_remove_mention_removes_and_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("evidence");
    tcase_add_checked_fixture(tc, task_setup, task_teardown);
    tcase_add_test(tc, test_task_add_evidence_keeps_every_field);
    tcase_add_test(tc, test_task_add_evidence_number_or_title_is_enough);
    tcase_add_test(tc, test_task_add_evidence_without_number_and_title_returns_einval);
    tcase_add_test(tc, test_task_add_evidence_invalid_date_returns_einval);
    tcase_add_test(tc, test_task_add_evidence_invalid_utf8_or_null_task_returns_einval);
    tcase_add_test(tc, test_task_remove_evidence_removes_and_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("status");
    tcase_add_test(tc, test_task_status_names_round_trip);
    tcase_add_test(tc, test_task_status_label_vi_gives_vietnamese);
    suite_add_tcase(s, tc);

    tc = tcase_create("area");
    tcase_add_test(tc, test_task_area_is_valid_only_1_to_7);
    tcase_add_test(tc, test_task_area_names_vi_and_en);
    suite_add_tcase(s, tc);

    return s;
}
