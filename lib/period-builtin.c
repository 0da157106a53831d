/*
 * libcchc — the built-in reporting calendars (chế độ báo cáo).
 *
 * Two rules, each a table of four periods whose days and months are fixed
 * and whose years follow the reporting year:
 *
 * "hai-duong" — section III.5 of the 2023 CCHC plan of Sở LĐ-TB&XH Hải Dương:
 *   data windows "từ ngày 10/12 của năm trước kỳ báo cáo đến ngày 09/3" (Q1),
 *   "… đến ngày 09/6" (six months), "từ ngày 10/6 đến ngày 09/9" (Q3),
 *   "… đến ngày 09/12" (year); units "gửi trước ngày 10/3" → send deadline
 *   09/3, the office to Sở Nội vụ "trước ngày 14/3" → compile deadline 13/3,
 *   and so on for 6, 9 and 12. "Trước ngày N" (before day N) makes the last
 *   day on time N − 1.
 *
 * "national" — Công văn 581/BNV-CCHC of Bộ Nội vụ: windows 15/12 of the year
 *   before – 14/3, 15/12 – 14/6, 15/6 – 14/9, 15/12 – 14/12; reports due "by
 *   the 20th" of the period's last month. The rule names one date, so both
 *   the units' send deadline and the compiled report's deadline are the 20th.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

/* A day of the reporting year (year_offset 0) or of the year before (-1). */
typedef struct {
    int year_offset;
    int month;
    int day;
} rule_day;

typedef struct {
    const char *id;
    const char *label; /* printf format taking the year */
    rule_day from, to, send, compile;
} rule_period;

typedef struct {
    const char *rule;
    const char *name; /* printf format taking the year */
    rule_period periods[4];
} rule;

static const rule rules[] = {
    {CCHC_CALENDAR_HAI_DUONG,
     "Chế độ báo cáo kết quả CCHC năm %d (theo mục III.5 Kế hoạch CCHC năm 2023 "
     "của Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương)",
     {{"q1", "Báo cáo kết quả CCHC quý I/%d", {-1, 12, 10}, {0, 3, 9}, {0, 3, 9}, {0, 3, 13}},
      {"h1", "Báo cáo kết quả CCHC 6 tháng đầu năm %d", {-1, 12, 10}, {0, 6, 9}, {0, 6, 9},
       {0, 6, 13}},
      {"q3", "Báo cáo kết quả CCHC quý III/%d", {0, 6, 10}, {0, 9, 9}, {0, 9, 9}, {0, 9, 13}},
      {"year", "Báo cáo kết quả CCHC năm %d", {-1, 12, 10}, {0, 12, 9}, {0, 12, 9},
       {0, 12, 13}}}},
    {CCHC_CALENDAR_NATIONAL,
     "Chế độ báo cáo kết quả CCHC năm %d (theo Công văn 581/BNV-CCHC của Bộ Nội vụ)",
     {{"q1", "Báo cáo kết quả CCHC quý I/%d", {-1, 12, 15}, {0, 3, 14}, {0, 3, 20},
       {0, 3, 20}},
      {"h1", "Báo cáo kết quả CCHC 6 tháng đầu năm %d", {-1, 12, 15}, {0, 6, 14}, {0, 6, 20},
       {0, 6, 20}},
      {"q3", "Báo cáo kết quả CCHC quý III/%d", {0, 6, 15}, {0, 9, 14}, {0, 9, 20},
       {0, 9, 20}},
      {"year", "Báo cáo kết quả CCHC năm %d", {-1, 12, 15}, {0, 12, 14}, {0, 12, 20},
       {0, 12, 20}}}},
};

static char *day_iso(rule_day d, int year)
{
    char *iso = cchc__date_iso(year + d.year_offset, d.month, d.day);
    g_assert(iso != NULL); /* the tables hold real days; years are 1899 … 9999 */
    return iso;
}

/* The rule's label and name formats take the year and nothing else. */
static char *with_year(const char *format, int year)
{
    return g_strdup_printf(format, year);
}

int cchc_calendar_builtin(cchc_calendar **out, const char *rule_name, int year)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(rule_name);
    int rc = cchc__check_text(rule_name, "calendar rule");
    if (rc)
        return rc;
    const rule *found = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(rules) && !found; i++)
        if (strcmp(rules[i].rule, rule_name) == 0)
            found = &rules[i];
    if (!found)
        return cchc__fail(CCHC_ENOTFOUND,
                          "no built-in reporting calendar \"%s\" (known: \"%s\", \"%s\")",
                          rule_name, CCHC_CALENDAR_HAI_DUONG, CCHC_CALENDAR_NATIONAL);
    if (year < 1900 || year > 9999)
        return cchc__fail(CCHC_ERANGE, "reporting year %d: a year is 1900 to 9999", year);

    cchc_calendar *calendar = cchc_calendar_new();
    g_autofree char *name = with_year(found->name, year);
    rc = cchc_calendar_set_name(calendar, name);
    for (size_t i = 0; i < G_N_ELEMENTS(found->periods) && rc == CCHC_OK; i++) {
        const rule_period *p = &found->periods[i];
        g_autofree char *label = with_year(p->label, year);
        g_autofree char *from = day_iso(p->from, year);
        g_autofree char *to = day_iso(p->to, year);
        g_autofree char *send = day_iso(p->send, year);
        g_autofree char *compile = day_iso(p->compile, year);
        rc = cchc_calendar_add(calendar, p->id, label, from, to, send, compile);
    }
    if (rc) { /* not reached: the tables are checked by the tests */
        cchc_calendar_free(calendar);
        return rc;
    }
    *out = calendar;
    return CCHC_OK;
}
