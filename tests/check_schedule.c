/*
 * Check suite for schedule.h: the golden corpus of time expressions
 * (tests/data/schedules.json), every public function's success and error
 * paths, the "a word alone never yields a date" rule, and noise.
 *
 * The corpus is read with json-glib (tests may use GLib; the library's
 * public headers may not).
 *
 * SPDX-License-Identifier: MIT
 */
#include <glib.h>
#include <json-glib/json-glib.h>

#include "check_helpers.h"

/* ---- the golden corpus -------------------------------------------------- */

static const char *member_string(JsonObject *o, const char *name)
{
    return json_object_has_member(o, name) ? json_object_get_string_member(o, name) : NULL;
}

/* Compares one milestone with its expectation; appends what differs to @why. */
static void check_milestone(GString *why, size_t index, const cchc_milestone *m,
                            JsonObject *want)
{
    const char *kind = member_string(want, "kind");
    const char *got_kind = cchc_milestone_kind_name(cchc_milestone_kind(m));
    if (g_strcmp0(kind, got_kind) != 0) {
        g_string_append_printf(why, "  milestone %zu: kind %s, expected %s (reason: %s)\n",
                               index, got_kind, kind, cchc_milestone_reason(m));
        return;
    }
    const char *text = member_string(want, "text");
    if (text && strcmp(text, cchc_milestone_text(m)) != 0)
        g_string_append_printf(why, "  milestone %zu: text \"%s\", expected \"%s\"\n", index,
                               cchc_milestone_text(m), text);
    if (strcmp(kind, "unknown") == 0) {
        const char *part = member_string(want, "reason_contains");
        if (!cchc_milestone_reason(m)[0] || (part && !strstr(cchc_milestone_reason(m), part)))
            g_string_append_printf(why, "  milestone %zu: reason \"%s\" lacks \"%s\"\n", index,
                                   cchc_milestone_reason(m), part ? part : "");
        if (cchc_milestone_occurrence_count(m) != 0 || cchc_milestone_start(m)[0] ||
            cchc_milestone_grain(m) != CCHC_GRAIN_NONE)
            g_string_append_printf(why, "  milestone %zu: not understood but has dates\n", index);
        return;
    }
    static const char *const fields[] = {"label", "start", "deadline", "event"};
    const char *got[] = {cchc_milestone_label(m), cchc_milestone_start(m),
                         cchc_milestone_deadline(m), cchc_milestone_event(m)};
    for (size_t f = 0; f < G_N_ELEMENTS(fields); f++) {
        const char *w = member_string(want, fields[f]);
        if (w && strcmp(w, got[f]) != 0)
            g_string_append_printf(why, "  milestone %zu: %s \"%s\", expected \"%s\"\n", index,
                                   fields[f], got[f], w);
    }
    const char *grain = member_string(want, "grain");
    if (grain && strcmp(grain, cchc_grain_name(cchc_milestone_grain(m))) != 0)
        g_string_append_printf(why, "  milestone %zu: grain %s, expected %s\n", index,
                               cchc_grain_name(cchc_milestone_grain(m)), grain);
    if (cchc_milestone_reason(m)[0])
        g_string_append_printf(why, "  milestone %zu: understood but has a reason \"%s\"\n",
                               index, cchc_milestone_reason(m));
    if (!json_object_has_member(want, "occurrences"))
        return;
    JsonArray *occ = json_object_get_array_member(want, "occurrences");
    size_t n = json_array_get_length(occ);
    if (n != cchc_milestone_occurrence_count(m)) {
        g_string_append_printf(why, "  milestone %zu: %zu occurrences, expected %zu\n", index,
                               cchc_milestone_occurrence_count(m), n);
        return;
    }
    for (size_t j = 0; j < n; j++) {
        JsonArray *pair = json_array_get_array_element(occ, (guint)j);
        const char *s = json_array_get_string_element(pair, 0);
        const char *d = json_array_get_string_element(pair, 1);
        if (strcmp(s, cchc_milestone_occurrence_start(m, j)) != 0 ||
            strcmp(d, cchc_milestone_occurrence_deadline(m, j)) != 0)
            g_string_append_printf(why, "  milestone %zu occurrence %zu: %s … %s, expected %s … %s\n",
                                   index, j, cchc_milestone_occurrence_start(m, j),
                                   cchc_milestone_occurrence_deadline(m, j), s, d);
    }
}

/* Checks one corpus entry; returns "" when it passes, else what differs. */
static char *check_entry(JsonObject *entry)
{
    const char *text = member_string(entry, "text");
    int year = (int)json_object_get_int_member(entry, "year");
    JsonArray *want = json_object_get_array_member(
        json_object_get_object_member(entry, "expect"), "milestones");
    GString *why = g_string_new(NULL);
    cchc_schedule *s = NULL;
    int rc = cchc_schedule_parse(&s, text, year);
    if (rc != CCHC_OK) {
        g_string_append_printf(why, "  parse failed: %s\n", cchc_last_error_message());
        return g_string_free(why, FALSE);
    }
    if (strcmp(cchc_schedule_text(s), text) != 0)
        g_string_append(why, "  the schedule does not keep the text\n");
    size_t n = json_array_get_length(want);
    if (cchc_schedule_milestone_count(s) != n) {
        char *d = NULL;
        cchc_schedule_describe(&d, s);
        g_string_append_printf(why, "  %zu milestones, expected %zu:\n%s\n",
                               cchc_schedule_milestone_count(s), n, d);
        cchc_free(d);
    } else {
        const char *first = NULL, *last = NULL;
        gboolean unknown = FALSE;
        for (size_t i = 0; i < n; i++) {
            JsonObject *w = json_array_get_object_element(want, (guint)i);
            check_milestone(why, i, cchc_schedule_milestone_at(s, i), w);
            const char *ws = member_string(w, "start"), *wd = member_string(w, "deadline");
            if (ws && ws[0] && (!first || strcmp(ws, first) < 0))
                first = ws;
            if (wd && wd[0] && (!last || strcmp(wd, last) > 0))
                last = wd;
            unknown |= g_strcmp0(member_string(w, "kind"), "unknown") == 0;
        }
        if (strcmp(cchc_schedule_start(s), first ? first : "") != 0 ||
            strcmp(cchc_schedule_deadline(s), last ? last : "") != 0)
            g_string_append_printf(why, "  schedule %s … %s, expected %s … %s\n",
                                   cchc_schedule_start(s), cchc_schedule_deadline(s),
                                   first ? first : "", last ? last : "");
        if (cchc_schedule_is_understood(s) != !unknown)
            g_string_append(why, "  is_understood is wrong\n");
    }
    cchc_schedule_free(s);
    return g_string_free(why, FALSE);
}

START_TEST(test_schedule_corpus_every_entry_reads_as_expected)
{
    g_autoptr(JsonParser) parser = json_parser_new();
    g_autoptr(GError) error = NULL;
    ck_assert_msg(json_parser_load_from_file(parser, test_data_path("schedules.json"), &error),
                  "cannot read schedules.json: %s", error ? error->message : "?");
    JsonArray *corpus = json_node_get_array(json_parser_get_root(parser));
    size_t n = json_array_get_length(corpus);
    ck_assert_uint_ge(n, 200);
    GString *report = g_string_new(NULL);
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        JsonObject *entry = json_array_get_object_element(corpus, (guint)i);
        g_autofree char *why = check_entry(entry);
        if (why[0]) {
            failed++;
            g_string_append_printf(report, "\"%s\" (year %d, %s):\n%s",
                                   member_string(entry, "text"),
                                   (int)json_object_get_int_member(entry, "year"),
                                   member_string(entry, "source") ? member_string(entry, "source") : "",
                                   why);
        }
    }
    if (failed)
        fprintf(stderr, "%s", report->str);
    ck_assert_msg(failed == 0, "%zu of %zu corpus entries differ:\n%s", failed, n, report->str);
    g_string_free(report, TRUE);
}
END_TEST

/* ---- cchc_schedule_parse: arguments ------------------------------------- */

START_TEST(test_schedule_parse_null_or_bad_text_returns_einval)
{
    cchc_schedule *s = (cchc_schedule *)&s; /* non-NULL sentinel */
    ck_assert_cchc_fails(cchc_schedule_parse(NULL, "Quý I/2023", 2023), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_schedule_parse(&s, NULL, 2023), CCHC_EINVAL);
    ck_assert_ptr_null(s);
    s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_schedule_parse(&s, "Qu\xC3\x28 I/2023", 2023), CCHC_EINVAL);
    ck_assert_ptr_null(s);
    s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_schedule_parse(&s, "Quý I/2023 \xFF", 2023), CCHC_EINVAL);
    ck_assert_ptr_null(s);
}
END_TEST

START_TEST(test_schedule_parse_year_out_of_range_returns_erange)
{
    const int bad[] = {1899, 10000, 0, -1, -2023};
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        cchc_schedule *s = (cchc_schedule *)&s;
        ck_assert_cchc_fails(cchc_schedule_parse(&s, "Quý I", bad[i]), CCHC_ERANGE);
        ck_assert_ptr_null(s);
    }
    const int good[] = {1900, 9999};
    for (size_t i = 0; i < G_N_ELEMENTS(good); i++) {
        cchc_schedule *s = NULL;
        ck_assert_cchc_ok(cchc_schedule_parse(&s, "Quý I", good[i]));
        ck_assert_int_eq(cchc_schedule_plan_year(s), good[i]);
        ck_assert(cchc_schedule_is_understood(s));
        cchc_schedule_free(s);
    }
}
END_TEST

/* ---- getters ------------------------------------------------------------ */

START_TEST(test_schedule_getters_give_text_year_and_bounds)
{
    const char *text = "Xây dựng KH trong quý I/2023; triển khai trong quý III, IV năm 2023";
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, text, 2023));
    ck_assert_str_eq(cchc_schedule_text(s), text);
    ck_assert_int_eq(cchc_schedule_plan_year(s), 2023);
    ck_assert_uint_eq(cchc_schedule_milestone_count(s), 2);
    ck_assert_int_eq(cchc_schedule_is_understood(s), 1);
    ck_assert_str_eq(cchc_schedule_start(s), "2023-01-01");
    ck_assert_str_eq(cchc_schedule_deadline(s), "2023-12-31");

    const cchc_milestone *m = cchc_schedule_milestone_at(s, 1);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(cchc_milestone_kind(m), CCHC_MILESTONE_INTERVAL);
    ck_assert_int_eq(cchc_milestone_grain(m), CCHC_GRAIN_QUARTER);
    ck_assert_str_eq(cchc_milestone_label(m), "triển khai");
    ck_assert_str_eq(cchc_milestone_text(m), "triển khai trong quý III, IV năm 2023");
    ck_assert_str_eq(cchc_milestone_start(m), "2023-07-01");
    ck_assert_str_eq(cchc_milestone_deadline(m), "2023-12-31");
    ck_assert_str_eq(cchc_milestone_event(m), "");
    ck_assert_str_eq(cchc_milestone_reason(m), "");
    ck_assert_uint_eq(cchc_milestone_occurrence_count(m), 1);
    ck_assert_str_eq(cchc_milestone_occurrence_start(m, 0), "2023-07-01");
    ck_assert_str_eq(cchc_milestone_occurrence_deadline(m, 0), "2023-12-31");
    cchc_schedule_free(s);
}
END_TEST

START_TEST(test_schedule_indexes_out_of_range_return_null)
{
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, "Tháng 3,6,9,12/2023", 2023));
    ck_assert_ptr_null(cchc_schedule_milestone_at(s, 1));
    ck_assert_ptr_null(cchc_schedule_milestone_at(s, (size_t)-1));
    const cchc_milestone *m = cchc_schedule_milestone_at(s, 0);
    ck_assert_uint_eq(cchc_milestone_occurrence_count(m), 4);
    ck_assert_str_eq(cchc_milestone_occurrence_deadline(m, 3), "2023-12-31");
    ck_assert_ptr_null(cchc_milestone_occurrence_start(m, 4));
    ck_assert_ptr_null(cchc_milestone_occurrence_deadline(m, 4));
    ck_assert_ptr_null(cchc_milestone_occurrence_start(m, (size_t)-1));
    cchc_schedule_free(s);

    /* events and unknowns have no occurrence at all */
    ck_assert_cchc_ok(cchc_schedule_parse(&s, "Khi có hướng dẫn của Sở Nội vụ", 2023));
    m = cchc_schedule_milestone_at(s, 0);
    ck_assert_uint_eq(cchc_milestone_occurrence_count(m), 0);
    ck_assert_ptr_null(cchc_milestone_occurrence_start(m, 0));
    ck_assert_ptr_null(cchc_milestone_occurrence_deadline(m, 0));
    ck_assert_str_eq(cchc_milestone_start(m), "");
    ck_assert_str_eq(cchc_milestone_deadline(m), "");
    ck_assert_str_eq(cchc_schedule_start(s), "");
    ck_assert_str_eq(cchc_schedule_deadline(s), "");
    ck_assert_int_eq(cchc_milestone_grain(m), CCHC_GRAIN_NONE);
    cchc_schedule_free(s);
}
END_TEST

START_TEST(test_schedule_getters_accept_null)
{
    ck_assert_str_eq(cchc_schedule_text(NULL), "");
    ck_assert_int_eq(cchc_schedule_plan_year(NULL), 0);
    ck_assert_uint_eq(cchc_schedule_milestone_count(NULL), 0);
    ck_assert_ptr_null(cchc_schedule_milestone_at(NULL, 0));
    ck_assert_int_eq(cchc_schedule_is_understood(NULL), 0);
    ck_assert_str_eq(cchc_schedule_start(NULL), "");
    ck_assert_str_eq(cchc_schedule_deadline(NULL), "");
    ck_assert_int_eq(cchc_milestone_kind(NULL), 0);
    ck_assert_str_eq(cchc_milestone_label(NULL), "");
    ck_assert_str_eq(cchc_milestone_text(NULL), "");
    ck_assert_int_eq(cchc_milestone_grain(NULL), CCHC_GRAIN_NONE);
    ck_assert_str_eq(cchc_milestone_start(NULL), "");
    ck_assert_str_eq(cchc_milestone_deadline(NULL), "");
    ck_assert_str_eq(cchc_milestone_event(NULL), "");
    ck_assert_str_eq(cchc_milestone_reason(NULL), "");
    ck_assert_uint_eq(cchc_milestone_occurrence_count(NULL), 0);
    ck_assert_ptr_null(cchc_milestone_occurrence_start(NULL, 0));
    ck_assert_ptr_null(cchc_milestone_occurrence_deadline(NULL, 0));
    cchc_schedule_free(NULL);
}
END_TEST

START_TEST(test_schedule_kind_and_grain_names)
{
    static const char *const kinds[] = {"date", "interval", "list", "recurring",
                                        "continuous", "event", "unknown"};
    for (int k = CCHC_MILESTONE_DATE; k <= CCHC_MILESTONE_UNKNOWN; k++)
        ck_assert_str_eq(cchc_milestone_kind_name(k), kinds[k - 1]);
    ck_assert_str_eq(cchc_milestone_kind_name(0), "");
    ck_assert_str_eq(cchc_milestone_kind_name(8), "");
    ck_assert_str_eq(cchc_milestone_kind_name(-1), "");
    static const char *const grains[] = {"none", "day", "month", "quarter", "half-year", "year"};
    for (int g = CCHC_GRAIN_NONE; g <= CCHC_GRAIN_YEAR; g++)
        ck_assert_str_eq(cchc_grain_name(g), grains[g]);
    ck_assert_str_eq(cchc_grain_name(6), "");
    ck_assert_str_eq(cchc_grain_name(-1), "");
}
END_TEST

START_TEST(test_schedule_keeps_text_as_given_and_labels_byte_for_byte)
{
    /* NFD input: the label is cut from the text as written, not from a folded copy */
    const char *nfd = "Ban ha\xCC\x80nh KH trong quy\xCC\x81 I/2023";
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, nfd, 2023));
    ck_assert_str_eq(cchc_schedule_text(s), nfd);
    const cchc_milestone *m = cchc_schedule_milestone_at(s, 0);
    ck_assert_str_eq(cchc_milestone_label(m), "Ban ha\xCC\x80nh KH");
    ck_assert_str_eq(cchc_milestone_text(m), nfd);
    ck_assert_str_eq(cchc_milestone_deadline(m), "2023-03-31");
    cchc_schedule_free(s);
}
END_TEST

/* ---- describe ----------------------------------------------------------- */

START_TEST(test_schedule_describe_one_line_per_milestone)
{
    cchc_schedule *s = NULL;
    char *d = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, "Quý III/IV năm 2023", 2023));
    ck_assert_cchc_ok(cchc_schedule_describe(&d, s));
    ck_assert_str_eq(d, "within Q3–Q4 2023: 2023-07-01 … 2023-12-31, deadline 2023-12-31");
    cchc_free(d);
    cchc_schedule_free(s);

    ck_assert_cchc_ok(cchc_schedule_parse(
        &s, "Ban hành KH trong quý I/2023; Các nhiệm vụ tuyên truyền được thực hiện trong cả năm",
        2023));
    ck_assert_cchc_ok(cchc_schedule_describe(&d, s));
    ck_assert_str_eq(d, "[Ban hành KH] within Q1 2023: 2023-01-01 … 2023-03-31, deadline 2023-03-31\n"
                        "[Các nhiệm vụ tuyên truyền được thực hiện] continuous through 2023: "
                        "2023-01-01 … 2023-12-31, deadline 2023-12-31");
    cchc_free(d);
    cchc_schedule_free(s);

    static const struct {
        const char *text;
        const char *line;
    } cases[] = {
        {"trước ngày 20/11/2023", "by a date: deadline 2023-11-19"},
        {"T12/2022", "within December 2022: 2022-12-01 … 2022-12-31, deadline 2022-12-31"},
        {"Tháng 3,6,9,12/2023",
         "on each of 4 months: March 2023 (deadline 2023-03-31); June 2023 (deadline "
         "2023-06-30); September 2023 (deadline 2023-09-30); December 2023 (deadline 2023-12-31)"},
        {"hằng quý", "quarterly in 2023 (4 times): deadlines 2023-03-31, 2023-06-30, 2023-09-30, "
                     "2023-12-31"},
        {"trước ngày 20/11 hàng năm",
         "yearly in 2023 (1 time): 2023-01-01 … 2023-11-19, deadline 2023-11-19"},
        {"từ 01/3 đến 15/4/2023", "within 2023-03-01 … 2023-04-15, deadline 2023-04-15"},
        {"2026 - 2030", "within 2026–2030: 2026-01-01 … 2030-12-31, deadline 2030-12-31"},
        {"6 tháng đầu năm", "within H1 2023: 2023-01-01 … 2023-06-30, deadline 2023-06-30"},
        {"Khi có hướng dẫn của Sở Nội vụ", "on an event: có hướng dẫn của Sở Nội vụ"},
        {"Quý V/2023",
         "not understood (quarter V does not exist (quarters are I to IV)): Quý V/2023"},
        {"", "not understood (empty): "},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        ck_assert_cchc_ok(cchc_schedule_parse(&s, cases[i].text, 2023));
        ck_assert_cchc_ok(cchc_schedule_describe(&d, s));
        ck_assert_str_eq(d, cases[i].line);
        cchc_free(d);
        cchc_schedule_free(s);
    }
}
END_TEST

START_TEST(test_schedule_describe_null_returns_einval)
{
    char *d = (char *)&d;
    ck_assert_cchc_fails(cchc_schedule_describe(&d, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(d);
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, "Quý I", 2023));
    ck_assert_cchc_fails(cchc_schedule_describe(NULL, s), CCHC_EINVAL);
    cchc_schedule_free(s);
}
END_TEST

/* ---- cchc_task_schedule ------------------------------------------------- */

START_TEST(test_task_schedule_outside_a_plan_needs_a_year)
{
    cchc_task *task = NULL;
    ck_assert_cchc_ok(cchc_task_new(&task, "1.8", CCHC_AREA_DIRECTION, "Kiểm tra CCHC"));
    ck_assert_cchc_ok(cchc_task_set_when(task, "Quý III/IV năm 2023"));
    cchc_schedule *s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_task_schedule(&s, task, 0), CCHC_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_cchc_ok(cchc_task_schedule(&s, task, 2023));
    ck_assert_str_eq(cchc_schedule_text(s), "Quý III/IV năm 2023");
    ck_assert_str_eq(cchc_schedule_start(s), "2023-07-01");
    cchc_schedule_free(s);
    s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_task_schedule(&s, task, 1899), CCHC_ERANGE);
    ck_assert_ptr_null(s);
    ck_assert_cchc_fails(cchc_task_schedule(&s, task, 10000), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_task_schedule(NULL, task, 2023), CCHC_EINVAL);
    s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_task_schedule(&s, NULL, 2023), CCHC_EINVAL);
    ck_assert_ptr_null(s);
    cchc_task_free(task);
}
END_TEST

START_TEST(test_task_schedule_in_a_plan_reads_the_plan_year)
{
    cchc_plan *plan = cchc_plan_new();
    cchc_task *task = NULL;
    ck_assert_cchc_ok(cchc_task_new(&task, "3.3", CCHC_AREA_PROCEDURES, "Một cửa"));
    ck_assert_cchc_ok(cchc_task_set_when(task, "Thường xuyên"));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
    cchc_task_free(task);
    const cchc_task *in_plan = cchc_plan_task_at(plan, 0);

    /* the plan has no year yet */
    cchc_schedule *s = (cchc_schedule *)&s;
    ck_assert_cchc_fails(cchc_task_schedule(&s, in_plan, 0), CCHC_EINVAL);
    ck_assert_ptr_null(s);

    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2024));
    ck_assert_cchc_ok(cchc_task_schedule(&s, in_plan, 0));
    ck_assert_int_eq(cchc_schedule_plan_year(s), 2024);
    ck_assert_int_eq(cchc_milestone_kind(cchc_schedule_milestone_at(s, 0)),
                     CCHC_MILESTONE_CONTINUOUS);
    ck_assert_str_eq(cchc_schedule_start(s), "2024-01-01");
    ck_assert_str_eq(cchc_schedule_deadline(s), "2024-12-31");

    /* an explicit year wins; the schedule is a snapshot */
    cchc_schedule *other = NULL;
    ck_assert_cchc_ok(cchc_task_schedule(&other, in_plan, 2023));
    ck_assert_str_eq(cchc_schedule_deadline(other), "2023-12-31");
    ck_assert_cchc_ok(cchc_task_set_when(cchc_plan_task_at(plan, 0), "Quý I"));
    ck_assert_str_eq(cchc_schedule_text(s), "Thường xuyên");
    cchc_schedule_free(other);
    cchc_schedule_free(s);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_task_schedule_every_task_of_the_bundled_plan_is_understood)
{
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), diags));
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    ck_assert_uint_eq(cchc_plan_task_count(plan), 50);
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        cchc_schedule *s = NULL;
        ck_assert_cchc_ok(cchc_task_schedule(&s, task, 0));
        ck_assert_msg(cchc_schedule_is_understood(s), "task %s: \"%s\" is not understood: %s",
                      cchc_task_id(task), cchc_task_when(task),
                      cchc_milestone_reason(cchc_schedule_milestone_at(s, 0)));
        cchc_schedule_free(s);
    }
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
}
END_TEST

/* ---- a word alone never yields a date ----------------------------------- */

START_TEST(test_schedule_word_alone_never_yields_a_date)
{
    static const char *const words[] = {
        "năm", "Năm", "NĂM", "nam", "ngày", "Ngày", "ngay", "tháng", "THÁNG", "thang", "quý",
        "Quy", "Q", "T", "năm.", "Ngày:", "trong tháng", "vào ngày", "định kỳ", "hàng",
        "kỳ báo cáo", "giai đoạn", "từ", "đến", "trước", "chậm nhất", "Quý /", "tháng /",
        "ngày //", "năm -", "đầu", "cuối", "6 tháng", "ngày tháng năm"};
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++) {
        cchc_schedule *s = NULL;
        ck_assert_cchc_ok(cchc_schedule_parse(&s, words[i], 2023));
        ck_assert_msg(!cchc_schedule_is_understood(s), "\"%s\" was understood", words[i]);
        for (size_t j = 0; j < cchc_schedule_milestone_count(s); j++) {
            const cchc_milestone *m = cchc_schedule_milestone_at(s, j);
            ck_assert_uint_eq(cchc_milestone_occurrence_count(m), 0);
            ck_assert_str_ne(cchc_milestone_reason(m), "");
        }
        ck_assert_str_eq(cchc_schedule_start(s), "");
        ck_assert_str_eq(cchc_schedule_deadline(s), "");
        cchc_schedule_free(s);
    }
}
END_TEST

/* ---- noise -------------------------------------------------------------- */

/* About 10 kB of words, numbers and signs, drawn from the vocabulary of
 * time expressions by a fixed linear congruential generator. */
static char *make_noise(guint32 seed, const char *const *pool, size_t pool_len, size_t bytes)
{
    GString *s = g_string_new(NULL);
    guint32 x = seed;
    while (s->len < bytes) {
        x = x * 1664525u + 1013904223u;
        g_string_append(s, pool[(x >> 8) % pool_len]);
        g_string_append_c(s, (x >> 20) % 7 ? ' ' : ',');
    }
    return g_string_free(s, FALSE);
}

START_TEST(test_schedule_ten_kilobytes_of_noise_is_not_understood_and_fast)
{
    static const char *const vocabulary[] = {
        "quý", "I", "IV", "V", "tháng", "3", "12", "13", "/", "-", ".", "2023", "20233",
        "năm", "ngày", "31/2", "(", ")", "trước", "từ", "đến", "hàng", "6", "cả", "thường",
        "xuyên", "Ban", "hành", "KH", "x", "é", "Q", "T", "đ", "…", "15", "0", "và", ":"};
    static const char *const numbers[] = {"1", "12", "2023", "/", "-", ",", "31", "0", "99999"};
    static const char *const repeated[] = {"quý I,"};
    static const char *const letters[] = {"a", "bc", "xyz", "ă", "ơ", "Đ", "qq", "tt"};
    struct {
        const char *const *pool;
        size_t len;
    } kinds[] = {{vocabulary, G_N_ELEMENTS(vocabulary)},
                 {numbers, G_N_ELEMENTS(numbers)},
                 {repeated, G_N_ELEMENTS(repeated)},
                 {letters, G_N_ELEMENTS(letters)}};
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        for (guint32 seed = 1; seed <= 3; seed++) {
            g_autofree char *noise = make_noise(seed, kinds[k].pool, kinds[k].len, 10240);
            gint64 t0 = g_get_monotonic_time();
            cchc_schedule *s = NULL;
            ck_assert_cchc_ok(cchc_schedule_parse(&s, noise, 2023));
            gint64 elapsed = g_get_monotonic_time() - t0;
            ck_assert_msg(elapsed < G_USEC_PER_SEC, "noise %zu/%u took %" G_GINT64_FORMAT " µs",
                          k, seed, elapsed);
            ck_assert_int_eq(cchc_schedule_is_understood(s), 0);
            ck_assert_uint_ge(cchc_schedule_milestone_count(s), 1);
            for (size_t j = 0; j < cchc_schedule_milestone_count(s); j++)
                ck_assert_int_eq(cchc_milestone_kind(cchc_schedule_milestone_at(s, j)),
                                 CCHC_MILESTONE_UNKNOWN);
            char *d = NULL;
            ck_assert_cchc_ok(cchc_schedule_describe(&d, s));
            cchc_free(d);
            cchc_schedule_free(s);
        }
    }
}
END_TEST

START_TEST(test_schedule_many_parts_are_not_understood)
{
    GString *text = g_string_new(NULL);
    for (int i = 0; i < 100; i++)
        g_string_append(text, "Quý I/2023; ");
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse(&s, text->str, 2023));
    ck_assert_uint_eq(cchc_schedule_milestone_count(s), 1);
    ck_assert_int_eq(cchc_schedule_is_understood(s), 0);
    ck_assert_ptr_nonnull(strstr(cchc_milestone_reason(cchc_schedule_milestone_at(s, 0)), "parts"));
    cchc_schedule_free(s);
    g_string_free(text, TRUE);
}
END_TEST

Suite *suite_schedule(void);

Suite *suite_schedule(void)
{
    Suite *suite = suite_create("schedule");
    TCase *tc = tcase_create("corpus");
    tcase_add_test(tc, test_schedule_corpus_every_entry_reads_as_expected);
    suite_add_tcase(suite, tc);

    tc = tcase_create("api");
    tcase_add_test(tc, test_schedule_parse_null_or_bad_text_returns_einval);
    tcase_add_test(tc, test_schedule_parse_year_out_of_range_returns_erange);
    tcase_add_test(tc, test_schedule_getters_give_text_year_and_bounds);
    tcase_add_test(tc, test_schedule_indexes_out_of_range_return_null);
    tcase_add_test(tc, test_schedule_getters_accept_null);
    tcase_add_test(tc, test_schedule_kind_and_grain_names);
    tcase_add_test(tc, test_schedule_keeps_text_as_given_and_labels_byte_for_byte);
    tcase_add_test(tc, test_schedule_describe_one_line_per_milestone);
    tcase_add_test(tc, test_schedule_describe_null_returns_einval);
    tcase_add_test(tc, test_task_schedule_outside_a_plan_needs_a_year);
    tcase_add_test(tc, test_task_schedule_in_a_plan_reads_the_plan_year);
    tcase_add_test(tc, test_task_schedule_every_task_of_the_bundled_plan_is_understood);
    suite_add_tcase(suite, tc);

    tc = tcase_create("robustness");
    tcase_add_test(tc, test_schedule_word_alone_never_yields_a_date);
    tcase_add_test(tc, test_schedule_ten_kilobytes_of_noise_is_not_understood_and_fast);
    tcase_add_test(tc, test_schedule_many_parts_are_not_understood);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(suite, tc);
    return suite;
}
