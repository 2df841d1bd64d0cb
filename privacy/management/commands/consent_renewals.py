from django.core.management.base import BaseCommand

from privacy.rights import consent_renewals


class Command(BaseCommand):
    help = (
        "Ask storytellers whose consent is older than CONSENT_RENEWAL_MONTHS to renew it, and "
        "unpublish stories not renewed within CONSENT_RENEWAL_DEADLINE_DAYS. Run daily."
    )

    def handle(self, *args, **options):
        asked, lapsed = consent_renewals()
        self.stdout.write(f"Asked {asked} storyteller(s) to renew consent; unpublished {lapsed} story(ies).")
