#!/usr/bin/env bash
# Smoke test of the Windows build (after packaging/windows/build.sh), under Wine in a fresh prefix:
#
#   bash packaging/windows/smoke.sh
#
# 1. ikrar-cli.exe --help lists every command; --version answers (its time is the frozen start-up)
# 2. a demo database, a report to PDF whose fonts are all embedded (pdffonts), a small roster CSV import
#    and a search in it; an ODS roster through python-calamine (with a test-only ProcessPrng stand-in
#    in the throwaway prefix, see wine-shim/; IKRAR_SMOKE_NO_SHIM=1 skips both)
# 3. Ikrar.exe --smoke-test OUT.png writes a PNG (Qt offscreen)
# 4. the installer with /S: files, shortcuts, PATH, .ikrar association, uninstall entry; the installed
#    ikrar-cli.exe --version; then the uninstaller with /S: all of it gone but the user's data folder
# Prints each step's time; stops at the first failure with a line saying what failed (exit 1).
#
# Environment: IKRAR_SMOKE_KEEP_GOING=1 runs every step and fails at the end; IKRAR_SMOKE_COMMANDS (space-separated) overrides the commands --help must list;
# IKRAR_SMOKE_ALLOW_UNEMBEDDED (space-separated font names) tolerates those fonts not being embedded.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

COMMANDS=${IKRAR_SMOKE_COMMANDS:-"import-roster event status search demo checkin void report package export-sync merge coverage desk"}
APP=$OUT/Ikrar
SMOKE=$ROOT/build/windows-smoke
export WINEPREFIX=$SMOKE/prefix   # a fresh Windows each run: nothing installed, no data folder

need_packages "${WINE_PACKAGES[@]}" poppler-utils file
# Qt's offscreen platform takes its fonts from QT_QPA_FONTDIR: the program's own (Liberation Sans)
if [ -d "$APP/_internal/ikrar/resources/fonts" ]; then
  WINEQT_QPA_FONTDIR=$(winpath "$APP/_internal/ikrar/resources/fonts")
  export WINEQT_QPA_FONTDIR
fi
[ -f "$APP/ikrar-cli.exe" ] && [ -f "$APP/Ikrar.exe" ] || die "no build in $APP: run packaging/windows/build.sh first"
SETUP=$(ls "$OUT"/Ikrar-*-setup.exe 2>/dev/null | head -1)
[ -n "$SETUP" ] || die "no installer in $OUT"

FAILURES=0
fail() {  # stops at the first failure, or with IKRAR_SMOKE_KEEP_GOING=1 goes on and fails at the end
  printf 'SMOKE FAILED [%s]: %s\n' "$_STEP" "$*" >&2
  [ "${IKRAR_SMOKE_KEEP_GOING:-0}" = 1 ] || exit 1
  FAILURES=$((FAILURES + 1))
}
cli() { wrun "$APP/ikrar-cli.exe" "$@"; }
w() { winpath "$1"; }  # a path as the Windows program sees it

# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), without which python-calamine cannot be imported:
# a test-only stand-in goes into this throwaway prefix (never into a build), unless IKRAR_SMOKE_NO_SHIM=1.
SHIM_SRC=$ROOT/packaging/windows/wine-shim
SHIM=$CACHE/wine-shim/bcryptprimitives.dll
if [ "${IKRAR_SMOKE_NO_SHIM:-0}" != 1 ] && { [ ! -f "$SHIM" ] || [ "$SHIM_SRC/bcryptprimitives.c" -nt "$SHIM" ]; }; then
  step "compile the test-only ProcessPrng stand-in (mingw-w64)"
  need_packages gcc-mingw-w64-x86-64-win32
  mkdir -p "$(dirname "$SHIM")"
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$SHIM" "$SHIM_SRC/bcryptprimitives.c" \
    "$SHIM_SRC/bcryptprimitives.def" -ladvapi32 || die "could not compile the ProcessPrng stand-in"
fi

step "fresh Wine prefix"
rm -rf "$SMOKE"
mkdir -p "$SMOKE/work"
wine_prefix
[ "${IKRAR_SMOKE_NO_SHIM:-0}" = 1 ] || cp "$SHIM" "$WINEPREFIX/drive_c/windows/system32/"
D=$SMOKE/work

step "ikrar-cli --help lists every command"
help=$(cli --help) || fail "ikrar-cli.exe --help exited $?: $help"
missing=()
for c in $COMMANDS; do grep -qE "(^|[^a-z-])$c([^a-z-]|$)" <<<"$help" || missing+=("$c"); done
[ ${#missing[@]} -eq 0 ] || fail "--help does not list: ${missing[*]}"$'\n'"$help"

step "ikrar-cli --version (frozen start-up time)"
t0=$(date +%s%N)
version=$(cli --version) || fail "ikrar-cli.exe --version exited $?: $version"
printf '    %s (%s ms)\n' "$version" "$((($(date +%s%N) - t0) / 1000000))"
[ -n "$version" ] || fail "--version printed nothing"

step "demo database"
out=$(cli --db "$(w "$D/demo.db")" --json demo --people 200) || fail "demo exited $?: $out"
event=$(python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["event"])' <<<"$out" 2>/dev/null) \
  || { event=none; fail "demo --json printed no event id: $out"; }
echo "    demo event $event"

step "report to PDF, fonts embedded"
out=$(cli --db "$(w "$D/demo.db")" report signed-list --event "$event" --out "$(w "$D/signed.pdf")") \
  || fail "report signed-list exited $?: $out"
[ -s "$D/signed.pdf" ] || fail "report wrote no PDF: $out"
fonts=$(pdffonts "$D/signed.pdf") || fail "pdffonts cannot read the PDF"
echo "$fonts" | sed 's/^/    /'
[ "$(echo "$fonts" | tail -n +3 | wc -l)" -gt 0 ] || fail "the PDF has no fonts"
# IKRAR_SMOKE_ALLOW_UNEMBEDDED: font names tolerated as not embedded (space-separated; default none)
bad=$(echo "$fonts" | tail -n +3 | awk -v allow=" ${IKRAR_SMOKE_ALLOW_UNEMBEDDED:-} " \
  '$(NF-4) != "yes" && index(allow, " " $1 " ") == 0 { print $1 }')
[ -z "$bad" ] || fail "font(s) not embedded in the PDF: $bad"

step "import a roster CSV, then search it"
printf '\xef\xbb\xbfNIP BARU,NAMA,JENIS KELAMIN,UNOR NAMA\r\n198609262015051001,AHMAD YANI,M,Dinas Pendidikan\r\n199001012019032002,SITI AMINAH,F,Dinas Kesehatan\r\n197503152000121003,LA ODE MUHAMMAD,M,Dinas Pendidikan\r\n' > "$D/roster.csv"
out=$(cli --db "$(w "$D/roster.db")" import-roster "$(w "$D/roster.csv")") || fail "import-roster exited $?: $out"
echo "$out" | tail -3 | sed 's/^/    /'
out=$(cli --db "$(w "$D/roster.db")" search "aminah") || fail "search exited $?: $out"
grep -qi "SITI AMINAH" <<<"$out" || fail "search 'aminah' did not find the imported SITI AMINAH: $out"

if [ "${IKRAR_SMOKE_NO_SHIM:-0}" != 1 ]; then
  step "import an ODS roster (python-calamine)"
  python3 "$ROOT/packaging/windows/roster_ods.py" "$D/roster.ods"
  out=$(cli --db "$(w "$D/roster.db")" import-roster "$(w "$D/roster.ods")") || fail "import-roster .ods exited $?: $out"
  out=$(cli --db "$(w "$D/roster.db")" search "kadek") || fail "search exited $?: $out"
  grep -qi "KADEK WIRA" <<<"$out" || fail "search 'kadek' did not find the ODS roster's I KADEK WIRA: $out"
fi

step "Ikrar.exe --smoke-test OUT.png"
if ! out=$(wrun "$APP/Ikrar.exe" --smoke-test "$(w "$D/window.png")"); then
  fail "Ikrar.exe --smoke-test failed: $out"
elif ! file "$D/window.png" 2>/dev/null | grep -q "PNG image data"; then
  fail "Ikrar.exe --smoke-test wrote no PNG: $out"
else
  echo "    $(file -b "$D/window.png")"
fi

step "installer /S"
LOCAL=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
INST_WIN="$LOCAL\\Programs\\Ikrar"
INST=$(winepath -u "$INST_WIN" 2>/dev/null)
wrun "$SETUP" /S || fail "installer exited $?"
wineserver -w
[ -f "$INST/ikrar-cli.exe" ] && [ -f "$INST/Ikrar.exe" ] && [ -f "$INST/uninstall.exe" ] \
  || fail "installer put no Ikrar.exe / ikrar-cli.exe / uninstall.exe in $INST_WIN"
regq() { wine reg query "$@" 2>/dev/null | tr -d '\r'; }
regq 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Ikrar' /v UninstallString | grep -qi 'uninstall.exe' \
  || fail "no uninstall entry under HKCU"
regq 'HKCU\Environment' /v Path | grep -qiF "$INST_WIN" || fail "install folder is not on the user's PATH"
regq 'HKCU\Software\Classes\.ikrar' /ve | grep -q 'Ikrar.SyncFile' || fail ".ikrar is not associated"
regq 'HKCU\Software\Classes\Ikrar.SyncFile\shell\open\command' /ve | grep -qiF 'Ikrar.exe" "%1"' \
  || fail ".ikrar files do not open with Ikrar.exe \"%1\""
lnks=$(find "$WINEPREFIX/drive_c/users" -iname 'Ikrar.lnk' | wc -l)
[ "$lnks" -ge 2 ] || fail "expected Start-menu and desktop shortcuts, found $lnks"

if [ -n "${IKRAR_SIGN_CERT:-}" ]; then
  step "signatures (osslsigncode verify against IKRAR_SIGN_CERT)"
  for f in "$APP/Ikrar.exe" "$APP/ikrar-cli.exe" "$SETUP" "$INST/uninstall.exe"; do
    osslsigncode verify -CAfile "$IKRAR_SIGN_CERT" -in "$f" >"$D/verify.txt" 2>&1 \
      || fail "$(basename "$f") is not signed by IKRAR_SIGN_CERT: $(grep -iE 'fail|error' "$D/verify.txt" | head -3)"
    echo "    signed: $(basename "$f")"
  done
fi

step "installed ikrar-cli --version (from PATH folder)"
out=$(wrun "$INST/ikrar-cli.exe" --version) || fail "installed ikrar-cli.exe --version exited $?: $out"
echo "    $out"
[ "$out" = "$version" ] || fail "installed version '$out' differs from the build's '$version'"
# the user's data: a database in the per-user data folder, which the uninstaller must leave alone
out=$(wrun "$INST/ikrar-cli.exe" --demo --json event list) || fail "installed ikrar-cli --demo event list exited $?: $out"
data_files=$(find "$WINEPREFIX/drive_c/users" -iname '*.db' -path '*AppData*' | grep -v '/Programs/' || true)
[ -n "$data_files" ] || fail "the installed program wrote no database in the user's data folder"

step "uninstaller /S"
wrun "$INST/uninstall.exe" /S "_?=$INST_WIN" || fail "uninstaller exited $?"
wineserver -w
rm -f "$INST/uninstall.exe"  # with _?= (run in place, so we can wait for it) it cannot delete itself
[ ! -e "$INST/ikrar-cli.exe" ] && [ ! -e "$INST/_internal" ] || fail "program files left in $INST_WIN"
regq 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Ikrar' >/dev/null && fail "uninstall entry left"
regq 'HKCU\Environment' /v Path | grep -qiF "$INST_WIN" && fail "install folder left on PATH"
regq 'HKCU\Software\Classes\Ikrar.SyncFile' >/dev/null && fail ".ikrar association left"
lnks=$(find "$WINEPREFIX/drive_c/users" -iname 'Ikrar.lnk' | wc -l)
[ "$lnks" -eq 0 ] || fail "$lnks shortcut(s) left"
while IFS= read -r f; do [ -f "$f" ] || fail "the uninstaller removed the user's data: $f"; done <<<"$data_files"
echo "    user data kept: $(echo "$data_files" | wc -l) database file(s)"

wineserver -k 2>/dev/null || true
total_time
[ "$FAILURES" = 0 ] || { echo "SMOKE FAILED: $FAILURES failure(s)"; exit 1; }
echo "SMOKE OK"
