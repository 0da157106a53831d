/*
 * cchc verify FILE [DIGEST] — the SHA-256 digest of a published JSON
 * document (a scorecard, a ranking, …) over its canonical form, and whether
 * it matches the digest published with it (include/cchc/integrity.h).
 */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char verify_usage[] =
    "Usage: cchc verify FILE [DIGEST]\n"
    "\n"
    "Print the SHA-256 digest of the JSON document FILE — a scorecard\n"
    "(\"cchc-scorecard\"), a ranking (\"cchc-ranking\", as `cchc rank --format json`\n"
    "writes it) or any other — computed over its canonical form: the same\n"
    "data without white space, object members in a fixed order, numbers written\n"
    "one way. Re-indenting the file keeps the digest; changing any score,\n"
    "evidence reference, appraisal reason or other value changes it.\n"
    "\n"
    "With DIGEST (64 hexadecimal digits, as published with the file), check\n"
    "that the file still has it.\n"
    "\n"
    "Example: cchc verify scorecard-so-mau-a.json 3f1c…e2\n"
    "\n"
    "Exit status: 0 digest printed or matching, 1 the file cannot be read or is\n"
    "not strict JSON, or its digest differs, 2 wrong command line.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc verify: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", verify_usage);
    return CLI_USAGE_ERROR;
}

/* The whole file, or NULL after printing why not. */
static char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cchc verify: cannot open \"%s\"\n", path);
        return NULL;
    }
    size_t capacity = 1 << 16, length = 0, n;
    char *data = malloc(capacity);
    while (data && (n = fread(data + length, 1, capacity - length, f)) > 0) {
        length += n;
        if (length == capacity) {
            char *grown = realloc(data, capacity *= 2);
            if (!grown) {
                free(data);
                data = NULL;
                break;
            }
            data = grown;
        }
    }
    int failed = !data || ferror(f);
    fclose(f);
    if (failed) {
        fprintf(stderr, "cchc verify: cannot read \"%s\"\n", path);
        free(data);
        return NULL;
    }
    *size = length;
    return data;
}

static int is_digest(const char *text)
{
    size_t n = 0;
    for (; text[n]; n++)
        if (!isxdigit((unsigned char)text[n]))
            return 0;
    return n == 64;
}

static int run_verify(int argc, char **argv)
{
    const char *file = NULL, *expected = NULL;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(verify_usage, stdout);
            return CLI_OK;
        }
        if (argv[i][0] == '-' && argv[i][1] == '-')
            return usage_error("unknown option", argv[i]);
        if (!file)
            file = argv[i];
        else if (!expected)
            expected = argv[i];
        else
            return usage_error("too many arguments", argv[i]);
    }
    if (!file)
        return usage_error("which file?", NULL);
    if (expected && !is_digest(expected))
        return usage_error("a digest is 64 hexadecimal digits, not", expected);
    size_t size = 0;
    char *data = read_file(file, &size);
    if (!data)
        return CLI_DATA_ERROR;
    char *digest = NULL;
    int rc = cchc_json_digest(&digest, data, size, file);
    free(data);
    if (rc != CCHC_OK) {
        fprintf(stderr, "cchc verify: %s\n", cchc_last_error_message());
        return CLI_DATA_ERROR;
    }
    int status = CLI_OK;
    if (!expected) {
        printf("%s  %s\n", digest, file);
    } else {
        char lower[65];
        for (size_t i = 0; i < 64; i++)
            lower[i] = (char)tolower((unsigned char)expected[i]);
        lower[64] = '\0';
        if (strcmp(lower, digest) == 0) {
            printf("%s: OK, khớp mã băm (the digest matches) %s\n", file, digest);
        } else {
            printf("%s: KHÔNG KHỚP — tệp đã bị thay đổi (MISMATCH: the file was changed)\n"
                   "  expected %s\n  computed %s\n",
                   file, lower, digest);
            status = CLI_DATA_ERROR;
        }
    }
    cchc_free(digest);
    return status;
}

const cli_command cli_verify = {
    "verify",
    "print or check the SHA-256 digest of a published scorecard or ranking",
    verify_usage,
    run_verify,
};
