@echo off
rem Launcher of the emulation demo command line: runs emulation.jar from the folder this script is in.
rem For a quick start in a fresh JVM (docs/performance.md, "Cold start"): the class-data archive the build wrote
rem beside the jar (emulation.jsa; ignored if absent or stale) and, except for the long-running archive command,
rem the quick first-tier compiler only. JAVA_OPTS comes last and overrides these.
chcp 65001 >nul
set "EMULATION_QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="archive" set "EMULATION_QUICK="
java -Dfile.encoding=UTF-8 "-XX:SharedArchiveFile=%~dp0emulation.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off %EMULATION_QUICK% %JAVA_OPTS% -jar "%~dp0emulation.jar" %*
