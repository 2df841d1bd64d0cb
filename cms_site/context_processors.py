"""Values every public template needs: the signpost and the campaign's languages."""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_bidi


def campaign(request: HttpRequest) -> dict:
    return {
        "SIGNPOST_URL": settings.CAMPAIGN["SIGNPOST_URL"],
        "SIGNPOST_TEXT": settings.CAMPAIGN["SIGNPOST_TEXT"],
        "LANGUAGE_DIR": "rtl" if get_language_bidi() else "ltr",
        "CURRENT_LANGUAGE": get_language(),
    }
