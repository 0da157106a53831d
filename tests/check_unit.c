/*
 * Check suite for unit.h: units, aliases, kinds and group words.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

/* "Phòng Kế hoạch – Tài chính" with the diacritics decomposed (NFD). */
#define KHTC_NFC "Phòng Kế hoạch – Tài chính"
#define KHTC_NFD "Pho\xCC\x80ng Ke\xCC\x82\xCC\x81 hoa\xCC\xA3" "ch – Ta\xCC\x80i chi\xCC\x81nh"

static cchc_unit *unit;

static void unit_setup(void)
{
    ck_assert_cchc_ok(cchc_unit_new(&unit, "phong-khtc", KHTC_NFC, CCHC_UNIT_DIVISION));
    ck_assert_ptr_nonnull(unit);
}

static void unit_teardown(void)
{
    cchc_unit_free(unit);
    unit = NULL;
}

/* ---- constructor --------------------------------------------------------- */

START_TEST(test_unit_new_sets_fields_and_defaults)
{
    ck_assert_str_eq(cchc_unit_id(unit), "phong-khtc");
    ck_assert_str_eq(cchc_unit_name(unit), KHTC_NFC);
    ck_assert_int_eq(cchc_unit_kind(unit), CCHC_UNIT_DIVISION);
    ck_assert_str_eq(cchc_unit_short_name(unit), "");
    ck_assert_str_eq(cchc_unit_parent(unit), "");
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 0);
    ck_assert_ptr_null(cchc_unit_alias_at(unit, 0));
    ck_assert_int_eq(cchc_unit_is_internal(unit), 1);
}
END_TEST

START_TEST(test_unit_new_accepts_every_id_character_and_64_chars)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "Az09._-", "Tên", CCHC_UNIT_AGENCY));
    ck_assert_str_eq(cchc_unit_id(u), "Az09._-");
    cchc_unit_free(u);

    char id64[65];
    memset(id64, 'a', 64);
    id64[64] = '\0';
    u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, id64, "Tên", CCHC_UNIT_AGENCY));
    ck_assert_str_eq(cchc_unit_id(u), id64);
    cchc_unit_free(u);

    u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "x", "X", CCHC_UNIT_LEADERSHIP));
    ck_assert_int_eq(cchc_unit_kind(u), CCHC_UNIT_LEADERSHIP);
    cchc_unit_free(u);
}
END_TEST

START_TEST(test_unit_new_keeps_name_bytes)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "khtc-nfd", KHTC_NFD, CCHC_UNIT_DIVISION));
    ck_assert_str_eq(cchc_unit_name(u), KHTC_NFD);
    ck_assert_str_ne(cchc_unit_name(u), KHTC_NFC);
    cchc_unit_free(u);
}
END_TEST

START_TEST(test_unit_new_null_out_returns_einval)
{
    ck_assert_cchc_fails(cchc_unit_new(NULL, "van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE),
                         CCHC_EINVAL);
}
END_TEST

START_TEST(test_unit_new_malformed_id_returns_einval)
{
    char id65[66];
    memset(id65, 'a', 65);
    id65[65] = '\0';
    const char *bad[] = {NULL, "", "@x", "@internal", "a b", id65, "ví-dụ", "a/b",
                         "a\xC3\x28", "tab\t", "semi;"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cchc_unit *u = (cchc_unit *)&bad; /* a non-NULL sentinel */
        ck_assert_cchc_fails(cchc_unit_new(&u, bad[i], "Văn phòng Sở", CCHC_UNIT_OFFICE),
                             CCHC_EINVAL);
        ck_assert_msg(u == NULL, "out not set to NULL for id #%zu", i);
    }
}
END_TEST

START_TEST(test_unit_new_bad_name_returns_einval)
{
    const char *bad[] = {NULL, "", "\xC3\x28", "Văn phòng \xFF", "\xE1\xBA"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cchc_unit *u = (cchc_unit *)&bad;
        ck_assert_cchc_fails(cchc_unit_new(&u, "van-phong", bad[i], CCHC_UNIT_OFFICE),
                             CCHC_EINVAL);
        ck_assert_msg(u == NULL, "out not set to NULL for name #%zu", i);
    }
}
END_TEST

START_TEST(test_unit_new_unknown_kind_returns_einval)
{
    const int bad[] = {0, 7, -1, 100};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cchc_unit *u = (cchc_unit *)&bad;
        ck_assert_cchc_fails(cchc_unit_new(&u, "van-phong", "Văn phòng Sở", bad[i]),
                             CCHC_EINVAL);
        ck_assert_ptr_null(u);
    }
}
END_TEST

/* ---- copy, free and NULL handles ---------------------------------------- */

START_TEST(test_unit_copy_is_deep)
{
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "Phòng KH-TC"));
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, "lanh-dao"));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Phòng KHTC"));
    cchc_unit *copy = NULL;
    ck_assert_cchc_ok(cchc_unit_copy(&copy, unit));
    ck_assert_ptr_nonnull(copy);
    ck_assert_ptr_ne(copy, unit);
    ck_assert_str_eq(cchc_unit_id(copy), "phong-khtc");
    ck_assert_str_eq(cchc_unit_name(copy), KHTC_NFC);
    ck_assert_str_eq(cchc_unit_short_name(copy), "Phòng KH-TC");
    ck_assert_str_eq(cchc_unit_parent(copy), "lanh-dao");
    ck_assert_int_eq(cchc_unit_kind(copy), CCHC_UNIT_DIVISION);
    ck_assert_uint_eq(cchc_unit_alias_count(copy), 1);
    ck_assert_str_eq(cchc_unit_alias_at(copy, 0), "Phòng KHTC");

    /* Changing the original leaves the copy alone, and the other way round. */
    ck_assert_cchc_ok(cchc_unit_set_name(unit, "Phòng Tài chính"));
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, NULL));
    ck_assert_cchc_ok(cchc_unit_set_kind(unit, CCHC_UNIT_EXTERNAL));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Phòng TC"));
    ck_assert_cchc_ok(cchc_unit_remove_alias(copy, 0));
    ck_assert_str_eq(cchc_unit_name(copy), KHTC_NFC);
    ck_assert_str_eq(cchc_unit_short_name(copy), "Phòng KH-TC");
    ck_assert_int_eq(cchc_unit_kind(copy), CCHC_UNIT_DIVISION);
    ck_assert_uint_eq(cchc_unit_alias_count(copy), 0);
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 2);
    ck_assert_str_eq(cchc_unit_alias_at(unit, 0), "Phòng KHTC");
    cchc_unit_free(copy);
}
END_TEST

START_TEST(test_unit_copy_of_plan_unit_is_detached)
{
    /* A copy of a unit borrowed from a plan is detached: a parent that the
     * plan does not have is no longer checked against the plan. */
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit *held = cchc_plan_find_unit(plan, "phong-khtc");
    ck_assert_ptr_nonnull(held);
    ck_assert_int_eq(cchc_unit_set_parent(held, "elsewhere"), CCHC_ENOTFOUND);
    cchc_unit *copy = NULL;
    ck_assert_cchc_ok(cchc_unit_copy(&copy, held));
    ck_assert_cchc_ok(cchc_unit_set_parent(copy, "elsewhere"));
    ck_assert_str_eq(cchc_unit_parent(copy), "elsewhere");
    ck_assert_str_eq(cchc_unit_parent(held), "");
    cchc_unit_free(copy);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_unit_copy_null_returns_einval)
{
    cchc_unit *copy = unit; /* sentinel */
    ck_assert_cchc_fails(cchc_unit_copy(&copy, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(copy);
    ck_assert_cchc_fails(cchc_unit_copy(NULL, unit), CCHC_EINVAL);
}
END_TEST

START_TEST(test_unit_free_null_is_noop)
{
    cchc_unit_free(NULL);
}
END_TEST

START_TEST(test_unit_getters_on_null_return_empty)
{
    ck_assert_str_eq(cchc_unit_id(NULL), "");
    ck_assert_str_eq(cchc_unit_name(NULL), "");
    ck_assert_str_eq(cchc_unit_short_name(NULL), "");
    ck_assert_int_eq(cchc_unit_kind(NULL), 0);
    ck_assert_str_eq(cchc_unit_parent(NULL), "");
    ck_assert_int_eq(cchc_unit_is_internal(NULL), 0);
    ck_assert_uint_eq(cchc_unit_alias_count(NULL), 0);
    ck_assert_ptr_null(cchc_unit_alias_at(NULL, 0));
}
END_TEST

/* ---- setters ------------------------------------------------------------- */

START_TEST(test_unit_set_name_replaces_name)
{
    ck_assert_cchc_ok(cchc_unit_set_name(unit, "Phòng Kế hoạch, Tài chính và Tổng hợp"));
    ck_assert_str_eq(cchc_unit_name(unit), "Phòng Kế hoạch, Tài chính và Tổng hợp");
    ck_assert_cchc_ok(cchc_unit_set_name(unit, KHTC_NFD));
    ck_assert_str_eq(cchc_unit_name(unit), KHTC_NFD);
}
END_TEST

START_TEST(test_unit_set_name_bad_text_returns_einval_and_keeps_name)
{
    ck_assert_cchc_fails(cchc_unit_set_name(unit, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_set_name(unit, ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_set_name(unit, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_name(unit), KHTC_NFC);
    ck_assert_cchc_fails(cchc_unit_set_name(NULL, "Tên"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_unit_set_short_name_sets_and_clears)
{
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "Phòng KH-TC"));
    ck_assert_str_eq(cchc_unit_short_name(unit), "Phòng KH-TC");
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, ""));
    ck_assert_str_eq(cchc_unit_short_name(unit), "");
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "KHTC"));
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, NULL));
    ck_assert_str_eq(cchc_unit_short_name(unit), "");
}
END_TEST

START_TEST(test_unit_set_short_name_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "KHTC"));
    ck_assert_cchc_fails(cchc_unit_set_short_name(unit, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_short_name(unit), "KHTC");
    ck_assert_cchc_fails(cchc_unit_set_short_name(NULL, "KHTC"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_unit_set_kind_changes_kind_and_internal)
{
    ck_assert_cchc_ok(cchc_unit_set_kind(unit, CCHC_UNIT_EXTERNAL));
    ck_assert_int_eq(cchc_unit_kind(unit), CCHC_UNIT_EXTERNAL);
    ck_assert_int_eq(cchc_unit_is_internal(unit), 0);
    for (int k = CCHC_UNIT_DIVISION; k <= CCHC_UNIT_LEADERSHIP; k++) {
        ck_assert_cchc_ok(cchc_unit_set_kind(unit, k));
        ck_assert_int_eq(cchc_unit_kind(unit), k);
        ck_assert_int_eq(cchc_unit_is_internal(unit), k != CCHC_UNIT_EXTERNAL);
    }
}
END_TEST

START_TEST(test_unit_set_kind_unknown_returns_einval)
{
    ck_assert_cchc_fails(cchc_unit_set_kind(unit, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_set_kind(unit, 7), CCHC_EINVAL);
    ck_assert_int_eq(cchc_unit_kind(unit), CCHC_UNIT_DIVISION);
    ck_assert_cchc_fails(cchc_unit_set_kind(NULL, CCHC_UNIT_OFFICE), CCHC_EINVAL);
}
END_TEST

/* ---- parent -------------------------------------------------------------- */

START_TEST(test_unit_set_parent_detached_sets_and_clears)
{
    /* A detached unit may name any well-formed parent. */
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, "lanh-dao"));
    ck_assert_str_eq(cchc_unit_parent(unit), "lanh-dao");
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, ""));
    ck_assert_str_eq(cchc_unit_parent(unit), "");
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, "van-phong"));
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, NULL));
    ck_assert_str_eq(cchc_unit_parent(unit), "");
}
END_TEST

START_TEST(test_unit_set_parent_detached_self_returns_einval)
{
    ck_assert_cchc_fails(cchc_unit_set_parent(unit, "phong-khtc"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_parent(unit), "");
}
END_TEST

START_TEST(test_unit_set_parent_malformed_id_returns_einval)
{
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, "lanh-dao"));
    const char *bad[] = {"@internal", "a b", "ví-dụ", "\xC3\x28"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_unit_set_parent(unit, bad[i]), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_parent(unit), "lanh-dao");
    ck_assert_cchc_fails(cchc_unit_set_parent(NULL, "lanh-dao"), CCHC_EINVAL);
}
END_TEST

/* A plan with a chain lanh-dao ← van-phong ← to-tong-hop and a free unit. */
static cchc_plan *plan;

static void add_plan_unit(const char *id, const char *name, int kind, const char *parent)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, id, name, kind));
    ck_assert_cchc_ok(cchc_unit_set_parent(u, parent));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, u));
    cchc_unit_free(u);
}

static void plan_setup(void)
{
    plan = cchc_plan_new();
    add_plan_unit("lanh-dao", "Lãnh đạo Sở", CCHC_UNIT_LEADERSHIP, NULL);
    add_plan_unit("van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE, "lanh-dao");
    add_plan_unit("to-tong-hop", "Tổ Tổng hợp", CCHC_UNIT_OFFICE, "van-phong");
    add_plan_unit("thanh-tra", "Thanh tra Sở", CCHC_UNIT_INSPECTORATE, NULL);
}

static void plan_teardown(void)
{
    cchc_plan_free(plan);
    plan = NULL;
}

START_TEST(test_unit_set_parent_in_plan_existing_parent_ok)
{
    cchc_unit *tt = cchc_plan_find_unit(plan, "thanh-tra");
    ck_assert_cchc_ok(cchc_unit_set_parent(tt, "lanh-dao"));
    ck_assert_str_eq(cchc_unit_parent(tt), "lanh-dao");
    ck_assert_cchc_ok(cchc_unit_set_parent(tt, "to-tong-hop"));
    ck_assert_str_eq(cchc_unit_parent(tt), "to-tong-hop");
    ck_assert_cchc_ok(cchc_unit_set_parent(tt, ""));
    ck_assert_str_eq(cchc_unit_parent(tt), "");
}
END_TEST

START_TEST(test_unit_set_parent_in_plan_missing_parent_returns_enotfound)
{
    cchc_unit *tt = cchc_plan_find_unit(plan, "thanh-tra");
    ck_assert_cchc_fails(cchc_unit_set_parent(tt, "so-noi-vu"), CCHC_ENOTFOUND);
    ck_assert_str_eq(cchc_unit_parent(tt), "");
}
END_TEST

START_TEST(test_unit_set_parent_in_plan_self_returns_einval)
{
    cchc_unit *tt = cchc_plan_find_unit(plan, "thanh-tra");
    ck_assert_cchc_fails(cchc_unit_set_parent(tt, "thanh-tra"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_parent(tt), "");
}
END_TEST

START_TEST(test_unit_set_parent_in_plan_cycle_returns_einval)
{
    cchc_unit *top = cchc_plan_find_unit(plan, "lanh-dao");
    /* to-tong-hop and van-phong descend from lanh-dao. */
    ck_assert_cchc_fails(cchc_unit_set_parent(top, "to-tong-hop"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_set_parent(top, "van-phong"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_parent(top), "");
    cchc_unit *vp = cchc_plan_find_unit(plan, "van-phong");
    ck_assert_cchc_fails(cchc_unit_set_parent(vp, "to-tong-hop"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_unit_parent(vp), "lanh-dao");
}
END_TEST

/* ---- aliases ------------------------------------------------------------- */

START_TEST(test_unit_add_alias_appends_verbatim)
{
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Phòng KHTC"));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "P. Ke\xCC\x82\xCC\x81 hoạch"));
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 2);
    ck_assert_str_eq(cchc_unit_alias_at(unit, 0), "Phòng KHTC");
    ck_assert_str_eq(cchc_unit_alias_at(unit, 1), "P. Ke\xCC\x82\xCC\x81 hoạch");
    ck_assert_ptr_null(cchc_unit_alias_at(unit, 2));
}
END_TEST

START_TEST(test_unit_add_alias_duplicate_returns_eexists)
{
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Phòng Phòng, chống TNXH"));
    const char *same[] = {
        "Phòng Phòng, chống TNXH",  /* exact */
        "PHÒNG PHÒNG, CHỐNG TNXH",  /* case */
        "pho\xCC\x80ng pho\xCC\x80ng, cho\xCC\x82\xCC\x81ng tnxh", /* NFD */
        "Phòng  Phòng chống TNXH.", /* spaces, comma, full stop */
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        ck_assert_cchc_fails(cchc_unit_add_alias(unit, same[i]), CCHC_EEXISTS);
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 1);
}
END_TEST

START_TEST(test_unit_add_alias_variant_of_name_returns_eexists)
{
    /* The unit already answers to its own name in every variant. */
    const char *same[] = {
        KHTC_NFC,
        KHTC_NFD,
        "Phòng Kế hoạch - Tài chính",
        "Phòng Kế hoạch — Tài chính",
        "Phòng Kế hoạch Tài chính",
        "phòng kế hoạch - tài chính",
        "PHÒNG KẾ HOẠCH–TÀI CHÍNH",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        ck_assert_cchc_fails(cchc_unit_add_alias(unit, same[i]), CCHC_EEXISTS);
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 0);
}
END_TEST

START_TEST(test_unit_add_alias_variant_of_short_name_or_id_returns_eexists)
{
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "Phòng KH-TC"));
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, "phòng kh – tc"), CCHC_EEXISTS);
    /* The id "phong-khtc" counts as a name too. */
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, "PHONG-KHTC"), CCHC_EEXISTS);
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, "phong khtc"), CCHC_EEXISTS);
    /* A real variant (no dash between KH and TC) is new. */
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Phòng KHTC"));
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 1);
}
END_TEST

START_TEST(test_unit_add_alias_bad_text_returns_einval)
{
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_add_alias(unit, "\xC3\x28"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_unit_add_alias(NULL, "Phòng KHTC"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 0);
}
END_TEST

START_TEST(test_unit_remove_alias_removes_and_shifts)
{
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "A một"));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "B hai"));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "C ba"));
    ck_assert_cchc_ok(cchc_unit_remove_alias(unit, 1));
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 2);
    ck_assert_str_eq(cchc_unit_alias_at(unit, 0), "A một");
    ck_assert_str_eq(cchc_unit_alias_at(unit, 1), "C ba");
    /* A removed alias may be added again. */
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "B hai"));
    ck_assert_str_eq(cchc_unit_alias_at(unit, 2), "B hai");
}
END_TEST

START_TEST(test_unit_remove_alias_out_of_range_returns_erange)
{
    ck_assert_cchc_fails(cchc_unit_remove_alias(unit, 0), CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "A một"));
    ck_assert_cchc_fails(cchc_unit_remove_alias(unit, 1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_unit_remove_alias(unit, (size_t)-1), CCHC_ERANGE);
    ck_assert_uint_eq(cchc_unit_alias_count(unit), 1);
    ck_assert_cchc_fails(cchc_unit_remove_alias(NULL, 0), CCHC_EINVAL);
}
END_TEST

/* ---- kinds --------------------------------------------------------------- */

START_TEST(test_unit_kind_names_round_trip)
{
    const char *names[] = {"", "division", "office", "agency", "inspectorate", "external",
                           "leadership"};
    for (int k = CCHC_UNIT_DIVISION; k <= CCHC_UNIT_LEADERSHIP; k++) {
        ck_assert_str_eq(cchc_unit_kind_name(k), names[k]);
        ck_assert_int_eq(cchc_unit_kind_from_name(names[k]), k);
        ck_assert_int_eq(cchc_unit_kind_from_name(cchc_unit_kind_name(k)), k);
    }
}
END_TEST

START_TEST(test_unit_kind_unknown_names_give_empty_or_zero)
{
    ck_assert_str_eq(cchc_unit_kind_name(0), "");
    ck_assert_str_eq(cchc_unit_kind_name(7), "");
    ck_assert_str_eq(cchc_unit_kind_name(-1), "");
    ck_assert_int_eq(cchc_unit_kind_from_name(NULL), 0);
    ck_assert_int_eq(cchc_unit_kind_from_name(""), 0);
    ck_assert_int_eq(cchc_unit_kind_from_name("Division"), 0);
    ck_assert_int_eq(cchc_unit_kind_from_name("phòng"), 0);
    ck_assert_int_eq(cchc_unit_kind_from_name("division "), 0);
}
END_TEST

/* ---- groups -------------------------------------------------------------- */

START_TEST(test_unit_group_tokens_round_trip)
{
    const char *tokens[] = {"", "@internal", "@related", "@divisions", "@procedures"};
    for (int g = CCHC_GROUP_INTERNAL; g <= CCHC_GROUP_PROCEDURES; g++) {
        ck_assert_str_eq(cchc_group_token(g), tokens[g]);
        ck_assert_int_eq(cchc_group_from_token(tokens[g]), g);
    }
    ck_assert_str_eq(cchc_group_token(0), "");
    ck_assert_str_eq(cchc_group_token(5), "");
    ck_assert_int_eq(cchc_group_from_token(NULL), 0);
    ck_assert_int_eq(cchc_group_from_token(""), 0);
    ck_assert_int_eq(cchc_group_from_token("van-phong"), 0);
    ck_assert_int_eq(cchc_group_from_token("internal"), 0);
    ck_assert_int_eq(cchc_group_from_token("@Internal"), 0);
    ck_assert_int_eq(cchc_group_from_token("@unknown"), 0);
}
END_TEST

START_TEST(test_unit_group_name_vi_gives_wording)
{
    ck_assert_str_eq(cchc_group_name_vi(CCHC_GROUP_INTERNAL), "Các phòng, đơn vị thuộc Sở");
    ck_assert_str_eq(cchc_group_name_vi(CCHC_GROUP_RELATED), "Các phòng, đơn vị liên quan");
    ck_assert_str_eq(cchc_group_name_vi(CCHC_GROUP_DIVISIONS), "Các phòng chuyên môn");
    ck_assert_str_eq(cchc_group_name_vi(CCHC_GROUP_PROCEDURES), "Các phòng, đơn vị có TTHC");
    ck_assert_str_eq(cchc_group_name_vi(0), "");
    ck_assert_str_eq(cchc_group_name_vi(5), "");
}
END_TEST

START_TEST(test_unit_group_is_specified_only_internal_and_divisions)
{
    ck_assert_int_eq(cchc_group_is_specified(CCHC_GROUP_INTERNAL), 1);
    ck_assert_int_eq(cchc_group_is_specified(CCHC_GROUP_RELATED), 0);
    ck_assert_int_eq(cchc_group_is_specified(CCHC_GROUP_DIVISIONS), 1);
    ck_assert_int_eq(cchc_group_is_specified(CCHC_GROUP_PROCEDURES), 0);
    ck_assert_int_eq(cchc_group_is_specified(0), 0);
    ck_assert_int_eq(cchc_group_is_specified(5), 0);
}
END_TEST

START_TEST(test_unit_group_includes_by_kind)
{
    for (int k = CCHC_UNIT_DIVISION; k <= CCHC_UNIT_LEADERSHIP; k++) {
        ck_assert_cchc_ok(cchc_unit_set_kind(unit, k));
        ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_INTERNAL, unit),
                         k != CCHC_UNIT_EXTERNAL);
        ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_DIVISIONS, unit),
                         k == CCHC_UNIT_DIVISION);
        /* Unspecified groups never certainly include a unit. */
        ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_RELATED, unit), 0);
        ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_PROCEDURES, unit), 0);
        ck_assert_int_eq(cchc_group_includes(0, unit), 0);
        ck_assert_int_eq(cchc_group_includes(5, unit), 0);
    }
    ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_INTERNAL, NULL), 0);
    ck_assert_int_eq(cchc_group_includes(CCHC_GROUP_DIVISIONS, NULL), 0);
}
END_TEST

Suite *suite_unit(void);

Suite *suite_unit(void)
{
    Suite *s = suite_create("unit");

    TCase *tc = tcase_create("new");
    tcase_add_checked_fixture(tc, unit_setup, unit_teardown);
    tcase_add_test(tc, test_unit_new_sets_fields_and_defaults);
    tcase_add_test(tc, test_unit_new_accepts_every_id_character_and_64_chars);
    tcase_add_test(tc, test_unit_new_keeps_name_bytes);
    tcase_add_test(tc, test_unit_new_null_out_returns_einval);
    tcase_add_test(tc, test_unit_new_malformed_id_returns_einval);
    tcase_add_test(tc, test_unit_new_bad_name_returns_einval);
    tcase_add_test(tc, test_unit_new_unknown_kind_returns_einval);
    tcase_add_test(tc, test_unit_copy_is_deep);
    tcase_add_test(tc, test_unit_copy_of_plan_unit_is_detached);
    tcase_add_test(tc, test_unit_copy_null_returns_einval);
    tcase_add_test(tc, test_unit_free_null_is_noop);
    tcase_add_test(tc, test_unit_getters_on_null_return_empty);
    suite_add_tcase(s, tc);

    tc = tcase_create("setters");
    tcase_add_checked_fixture(tc, unit_setup, unit_teardown);
    tcase_add_test(tc, test_unit_set_name_replaces_name);
    tcase_add_test(tc, test_unit_set_name_bad_text_returns_einval_and_keeps_name);
    tcase_add_test(tc, test_unit_set_short_name_sets_and_clears);
    tcase_add_test(tc, test_unit_set_short_name_errors_return_einval);
    tcase_add_test(tc, test_unit_set_kind_changes_kind_and_internal);
    tcase_add_test(tc, test_unit_set_kind_unknown_returns_einval);
    tcase_add_test(tc, test_unit_set_parent_detached_sets_and_clears);
    tcase_add_test(tc, test_unit_set_parent_detached_self_returns_einval);
    tcase_add_test(tc, test_unit_set_parent_malformed_id_returns_einval);
    suite_add_tcase(s, tc);

    tc = tcase_create("parent_in_plan");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_unit_set_parent_in_plan_existing_parent_ok);
    tcase_add_test(tc, test_unit_set_parent_in_plan_missing_parent_returns_enotfound);
    tcase_add_test(tc, test_unit_set_parent_in_plan_self_returns_einval);
    tcase_add_test(tc, test_unit_set_parent_in_plan_cycle_returns_einval);
    suite_add_tcase(s, tc);

    tc = tcase_create("aliases");
    tcase_add_checked_fixture(tc, unit_setup, unit_teardown);
    tcase_add_test(tc, test_unit_add_alias_appends_verbatim);
    tcase_add_test(tc, test_unit_add_alias_duplicate_returns_eexists);
    tcase_add_test(tc, test_unit_add_alias_variant_of_name_returns_eexists);
    tcase_add_test(tc, test_unit_add_alias_variant_of_short_name_or_id_returns_eexists);
    tcase_add_test(tc, test_unit_add_alias_bad_text_returns_einval);
    tcase_add_test(tc, test_unit_remove_alias_removes_and_shifts);
    tcase_add_test(tc, test_unit_remove_alias_out_of_range_returns_erange);
    suite_add_tcase(s, tc);

    tc = tcase_create("kinds_and_groups");
    tcase_add_checked_fixture(tc, unit_setup, unit_teardown);
    tcase_add_test(tc, test_unit_kind_names_round_trip);
    tcase_add_test(tc, test_unit_kind_unknown_names_give_empty_or_zero);
    tcase_add_test(tc, test_unit_group_tokens_round_trip);
    tcase_add_test(tc, test_unit_group_name_vi_gives_wording);
    tcase_add_test(tc, test_unit_group_is_specified_only_internal_and_divisions);
    tcase_add_test(tc, test_unit_group_includes_by_kind);
    suite_add_tcase(s, tc);

    return s;
}
