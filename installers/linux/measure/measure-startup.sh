#!/usr/bin/env bash
# Start-up figures for installers/README.md: time from process start to the first frame under Xvfb, for the
# INSTALLED Steemdesk (/opt/steemdesk): through its launcher, and with the bundled runtime's java directly (with
# the AppCDS archive, with only the runtime's default CDS archive, with no CDS at all), and for a bare JavaFX
# window on the same runtime. Runs are interleaved; the OS file cache is warm (the caches are not dropped).
# Usage: measure-startup.sh [RUNS]   (needs the .deb installed, Xvfb, and a JDK's javac for the baseline)
set -euo pipefail
runs=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
opt=/opt/steemdesk
work=$(mktemp -d)
xvfb_pid=""
trap '[ -z "$xvfb_pid" ] || kill "$xvfb_pid"; rm -rf "$work"' EXIT

app="$opt/lib/app"
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$app/steemdesk.cfg" | sed "s|^|$app/|" | paste -sd: -)
fx=$(ls "$app"/javafx-*.jar | paste -sd: -)
javac -d "$work/bare" -cp "$fx" "$here/BareWindow.java"

for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
export DISPLAY=":$n"

first_frame() { # label command...
  local label=$1 log="$work/run.log" pid
  shift
  "$@" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 240); do grep -q 'first frame' "$log" && break; sleep 0.05; done
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null || true
  echo "$label $(grep -o 'first frame [0-9]*' "$log" | grep -o '[0-9]*$')"
}

java="$opt/lib/runtime/bin/java"
trace=-Dsteemdesk.startupTrace=true
for _ in $(seq "$runs"); do
  first_frame "installed-launcher(AppCDS)" env JAVA_TOOL_OPTIONS=$trace "$opt/bin/steemdesk" --lang ko --data-dir "$work/d"
  first_frame "runtime-AppCDS(no-launcher)" "$java" -XX:+UseSerialGC -XX:SharedArchiveFile="$app/steemdesk.jsa" $trace \
    -cp "$classpath" org.steemdesk.launcher.SteemdeskLauncher --lang ko --data-dir "$work/d"
  first_frame "runtime-default-CDS-only" "$java" -XX:+UseSerialGC $trace -cp "$classpath" \
    org.steemdesk.launcher.SteemdeskLauncher --lang ko --data-dir "$work/d"
  first_frame "no-CDS(-Xshare:off)" "$java" -XX:+UseSerialGC -Xshare:off $trace -cp "$classpath" \
    org.steemdesk.launcher.SteemdeskLauncher --lang ko --data-dir "$work/d"
  first_frame "bare-JavaFX-window" "$java" -XX:+UseSerialGC -cp "$work/bare:$fx" 'BareWindow$Main'
done | awk '{ print; sum[$1] += $2; n[$1]++; if (!($1 in lo) || $2 < lo[$1]) lo[$1] = $2; if ($2 > hi[$1]) hi[$1] = $2 }
  END { print "--- ms to first frame: min / mean / max"; for (k in sum) printf "%-30s %5d %5d %5d\n", k, lo[k], sum[k] / n[k], hi[k] }'
