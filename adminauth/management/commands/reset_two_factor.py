"""Remove a user's factors when they lost them and nobody else can reset them in the admin."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from adminauth.services import factors_reset


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator apps, passkeys and recovery codes: they set up "
        "two-factor authentication again at their next sign-in (logged in the user's history)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        counts = factors_reset(user=user)
        self.stdout.write(
            f"Reset two-factor authentication for {username}: "
            f"{counts['authenticator_apps']} authenticator app(s), {counts['passkeys']} passkey(s), "
            f"{counts['recovery_codes']} recovery code(s) removed. They set it up again at their next sign-in."
        )
