// The umbrella header compiled as C++11 with -pedantic -Werror: the
// extern "C" guards and the declarations must be valid C++ too.
#include <cchc.h>

#include <cstring>

int main()
{
    cchc_plan *plan = cchc_plan_new();
    int ok = cchc_plan_task_count(plan) == 0 &&
             std::strcmp(cchc_version_string(), CCHC_VERSION_STRING) == 0;
    cchc_plan_free(plan);
    return ok ? 0 : 1;
}
