"""The authenticator app's set-up key, as a QR code (inline SVG, no script) and as text."""

from __future__ import annotations

from base64 import b32encode

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _


def setup_key(device: TOTPDevice) -> str:
    """The secret as people type it into an app: base32 in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def setup_qr_svg(device: TOTPDevice) -> SafeString:
    """An SVG QR code of the otpauth:// link, with a text alternative."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff")
    label = escape(_("QR code to scan with your authenticator app"))
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))  # noqa: S308
