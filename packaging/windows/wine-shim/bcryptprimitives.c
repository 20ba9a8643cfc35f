/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 *
 * Rust's standard library (1.78+) asks Windows for random bytes with bcryptprimitives!ProcessPrng;
 * python-calamine's Windows wheels are built with it, so under Wine 8 they cannot even be imported.
 * smoke.sh compiles this (mingw-w64) into its throwaway Wine prefix only, so the frozen program's
 * XLS/ODS roster import can be tested there. It is never part of a build or the installer: every
 * Windows 10/11 has the real DLL. */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!RtlGenRandom(data, n))
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
