/*
 * Check suite for period.h: calendars and periods, the built-in rules, the
 * queries (contains, next deadline, submission state), the plan's calendar
 * and its JSON form ("calendar" in a cchc-plan document).
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>

#include "check_helpers.h"

/* A calendar made fresh for each test of the cases that use the fixture. */
static cchc_calendar *cal;

static void cal_setup(void)
{
    cal = cchc_calendar_new();
    ck_assert_ptr_nonnull(cal);
}

static void cal_teardown(void)
{
    cchc_calendar_free(cal);
    cal = NULL;
}

/* Checks every field of @p. */
static void assert_period(const cchc_period *p, const char *id, const char *label,
                          const char *from, const char *to, const char *send,
                          const char *compile)
{
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(cchc_period_id(p), id);
    ck_assert_str_eq(cchc_period_label(p), label);
    ck_assert_str_eq(cchc_period_window_from(p), from);
    ck_assert_str_eq(cchc_period_window_to(p), to);
    ck_assert_str_eq(cchc_period_send_deadline(p), send);
    ck_assert_str_eq(cchc_period_compile_deadline(p), compile);
}

/* ---- calendars: construction, names, add, find, remove, copy ------------ */

START_TEST(test_period_calendar_new_is_empty_and_unnamed)
{
    ck_assert_uint_eq(cchc_calendar_count(cal), 0);
    ck_assert_str_eq(cchc_calendar_name(cal), "");
    ck_assert_ptr_null(cchc_calendar_at(cal, 0));
    ck_assert_ptr_null(cchc_calendar_find(cal, "q1"));
}
END_TEST

START_TEST(test_period_calendar_free_null_is_noop)
{
    cchc_calendar_free(NULL);
}
END_TEST

START_TEST(test_period_null_calendar_getters_are_harmless)
{
    ck_assert_str_eq(cchc_calendar_name(NULL), "");
    ck_assert_uint_eq(cchc_calendar_count(NULL), 0);
    ck_assert_ptr_null(cchc_calendar_at(NULL, 0));
    ck_assert_ptr_null(cchc_calendar_find(NULL, "q1"));
    ck_assert_ptr_null(cchc_calendar_find(cal, NULL));
    ck_assert_str_eq(cchc_period_id(NULL), "");
    ck_assert_str_eq(cchc_period_label(NULL), "");
    ck_assert_str_eq(cchc_period_window_from(NULL), "");
    ck_assert_str_eq(cchc_period_window_to(NULL), "");
    ck_assert_str_eq(cchc_period_send_deadline(NULL), "");
    ck_assert_str_eq(cchc_period_compile_deadline(NULL), "");
    ck_assert_str_eq(cchc_period_submitted(NULL), "");
}
END_TEST

START_TEST(test_period_calendar_set_name_copies_and_null_clears)
{
    char name[] = "Chế độ báo cáo CCHC năm 2023";
    ck_assert_cchc_ok(cchc_calendar_set_name(cal, name));
    name[0] = 'X';
    ck_assert_str_eq(cchc_calendar_name(cal), "Chế độ báo cáo CCHC năm 2023");
    ck_assert_cchc_ok(cchc_calendar_set_name(cal, NULL));
    ck_assert_str_eq(cchc_calendar_name(cal), "");
}
END_TEST

START_TEST(test_period_calendar_set_name_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_calendar_set_name(cal, "Cũ"));
    ck_assert_cchc_fails(cchc_calendar_set_name(cal, "H\xe1i D\xff"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_calendar_name(cal), "Cũ");
    ck_assert_cchc_fails(cchc_calendar_set_name(NULL, "x"), CCHC_EINVAL);
}
END_TEST

START_TEST(test_period_calendar_add_keeps_order_and_fields)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "Báo cáo quý I/2023", "2022-12-10",
                                        "2023-03-09", "2023-03-09", "2023-03-13"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q3", "Báo cáo quý III/2023", "2023-06-10",
                                        "2023-09-09", "", ""));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "h1", "", "2023-01-01", "2023-01-01", "",
                                        "2023-06-13"));
    ck_assert_uint_eq(cchc_calendar_count(cal), 3);
    assert_period(cchc_calendar_at(cal, 0), "q1", "Báo cáo quý I/2023", "2022-12-10",
                  "2023-03-09", "2023-03-09", "2023-03-13");
    assert_period(cchc_calendar_at(cal, 1), "q3", "Báo cáo quý III/2023", "2023-06-10",
                  "2023-09-09", "", "");
    assert_period(cchc_calendar_at(cal, 2), "h1", "", "2023-01-01", "2023-01-01", "",
                  "2023-06-13");
    ck_assert_ptr_null(cchc_calendar_at(cal, 3));
    ck_assert_ptr_eq(cchc_calendar_find(cal, "q3"), cchc_calendar_at(cal, 1));
    ck_assert_ptr_null(cchc_calendar_find(cal, "Q3"));
    ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(cal, 0)), "");
}
END_TEST

START_TEST(test_period_calendar_add_copies_its_arguments)
{
    char id[] = "q1", label[] = "Quý I", from[] = "2023-01-01", to[] = "2023-03-31";
    ck_assert_cchc_ok(cchc_calendar_add(cal, id, label, from, to, "", ""));
    id[0] = 'x';
    label[0] = 'x';
    from[3] = '9';
    to[3] = '9';
    assert_period(cchc_calendar_at(cal, 0), "q1", "Quý I", "2023-01-01", "2023-03-31", "", "");
}
END_TEST

START_TEST(test_period_calendar_add_null_argument_returns_einval)
{
    const char *args[] = {"q1", "Quý I", "2023-01-01", "2023-03-31", "2023-04-05",
                          "2023-04-10"};
    ck_assert_cchc_fails(cchc_calendar_add(NULL, args[0], args[1], args[2], args[3], args[4],
                                           args[5]),
                         CCHC_EINVAL);
    for (int i = 0; i < 6; i++) {
        const char *a[6];
        for (int j = 0; j < 6; j++)
            a[j] = j == i ? NULL : args[j];
        ck_assert_cchc_fails(cchc_calendar_add(cal, a[0], a[1], a[2], a[3], a[4], a[5]),
                             CCHC_EINVAL);
    }
    ck_assert_uint_eq(cchc_calendar_count(cal), 0);
}
END_TEST

START_TEST(test_period_calendar_add_malformed_id_returns_einval)
{
    const char *bad[] = {"", "quý-1", "q 1", "@q1", "q1/2023", "H\xe1i"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_calendar_add(cal, bad[i], "", "2023-01-01", "2023-03-31",
                                               "", ""),
                             CCHC_EINVAL);
    char long_id[66];
    memset(long_id, 'a', 65);
    long_id[65] = '\0';
    ck_assert_cchc_fails(cchc_calendar_add(cal, long_id, "", "2023-01-01", "2023-03-31", "",
                                           ""),
                         CCHC_EINVAL);
    long_id[64] = '\0'; /* 64 characters: the longest id */
    ck_assert_cchc_ok(cchc_calendar_add(cal, long_id, "", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "A.b_c-9", "", "2023-01-01", "2023-03-31", "",
                                        ""));
    ck_assert_uint_eq(cchc_calendar_count(cal), 2);
}
END_TEST

START_TEST(test_period_calendar_add_bad_label_returns_einval)
{
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "Qu\xff", "2023-01-01", "2023-03-31",
                                           "", ""),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_calendar_count(cal), 0);
}
END_TEST

/* Each date argument in turn gets an impossible or malformed date. */
START_TEST(test_period_calendar_add_impossible_date_returns_einval)
{
    const char *bad[] = {"2023-02-29", "2023-13-01", "31/03/2023", "2023-3-31",
                         "2023-03-31T00:00", "0000-01-01", "２０２３-01-01"};
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
        for (int i = 0; i < 4; i++) {
            const char *d[4] = {"2023-01-01", "2023-03-31", "2023-04-05", "2023-04-10"};
            d[i] = bad[b];
            ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "", d[0], d[1], d[2], d[3]),
                                 CCHC_EINVAL);
        }
    }
    /* the window is required; only deadlines may be "" */
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "", "", "2023-03-31", "", ""),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "", "2023-01-01", "", "", ""),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_calendar_count(cal), 0);
    /* 29 February of a leap year is a real date */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2024-02-29", "2024-02-29", "", ""));
}
END_TEST

START_TEST(test_period_calendar_add_reversed_window_returns_erange)
{
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "", "2023-03-10", "2023-03-09", "", ""),
                         CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2022-12-31", "", ""),
                         CCHC_ERANGE);
    ck_assert_uint_eq(cchc_calendar_count(cal), 0);
    /* a window of one day is fine, and deadlines before the window's end are
     * a matter for validation */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "d", "", "2023-03-09", "2023-03-09",
                                        "2023-01-01", "2022-12-31"));
}
END_TEST

START_TEST(test_period_calendar_add_duplicate_id_returns_eexists)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "A", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_cchc_fails(cchc_calendar_add(cal, "q1", "B", "2023-04-01", "2023-06-30", "", ""),
                         CCHC_EEXISTS);
    ck_assert_uint_eq(cchc_calendar_count(cal), 1);
    ck_assert_str_eq(cchc_period_label(cchc_calendar_find(cal, "q1")), "A");
    /* ids are compared exactly */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "Q1", "C", "2023-04-01", "2023-06-30", "", ""));
}
END_TEST

START_TEST(test_period_calendar_remove_keeps_order_of_the_rest)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "h1", "", "2023-01-01", "2023-06-30", "", ""));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q3", "", "2023-07-01", "2023-09-30", "", ""));
    ck_assert_cchc_ok(cchc_calendar_remove(cal, "h1"));
    ck_assert_uint_eq(cchc_calendar_count(cal), 2);
    ck_assert_str_eq(cchc_period_id(cchc_calendar_at(cal, 0)), "q1");
    ck_assert_str_eq(cchc_period_id(cchc_calendar_at(cal, 1)), "q3");
    ck_assert_ptr_null(cchc_calendar_find(cal, "h1"));
    /* the id is free again */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "h1", "", "2023-01-01", "2023-06-30", "", ""));
    ck_assert_str_eq(cchc_period_id(cchc_calendar_at(cal, 2)), "h1");
}
END_TEST

START_TEST(test_period_calendar_remove_errors)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_cchc_fails(cchc_calendar_remove(cal, "q2"), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_calendar_remove(cal, "H\xe1i"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_remove(cal, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_remove(NULL, "q1"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_calendar_count(cal), 1);
}
END_TEST

START_TEST(test_period_calendar_copy_is_deep)
{
    ck_assert_cchc_ok(cchc_calendar_set_name(cal, "Lịch"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "Quý I", "2022-12-10", "2023-03-09",
                                        "2023-03-09", "2023-03-13"));
    ck_assert_cchc_ok(cchc_period_set_submitted(cchc_calendar_at(cal, 0), "2023-03-12"));
    cchc_calendar *copy = NULL;
    ck_assert_cchc_ok(cchc_calendar_copy(&copy, cal));
    ck_assert_ptr_nonnull(copy);
    ck_assert_ptr_ne(copy, cal);
    ck_assert_str_eq(cchc_calendar_name(copy), "Lịch");
    ck_assert_uint_eq(cchc_calendar_count(copy), 1);
    ck_assert_ptr_ne(cchc_calendar_at(copy, 0), cchc_calendar_at(cal, 0));
    assert_period(cchc_calendar_at(copy, 0), "q1", "Quý I", "2022-12-10", "2023-03-09",
                  "2023-03-09", "2023-03-13");
    ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(copy, 0)), "2023-03-12");
    ck_assert_ptr_eq(cchc_calendar_find(copy, "q1"), cchc_calendar_at(copy, 0));

    /* changing one leaves the other alone */
    ck_assert_cchc_ok(cchc_period_set_submitted(cchc_calendar_at(copy, 0), ""));
    ck_assert_cchc_ok(cchc_calendar_add(copy, "h1", "", "2022-12-10", "2023-06-09", "", ""));
    ck_assert_cchc_ok(cchc_calendar_set_name(copy, "Khác"));
    ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(cal, 0)), "2023-03-12");
    ck_assert_uint_eq(cchc_calendar_count(cal), 1);
    ck_assert_str_eq(cchc_calendar_name(cal), "Lịch");
    cchc_calendar_free(cal);
    cal = NULL;
    ck_assert_str_eq(cchc_period_id(cchc_calendar_at(copy, 0)), "q1");
    cchc_calendar_free(copy);
}
END_TEST

START_TEST(test_period_calendar_copy_errors_return_einval)
{
    cchc_calendar *copy = cchc_calendar_new();
    cchc_calendar *keep = copy;
    ck_assert_cchc_fails(cchc_calendar_copy(&copy, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(copy);
    cchc_calendar_free(keep);
    ck_assert_cchc_fails(cchc_calendar_copy(NULL, cal), CCHC_EINVAL);
}
END_TEST

/* ---- periods: submission date ------------------------------------------- */

START_TEST(test_period_set_submitted_sets_and_clears)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2022-12-10", "2023-03-09",
                                        "2023-03-09", "2023-03-13"));
    cchc_period *p = cchc_calendar_at(cal, 0);
    ck_assert_cchc_ok(cchc_period_set_submitted(p, "2023-03-13"));
    ck_assert_str_eq(cchc_period_submitted(p), "2023-03-13");
    ck_assert_cchc_ok(cchc_period_set_submitted(p, ""));
    ck_assert_str_eq(cchc_period_submitted(p), "");
    ck_assert_cchc_ok(cchc_period_set_submitted(p, "2023-03-20"));
    ck_assert_cchc_ok(cchc_period_set_submitted(p, NULL));
    ck_assert_str_eq(cchc_period_submitted(p), "");
}
END_TEST

START_TEST(test_period_set_submitted_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2022-12-10", "2023-03-09",
                                        "2023-03-09", "2023-03-13"));
    cchc_period *p = cchc_calendar_at(cal, 0);
    ck_assert_cchc_ok(cchc_period_set_submitted(p, "2023-03-12"));
    ck_assert_cchc_fails(cchc_period_set_submitted(p, "2023-02-30"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_set_submitted(p, "12/03/2023"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_set_submitted(p, "2023-03-1\xff"), CCHC_EINVAL);
    ck_assert_str_eq(cchc_period_submitted(p), "2023-03-12");
    ck_assert_cchc_fails(cchc_period_set_submitted(NULL, "2023-03-12"), CCHC_EINVAL);
}
END_TEST

/* ---- built-in rules ----------------------------------------------------- */

START_TEST(test_period_builtin_hai_duong_2023_matches_section_iii_5)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 2023));
    ck_assert_str_eq(CCHC_CALENDAR_HAI_DUONG, "hai-duong");
    ck_assert_uint_eq(cchc_calendar_count(c), 4);
    /* "Tính từ ngày 10/12 của năm trước kỳ báo cáo đến ngày 09/3 …; gửi trước
     * ngày 10/3/2023 (… gửi Sở Nội vụ trước ngày 14/3/2023)" */
    assert_period(cchc_calendar_at(c, 0), "q1", "Báo cáo kết quả CCHC quý I/2023",
                  "2022-12-10", "2023-03-09", "2023-03-09", "2023-03-13");
    assert_period(cchc_calendar_at(c, 1), "h1", "Báo cáo kết quả CCHC 6 tháng đầu năm 2023",
                  "2022-12-10", "2023-06-09", "2023-06-09", "2023-06-13");
    /* "Tính từ ngày 10/6 đến ngày 09/9" */
    assert_period(cchc_calendar_at(c, 2), "q3", "Báo cáo kết quả CCHC quý III/2023",
                  "2023-06-10", "2023-09-09", "2023-09-09", "2023-09-13");
    assert_period(cchc_calendar_at(c, 3), "year", "Báo cáo kết quả CCHC năm 2023",
                  "2022-12-10", "2023-12-09", "2023-12-09", "2023-12-13");
    for (size_t i = 0; i < 4; i++)
        ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(c, i)), "");
    const char *name = cchc_calendar_name(c);
    ck_assert_msg(strstr(name, "2023") && strstr(name, "III.5") && strstr(name, "Hải Dương"),
                  "the name does not name its source: %s", name);
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_builtin_hai_duong_2024_leap_year)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 2024));
    ck_assert_uint_eq(cchc_calendar_count(c), 4);
    assert_period(cchc_calendar_find(c, "q1"), "q1", "Báo cáo kết quả CCHC quý I/2024",
                  "2023-12-10", "2024-03-09", "2024-03-09", "2024-03-13");
    assert_period(cchc_calendar_find(c, "h1"), "h1", "Báo cáo kết quả CCHC 6 tháng đầu năm 2024",
                  "2023-12-10", "2024-06-09", "2024-06-09", "2024-06-13");
    assert_period(cchc_calendar_find(c, "q3"), "q3", "Báo cáo kết quả CCHC quý III/2024",
                  "2024-06-10", "2024-09-09", "2024-09-09", "2024-09-13");
    assert_period(cchc_calendar_find(c, "year"), "year", "Báo cáo kết quả CCHC năm 2024",
                  "2023-12-10", "2024-12-09", "2024-12-09", "2024-12-13");
    /* 29 February falls in the first quarter's window */
    ck_assert_int_eq(cchc_period_contains(cchc_calendar_find(c, "q1"), "2024-02-29"), 1);
    ck_assert_ptr_nonnull(strstr(cchc_calendar_name(c), "2024"));
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_builtin_national_2023)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_NATIONAL, 2023));
    ck_assert_str_eq(CCHC_CALENDAR_NATIONAL, "national");
    ck_assert_uint_eq(cchc_calendar_count(c), 4);
    assert_period(cchc_calendar_at(c, 0), "q1", "Báo cáo kết quả CCHC quý I/2023",
                  "2022-12-15", "2023-03-14", "2023-03-20", "2023-03-20");
    assert_period(cchc_calendar_at(c, 1), "h1", "Báo cáo kết quả CCHC 6 tháng đầu năm 2023",
                  "2022-12-15", "2023-06-14", "2023-06-20", "2023-06-20");
    assert_period(cchc_calendar_at(c, 2), "q3", "Báo cáo kết quả CCHC quý III/2023",
                  "2023-06-15", "2023-09-14", "2023-09-20", "2023-09-20");
    assert_period(cchc_calendar_at(c, 3), "year", "Báo cáo kết quả CCHC năm 2023",
                  "2022-12-15", "2023-12-14", "2023-12-20", "2023-12-20");
    ck_assert_ptr_nonnull(strstr(cchc_calendar_name(c), "581/BNV-CCHC"));
    ck_assert_ptr_nonnull(strstr(cchc_calendar_name(c), "2023"));
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_builtin_national_2024_leap_year)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_NATIONAL, 2024));
    assert_period(cchc_calendar_at(c, 0), "q1", "Báo cáo kết quả CCHC quý I/2024",
                  "2023-12-15", "2024-03-14", "2024-03-20", "2024-03-20");
    assert_period(cchc_calendar_at(c, 1), "h1", "Báo cáo kết quả CCHC 6 tháng đầu năm 2024",
                  "2023-12-15", "2024-06-14", "2024-06-20", "2024-06-20");
    assert_period(cchc_calendar_at(c, 2), "q3", "Báo cáo kết quả CCHC quý III/2024",
                  "2024-06-15", "2024-09-14", "2024-09-20", "2024-09-20");
    assert_period(cchc_calendar_at(c, 3), "year", "Báo cáo kết quả CCHC năm 2024",
                  "2023-12-15", "2024-12-14", "2024-12-20", "2024-12-20");
    ck_assert_int_eq(cchc_period_contains(cchc_calendar_at(c, 0), "2024-02-29"), 1);
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_builtin_year_range_edges)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 1900));
    assert_period(cchc_calendar_at(c, 0), "q1", "Báo cáo kết quả CCHC quý I/1900",
                  "1899-12-10", "1900-03-09", "1900-03-09", "1900-03-13");
    cchc_calendar_free(c);
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_NATIONAL, 9999));
    assert_period(cchc_calendar_at(c, 3), "year", "Báo cáo kết quả CCHC năm 9999",
                  "9998-12-15", "9999-12-14", "9999-12-20", "9999-12-20");
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_builtin_bad_year_returns_erange)
{
    const int years[] = {1899, 10000, 0, -2023};
    for (size_t i = 0; i < sizeof years / sizeof years[0]; i++) {
        cchc_calendar *c = cchc_calendar_new();
        cchc_calendar *keep = c;
        ck_assert_cchc_fails(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, years[i]),
                             CCHC_ERANGE);
        ck_assert_ptr_null(c);
        cchc_calendar_free(keep);
    }
}
END_TEST

START_TEST(test_period_builtin_unknown_rule_returns_enotfound)
{
    const char *rules[] = {"ha-noi", "Hai-Duong", "hai_duong", "", "national "};
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        cchc_calendar *c = cchc_calendar_new();
        cchc_calendar *keep = c;
        ck_assert_cchc_fails(cchc_calendar_builtin(&c, rules[i], 2023), CCHC_ENOTFOUND);
        ck_assert_ptr_null(c);
        cchc_calendar_free(keep);
    }
}
END_TEST

START_TEST(test_period_builtin_null_or_bad_text_returns_einval)
{
    cchc_calendar *c = cchc_calendar_new();
    cchc_calendar *keep = c;
    ck_assert_cchc_fails(cchc_calendar_builtin(&c, NULL, 2023), CCHC_EINVAL);
    ck_assert_ptr_null(c);
    ck_assert_cchc_fails(cchc_calendar_builtin(&c, "h\xe1i", 2023), CCHC_EINVAL);
    ck_assert_ptr_null(c);
    ck_assert_cchc_fails(cchc_calendar_builtin(NULL, CCHC_CALENDAR_NATIONAL, 2023),
                         CCHC_EINVAL);
    cchc_calendar_free(keep);
}
END_TEST

/* Every built-in period, every year of a span: the window is at least a
 * quarter, ends in the period's last month, and the deadlines fall after it. */
START_TEST(test_period_builtin_rules_are_consistent_over_years)
{
    const char *rules[] = {CCHC_CALENDAR_HAI_DUONG, CCHC_CALENDAR_NATIONAL};
    const char *last_month[] = {"-03-", "-06-", "-09-", "-12-"};
    for (size_t r = 0; r < 2; r++) {
        for (int year = 2020; year <= 2030; year++) {
            cchc_calendar *c = NULL;
            ck_assert_cchc_ok(cchc_calendar_builtin(&c, rules[r], year));
            for (size_t i = 0; i < 4; i++) {
                const cchc_period *p = cchc_calendar_at(c, i);
                ck_assert_int_lt(strcmp(cchc_period_window_from(p), cchc_period_window_to(p)),
                                 0);
                ck_assert_ptr_nonnull(strstr(cchc_period_window_to(p), last_month[i]));
                ck_assert_int_ge(strcmp(cchc_period_send_deadline(p), cchc_period_window_to(p)),
                                 0);
                ck_assert_int_ge(strcmp(cchc_period_compile_deadline(p),
                                        cchc_period_send_deadline(p)),
                                 0);
            }
            cchc_calendar_free(c);
        }
    }
}
END_TEST

/* ---- queries: contains --------------------------------------------------- */

START_TEST(test_period_contains_both_window_edges)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 2023));
    const cchc_period *q1 = cchc_calendar_find(c, "q1");
    ck_assert_int_eq(cchc_period_contains(q1, "2022-12-09"), 0);
    ck_assert_int_eq(cchc_period_contains(q1, "2022-12-10"), 1);
    ck_assert_int_eq(cchc_period_contains(q1, "2023-01-01"), 1);
    ck_assert_int_eq(cchc_period_contains(q1, "2023-03-09"), 1);
    ck_assert_int_eq(cchc_period_contains(q1, "2023-03-10"), 0);
    const cchc_period *q3 = cchc_calendar_find(c, "q3");
    ck_assert_int_eq(cchc_period_contains(q3, "2023-06-09"), 0);
    ck_assert_int_eq(cchc_period_contains(q3, "2023-06-10"), 1);
    ck_assert_int_eq(cchc_period_contains(q3, "2023-09-09"), 1);
    ck_assert_int_eq(cchc_period_contains(q3, "2023-09-10"), 0);
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_contains_one_day_window)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "d", "", "2023-05-01", "2023-05-01", "", ""));
    const cchc_period *p = cchc_calendar_at(cal, 0);
    ck_assert_int_eq(cchc_period_contains(p, "2023-04-30"), 0);
    ck_assert_int_eq(cchc_period_contains(p, "2023-05-01"), 1);
    ck_assert_int_eq(cchc_period_contains(p, "2023-05-02"), 0);
}
END_TEST

START_TEST(test_period_contains_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31", "", ""));
    const cchc_period *p = cchc_calendar_at(cal, 0);
    ck_assert_cchc_fails(cchc_period_contains(p, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_contains(p, ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_contains(p, "2023-02-30"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_contains(p, "1/2/2023"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_contains(NULL, "2023-02-01"), CCHC_EINVAL);
}
END_TEST

/* ---- queries: next deadline --------------------------------------------- */

/* Checks the next deadline after @date: period @id and @kind. */
static void expect_next(const cchc_calendar *c, const char *date, const char *id, int kind)
{
    const cchc_period *p = NULL;
    int k = -1;
    ck_assert_cchc_ok(cchc_calendar_next_deadline(&p, &k, c, date));
    ck_assert_ptr_nonnull(p);
    ck_assert_msg(strcmp(cchc_period_id(p), id) == 0 && k == kind,
                  "after %s: got %s/%d, expected %s/%d", date, cchc_period_id(p), k, id, kind);
}

START_TEST(test_period_next_deadline_walks_the_hai_duong_year)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 2023));
    expect_next(c, "2022-01-01", "q1", CCHC_DEADLINE_SEND);
    expect_next(c, "2023-03-08", "q1", CCHC_DEADLINE_SEND);
    /* strictly after: on the send deadline day the next one is the compile one */
    expect_next(c, "2023-03-09", "q1", CCHC_DEADLINE_COMPILE);
    expect_next(c, "2023-03-12", "q1", CCHC_DEADLINE_COMPILE);
    expect_next(c, "2023-03-13", "h1", CCHC_DEADLINE_SEND);
    expect_next(c, "2023-06-09", "h1", CCHC_DEADLINE_COMPILE);
    expect_next(c, "2023-06-13", "q3", CCHC_DEADLINE_SEND);
    expect_next(c, "2023-09-13", "year", CCHC_DEADLINE_SEND);
    expect_next(c, "2023-12-09", "year", CCHC_DEADLINE_COMPILE);
    const cchc_period *p = NULL;
    int k = -1;
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, c, "2023-12-13"), CCHC_ENOTFOUND);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(k, 0);
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_next_deadline_same_day_send_comes_first)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_NATIONAL, 2023));
    /* both deadlines of the national rule are the 20th */
    expect_next(c, "2023-03-01", "q1", CCHC_DEADLINE_SEND);
    expect_next(c, "2023-03-19", "q1", CCHC_DEADLINE_SEND);
    /* after the 20th both have passed */
    expect_next(c, "2023-03-20", "h1", CCHC_DEADLINE_SEND);
    cchc_calendar_free(c);
}
END_TEST

START_TEST(test_period_next_deadline_ties_go_to_the_earlier_period)
{
    /* b's send deadline and a's compile deadline are the same day: a, which
     * is earlier in the calendar, comes first, although its kind is compile */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "a", "", "2023-01-01", "2023-01-31", "2023-02-05",
                                        "2023-02-10"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "b", "", "2023-01-01", "2023-01-31", "2023-02-10",
                                        "2023-02-10"));
    expect_next(cal, "2023-02-05", "a", CCHC_DEADLINE_COMPILE);
    /* reversed order in the calendar: b first */
    cchc_calendar *other = cchc_calendar_new();
    ck_assert_cchc_ok(cchc_calendar_add(other, "b", "", "2023-01-01", "2023-01-31",
                                        "2023-02-10", "2023-02-10"));
    ck_assert_cchc_ok(cchc_calendar_add(other, "a", "", "2023-01-01", "2023-01-31",
                                        "2023-02-05", "2023-02-10"));
    expect_next(other, "2023-02-05", "b", CCHC_DEADLINE_SEND);
    cchc_calendar_free(other);
}
END_TEST

START_TEST(test_period_next_deadline_orders_by_date_not_by_calendar)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "late", "", "2023-01-01", "2023-06-30",
                                        "2023-07-05", "2023-07-10"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "early", "", "2023-01-01", "2023-03-31",
                                        "2023-04-05", "2023-04-10"));
    expect_next(cal, "2023-01-01", "early", CCHC_DEADLINE_SEND);
    expect_next(cal, "2023-04-05", "early", CCHC_DEADLINE_COMPILE);
    expect_next(cal, "2023-04-10", "late", CCHC_DEADLINE_SEND);
}
END_TEST

START_TEST(test_period_next_deadline_skips_missing_deadlines)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "none", "", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "compile-only", "", "2023-01-01", "2023-03-31",
                                        "", "2023-04-10"));
    expect_next(cal, "2023-01-01", "compile-only", CCHC_DEADLINE_COMPILE);
    const cchc_period *p = NULL;
    /* the kind may be left out */
    ck_assert_cchc_ok(cchc_calendar_next_deadline(&p, NULL, cal, "2023-01-01"));
    ck_assert_str_eq(cchc_period_id(p), "compile-only");
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, NULL, cal, "2023-04-10"),
                         CCHC_ENOTFOUND);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_period_next_deadline_empty_calendar_returns_enotfound)
{
    const cchc_period *p = NULL;
    int k = -1;
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, cal, "2023-01-01"),
                         CCHC_ENOTFOUND);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(k, 0);
}
END_TEST

START_TEST(test_period_next_deadline_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31",
                                        "2023-04-05", "2023-04-10"));
    const cchc_period *p = cchc_calendar_at(cal, 0);
    int k = -1;
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, cal, "2023-4-1"), CCHC_EINVAL);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(k, 0);
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, cal, "2023-02-29"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, cal, ""), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, cal, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_calendar_next_deadline(&p, &k, NULL, "2023-01-01"), CCHC_EINVAL);
    ck_assert_ptr_null(p);
    ck_assert_cchc_fails(cchc_calendar_next_deadline(NULL, &k, cal, "2023-01-01"),
                         CCHC_EINVAL);
}
END_TEST

/* ---- queries: submission state ------------------------------------------ */

/* The state of a submission on @submitted (NULL / "" for none) judged on
 * @as_of against the Q1 2023 deadlines of section III.5. */
static int state_of(int kind, const char *submitted, const char *as_of)
{
    cchc_calendar *c = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&c, CCHC_CALENDAR_HAI_DUONG, 2023));
    int state = -1;
    ck_assert_cchc_ok(
        cchc_period_submission_state(&state, cchc_calendar_find(c, "q1"), kind, submitted, as_of));
    cchc_calendar_free(c);
    return state;
}

START_TEST(test_period_submission_pending_until_the_deadline_day)
{
    /* send deadline 2023-03-09 ("gửi trước ngày 10/3/2023") */
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "", "2023-03-01"), CCHC_SUBMISSION_PENDING);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, NULL, "2023-03-09"), CCHC_SUBMISSION_PENDING);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "", "2023-03-10"), CCHC_SUBMISSION_MISSING);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, NULL, "2024-01-01"), CCHC_SUBMISSION_MISSING);
}
END_TEST

START_TEST(test_period_submission_on_time_on_the_deadline_day_late_the_day_after)
{
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-01", "2023-03-05"),
                     CCHC_SUBMISSION_ON_TIME);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-09", "2023-03-09"),
                     CCHC_SUBMISSION_ON_TIME);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-09", "2023-12-31"),
                     CCHC_SUBMISSION_ON_TIME);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-10", "2023-03-10"),
                     CCHC_SUBMISSION_LATE);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-10", "2023-12-31"),
                     CCHC_SUBMISSION_LATE);
    /* the compiled report is due "trước ngày 14/3/2023": 13 March */
    ck_assert_int_eq(state_of(CCHC_DEADLINE_COMPILE, "2023-03-13", "2023-03-20"),
                     CCHC_SUBMISSION_ON_TIME);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_COMPILE, "2023-03-14", "2023-03-20"),
                     CCHC_SUBMISSION_LATE);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_COMPILE, "", "2023-03-13"),
                     CCHC_SUBMISSION_PENDING);
    ck_assert_int_eq(state_of(CCHC_DEADLINE_COMPILE, "", "2023-03-14"),
                     CCHC_SUBMISSION_MISSING);
}
END_TEST

START_TEST(test_period_submission_after_as_of_is_not_yet_made)
{
    /* sent on 12 March, judged on 5 March: nothing sent yet, still pending */
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-12", "2023-03-05"),
                     CCHC_SUBMISSION_PENDING);
    /* sent on 20 March, judged on 15 March: the deadline had passed, missing */
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-20", "2023-03-15"),
                     CCHC_SUBMISSION_MISSING);
    /* the same submission judged on its own day: late */
    ck_assert_int_eq(state_of(CCHC_DEADLINE_SEND, "2023-03-20", "2023-03-20"),
                     CCHC_SUBMISSION_LATE);
}
END_TEST

START_TEST(test_period_submission_without_that_deadline_returns_enotfound)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31", "",
                                        "2023-04-10"));
    int state = -1;
    ck_assert_cchc_fails(cchc_period_submission_state(&state, cchc_calendar_at(cal, 0),
                                                      CCHC_DEADLINE_SEND, "", "2023-04-01"),
                         CCHC_ENOTFOUND);
    ck_assert_int_eq(state, 0);
    ck_assert_cchc_ok(cchc_period_submission_state(&state, cchc_calendar_at(cal, 0),
                                                   CCHC_DEADLINE_COMPILE, "", "2023-04-01"));
    ck_assert_int_eq(state, CCHC_SUBMISSION_PENDING);
}
END_TEST

START_TEST(test_period_submission_errors_return_einval)
{
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "", "2023-01-01", "2023-03-31",
                                        "2023-04-05", "2023-04-10"));
    const cchc_period *p = cchc_calendar_at(cal, 0);
    int state = -1;
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, 0, "", "2023-04-01"),
                         CCHC_EINVAL);
    ck_assert_int_eq(state, 0);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, 3, "", "2023-04-01"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, CCHC_DEADLINE_SEND,
                                                      "2023-04-31", "2023-05-01"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, CCHC_DEADLINE_SEND, "",
                                                      "2023-13-01"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, CCHC_DEADLINE_SEND, "", ""),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, p, CCHC_DEADLINE_SEND, "", NULL),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(&state, NULL, CCHC_DEADLINE_SEND, "",
                                                      "2023-04-01"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_period_submission_state(NULL, p, CCHC_DEADLINE_SEND, "",
                                                      "2023-04-01"),
                         CCHC_EINVAL);
}
END_TEST

START_TEST(test_period_submission_state_names)
{
    ck_assert_str_eq(cchc_submission_state_name(CCHC_SUBMISSION_PENDING), "pending");
    ck_assert_str_eq(cchc_submission_state_name(CCHC_SUBMISSION_ON_TIME), "on_time");
    ck_assert_str_eq(cchc_submission_state_name(CCHC_SUBMISSION_LATE), "late");
    ck_assert_str_eq(cchc_submission_state_name(CCHC_SUBMISSION_MISSING), "missing");
    ck_assert_str_eq(cchc_submission_state_name(0), "");
    ck_assert_str_eq(cchc_submission_state_name(5), "");
    ck_assert_str_eq(cchc_submission_state_name(-1), "");
    ck_assert_int_eq(CCHC_SUBMISSION_PENDING, 1);
    ck_assert_int_eq(CCHC_SUBMISSION_ON_TIME, 2);
    ck_assert_int_eq(CCHC_SUBMISSION_LATE, 3);
    ck_assert_int_eq(CCHC_SUBMISSION_MISSING, 4);
    ck_assert_int_eq(CCHC_DEADLINE_SEND, 1);
    ck_assert_int_eq(CCHC_DEADLINE_COMPILE, 2);
}
END_TEST

/* ---- the plan's calendar ------------------------------------------------- */

START_TEST(test_period_plan_new_has_an_empty_calendar)
{
    cchc_plan *plan = cchc_plan_new();
    cchc_calendar *c = cchc_plan_calendar(plan);
    ck_assert_ptr_nonnull(c);
    ck_assert_uint_eq(cchc_calendar_count(c), 0);
    ck_assert_str_eq(cchc_calendar_name(c), "");
    ck_assert_ptr_null(cchc_plan_calendar(NULL));
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_plan_calendar_is_borrowed_and_editable)
{
    cchc_plan *plan = cchc_plan_new();
    cchc_calendar *c = cchc_plan_calendar(plan);
    ck_assert_cchc_ok(cchc_calendar_set_name(c, "Lịch của kế hoạch"));
    ck_assert_cchc_ok(cchc_calendar_add(c, "q1", "", "2023-01-01", "2023-03-31", "", ""));
    ck_assert_ptr_eq(cchc_plan_calendar(plan), c);
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(plan)), 1);
    ck_assert_str_eq(cchc_calendar_name(cchc_plan_calendar(plan)), "Lịch của kế hoạch");
    cchc_plan_free(plan); /* frees the calendar too (valgrind checks) */
}
END_TEST

START_TEST(test_period_plan_set_calendar_copies)
{
    cchc_plan *plan = cchc_plan_new();
    cchc_calendar_free(cal);
    ck_assert_cchc_ok(cchc_calendar_builtin(&cal, CCHC_CALENDAR_HAI_DUONG, 2023));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, cal));
    cchc_calendar *held = cchc_plan_calendar(plan);
    ck_assert_ptr_nonnull(held);
    ck_assert_ptr_ne(held, cal);
    ck_assert_uint_eq(cchc_calendar_count(held), 4);
    ck_assert_str_eq(cchc_calendar_name(held), cchc_calendar_name(cal));
    /* the caller's calendar stays the caller's */
    ck_assert_cchc_ok(cchc_calendar_remove(cal, "q1"));
    ck_assert_cchc_ok(cchc_period_set_submitted(cchc_calendar_find(cal, "h1"), "2023-06-01"));
    ck_assert_uint_eq(cchc_calendar_count(held), 4);
    ck_assert_str_eq(cchc_period_submitted(cchc_calendar_find(held, "h1")), "");
    cchc_calendar_free(cal);
    cal = NULL;
    assert_period(cchc_calendar_find(held, "q1"), "q1", "Báo cáo kết quả CCHC quý I/2023",
                  "2022-12-10", "2023-03-09", "2023-03-09", "2023-03-13");
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_plan_set_calendar_null_empties_it)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_calendar_set_name(cchc_plan_calendar(plan), "Lịch"));
    ck_assert_cchc_ok(cchc_calendar_add(cchc_plan_calendar(plan), "q1", "", "2023-01-01",
                                        "2023-03-31", "", ""));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, NULL));
    ck_assert_ptr_nonnull(cchc_plan_calendar(plan));
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(plan)), 0);
    ck_assert_str_eq(cchc_calendar_name(cchc_plan_calendar(plan)), "");
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_plan_set_calendar_to_its_own_keeps_it)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_calendar_add(cchc_plan_calendar(plan), "q1", "Quý I", "2023-01-01",
                                        "2023-03-31", "2023-04-05", ""));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, cchc_plan_calendar(plan)));
    assert_period(cchc_calendar_at(cchc_plan_calendar(plan), 0), "q1", "Quý I", "2023-01-01",
                  "2023-03-31", "2023-04-05", "");
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_plan_set_calendar_null_plan_returns_einval)
{
    ck_assert_cchc_fails(cchc_plan_set_calendar(NULL, cal), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_set_calendar(NULL, NULL), CCHC_EINVAL);
}
END_TEST

/* ---- the bundled plan ----------------------------------------------------- */

static cchc_plan *load_bundled(void)
{
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    cchc_diagnostics_free(diags);
    return plan;
}

START_TEST(test_period_bundled_plan_q1_matches_section_iii_5_to_the_day)
{
    cchc_plan *plan = load_bundled();
    const cchc_period *q1 = cchc_calendar_find(cchc_plan_calendar(plan), "q1");
    ck_assert_ptr_nonnull(q1);
    ck_assert_str_eq(cchc_period_label(q1), "Báo cáo kết quả CCHC quý I/2023");
    ck_assert_str_eq(cchc_period_window_from(q1), "2022-12-10");
    ck_assert_str_eq(cchc_period_window_to(q1), "2023-03-09");
    ck_assert_str_eq(cchc_period_send_deadline(q1), "2023-03-09");
    ck_assert_str_eq(cchc_period_compile_deadline(q1), "2023-03-13");
    ck_assert_str_eq(cchc_period_submitted(q1), "");
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_bundled_plan_carries_the_hai_duong_rule_with_nothing_submitted)
{
    cchc_plan *plan = load_bundled();
    const cchc_calendar *held = cchc_plan_calendar(plan);
    cchc_calendar *rule = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&rule, CCHC_CALENDAR_HAI_DUONG, 2023));
    ck_assert_str_eq(cchc_calendar_name(held), cchc_calendar_name(rule));
    ck_assert_uint_eq(cchc_calendar_count(held), cchc_calendar_count(rule));
    for (size_t i = 0; i < cchc_calendar_count(rule); i++) {
        const cchc_period *r = cchc_calendar_at(rule, i);
        assert_period(cchc_calendar_at(held, i), cchc_period_id(r), cchc_period_label(r),
                      cchc_period_window_from(r), cchc_period_window_to(r),
                      cchc_period_send_deadline(r), cchc_period_compile_deadline(r));
        ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(held, i)), "");
    }
    cchc_calendar_free(rule);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_bundled_plan_round_trips_byte_for_byte)
{
    size_t size = 0;
    char *original = read_all(bundled_data_path(BUNDLED_PLAN), &size);
    cchc_plan *plan = load_bundled();
    char *out = NULL;
    size_t out_size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&out, &out_size, plan));
    ck_assert_uint_eq(out_size, size);
    ck_assert_msg(memcmp(out, original, size) == 0, "the saved bundled plan differs");
    ck_assert_ptr_nonnull(strstr(out, "\n  \"calendar\": {\n"));
    cchc_free(out);
    cchc_plan_free(plan);
    free(original);
}
END_TEST

/* ---- JSON: writing and round trips --------------------------------------- */

static char *save(const cchc_plan *plan)
{
    char *out = NULL;
    ck_assert_cchc_ok(cchc_plan_save_data(&out, NULL, plan));
    ck_assert_ptr_nonnull(out);
    return out;
}

static cchc_plan *load_ok(const char *text, size_t expected_warnings)
{
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, text, strlen(text), "test.json", diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), expected_warnings);
    cchc_diagnostics_free(diags);
    return plan;
}

START_TEST(test_period_json_round_trip_is_byte_identical)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_set_recipients(plan, "Sở Nội vụ;"));
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, "van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, u));
    cchc_unit_free(u);
    cchc_calendar *c = cchc_plan_calendar(plan);
    ck_assert_cchc_ok(cchc_calendar_set_name(c, "Chế độ báo cáo \"riêng\"\nhai dòng"));
    ck_assert_cchc_ok(cchc_calendar_add(c, "q1", "Báo cáo quý I/2023", "2022-12-10",
                                        "2023-03-09", "2023-03-09", "2023-03-13"));
    ck_assert_cchc_ok(cchc_calendar_add(c, "thang-4", "", "2023-04-01", "2023-04-30", "",
                                        "2023-05-05"));
    ck_assert_cchc_ok(cchc_calendar_add(c, "x", "Không hạn", "2023-05-01", "2023-05-01", "",
                                        ""));
    ck_assert_cchc_ok(cchc_period_set_submitted(cchc_calendar_at(c, 0), "2023-03-14"));

    char *first = save(plan);
    /* after "recipients", before "units"; empty strings left out */
    const char *recipients = strstr(first, "\n  \"recipients\":");
    const char *calendar = strstr(first, "\n  \"calendar\": {\n");
    const char *units = strstr(first, "\n  \"units\":");
    ck_assert_ptr_nonnull(recipients);
    ck_assert_ptr_nonnull(calendar);
    ck_assert_ptr_nonnull(units);
    ck_assert(recipients < calendar);
    ck_assert(calendar < units);
    ck_assert_ptr_nonnull(strstr(first, "      {\n"
                                        "        \"id\": \"thang-4\",\n"
                                        "        \"window_from\": \"2023-04-01\",\n"
                                        "        \"window_to\": \"2023-04-30\",\n"
                                        "        \"compile_deadline\": \"2023-05-05\"\n"
                                        "      },\n"));
    ck_assert_ptr_nonnull(strstr(first, "        \"compile_deadline\": \"2023-03-13\",\n"
                                        "        \"submitted\": \"2023-03-14\"\n"));

    cchc_plan *again = load_ok(first, 0);
    const cchc_calendar *c2 = cchc_plan_calendar(again);
    ck_assert_str_eq(cchc_calendar_name(c2), "Chế độ báo cáo \"riêng\"\nhai dòng");
    ck_assert_uint_eq(cchc_calendar_count(c2), 3);
    assert_period(cchc_calendar_at(c2, 0), "q1", "Báo cáo quý I/2023", "2022-12-10",
                  "2023-03-09", "2023-03-09", "2023-03-13");
    ck_assert_str_eq(cchc_period_submitted(cchc_calendar_at(c2, 0)), "2023-03-14");
    assert_period(cchc_calendar_at(c2, 1), "thang-4", "", "2023-04-01", "2023-04-30", "",
                  "2023-05-05");
    assert_period(cchc_calendar_at(c2, 2), "x", "Không hạn", "2023-05-01", "2023-05-01", "",
                  "");
    char *second = save(again);
    ck_assert_str_eq(first, second);
    cchc_free(first);
    cchc_free(second);
    cchc_plan_free(again);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_json_empty_unnamed_calendar_is_left_out)
{
    cchc_plan *plan = cchc_plan_new();
    char *out = save(plan);
    ck_assert_ptr_null(strstr(out, "calendar"));
    cchc_free(out);
    /* an empty "calendar" object loads, and is left out when saved again */
    cchc_plan *loaded = load_ok("{\"format\": \"cchc-plan\", \"version\": 1, "
                                "\"calendar\": {\"name\": \"\", \"periods\": []}}",
                                0);
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(loaded)), 0);
    out = save(loaded);
    ck_assert_str_eq(out, "{\n  \"format\": \"cchc-plan\",\n  \"version\": 1\n}\n");
    cchc_free(out);
    cchc_plan_free(loaded);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_json_named_calendar_without_periods_round_trips)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_calendar_set_name(cchc_plan_calendar(plan), "Chưa có kỳ"));
    char *out = save(plan);
    ck_assert_str_eq(out, "{\n  \"format\": \"cchc-plan\",\n  \"version\": 1,\n"
                          "  \"calendar\": {\n    \"name\": \"Chưa có kỳ\"\n  }\n}\n");
    cchc_plan *again = load_ok(out, 0);
    ck_assert_str_eq(cchc_calendar_name(cchc_plan_calendar(again)), "Chưa có kỳ");
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(again)), 0);
    char *second = save(again);
    ck_assert_str_eq(out, second);
    cchc_free(out);
    cchc_free(second);
    cchc_plan_free(again);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_json_empty_strings_read_as_unset)
{
    cchc_plan *plan = load_ok("{\"format\": \"cchc-plan\", \"version\": 1, \"calendar\": "
                              "{\"periods\": [{\"id\": \"q1\", \"label\": \"\", "
                              "\"window_from\": \"2023-01-01\", \"window_to\": \"2023-03-31\", "
                              "\"send_deadline\": \"\", \"compile_deadline\": \"\", "
                              "\"submitted\": \"\"}]}}",
                              0);
    const cchc_period *p = cchc_calendar_at(cchc_plan_calendar(plan), 0);
    assert_period(p, "q1", "", "2023-01-01", "2023-03-31", "", "");
    ck_assert_str_eq(cchc_period_submitted(p), "");
    char *out = save(plan);
    ck_assert_ptr_null(strstr(out, "\"\""));
    cchc_free(out);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_period_json_unknown_keys_are_warnings_with_paths)
{
    const char *text = "{\n"
                       "  \"format\": \"cchc-plan\",\n"
                       "  \"version\": 1,\n"
                       "  \"calendar\": {\n"
                       "    \"rule\": \"hai-duong\",\n"
                       "    \"periods\": [\n"
                       "      {\"id\": \"q1\", \"window_from\": \"2023-01-01\",\n"
                       "       \"window_to\": \"2023-03-31\", \"owner\": \"van-phong\"}\n"
                       "    ]\n"
                       "  }\n"
                       "}\n";
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, text, strlen(text), "w.json", diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 2);
    const char *paths[] = {"$.calendar.rule", "$.calendar.periods[0].owner"};
    const size_t lines[] = {5, 8}, columns[] = {5, 35};
    for (size_t i = 0; i < 2; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_WARNING);
        ck_assert_str_eq(cchc_diagnostic_code(d), "json.unknown-key");
        ck_assert_str_eq(cchc_diagnostic_path(d), paths[i]);
        ck_assert_uint_eq(cchc_diagnostic_line(d), lines[i]);
        ck_assert_uint_eq(cchc_diagnostic_column(d), columns[i]);
    }
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(plan)), 1);
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
}
END_TEST

/* ---- JSON: located load errors ------------------------------------------- */

/* A plan document whose calendar holds a good first period and then @second
 * (one line, line 8 of the document; the period's members start at column 8). */
static char *doc_with_second_period(const char *second)
{
    const char *head = "{\n"
                       "  \"format\": \"cchc-plan\",\n"
                       "  \"version\": 1,\n"
                       "  \"calendar\": {\n"
                       "    \"name\": \"Lịch\",\n"
                       "    \"periods\": [\n"
                       "      {\"id\": \"q1\", \"window_from\": \"2023-01-01\", "
                       "\"window_to\": \"2023-03-31\"},\n"
                       "      ";
    const char *tail = "\n    ]\n  }\n}\n";
    size_t n = strlen(head) + strlen(second) + strlen(tail) + 1;
    char *text = malloc(n);
    ck_assert_ptr_nonnull(text);
    snprintf(text, n, "%s%s%s", head, second, tail);
    return text;
}

/* Loads @text and checks the error: the load's code (CCHC_EFORMAT), the
 * message "bad.json:line:column: path: … words …", and the diagnostic. */
static void expect_error(const char *text, size_t line, size_t column, const char *path,
                         const char *diag_code, const char *words)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = cchc_plan_new();
    cchc_plan *keep = plan;
    cchc_clear_error();
    int rc = cchc_plan_load_data(&plan, text, strlen(text), "bad.json", diags);
    ck_assert_msg(rc == CCHC_EFORMAT, "got %s: %s", cchc_error_name(rc),
                  cchc_last_error_message());
    ck_assert_int_eq(cchc_last_error_code(), CCHC_EFORMAT);
    ck_assert_ptr_null(plan);
    char prefix[512];
    snprintf(prefix, sizeof prefix, "bad.json:%zu:%zu: %s: ", line, column, path);
    const char *message = cchc_last_error_message();
    ck_assert_msg(strncmp(message, prefix, strlen(prefix)) == 0,
                  "message \"%s\" does not start with \"%s\"", message, prefix);
    ck_assert_msg(strstr(message, words) != NULL, "message \"%s\" does not say \"%s\"",
                  message, words);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 1);
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, cchc_diagnostics_count(diags) - 1);
    ck_assert_str_eq(cchc_diagnostic_code(d), diag_code);
    ck_assert_str_eq(cchc_diagnostic_path(d), path);
    ck_assert_uint_eq(cchc_diagnostic_line(d), line);
    ck_assert_uint_eq(cchc_diagnostic_column(d), column);
    cchc_diagnostics_free(diags);
    cchc_plan_free(keep);
}

static void expect_period_error(const char *second, size_t column, const char *member,
                                const char *diag_code, const char *words)
{
    char *text = doc_with_second_period(second);
    char path[128];
    snprintf(path, sizeof path, "$.calendar.periods[1]%s%s", *member ? "." : "", member);
    expect_error(text, 8, column, path, diag_code, words);
    free(text);
}

START_TEST(test_period_json_load_impossible_date_names_its_member)
{
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-02-29\", "
                        "\"window_to\": \"2023-06-30\"}",
                        20, "window_from", "json.content", "\"2023-02-29\" is not a real date");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"30/06/2023\"}",
                        49, "window_to", "json.content", "\"30/06/2023\" is not a real date");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\", \"send_deadline\": \"2023-07-32\"}",
                        76, "send_deadline", "json.content", "\"2023-07-32\"");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\", \"compile_deadline\": \"2023-7-10\"}",
                        76, "compile_deadline", "json.content", "\"2023-7-10\"");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\", \"submitted\": \"2023-06-31\"}",
                        76, "submitted", "json.content", "\"2023-06-31\"");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"\", \"window_to\": \"2023-06-30\"}",
                        20, "window_from", "json.content", "is not a real date");
}
END_TEST

START_TEST(test_period_json_load_reversed_window_names_window_to)
{
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-06-30\", "
                        "\"window_to\": \"2023-04-01\"}",
                        49, "window_to", "json.range", "ends (2023-04-01) before it starts");
}
END_TEST

START_TEST(test_period_json_load_duplicate_id_names_the_id)
{
    expect_period_error("{\"id\": \"q1\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\"}",
                        8, "id", "json.duplicate", "\"q1\" is used by an earlier period");
}
END_TEST

START_TEST(test_period_json_load_malformed_id_names_the_id)
{
    expect_period_error("{\"id\": \"quý 2\", \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\"}",
                        8, "id", "json.content", "\"quý 2\" is not a period id");
    expect_period_error("{\"id\": 2, \"window_from\": \"2023-04-01\", "
                        "\"window_to\": \"2023-06-30\"}",
                        8, "id", "json.content", "expected a string, found a number");
}
END_TEST

START_TEST(test_period_json_load_missing_member_names_the_period)
{
    expect_period_error("{\"window_from\": \"2023-04-01\", \"window_to\": \"2023-06-30\"}", 7,
                        "", "json.content", "the required key \"id\" is missing");
    expect_period_error("{\"id\": \"q2\", \"window_to\": \"2023-06-30\"}", 7, "", "json.content",
                        "the required key \"window_from\" is missing");
    expect_period_error("{\"id\": \"q2\", \"window_from\": \"2023-04-01\"}", 7, "",
                        "json.content", "the required key \"window_to\" is missing");
}
END_TEST

START_TEST(test_period_json_load_wrong_types_name_their_place)
{
    expect_period_error("\"q2\"", 7, "", "json.content", "expected an object, found a string");
    expect_period_error("{\"id\": \"q2\", \"label\": [\"Quý II\"], "
                        "\"window_from\": \"2023-04-01\", \"window_to\": \"2023-06-30\"}",
                        20, "label", "json.content", "expected a string, found an array");
    expect_error("{\n  \"format\": \"cchc-plan\",\n  \"version\": 1,\n  \"calendar\": []\n}\n", 4,
                 3, "$.calendar", "json.content", "expected an object, found an array");
    expect_error("{\n  \"format\": \"cchc-plan\",\n  \"version\": 1,\n"
                 "  \"calendar\": {\"name\": null}\n}\n",
                 4, 16, "$.calendar.name", "json.content", "expected a string, found null");
    expect_error("{\n  \"format\": \"cchc-plan\",\n  \"version\": 1,\n"
                 "  \"calendar\": {\"periods\": {}}\n}\n",
                 4, 16, "$.calendar.periods", "json.content",
                 "expected an array, found an object");
}
END_TEST

Suite *suite_period(void);

Suite *suite_period(void)
{
    Suite *s = suite_create("period");

    TCase *tc = tcase_create("calendar");
    tcase_add_checked_fixture(tc, cal_setup, cal_teardown);
    tcase_add_test(tc, test_period_calendar_new_is_empty_and_unnamed);
    tcase_add_test(tc, test_period_calendar_free_null_is_noop);
    tcase_add_test(tc, test_period_null_calendar_getters_are_harmless);
    tcase_add_test(tc, test_period_calendar_set_name_copies_and_null_clears);
    tcase_add_test(tc, test_period_calendar_set_name_errors_return_einval);
    tcase_add_test(tc, test_period_calendar_add_keeps_order_and_fields);
    tcase_add_test(tc, test_period_calendar_add_copies_its_arguments);
    tcase_add_test(tc, test_period_calendar_add_null_argument_returns_einval);
    tcase_add_test(tc, test_period_calendar_add_malformed_id_returns_einval);
    tcase_add_test(tc, test_period_calendar_add_bad_label_returns_einval);
    tcase_add_test(tc, test_period_calendar_add_impossible_date_returns_einval);
    tcase_add_test(tc, test_period_calendar_add_reversed_window_returns_erange);
    tcase_add_test(tc, test_period_calendar_add_duplicate_id_returns_eexists);
    tcase_add_test(tc, test_period_calendar_remove_keeps_order_of_the_rest);
    tcase_add_test(tc, test_period_calendar_remove_errors);
    tcase_add_test(tc, test_period_calendar_copy_is_deep);
    tcase_add_test(tc, test_period_calendar_copy_errors_return_einval);
    tcase_add_test(tc, test_period_set_submitted_sets_and_clears);
    tcase_add_test(tc, test_period_set_submitted_errors_return_einval);
    suite_add_tcase(s, tc);

    tc = tcase_create("builtin");
    tcase_add_test(tc, test_period_builtin_hai_duong_2023_matches_section_iii_5);
    tcase_add_test(tc, test_period_builtin_hai_duong_2024_leap_year);
    tcase_add_test(tc, test_period_builtin_national_2023);
    tcase_add_test(tc, test_period_builtin_national_2024_leap_year);
    tcase_add_test(tc, test_period_builtin_year_range_edges);
    tcase_add_test(tc, test_period_builtin_bad_year_returns_erange);
    tcase_add_test(tc, test_period_builtin_unknown_rule_returns_enotfound);
    tcase_add_test(tc, test_period_builtin_null_or_bad_text_returns_einval);
    tcase_add_test(tc, test_period_builtin_rules_are_consistent_over_years);
    suite_add_tcase(s, tc);

    tc = tcase_create("queries");
    tcase_add_checked_fixture(tc, cal_setup, cal_teardown);
    tcase_add_test(tc, test_period_contains_both_window_edges);
    tcase_add_test(tc, test_period_contains_one_day_window);
    tcase_add_test(tc, test_period_contains_errors_return_einval);
    tcase_add_test(tc, test_period_next_deadline_walks_the_hai_duong_year);
    tcase_add_test(tc, test_period_next_deadline_same_day_send_comes_first);
    tcase_add_test(tc, test_period_next_deadline_ties_go_to_the_earlier_period);
    tcase_add_test(tc, test_period_next_deadline_orders_by_date_not_by_calendar);
    tcase_add_test(tc, test_period_next_deadline_skips_missing_deadlines);
    tcase_add_test(tc, test_period_next_deadline_empty_calendar_returns_enotfound);
    tcase_add_test(tc, test_period_next_deadline_errors_return_einval);
    tcase_add_test(tc, test_period_submission_pending_until_the_deadline_day);
    tcase_add_test(tc, test_period_submission_on_time_on_the_deadline_day_late_the_day_after);
    tcase_add_test(tc, test_period_submission_after_as_of_is_not_yet_made);
    tcase_add_test(tc, test_period_submission_without_that_deadline_returns_enotfound);
    tcase_add_test(tc, test_period_submission_errors_return_einval);
    tcase_add_test(tc, test_period_submission_state_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("plan");
    tcase_add_checked_fixture(tc, cal_setup, cal_teardown);
    tcase_add_test(tc, test_period_plan_new_has_an_empty_calendar);
    tcase_add_test(tc, test_period_plan_calendar_is_borrowed_and_editable);
    tcase_add_test(tc, test_period_plan_set_calendar_copies);
    tcase_add_test(tc, test_period_plan_set_calendar_null_empties_it);
    tcase_add_test(tc, test_period_plan_set_calendar_to_its_own_keeps_it);
    tcase_add_test(tc, test_period_plan_set_calendar_null_plan_returns_einval);
    tcase_add_test(tc, test_period_bundled_plan_q1_matches_section_iii_5_to_the_day);
    tcase_add_test(tc, test_period_bundled_plan_carries_the_hai_duong_rule_with_nothing_submitted);
    tcase_add_test(tc, test_period_bundled_plan_round_trips_byte_for_byte);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_test(tc, test_period_json_round_trip_is_byte_identical);
    tcase_add_test(tc, test_period_json_empty_unnamed_calendar_is_left_out);
    tcase_add_test(tc, test_period_json_named_calendar_without_periods_round_trips);
    tcase_add_test(tc, test_period_json_empty_strings_read_as_unset);
    tcase_add_test(tc, test_period_json_unknown_keys_are_warnings_with_paths);
    tcase_add_test(tc, test_period_json_load_impossible_date_names_its_member);
    tcase_add_test(tc, test_period_json_load_reversed_window_names_window_to);
    tcase_add_test(tc, test_period_json_load_duplicate_id_names_the_id);
    tcase_add_test(tc, test_period_json_load_malformed_id_names_the_id);
    tcase_add_test(tc, test_period_json_load_missing_member_names_the_period);
    tcase_add_test(tc, test_period_json_load_wrong_types_name_their_place);
    suite_add_tcase(s, tc);

    return s;
}
