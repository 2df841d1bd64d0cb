"""An index for the story listings: each locale's live pages, newest first.

The listing orders wagtailcore_page by (first_published_at, id) within one locale
(casestudies.selectors.case_studies_published). Without this index the database reads
every published story of the locale and sorts them for each page of 20; with it, it
reads 20 index entries. The index is on Wagtail's table, so it is made with SQL that
SQLite and PostgreSQL both understand, and dropped again when migrating backwards.
"""

from django.db import migrations

INDEX = "mtr_page_locale_published"


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0004_share_images_and_pairing"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (locale_id, first_published_at, id)",
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
