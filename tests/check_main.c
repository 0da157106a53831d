/*
 * The runner shared by every Check suite: each tests/check_<module>.c defines
 * `Suite *suite_<module>(void)`, named to this file by CCHC_SUITE_FUNCTION.
 * CK_RUN_CASE, CK_VERBOSITY and CK_FORK work as Check documents. Also the
 * file helpers of check_helpers.h that several suites use.
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_helpers.h"

char *read_all(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s: %s", path, strerror(errno));
    size_t capacity = 1 << 16, length = 0, n;
    char *data = malloc(capacity + 1);
    ck_assert_ptr_nonnull(data);
    while ((n = fread(data + length, 1, capacity - length, f)) > 0) {
        length += n;
        if (length == capacity) {
            capacity *= 2;
            data = realloc(data, capacity + 1);
            ck_assert_ptr_nonnull(data);
        }
    }
    ck_assert_msg(!ferror(f), "cannot read %s", path);
    fclose(f);
    data[length] = '\0';
    if (size)
        *size = length;
    return data;
}

char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    ck_assert_ptr_nonnull(path);
    snprintf(path, n, "%s/%s", dir, name);
    return path;
}

char *make_temp_dir(const char *tag)
{
    const char *base = getenv("TMPDIR");
    char name[64];
    snprintf(name, sizeof name, "cchc-check-%s-XXXXXX", tag);
    char *dir = join(base && *base ? base : "/tmp", name);
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

void remove_temp_dir(char *dir)
{
    chmod(dir, 0700);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = join(dir, e->d_name);
        if (unlink(path) != 0) {
            DIR *sub = opendir(path);
            struct dirent *s;
            while (sub && (s = readdir(sub)) != NULL) {
                char *inner = join(path, s->d_name);
                unlink(inner);
                free(inner);
            }
            if (sub)
                closedir(sub);
            rmdir(path);
        }
        free(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
    free(dir);
}

void check_golden(const char *doc, size_t size, const char *dir, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "%s/%s", dir, name);
    const char *path = test_data_path(rel);
    if (getenv("CCHC_UPDATE_GOLDEN")) {
        FILE *f = fopen(path, "wb");
        ck_assert_msg(f != NULL, "cannot write %s", path);
        ck_assert_uint_eq(fwrite(doc, 1, size, f), size);
        fclose(f);
        return;
    }
    size_t expected_size = 0;
    char *expected = read_all(path, &expected_size);
    size_t i = 0;
    while (i < size && i < expected_size && doc[i] == expected[i])
        i++;
    if (i < size || i < expected_size) {
        size_t line = 1;
        for (size_t k = 0; k < i; k++)
            line += doc[k] == '\n';
        ck_abort_msg("%s differs at byte %zu (line %zu): got \"%.40s\", expected \"%.40s\"", rel,
                     i, line, i < size ? doc + i : "", i < expected_size ? expected + i : "");
    }
    free(expected);
}

Suite *CCHC_SUITE_FUNCTION(void);

int main(void)
{
    SRunner *runner = srunner_create(CCHC_SUITE_FUNCTION());
    srunner_run_all(runner, CK_ENV);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
