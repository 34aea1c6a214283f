#!/usr/bin/env bash
# Makes the AppCDS archive of the app image: run by package.sh in a private mount namespace (unshare -m), where
# the image is mounted at its install path, so the archive records the class path the installed launcher uses.
# Starts the desktop app on a data folder seeded with the feed page it opens on (training/trending.json, a real node
# response, stored by the launcher's TrainingFeed through the app's own cache code; no node at package time: the
# app is pointed at a closed loopback port), waits until it has laid out those cached feed rows, and stops it with
# SIGTERM (the JVM still dumps the archive on that exit). Waiting for the rows, not only the first frame, is what puts
# the feed's classes in the cache (JSON, the excerpts' Markdown and HTML cleaning, the rows): trained on an empty
# folder, the cache held 6,551 of the 8,222 classes the installed app loads up to its cached rows (installers/README).
# On a JDK 25+ runtime it makes an AOT cache instead (ARCHIVE ending in .aot): this start records what the app
# loads, then the cache is assembled from that record (-XX:AOTMode=record, then create), at the same path.
# Usage: cds-training.sh IMAGE INSTALL_DIR MAIN_CLASS LOG [ARCHIVE]   (ARCHIVE: steemdesk.jsa by default)
set -euo pipefail
image=$1 install_dir=$2 main_class=$3 log=$4 archive=${5:-steemdesk.jsa}

mount -t tmpfs steemdesk-cds "$(dirname "$install_dir")"
mkdir "$install_dir"
mount --bind "$image" "$install_dir"

app="$install_dir/lib/app"
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$app/steemdesk.cfg" | sed "s|^|$app/|" | paste -sd: -)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
java="$install_dir/lib/runtime/bin/java"
# The same collector and options as the launcher (the archive is only used with the GC it was made with).
options=(-XX:+UseSerialGC $(sed -n 's/^java-options=//p' "$app/steemdesk.cfg" | grep -v '^-X[lm]' || true))
if [ "${archive##*.}" = aot ]; then
  record=(-XX:AOTMode=record -XX:AOTConfiguration="$scratch/steemdesk.aotconf")
else
  record=(-XX:ArchiveClassesAtExit="$app/$archive")
fi
# The seeding is a start of its own, before the recorded one and not recorded itself.
"$java" -Xlog:disable -Duser.home="$scratch" -cp "$classpath" org.steemdesk.launcher.TrainingFeed "$scratch/data" \
  "$(dirname "$0")/training/trending.json" >> "$log" 2>&1
# A closed port: refused at once, so the rows can only come from cache.db and nothing leaves the machine.
"$java" "${options[@]}" "${record[@]}" -Xlog:disable -Duser.home="$scratch" -Dsteemdesk.startupTrace=true \
  -cp "$classpath" "$main_class" --data-dir "$scratch/data" --node http://127.0.0.1:9 --lang ko >> "$log" 2>&1 &
pid=$!
# The startup trace's mark for the cached rows laid out (ui's StartupTrace; bench/startup waits for the same).
for _ in $(seq 1 480); do
  grep -q 'feed rows shown' "$log" && break
  kill -0 "$pid" 2> /dev/null || break
  sleep 0.25
done
# A moment more, so the classes used right after the rows are in the archive too.
sleep 2
kill -TERM "$pid" 2> /dev/null || true
wait "$pid" || true
grep -q 'first frame' "$log"
grep -q 'feed rows shown' "$log" || { echo "cds-training.sh: the training start showed no cached feed rows" >&2; exit 1; }
if [ "${archive##*.}" = aot ]; then
  "$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$scratch/steemdesk.aotconf" \
    -XX:AOTCache="$app/$archive" -Xlog:disable -cp "$classpath" >> "$log" 2>&1
fi
