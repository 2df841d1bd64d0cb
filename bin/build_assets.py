#!/usr/bin/env python3
"""Copy front-end assets out of node_modules into build/ (not committed).

- GOV.UK Frontend's precompiled CSS, JS, fonts and images into build/static/govuk. The
  npm package's CSS points at /assets/...; rewritten to a relative path so the files work
  under any STATIC_URL (a CDN included).
- The Noto fonts the share images are drawn with into build/fonts, so rendering never
  depends on the fonts a server happens to have (casestudies/share_images.py).
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
SOURCE = NODE_MODULES / "govuk-frontend" / "dist" / "govuk"
TARGET = ROOT / "build" / "static" / "govuk"
FONTS_TARGET = ROOT / "build" / "fonts"
# Source in node_modules -> name in build/fonts (the names share_images.py looks for).
FONTS = {
    "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf": "NotoSans-Regular.ttf",
    "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf": "NotoSans-Bold.ttf",
    "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf": (
        "NotoNaskhArabic-Regular.ttf"
    ),
    "@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf": "NotoNaskhArabic-Bold.ttf",
}


def copy_govuk() -> None:
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    css = (SOURCE / "govuk-frontend.min.css").read_text(encoding="utf-8")
    (TARGET / "govuk-frontend.min.css").write_text(
        css.replace("url(/assets/", "url(assets/"), encoding="utf-8"
    )
    shutil.copy2(SOURCE / "govuk-frontend.min.js", TARGET / "govuk-frontend.min.js")
    # The minified files name their source maps: production's manifest storage needs them.
    for name in ("govuk-frontend.min.css.map", "govuk-frontend.min.js.map"):
        shutil.copy2(SOURCE / name, TARGET / name)
    shutil.copytree(SOURCE / "assets", TARGET / "assets")
    print(f"GOV.UK Frontend assets copied to {TARGET.relative_to(ROOT)}")


def copy_fonts() -> None:
    if FONTS_TARGET.exists():
        shutil.rmtree(FONTS_TARGET)
    FONTS_TARGET.mkdir(parents=True)
    for source, name in FONTS.items():
        shutil.copy2(NODE_MODULES / source, FONTS_TARGET / name)
    print(f"{len(FONTS)} share image fonts copied to {FONTS_TARGET.relative_to(ROOT)}")


def main() -> int:
    missing = [path for path in (SOURCE, *(NODE_MODULES / font for font in FONTS)) if not path.exists()]
    if missing:
        print(f"{missing[0].relative_to(ROOT)} is missing: run `npm ci` first", file=sys.stderr)
        return 1
    copy_govuk()
    copy_fonts()
    return 0


if __name__ == "__main__":
    sys.exit(main())
