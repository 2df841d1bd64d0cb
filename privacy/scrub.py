"""After an erasure: the database's own files must not keep what was erased.

Deleting a row takes it out of the tables, not off the disk. SQLite runs with
``secure_delete`` (freed space in the database file is overwritten with zeros: settings),
but in WAL mode every earlier version of a changed page stays in the ``-wal`` file until a
checkpoint copies the pages back and the file is reset, and that happens only when no
connection is reading. So after each erasure we ask for a ``TRUNCATE`` checkpoint, which
empties the WAL file, and try again later if readers held it open. PostgreSQL keeps dead
row versions in the table files until they are rewritten: ``VACUUM FULL`` of the tables
an erasure touches rewrites them into new files and removes the old ones. What is left
then is in free blocks of the disk and in PostgreSQL's own write-ahead log until it is
recycled, which is why production runs on encrypted storage (docs/data-protection.md).

Runs on the worker (``storage_scrub_task``), never in the request: a VACUUM FULL locks a
table while it rewrites it (milliseconds for these tables).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.apps import apps
from django.db import connection

logger = logging.getLogger(__name__)

# The apps whose tables an erasure deletes from or blanks (privacy.erasure).
ERASURE_APPS = (
    "casestudies",
    "moderation",
    "privacy",
    "wagtailcore",
    "wagtailimages",
    "wagtailsearch",
    "wagtailredirects",
    "django_tasks_db",
)


@dataclass(frozen=True)
class ScrubResult:
    done: bool  # False: readers held the WAL open; try again later
    detail: str


def erasure_tables() -> list[str]:
    """The concrete tables of the apps an erasure touches, many-to-many tables included."""
    tables: set[str] = set()
    for label in ERASURE_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        for model in config.get_models(include_auto_created=True):
            if model._meta.managed and not model._meta.proxy:
                tables.add(model._meta.db_table)
    existing = set(connection.introspection.table_names())
    return sorted(tables & existing)


def storage_scrub() -> ScrubResult:
    """Push erased data out of the database's files (see the module's docstring)."""
    if connection.vendor == "sqlite":
        return _sqlite_checkpoint()
    if connection.vendor == "postgresql":
        return _postgresql_rewrite()
    return ScrubResult(done=True, detail=f"nothing to do on {connection.vendor}")


def _sqlite_checkpoint() -> ScrubResult:
    with connection.cursor() as cursor:
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            return ScrubResult(done=True, detail=f"journal mode {mode}: no WAL to empty")
        busy, log_frames, checkpointed = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        return ScrubResult(done=False, detail=f"WAL busy ({checkpointed} of {log_frames} frames copied)")
    return ScrubResult(done=True, detail="WAL emptied")


def _postgresql_rewrite() -> ScrubResult:
    if connection.in_atomic_block:  # VACUUM cannot run in a transaction (a test's, say)
        return ScrubResult(done=False, detail="inside a transaction")
    tables = erasure_tables()
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"VACUUM FULL {connection.ops.quote_name(table)}")  # noqa: S608 - our own tables
    return ScrubResult(done=True, detail=f"{len(tables)} tables rewritten")
