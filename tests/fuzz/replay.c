/*
 * The regression runner: feeds every file of the folders (or the files)
 * named on the command line to a fuzz target's LLVMFuzzerTestOneInput(), as
 * libFuzzer would, in a normal build without libFuzzer. Registered with
 * CTest for tests/fuzz/regressions/<target>/ and the seed corpus, so that an
 * input that once crashed is replayed by every test run.
 *
 * Exit status: 0 when every input ran (a finding aborts the process), 1 when
 * a folder or file could not be read or held no input.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int run_file(const char *path)
{
    gchar *data = NULL;
    gsize size = 0;
    GError *error = NULL;
    if (!g_file_get_contents(path, &data, &size, &error)) {
        fprintf(stderr, "replay: %s\n", error->message);
        g_error_free(error);
        return 0;
    }
    /* a copy of exactly @size bytes, so that ASan sees a read past the end */
    guint8 *copy = g_malloc(size ? size : 1);
    memcpy(copy, data, size);
    g_free(data);
    LLVMFuzzerTestOneInput(copy, size);
    g_free(copy);
    return 1;
}

int main(int argc, char **argv)
{
    size_t ran = 0;
    int ok = 1;
    for (int i = 1; i < argc; i++) {
        if (!g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            if (run_file(argv[i]))
                ran++;
            else
                ok = 0;
            continue;
        }
        GError *error = NULL;
        GDir *dir = g_dir_open(argv[i], 0, &error);
        if (!dir) {
            fprintf(stderr, "replay: %s\n", error->message);
            g_error_free(error);
            ok = 0;
            continue;
        }
        /* sorted, so that runs are reproducible */
        GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
        for (const char *name; (name = g_dir_read_name(dir)) != NULL;)
            if (name[0] != '.' && g_strcmp0(name, "README") != 0 &&
                !g_str_has_suffix(name, ".md"))
                g_ptr_array_add(names, g_strdup(name));
        g_dir_close(dir);
        g_ptr_array_sort(names, by_name);
        for (guint j = 0; j < names->len; j++) {
            char *path = g_build_filename(argv[i], g_ptr_array_index(names, j), NULL);
            if (run_file(path))
                ran++;
            else
                ok = 0;
            g_free(path);
        }
        g_ptr_array_unref(names);
    }
    printf("replay: %zu inputs ran without a finding\n", ran);
    return ok && ran > 0 ? 0 : 1;
}
