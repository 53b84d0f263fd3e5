/* Region markers for valgrind's callgrind, called from Python through ctypes.
 * Outside valgrind every request is a no-op. */
#include <valgrind/callgrind.h>

int clab_on_valgrind(void) { return RUNNING_ON_VALGRIND; }
void clab_instrument_on(void) { CALLGRIND_START_INSTRUMENTATION; }
void clab_instrument_off(void) { CALLGRIND_STOP_INSTRUMENTATION; }
void clab_zero(void) { CALLGRIND_ZERO_STATS; }
void clab_toggle_collect(void) { CALLGRIND_TOGGLE_COLLECT; }
void clab_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
