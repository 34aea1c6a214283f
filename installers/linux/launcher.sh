#!/bin/bash
# The Linux app image's bin/steemdesk (package.sh puts it in place of jpackage's launcher): starts the bundled
# runtime's java with exactly what jpackage's launcher reads from lib/app/steemdesk.cfg (its JVM options, class path
# and main class; $APPDIR, $ROOTDIR and $BINDIR as that launcher fills them in), but without the package queries
# that launcher runs on every start, before the JVM: `rpm -qf` and `dpkg -S` on itself, twice (JDK 17 and 25 alike),
# and `dpkg -L` when the .deb installed it. On the build machine one rpm/dpkg -S pair took 0.17-0.31 s wall and
# 0.12 CPU-s (load 10, 814 packages; installers/README.md), and dpkg -S takes longer the more packages a system has.
# The class path is the string the class cache was made with (linux/cds-training.sh builds it the same way).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
app=$root/lib/app
options=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath+=${classpath:+:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$app/steemdesk.cfg"
# fill: the cfg's placeholders, as jpackage's launcher replaces them.
fill() {
  local s=${1//\$APPDIR/$app}
  s=${s//\$ROOTDIR/$root}
  printf '%s' "${s//\$BINDIR/$root/bin}"
}
for i in "${!options[@]}"; do options[i]=$(fill "${options[i]}"); done
# No GPU device (no DRM node, no NVIDIA device): JavaFX draws in software there (the launcher's RenderingPipeline),
# and GDK's GL is of no use either. Without this, the first GTK client of an X display probes GL to cache its
# visuals on the root window (GDK_VISUALS), mapping Mesa's GL and LLVM (about 50 MB) for the rest of its life.
if [ -z "$(ls -A /dev/dri 2> /dev/null)" ] && ! [ -e /dev/nvidia0 ]; then export GDK_GL=${GDK_GL:-disable}; fi
# Named Steemdesk, not java, as jpackage's launcher was: GTK names the window group's leader after the program
# (what .ci/installers finds in Korean, where the window's own title is 스팀데스크), and `ps` and system monitors show it.
exec -a Steemdesk "$root/lib/runtime/bin/java" "${options[@]}" -cp "$(fill "$classpath")" "$main" "$@"
