; Ikrar installer: per user, no administrator rights.
;
;   makensis -DVERSION=1.2.3 -DSRCDIR=<dist>/Ikrar -DOUTFILE=<dist>/Ikrar-1.2.3-setup.exe \
;            [-DSIGN=<packaging/windows/sign.sh>] packaging/windows/installer.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Ikrar, adds Start-menu and desktop shortcuts, puts the folder on
; the user's PATH (HKCU\Environment), registers the uninstaller under HKCU ...\Uninstall and opens .ikrar
; files with Ikrar.exe (HKCU\Software\Classes). `/S` installs silently; `/D=PATH` (last) picks the folder.
; The user's database and keys live in the per-user data folder (platformdirs), never in the install
; folder, so the uninstaller leaves them in place.

Unicode true
Target amd64-unicode          ; a 64-bit installer: the x86 default exits 0 under wine64 and installs nothing
RequestExecutionLevel user
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !error "pass -DSRCDIR=<the PyInstaller one-folder build>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Ikrar-${VERSION}-setup.exe"
!endif
!ifndef VIVERSION
  !define VIVERSION "0.0.0.0"
!endif

!define APP "Ikrar"
!define PUBLISHER "Ikrar"
!define PROGID "Ikrar.SyncFile"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define ENV_KEY "Environment"
!define /math PATH_MAX_SAFE ${NSIS_MAX_STRLEN} - 2   ; a longer PATH may have been cut short on reading

!ifdef SIGN   ; sign the uninstaller as it is written, and the installer once it is done
  !uninstfinalize 'bash "${SIGN}" "%1"' = 0
  !finalize 'bash "${SIGN}" "%1"' = 0
!endif

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
ShowInstDetails show
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "FileFunc.nsh"
!include "StrFunc.nsh"
${StrStr}
${UnStrRep}

!define MUI_ABORTWARNING
!if /FileExists "${__FILEDIR__}/../../resources/icons/ikrar.ico"
  !define MUI_ICON "${__FILEDIR__}/../../resources/icons/ikrar.ico"
  !define MUI_UNICON "${__FILEDIR__}/../../resources/icons/ikrar.ico"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\Ikrar.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Ikrar" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; a previous version's program files go first (never the user's data: that is not in here)
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"

  ; Add/remove programs (this user only)
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\Ikrar.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0

  ; shortcuts
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\Ikrar.exe" "" "$INSTDIR\Ikrar.exe" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\Ikrar.exe" "" "$INSTDIR\Ikrar.exe" 0

  ; .ikrar files open in Ikrar
  WriteRegStr HKCU "Software\Classes\.ikrar" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Berkas Ikrar (sinkronisasi / paket acara)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\Ikrar.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\Ikrar.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; the install folder on the user's PATH, so `ikrar-cli` works in a new console
  ClearErrors
  ReadRegStr $0 HKCU "${ENV_KEY}" "Path"
  StrLen $1 $0
  ${If} $1 >= ${PATH_MAX_SAFE}
    DetailPrint "PATH is too long to change safely; add $INSTDIR to it by hand to use ikrar-cli"
  ${Else}
    ${StrStr} $2 ";$0;" ";$INSTDIR;"
    ${If} $2 == ""
      ${If} $0 == ""
        StrCpy $0 "$INSTDIR"
      ${Else}
        StrCpy $0 "$0;$INSTDIR"
      ${EndIf}
      WriteRegExpandStr HKCU "${ENV_KEY}" "Path" "$0"
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${EndIf}
  ${EndIf}
SectionEnd

Section "Uninstall"
  ; program files only: the database, keys and settings are in the per-user data folder
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Ikrar.exe"
  Delete "$INSTDIR\ikrar-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"   ; only if empty: nothing of the user's is removed

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ReadRegStr $0 HKCU "Software\Classes\.ikrar" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.ikrar"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ReadRegStr $0 HKCU "${ENV_KEY}" "Path"
  StrLen $1 $0
  ${If} $1 < ${PATH_MAX_SAFE}
    StrCpy $2 ";$0;"
    ${UnStrRep} $2 $2 ";$INSTDIR;" ";"
    StrCpy $2 $2 "" 1   ; strip the separators added above
    StrCpy $2 $2 -1
    ${If} $2 != $0
      ${If} $2 == ""
        DeleteRegValue HKCU "${ENV_KEY}" "Path"
      ${Else}
        WriteRegExpandStr HKCU "${ENV_KEY}" "Path" "$2"
      ${EndIf}
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${EndIf}
  ${EndIf}

  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
