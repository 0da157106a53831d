/*
 * cchc — helpers shared by the subcommands: loading plans, printing errors,
 * aligning Vietnamese text in columns.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_error(const char *what)
{
    const char *detail = cchc_last_error_message();
    if (detail[0])
        fprintf(stderr, "cchc: %s: %s\n", what, detail);
    else
        fprintf(stderr, "cchc: %s\n", what);
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const char *cli_bundled_plan_path(void)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", cchc_data_dir(), CLI_BUNDLED_PLAN);
    const char *env = getenv("CCHC_DATA_DIR");
    if (!file_exists(path) && !(env && *env))
        snprintf(path, sizeof path, "%s/%s", CCHC_SOURCE_DATA_DIR, CLI_BUNDLED_PLAN);
    return path;
}

cchc_plan *cli_load_plan(const char *path)
{
    if (!path)
        path = cli_bundled_plan_path();
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    int rc = cchc_plan_load_file(&plan, path, diags);
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        if (cchc_diagnostic_severity(d) == CCHC_SEVERITY_ERROR)
            continue; /* the error itself is printed below, once */
        char *line = NULL;
        if (cchc_diagnostic_format(&line, d) == CCHC_OK)
            fprintf(stderr, "%s\n", line);
        cchc_free(line);
    }
    cchc_diagnostics_free(diags);
    if (rc != CCHC_OK) {
        fprintf(stderr, "cchc: cannot load the plan: %s\n", cchc_last_error_message());
        return NULL;
    }
    return plan;
}

size_t cli_text_width(const char *text)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n++;
    return n;
}

void cli_print_padded(FILE *out, const char *text, size_t width)
{
    size_t w = cli_text_width(text);
    fputs(text, out);
    for (; w < width; w++)
        fputc(' ', out);
}

int cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

const char *cli_option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=' && name[1] == '-') /* "--name=VALUE"; "-o" takes no '=' */
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}
