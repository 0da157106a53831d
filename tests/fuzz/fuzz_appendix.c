/*
 * Fuzz target: the appendix-table importer (cchc_appendix_import), once
 * without a registry (units are made up from the names) and once resolving
 * names against the bundled 2023 plan's units.
 *
 * Any input: the import succeeds or fails cleanly. An imported plan must save,
 * load back and save to the same bytes — what the importer builds is a plan
 * the JSON format can hold. (Validation, progress and the writers are left
 * to fuzz_plan_json, which reaches them on any plan the format holds; here
 * they would halve the speed.)
 */
#include "fuzz_common.h"

#ifndef CCHC_FUZZ_REGISTRY
#error "CCHC_FUZZ_REGISTRY must name the bundled plan"
#endif

static const cchc_plan *registry(void)
{
    static cchc_plan *plan = NULL;
    if (!plan) {
        const char *path = getenv("CCHC_FUZZ_REGISTRY");
        int rc = cchc_plan_load_file(&plan, path && *path ? path : CCHC_FUZZ_REGISTRY, NULL);
        FUZZ_ASSERT(rc == CCHC_OK, "the registry plan does not load");
    }
    return plan;
}

static void import_once(const uint8_t *data, size_t size, const cchc_plan *units)
{
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_clear_error();
    int rc = cchc_appendix_import(&plan, (const char *)data, size, "fuzz.tsv", units, diags);
    fuzz_check_diagnostics(diags);
    if (rc != CCHC_OK) {
        fuzz_check_failure(rc);
        FUZZ_ASSERT(plan == NULL, "a failed import gave a plan");
        FUZZ_ASSERT(rc == CCHC_EENCODING || rc == CCHC_EPARSE || rc == CCHC_ELIMIT,
                    "unexpected code %s", cchc_error_name(rc));
    } else {
        FUZZ_ASSERT(plan != NULL, "an import succeeded without a plan");
        if (units)
            FUZZ_ASSERT(cchc_plan_unit_count(plan) == cchc_plan_unit_count(units),
                        "an import with a registry added units");
        fuzz_check_round_trip(plan);
    }
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    import_once(data, size, NULL);
    import_once(data, size, registry());
    return 0;
}
