"""Each hidden area of a photo gets its own mode, and a photo records who reviewed it.

Before: one ``ReviewPhoto.mode`` for all its areas. After: each region in
``ReviewPhoto.regions`` carries ``"mode"`` ("blur" or "black"), copied from the
photo's old mode, and the column goes. ``reviewed_at``/``reviewed_by`` are filled
from what is already known: the redacted copy's time, or the audit log's
"photo redacted" / "photo left out" entry naming the photo.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

PHOTO_ACTIONS = ("moderation.photo_redacted", "moderation.photo_not_used")


def forwards(apps, schema_editor):
    ReviewPhoto = apps.get_model("moderation", "ReviewPhoto")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    review_type = ContentType.objects.filter(app_label="moderation", model="review").first()
    decided = {}
    if review_type is not None:
        entries = ModelLogEntry.objects.filter(content_type=review_type, action__in=PHOTO_ACTIONS).order_by(
            "timestamp", "pk"
        )
        for entry in entries.iterator():
            photo_id = (entry.data or {}).get("photo_id")
            if photo_id is not None:
                decided[(str(entry.object_id), photo_id)] = (entry.timestamp, entry.user_id)  # latest wins
    for photo in ReviewPhoto.objects.all().iterator():
        mode = photo.mode if photo.mode in ("blur", "black") else "blur"
        photo.regions = [
            {**region, "mode": region.get("mode", mode)}
            for region in (photo.regions or [])
            if isinstance(region, dict)
        ]
        when, who = decided.get((str(photo.review_id), photo.photo_id), (None, None))
        photo.reviewed_at = when or (photo.redacted_at if photo.redacted else None)
        photo.reviewed_by_id = who
        photo.save(update_fields=["regions", "reviewed_at", "reviewed_by"])


def backwards(apps, schema_editor):
    ReviewPhoto = apps.get_model("moderation", "ReviewPhoto")
    for photo in ReviewPhoto.objects.all().iterator():
        regions = [region for region in (photo.regions or []) if isinstance(region, dict)]
        # One mode for all: black if any area was black (the safer of the two).
        photo.mode = "black" if any(region.get("mode") == "black" for region in regions) else "blur"
        photo.regions = [
            {key: region[key] for key in ("x", "y", "w", "h") if key in region} for region in regions
        ]
        photo.save(update_fields=["mode", "regions"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0002_review_english_translation"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="reviewphoto",
            name="reviewed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="reviewphoto",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="reviewphoto", name="mode"),
    ]
