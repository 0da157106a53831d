/*
 * The runner shared by every Check suite: each tests/check_<module>.c defines
 * `Suite *suite_<module>(void)`, named to this file by CCHC_SUITE_FUNCTION.
 * CK_RUN_CASE, CK_VERBOSITY and CK_FORK work as Check documents.
 */
#include <check.h>
#include <stdlib.h>

#include "check_helpers.h"

Suite *CCHC_SUITE_FUNCTION(void);

int main(void)
{
    SRunner *runner = srunner_create(CCHC_SUITE_FUNCTION());
    srunner_run_all(runner, CK_ENV);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
