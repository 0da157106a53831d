/*
 * libcchc — calendar dates as they cross the API: strict ISO "YYYY-MM-DD".
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

int cchc__date_parse(const char *text, GDate *date)
{
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !g_ascii_isdigit(text[i]))
            return 0;
    int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 +
               (text[3] - '0');
    int month = (text[5] - '0') * 10 + (text[6] - '0');
    int day = (text[8] - '0') * 10 + (text[9] - '0');
    if (year < 1 || !g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
        return 0;
    if (date)
        g_date_set_dmy(date, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
    return 1;
}

int cchc__check_date(const char *text, const char *what, int allow_empty)
{
    if (!text)
        return cchc__fail(CCHC_EINVAL, "%s: NULL date", what);
    if (allow_empty && *text == '\0')
        return CCHC_OK;
    if (!g_utf8_validate(text, -1, NULL))
        return cchc__fail(CCHC_EINVAL, "%s: date is not valid UTF-8", what);
    if (!cchc__date_parse(text, NULL))
        return cchc__fail(CCHC_EINVAL,
                          "%s: \"%s\" is not a real date in the form YYYY-MM-DD", what,
                          text);
    return CCHC_OK;
}

int cchc__days_in_month(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return 0;
    return g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

char *cchc__date_iso(int year, int month, int day)
{
    if (day < 1 || day > cchc__days_in_month(year, month))
        return NULL;
    return g_strdup_printf("%04d-%02d-%02d", year, month, day);
}

char *cchc__date_add_days(const char *iso, int days)
{
    GDate date;
    if (!cchc__date_parse(iso, &date))
        return NULL;
    if (days >= 0)
        g_date_add_days(&date, (guint)days);
    else
        g_date_subtract_days(&date, (guint)-days);
    if (!g_date_valid(&date))
        return NULL;
    return g_strdup_printf("%04d-%02d-%02d", g_date_get_year(&date), g_date_get_month(&date),
                           g_date_get_day(&date));
}

int cchc__date_days_between(const char *from, const char *to)
{
    GDate a, b;
    if (!cchc__date_parse(from, &a) || !cchc__date_parse(to, &b))
        return 0;
    return g_date_days_between(&a, &b);
}
