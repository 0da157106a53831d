/*
 * A program outside the libcchc tree, built against an installed libcchc
 * (by pkg-config or by find_package): it loads the installed bundled plan and
 * prints how many tasks it has.
 */
#include <cchc.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: consumer PLAN.json\n");
        return 2;
    }
    cchc_plan *plan = NULL;
    if (cchc_plan_load_file(&plan, argv[1], NULL) != CCHC_OK) {
        fprintf(stderr, "consumer: %s\n", cchc_last_error_message());
        return 1;
    }
    printf("libcchc %s: %zu tasks\n", cchc_version_string(), cchc_plan_task_count(plan));
    cchc_plan_free(plan);
    return 0;
}
