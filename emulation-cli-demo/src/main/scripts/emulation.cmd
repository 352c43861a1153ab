@echo off
rem Launcher of the emulation demo command line: runs emulation.jar from the folder this script is in.
chcp 65001 >nul
java -Dfile.encoding=UTF-8 %JAVA_OPTS% -jar "%~dp0emulation.jar" %*
