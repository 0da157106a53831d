/*
 * libcchc — names of the seven CCHC areas.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

static const char *const names_vi[CCHC_AREA_COUNT + 1] = {
    "",
    "Công tác chỉ đạo, điều hành CCHC",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, chính quyền số",
};

static const char *const names_en[CCHC_AREA_COUNT + 1] = {
    "",
    "Direction and steering of reform",
    "Institutional reform",
    "Administrative-procedure reform",
    "Reform of the administrative apparatus",
    "Civil-service reform",
    "Public-finance reform",
    "E-government and digital government",
};

int cchc_area_is_valid(int area)
{
    return area >= 1 && area <= CCHC_AREA_COUNT;
}

const char *cchc_area_name_vi(int area)
{
    return cchc_area_is_valid(area) ? names_vi[area] : "";
}

const char *cchc_area_name_en(int area)
{
    return cchc_area_is_valid(area) ? names_en[area] : "";
}
