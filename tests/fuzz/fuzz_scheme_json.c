/*
 * Fuzz target: the scheme loader (cchc_scheme_load_data) and writer.
 *
 * Any input: the load succeeds or fails cleanly (a negative code, the same
 * code and a UTF-8 message in the last error, no scheme). A scheme that
 * loads is checked (cchc_scheme_check never fails on a loaded scheme), and
 * saves, loads back and saves to the same bytes.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cchc_scheme *scheme = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_clear_error();
    int rc = cchc_scheme_load_data(&scheme, (const char *)data, size, "fuzz.json", diags);
    fuzz_check_diagnostics(diags);
    if (rc != CCHC_OK) {
        fuzz_check_failure(rc);
        FUZZ_ASSERT(scheme == NULL, "a failed load gave a scheme");
    } else {
        FUZZ_ASSERT(scheme != NULL, "a load succeeded without a scheme");
        cchc_diagnostics_clear(diags);
        FUZZ_ASSERT(cchc_scheme_check(scheme, diags) == CCHC_OK, "the check failed");
        fuzz_check_diagnostics(diags);
        char *first = NULL, *second = NULL;
        size_t first_size = 0, second_size = 0;
        FUZZ_ASSERT(cchc_scheme_save_data(&first, &first_size, scheme) == CCHC_OK && first,
                    "a loaded scheme could not be saved");
        cchc_scheme *again = NULL;
        FUZZ_ASSERT(cchc_scheme_load_data(&again, first, first_size, "saved.json", NULL) ==
                        CCHC_OK,
                    "a saved scheme does not load back:\n%s", first);
        FUZZ_ASSERT(cchc_scheme_save_data(&second, &second_size, again) == CCHC_OK && second,
                    "a reloaded scheme could not be saved");
        FUZZ_ASSERT(first_size == second_size && memcmp(first, second, first_size) == 0,
                    "save → load → save changed the scheme:\n--- first\n%s\n--- second\n%s",
                    first, second);
        cchc_scheme_free(again);
        cchc_free(first);
        cchc_free(second);
    }
    cchc_scheme_free(scheme);
    cchc_diagnostics_free(diags);
    return 0;
}
