#!/usr/bin/env python3
"""Copy front-end assets out of node_modules into build/ (not committed).

- GOV.UK Frontend's precompiled CSS, JS, fonts and images into build/static/govuk. The
  npm package's CSS points at /assets/...; rewritten to a relative path so the files work
  under any STATIC_URL (a CDN included).
- The Noto fonts the share images are drawn with into build/fonts, so rendering never
  depends on the fonts a server happens to have (casestudies/share_images.py).
- The web fonts for the campaign's non-Latin scripts (Fontsource npm packages) into
  build/static/fonts, with a fonts.css of @font-face rules that base.html links. Only each
  script's own subset is served: Latin text, digits and spaces fall through to GOV.UK's
  font stack (campaign.css names these families before it, by language).
- For the language switcher, which names every language in its own script on every page:
  a tiny subset of each of those fonts (fontTools' subsetter, shaping kept) holding only
  the glyphs of the language's own name, under a family of its own. An English page then
  downloads a few KB for the names, not the ~270 KB of four scripts' whole fonts.
"""

import ast
import io
import json
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
    "@expo-google-fonts/noto-nastaliq-urdu/400Regular/NotoNastaliqUrdu_400Regular.ttf": (
        "NotoNastaliqUrdu-Regular.ttf"
    ),
    "@expo-google-fonts/noto-nastaliq-urdu/700Bold/NotoNastaliqUrdu_700Bold.ttf": "NotoNastaliqUrdu-Bold.ttf",
    "@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf": (
        "NotoSansBengali-Regular.ttf"
    ),
    "@expo-google-fonts/noto-sans-bengali/700Bold/NotoSansBengali_700Bold.ttf": "NotoSansBengali-Bold.ttf",
    "@expo-google-fonts/noto-sans-gurmukhi/400Regular/NotoSansGurmukhi_400Regular.ttf": (
        "NotoSansGurmukhi-Regular.ttf"
    ),
    "@expo-google-fonts/noto-sans-gurmukhi/700Bold/NotoSansGurmukhi_700Bold.ttf": "NotoSansGurmukhi-Bold.ttf",
}
WEB_FONTS_TARGET = ROOT / "build" / "static" / "fonts"
# Fontsource package -> the subsets served. GOV.UK Frontend uses weights 400 and 700 only.
WEB_FONTS = {
    "@fontsource/noto-naskh-arabic": ("arabic",),
    "@fontsource/noto-nastaliq-urdu": ("arabic",),
    "@fontsource/noto-sans-bengali": ("bengali",),
    "@fontsource/noto-sans-gurmukhi": ("gurmukhi",),
}
WEB_FONT_WEIGHTS = (400, 700)
# Nastaliq's letters sit small on their em for its tall stacks: drawn a size up to read
# like the Naskh and Latin beside them (the element's font-size, and so layout, stay put).
WEB_FONT_SIZE_ADJUST = {"Noto Nastaliq Urdu": "115%"}
# The languages whose names need a font of their own in the switcher -> (Fontsource package,
# subset): the font the language's pages are set in. The names are read from settings.
NAME_FONTS = {
    "ar": ("@fontsource/noto-naskh-arabic", "arabic"),
    "bn": ("@fontsource/noto-sans-bengali", "bengali"),
    "pa": ("@fontsource/noto-sans-gurmukhi", "gurmukhi"),
    "ur": ("@fontsource/noto-nastaliq-urdu", "arabic"),
}
SETTINGS = ROOT / "cms_site" / "settings" / "base.py"


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


def web_font_files() -> list[tuple[str, str, int, Path]]:
    """(family, unicode-range, weight, woff2 file) for each web font face, as Fontsource has them."""
    faces = []
    for package, subsets in WEB_FONTS.items():
        folder = NODE_MODULES / package
        family = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["family"]
        ranges = json.loads((folder / "unicode.json").read_text(encoding="utf-8"))
        for subset in subsets:
            for weight in WEB_FONT_WEIGHTS:
                file = folder / "files" / f"{folder.name}-{subset}-{weight}-normal.woff2"
                faces.append((family, ranges[subset], weight, file))
    return faces


def copy_web_fonts() -> None:
    if WEB_FONTS_TARGET.exists():
        shutil.rmtree(WEB_FONTS_TARGET)
    WEB_FONTS_TARGET.mkdir(parents=True)
    rules = ["/* Built by bin/build_assets.py from Fontsource's npm packages (SIL Open Font License 1.1). */"]
    for family, unicode_range, weight, file in web_font_files():
        shutil.copy2(file, WEB_FONTS_TARGET / file.name)
        size_adjust = WEB_FONT_SIZE_ADJUST.get(family)
        rules.append(
            "@font-face {\n"
            f'  font-family: "{family}";\n'
            "  font-style: normal;\n"
            f"  font-weight: {weight};\n"
            "  font-display: swap;\n"
            # Relative to this file, so it works under any STATIC_URL.
            f'  src: url("{file.name}") format("woff2");\n'
            f"  unicode-range: {unicode_range};\n"
            + (f"  size-adjust: {size_adjust};\n" if size_adjust else "")
            + "}"
        )
    faces = len(rules) - 1
    rules += write_name_fonts()
    (WEB_FONTS_TARGET / "fonts.css").write_text("\n".join(rules) + "\n", encoding="utf-8")
    print(
        f"{faces} web fonts, {len(rules) - 1 - faces} language-name subsets and fonts.css written to "
        f"{WEB_FONTS_TARGET.relative_to(ROOT)}"
    )


def language_names() -> dict[str, str]:
    """settings.LANGUAGE_NATIVE_NAMES, read from base.py's source (no Django needed here)."""
    tree = ast.parse(SETTINGS.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "LANGUAGE_NATIVE_NAMES" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"LANGUAGE_NATIVE_NAMES is not in {SETTINGS}")


def name_font_family(code: str) -> str:
    return f"MTR language name {code}"


def name_subset(source: Path, text: str) -> bytes:
    """The font cut down to the glyphs ``text`` needs, every shaping feature kept, as WOFF2."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]  # joining forms, conjuncts, marks: the name must shape as in full
    options.flavor = "woff2"
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def unicode_range(text: str) -> str:
    """The CSS unicode-range of the characters in ``text`` outside ASCII (spaces and Latin fall
    through to the next font)."""
    return ", ".join(f"U+{ord(char):04X}" for char in sorted(set(text)) if ord(char) > 0x7F)


def write_name_fonts() -> list[str]:
    """The language switcher's name subsets into build/static/fonts; their @font-face rules."""
    names = language_names()
    rules = []
    for code, (package, subset_name) in NAME_FONTS.items():
        name = names[code]
        folder = NODE_MODULES / package
        family = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["family"]
        size_adjust = WEB_FONT_SIZE_ADJUST.get(family)
        for weight in WEB_FONT_WEIGHTS:  # the current language's name is bold
            source = folder / "files" / f"{folder.name}-{subset_name}-{weight}-normal.woff2"
            file_name = f"language-name-{code}-{weight}.woff2"
            (WEB_FONTS_TARGET / file_name).write_bytes(name_subset(source, name))
            rules.append(
                "@font-face {\n"
                f'  font-family: "{name_font_family(code)}";\n'
                "  font-style: normal;\n"
                f"  font-weight: {weight};\n"
                "  font-display: swap;\n"
                f'  src: url("{file_name}") format("woff2");\n'
                f"  unicode-range: {unicode_range(name)};\n"
                + (f"  size-adjust: {size_adjust};\n" if size_adjust else "")
                + "}"
            )
    return rules


def main() -> int:
    sources = [
        SOURCE,
        *(NODE_MODULES / font for font in FONTS),
        *(NODE_MODULES / package / "unicode.json" for package in WEB_FONTS),
    ]
    missing = [path for path in sources if not path.exists()]
    if not missing:
        missing = [file for *_face, file in web_font_files() if not file.exists()]
    if missing:
        print(f"{missing[0].relative_to(ROOT)} is missing: run `npm ci` first", file=sys.stderr)
        return 1
    copy_govuk()
    copy_fonts()
    copy_web_fonts()
    return 0


if __name__ == "__main__":
    sys.exit(main())
