; The SiBina installer (Inno Setup 6): one file that installs without internet, for the
; signed-in Windows user only, without administrator rights.
;
;   uv run python packaging/windows/installer.py      (runs ISCC with the version)
;
; The office's data (database, backups, the private signing keys in keys\) lives in
; %LOCALAPPDATA%\SiBina\SiBina, apart from the program folder: the uninstaller removes
; only what it installed, so the data stays. Never add an [UninstallDelete] there.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; The one-folder build of packaging/build.py.
#ifndef DistDir
  #define DistDir "..\..\dist\SiBina"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Fixed for good: a new version installed over an old one finds it by this id.
AppId={{58AA675A-37E7-4660-94EB-C7537D3F003F}
AppName=SiBina
AppVersion={#AppVersion}
AppVerName=SiBina {#AppVersion}
AppPublisher=Perpustakaan Kota Tanjungpinang
; Per user: no UAC prompt, so a clerk installs it; the program goes to
; %LOCALAPPDATA%\Programs\SiBina, apart from the data folder.
PrivilegesRequired=lowest
DefaultDirName={userpf}\SiBina
DisableDirPage=yes
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; PySide6 (Qt 6) runs on 64-bit Windows 10 and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=SiBina-Setup-{#AppVersion}
SetupIconFile=sibina.ico
UninstallDisplayIcon={app}\SiBina.exe
UninstallDisplayName=SiBina
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Indonesian, whatever language Windows speaks, as SiBina itself; /LANG=en for English.
LanguageDetectionMethod=none
ShowLanguageDialog=no

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl,sibina-id.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
en.ConfirmUninstall=Remove %1 from this computer?%n%nThe office's data (the database, backups and signing keys in AppData\Local\SiBina) is kept.
en.UninstalledAll=%1 was removed from this computer. The office's data is still in AppData\Local\SiBina.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; A new version replaces the old program files entirely: a library the new build no
; longer carries must not stay behind to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "sibina.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\SiBina"; Filename: "{app}\SiBina.exe"; IconFilename: "{app}\sibina.ico"; Comment: "{cm:SiBinaComment}"
Name: "{userdesktop}\SiBina"; Filename: "{app}\SiBina.exe"; IconFilename: "{app}\sibina.ico"; Comment: "{cm:SiBinaComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\SiBina.exe"; Description: "{cm:LaunchProgram,SiBina}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.SiBinaComment=Staff development records of the library
id.SiBinaComment=Sistem Informasi Pembinaan Pustakawan
