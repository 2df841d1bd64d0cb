"""Run in a child process by test_scrub.py: a real SQLite file in WAL mode with another
connection holding it open (as a web worker would), a story erased, and then the bytes of
every file of the database searched for what was erased.

Usage: DATABASE_URL=sqlite:////tmp/x/db.sqlite3 python -m tests.privacy.erase_on_disk
Prints one JSON line: {file name: [secrets found]}.
"""

import json
import os
import sqlite3
import sys
from pathlib import Path

import django

SECRETS = [
    "Zebedee Quixotic-Marlow",
    "zebedee.qm@example.com",
    "07700 900321",
    "943 476 5919",
    "3 March 1961",
]


def main() -> None:
    django.setup()
    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    from casestudies.choices import SubmissionStatus
    from privacy.erasure import submission_erase
    from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory

    # Tables straight from the models (no migrations: seconds, not minutes).
    with override_settings(MIGRATION_MODULES={app.label: None for app in apps.get_app_configs()}):
        call_command("migrate", run_syncdb=True, verbosity=0)
    with connection.cursor() as cursor:  # the full-text table as Wagtail's migration makes it
        cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")
        cursor.execute(
            "CREATE VIRTUAL TABLE wagtailsearch_indexentry_fts USING fts5(autocomplete, body, title)"
        )
    path = Path(connection.settings_dict["NAME"])
    reader = sqlite3.connect(path)  # another process's connection: the WAL stays
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()

    story = " ".join(f"I am {SECRETS[0]}, NHS number {SECRETS[3]}, born {SECRETS[4]}." for _ in range(40))
    submission = SubmissionFactory(
        full_name=SECRETS[0],
        email=SECRETS[1],
        phone=SECRETS[2],
        story=story,
        status=SubmissionStatus.WITHDRAWN,
    )
    ConsentRecordFactory(submission=submission)
    for n in range(3):  # pages rewritten several times, as editing does
        submission.story += f" Again, {SECRETS[0]} ({n})."
        submission.save()
    submission_erase(submission=submission, reason="test")
    connection.close()

    found = {}
    for name in sorted(os.listdir(path.parent)):
        data = (path.parent / name).read_bytes()
        found[name] = [secret for secret in SECRETS if secret.encode() in data]
    reader.close()
    print(json.dumps(found))


if __name__ == "__main__":
    sys.exit(main())
