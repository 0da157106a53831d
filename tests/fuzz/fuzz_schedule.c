/*
 * Fuzz target: the time-expression parser (cchc_schedule_parse) and
 * cchc_schedule_describe().
 *
 * Input: an optional first line of 1 to 5 ASCII digits giving the plan year
 * (1900 … 9999 as written; other values are folded into that range), then
 * the time expression. Without that line the whole input is the text, read
 * in 2023. Each text is also read in 9999, the last year a date can have.
 *
 * Invariants: parsing never fails on valid UTF-8; at least one milestone;
 * every dated milestone has occurrences and every other none; every
 * occurrence is a real date in years 1 … 9999 with start ≤ deadline, in order
 * of their starts; a milestone's and the schedule's start and deadline are
 * the earliest start and the latest deadline of their occurrences; every
 * text is UTF-8; the description is written.
 */
#include "fuzz_common.h"

/* A real "YYYY-MM-DD" in years 1 … 9999. */
static int is_iso_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

static void check_schedule(const cchc_schedule *s, const char *text, int year)
{
    FUZZ_ASSERT(strcmp(cchc_schedule_text(s), text) == 0, "the text was not kept");
    FUZZ_ASSERT(cchc_schedule_plan_year(s) == year, "the year was not kept");
    size_t n = cchc_schedule_milestone_count(s);
    FUZZ_ASSERT(n >= 1, "no milestone for \"%s\"", text);
    const char *min_start = NULL, *max_deadline = NULL;
    int understood = 1;
    for (size_t i = 0; i < n; i++) {
        const cchc_milestone *m = cchc_schedule_milestone_at(s, i);
        int kind = cchc_milestone_kind(m), grain = cchc_milestone_grain(m);
        FUZZ_ASSERT(*cchc_milestone_kind_name(kind), "milestone %zu has kind %d", i, kind);
        FUZZ_ASSERT(*cchc_grain_name(grain), "milestone %zu has grain %d", i, grain);
        understood &= kind != CCHC_MILESTONE_UNKNOWN;
        FUZZ_ASSERT(g_utf8_validate(cchc_milestone_label(m), -1, NULL) &&
                        g_utf8_validate(cchc_milestone_text(m), -1, NULL) &&
                        g_utf8_validate(cchc_milestone_event(m), -1, NULL) &&
                        g_utf8_validate(cchc_milestone_reason(m), -1, NULL),
                    "milestone %zu of \"%s\" has text that is not UTF-8", i, text);
        size_t count = cchc_milestone_occurrence_count(m);
        int dated = kind != CCHC_MILESTONE_EVENT && kind != CCHC_MILESTONE_UNKNOWN;
        FUZZ_ASSERT(dated ? count >= 1 : count == 0,
                    "milestone %zu (%s) of \"%s\" in %d has %zu occurrences", i,
                    cchc_milestone_kind_name(kind), text, year, count);
        FUZZ_ASSERT(dated || grain == CCHC_GRAIN_NONE, "an undated milestone has a grain");
        FUZZ_ASSERT(kind != CCHC_MILESTONE_UNKNOWN || *cchc_milestone_reason(m),
                    "milestone %zu of \"%s\" is not understood without a reason", i, text);
        const char *previous_start = NULL, *previous_deadline = NULL;
        const char *m_start = NULL, *m_deadline = NULL;
        for (size_t j = 0; j < count; j++) {
            const char *start = cchc_milestone_occurrence_start(m, j);
            const char *deadline = cchc_milestone_occurrence_deadline(m, j);
            FUZZ_ASSERT(start && is_iso_date(start) && deadline && is_iso_date(deadline),
                        "occurrence %zu of milestone %zu of \"%s\" in %d: \"%s\" … \"%s\"", j,
                        i, text, year, start ? start : "(null)",
                        deadline ? deadline : "(null)");
            FUZZ_ASSERT(strcmp(start, deadline) <= 0,
                        "occurrence %zu of milestone %zu of \"%s\" in %d starts %s after its "
                        "deadline %s",
                        j, i, text, year, start, deadline);
            /* in order of their starts, then of their deadlines */
            int order = previous_start ? strcmp(previous_start, start) : -1;
            FUZZ_ASSERT(order < 0 || (order == 0 && strcmp(previous_deadline, deadline) <= 0),
                        "occurrences of milestone %zu of \"%s\" in %d are not in date order "
                        "(%s … %s before %s … %s)",
                        i, text, year, previous_start, previous_deadline, start, deadline);
            previous_start = start;
            previous_deadline = deadline;
            if (!m_start || strcmp(start, m_start) < 0)
                m_start = start;
            if (!m_deadline || strcmp(deadline, m_deadline) > 0)
                m_deadline = deadline;
            if (!min_start || strcmp(start, min_start) < 0)
                min_start = start;
            if (!max_deadline || strcmp(deadline, max_deadline) > 0)
                max_deadline = deadline;
        }
        if (count) {
            FUZZ_ASSERT(strcmp(cchc_milestone_start(m), m_start) == 0 &&
                            strcmp(cchc_milestone_deadline(m), m_deadline) == 0,
                        "milestone %zu of \"%s\" spans %s … %s, its occurrences %s … %s", i,
                        text, cchc_milestone_start(m), cchc_milestone_deadline(m), m_start,
                        m_deadline);
        } else {
            FUZZ_ASSERT(!*cchc_milestone_start(m) && !*cchc_milestone_deadline(m),
                        "an undated milestone has dates");
        }
    }
    FUZZ_ASSERT(cchc_schedule_is_understood(s) == understood, "is_understood disagrees");
    FUZZ_ASSERT(strcmp(cchc_schedule_start(s), min_start ? min_start : "") == 0 &&
                    strcmp(cchc_schedule_deadline(s), max_deadline ? max_deadline : "") == 0,
                "the schedule of \"%s\" in %d spans %s … %s, its occurrences %s … %s", text,
                year, cchc_schedule_start(s), cchc_schedule_deadline(s),
                min_start ? min_start : "", max_deadline ? max_deadline : "");
    char *description = NULL;
    FUZZ_ASSERT(cchc_schedule_describe(&description, s) == CCHC_OK && description,
                "describe failed");
    FUZZ_ASSERT(g_utf8_validate(description, -1, NULL), "the description is not UTF-8");
    cchc_free(description);
}

static void parse_once(const char *text, int year)
{
    cchc_schedule *s = NULL;
    cchc_clear_error();
    int rc = cchc_schedule_parse(&s, text, year);
    if (!g_utf8_validate(text, -1, NULL)) {
        FUZZ_ASSERT(rc == CCHC_EINVAL && s == NULL, "text that is not UTF-8 was parsed");
        fuzz_check_failure(rc);
        return;
    }
    if (rc == CCHC_ELIMIT) { /* longer than the default ceiling */
        fuzz_check_failure(rc);
        FUZZ_ASSERT(s == NULL, "a failed parse gave a schedule");
        return;
    }
    FUZZ_ASSERT(rc == CCHC_OK && s, "parsing \"%s\" in %d failed", text, year);
    check_schedule(s, text, year);
    cchc_schedule_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int year = 2023;
    size_t skip = 0;
    size_t digits = 0;
    while (digits < size && digits < 6 && data[digits] >= '0' && data[digits] <= '9')
        digits++;
    if (digits >= 1 && digits <= 5 && digits < size && data[digits] == '\n') {
        char number[8] = "";
        memcpy(number, data, digits);
        long value = strtol(number, NULL, 10);
        year = value >= 1900 && value <= 9999 ? (int)value : 1900 + (int)(value % 8100);
        skip = digits + 1;
    }
    char *text = g_strndup((const char *)data + skip, size - skip); /* stops at a NUL */
    parse_once(text, year);
    if (year != 9999)
        parse_once(text, 9999);
    g_free(text);
    return 0;
}
