/*
 * libcchc — runtime version.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

int cchc_version(void)
{
    return CCHC_VERSION_NUMBER;
}

const char *cchc_version_string(void)
{
    return CCHC_VERSION_STRING;
}

