/*
 * Fuzz target: the JSON plan loader (cchc_plan_load_data) and the writer.
 *
 * Any input: the load succeeds or fails cleanly (a negative code, the same
 * code and a UTF-8 message in the last error, no plan, an error among the
 * diagnostics). A plan that loads must save, load back and save to the same
 * bytes, and validation, progress, the report writers and the calendar must
 * accept it.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_clear_error();
    int rc = cchc_plan_load_data(&plan, (const char *)data, size, "fuzz.json", diags);
    fuzz_check_diagnostics(diags);
    if (rc != CCHC_OK) {
        fuzz_check_failure(rc);
        FUZZ_ASSERT(plan == NULL, "a failed load gave a plan");
        size_t errors = 0;
        for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
            errors += cchc_diagnostic_severity(cchc_diagnostics_at(diags, i)) ==
                      CCHC_SEVERITY_ERROR;
        FUZZ_ASSERT(errors == 1, "a failed load recorded %zu errors", errors);
    } else {
        FUZZ_ASSERT(plan != NULL, "a load succeeded without a plan");
        fuzz_check_round_trip(plan);
        fuzz_check_analysis(plan);
    }
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    return 0;
}
