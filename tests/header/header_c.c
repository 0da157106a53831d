/* The umbrella header alone, compiled with -std=c11 -Wall -Wextra -pedantic
 * -Werror: public headers must not need anything else. */
#include <cchc.h>

#if !CCHC_VERSION_CHECK(0, 1, 0)
#error "CCHC_VERSION_CHECK disagrees with the version"
#endif

int main(void)
{
    /* The headers and the loaded library are the same version. */
    return cchc_version() == CCHC_VERSION_NUMBER ? 0 : 1;
}
