"""The story's finer states (casestudies.lifecycle): where a story in moderation now is.

Stories that were "in moderation" with a case study page already made are moved to the
state their page's workflow shows: with the storyteller, changes asked, or awaiting
sign-off. Reads the moderation tables only if that app is installed and migrated.
"""

from django.db import migrations, models


def forwards(apps, schema_editor):
    Submission = apps.get_model("casestudies", "Submission")
    CaseStudyPage = apps.get_model("casestudies", "CaseStudyPage")
    try:
        Review = apps.get_model("moderation", "Review")
    except LookupError:
        Review = None
    for submission in Submission.objects.filter(status="in_moderation"):
        if not CaseStudyPage.objects.filter(submission_id=submission.pk).exists():
            continue
        answer = ""
        if Review is not None:
            answer = (
                Review.objects.filter(submission_id=submission.pk)
                .values_list("storyteller_answer", flat=True)
                .first()
                or ""
            )
        if answer in ("approved", "no_reply"):
            status = "awaiting_sign_off"
        elif answer == "changes":
            status = "changes_requested"
        else:
            status = "with_storyteller"
        Submission.objects.filter(pk=submission.pk).update(status=status)


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0007_story_page_emails"),
        ("moderation", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="submission",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft (not sent)"),
                    ("awaiting_verification", "Awaiting verification"),
                    ("new", "New"),
                    ("in_moderation", "In moderation"),
                    ("anonymised", "Anonymised"),
                    ("with_storyteller", "With the storyteller to check"),
                    ("changes_requested", "Changes asked for"),
                    ("awaiting_sign_off", "Awaiting sign-off"),
                    ("published", "Published"),
                    ("rejected", "Rejected"),
                    ("withdrawn", "Withdrawn"),
                    ("expired", "Expired (never verified)"),
                ],
                db_index=True,
                default="draft",
                max_length=32,
                verbose_name="state",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
