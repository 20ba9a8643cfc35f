#!/usr/bin/env bash
# Authenticode-signs one Windows executable in place with osslsigncode:
#   IKRAR_SIGN_CERT=cert.pem IKRAR_SIGN_KEY=key.pem [IKRAR_SIGN_PASS=...] [IKRAR_SIGN_TIMESTAMP=URL] \
#     bash packaging/windows/sign.sh FILE.exe
# The certificate may be PEM or DER (or a .spc chain); the key PEM or DER. Used by build.sh and, for the
# uninstaller it writes, by makensis (!uninstfinalize).
set -euo pipefail
file=${1:?usage: sign.sh FILE.exe}
: "${IKRAR_SIGN_CERT:?IKRAR_SIGN_CERT is not set}" "${IKRAR_SIGN_KEY:?IKRAR_SIGN_KEY is not set}"
args=(sign -certs "$IKRAR_SIGN_CERT" -key "$IKRAR_SIGN_KEY" -h sha256 -n "Ikrar")
[ -n "${IKRAR_SIGN_PASS:-}" ] && args+=(-readpass -)   # the passphrase comes on stdin, not in argv
[ -n "${IKRAR_SIGN_TIMESTAMP:-}" ] && args+=(-ts "$IKRAR_SIGN_TIMESTAMP")
tmp="$file.signing"
rm -f "$tmp"
printf '%s' "${IKRAR_SIGN_PASS:-}" | osslsigncode "${args[@]}" -in "$file" -out "$tmp" >/dev/null
mv -f "$tmp" "$file"
echo "signed: $(basename "$file")"
