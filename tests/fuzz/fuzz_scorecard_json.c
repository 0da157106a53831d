/*
 * Fuzz target: the scorecard loader (cchc_scorecard_load_data) and writer,
 * then the check and the evaluation against the bundled sample scheme.
 *
 * Any input: the load succeeds or fails cleanly. A card that loads saves,
 * loads back and saves to the same bytes, and has the same digest after the
 * round trip; the check against the scheme never fails (findings are
 * diagnostics); when it finds no error the card evaluates, the evaluation is
 * written, and its index lies within 0 … 100.
 */
#include <math.h>

#include "fuzz_common.h"

#ifndef CCHC_FUZZ_SCHEME
#error "CCHC_FUZZ_SCHEME must name the bundled sample scheme"
#endif

static const cchc_scheme *scheme(void)
{
    static cchc_scheme *loaded = NULL;
    if (!loaded) {
        const char *path = getenv("CCHC_FUZZ_SCHEME");
        int rc = cchc_scheme_load_file(&loaded, path && *path ? path : CCHC_FUZZ_SCHEME, NULL);
        FUZZ_ASSERT(rc == CCHC_OK, "the sample scheme does not load");
    }
    return loaded;
}

static void check_round_trip(const cchc_scorecard *card)
{
    char *first = NULL, *second = NULL;
    size_t first_size = 0, second_size = 0;
    FUZZ_ASSERT(cchc_scorecard_save_data(&first, &first_size, card) == CCHC_OK && first,
                "a loaded card could not be saved");
    cchc_scorecard *again = NULL;
    FUZZ_ASSERT(cchc_scorecard_load_data(&again, first, first_size, "saved.json", NULL) ==
                    CCHC_OK,
                "a saved card does not load back:\n%s", first);
    FUZZ_ASSERT(cchc_scorecard_save_data(&second, &second_size, again) == CCHC_OK && second,
                "a reloaded card could not be saved");
    FUZZ_ASSERT(first_size == second_size && memcmp(first, second, first_size) == 0,
                "save → load → save changed the card:\n--- first\n%s\n--- second\n%s", first,
                second);
    char *digest = NULL, *digest_again = NULL;
    FUZZ_ASSERT(cchc_scorecard_digest(&digest, card) == CCHC_OK &&
                    cchc_scorecard_digest(&digest_again, again) == CCHC_OK,
                "no digest of a loaded card");
    FUZZ_ASSERT(strlen(digest) == 64 && strcmp(digest, digest_again) == 0,
                "the digest changed on a round trip: %s, %s", digest, digest_again);
    cchc_free(digest);
    cchc_free(digest_again);
    cchc_scorecard_free(again);
    cchc_free(first);
    cchc_free(second);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cchc_scorecard *card = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_clear_error();
    int rc = cchc_scorecard_load_data(&card, (const char *)data, size, "fuzz.json", diags);
    fuzz_check_diagnostics(diags);
    if (rc != CCHC_OK) {
        fuzz_check_failure(rc);
        FUZZ_ASSERT(card == NULL, "a failed load gave a card");
        cchc_diagnostics_free(diags);
        return 0;
    }
    FUZZ_ASSERT(card != NULL, "a load succeeded without a card");
    check_round_trip(card);
    cchc_diagnostics_clear(diags);
    FUZZ_ASSERT(cchc_scorecard_check(card, scheme(), diags) == CCHC_OK, "the check failed");
    fuzz_check_diagnostics(diags);
    if (cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR) == 0) {
        cchc_evaluation *evaluation = NULL;
        rc = cchc_scorecard_evaluate(&evaluation, card, scheme(), NULL);
        FUZZ_ASSERT(rc == CCHC_OK && evaluation, "a card without check errors did not evaluate");
        double index = cchc_evaluation_index(evaluation);
        FUZZ_ASSERT(isfinite(index) && index >= 0 && index <= 100, "index %g", index);
        char *json = NULL;
        FUZZ_ASSERT(cchc_evaluation_save_data(&json, NULL, evaluation) == CCHC_OK && json,
                    "the evaluation could not be written");
        FUZZ_ASSERT(g_utf8_validate(json, -1, NULL), "the evaluation is not UTF-8");
        cchc_free(json);
        cchc_evaluation_free(evaluation);
    }
    cchc_scorecard_free(card);
    cchc_diagnostics_free(diags);
    return 0;
}
