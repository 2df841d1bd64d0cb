from django.core.management.base import BaseCommand

from moderation.reviews import safety_rescan


class Command(BaseCommand):
    help = (
        "Run the safety triage again over every story still being worked on (after the rules "
        "change), so a story that mentions danger moves to the top of the queue."
    )

    def handle(self, *args, **options):
        checked, changed = safety_rescan()
        self.stdout.write(f"Checked {checked} open stor{'y' if checked == 1 else 'ies'}; {changed} changed.")
