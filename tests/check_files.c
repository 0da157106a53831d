/*
 * Check suite "files": nothing is lost on save.
 *
 * A save that fails — the temporary file cannot be created (a read-only
 * folder), a write fails (a full disk), the rename fails (the target is a
 * non-empty directory), the target is a device or a pipe, the folder is
 * missing — reports CCHC_EIO with the path and the reason, leaves the
 * original file byte for byte as it was, and leaves no temporary file
 * behind. And a process killed with SIGKILL at random moments while it saves
 * again and again always leaves either the old or the new document, whole.
 *
 * Honest failures only, made by the kernel, with no hook in the library:
 * - read-only folder: chmod 0555; when the tests run as root, whom
 *   permissions do not stop, the save runs in a child process that has
 *   become the user nobody (uid 65534);
 * - full disk: RLIMIT_FSIZE, under which a write past the limit fails with
 *   EFBIG, as a write to a full disk fails with ENOSPC. (/dev/full itself
 *   cannot be the target of an atomic save — the temporary file would be
 *   made in /dev and renamed over the device — and the library refuses it;
 *   tested below through a symbolic link, which is safe whatever happens.)
 *
 * The kill test runs the helper tests/files/save_loop (CCHC_SAVE_LOOP)
 * CCHC_KILL_ROUNDS times (default 10); CCHC_KILL_SEED fixes the moments.
 * tests/files/run-save-tests.sh runs this suite 100 times in a row.
 *
 * SPDX-License-Identifier: MIT
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check_helpers.h"

/* ---- helpers ------------------------------------------------------------ */

static cchc_plan *plan_a; /* the bundled plan */
static cchc_plan *plan_b; /* another title, the last task removed */

/* Version B, as tests/files/save_loop.c makes it. */
static cchc_plan *make_plan_b(void)
{
    cchc_plan *b = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&b, bundled_data_path(BUNDLED_PLAN), NULL));
    ck_assert_cchc_ok(cchc_plan_set_title(b, "Phiên bản B"));
    const cchc_task *last = cchc_plan_task_at(b, cchc_plan_task_count(b) - 1);
    ck_assert_cchc_ok(cchc_plan_remove_task(b, cchc_task_key(last)));
    return b;
}

static void setup(void)
{
    ck_assert_cchc_ok(cchc_plan_load_file(&plan_a, bundled_data_path(BUNDLED_PLAN), NULL));
    plan_b = make_plan_b();
}

static void teardown(void)
{
    cchc_plan_free(plan_a);
    cchc_plan_free(plan_b);
    plan_a = plan_b = NULL;
}

/* The names in @dir other than "." and "..", one per line (a static buffer). */
static const char *entries(const char *dir, int *count)
{
    static char names[4096];
    names[0] = '\0';
    *count = 0;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        (*count)++;
        if (strlen(names) + strlen(e->d_name) + 2 < sizeof names) {
            strcat(names, e->d_name);
            strcat(names, "\n");
        }
    }
    closedir(d);
    return names;
}

/* Asserts that @dir holds only @expected entries (no temporary file left). */
static void expect_entries(const char *dir, int expected)
{
    int count = 0;
    const char *names = entries(dir, &count);
    ck_assert_msg(count == expected, "%s holds %d entries, expected %d:\n%s", dir, count,
                  expected, names);
}

static int file_equals(const char *path, const char *data, size_t size)
{
    size_t n = 0;
    char *got = read_all(path, &n);
    int same = n == size && memcmp(got, data, size) == 0;
    free(got);
    return same;
}

/* A folder with plan.json holding plan A; *bytes gets what was saved. */
static char *folder_with_plan_a(char **path, char **bytes, size_t *size)
{
    char *dir = make_temp_dir("files");
    *path = join(dir, "plan.json");
    ck_assert_cchc_ok(cchc_plan_save_file(plan_a, *path));
    ck_assert_cchc_ok(cchc_plan_save_data(bytes, size, plan_a));
    ck_assert(file_equals(*path, *bytes, *size));
    return dir;
}

/* Asserts a failed save's report: CCHC_EIO, the path and @reason in the message. */
static void expect_save_failure(int rc, const char *path, const char *reason)
{
    ck_assert_msg(rc == CCHC_EIO, "the save returned %s: %s", cchc_error_name(rc),
                  cchc_last_error_message());
    ck_assert_int_eq(cchc_last_error_code(), CCHC_EIO);
    const char *message = cchc_last_error_message();
    ck_assert_msg(strstr(message, path) != NULL, "\"%s\" does not name %s", message, path);
    ck_assert_msg(strstr(message, "cannot save") != NULL && strstr(message, reason) != NULL,
                  "\"%s\" does not say \"cannot save\" and \"%s\"", message, reason);
}

/* ---- saves that fail ------------------------------------------------------ */

/* Saves plan B to @path in a child process that is not root (root writes
 * into read-only folders); the child sends back the status and the message
 * of the save. */
static int save_as_nobody(const char *path, char *message, size_t size)
{
    int out[2];
    ck_assert_int_eq(pipe(out), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(out[0]);
        int rc = CCHC_OK;
        if (setgid(65534) != 0 || setuid(65534) != 0 || geteuid() == 0)
            rc = 1; /* cannot become nobody */
        else
            rc = cchc_plan_save_file(plan_b, path);
        const char *text = rc == 1 ? "cannot drop root privileges" : cchc_last_error_message();
        if (write(out[1], &rc, sizeof rc) != (ssize_t)sizeof rc ||
            write(out[1], text, strlen(text)) < 0)
            _exit(2);
        _exit(0);
    }
    close(out[1]);
    int rc = 0;
    ck_assert_int_eq(read(out[0], &rc, sizeof rc), (ssize_t)sizeof rc);
    ssize_t n = read(out[0], message, size - 1);
    message[n > 0 ? n : 0] = '\0';
    close(out[0]);
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert_msg(rc != 1, "%s", message);
    return rc;
}

START_TEST(test_files_save_into_read_only_folder_keeps_the_original)
{
    char *path = NULL, *before = NULL;
    size_t size = 0;
    char *dir = folder_with_plan_a(&path, &before, &size);
    ck_assert_int_eq(chmod(dir, 0555), 0);
    if (geteuid() != 0) {
        cchc_clear_error();
        expect_save_failure(cchc_plan_save_file(plan_b, path), path, "Permission denied");
    } else {
        /* root writes into a read-only folder: the save runs in a child
         * that has become the user nobody */
        char message[1024];
        int rc = save_as_nobody(path, message, sizeof message);
        ck_assert_msg(rc == CCHC_EIO, "the save returned %s: %s", cchc_error_name(rc), message);
        ck_assert_msg(strstr(message, path) && strstr(message, "cannot save") &&
                          strstr(message, "Permission denied"),
                      "unexpected message: %s", message);
    }
    chmod(dir, 0700);
    ck_assert_msg(file_equals(path, before, size), "the original changed");
    expect_entries(dir, 1);
    cchc_free(before);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_on_full_disk_keeps_the_original)
{
    char *path = NULL, *before = NULL;
    size_t size = 0;
    char *dir = folder_with_plan_a(&path, &before, &size);
    /* writes past 4 kB fail with EFBIG, as they fail with ENOSPC on a full
     * disk; the signal that would also come is ignored */
    struct rlimit saved = {0};
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &saved), 0);
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = {4096, saved.rlim_max};
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
    cchc_clear_error();
    int rc = cchc_plan_save_file(plan_b, path);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &saved), 0);
    signal(SIGXFSZ, old_handler);
    expect_save_failure(rc, path, "File too large");
    ck_assert_msg(file_equals(path, before, size), "the original changed");
    expect_entries(dir, 1);
    cchc_free(before);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_rename_onto_non_empty_directory_keeps_it)
{
    char *dir = make_temp_dir("files");
    char *target = join(dir, "plan.json");
    ck_assert_int_eq(mkdir(target, 0700), 0);
    char *inside = join(target, "keep.txt");
    FILE *f = fopen(inside, "w");
    ck_assert_ptr_nonnull(f);
    fputs("giữ nguyên\n", f);
    fclose(f);
    cchc_clear_error();
    /* the temporary file is written, then its rename over the directory fails */
    expect_save_failure(cchc_plan_save_file(plan_a, target), target, "Is a directory");
    struct stat st;
    ck_assert_int_eq(stat(target, &st), 0);
    ck_assert(S_ISDIR(st.st_mode));
    ck_assert(file_equals(inside, "giữ nguyên\n", strlen("giữ nguyên\n")));
    expect_entries(dir, 1);
    expect_entries(target, 1);
    free(inside);
    free(target);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_through_link_to_dev_full_is_refused)
{
    struct stat before, after;
    if (stat("/dev/full", &before) != 0 || !S_ISCHR(before.st_mode))
        return; /* no /dev/full here: nothing to show */
    char *dir = make_temp_dir("files");
    char *link = join(dir, "plan.json");
    ck_assert_int_eq(symlink("/dev/full", link), 0);
    cchc_clear_error();
    expect_save_failure(cchc_plan_save_file(plan_a, link), link, "not a regular file");
    ck_assert_int_eq(stat("/dev/full", &after), 0);
    ck_assert(S_ISCHR(after.st_mode));
    ck_assert_uint_eq(after.st_rdev, before.st_rdev);
    ck_assert_uint_eq(after.st_ino, before.st_ino);
    struct stat st;
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    expect_entries(dir, 1);
    free(link);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_onto_pipe_is_refused)
{
    char *dir = make_temp_dir("files");
    char *fifo = join(dir, "plan.json");
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    cchc_clear_error();
    /* refused before anything opens it: no open() blocks on the pipe */
    expect_save_failure(cchc_plan_save_file(plan_a, fifo), fifo, "not a regular file");
    struct stat st;
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    expect_entries(dir, 1);
    free(fifo);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_into_missing_folder_creates_nothing)
{
    char *dir = make_temp_dir("files");
    char *missing = join(dir, "missing");
    char *path = join(missing, "plan.json");
    cchc_clear_error();
    expect_save_failure(cchc_plan_save_file(plan_a, path), path, "No such file or directory");
    expect_entries(dir, 0);
    free(path);
    free(missing);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_save_over_the_original_replaces_it_whole)
{
    char *path = NULL, *before = NULL;
    size_t size = 0;
    char *dir = folder_with_plan_a(&path, &before, &size);
    char *b = NULL;
    size_t b_size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&b, &b_size, plan_b));
    ck_assert_cchc_ok(cchc_plan_save_file(plan_b, path));
    ck_assert(file_equals(path, b, b_size));
    expect_entries(dir, 1);
    /* and back */
    ck_assert_cchc_ok(cchc_plan_save_file(plan_a, path));
    ck_assert(file_equals(path, before, size));
    expect_entries(dir, 1);
    cchc_free(b);
    cchc_free(before);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_files_failed_save_leaves_a_loadable_original)
{
    /* the original after a failed save is not only the same bytes: it loads */
    char *path = NULL, *before = NULL;
    size_t size = 0;
    char *dir = folder_with_plan_a(&path, &before, &size);
    struct rlimit saved = {0};
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &saved), 0);
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = {1, saved.rlim_max};
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    int rc = cchc_plan_save_file(plan_b, path);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &saved), 0);
    signal(SIGXFSZ, old_handler);
    ck_assert_int_eq(rc, CCHC_EIO);
    cchc_plan *loaded = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&loaded, path, NULL));
    ck_assert_uint_eq(cchc_plan_task_count(loaded), cchc_plan_task_count(plan_a));
    ck_assert_str_eq(cchc_plan_title(loaded), cchc_plan_title(plan_a));
    cchc_plan_free(loaded);
    cchc_free(before);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

/* ---- a process killed while it saves ---------------------------------------- */

static unsigned env_uint(const char *name, unsigned fallback)
{
    const char *value = getenv(name);
    return value && *value ? (unsigned)strtoul(value, NULL, 10) : fallback;
}

/* Starts the helper saving to @path; returns once it saved a first time. */
static pid_t start_saver(const char *helper, const char *path)
{
    int out[2];
    ck_assert_int_eq(pipe(out), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execl(helper, helper, bundled_data_path(BUNDLED_PLAN), path, (char *)NULL);
        _exit(127);
    }
    close(out[1]);
    char ready[8] = "";
    ssize_t n = read(out[0], ready, sizeof ready - 1);
    close(out[0]);
    ck_assert_msg(n == 6 && strcmp(ready, "ready\n") == 0,
                  "the helper %s did not start (read %zd bytes)", helper, n);
    return pid;
}

START_TEST(test_files_killed_save_leaves_old_or_new_document_whole)
{
    const char *helper = getenv("CCHC_SAVE_LOOP");
    ck_assert_msg(helper && *helper, "CCHC_SAVE_LOOP must name the save_loop helper");
    unsigned rounds = env_uint("CCHC_KILL_ROUNDS", 10);
    unsigned seed = env_uint("CCHC_KILL_SEED", (unsigned)time(NULL) ^ (unsigned)getpid());
    srand(seed);
    char *a = NULL, *b = NULL;
    size_t a_size = 0, b_size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&a, &a_size, plan_a));
    ck_assert_cchc_ok(cchc_plan_save_data(&b, &b_size, plan_b));
    unsigned old_seen = 0, new_seen = 0, leftovers = 0;
    for (unsigned round = 0; round < rounds; round++) {
        char *dir = make_temp_dir("files");
        char *path = join(dir, "plan.json");
        pid_t pid = start_saver(helper, path);
        /* a moment within the next few saves (each takes about a millisecond
         * or more: 90 kB written and flushed to disk) */
        struct timespec delay = {0, (long)(rand() % 20000) * 1000L};
        nanosleep(&delay, NULL);
        ck_assert_int_eq(kill(pid, SIGKILL), 0);
        int status = 0;
        ck_assert_int_eq(waitpid(pid, &status, 0), pid);
        ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                      "round %u (seed %u): the helper ended on its own (status %d)", round,
                      seed, status);
        int is_old = file_equals(path, a, a_size), is_new = file_equals(path, b, b_size);
        ck_assert_msg(is_old || is_new,
                      "round %u (seed %u): %s is neither the old nor the new document", round,
                      seed, path);
        old_seen += (unsigned)is_old;
        new_seen += (unsigned)is_new;
        cchc_plan *loaded = NULL;
        ck_assert_cchc_ok(cchc_plan_load_file(&loaded, path, NULL));
        cchc_plan_free(loaded);
        /* at most the temporary file of the save that was cut short */
        int count = 0;
        const char *names = entries(dir, &count);
        ck_assert_msg(count <= 2, "round %u: %s", round, names);
        leftovers += (unsigned)(count - 1);
        free(path);
        remove_temp_dir(dir);
    }
    printf("files: %u kills (seed %u): the old document %u times, the new %u times, a "
           "temporary file left %u times\n",
           rounds, seed, old_seen, new_seen, leftovers);
    cchc_free(a);
    cchc_free(b);
}
END_TEST

Suite *suite_files(void);

Suite *suite_files(void)
{
    Suite *s = suite_create("files");
    TCase *tc = tcase_create("failed-save");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_files_save_into_read_only_folder_keeps_the_original);
    tcase_add_test(tc, test_files_save_on_full_disk_keeps_the_original);
    tcase_add_test(tc, test_files_save_rename_onto_non_empty_directory_keeps_it);
    tcase_add_test(tc, test_files_save_through_link_to_dev_full_is_refused);
    tcase_add_test(tc, test_files_save_onto_pipe_is_refused);
    tcase_add_test(tc, test_files_save_into_missing_folder_creates_nothing);
    tcase_add_test(tc, test_files_save_over_the_original_replaces_it_whole);
    tcase_add_test(tc, test_files_failed_save_leaves_a_loadable_original);
    suite_add_tcase(s, tc);

    tc = tcase_create("killed-save");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_files_killed_save_leaves_old_or_new_document_whole);
    suite_add_tcase(s, tc);
    return s;
}
