# Sourced by build.sh and smoke.sh: paths, Debian packages, the Wine prefix, step timing.
# Nothing here names a machine-specific path: everything hangs off the repository and $HOME.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${IKRAR_BUILD_CACHE:-$HOME/.cache/ikrar-build}
OUT=${IKRAR_DIST:-$ROOT/dist/windows}
WORK=${IKRAR_WORK:-$ROOT/build/windows}

export WINEPREFIX=${IKRAR_WINEPREFIX:-$CACHE/wine-prefix}
export WINEARCH=win64
export WINEDEBUG=${WINEDEBUG:--all}
# no menu entries or file associations on the build machine; no Mono/Gecko download prompts
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
export DISPLAY=  # never a real screen: only Qt's offscreen platform works under Wine 8
# Wine hands QT_* variables of the Unix side to no Windows program; WINEQT_* arrive as QT_*.
export WINEQT_QPA_PLATFORM=offscreen
# Qt's offscreen platform on Windows finds no fonts by itself (Wine's C:\windows\Fonts is empty)
if [ -d /usr/share/fonts/truetype/liberation ]; then
  export WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\liberation'
else
  export WINEQT_QPA_FONTDIR='Z:\usr\share\wine\fonts'
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_BREAK_SYSTEM_PACKAGES=1

# no Wine process outlives the script that started it, however it ends
trap 'wineserver -k >/dev/null 2>&1 || true' EXIT

_T0=$(date +%s)
_STEP=""
_STEP_T=$_T0
step() {  # step NAME: ends the previous step (printing its time) and starts NAME
  local now
  now=$(date +%s)
  [ -n "$_STEP" ] && printf '    %s: %ss\n' "$_STEP" "$((now - _STEP_T))"
  _STEP=$1
  _STEP_T=$now
  [ -n "$_STEP" ] && printf '==> %s\n' "$_STEP"
  return 0
}
total_time() { step ""; printf '==> total %ss\n' "$(($(date +%s) - _T0))"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# Debian packages, installed only when missing; apt-get waits for the lock and is retried.
need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "need root to install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local try
  for try in 1 2 3 4 5; do
    if apt-get -o DPkg::Lock::Timeout=600 -q update >/dev/null &&
       apt-get -o DPkg::Lock::Timeout=600 -y -q --no-install-recommends install "${missing[@]}" >/dev/null; then
      return 0
    fi
    echo "apt-get failed (try $try), retrying in $((try * 10))s" >&2
    sleep $((try * 10))
  done
  die "could not install: ${missing[*]}"
}

WINE_PACKAGES=(wine wine64 libwine fonts-wine fonts-liberation libgnutls30)

# A Windows 10 Wine prefix of our own (made once, cached).
wine_prefix() {
  if [ ! -f "$WINEPREFIX/.ikrar-ready" ]; then
    rm -rf "$WINEPREFIX"
    mkdir -p "$(dirname "$WINEPREFIX")"
    wineboot -i >/dev/null 2>&1 || true
    wineserver -w
    # Wine links Desktop, Documents, ... to $HOME: an installer's desktop shortcut would land there.
    local link
    for link in "$WINEPREFIX"/drive_c/users/*/*; do
      if [ -L "$link" ]; then rm -f "$link" && mkdir -p "$link"; fi
    done
    wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f 2>&1 | cat >/dev/null
    wineserver -w
    [ -d "$WINEPREFIX/drive_c/windows/system32" ] || die "wineboot did not make a prefix in $WINEPREFIX"
    touch "$WINEPREFIX/.ikrar-ready"
  fi
}

# An absolute Unix path as Windows programs see it under Wine (drive Z: is /), without starting Wine.
winpath() {
  local p
  p=$(realpath -m "$1")
  printf 'Z:%s\n' "${p//\//\\}"
}

# Runs a Windows program with stdout and stderr as pipes (a file there gives WinError 6 at start-up).
# Its exit status is the program's (use `wrun ... || rc=$?` under set -e).
wrun() {
  local rcf rc
  rcf=$(mktemp)
  { rc=0; wine "$@" 2>&1 || rc=$?; echo "$rc" >"$rcf"; } | cat
  rc=$(cat "$rcf")
  rm -f "$rcf"
  return "$rc"
}

# pip, without the notes some machines' pip.conf adds for every local index that lacks a package
pipq() { python3 -m pip "$@" 2>&1 | sed '/is ignored: it is neither a file nor a directory/d'; }

# Version from pyproject.toml of the source tree given.
project_version() {
  python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$1/pyproject.toml"
}
