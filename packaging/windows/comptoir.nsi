; Windows installer for Comptoir (NSIS). Build the Release preset with a Qt 6 for Windows,
; run windeployqt on comptoir.exe into dist\, then: makensis packaging\windows\comptoir.nsi
; One SQLite in the process: Qt's Windows SQLite driver carries its own copy, and Comptoir's bulk
; writer calls sqlite3.dll on the driver's connection; two copies would each keep their own locks
; on the same file. Build Qt's qsqlite plugin with -system-sqlite against the sqlite3.dll shipped
; in dist\ (tst_sqlitelibrary fails otherwise), before running windeployqt. The other libraries'
; DLLs (libzip, qpdf, libsodium, OpenSSL's libcrypto: from vcpkg or MSYS2) go in dist\ beside
; comptoir.exe, and so do Comptoir's own modules, loaded when first needed (comptoir_pdf.dll: Qt
; PDF and qpdf; comptoir_charts.dll: Qt Charts; `cmake --install` puts them beside the program on
; Windows, which says so when they are missing). Run windeployqt on them too.
Unicode true
!define APP_NAME "Comptoir"
!define APP_ID "org.ligue62.Comptoir"
!define APP_VERSION "0.1.0"
Name "${APP_NAME}"
OutFile "comptoir-${APP_VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
RequestExecutionLevel admin
!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

Section "Comptoir"
  SetOutPath "$INSTDIR"
  File /r "..\..\dist\*.*"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\comptoir.exe"
  WriteRegStr HKCR ".comptoirdb" "" "${APP_ID}.workspace"
  WriteRegStr HKCR "${APP_ID}.workspace\shell\open\command" "" '"$INSTDIR\comptoir.exe" --workspace "%1"'
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey HKCR ".comptoirdb"
  DeleteRegKey HKCR "${APP_ID}.workspace"
  RMDir /r "$INSTDIR"
SectionEnd
