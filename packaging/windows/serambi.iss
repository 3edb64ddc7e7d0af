; Serambi's Windows installer (Inno Setup 6.3 or later), around the PyInstaller folder dist\Serambi:
;   pyinstaller --noconfirm packaging\serambi.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\serambi.iss
; It installs for the current user without administrator rights (or for everyone, if the
; user chooses so), adds Serambi to the Start menu and removes it again on uninstall. The
; inbox itself (%LOCALAPPDATA%\serambi) and the passwords in the Windows Credential Manager
; are the user's and stay when Serambi is uninstalled.
#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=x.y.z serambi.iss
#endif

[Setup]
AppId=org.serambi.Serambi
AppName=Serambi
AppVersion={#AppVersion}
AppVerName=Serambi {#AppVersion}
AppPublisher=The Serambi contributors
AppPublisherURL=https://serambi.org/
AppSupportURL=https://serambi.org/issues
DefaultDirName={autopf}\Serambi
DefaultGroupName=Serambi
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Serambi-{#AppVersion}-setup
SetupIconFile=build\serambi\icons\serambi.ico
UninstallDisplayIcon={app}\Serambi.exe
UninstallDisplayName=Serambi
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Serambi must not be running while its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\Serambi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The previous version's files: a library that this version no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Serambi"; Filename: "{app}\Serambi.exe"; Comment: "One inbox for every platform your community lives on"
Name: "{autoprograms}\Serambi demo community"; Filename: "{app}\Serambi.exe"; Parameters: "--demo"
Name: "{autodesktop}\Serambi"; Filename: "{app}\Serambi.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Serambi.exe"; Description: "{cm:LaunchProgram,Serambi}"; Flags: nowait postinstall skipifsilent
