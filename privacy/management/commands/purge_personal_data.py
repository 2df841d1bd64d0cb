from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from privacy.retention import purge_personal_data
from privacy.tasks import PURGE_INTERVAL, purge_schedule


class Command(BaseCommand):
    help = (
        "Erase personal data past its retention period (settings.RETENTION_DAYS). "
        "--dry-run lists what would go without changing anything; --schedule starts the "
        "daily background purge (django-tasks database worker) unless it is already queued."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what would go; change nothing.")
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily purge task now (it then queues itself every 24 hours).",
        )

    def handle(self, *args, dry_run=False, schedule=False, **options):
        if schedule:
            return self._schedule()
        report = purge_personal_data(dry_run=dry_run)
        verb = "Would erase" if dry_run else "Erased"
        for item in report.due:
            if item.reference in dict(report.failed):
                continue
            self.stdout.write(
                f"{verb} {item.reference}: {item.why}: {item.what() if dry_run else item.action}"
            )
        for reference, error in report.failed:
            self.stderr.write(f"Could not erase {reference} ({error})")
        if dry_run:
            self.stdout.write(f"Dry run: {len(report.due)} submission(s) due; nothing was changed.")
        else:
            summary = report.summary()
            self.stdout.write(
                f"Erased {summary['erased']} submission(s) and the contact details of "
                f"{summary['contact_details_erased']}; {summary['failed']} failed."
            )
        if report.failed:
            raise CommandError(f"{len(report.failed)} submission(s) could not be erased")

    def _schedule(self) -> None:
        try:
            result = purge_schedule()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        if result is None:
            self.stdout.write("The daily purge is already queued: nothing added.")
        else:
            hours = int(PURGE_INTERVAL.total_seconds() // 3600)
            self.stdout.write(
                f"Queued the purge now; each run queues the next {hours} hours later ({result.id})."
            )
