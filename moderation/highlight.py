"""Text with the detector's findings marked, for the anonymisation review (HTML-escaped)."""

from __future__ import annotations

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

from .scanning import Finding


def highlight(text: str, findings: list[tuple[int, Finding]]) -> SafeString:
    """Escape the text and wrap each finding in a numbered <mark> naming its kind."""
    parts = []
    position = 0
    for number, finding in sorted(findings, key=lambda pair: pair[1].start):
        if finding.start < position:
            continue
        parts.append(escape(text[position : finding.start]))
        parts.append(
            format_html(
                '<mark class="mtr-pii mtr-pii--{}" id="finding-{}-text">{}<sup class="mtr-pii__label">'
                "{} ({})</sup></mark>",
                finding.css_kind,
                number,
                text[finding.start : finding.end],
                number,
                finding.kind_label,
            )
        )
        position = finding.end
    parts.append(escape(text[position:]))
    return format_html_join("", "{}", ((part,) for part in parts))
