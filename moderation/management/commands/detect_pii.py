"""JSON Lines in, JSON Lines out: {"id", "language", "text"} -> {"id", "spans": [...]}."""

import json
import sys

from django.core.management.base import BaseCommand

from moderation.pii import detect


class Command(BaseCommand):
    help = 'Read {"id", "language", "text"} JSON lines on stdin; write {"id", "spans"} JSON lines on stdout.'
    # A pure filter that touches no database or URL: the system checks (0.09 CPU s) would only
    # slow its start-up, which the issue caps at 2 CPU s.
    requires_system_checks: list[str] = []

    def handle(self, *args, **options):
        out = sys.stdout
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                story_id = record["id"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                self.stderr.write(f"line {number}: skipped ({type(exc).__name__})")
                continue
            spans = [span.as_dict() for span in detect(str(text), str(record.get("language") or "en"))]
            out.write(json.dumps({"id": story_id, "spans": spans}, ensure_ascii=False) + "\n")
        out.flush()
