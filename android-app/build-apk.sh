#!/usr/bin/env bash
# Builds the signed debug APK from what Maven prepared (called by the `package` phase, see pom.xml):
#   target/deps/      the libraries (AARs and jars), target/tools/r8.jar, target/classes (the core)
#   $1                Robolectric's android-all jar (the Android 14 framework and its resource table)
# Steps: unpack the AARs, compile and link every resource with aapt2 (R classes for each library
# package), compile the screens with javac, shrink and dex with R8, align, sign with apksigner.
set -euo pipefail
cd "$(dirname "$0")"
STAGE=$1          # "screens" (process-classes: resources, R, screens) or "apk" (package: dex, sign)
ANDROID_ALL=$2
MIN_SDK=$3
TARGET_SDK=$4
VERSION_CODE=$5
VERSION_NAME=$6
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

libraries() { # the libraries' class jars (after the screens stage unpacked them)
  for aar in "$T"/deps/*.aar; do
    name=$(basename "$aar" .aar)
    [ -f "$T/aar/$name/classes.jar" ] && echo "$T/aar/$name/classes.jar"
    for extra in "$T/aar/$name"/libs/*.jar; do [ -f "$extra" ] && echo "$extra"; done
  done
  for jar in "$T"/deps/*.jar; do echo "$jar"; done
}

if [ "$STAGE" = apk ]; then
  mapfile -t LIBS < <(libraries)
  rm -rf "$T/dex" "$T"/*.apk && mkdir -p "$T/dex"
  # 4. dex: the app and what it uses of every library, desugared for the minimum API level
  jar cf "$T/app-classes.jar" -C "$T/classes" . -C "$T/ui-classes" .
  # R8: shrinks away what no screen uses (most of Material and Kotlin's library), with the rules
  # the libraries ship (each AAR's proguard.txt, OkHttp's in its jar) and aapt2's for the manifest and layouts
  RULES=(--pg-conf proguard-rules.pro --pg-conf "$T/aapt-rules.txt")
  for rules in "$T"/aar/*/proguard.txt; do [ -f "$rules" ] && RULES+=(--pg-conf "$rules"); done
  mkdir -p "$T/jar-rules"
  for jar in "$T"/deps/*.jar; do
    for entry in $(unzip -Z1 "$jar" 'META-INF/proguard/*' 2>/dev/null || true); do
      out="$T/jar-rules/$(basename "$jar" .jar)-$(basename "$entry")"
      unzip -p "$jar" "$entry" > "$out" && RULES+=(--pg-conf "$out")
    done
  done
  JDK_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")") # java.* is not in android-all: R8 reads it from the JDK
  java -cp "$T/tools/r8.jar" com.android.tools.r8.R8 --release --min-api "$MIN_SDK" --lib "$ANDROID_ALL" --lib "$JDK_HOME" \
    --pg-map-output "$T/r8-mapping.txt" "${RULES[@]}" --output "$T/dex" "$T/app-classes.jar" "${LIBS[@]}" > "$T/r8.log" 2>&1 \
    || { cat "$T/r8.log" >&2; echo "[apk] R8 failed (its log: $T/r8.log)" >&2; exit 1; }
  # 4b. the shrunk app never runs in the tests: check that the manifest's components survived by name and
  # that nothing it calls is missing (OkHttp's optional TLS providers may be: it looks them up by reflection;
  # so may AndroidX's build-time annotation classes: the runtime never resolves them)
  java -cp "$T/tools/r8.jar" com.android.tools.r8.tracereferences.TraceReferences --check --lib "$ANDROID_ALL" \
    --lib "$JDK_HOME" --source "$T/dex/classes.dex" > "$T/trace-references.txt" 2>&1 || true
  java tools/CheckShrunkApp.java "$T/AndroidManifest.xml" "$T/aapt-rules.txt" "$T/r8-mapping.txt" "$T/trace-references.txt" \
    org.conscrypt. org.bouncycastle. org.openjsse. androidx.annotation.

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

  # 6. the release: the same dex over the release's resources, signed with the keystore the
  # environment names (never the debug key); without one it is left unsigned, and still checked
  cp "$T/resources-release.ap_" "$T/unaligned.apk"
  (cd "$T/dex" && zip -q -r ../unaligned.apk classes*.dex)
  "$ZIPALIGN" -f -p 4 "$T/unaligned.apk" "$T/aligned.apk"
  rm -f "$T/unaligned.apk"
  if [ -n "${WEIYUAN_RELEASE_KEYSTORE:-}" ]; then
    : "${WEIYUAN_RELEASE_KEY_ALIAS:?the alias of the release key in WEIYUAN_RELEASE_KEYSTORE}" "${WEIYUAN_RELEASE_STORE_PASSWORD:?the keystore password}"
    RELEASE_APK=$T/weiyuan-app-release.apk
    KEY_PASS=()
    [ -n "${WEIYUAN_RELEASE_KEY_PASSWORD:-}" ] && KEY_PASS=(--key-pass env:WEIYUAN_RELEASE_KEY_PASSWORD)
    "$APKSIGNER" sign --ks "$WEIYUAN_RELEASE_KEYSTORE" --ks-pass env:WEIYUAN_RELEASE_STORE_PASSWORD "${KEY_PASS[@]}" \
      --ks-key-alias "$WEIYUAN_RELEASE_KEY_ALIAS" --out "$RELEASE_APK" "$T/aligned.apk"
    "$APKSIGNER" verify "$RELEASE_APK"
    rm -f "$T/aligned.apk"
    echo "[apk] $RELEASE_APK: signed with the release key from $WEIYUAN_RELEASE_KEYSTORE"
  else
    RELEASE_APK=$T/weiyuan-app-release-unsigned.apk
    mv "$T/aligned.apk" "$RELEASE_APK"
    echo "[apk] $RELEASE_APK: not signed (set WEIYUAN_RELEASE_KEYSTORE, WEIYUAN_RELEASE_KEY_ALIAS, WEIYUAN_RELEASE_STORE_PASSWORD and, if it differs, WEIYUAN_RELEASE_KEY_PASSWORD)"
  fi
  # no cleartext, not debuggable, https addresses; both APKs under 5 MB
  java tools/CheckRelease.java "$AAPT2" "$RELEASE_APK" 5242880 "$APK" "$RELEASE_APK"
  exit 0
fi

rm -rf "$T/aar" "$T/flat" "$T/gen" "$T/ui-classes" "$T"/*.ap_ "$T/robolectric" "$T/resource-ids.txt"
mkdir -p "$T/aar" "$T/flat" "$T/gen" "$T/ui-classes" "$T/robolectric/com/android/tools"

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
# the source manifest has no package (Gradle's namespace gives it); aapt2 needs one. The debug build
# is debuggable (the app then offers the server setting, ui/Release); the release is not, and
# forbids cleartext HTTP (tools/CheckRelease checks the release APK)
sed -e "s|<manifest |<manifest package=\"$APPLICATION_ID\" |" -e 's|<application|<application android:debuggable="true"|' \
  src/main/AndroidManifest.xml > "$T/AndroidManifest.xml"
sed -e "s|<manifest |<manifest package=\"$APPLICATION_ID\" |" -e 's|android:usesCleartextTraffic="true"|android:usesCleartextTraffic="false"|' \
  src/main/AndroidManifest.xml > "$T/AndroidManifest-release.xml"
LINK=()
for f in "$T"/flat/*.zip; do [ "$f" = "$T/flat/app.zip" ] || LINK+=(-R "$f"); done
"$AAPT2" link -o "$T/resources.ap_" -I "$ANDROID_ALL" --manifest "$T/AndroidManifest.xml" \
  --min-sdk-version "$MIN_SDK" --target-sdk-version "$TARGET_SDK" \
  --version-code "$VERSION_CODE" --version-name "$VERSION_NAME" \
  --warn-manifest-validation --auto-add-overlay "${LINK[@]}" -R "$T/flat/app.zip" \
  --java "$T/gen" --extra-packages "$(IFS=:; echo "${PACKAGES[*]}")" \
  --output-text-symbols "$T/R.txt" --proguard "$T/aapt-rules.txt" --emit-ids "$T/resource-ids.txt"

# 2b. the release's resources: the same over its https addresses (WEIYUAN_RELEASE_SERVER/_ISSUER),
# with the debug link's resource ids, so the same compiled screens and dex serve both APKs
RELEASE_SERVER=${WEIYUAN_RELEASE_SERVER:-https://weiyuan.invalid}
RELEASE_ISSUER=${WEIYUAN_RELEASE_ISSUER:-https://weiyuan.invalid/realms/weiyuan}
rm -rf "$T/release-res" && mkdir -p "$T/release-res/values"
cat > "$T/release-res/values/config.xml" <<XML
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="default_server" translatable="false">$RELEASE_SERVER</string>
    <string name="default_issuer" translatable="false">$RELEASE_ISSUER</string>
</resources>
XML
"$AAPT2" compile --dir "$T/release-res" -o "$T/release-res.zip"
"$AAPT2" link -o "$T/resources-release.ap_" -I "$ANDROID_ALL" --manifest "$T/AndroidManifest-release.xml" \
  --min-sdk-version "$MIN_SDK" --target-sdk-version "$TARGET_SDK" \
  --version-code "$VERSION_CODE" --version-name "$VERSION_NAME" \
  --warn-manifest-validation --auto-add-overlay "${LINK[@]}" -R "$T/flat/app.zip" -R "$T/release-res.zip" \
  --stable-ids "$T/resource-ids.txt"

# 3. the screens (and R), against the framework, the libraries and the core Maven compiled
find src/main/java -name '*.java' -path '*/ui/*' > "$T/ui-sources.txt"
find "$T/gen" -name '*.java' >> "$T/ui-sources.txt"
javac --release 11 -nowarn -Xlint:-options -encoding UTF-8 -d "$T/ui-classes" -cp "$CLASSPATH:$T/classes" @"$T/ui-sources.txt" \
  || { echo "[apk] javac failed" >&2; exit 1; }

# 4. the screen tests (Robolectric), against the same and the test libraries Maven listed
# test libraries that are AARs (androidx.test's monitor, for Robolectric): their classes, as jars
TEST_CP=""
rm -rf "$T/test-aar" && mkdir -p "$T/test-aar"
IFS=: read -r -a TEST_ENTRIES < "$T/test-classpath.txt" || true  # no newline at the end
for entry in "${TEST_ENTRIES[@]}"; do
  if [[ "$entry" == *.aar ]]; then
    name=$(basename "$entry" .aar)
    unzip -q -o -j "$entry" classes.jar -d "$T/test-aar/$name" && entry="$T/test-aar/$name/classes.jar"
  fi
  TEST_CP="$TEST_CP:$entry"
done
(cd "$T/test-aar" && mkdir -p merged && for j in */classes.jar; do [ -f "$j" ] && (cd merged && unzip -q -o "../$j" -x 'META-INF/*' 2>/dev/null || true); done)
jar cf "$T/test-aars.jar" -C "$T/test-aar/merged" .
if [ -d src/test/java ] && [ -n "$(find src/test/java -path '*/ui/*' -name '*.java' | head -1)" ]; then
  mkdir -p "$T/test-classes"
  find src/test/java -path '*/ui/*' -name '*.java' > "$T/ui-test-sources.txt"
  javac --release 11 -nowarn -Xlint:-options -encoding UTF-8 -d "$T/test-classes" \
    -cp "$CLASSPATH:$T/classes:$T/ui-classes$TEST_CP" @"$T/ui-test-sources.txt" \
    || { echo "[apk] javac failed on the screen tests" >&2; exit 1; }
fi

# 5. for Robolectric: every library in one jar, and where the linked resources are
rm -rf "$T/libs-unpacked" && mkdir -p "$T/libs-unpacked"
for lib in "${LIBS[@]}"; do (cd "$T/libs-unpacked" && unzip -q -o "../../$lib" -x 'META-INF/*' 2>/dev/null || true); done
jar cf "$T/android-libs.jar" -C "$T/libs-unpacked" . && rm -rf "$T/libs-unpacked"
cat > "$T/robolectric/com/android/tools/test_config.properties" <<PROPS
android_merged_manifest=$PWD/$T/AndroidManifest.xml
android_resource_apk=$PWD/$T/resources.ap_
android_custom_package=$APPLICATION_ID
PROPS
echo "[apk] screens compiled, resources linked"
