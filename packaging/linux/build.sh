#!/usr/bin/env bash
# Frozen Linux build with the same spec as Windows (packaging/ikrar.spec), then its smoke test:
#
#   bash packaging/linux/build.sh            # writes dist/linux/Ikrar/{ikrar,ikrar-cli}
#
# A fresh virtual environment under build/linux gets the pinned versions of
# packaging/requirements-windows.txt and the ikrar wheel; the smoke test runs the frozen ikrar-cli
# (--help, --version, demo, a PDF report with embedded fonts, a roster import) and ikrar --smoke-test.
# Needs the Qt system libraries of .ci/setup; pdffonts from poppler-utils.
# Environment: IKRAR_SRC (default: this repository), IKRAR_SMOKE_ALLOW_UNEMBEDDED (font names).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$(cd "${IKRAR_SRC:-$ROOT}" && pwd)
OUT=$ROOT/dist/linux
WORK=$ROOT/build/linux
export PIP_DISABLE_PIP_VERSION_CHECK=1
T0=$SECONDS
say() { printf '==> %s (%ss)\n' "$1" "$((SECONDS - T0))"; }
fail() { printf 'LINUX SMOKE FAILED: %s\n' "$*" >&2; exit 1; }

say "virtual environment"
if ! python3 -m venv --help >/dev/null 2>&1 || ! command -v pdffonts >/dev/null; then
  [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
    --no-install-recommends python3-venv poppler-utils >/dev/null || true
fi
rm -rf "$WORK" "$OUT/Ikrar"
mkdir -p "$WORK" "$OUT"
python3 -m venv "$WORK/venv"
PY=$WORK/venv/bin/python
"$PY" -m pip install -q -r "$ROOT/packaging/requirements-windows.txt"
"$PY" -m pip wheel -q --no-deps "$SRC" -w "$WORK/wheel"
"$PY" -m pip install -q --no-deps "$WORK"/wheel/ikrar-*.whl

say "PyInstaller"
(cd "$ROOT" && IKRAR_SRC="$SRC" "$PY" -m PyInstaller packaging/ikrar.spec --distpath "$OUT" \
  --workpath "$WORK/pyinstaller" --noconfirm --log-level WARN)
[ -x "$OUT/Ikrar/ikrar" ] && [ -x "$OUT/Ikrar/ikrar-cli" ] || fail "no ikrar / ikrar-cli in $OUT/Ikrar"
echo "one-folder: $(du -sm "$OUT/Ikrar" | cut -f1) MB"

say "smoke test"
CLI=$OUT/Ikrar/ikrar-cli
D=$WORK/smoke
mkdir -p "$D"
export HOME=$D/home XDG_DATA_HOME=$D/home/.local/share XDG_CONFIG_HOME=$D/home/.config  # no real data folder
mkdir -p "$HOME"
"$CLI" --help >"$D/help.txt" || fail "ikrar-cli --help"
for c in import-roster event status search demo checkin void report package export-sync merge coverage desk; do
  grep -qE "(^|[^a-z-])$c([^a-z-]|$)" "$D/help.txt" || fail "--help does not list $c"
done
t=$(date +%s%N); v=$("$CLI" --version) || fail "--version"; echo "    $v ($((($(date +%s%N) - t) / 1000000)) ms)"
event=$("$CLI" --db "$D/demo.db" --json demo --people 200 | python3 -c 'import json,sys; print(json.load(sys.stdin)["event"])') \
  || fail "demo"
"$CLI" --db "$D/demo.db" report signed-list --event "$event" --out "$D/signed.pdf" >/dev/null || fail "report"
if command -v pdffonts >/dev/null; then
  bad=$(pdffonts "$D/signed.pdf" | tail -n +3 | awk -v allow=" ${IKRAR_SMOKE_ALLOW_UNEMBEDDED:-} " \
    '$(NF-4) != "yes" && index(allow, " " $1 " ") == 0 { print $1 }')
  [ -z "$bad" ] || fail "font(s) not embedded in the PDF: $bad"
fi
printf '\xef\xbb\xbfNIP BARU,NAMA,JENIS KELAMIN,UNOR NAMA\r\n198609262015051001,AHMAD YANI,M,Dinas Pendidikan\r\n199001012019032002,SITI AMINAH,F,Dinas Kesehatan\r\n' >"$D/roster.csv"
"$CLI" --db "$D/roster.db" import-roster "$D/roster.csv" >/dev/null || fail "import-roster"
"$CLI" --db "$D/roster.db" search aminah | grep -qi "SITI AMINAH" || fail "search after import"
QT_QPA_PLATFORM=offscreen "$OUT/Ikrar/ikrar" --smoke-test "$D/window.png" || fail "ikrar --smoke-test"
[ -s "$D/window.png" ] || fail "no window.png"
say "LINUX SMOKE OK"
