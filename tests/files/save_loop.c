/*
 * The helper of the kill-during-save test (check_files.c): saves two
 * different versions of the bundled plan, one after the other, to one path,
 * until it is killed.
 *
 *   save_loop PLAN.json TARGET
 *
 * Loads PLAN.json (version A) and makes version B of it (another title, the
 * last task removed), saves A once to TARGET, writes "ready" to standard
 * output, then saves B, A, B, … for ever. Exit status 1 when a save fails.
 */
#include <stdio.h>
#include <stdlib.h>

#include <cchc.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: save_loop PLAN.json TARGET\n");
        return 2;
    }
    cchc_plan *a = NULL;
    if (cchc_plan_load_file(&a, argv[1], NULL) != CCHC_OK) {
        fprintf(stderr, "save_loop: %s\n", cchc_last_error_message());
        return 1;
    }
    cchc_plan *b = NULL;
    if (cchc_plan_load_file(&b, argv[1], NULL) != CCHC_OK ||
        cchc_plan_set_title(b, "Phiên bản B") != CCHC_OK) {
        fprintf(stderr, "save_loop: %s\n", cchc_last_error_message());
        return 1;
    }
    const cchc_task *last = cchc_plan_task_at(b, cchc_plan_task_count(b) - 1);
    if (!last || cchc_plan_remove_task(b, cchc_task_key(last)) != CCHC_OK) {
        fprintf(stderr, "save_loop: %s\n", cchc_last_error_message());
        return 1;
    }
    if (cchc_plan_save_file(a, argv[2]) != CCHC_OK) {
        fprintf(stderr, "save_loop: %s\n", cchc_last_error_message());
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    for (unsigned long n = 0;; n++) {
        if (cchc_plan_save_file(n % 2 ? a : b, argv[2]) != CCHC_OK) {
            fprintf(stderr, "save_loop: save %lu: %s\n", n, cchc_last_error_message());
            return 1;
        }
    }
}
