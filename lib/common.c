/*
 * libcchc — memory release and the data folder.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <stdlib.h>

void cchc_free(void *ptr)
{
    /* Everything handed to callers is allocated with g_malloc. */
    g_free(ptr);
}

const char *cchc_data_dir(void)
{
    const char *env = getenv("CCHC_DATA_DIR");
    if (env && *env)
        return env;
    return CCHC_INSTALL_DATADIR;
}
