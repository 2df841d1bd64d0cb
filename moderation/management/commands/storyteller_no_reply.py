from django.core.management.base import BaseCommand

from moderation.publication import storyteller_no_reply_due


class Command(BaseCommand):
    help = (
        "Move on stories whose storyteller did not answer the check in time, where their consent "
        "allowed publishing without a reply (they still need sign-off). Run daily."
    )

    def handle(self, *args, **options):
        count = storyteller_no_reply_due()
        self.stdout.write(f"Moved {count} unanswered check(s) on to sign-off.")
