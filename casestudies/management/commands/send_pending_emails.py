from django.core.management.base import BaseCommand

from casestudies.emails import email_send_due


class Command(BaseCommand):
    help = "Send queued emails whose first try or retry is due (for cron or after an ESP outage)."

    def handle(self, *args, **options):
        sent = email_send_due()
        self.stdout.write(f"Sent {sent} email(s).")
