/*
 * Check suite for plan.h: header facts, the unit registry, name resolution
 * and the ordered tasks; and the bundled 2023 plan.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

/* "Phòng Kế hoạch – Tài chính" with the diacritics decomposed (NFD). */
#define KHTC_NFD "Pho\xCC\x80ng Ke\xCC\x82\xCC\x81 hoa\xCC\xA3" "ch – Ta\xCC\x80i chi\xCC\x81nh"

static cchc_plan *plan;

static void add_unit(const char *id, const char *name, int kind, const char *short_name,
                     const char *parent, const char *alias)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, id, name, kind));
    ck_assert_cchc_ok(cchc_unit_set_short_name(u, short_name));
    ck_assert_cchc_ok(cchc_unit_set_parent(u, parent));
    if (alias)
        ck_assert_cchc_ok(cchc_unit_add_alias(u, alias));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, u));
    cchc_unit_free(u);
}

/* A plan with six units (two of them nested under ubnd-tinh) and no tasks. */
static void plan_setup(void)
{
    plan = cchc_plan_new();
    ck_assert_ptr_nonnull(plan);
    add_unit("lanh-dao", "Lãnh đạo Sở", CCHC_UNIT_LEADERSHIP, NULL, NULL, "Ban Giám đốc Sở");
    add_unit("van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE, "Văn phòng", NULL, "VP Sở");
    add_unit("phong-khtc", "Phòng Kế hoạch – Tài chính", CCHC_UNIT_DIVISION, "Phòng KH-TC",
             NULL, NULL);
    add_unit("phong-tnxh", "Phòng Phòng, chống tệ nạn xã hội", CCHC_UNIT_DIVISION, NULL, NULL,
             "Phòng Phòng, chống TNXH");
    add_unit("ubnd-tinh", "Ủy ban nhân dân tỉnh Hải Dương", CCHC_UNIT_EXTERNAL, "UBND tỉnh",
             NULL, NULL);
    add_unit("vp-ubnd", "Văn phòng Ủy ban nhân dân tỉnh", CCHC_UNIT_EXTERNAL,
             "Văn phòng UBND tỉnh", "ubnd-tinh", "VP UBND tỉnh");
}

static void plan_teardown(void)
{
    cchc_plan_free(plan);
    plan = NULL;
}

/* Adds a task with @id in @area, with an optional lead unit. */
static void add_task(const char *id, int area, const char *lead)
{
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, id, area, "Nhiệm vụ"));
    if (lead)
        ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, lead));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    cchc_task_free(t);
}

/* The keys of the plan's tasks in order, joined with spaces. */
static const char *task_order(void)
{
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        if (i)
            strncat(buf, " ", sizeof buf - strlen(buf) - 1);
        strncat(buf, cchc_task_key(cchc_plan_task_at(plan, i)), sizeof buf - strlen(buf) - 1);
    }
    return buf;
}

/* ---- header facts -------------------------------------------------------- */

START_TEST(test_plan_new_is_empty)
{
    cchc_plan *p = cchc_plan_new();
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(cchc_plan_year(p), 0);
    ck_assert_str_eq(cchc_plan_number(p), "");
    ck_assert_str_eq(cchc_plan_issue_date(p), "");
    ck_assert_str_eq(cchc_plan_title(p), "");
    for (int area = 1; area <= CCHC_AREA_COUNT; area++)
        ck_assert_str_eq(cchc_plan_area_text(p, area), "");
    ck_assert_uint_eq(cchc_plan_unit_count(p), 0);
    ck_assert_uint_eq(cchc_plan_task_count(p), 0);
    ck_assert_ptr_null(cchc_plan_unit_at(p, 0));
    ck_assert_ptr_null(cchc_plan_task_at(p, 0));
    cchc_plan_free(p);
}
END_TEST

START_TEST(test_plan_free_null_is_noop)
{
    cchc_plan_free(NULL);
}
END_TEST

typedef struct {
    const char *name;
    int (*set)(cchc_plan *, const char *);
    const char *(*get)(const cchc_plan *);
} plan_text_field;

static const plan_text_field plan_text_fields[] = {
    {"number", cchc_plan_set_number, cchc_plan_number},
    {"agency", cchc_plan_set_agency, cchc_plan_agency},
    {"place", cchc_plan_set_place, cchc_plan_place},
    {"issue_date_text", cchc_plan_set_issue_date_text, cchc_plan_issue_date_text},
    {"title", cchc_plan_set_title, cchc_plan_title},
    {"basis", cchc_plan_set_basis, cchc_plan_basis},
    {"purposes", cchc_plan_set_purposes, cchc_plan_purposes},
    {"organisation", cchc_plan_set_organisation, cchc_plan_organisation},
    {"signer", cchc_plan_set_signer, cchc_plan_signer},
    {"signer_title", cchc_plan_set_signer_title, cchc_plan_signer_title},
    {"recipients", cchc_plan_set_recipients, cchc_plan_recipients},
};

#define N_PLAN_TEXT_FIELDS (sizeof plan_text_fields / sizeof plan_text_fields[0])

START_TEST(test_plan_text_setter_sets_value_only_in_its_field)
{
    const plan_text_field *f = &plan_text_fields[_i];
    ck_assert_cchc_ok(f->set(plan, "Sở Lao động - Thương binh và Xã hội\nHải Dương"));
    ck_assert_msg(strcmp(f->get(plan), "Sở Lao động - Thương binh và Xã hội\nHải Dương") == 0,
                  "%s: got \"%s\"", f->name, f->get(plan));
    for (size_t j = 0; j < N_PLAN_TEXT_FIELDS; j++)
        if (j != (size_t)_i)
            ck_assert_msg(strcmp(plan_text_fields[j].get(plan), "") == 0,
                          "setting %s changed %s", f->name, plan_text_fields[j].name);
    ck_assert_cchc_ok(f->set(plan, KHTC_NFD));
    ck_assert_str_eq(f->get(plan), KHTC_NFD);
}
END_TEST

START_TEST(test_plan_text_setter_null_means_empty)
{
    const plan_text_field *f = &plan_text_fields[_i];
    ck_assert_cchc_ok(f->set(plan, "x"));
    ck_assert_cchc_ok(f->set(plan, NULL));
    ck_assert_msg(strcmp(f->get(plan), "") == 0, "%s not cleared", f->name);
}
END_TEST

START_TEST(test_plan_text_setter_invalid_utf8_returns_einval)
{
    const plan_text_field *f = &plan_text_fields[_i];
    ck_assert_cchc_ok(f->set(plan, "kept"));
    ck_assert_cchc_fails(f->set(plan, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_msg(strcmp(f->get(plan), "kept") == 0, "%s changed by a failed set", f->name);
}
END_TEST

START_TEST(test_plan_text_setter_null_plan_returns_einval)
{
    const plan_text_field *f = &plan_text_fields[_i];
    ck_assert_cchc_fails(f->set(NULL, "x"), CCHC_EINVAL);
    ck_assert_msg(strcmp(f->get(NULL), "") == 0, "%s(NULL) is not \"\"", f->name);
}
END_TEST

START_TEST(test_plan_set_year_accepts_range_and_zero)
{
    const int good[] = {1900, 2023, 9999, 0};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        ck_assert_cchc_ok(cchc_plan_set_year(plan, good[i]));
        ck_assert_int_eq(cchc_plan_year(plan), good[i]);
    }
}
END_TEST

START_TEST(test_plan_set_year_out_of_range_returns_erange)
{
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    const int bad[] = {1899, 10000, -1, 1, 23};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_plan_set_year(plan, bad[i]), CCHC_ERANGE);
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    ck_assert_cchc_fails(cchc_plan_set_year(NULL, 2023), CCHC_EINVAL);
    ck_assert_int_eq(cchc_plan_year(NULL), 0);
}
END_TEST

START_TEST(test_plan_set_issue_date_sets_and_clears)
{
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, "2022-12-30"));
    ck_assert_str_eq(cchc_plan_issue_date(plan), "2022-12-30");
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, ""));
    ck_assert_str_eq(cchc_plan_issue_date(plan), "");
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, "2024-02-29"));
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, NULL));
    ck_assert_str_eq(cchc_plan_issue_date(plan), "");
    ck_assert_str_eq(cchc_plan_issue_date(NULL), "");
}
END_TEST

START_TEST(test_plan_set_issue_date_bad_date_returns_einval)
{
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, "2022-12-30"));
    const char *bad[] = {"2022-02-29", "2022-12-32", "2022-12-3", "30/12/2022", "abc",
                         "ngày 30 tháng 12 năm 2022"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_plan_set_issue_date(plan, bad[i]), CCHC_EINVAL);
    ck_assert_str_eq(cchc_plan_issue_date(plan), "2022-12-30");
    ck_assert_cchc_fails(cchc_plan_set_issue_date(NULL, "2022-12-30"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_plan_area_text_set_and_read_per_area)
{
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        char text[64];
        snprintf(text, sizeof text, "Lĩnh vực %d: nội dung", area);
        ck_assert_cchc_ok(cchc_plan_set_area_text(plan, area, text));
    }
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        char text[64];
        snprintf(text, sizeof text, "Lĩnh vực %d: nội dung", area);
        ck_assert_str_eq(cchc_plan_area_text(plan, area), text);
    }
    ck_assert_cchc_ok(cchc_plan_set_area_text(plan, 3, NULL));
    ck_assert_str_eq(cchc_plan_area_text(plan, 3), "");
    ck_assert_str_eq(cchc_plan_area_text(plan, 0), "");
    ck_assert_str_eq(cchc_plan_area_text(plan, 8), "");
    ck_assert_str_eq(cchc_plan_area_text(NULL, 1), "");
}
END_TEST

START_TEST(test_plan_set_area_text_bad_area_returns_erange)
{
    ck_assert_cchc_ok(cchc_plan_set_area_text(plan, 1, "kept"));
    ck_assert_cchc_fails(cchc_plan_set_area_text(plan, 0, "x"), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_plan_set_area_text(plan, 8, "x"), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_plan_set_area_text(plan, 1, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_set_area_text(NULL, 1, "x"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_plan_area_text(plan, 1), "kept");
}
END_TEST

/* ---- units --------------------------------------------------------------- */

START_TEST(test_plan_units_in_registry_order)
{
    const char *ids[] = {"lanh-dao", "van-phong", "phong-khtc", "phong-tnxh", "ubnd-tinh",
                         "vp-ubnd"};
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);
    for (size_t i = 0; i < 6; i++) {
        ck_assert_str_eq(cchc_unit_id(cchc_plan_unit_at(plan, i)), ids[i]);
        ck_assert_ptr_eq(cchc_plan_find_unit(plan, ids[i]), cchc_plan_unit_at(plan, i));
    }
    ck_assert_ptr_null(cchc_plan_unit_at(plan, 6));
    ck_assert_ptr_null(cchc_plan_find_unit(plan, "so-noi-vu"));
    ck_assert_ptr_null(cchc_plan_find_unit(plan, "Van-Phong"));
    ck_assert_ptr_null(cchc_plan_find_unit(plan, NULL));
    ck_assert_uint_eq(cchc_plan_unit_count(NULL), 0);
    ck_assert_ptr_null(cchc_plan_unit_at(NULL, 0));
    ck_assert_ptr_null(cchc_plan_find_unit(NULL, "van-phong"));
    const cchc_unit *vp = cchc_plan_find_unit(plan, "vp-ubnd");
    ck_assert_str_eq(cchc_unit_parent(vp), "ubnd-tinh");
    ck_assert_str_eq(cchc_unit_alias_at(vp, 0), "VP UBND tỉnh");
}
END_TEST

START_TEST(test_plan_add_unit_copies_the_unit)
{
    cchc_unit *mine = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&mine, "thanh-tra", "Thanh tra Sở", CCHC_UNIT_INSPECTORATE));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, mine));
    cchc_unit *held = cchc_plan_find_unit(plan, "thanh-tra");
    ck_assert_ptr_nonnull(held);
    ck_assert_ptr_ne(held, mine);

    /* Changing the caller's unit afterwards does not change the plan. */
    ck_assert_cchc_ok(cchc_unit_set_name(mine, "Thanh tra tỉnh"));
    ck_assert_cchc_ok(cchc_unit_set_kind(mine, CCHC_UNIT_EXTERNAL));
    ck_assert_cchc_ok(cchc_unit_add_alias(mine, "TT Sở"));
    ck_assert_str_eq(cchc_unit_name(held), "Thanh tra Sở");
    ck_assert_int_eq(cchc_unit_kind(held), CCHC_UNIT_INSPECTORATE);
    ck_assert_uint_eq(cchc_unit_alias_count(held), 0);
    const char *ref = NULL;
    ck_assert_int_eq(cchc_plan_resolve_unit(&ref, plan, "TT Sở"), CCHC_ENOTFOUND);
    cchc_unit_free(mine);
    /* The plan's copy outlives the caller's unit. */
    ck_assert_str_eq(cchc_unit_name(cchc_plan_find_unit(plan, "thanh-tra")), "Thanh tra Sở");
}
END_TEST

START_TEST(test_plan_borrowed_unit_changes_are_seen_by_the_plan)
{
    cchc_unit *held = cchc_plan_find_unit(plan, "phong-khtc");
    ck_assert_cchc_ok(cchc_unit_add_alias(held, "Phòng Tài vụ"));
    const char *ref = NULL;
    ck_assert_cchc_ok(cchc_plan_resolve_unit(&ref, plan, "phòng tài vụ"));
    ck_assert_str_eq(ref, "phong-khtc");
}
END_TEST

START_TEST(test_plan_add_unit_duplicate_id_returns_eexists)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "van-phong", "Văn phòng khác", CCHC_UNIT_AGENCY));
    ck_assert_cchc_fails(cchc_plan_add_unit(plan, u), CCHC_EEXISTS);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);
    ck_assert_str_eq(cchc_unit_name(cchc_plan_find_unit(plan, "van-phong")), "Văn phòng Sở");
    cchc_unit_free(u);
}
END_TEST

START_TEST(test_plan_add_unit_parent_not_in_plan_returns_enotfound)
{
    cchc_unit *child = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&child, "tt-phvhcc", "Trung tâm Phục vụ Hành chính công",
                                    CCHC_UNIT_EXTERNAL));
    ck_assert_cchc_ok(cchc_unit_set_parent(child, "so-noi-vu"));
    ck_assert_cchc_fails(cchc_plan_add_unit(plan, child), CCHC_ENOTFOUND);
    ck_assert_ptr_null(cchc_plan_find_unit(plan, "tt-phvhcc"));
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);

    /* Adding the parent first makes it work. */
    add_unit("so-noi-vu", "Sở Nội vụ", CCHC_UNIT_EXTERNAL, NULL, NULL, NULL);
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, child));
    ck_assert_str_eq(cchc_unit_parent(cchc_plan_find_unit(plan, "tt-phvhcc")), "so-noi-vu");
    cchc_unit_free(child);
}
END_TEST

START_TEST(test_plan_add_unit_null_returns_einval)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "x", "X", CCHC_UNIT_AGENCY));
    ck_assert_cchc_fails(cchc_plan_add_unit(NULL, u), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_add_unit(plan, NULL), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);
    cchc_unit_free(u);
}
END_TEST

START_TEST(test_plan_remove_unit_removes_it)
{
    ck_assert_cchc_ok(cchc_plan_remove_unit(plan, "phong-tnxh"));
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 5);
    ck_assert_ptr_null(cchc_plan_find_unit(plan, "phong-tnxh"));
    ck_assert_str_eq(cchc_unit_id(cchc_plan_unit_at(plan, 3)), "ubnd-tinh");
    const char *ref = NULL;
    ck_assert_int_eq(cchc_plan_resolve_unit(&ref, plan, "Phòng Phòng, chống TNXH"),
                     CCHC_ENOTFOUND);
    /* Its id is free again. */
    add_unit("phong-tnxh", "Phòng TNXH mới", CCHC_UNIT_DIVISION, NULL, NULL, NULL);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);
}
END_TEST

START_TEST(test_plan_remove_unit_by_its_own_id_pointer)
{
    /* The id may be borrowed from the unit being removed. */
    const cchc_unit *held = cchc_plan_find_unit(plan, "lanh-dao");
    ck_assert_cchc_ok(cchc_plan_remove_unit(plan, cchc_unit_id(held)));
    ck_assert_ptr_null(cchc_plan_find_unit(plan, "lanh-dao"));
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 5);
}
END_TEST

START_TEST(test_plan_remove_unit_absent_returns_enotfound)
{
    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, "so-noi-vu"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, "@internal"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_remove_unit(NULL, "van-phong"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, NULL), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 6);
}
END_TEST

START_TEST(test_plan_remove_unit_named_by_task_returns_einuse)
{
    add_task("1.1", 1, "van-phong");
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "1.2", 1, "Nhiệm vụ"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_COORDINATING, "phong-khtc"));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    cchc_task_free(t);

    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, "van-phong"), CCHC_EINUSE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "1.1"));
    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, "phong-khtc"), CCHC_EINUSE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "1.2"));
    ck_assert_ptr_nonnull(cchc_plan_find_unit(plan, "van-phong"));
    ck_assert_ptr_nonnull(cchc_plan_find_unit(plan, "phong-khtc"));

    /* Once the task is gone the unit can go. */
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "1.1"));
    ck_assert_cchc_ok(cchc_plan_remove_unit(plan, "van-phong"));
}
END_TEST

START_TEST(test_plan_remove_unit_parent_of_unit_returns_einuse)
{
    ck_assert_cchc_fails(cchc_plan_remove_unit(plan, "ubnd-tinh"), CCHC_EINUSE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "vp-ubnd"));
    ck_assert_ptr_nonnull(cchc_plan_find_unit(plan, "ubnd-tinh"));
    ck_assert_cchc_ok(cchc_plan_remove_unit(plan, "vp-ubnd"));
    ck_assert_cchc_ok(cchc_plan_remove_unit(plan, "ubnd-tinh"));
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 4);
}
END_TEST

/* ---- resolution ---------------------------------------------------------- */

/* Asserts that @name resolves to @expected in @p. */
static void assert_resolves_in(const cchc_plan *p, const char *name, const char *expected)
{
    const char *ref = NULL;
    cchc_clear_error();
    int rc = cchc_plan_resolve_unit(&ref, p, name);
    ck_assert_msg(rc == CCHC_OK, "\"%s\" did not resolve: %s: %s", name, cchc_error_name(rc),
                  cchc_last_error_message());
    ck_assert_msg(ref && strcmp(ref, expected) == 0, "\"%s\" resolved to \"%s\", not \"%s\"",
                  name, ref ? ref : "(null)", expected);
}

/* Asserts that @name resolves to @expected in the fixture plan. */
static void assert_resolves(const char *name, const char *expected)
{
    assert_resolves_in(plan, name, expected);
}

START_TEST(test_plan_resolve_unit_full_name)
{
    assert_resolves("Văn phòng Sở", "van-phong");
    assert_resolves("Phòng Kế hoạch – Tài chính", "phong-khtc");
    assert_resolves("Ủy ban nhân dân tỉnh Hải Dương", "ubnd-tinh");
    assert_resolves("Lãnh đạo Sở", "lanh-dao");
}
END_TEST

START_TEST(test_plan_resolve_unit_nfd_matches_nfc)
{
    assert_resolves(KHTC_NFD, "phong-khtc");
    /* "Văn phòng Sở" decomposed. */
    assert_resolves("Va\xCC\x86n pho\xCC\x80ng So\xCC\x9B\xCC\x89", "van-phong");
}
END_TEST

START_TEST(test_plan_resolve_unit_case_and_dash_variants)
{
    assert_resolves("Phòng Kế hoạch Tài chính", "phong-khtc");
    assert_resolves("phòng kế hoạch - tài chính", "phong-khtc");
    assert_resolves("PHÒNG KẾ HOẠCH — TÀI CHÍNH", "phong-khtc");
    assert_resolves("Phòng Kế hoạch-Tài chính", "phong-khtc");
    assert_resolves("  Phòng   Kế hoạch  –  Tài chính  ", "phong-khtc");
    assert_resolves("VĂN PHÒNG SỞ", "van-phong");
}
END_TEST

START_TEST(test_plan_resolve_unit_trailing_full_stop)
{
    assert_resolves("Văn phòng Sở.", "van-phong");
    assert_resolves("Phòng Kế hoạch – Tài chính .", "phong-khtc");
}
END_TEST

START_TEST(test_plan_resolve_unit_short_name_alias_and_id)
{
    assert_resolves("Văn phòng", "van-phong");
    assert_resolves("Phòng KH-TC", "phong-khtc");
    assert_resolves("phòng kh – tc", "phong-khtc");
    assert_resolves("UBND tỉnh", "ubnd-tinh");
    assert_resolves("VP Sở", "van-phong");
    assert_resolves("Ban Giám đốc Sở", "lanh-dao");
    assert_resolves("Phòng Phòng, chống TNXH", "phong-tnxh");
    assert_resolves("phòng phòng chống tnxh", "phong-tnxh");
    assert_resolves("VP UBND tỉnh", "vp-ubnd");
    assert_resolves("van-phong", "van-phong");
}
END_TEST

START_TEST(test_plan_resolve_unit_returns_id_borrowed_from_plan)
{
    const char *ref = NULL;
    ck_assert_cchc_ok(cchc_plan_resolve_unit(&ref, plan, "Văn phòng Sở"));
    ck_assert_ptr_eq(ref, cchc_unit_id(cchc_plan_find_unit(plan, "van-phong")));
}
END_TEST

START_TEST(test_plan_resolve_unit_group_words)
{
    assert_resolves("Các phòng, đơn vị thuộc Sở", "@internal");
    assert_resolves("các phòng đơn vị thuộc sở.", "@internal");
    assert_resolves("Các phòng, đơn vị liên quan", "@related");
    assert_resolves("Các phòng chuyên môn", "@divisions");
    assert_resolves("CÁC PHÒNG CHUYÊN MÔN", "@divisions");
    assert_resolves("Các phòng, đơn vị có TTHC", "@procedures");
    assert_resolves("@internal", "@internal");
    assert_resolves("@related", "@related");
    assert_resolves("@divisions", "@divisions");
    assert_resolves("@procedures", "@procedures");
    /* Group tokens are static text. */
    const char *ref = NULL;
    ck_assert_cchc_ok(cchc_plan_resolve_unit(&ref, plan, "Các phòng chuyên môn"));
    ck_assert_ptr_eq(ref, cchc_group_token(CCHC_GROUP_DIVISIONS));
}
END_TEST

START_TEST(test_plan_resolve_unit_unknown_returns_enotfound)
{
    const char *ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "Sở Nội vụ"), CCHC_ENOTFOUND);
    ck_assert_ptr_null(ref);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "Sở Nội vụ"));
    ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "Phòng Kế hoạch"), CCHC_ENOTFOUND);
    ck_assert_ptr_null(ref);
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "@unknown"), CCHC_ENOTFOUND);
}
END_TEST

START_TEST(test_plan_resolve_unit_shared_alias_returns_eambiguous)
{
    add_unit("phong-a", "Phòng A", CCHC_UNIT_DIVISION, NULL, NULL, "Phòng Tổng hợp");
    add_unit("phong-b", "Phòng B", CCHC_UNIT_DIVISION, NULL, NULL, "Phòng Tổng hợp");
    const char *ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "phòng tổng hợp"), CCHC_EAMBIGUOUS);
    ck_assert_ptr_null(ref);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "phong-a"));
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "phong-b"));
    /* Each still resolves by its own name. */
    assert_resolves("Phòng A", "phong-a");
    assert_resolves("Phòng B", "phong-b");
}
END_TEST

START_TEST(test_plan_resolve_unit_bad_input_returns_einval)
{
    const char *ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, ""), CCHC_EINVAL);
    ck_assert_ptr_null(ref);
    ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_ptr_null(ref);
    ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, "Văn phòng \xFF"), CCHC_EINVAL);
    ck_assert_ptr_null(ref);
    ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, plan, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(ref);
    ref = "sentinel";
    ck_assert_cchc_fails(cchc_plan_resolve_unit(&ref, NULL, "Văn phòng Sở"), CCHC_EINVAL);
    ck_assert_ptr_null(ref);
    ck_assert_cchc_fails(cchc_plan_resolve_unit(NULL, plan, "Văn phòng Sở"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_plan_ref_is_valid_accepts_ids_and_group_tokens_only)
{
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, "van-phong"), 1);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, "vp-ubnd"), 1);
    for (int g = CCHC_GROUP_INTERNAL; g <= CCHC_GROUP_PROCEDURES; g++)
        ck_assert_int_eq(cchc_plan_ref_is_valid(plan, cchc_group_token(g)), 1);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, "so-noi-vu"), 0);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, "Văn phòng Sở"), 0);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, "@unknown"), 0);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, ""), 0);
    ck_assert_int_eq(cchc_plan_ref_is_valid(plan, NULL), 0);
    ck_assert_int_eq(cchc_plan_ref_is_valid(NULL, "van-phong"), 0);
}
END_TEST

START_TEST(test_plan_ref_name_prefers_short_name_then_name)
{
    ck_assert_str_eq(cchc_plan_ref_name(plan, "van-phong"), "Văn phòng");
    ck_assert_str_eq(cchc_plan_ref_name(plan, "phong-tnxh"), "Phòng Phòng, chống tệ nạn xã hội");
    ck_assert_str_eq(cchc_plan_ref_name(plan, "@internal"), "Các phòng, đơn vị thuộc Sở");
    ck_assert_str_eq(cchc_plan_ref_name(plan, "@procedures"), "Các phòng, đơn vị có TTHC");
    ck_assert_str_eq(cchc_plan_ref_name(plan, "so-noi-vu"), "so-noi-vu");
    ck_assert_str_eq(cchc_plan_ref_name(plan, NULL), "");
    ck_assert_str_eq(cchc_plan_ref_name(NULL, "van-phong"), "");
}
END_TEST

/* ---- tasks --------------------------------------------------------------- */

START_TEST(test_plan_add_task_copies_the_task)
{
    cchc_task *mine = NULL;
    ck_assert_cchc_ok(cchc_task_new(&mine, "1.1", 1, "Xây dựng kế hoạch"));
    ck_assert_cchc_ok(cchc_task_add_unit(mine, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, mine));
    cchc_task *held = cchc_plan_task_at(plan, 0);
    ck_assert_ptr_nonnull(held);
    ck_assert_ptr_ne(held, mine);
    ck_assert_str_eq(cchc_task_title(held), "Xây dựng kế hoạch");
    ck_assert_str_eq(cchc_task_unit_at(held, CCHC_ROLE_LEAD, 0), "van-phong");
    /* The caller's task keeps no key and stays detached. */
    ck_assert_str_eq(cchc_task_key(mine), "");
    ck_assert_cchc_ok(cchc_task_set_title(mine, "khác"));
    ck_assert_cchc_ok(cchc_task_add_unit(mine, CCHC_ROLE_LEAD, "not-in-plan"));
    ck_assert_str_eq(cchc_task_title(held), "Xây dựng kế hoạch");
    ck_assert_uint_eq(cchc_task_unit_count(held, CCHC_ROLE_LEAD), 1);
    cchc_task_free(mine);
    ck_assert_str_eq(cchc_task_title(cchc_plan_task_at(plan, 0)), "Xây dựng kế hoạch");
}
END_TEST

START_TEST(test_plan_add_task_key_is_id_when_free)
{
    add_task("1.1", 1, NULL);
    add_task("2.3", 2, NULL);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 0)), "1.1");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 1)), "2.3");
}
END_TEST

START_TEST(test_plan_add_task_duplicate_id_gets_suffixed_key)
{
    add_task("2.10", 2, NULL);
    add_task("2.10", 2, NULL);
    add_task("2.10", 2, NULL);
    ck_assert_str_eq(task_order(), "2.10 2.10#2 2.10#3");
    ck_assert_str_eq(cchc_task_id(cchc_plan_find_task(plan, "2.10#2")), "2.10");
    ck_assert_ptr_eq(cchc_plan_find_task_by_id(plan, "2.10"), cchc_plan_task_at(plan, 0));
}
END_TEST

START_TEST(test_plan_add_task_empty_id_gets_task_n_key)
{
    add_task("", 1, NULL);
    add_task("", 1, NULL);
    ck_assert_str_eq(task_order(), "task-1 task-2");
    ck_assert_str_eq(cchc_task_id(cchc_plan_task_at(plan, 0)), "");
}
END_TEST

/* Keys stay the smallest free suffix when many tasks share an id (the plan
 * remembers where to start looking), also after a removal frees a smaller one
 * and when a saved key took a suffix out of turn. */
START_TEST(test_plan_add_task_many_duplicate_ids_take_the_smallest_free_suffix)
{
    enum { N = 3000 };
    for (int i = 0; i < N; i++)
        add_task("3.1", 3, NULL);
    add_task("", 3, NULL);
    add_task("", 3, NULL);
    ck_assert_uint_eq(cchc_plan_task_count(plan), N + 2);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 0)), "3.1");
    char key[32];
    for (int i = 1; i < N; i++) {
        snprintf(key, sizeof key, "3.1#%d", i + 1);
        ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, (size_t)i)), key);
    }
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "3.1#17"));
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "task-1"));
    add_task("3.1", 3, NULL);
    add_task("3.1", 3, NULL);
    add_task("", 3, NULL);
    add_task("", 3, NULL);
    size_t n = cchc_plan_task_count(plan);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, n - 4)), "3.1#17");
    snprintf(key, sizeof key, "3.1#%d", N + 1);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, n - 3)), key);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, n - 2)), "task-1");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, n - 1)), "task-3");

    /* a saved key out of turn: the next generated one steps over it */
    cchc_task *saved = NULL;
    ck_assert_cchc_ok(cchc_task_copy(&saved, cchc_plan_task_at(plan, n - 1)));
    cchc_plan *other = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_add_task(other, saved)); /* keeps "task-3" */
    cchc_task_free(saved);
    ck_assert_cchc_ok(cchc_task_new(&saved, "", 3, "khác"));
    for (int i = 0; i < 3; i++)
        ck_assert_cchc_ok(cchc_plan_add_task(other, saved));
    cchc_task_free(saved);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 0)), "task-3");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 1)), "task-1");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 2)), "task-2");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 3)), "task-4");
    cchc_plan_free(other);
}
END_TEST

START_TEST(test_plan_add_task_keeps_saved_key_when_free)
{
    add_task("1.1", 1, NULL);
    add_task("1.1", 1, NULL);
    cchc_task *copy = NULL;
    ck_assert_cchc_ok(cchc_task_copy(&copy, cchc_plan_task_at(plan, 1)));
    ck_assert_str_eq(cchc_task_key(copy), "1.1#2");

    /* In another plan the saved key is free and kept, though "1.1" is free too. */
    cchc_plan *other = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_add_task(other, copy));
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 0)), "1.1#2");
    /* Added again there, the key is taken: it falls back to the id. */
    ck_assert_cchc_ok(cchc_plan_add_task(other, copy));
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 1)), "1.1");
    /* And once more: the id is taken too, so the next free suffix. */
    ck_assert_cchc_ok(cchc_plan_add_task(other, copy));
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(other, 2)), "1.1#3");
    cchc_plan_free(other);
    cchc_task_free(copy);
}
END_TEST

START_TEST(test_plan_task_key_survives_id_change)
{
    add_task("1.1", 1, NULL);
    cchc_task *held = cchc_plan_task_at(plan, 0);
    ck_assert_cchc_ok(cchc_task_set_id(held, "1.9"));
    ck_assert_str_eq(cchc_task_key(held), "1.1");
    ck_assert_str_eq(cchc_task_id(held), "1.9");
    ck_assert_ptr_eq(cchc_plan_find_task(plan, "1.1"), held);
    ck_assert_ptr_null(cchc_plan_find_task(plan, "1.9"));
    ck_assert_ptr_eq(cchc_plan_find_task_by_id(plan, "1.9"), held);
    ck_assert_ptr_null(cchc_plan_find_task_by_id(plan, "1.1"));
    /* A new task with id "1.1" cannot take the key. */
    add_task("1.1", 1, NULL);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 1)), "1.1#2");
}
END_TEST

START_TEST(test_plan_add_task_unknown_unit_returns_enotfound)
{
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "1.1", 1, "Nhiệm vụ"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_COORDINATING, "so-noi-vu"));
    ck_assert_cchc_fails(cchc_plan_add_task(plan, t), CCHC_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "so-noi-vu"));
    ck_assert_cchc_fails(cchc_plan_insert_task(plan, 0, t), CCHC_ENOTFOUND);
    ck_assert_uint_eq(cchc_plan_task_count(plan), 0);
    ck_assert_ptr_null(cchc_plan_find_task(plan, "1.1"));
    /* Group tokens are always valid references. */
    ck_assert_cchc_ok(cchc_task_remove_unit(t, CCHC_ROLE_COORDINATING, 0));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_COORDINATING, "@related"));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    ck_assert_uint_eq(cchc_plan_task_count(plan), 1);
    cchc_task_free(t);
}
END_TEST

START_TEST(test_plan_add_task_null_returns_einval)
{
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "1.1", 1, "Nhiệm vụ"));
    ck_assert_cchc_fails(cchc_plan_add_task(NULL, t), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_add_task(plan, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_insert_task(NULL, 0, t), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_insert_task(plan, 0, NULL), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_plan_task_count(plan), 0);
    cchc_task_free(t);
}
END_TEST

START_TEST(test_plan_borrowed_task_add_unit_checks_the_plan)
{
    add_task("1.1", 1, "van-phong");
    cchc_task *held = cchc_plan_task_at(plan, 0);
    ck_assert_cchc_fails(cchc_task_add_unit(held, CCHC_ROLE_COORDINATING, "so-noi-vu"),
                         CCHC_ENOTFOUND);
    ck_assert_uint_eq(cchc_task_unit_count(held, CCHC_ROLE_COORDINATING), 0);
    ck_assert_cchc_ok(cchc_task_add_unit(held, CCHC_ROLE_COORDINATING, "phong-khtc"));
    ck_assert_cchc_ok(cchc_task_add_unit(held, CCHC_ROLE_COORDINATING, "@divisions"));
    ck_assert_uint_eq(cchc_task_unit_count(held, CCHC_ROLE_COORDINATING), 2);
    /* The new reference makes the unit in use. */
    ck_assert_int_eq(cchc_plan_remove_unit(plan, "phong-khtc"), CCHC_EINUSE);
}
END_TEST

START_TEST(test_plan_insert_task_at_positions)
{
    add_task("a", 1, NULL);
    add_task("b", 1, NULL);
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "first", 1, "x"));
    ck_assert_cchc_ok(cchc_plan_insert_task(plan, 0, t));
    ck_assert_cchc_ok(cchc_task_set_id(t, "middle"));
    ck_assert_cchc_ok(cchc_plan_insert_task(plan, 2, t));
    ck_assert_cchc_ok(cchc_task_set_id(t, "last"));
    ck_assert_cchc_ok(cchc_plan_insert_task(plan, cchc_plan_task_count(plan), t));
    ck_assert_str_eq(task_order(), "first a middle b last");
    cchc_task_free(t);
}
END_TEST

START_TEST(test_plan_insert_task_index_out_of_range_returns_erange)
{
    add_task("a", 1, NULL);
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "x", 1, "x"));
    ck_assert_cchc_fails(cchc_plan_insert_task(plan, 2, t), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_plan_insert_task(plan, (size_t)-1, t), CCHC_ERANGE);
    ck_assert_str_eq(task_order(), "a");
    cchc_task_free(t);
}
END_TEST

START_TEST(test_plan_find_task_by_key_by_id_and_index)
{
    add_task("1.1", 1, NULL);
    add_task("1.2", 1, NULL);
    add_task("1.1", 2, NULL);
    ck_assert_uint_eq(cchc_plan_task_count(plan), 3);
    ck_assert_ptr_eq(cchc_plan_find_task(plan, "1.1"), cchc_plan_task_at(plan, 0));
    ck_assert_ptr_eq(cchc_plan_find_task(plan, "1.1#2"), cchc_plan_task_at(plan, 2));
    ck_assert_ptr_null(cchc_plan_find_task(plan, "9.9"));
    ck_assert_ptr_null(cchc_plan_find_task(plan, NULL));
    ck_assert_ptr_null(cchc_plan_task_at(plan, 3));
    ck_assert_ptr_eq(cchc_plan_find_task_by_id(plan, "1.1"), cchc_plan_task_at(plan, 0));
    ck_assert_ptr_eq(cchc_plan_find_task_by_id(plan, "1.2"), cchc_plan_task_at(plan, 1));
    ck_assert_ptr_null(cchc_plan_find_task_by_id(plan, "1.1#2"));
    ck_assert_ptr_null(cchc_plan_find_task_by_id(plan, NULL));

    size_t index = 99;
    ck_assert_cchc_ok(cchc_plan_task_index(&index, plan, "1.1#2"));
    ck_assert_uint_eq(index, 2);
    ck_assert_cchc_ok(cchc_plan_task_index(&index, plan, "1.1"));
    ck_assert_uint_eq(index, 0);
}
END_TEST

START_TEST(test_plan_task_index_absent_or_null_fails)
{
    add_task("1.1", 1, NULL);
    size_t index = 0;
    ck_assert_cchc_fails(cchc_plan_task_index(&index, plan, "1.2"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_task_index(NULL, plan, "1.1"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_task_index(&index, NULL, "1.1"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_task_index(&index, plan, NULL), CCHC_EINVAL);
}
END_TEST

START_TEST(test_plan_task_getters_on_null_plan)
{
    ck_assert_uint_eq(cchc_plan_task_count(NULL), 0);
    ck_assert_ptr_null(cchc_plan_task_at(NULL, 0));
    ck_assert_ptr_null(cchc_plan_find_task(NULL, "1.1"));
    ck_assert_ptr_null(cchc_plan_find_task_by_id(NULL, "1.1"));
    ck_assert_uint_eq(cchc_plan_area_task_count(NULL, 1), 0);
}
END_TEST

START_TEST(test_plan_remove_task_removes_it)
{
    add_task("1.1", 1, NULL);
    add_task("1.2", 1, NULL);
    add_task("1.3", 1, NULL);
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "1.2"));
    ck_assert_str_eq(task_order(), "1.1 1.3");
    ck_assert_ptr_null(cchc_plan_find_task(plan, "1.2"));
    /* The key may be borrowed from the task being removed. */
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, cchc_task_key(cchc_plan_task_at(plan, 0))));
    ck_assert_str_eq(task_order(), "1.3");
    /* A removed key is free again. */
    add_task("1.2", 1, NULL);
    ck_assert_str_eq(task_order(), "1.3 1.2");
}
END_TEST

START_TEST(test_plan_remove_task_absent_returns_enotfound)
{
    add_task("1.1", 1, NULL);
    ck_assert_cchc_fails(cchc_plan_remove_task(plan, "1.2"), CCHC_ENOTFOUND);
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "1.1"));
    ck_assert_cchc_fails(cchc_plan_remove_task(plan, "1.1"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_remove_task(NULL, "1.1"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_remove_task(plan, NULL), CCHC_EINVAL);
}
END_TEST

START_TEST(test_plan_move_task_reorders_and_keeps_pointer)
{
    add_task("a", 1, NULL);
    add_task("b", 1, NULL);
    add_task("c", 1, NULL);
    add_task("d", 1, NULL);
    cchc_task *a = cchc_plan_find_task(plan, "a");
    ck_assert_cchc_ok(cchc_plan_move_task(plan, "a", 2));
    ck_assert_str_eq(task_order(), "b c a d");
    ck_assert_ptr_eq(cchc_plan_task_at(plan, 2), a);
    ck_assert_ptr_eq(cchc_plan_find_task(plan, "a"), a);
    ck_assert_str_eq(cchc_task_key(a), "a");
    ck_assert_cchc_ok(cchc_plan_move_task(plan, "d", 0));
    ck_assert_str_eq(task_order(), "d b c a");
    ck_assert_cchc_ok(cchc_plan_move_task(plan, "d", 3));
    ck_assert_str_eq(task_order(), "b c a d");
    ck_assert_cchc_ok(cchc_plan_move_task(plan, "c", 1));
    ck_assert_str_eq(task_order(), "b c a d");
    /* The key may be borrowed from the task being moved. */
    ck_assert_cchc_ok(cchc_plan_move_task(plan, cchc_task_key(a), 0));
    ck_assert_str_eq(task_order(), "a b c d");
    size_t index = 9;
    ck_assert_cchc_ok(cchc_plan_task_index(&index, plan, "a"));
    ck_assert_uint_eq(index, 0);
}
END_TEST

START_TEST(test_plan_move_task_bad_index_or_key_fails)
{
    add_task("a", 1, NULL);
    add_task("b", 1, NULL);
    ck_assert_cchc_fails(cchc_plan_move_task(plan, "a", 2), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_plan_move_task(plan, "a", (size_t)-1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_plan_move_task(plan, "z", 0), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_move_task(NULL, "a", 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_move_task(plan, NULL, 0), CCHC_EINVAL);
    ck_assert_str_eq(task_order(), "a b");
}
END_TEST

START_TEST(test_plan_area_task_count_per_area)
{
    add_task("1.1", 1, NULL);
    add_task("1.2", 1, NULL);
    add_task("3.1", 3, NULL);
    add_task("7.1", 7, NULL);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 1), 2);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 2), 0);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 3), 1);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 7), 1);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 0), 0);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 8), 0);
    /* Changing a borrowed task's area is counted. */
    ck_assert_cchc_ok(cchc_task_set_area(cchc_plan_find_task(plan, "1.2"), 2));
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 1), 1);
    ck_assert_uint_eq(cchc_plan_area_task_count(plan, 2), 1);
}
END_TEST

/* ---- the bundled 2023 plan ----------------------------------------------- */

static cchc_plan *bundled;

static void bundled_setup(void)
{
    bundled = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&bundled, bundled_data_path(BUNDLED_PLAN), NULL));
    ck_assert_ptr_nonnull(bundled);
}

static void bundled_teardown(void)
{
    cchc_plan_free(bundled);
    bundled = NULL;
}

START_TEST(test_plan_bundled_has_50_tasks_by_area)
{
    ck_assert_uint_eq(cchc_plan_task_count(bundled), 50);
    const size_t per_area[CCHC_AREA_COUNT + 1] = {0, 10, 11, 6, 5, 5, 6, 7};
    for (int area = 1; area <= CCHC_AREA_COUNT; area++)
        ck_assert_msg(cchc_plan_area_task_count(bundled, area) == per_area[area],
                      "area %d has %zu tasks, expected %zu", area,
                      cchc_plan_area_task_count(bundled, area), per_area[area]);
    ck_assert_int_eq(cchc_plan_year(bundled), 2023);
}
END_TEST

START_TEST(test_plan_bundled_repeated_id_has_two_keys)
{
    size_t n = 0;
    const char *keys[2] = {NULL, NULL};
    for (size_t i = 0; i < cchc_plan_task_count(bundled); i++) {
        const cchc_task *t = cchc_plan_task_at(bundled, i);
        if (strcmp(cchc_task_id(t), "2.10") == 0) {
            if (n < 2)
                keys[n] = cchc_task_key(t);
            n++;
        }
    }
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(keys[0], "2.10");
    ck_assert_str_eq(keys[1], "2.10#2");
    ck_assert_ptr_eq(cchc_plan_find_task_by_id(bundled, "2.10"),
                     cchc_plan_find_task(bundled, "2.10"));
    ck_assert_ptr_nonnull(cchc_plan_find_task(bundled, "2.10#2"));
}
END_TEST

START_TEST(test_plan_bundled_every_reference_resolves)
{
    size_t refs = 0;
    for (size_t i = 0; i < cchc_plan_task_count(bundled); i++) {
        const cchc_task *t = cchc_plan_task_at(bundled, i);
        for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++)
            for (size_t j = 0; j < cchc_task_unit_count(t, role); j++) {
                const char *ref = cchc_task_unit_at(t, role, j);
                ck_assert_msg(cchc_plan_ref_is_valid(bundled, ref),
                              "task %s: reference \"%s\" does not resolve", cchc_task_key(t),
                              ref);
                refs++;
            }
        /* Every task of the plan names a lead. */
        ck_assert_msg(cchc_task_unit_count(t, CCHC_ROLE_LEAD) +
                              cchc_task_mention_count(t, CCHC_ROLE_LEAD) >
                          0,
                      "task %s has no lead", cchc_task_key(t));
    }
    ck_assert_uint_gt(refs, 50);
}
END_TEST

START_TEST(test_plan_bundled_names_resolve_to_registry)
{
    /* Every unit answers to its own name and id. */
    ck_assert_uint_gt(cchc_plan_unit_count(bundled), 0);
    for (size_t i = 0; i < cchc_plan_unit_count(bundled); i++) {
        const cchc_unit *u = cchc_plan_unit_at(bundled, i);
        assert_resolves_in(bundled, cchc_unit_name(u), cchc_unit_id(u));
        assert_resolves_in(bundled, cchc_unit_id(u), cchc_unit_id(u));
    }
    /* The wordings of the printed plan. */
    assert_resolves_in(bundled, "Phòng Kế hoạch Tài chính", "phong-khtc");
    assert_resolves_in(bundled, "phòng kế hoạch - tài chính", "phong-khtc");
    assert_resolves_in(bundled, KHTC_NFD, "phong-khtc");
    assert_resolves_in(bundled, "Văn phòng", "van-phong");
    assert_resolves_in(bundled, "Các phòng, đơn vị thuộc Sở", "@internal");
    assert_resolves_in(bundled, "Các phòng, đơn vị liên quan", "@related");
}
END_TEST

Suite *suite_plan(void);

Suite *suite_plan(void)
{
    Suite *s = suite_create("plan");

    TCase *tc = tcase_create("header");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_plan_new_is_empty);
    tcase_add_test(tc, test_plan_free_null_is_noop);
    tcase_add_loop_test(tc, test_plan_text_setter_sets_value_only_in_its_field, 0,
                        (int)N_PLAN_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_plan_text_setter_null_means_empty, 0, (int)N_PLAN_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_plan_text_setter_invalid_utf8_returns_einval, 0,
                        (int)N_PLAN_TEXT_FIELDS);
    tcase_add_loop_test(tc, test_plan_text_setter_null_plan_returns_einval, 0,
                        (int)N_PLAN_TEXT_FIELDS);
    tcase_add_test(tc, test_plan_set_year_accepts_range_and_zero);
    tcase_add_test(tc, test_plan_set_year_out_of_range_returns_erange);
    tcase_add_test(tc, test_plan_set_issue_date_sets_and_clears);
    tcase_add_test(tc, test_plan_set_issue_date_bad_date_returns_einval);
    tcase_add_test(tc, test_plan_area_text_set_and_read_per_area);
    tcase_add_test(tc, test_plan_set_area_text_bad_area_returns_erange);
    suite_add_tcase(s, tc);

    tc = tcase_create("units");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_plan_units_in_registry_order);
    tcase_add_test(tc, test_plan_add_unit_copies_the_unit);
    tcase_add_test(tc, test_plan_borrowed_unit_changes_are_seen_by_the_plan);
    tcase_add_test(tc, test_plan_add_unit_duplicate_id_returns_eexists);
    tcase_add_test(tc, test_plan_add_unit_parent_not_in_plan_returns_enotfound);
    tcase_add_test(tc, test_plan_add_unit_null_returns_einval);
    tcase_add_test(tc, test_plan_remove_unit_removes_it);
    tcase_add_test(tc, test_plan_remove_unit_by_its_own_id_pointer);
    tcase_add_test(tc, test_plan_remove_unit_absent_returns_enotfound);
    tcase_add_test(tc, test_plan_remove_unit_named_by_task_returns_einuse);
    tcase_add_test(tc, test_plan_remove_unit_parent_of_unit_returns_einuse);
    suite_add_tcase(s, tc);

    tc = tcase_create("resolve");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_plan_resolve_unit_full_name);
    tcase_add_test(tc, test_plan_resolve_unit_nfd_matches_nfc);
    tcase_add_test(tc, test_plan_resolve_unit_case_and_dash_variants);
    tcase_add_test(tc, test_plan_resolve_unit_trailing_full_stop);
    tcase_add_test(tc, test_plan_resolve_unit_short_name_alias_and_id);
    tcase_add_test(tc, test_plan_resolve_unit_returns_id_borrowed_from_plan);
    tcase_add_test(tc, test_plan_resolve_unit_group_words);
    tcase_add_test(tc, test_plan_resolve_unit_unknown_returns_enotfound);
    tcase_add_test(tc, test_plan_resolve_unit_shared_alias_returns_eambiguous);
    tcase_add_test(tc, test_plan_resolve_unit_bad_input_returns_einval);
    tcase_add_test(tc, test_plan_ref_is_valid_accepts_ids_and_group_tokens_only);
    tcase_add_test(tc, test_plan_ref_name_prefers_short_name_then_name);
    suite_add_tcase(s, tc);

    tc = tcase_create("tasks");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_plan_add_task_copies_the_task);
    tcase_add_test(tc, test_plan_add_task_key_is_id_when_free);
    tcase_add_test(tc, test_plan_add_task_duplicate_id_gets_suffixed_key);
    tcase_add_test(tc, test_plan_add_task_empty_id_gets_task_n_key);
    tcase_add_test(tc, test_plan_add_task_many_duplicate_ids_take_the_smallest_free_suffix);
    tcase_add_test(tc, test_plan_add_task_keeps_saved_key_when_free);
    tcase_add_test(tc, test_plan_task_key_survives_id_change);
    tcase_add_test(tc, test_plan_add_task_unknown_unit_returns_enotfound);
    tcase_add_test(tc, test_plan_add_task_null_returns_einval);
    tcase_add_test(tc, test_plan_borrowed_task_add_unit_checks_the_plan);
    tcase_add_test(tc, test_plan_insert_task_at_positions);
    tcase_add_test(tc, test_plan_insert_task_index_out_of_range_returns_erange);
    tcase_add_test(tc, test_plan_find_task_by_key_by_id_and_index);
    tcase_add_test(tc, test_plan_task_index_absent_or_null_fails);
    tcase_add_test(tc, test_plan_task_getters_on_null_plan);
    tcase_add_test(tc, test_plan_remove_task_removes_it);
    tcase_add_test(tc, test_plan_remove_task_absent_returns_enotfound);
    tcase_add_test(tc, test_plan_move_task_reorders_and_keeps_pointer);
    tcase_add_test(tc, test_plan_move_task_bad_index_or_key_fails);
    tcase_add_test(tc, test_plan_area_task_count_per_area);
    suite_add_tcase(s, tc);

    tc = tcase_create("bundled");
    tcase_add_checked_fixture(tc, bundled_setup, bundled_teardown);
    tcase_add_test(tc, test_plan_bundled_has_50_tasks_by_area);
    tcase_add_test(tc, test_plan_bundled_repeated_id_has_two_keys);
    tcase_add_test(tc, test_plan_bundled_every_reference_resolves);
    tcase_add_test(tc, test_plan_bundled_names_resolve_to_registry);
    suite_add_tcase(s, tc);

    return s;
}
