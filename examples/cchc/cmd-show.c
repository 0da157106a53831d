/*
 * cchc show [PLAN.json] — a plan's header facts, its task counts per area and
 * per lead unit, and the task list.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char show_usage[] =
    "Usage: cchc show [PLAN.json]\n"
    "\n"
    "Print a plan's header (number, agency, place and date, year, title), the\n"
    "number of tasks in each of the seven areas and for each lead unit, and the\n"
    "task list with lead and coordinating units and the time expression.\n"
    "Without PLAN.json the bundled 2023 plan is shown.\n";

/* A count per lead reference, in order of first appearance. */
typedef struct {
    const char *ref;
    size_t tasks;
} lead_count;

static int by_tasks_desc(const void *a, const void *b)
{
    const lead_count *x = a, *y = b;
    if (x->tasks != y->tasks)
        return x->tasks < y->tasks ? 1 : -1;
    return strcmp(x->ref, y->ref);
}

static void print_header(const cchc_plan *plan, const char *source)
{
    printf("%s\n", cchc_plan_title(plan)[0] ? cchc_plan_title(plan) : "(untitled plan)");
    if (cchc_plan_number(plan)[0])
        printf("Số (number):        %s\n", cchc_plan_number(plan));
    if (cchc_plan_agency(plan)[0])
        printf("Cơ quan (agency):   %s\n", cchc_plan_agency(plan));
    if (cchc_plan_place(plan)[0] || cchc_plan_issue_date_text(plan)[0] ||
        cchc_plan_issue_date(plan)[0]) {
        printf("Ban hành (issued):  %s%s%s", cchc_plan_place(plan),
               cchc_plan_place(plan)[0] ? ", " : "", cchc_plan_issue_date_text(plan));
        if (cchc_plan_issue_date(plan)[0])
            printf(" (%s)", cchc_plan_issue_date(plan));
        printf("\n");
    }
    if (cchc_plan_year(plan))
        printf("Năm (plan year):    %d\n", cchc_plan_year(plan));
    if (cchc_plan_signer(plan)[0])
        printf("Ký (signed):        %s %s\n", cchc_plan_signer_title(plan),
               cchc_plan_signer(plan));
    printf("Tệp (file):         %s\n", source);
}

static void print_area_counts(const cchc_plan *plan)
{
    printf("\nNhiệm vụ theo lĩnh vực (tasks by area)\n");
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        printf("  %d  ", area);
        cli_print_padded(stdout, cchc_area_name_vi(area), 60);
        printf("%4zu\n", cchc_plan_area_task_count(plan, area));
    }
    printf("     ");
    cli_print_padded(stdout, "Tổng cộng (total)", 60);
    printf("%4zu\n", cchc_plan_task_count(plan));
}

static void print_lead_counts(const cchc_plan *plan)
{
    size_t n = 0, cap = 16;
    lead_count *counts = calloc(cap, sizeof *counts);
    for (size_t i = 0; counts && i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        for (size_t j = 0; j < cchc_task_unit_count(task, CCHC_ROLE_LEAD); j++) {
            const char *ref = cchc_task_unit_at(task, CCHC_ROLE_LEAD, j);
            size_t k = 0;
            while (k < n && strcmp(counts[k].ref, ref) != 0)
                k++;
            if (k == n) {
                if (n == cap) {
                    lead_count *grown = realloc(counts, 2 * cap * sizeof *counts);
                    if (!grown)
                        break;
                    counts = grown;
                    cap *= 2;
                }
                counts[n].ref = ref;
                counts[n++].tasks = 0;
            }
            counts[k].tasks++;
        }
    }
    if (!counts)
        return;
    qsort(counts, n, sizeof *counts, by_tasks_desc);
    printf("\nNhiệm vụ theo đơn vị chủ trì (tasks by lead unit; a task led jointly counts "
           "for each)\n");
    for (size_t k = 0; k < n; k++) {
        printf("  ");
        cli_print_padded(stdout, cchc_plan_ref_name(plan, counts[k].ref), 63);
        printf("%4zu\n", counts[k].tasks);
    }
    free(counts);
}

static void print_refs(const cchc_plan *plan, const cchc_task *task, int role)
{
    size_t units = cchc_task_unit_count(task, role);
    for (size_t j = 0; j < units; j++)
        printf("%s%s", j ? ", " : "", cchc_plan_ref_name(plan, cchc_task_unit_at(task, role, j)));
    for (size_t j = 0; j < cchc_task_mention_count(task, role); j++)
        printf("%s(%s)", units || j ? " " : "", cchc_task_mention_at(task, role, j));
}

static void print_tasks(const cchc_plan *plan)
{
    printf("\nDanh sách nhiệm vụ (tasks)\n");
    int area = 0;
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        if (cchc_task_area(task) != area) {
            area = cchc_task_area(task);
            printf("\n  %d. %s (%s)\n", area, cchc_area_name_vi(area), cchc_area_name_en(area));
        }
        printf("  ");
        cli_print_padded(stdout, cchc_task_id(task), 6);
        printf(" %s\n", cchc_task_title(task));
        printf("         Chủ trì: ");
        print_refs(plan, task, CCHC_ROLE_LEAD);
        printf("\n         Phối hợp: ");
        print_refs(plan, task, CCHC_ROLE_COORDINATING);
        printf("\n         Thời gian: %s · %s\n", cchc_task_when(task),
               cchc_status_label_vi(cchc_task_status(task)));
    }
}

static int run_show(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(show_usage, stdout);
            return CLI_OK;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "cchc show: unknown option \"%s\"\n\n%s", argv[i], show_usage);
            return CLI_USAGE_ERROR;
        }
        if (path) {
            fprintf(stderr, "cchc show: one plan at a time\n\n%s", show_usage);
            return CLI_USAGE_ERROR;
        }
        path = argv[i];
    }
    if (!path)
        path = cli_bundled_plan_path();
    cchc_plan *plan = cli_load_plan(path);
    if (!plan)
        return CLI_DATA_ERROR;
    print_header(plan, path);
    print_area_counts(plan);
    print_lead_counts(plan);
    print_tasks(plan);
    cchc_plan_free(plan);
    return CLI_OK;
}

const cli_command cli_show = {
    "show",
    "print a plan's header, task counts per area and lead unit, and its tasks",
    show_usage,
    run_show,
};
