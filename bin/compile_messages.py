#!/usr/bin/env python3
"""Compile the gettext catalogues (locale/<lang>/LC_MESSAGES/django.po) into .mo files.

Uses polib (a pinned Python requirement) rather than GNU gettext's msgfmt, so a fresh
machine needs no system package. The .mo files are build output: not committed.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    catalogues = sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po"))
    for po_path in catalogues:
        catalogue = polib.pofile(str(po_path))
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue.save_as_mofile(str(mo_path))
    print(f"{len(catalogues)} message catalogues compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
