#!/usr/bin/env python3
"""Resolves the transitive closure of the app's AndroidX/Material/AppAuth libraries the way Gradle
does (highest version wins), because Google's POMs name AAR dependencies without <type>aar</type>,
which Maven then looks for as jars. Prints <dependency> elements, each with its real type and all
transitive dependencies excluded, to paste into android-app/pom.xml. A maintainer's tool: run it
when a library version changes (needs python3 and ./mvnw)."""
import os, subprocess, sys, xml.etree.ElementTree as ET

ROOTS = [("androidx.appcompat", "appcompat", "1.7.0"), ("com.google.android.material", "material", "1.12.0"),
         ("androidx.recyclerview", "recyclerview", "1.3.2"), ("net.openid", "appauth", "0.11.1"),
         ("com.squareup.okhttp3", "okhttp", "4.12.0")]
REPO = os.path.expanduser("~/.m2/repository")
NS = "{http://maven.apache.org/POM/4.0.0}"
MVNW = os.path.join(os.path.dirname(__file__), "..", "..", "mvnw")


def vkey(v):
    return [int(p) if p.isdigit() else p for p in v.replace("-", ".").split(".")]


def pom(g, a, v):
    path = os.path.join(REPO, g.replace(".", "/"), a, v, f"{a}-{v}.pom")
    if not os.path.exists(path):
        subprocess.run([MVNW, "-q", "dependency:get", f"-Dartifact={g}:{a}:{v}:pom", "-Dtransitive=false"],
                       check=True, stdout=subprocess.DEVNULL)
    return ET.parse(path).getroot()


def text(el, tag):
    x = el.find(NS + tag)
    return x.text.strip() if x is not None and x.text else None


best, packaging, queue = {}, {}, list(ROOTS)
while queue:
    g, a, v = queue.pop()
    v = v.strip("[]").split(",")[0]
    if (g, a) in best and vkey(best[(g, a)]) >= vkey(v):
        continue
    best[(g, a)] = v
    root = pom(g, a, v)
    packaging[(g, a)] = text(root, "packaging") or "jar"
    deps = root.find(NS + "dependencies")
    for d in ([] if deps is None else deps.findall(NS + "dependency")):
        scope = text(d, "scope") or "compile"
        if scope not in ("compile", "runtime") or text(d, "optional") == "true" or text(d, "version") is None:
            continue
        if "${" in text(d, "version"):
            continue
        queue.append((text(d, "groupId"), text(d, "artifactId"), text(d, "version")))

for (g, a), v in sorted(best.items()):
    t = packaging[(g, a)]
    t = "aar" if t == "aar" else "jar"
    print(f'    <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>'
          + (f'<type>{t}</type>' if t != "jar" else "")
          + '<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>')
