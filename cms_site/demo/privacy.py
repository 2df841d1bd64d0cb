"""The privacy notice: what the story collection holds, why, for how long, and people's rights.

Written for the demo from docs/data-protection.md and the settings (retention periods,
link lifetimes); the legal basis is a draft for the data protection officer to confirm.
Made in English at /privacy/ and translated into the six other languages like the other
demo pages (translations/<code>.json), with the link to ask for a new story-page link
pointing to each language's own address.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from cms_site.models import PRIVACY_NOTICE_SLUG, CampaignHomePage, PrivacyNoticePage

from .locales import locale_trees_sync, pages_translate

NOTICE_VERSION = "2026-11"
NOTICE_TITLE = "Privacy notice"
NOTICE_SEARCH_DESCRIPTION = (
    "What information Make Things Right holds when you share a story, why, who sees it, how long we "
    "keep it, and your rights."
)
NOTICE_INTRODUCTION = (
    "This notice explains what information we hold when you share your story with Make Things Right, "
    "why we hold it, who sees it, how long we keep it and what your rights are."
)
CONTACT_EMAIL = "stories@makethingsright.example"
DPO_EMAIL = "dataprotection@makethingsright.example"
ICO_COMPLAINT_URL = "https://ico.org.uk/make-a-complaint/"


def _link_request_path() -> str:
    return reverse("privacy:story_link_request")  # in the active language (/your-story/, /ar/your-story/)


def _section(heading: str, *html: str) -> dict:
    return {"type": "section", "value": {"heading": heading, "content": "".join(html)}}


def _list(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def notice_body() -> list[dict]:
    """The notice's sections as StreamField data, with today's retention settings."""
    days = settings.RETENTION_DAYS
    email = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'
    with translation.override(settings.LANGUAGE_CODE):
        link_request = _link_request_path()
    return [
        _section(
            "Who we are",
            "<p>Make Things Right is a government campaign that helps social housing residents complain "
            "and get things put right. The campaign team collects stories from residents and landlords "
            "through this website, and publishes some of them with names and details removed.</p>",
            "<p>The Ministry of Housing, Communities and Local Government runs the campaign. It is the "
            "data controller for the information in this notice.</p>",
            f"<p>To contact us about your information, email {email}. You can also write to our data "
            f'protection officer at <a href="mailto:{DPO_EMAIL}">{DPO_EMAIL}</a>.</p>',
        ),
        _section(
            "What information we hold",
            "<p>When you share a story, we hold:</p>",
            _list(
                "your name, your email address and, if you give it, your phone number",
                "your story and your answers about your complaint, your landlord and what changed",
                "the region of England you live in",
                "any photos you send, after we have removed hidden information such as where they were taken",
                "the language you wrote in and the language you want us to use",
                "what you agreed to and when, with the wording you saw and the version of this notice",
            ),
            "<p>If you share what your organisation learned from a complaint, we also hold your "
            "organisation's name and your role.</p>",
        ),
        _section(
            "Why we hold it",
            "<p>We use your information to:</p>",
            _list(
                "check your email address and contact you about your story",
                "translate your story into English if you wrote it in another language",
                "remove anything that could identify you or anyone else from your story and photos",
                "show you the anonymised version before it is published",
                "publish your story, but only in the ways you agreed to",
                "let you change what you agreed to or withdraw your story",
                "keep a record of what you agreed to",
            ),
        ),
        _section(
            "Our legal basis",
            "<p><b>This section is a draft for our data protection officer to confirm.</b></p>",
            "<p>We publish your story only with your consent. You choose separately whether we can "
            "publish it, use your first name, use your photos and use it in advertising, and you can "
            "withdraw your consent at any time.</p>",
            "<p>We hold and check the stories people send us because it is part of our public task: "
            "helping social housing residents get their complaints put right. Where our data protection "
            "officer advises that this does not apply, for example for case studies from landlords, we "
            "rely on our legitimate interest in showing how complaints can be put right.</p>",
            "<p>Some stories include information about health, for example damp making someone ill. Our "
            "data protection officer will confirm the condition we rely on to hold this information.</p>",
        ),
        _section(
            "Who sees your information",
            _list(
                "The campaign's editors read your story and your answers so that they can anonymise it. "
                "They do not see your email address or phone number.",
                "Our privacy officers can see your contact details when they need to. Each time they "
                "look, it is recorded.",
                "The public sees only the anonymised story, and your first name or photos if you agreed. "
                "We blur anything in a photo that could identify you.",
            ),
            "<p>The companies that host this website and send our emails handle your information for us, "
            "under contract. We do not sell your information. We only share it with anyone else if the "
            "law requires us to.</p>",
        ),
        _section(
            "How long we keep it",
            _list(
                "If you do not confirm your email address, we delete your story and your details after "
                f"{days['UNVERIFIED']} days.",
                f"If we decide not to publish your story, we delete your details {days['REJECTED']} days "
                "after that decision.",
                "If you withdraw your story, we take it off the website straight away and delete your "
                f"details within {days['WITHDRAWN']} days.",
                "If we publish your story, we delete your name, email address and phone number "
                f"{days['PUBLISHED_CONTACT']} days after it is published, unless you agreed that we can "
                "contact you about media interviews.",
                "We keep a record of what you agreed to, and when, without your name or contact details, "
                "as proof of your consent.",
            ),
        ),
        _section(
            "Changing your mind or withdrawing",
            "<p>You can change what you agreed to, or withdraw your story, at any time. Every email we send "
            "you has a link to your story's own page. There you can see what we publish, stop any use you "
            "agreed to, ask us to remove more, or withdraw your story completely.</p>",
            f'<p>If the link has stopped working, <a href="{link_request}">ask for a new link</a> with '
            "your reference number and the email address you used.</p>",
            "<p>When you withdraw, we take your story and its photos off the website straight away. We "
            "cannot take back anything that has already been printed or broadcast.</p>",
        ),
        _section(
            "Your rights",
            "<p>You have the right to:</p>",
            _list(
                "ask for a copy of the information we hold about you",
                "ask us to correct it",
                "ask us to delete it",
                "object to how we use it, or ask us to limit how we use it",
                "withdraw your consent at any time",
            ),
            f"<p>To ask, email {email} with your reference number if you have it. We will reply within one "
            "month.</p>",
        ),
        _section(
            "How to complain",
            "<p>If you are unhappy with how we have used your information, contact us first. You can also "
            "complain to the Information Commissioner's Office (ICO), which regulates data protection in "
            "the UK.</p>",
            # A postal address stays as it is written on an envelope, marked as English in
            # every language (the span is kept in each translation's structure).
            '<p><span lang="en" dir="ltr">Information Commissioner\'s Office, Wycliffe House, Water Lane, '
            "Wilmslow, Cheshire SK9 5AF</span></p>",
            "<p>Helpline: 0303 123 1113</p>",
            f'<p><a href="{ICO_COMPLAINT_URL}">Make a complaint on the ICO website</a></p>',
        ),
        _section(
            "Changes to this notice",
            "<p>When this notice changes in a way that matters, we give it a new version number. We record "
            "the version in force when you agreed, and we keep every version.</p>",
        ),
    ]


@transaction.atomic
def privacy_notice_ensure() -> int:
    """Make the English notice if there is none, then its translations; return how many
    translations were made (a notice already there is left as editors left it)."""
    locale = Locale.get_default()
    home = CampaignHomePage.objects.get(locale=locale)
    notice = PrivacyNoticePage.objects.child_of(home).first()
    if notice is None:
        notice = PrivacyNoticePage(
            title=NOTICE_TITLE,
            slug=PRIVACY_NOTICE_SLUG,
            locale=locale,
            version=NOTICE_VERSION,
            search_description=NOTICE_SEARCH_DESCRIPTION,
            introduction=NOTICE_INTRODUCTION,
            body=json.dumps(notice_body()),
            live=False,
        )
        home.add_child(instance=notice)
        notice.save_revision().publish()
    notice = notice.specific
    locale_trees_sync()
    _localise_link_request(notice)
    return pages_translate([notice])


def _localise_link_request(notice: PrivacyNoticePage) -> None:
    """The "ask for a new link" address in each language's notice is that language's own."""
    from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

    with translation.override(settings.LANGUAGE_CODE):
        english = _link_request_path()
    source, _created = TranslationSource.update_or_create_from_instance(notice)
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        if json.loads(segment.data_json) != english:
            continue
        for locale in Locale.objects.exclude(pk=notice.locale_id):
            with translation.override(locale.language_code):
                localised = _link_request_path()
            SegmentOverride.objects.get_or_create(
                locale=locale, context=segment.context, defaults={"data_json": json.dumps(localised)}
            )
