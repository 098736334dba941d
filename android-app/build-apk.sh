#!/usr/bin/env bash
# Builds the signed debug APK from what Maven prepared (called by the `package` phase, see pom.xml):
#   target/deps/      the libraries (AARs and jars), target/tools/r8.jar, target/classes (the core)
#   $1                Robolectric's android-all jar (the Android 14 framework and its resource table)
# Steps: unpack the AARs, compile and link every resource with aapt2 (R classes for each library
# package), compile the screens with javac, dex everything with D8, align, sign with apksigner.
set -euo pipefail
cd "$(dirname "$0")"
ANDROID_ALL=$1
MIN_SDK=$2
TARGET_SDK=$3
VERSION_CODE=$4
VERSION_NAME=$5
APPLICATION_ID=org.weiyuan.app
T=target
APK=$T/weiyuan-app.apk

tool() { # aapt2, apksigner, zipalign: from ANDROID_HOME's newest build-tools, else from the PATH
  if [ -n "${ANDROID_HOME:-}" ] && ls -d "$ANDROID_HOME"/build-tools/* >/dev/null 2>&1; then
    local bt; bt=$(ls -d "$ANDROID_HOME"/build-tools/* | sort -V | tail -1)
    [ -x "$bt/$1" ] && { echo "$bt/$1"; return; }
  fi
  command -v "$1" || true
}
AAPT2=$(tool aapt2); APKSIGNER=$(tool apksigner); ZIPALIGN=$(tool zipalign)
missing=""
[ -n "$AAPT2" ] || missing="$missing aapt"
[ -n "$APKSIGNER" ] || missing="$missing apksigner"
[ -n "$ZIPALIGN" ] || missing="$missing zipalign"
command -v unzip >/dev/null || missing="$missing unzip"
command -v zip >/dev/null || missing="$missing zip"
if [ -n "$missing" ]; then
  echo "[apk] missing tools. On Debian/Ubuntu: sudo apt-get install$missing" >&2
  echo "[apk] (or set ANDROID_HOME to an Android SDK with build-tools)" >&2
  exit 1
fi

rm -rf "$T/aar" "$T/flat" "$T/gen" "$T/ui-classes" "$T/dex" "$T"/*.apk "$T"/*.ap_
mkdir -p "$T/aar" "$T/flat" "$T/gen" "$T/ui-classes" "$T/dex"

# 1. unpack the AARs: classes, resources, and each library's package (for its R class)
CLASSPATH="$ANDROID_ALL"
LIBS=()
PACKAGES=()
for aar in "$T"/deps/*.aar; do
  name=$(basename "$aar" .aar)
  unzip -q -o "$aar" -d "$T/aar/$name"
  [ -f "$T/aar/$name/classes.jar" ] && LIBS+=("$T/aar/$name/classes.jar")
  for extra in "$T/aar/$name"/libs/*.jar; do [ -f "$extra" ] && LIBS+=("$extra"); done
  if [ -d "$T/aar/$name/res" ] && [ -n "$(ls -A "$T/aar/$name/res")" ]; then
    if grep -rqs "<macro " "$T/aar/$name/res"; then java tools/ExpandMacros.java "$T/aar/$name/res"; fi
    "$AAPT2" compile --dir "$T/aar/$name/res" -o "$T/flat/$name.zip"
    PACKAGES+=("$(sed -n 's/.*package="\([^"]*\)".*/\1/p' "$T/aar/$name/AndroidManifest.xml" | head -1)")
  fi
done
for jar in "$T"/deps/*.jar; do LIBS+=("$jar"); done
for lib in "${LIBS[@]}"; do CLASSPATH="$CLASSPATH:$lib"; done

# 2. the app's resources, linked over the libraries' (libraries first, the app overrides)
"$AAPT2" compile --dir src/main/res -o "$T/flat/app.zip"
# the source manifest has no package (Gradle's namespace gives it); aapt2 needs one
sed "s|<manifest |<manifest package=\"$APPLICATION_ID\" |" src/main/AndroidManifest.xml > "$T/AndroidManifest.xml"
LINK=()
for f in "$T"/flat/*.zip; do [ "$f" = "$T/flat/app.zip" ] || LINK+=(-R "$f"); done
"$AAPT2" link -o "$T/resources.ap_" -I "$ANDROID_ALL" --manifest "$T/AndroidManifest.xml" \
  --min-sdk-version "$MIN_SDK" --target-sdk-version "$TARGET_SDK" \
  --version-code "$VERSION_CODE" --version-name "$VERSION_NAME" \
  --auto-add-overlay "${LINK[@]}" -R "$T/flat/app.zip" \
  --java "$T/gen" --extra-packages "$(IFS=:; echo "${PACKAGES[*]}")" \
  --output-text-symbols "$T/R.txt"

# 3. the screens (and R), against the framework, the libraries and the core Maven compiled
find src/main/java -name '*.java' -path '*/ui/*' > "$T/ui-sources.txt"
find "$T/gen" -name '*.java' >> "$T/ui-sources.txt"
javac --release 11 -nowarn -Xlint:-options -encoding UTF-8 -d "$T/ui-classes" -cp "$CLASSPATH:$T/classes" @"$T/ui-sources.txt" \
  || { echo "[apk] javac failed" >&2; exit 1; }

# 4. dex: the app and every library, desugared for the minimum API level
jar cf "$T/app-classes.jar" -C "$T/classes" . -C "$T/ui-classes" .
java -cp "$T/tools/r8.jar" com.android.tools.r8.D8 --release --min-api "$MIN_SDK" --lib "$ANDROID_ALL" \
  --output "$T/dex" "$T/app-classes.jar" "${LIBS[@]}"

# 5. package, align, sign with the debug key (made once per machine, as Android tooling does)
cp "$T/resources.ap_" "$T/unaligned.apk"
(cd "$T/dex" && zip -q -r ../unaligned.apk classes*.dex)
"$ZIPALIGN" -f -p 4 "$T/unaligned.apk" "$T/aligned.apk"
KEYSTORE=${WEIYUAN_DEBUG_KEYSTORE:-$HOME/.android/debug.keystore}
if [ ! -f "$KEYSTORE" ]; then
  mkdir -p "$(dirname "$KEYSTORE")"
  keytool -genkeypair -keystore "$KEYSTORE" -storepass android -keypass android -alias androiddebugkey \
    -keyalg RSA -keysize 2048 -validity 10000 -dname "CN=Android Debug,O=Android,C=US" >/dev/null 2>&1
fi
"$APKSIGNER" sign --ks "$KEYSTORE" --ks-pass pass:android --key-pass pass:android --ks-key-alias androiddebugkey \
  --out "$APK" "$T/aligned.apk"
"$APKSIGNER" verify "$APK"
rm -f "$T/unaligned.apk" "$T/aligned.apk"

echo "[apk] $APK: $(du -k "$APK" | cut -f1) KB, signature verified"
aapt dump badging "$APK" 2>/dev/null | grep -E "^package:|^sdkVersion|^targetSdkVersion|launchable-activity" || true
