/*
 * Helpers shared by the fuzz targets (tests/fuzz/fuzz_*.c).
 *
 * Each target defines LLVMFuzzerTestOneInput(). Built with -DCCHC_FUZZ=ON it
 * is linked with libFuzzer (clang, -fsanitize=fuzzer,address,undefined);
 * in every normal build it is linked with replay.c instead, which feeds it
 * the files of tests/fuzz/regressions/<target>/ and the seed corpus, so that
 * an input that once crashed stays a test.
 *
 * An invariant that does not hold is a finding: FUZZ_ASSERT prints what
 * failed and aborts, which libFuzzer reports as a crash and saves the input.
 */
#ifndef CCHC_FUZZ_COMMON_H
#define CCHC_FUZZ_COMMON_H

#include <glib.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cchc.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond, ...)                                                  \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "%s:%d: invariant failed: %s\n  ", __FILE__,        \
                    __LINE__, #cond);                                           \
            fprintf(stderr, __VA_ARGS__);                                       \
            fprintf(stderr, "\n  last error: %s (%s)\n",                        \
                    cchc_error_name(cchc_last_error_code()),                    \
                    cchc_last_error_message());                                 \
            fflush(stderr);                                                     \
            abort();                                                            \
        }                                                                       \
    } while (0)

/* The last error after a failure: the same code, a message in UTF-8. */
static inline void fuzz_check_failure(int rc)
{
    FUZZ_ASSERT(rc < 0, "a failure must be a negative code, got %d", rc);
    FUZZ_ASSERT(cchc_last_error_code() == rc, "last error %d, returned %d",
                cchc_last_error_code(), rc);
    const char *message = cchc_last_error_message();
    FUZZ_ASSERT(message && *message, "a failure without a message");
    FUZZ_ASSERT(g_utf8_validate(message, -1, NULL), "the message is not UTF-8");
    FUZZ_ASSERT(strcmp(cchc_strerror(rc), "unknown error") != 0, "unknown code %d", rc);
}

/* Every diagnostic has a known severity and UTF-8 texts. */
static inline void fuzz_check_diagnostics(const cchc_diagnostics *diags)
{
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        int severity = cchc_diagnostic_severity(d);
        FUZZ_ASSERT(severity >= CCHC_SEVERITY_ERROR && severity <= CCHC_SEVERITY_INFO,
                    "diagnostic %zu has severity %d", i, severity);
        FUZZ_ASSERT(*cchc_diagnostic_code(d), "diagnostic %zu has no code", i);
        FUZZ_ASSERT(g_utf8_validate(cchc_diagnostic_message(d), -1, NULL) &&
                        g_utf8_validate(cchc_diagnostic_message_vi(d), -1, NULL) &&
                        g_utf8_validate(cchc_diagnostic_path(d), -1, NULL),
                    "diagnostic %zu [%s] is not UTF-8", i, cchc_diagnostic_code(d));
        char *line = NULL;
        FUZZ_ASSERT(cchc_diagnostic_format(&line, d) == CCHC_OK && line,
                    "diagnostic %zu cannot be formatted", i);
        FUZZ_ASSERT(g_utf8_validate(line, -1, NULL), "formatted diagnostic is not UTF-8");
        cchc_free(line);
    }
}

/* A plan that loaded (or was imported) saves, and what it saves loads back
 * and saves to the same bytes: the format loses nothing it can hold. */
static inline void fuzz_check_round_trip(const cchc_plan *plan)
{
    char *first = NULL, *second = NULL;
    size_t first_size = 0, second_size = 0;
    FUZZ_ASSERT(cchc_plan_save_data(&first, &first_size, plan) == CCHC_OK && first,
                "a loaded plan could not be saved");
    FUZZ_ASSERT(strlen(first) == first_size, "saved size %zu, strlen %zu", first_size,
                strlen(first));
    cchc_plan *again = NULL;
    int rc = cchc_plan_load_data(&again, first, first_size, "saved.json", NULL);
    FUZZ_ASSERT(rc == CCHC_OK, "a saved plan does not load back:\n%s", first);
    FUZZ_ASSERT(cchc_plan_save_data(&second, &second_size, again) == CCHC_OK && second,
                "a reloaded plan could not be saved");
    FUZZ_ASSERT(first_size == second_size && memcmp(first, second, first_size) == 0,
                "save → load → save changed the document:\n--- first\n%s\n--- second\n%s",
                first, second);
    FUZZ_ASSERT(cchc_plan_task_count(plan) == cchc_plan_task_count(again) &&
                    cchc_plan_unit_count(plan) == cchc_plan_unit_count(again),
                "the reloaded plan has other counts");
    cchc_plan_free(again);
    cchc_free(first);
    cchc_free(second);
}

/* Validation, progress and a report over a plan: none of them may fail on a
 * plan the library accepted. */
static inline void fuzz_check_analysis(const cchc_plan *plan)
{
    cchc_validator *validator = cchc_validator_new();
    cchc_validator_set_today(validator, "2023-06-30");
    cchc_diagnostics *diags = cchc_diagnostics_new();
    FUZZ_ASSERT(cchc_validator_run(validator, plan, diags) == CCHC_OK, "validation failed");
    fuzz_check_diagnostics(diags);
    cchc_diagnostics_free(diags);
    cchc_validator_free(validator);
    int year = cchc_plan_year(plan);
    if (!year)
        return;
    char as_of[16];
    snprintf(as_of, sizeof as_of, "%04d-06-30", year);
    cchc_report *report = NULL;
    int rc = cchc_report_compute(&report, plan, NULL, as_of);
    FUZZ_ASSERT(rc == CCHC_OK, "a report on a loaded plan failed");
    static const int formats[] = {CCHC_OUTPUT_TEXT, CCHC_OUTPUT_CSV, CCHC_OUTPUT_JSON};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        char *text = NULL;
        FUZZ_ASSERT(cchc_report_write(&text, NULL, report, plan, formats[i], 0) == CCHC_OK,
                    "the report could not be written in format %d", formats[i]);
        FUZZ_ASSERT(g_utf8_validate(text, -1, NULL), "the report is not UTF-8");
        cchc_free(text);
    }
    cchc_report_free(report);
    char *ics = NULL;
    FUZZ_ASSERT(cchc_plan_write_icalendar(&ics, NULL, plan, NULL, "2023-01-01") == CCHC_OK,
                "the calendar could not be written");
    FUZZ_ASSERT(g_utf8_validate(ics, -1, NULL), "the calendar is not UTF-8");
    cchc_free(ics);
}

#endif /* CCHC_FUZZ_COMMON_H */
