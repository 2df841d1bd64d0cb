from django.core.management.base import BaseCommand

from casestudies.photo_processing import photos_fail_stale
from casestudies.services import submission_expire_unverified


class Command(BaseCommand):
    help = "Mark submissions whose email was never verified in time as expired."

    def handle(self, *args, **options):
        count = submission_expire_unverified()
        self.stdout.write(f"Expired {count} unverified submission(s).")
        stale = photos_fail_stale()
        self.stdout.write(f"Marked {stale} photo(s) no worker processed as failed.")
