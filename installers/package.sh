#!/usr/bin/env bash
# Builds Steemdesk's native packages into installers/target/ (called by `mvn -Pinstaller package`):
#   runtime/    a jlink'd Java runtime with only the JDK modules in jdk-modules.txt (checked against jdeps)
#   app-image/  the jpackage app image, with an AOT cache (JDK 25+) or AppCDS archive (JDK 17) made by starting
#               the app once
#   package/    the OS's installer: .deb on Linux, .dmg on macOS, .msi on Windows
# Usage: package.sh POM_VERSION   (from any directory; needs the launcher module packaged: launcher/target/lib)
# STEEMDESK_CDS=0 skips the AppCDS archive (Linux only; needs Xvfb or a display, and unshare).
set -euo pipefail
cd "$(dirname "$0")"

pom_version=${1:?usage: package.sh POM_VERSION}
version=${pom_version%-SNAPSHOT}
launcher=../launcher/target
target=target
main_class=org.steemdesk.launcher.SteemdeskLauncher
# The runtime comes from the newest JDK of 25 or later on this machine (JAVA_HOME's, else /usr/lib/jvm/*): the app
# starts faster there with an AOT cache (JEP 483/514) than JDK 17 with AppCDS. Without one (CI has only JDK 17),
# JAVA_HOME's or the PATH's JDK 17, as before. STEEMDESK_PACKAGE_JDK=/path/to/jdk picks one.
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2> /dev/null; }
jdk_home=${STEEMDESK_PACKAGE_JDK:-}
if [ -z "$jdk_home" ]; then
  best_v=0
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jpackage" ] || continue
    v=$(feature "$home")
    [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_v" ] && { jdk_home=$home; best_v=$v; }
  done
fi
[ -n "$jdk_home" ] || jdk_home=${JAVA_HOME:-}
jdk_bin=${jdk_home:+$jdk_home/bin/}
jdk_feature=$(feature "$(cd "$(dirname "$(readlink -f "$(command -v "${jdk_bin}jlink")")")/.." && pwd)")

case "$(uname -s)" in
  Linux) os=linux; image=steemdesk; app_dir=lib/app ;;
  Darwin) os=macos; image=Steemdesk.app; app_dir=Contents/app ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; image=Steemdesk; app_dir=app ;;
  *) echo "package.sh: no installer configuration for $(uname -s)" >&2; exit 1 ;;
esac

step() { echo "== installers: $*"; }

step "input jars"
rm -rf "$target/input" "$target/runtime" "$target/app-image" "$target/package"
mkdir -p "$target/input" "$target/package"
cp "$launcher/steemdesk-launcher-$pom_version.jar" "$target/input/"
for jar in "$launcher"/lib/*.jar; do
  # The JavaFX jars without a platform classifier are empty; the -linux/-mac/-win ones hold the code.
  [[ "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && continue
  # libsecp256k1 comes in one jar of natives per OS (1.3-2.6 MB each): a package carries only its own.
  case "$(basename "$jar")" in
    secp256k1-kmp-jni-jvm-linux-*) [ "$os" = linux ] || continue ;;
    secp256k1-kmp-jni-jvm-darwin-*) [ "$os" = macos ] || continue ;;
    secp256k1-kmp-jni-jvm-mingw-*) [ "$os" = windows ] || continue ;;
  esac
  cp "$jar" "$target/input/"
done
# sqlite-jdbc carries its native library for every OS and CPU (14 MB); a Linux package keeps only its own (the
# JDK 25 runtime and AOT cache would otherwise take the .deb over 70 MB). The jar tool of the JDK repacks it.
if [ "$os" = linux ]; then
  for jar in "$target"/input/sqlite-jdbc-*.jar; do
    [ -f "$jar" ] || continue
    unpacked=$(mktemp -d)
    (cd "$unpacked" && "${jdk_bin}jar" xf "$OLDPWD/$jar")
    natives="$unpacked/org/sqlite/native"
    find "$natives" -mindepth 1 -maxdepth 1 ! -name Linux -exec rm -rf {} +
    find "$natives/Linux" -mindepth 1 -maxdepth 1 ! -name "$(uname -m)" -exec rm -rf {} +
    [ -n "$(ls "$natives/Linux")" ] || { echo "package.sh: no SQLite native library for $(uname -m)" >&2; exit 1; }
    mv "$unpacked/META-INF/MANIFEST.MF" "$unpacked.mf"
    rm "$jar"
    "${jdk_bin}jar" --create --file "$jar" --manifest "$unpacked.mf" -C "$unpacked" .
    rm -rf "$unpacked" "$unpacked.mf"
    echo "sqlite-jdbc: natives for Linux $(uname -m) only: $(du -h "$jar" | cut -f1)"
  done
fi

step "JDK modules (jdeps)"
modules=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' jdk-modules.txt | paste -sd, -)
needed=$("${jdk_bin}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$target/input/*" "$target/input/steemdesk-launcher-$pom_version.jar")
for module in ${needed//,/ }; do
  case ",$modules," in
    *",$module,"*) ;;
    # jdk.jfr is only an optional (static) dependency of javafx.base, for its own event recording.
    *) [ "$module" = jdk.jfr ] || { echo "package.sh: the app needs $module: add it to jdk-modules.txt" >&2; exit 1; } ;;
  esac
done
# A module of the list that this JDK no longer has is left out: JDK 23 moved jdk.random into java.base.
present=$("${jdk_bin}java" --list-modules | sed 's/@.*//')
kept=()
for module in ${modules//,/ }; do
  grep -qx "$module" <<< "$present" && kept+=("$module") || echo "runtime: $module is not in this JDK (merged)"
done
modules=$(IFS=,; echo "${kept[*]}")
echo "jdeps: $needed"
echo "runtime: $modules"

step "runtime (jlink)"
"${jdk_bin}jlink" @args-jlink.txt --add-modules "$modules" --output "$target/runtime"
# jlink's CDS archive for heaps over 32 GB (no compressed oops): 11 MB a desktop client never uses.
rm -f "$target/runtime/lib/server/classes_nocoops.jsa"

step "app image (jpackage, JDK $jdk_feature)"
# JDK 24+ warns on every start about JavaFX's sun.misc.Unsafe memory access (JEP 498) unless allowed; JDK 17 would
# refuse the option.
modern=()
[ "${jdk_feature:-17}" -ge 24 ] && modern=(--java-options --sun-misc-unsafe-memory-access=allow)
# JDK 22+: the C heap's free pages handed back every 5 s (see ./steemdesk: about 25 MB less resident).
[ "${jdk_feature:-17}" -ge 22 ] && modern+=(--java-options -XX:TrimNativeHeapInterval=5000)
"${jdk_bin}jpackage" --type app-image @common/args-app-image.txt @"$os"/args-app-image.txt "${modern[@]}" \
  --app-version "$version" --runtime-image "$target/runtime" --input "$target/input" \
  --main-jar "steemdesk-launcher-$pom_version.jar" --dest "$target/app-image"
app="$target/app-image/$image"
if [ "$os" = linux ]; then
  # bin/steemdesk: a script that starts the runtime as jpackage's launcher would from its cfg, without the dpkg and
  # rpm queries that launcher runs before every start (see linux/launcher.sh).
  install -m 755 linux/launcher.sh "$app/bin/steemdesk"
  # The .deb's postinst copies these into /usr/share/applications, the hicolor icon theme and systemd's user units.
  mkdir -p "$app/lib/icons"
  cp icon/png/steemdesk-*.png "$app/lib/icons/"
  cp linux/steemdesk.desktop "$app/lib/"
  # The curation runner's systemd user unit; postinst puts it where `systemctl --user` finds it.
  cp linux/systemd/steemdesk-curate.service "$app/lib/"
fi

# AppCDS (Linux only): JDK 17 accepts a dynamic archive only with the exact class path it was made with, so the
# app must be started at the path the .deb installs to. cds-training.sh does that inside a private mount namespace
# (unshare; as root, or in a user namespace otherwise) where the app image is mounted on /opt/steemdesk. The
# macOS .app and the per-user Windows install have no fixed path, so they go without (see README.md).
cds_archive() {
  local cfg="$app/$app_dir/steemdesk.cfg" log display_pid="" flags=-m
  command -v unshare > /dev/null || { echo "no unshare (util-linux): no AppCDS archive" >&2; return 0; }
  # CDS rejects a class-path jar whose modification time differs from the one recorded at dump time, unless that
  # time was 0; jpackage does not keep file times when it copies the image into the .deb, so fix them at 0.
  # The archive still checks each jar's size.
  TZ=UTC touch -t 197001010000.00 "$app/$app_dir"/*.jar
  log=$(mktemp)
  [ "$(id -u)" = 0 ] || flags=-rm
  if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb > /dev/null || { echo "no DISPLAY and no Xvfb: no AppCDS archive" >&2; return 0; }
    local n
    for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
    display_pid=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  fi
  # JDK 25+: an AOT cache (classes loaded and linked, and profiles), else a dynamic AppCDS archive.
  local archive=steemdesk.jsa option=SharedArchiveFile
  [ "${jdk_feature:-17}" -ge 25 ] && { archive=steemdesk.aot; option=AOTCache; }
  if DISPLAY=${DISPLAY:-:$n} unshare "$flags" bash linux/cds-training.sh "$(cd "$app" && pwd)" /opt/steemdesk \
      "$main_class" "$log" "$archive" && [ -s "$app/$app_dir/$archive" ]; then
    awk -v opt="java-options=-XX:$option=\$APPDIR/$archive" '{ print } /^\[JavaOptions\]$/ { print opt }' \
      "$cfg" > "$cfg.new"
    mv "$cfg.new" "$cfg"
    echo "class cache ($option): $(du -h "$app/$app_dir/$archive" | cut -f1)"
  else
    echo "the training run failed: no class cache" >&2
    cat "$log" >&2
    rm -f "$app/$app_dir/$archive"
  fi
  [ -z "$display_pid" ] || kill "$display_pid" 2> /dev/null || true
  rm -f "$log"
}

if [ "${STEEMDESK_CDS:-1}" = 1 ] && [ "$os" = linux ]; then
  step "AppCDS archive (one start of the app at /opt/steemdesk)"
  cds_archive
fi

step "package (jpackage, $os)"
package_args=()
if [ "$os" = linux ] && [ "${jdk_feature:-17}" -ge 25 ]; then
  # JDK 25's jpackage fills the .deb's version from APPLICATION_VERSION_WITH_RELEASE; JDK 17's from
  # APPLICATION_VERSION-APPLICATION_RELEASE (the one in linux/resources/control). The same version either way.
  rm -rf "$target/resources"
  cp -r linux/resources "$target/resources"
  sed -i 's/APPLICATION_VERSION-APPLICATION_RELEASE/APPLICATION_VERSION_WITH_RELEASE/' "$target/resources/control"
  package_args=(--resource-dir "$target/resources" --linux-app-release 1)
fi
"${jdk_bin}jpackage" @"$os"/args-package.txt "${package_args[@]}" --app-image "$app" --app-version "$version" \
  --dest "$target/package"
ls -l "$target/package"
