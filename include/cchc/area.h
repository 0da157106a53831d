/*
 * libcchc — the seven areas (lĩnh vực) of administrative reform.
 *
 * These seven are fixed by national rules and are the only domain names
 * compiled into the library; everything else (units, schemes, calendars) is
 * data.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_AREA_H
#define CCHC_AREA_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The seven CCHC areas, numbered as in every plan and index. */
enum cchc_area {
    CCHC_AREA_DIRECTION = 1,         /**< Công tác chỉ đạo, điều hành CCHC */
    CCHC_AREA_INSTITUTIONS = 2,      /**< Cải cách thể chế */
    CCHC_AREA_PROCEDURES = 3,        /**< Cải cách thủ tục hành chính */
    CCHC_AREA_APPARATUS = 4,         /**< Cải cách tổ chức bộ máy hành chính */
    CCHC_AREA_CIVIL_SERVICE = 5,     /**< Cải cách chế độ công vụ */
    CCHC_AREA_PUBLIC_FINANCE = 6,    /**< Cải cách tài chính công */
    CCHC_AREA_DIGITAL_GOVERNMENT = 7 /**< Xây dựng và phát triển Chính quyền điện tử, chính quyền số */
};

/** The number of areas; valid areas are 1 … CCHC_AREA_COUNT. */
#define CCHC_AREA_COUNT 7

/** Returns: 1 if @area is 1 … 7, else 0. */
CCHC_API int cchc_area_is_valid(int area);

/**
 * cchc_area_name_vi:
 * Returns: the area's Vietnamese name as static UTF-8 text
 * ("Cải cách thể chế"), or "" for an invalid area.
 */
CCHC_API const char *cchc_area_name_vi(int area);

/**
 * cchc_area_name_en:
 * Returns: the area's English name as static text ("Institutional reform"),
 * or "" for an invalid area.
 */
CCHC_API const char *cchc_area_name_en(int area);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_AREA_H */
