#!/usr/bin/env python3
"""Copy GOV.UK Frontend's precompiled CSS, JS, fonts and images into build/static/govuk.

The npm package's CSS points at /assets/...; rewritten to a relative path so the
files work under any STATIC_URL (a CDN included). Output is not committed.
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
TARGET = ROOT / "build" / "static" / "govuk"


def main() -> int:
    if not SOURCE.exists():
        print("govuk-frontend is not installed: run `npm ci` first", file=sys.stderr)
        return 1
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    css = (SOURCE / "govuk-frontend.min.css").read_text(encoding="utf-8")
    (TARGET / "govuk-frontend.min.css").write_text(
        css.replace("url(/assets/", "url(assets/"), encoding="utf-8"
    )
    shutil.copy2(SOURCE / "govuk-frontend.min.js", TARGET / "govuk-frontend.min.js")
    shutil.copytree(SOURCE / "assets", TARGET / "assets")
    print(f"GOV.UK Frontend assets copied to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
