"""The detector applied to moderation: findings per field, dismissals, the page rescan.

An editor may decide a finding is not personal data ("Mould" read as a name). That
decision is kept as a keyed digest of the kind and the text, never the text itself,
so a rescan of the same words does not flag them again and nothing readable is kept.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .pii import spans as kinds
from .pii.generalise import suggestions

KIND_LABELS = {
    kinds.PERSON: gettext_lazy("a name"),
    kinds.ADDRESS: gettext_lazy("an address or place"),
    kinds.POSTCODE: gettext_lazy("a postcode"),
    kinds.PHONE: gettext_lazy("a phone number"),
    kinds.EMAIL: gettext_lazy("an email address"),
    kinds.NI_NUMBER: gettext_lazy("a National Insurance number"),
    kinds.OTHER_ID: gettext_lazy(
        "an identifying number or account (NHS number, car registration, social media handle)"
    ),
    kinds.REFERENCE: gettext_lazy("a reference number"),
    kinds.DATE_OF_BIRTH: gettext_lazy("a date of birth"),
    kinds.AGE: gettext_lazy("an age"),
    kinds.ORGANISATION: gettext_lazy("an organisation"),
    kinds.HEALTH: gettext_lazy("health information"),
    kinds.OTHER_SPECIAL: gettext_lazy("sensitive information"),
    "DATE": gettext_lazy("an exact date"),
}


@dataclass(frozen=True)
class Finding:
    field: str
    start: int
    end: int
    kind: str
    text: str
    replacement: str
    # flagged only because no word list knows the word ("when in doubt, flag"): "Redact all"
    # leaves it for the editor to look at
    doubtful: bool = False

    @property
    def key(self) -> str:
        """Identifies this finding in a form: it must still match the text when posted."""
        return f"{self.field}:{self.start}:{self.end}"

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind.lower()))

    @property
    def css_kind(self) -> str:
        return self.kind.lower().replace("_", "-")


def digest(kind: str, text: str) -> str:
    message = f"{kind}|{' '.join(text.casefold().split())}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]


# What an editor's replacement looks like: "[my neighbour]", "Resident A", "Mrs A", "A".
_REPLACEMENT = re.compile(r"\[[^\]\n]{1,80}\]|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:Resident\s+)?[A-Z]{1,2}")


def findings_for(
    texts: dict[str, str],
    *,
    language: str,
    dismissed: list[str] | None = None,
    languages: dict[str, str] | None = None,
) -> list[Finding]:
    """Unresolved findings in each named text, in field order then position.

    ``languages`` gives some texts their own language (an English translation of a
    story told in Urdu is scanned as English); the rest are in ``language``.
    """
    dismissed_set = set(dismissed or ())
    found = []
    for field, text in texts.items():
        if not text:
            continue
        for s in suggestions(text, (languages or {}).get(field, language)):
            if _REPLACEMENT.fullmatch(s.text.strip()):
                continue  # an editor's own replacement ("Mrs A"), not a new finding
            start = _with_role_words(text, s.start, s.replacement)
            finding = Finding(field, start, s.end, s.kind, text[start : s.end], s.replacement, s.doubtful)
            if digest(finding.kind, finding.text) in dismissed_set:
                continue
            found.append(finding)
    return found


def _with_role_words(text: str, start: int, replacement: str) -> int:
    """Take in the role words before a name its placeholder repeats.

    "my neighbour Dave" with "[my neighbour]" becomes one finding, so the result reads
    "[my neighbour]" and not "my neighbour [my neighbour]".
    """
    if not (replacement.startswith("[") and replacement.endswith("]")):
        return start
    role = re.sub(r"^(?:my|a|an|the|our)\s+", "", replacement[1:-1], flags=re.IGNORECASE)
    if not role:
        return start
    match = re.search(
        rf"(?:\b(?:my|our|the|a|an)\s+)?\b{re.escape(role)}[\s,]*$", text[:start], flags=re.IGNORECASE
    )
    return match.start() if match else start


def page_text_language(page, story_language: str | None) -> str:
    """The language a case study page's text is in: its English translation is English."""
    locale = getattr(page, "locale", None) if getattr(page, "locale_id", None) else None
    if locale is not None and locale.language_code == "en":
        return "en"
    return story_language or "en"


def page_form_check(form) -> None:
    """Called by CaseStudyPageForm.clean: every save of a case study page rescans it.

    Findings become errors on their fields, unless the editor ticks "keep it", which
    records the findings as dismissed (audit logged, digests only).
    """
    data = form.cleaned_data
    language = page_text_language(form.instance, data.get("story_language"))
    from casestudies.pages import PHOTO_TEXT_FIELDS, PUBLIC_TEXT_FIELDS, slug_words

    texts = {name: data.get(name) or "" for name in PUBLIC_TEXT_FIELDS}
    # The promote tab is public too: the browser title, the search description, the URL.
    texts["seo_title"] = data.get("seo_title") or ""
    texts["search_description"] = data.get("search_description") or ""
    texts["slug"] = slug_words(data.get("slug") or "")
    photo_fields = {}
    photos = getattr(form, "formsets", {}).get("photos")
    if photos is not None:
        photos.is_valid()  # clean the photo forms first: their captions are scanned too
        for number, photo_form in enumerate(photos.forms, start=1):
            photo_data = getattr(photo_form, "cleaned_data", None) or {}
            if photo_data.get("DELETE"):
                continue
            for name in PHOTO_TEXT_FIELDS:
                label = f"photo {number} {name}"
                texts[label] = photo_data.get(name) or ""
                photo_fields[label] = (photo_form, name)
    review = _review_for_page(form.instance)
    _check_photos(form, photos, form.instance)
    _refuse_edits_at_sign_off(form, texts)
    found = findings_for(texts, language=language, dismissed=review.dismissed if review else [])
    if not found:
        return
    if data.get("keep_findings") and review is not None:
        # Only findings the editor was shown (signed into the form with the errors) can be kept.
        shown = _shown(data.get("shown_findings"))
        kept = [f for f in found if digest(f.kind, f.text) in shown]
        if kept:
            from .anonymisation import findings_keep

            findings_keep(review=review, user=getattr(form, "for_user", None), findings=kept, where="page")
        found = [f for f in found if f not in kept]
        if not found:
            return
    form.data = form.data.copy()
    form.data["shown_findings"] = signing.dumps([digest(f.kind, f.text) for f in found], salt=_SHOWN_SALT)
    for finding in found:
        message = _(
            "This may identify someone: “%(text)s” (%(kind)s). Replace it, or tick the box below."
        ) % {
            "text": finding.text,
            "kind": finding.kind_label,
        }
        if finding.field in ("seo_title", "search_description", "slug"):
            form.add_error(finding.field if finding.field in form.fields else None, message)
        elif finding.field in photo_fields:
            photo_form, name = photo_fields[finding.field]
            photo_form.add_error(name, message)
        elif finding.field in form.fields:
            form.add_error(finding.field, message)
        else:
            form.add_error(None, message)


_SHOWN_SALT = "mtr.moderation.shown-findings"


def _shown(value: str | None) -> set[str]:
    try:
        return set(signing.loads(value or "", salt=_SHOWN_SALT, max_age=86400))
    except (signing.BadSignature, TypeError, ValueError):
        return set()


def _refuse_edits_at_sign_off(form, texts: dict[str, str]) -> None:
    """At sign-off the page is what the storyteller approved: changes go back through them."""
    page = form.instance
    if not page.pk:
        return
    task = page.current_workflow_task
    if task is None or getattr(task.specific, "stage", "") != "sign_off":
        return
    saved = page.get_latest_revision_as_object().public_texts()
    if any(saved.get(name, "") != value for name, value in texts.items() if name in saved):
        form.add_error(
            None,
            _(
                "This case study is waiting for sign-off, so its text cannot change now. "
                "Choose “Request changes” instead: the storyteller then checks the new version."
            ),
        )


def _check_photos(form, photos, page) -> None:
    """Only the images made from photos blurred in the anonymisation review may be used."""
    if photos is None:
        return
    from .publication import allowed_image_ids

    allowed = allowed_image_ids(page) if getattr(page, "submission_id", None) else set()
    for photo_form in photos.forms:
        photo_data = getattr(photo_form, "cleaned_data", None) or {}
        image = photo_data.get("image") or getattr(photo_form.instance, "image", None)
        if photo_data.get("DELETE") or not photo_data:
            continue
        if image is None or image.pk not in allowed:
            photo_form.add_error(
                None, _("Only photos blurred in the anonymisation review can be used. Remove this one.")
            )


def _review_for_page(page):
    submission = getattr(page, "submission", None)
    if submission is None:
        return None
    from .models import Review

    return Review.objects.filter(submission=submission).first()


def page_findings(page) -> list[Finding]:
    """Unresolved findings on a saved case study page (its latest draft)."""
    review = _review_for_page(page)
    return findings_for(
        page.public_texts(),
        language=page_text_language(page, page.story_language),
        dismissed=review.dismissed if review else [],
        # a translated page keeps the slug of the story as told ("pl-plesn-w-pokoju-dzieci")
        languages={"slug": page.story_language or page_text_language(page, page.story_language)},
    )
