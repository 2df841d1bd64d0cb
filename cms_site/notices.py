"""The privacy notice and the consent wording as versioned content.

- The privacy notice is a page (``PrivacyNoticePage``, one per locale at ``/privacy/``)
  whose ``version`` editors change when it changes in substance. Each new consent records
  the live English notice's version (``privacy_notice_version_current``, called where
  ``casestudies.services.consent_record`` makes the ConsentRecord), and the text of any
  version stays retrievable from Wagtail's revisions (``notice_for_version``).
- The consent wording is whatever the consent step shows (its question, its intro, each
  option's label and hint; the link to the notice is recorded as the notice's version),
  from gettext in seven languages,
  named by ``settings.CONSENT_TEXT_VERSION``. After every ``migrate`` the wording of the
  current version is rendered in every language and kept as a ``ConsentTextVersion`` if
  that version is new (``consent_text_record``); ``consent_text_for`` gives it back.
- Changing the wording without changing the version would make records claim a text
  nobody saw, so ``CONSENT_TEXT_DIGESTS`` (committed) holds a digest of each version's
  wording per language, and tests/cms_site/test_notices.py fails when the rendered
  wording no longer matches the current version's.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime
from html.parser import HTMLParser

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import InspectView
from wagtail.models import Locale, PageLogEntry, Revision
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ConsentTextVersion, PrivacyNoticePage

logger = logging.getLogger(__name__)

# A SHA-256 of each consent text version's wording, per language (consent_wording_digest).
# When the wording changes (an English string, a translation, the number of days shown),
# CONSENT_TEXT_VERSION must change too, and the new version's digests go here: the test
# that compares them prints them.
CONSENT_TEXT_DIGESTS: dict[str, dict[str, str]] = {
    "2026-11-v2": {
        "en": "349033da18262bb42416513956f216c8813fe30d195fd14bd970dce85631378e",
        "ar": "a4356cf39c125fab34bb1c30740184ea6824494ee72b4601041cf1e05c823ea2",
        "bn": "ecbbf64706a0b12af8ca698eb0ddbcb7174ff7c626196c554d9c2f5e8885ea35",
        "pl": "b47da9cf132f6fc454ee46faa9b8cc06c4b10f68d56eb3d28b187b116d35460e",
        "pa": "b16c1e9c8fa64c559855d0cd6b084b50a3c287874864611e3d6872f46cbdf27e",
        "ro": "191d88a181fd876cab25f9f6ca81ee24e99bd8dd60fdcdb5edc89973f980d120",
        "ur": "9edcddaabce92c7e2dfecb6d625decdeb203857b37dfe412177565601b9f357f",
    },
    "2026-12-v3": {
        "en": "484a5bb97b46c8c009c8940cad02bb6c68a14d4905a2063f5399087c96061c6c",
        "ar": "00093b3f906c089859a83abb83c6a526c73b94cc76fcd64404056e64cc47e691",
        "bn": "43dd9f48706fe70a4ce560d01ea870a08873c57a3eb90558337f44408fe3d01b",
        "pl": "f382e46f22031147e6fcbb8d616936f38c2b4b59da165e72cb66dc739eb0eba2",
        "pa": "3065a3e78fec8f770729351ad9e61d0eb5dfbaa0a94d245d00645c3a5097ad76",
        "ro": "8dcbb0db387b6e7744ebafc4ac484178bf5e34a17448859d417fdd777cd78a2e",
        "ur": "56636630413e0fde5c28065b750cc9ff2402cb175f766bcb7e8014cc4987cf0a",
    },
}


# The privacy notice --------------------------------------------------------------------


def privacy_notice_for_language(language: str | None = None) -> PrivacyNoticePage | None:
    """The live notice in this language (its translation or, until translated, its alias),
    else the English one; None when there is no live notice at all."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    notices = PrivacyNoticePage.objects.live().select_related("locale")
    found = {notice.locale.language_code: notice for notice in notices}
    return found.get(language) or found.get(settings.LANGUAGE_CODE)


def privacy_notice_url(language: str | None = None) -> str:
    """The address of the notice in this language ("" if there is none), remembered until
    anything is next published."""
    from .caching import remembered

    language = language or translation.get_language() or settings.LANGUAGE_CODE

    def compute() -> str:
        notice = privacy_notice_for_language(language)
        return (notice.get_url(None) or "") if notice is not None else ""

    return remembered(f"privacy-notice-url:{language}", compute)


def privacy_notice_version_current() -> str:
    """The version of the live English notice, recorded against each new consent ("" if none)."""
    version = (
        PrivacyNoticePage.objects.live()
        .filter(locale=Locale.get_default())
        .values_list("version", flat=True)
        .first()
    )
    return version or ""


def notice_for_version(
    version: str, *, language: str | None = None, at: datetime | None = None
) -> Revision | None:
    """The published revision of the notice whose version was ``version``.

    In ``language`` if that language's notice was published at that version, else in
    English. A version may have been published more than once (a typo fixed without a new
    version): the last publication, or with ``at`` (e.g. a consent's ``given_at``) the one
    in force at that moment. ``revision.as_object()`` is the notice as it was.
    """
    languages = [language or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    for code in dict.fromkeys(languages):
        notice = PrivacyNoticePage.objects.filter(locale__language_code=code, alias_of__isnull=True).first()
        if notice is None:
            continue
        publications = PageLogEntry.objects.filter(
            page=notice, action="wagtail.publish", revision__isnull=False
        ).select_related("revision")
        if at is not None:
            publications = publications.filter(timestamp__lte=at)
        for entry in publications.order_by("-timestamp", "-pk"):
            if entry.revision.content.get("version") == version:
                return entry.revision
    return None


# The consent wording -------------------------------------------------------------------

# The page's link to the privacy notice is left out of the wording: which notice was in
# force is recorded on each consent by itself (ConsentRecord.privacy_notice_version).
_SNAPSHOT_NOTICE_URL = ""
_INLINE = {"a", "abbr", "b", "br", "em", "i", "span", "strong"}


class _TextBlocks(HTMLParser):
    """The text of an HTML fragment, one entry per block (paragraph, label, hint)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in _INLINE:
            self._flush()

    def handle_endtag(self, tag) -> None:
        if tag not in _INLINE:
            self._flush()

    def handle_data(self, data) -> None:
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _text_blocks(html: str) -> list[str]:
    parser = _TextBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def consent_wording(language: str) -> dict[str, list[str]]:
    """The consent step's wording in one language, as shown: for each form (resident,
    landlord) its question, then every paragraph, label and hint in page order."""
    from casestudies.flows import CONSENT_STEP, FLOWS

    wording = {}
    with translation.override(language):
        for name, flow in FLOWS.items():
            step = flow.get(CONSENT_STEP)
            # A form worded from an earlier answer (the landlord's type of organisation) is
            # kept once per wording, as "landlord:council"; "landlord" is the generic one.
            for variant, kwargs in step.form_class.wording_variants().items():
                form = step.form_class(**kwargs)
                form.privacy_notice_url = _SNAPSHOT_NOTICE_URL
                key = f"{name}:{variant}" if variant else name
                wording[key] = [str(step.title), *_text_blocks(form.render())]
    return wording


def consent_wording_all() -> dict[str, dict[str, list[str]]]:
    """The consent step's wording in every campaign language."""
    return {code: consent_wording(code) for code, _name in settings.LANGUAGES}


def consent_wording_digest(wording: dict[str, list[str]]) -> str:
    """A digest of one language's wording, to commit beside its version."""
    canonical = json.dumps(wording, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def consent_wording_changed(wording: dict[str, dict[str, list[str]]], version: str) -> list[str]:
    """Languages whose wording does not match the committed digests of ``version`` (none when
    that version has no digests committed yet)."""
    expected = CONSENT_TEXT_DIGESTS.get(version)
    if not expected:
        return []
    codes = sorted(set(expected) | set(wording))
    return [code for code in codes if expected.get(code) != consent_wording_digest(wording.get(code, {}))]


def _untranslated(wording: dict[str, dict[str, list[str]]]) -> list[str]:
    """Languages showing any English line where a translation belongs (catalogues not
    compiled, or stale): such wording is not what people in that language see."""
    english = wording.get(settings.LANGUAGE_CODE, {})
    missing = []
    for code, forms in wording.items():
        if code == settings.LANGUAGE_CODE:
            continue
        lines = {line for shown in forms.values() for line in shown}
        if lines & {line for shown in english.values() for line in shown}:
            missing.append(code)
    return missing


def consent_text_record(
    *, version: str | None = None, using: str = DEFAULT_DB_ALIAS
) -> tuple[ConsentTextVersion | None, bool]:
    """Keep the current wording as ``version`` (default: CONSENT_TEXT_VERSION) unless that
    version is already stored: a stored version is never rewritten. Returns (record,
    created); (None, False), with a log message, when a language shows English (catalogues
    not compiled) or the wording is not the committed wording of that version."""
    with transaction.atomic(using=using):
        return _consent_text_record(version or settings.CONSENT_TEXT_VERSION, using)


def _consent_text_record(version: str, using: str) -> tuple[ConsentTextVersion | None, bool]:
    existing = ConsentTextVersion.objects.using(using).filter(version=version).first()
    if existing is not None:
        return existing, False
    wording = consent_wording_all()
    untranslated = _untranslated(wording)
    if untranslated:
        logger.warning(
            "Consent wording %s not recorded: no translation shown in %s (compile the catalogues)",
            version,
            ", ".join(untranslated),
        )
        return None, False
    changed = consent_wording_changed(wording, version)
    if changed:
        logger.error(
            "Consent wording %s not recorded: the wording shown in %s is not the committed wording "
            "of that version (CONSENT_TEXT_DIGESTS); change CONSENT_TEXT_VERSION",
            version,
            ", ".join(changed),
        )
        return None, False
    record = ConsentTextVersion.objects.using(using).create(version=version, wording=wording)
    return record, True


def consent_text_drift(version: str | None = None, *, using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Languages whose wording shown now differs from the stored wording of ``version``."""
    version = version or settings.CONSENT_TEXT_VERSION
    stored = ConsentTextVersion.objects.using(using).filter(version=version).first()
    if stored is None:
        return []
    return [code for code, shown in consent_wording_all().items() if stored.wording.get(code) != shown]


def consent_text_for(version: str, language: str) -> dict[str, list[str]]:
    """The consent wording of ``version`` in ``language``, per form ({} if not stored)."""
    stored = ConsentTextVersion.objects.filter(version=version).only("wording").first()
    return dict(stored.wording.get(language, {})) if stored is not None else {}


def consent_text_for_record(record) -> list[str]:
    """The wording a ConsentRecord's person agreed to: their form, version and language."""
    from casestudies.flows import CONSENT_STEP, FLOW_BY_KIND

    flow = FLOW_BY_KIND[record.submission.kind]
    wording = consent_text_for(record.text_version, record.language)
    variant = flow.get(CONSENT_STEP).form_class.wording_variant(record.submission)
    return wording.get(f"{flow.name}:{variant}" if variant else flow.name) or wording.get(flow.name, [])


def post_migrate_consent_text(sender, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_migrate receiver (cms_site.apps): the current consent wording is on record."""
    if ConsentTextVersion._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated backwards past the table
    record, created = consent_text_record(using=using)
    if record is not None and not created:
        drift = consent_text_drift(record.version, using=using)
        if drift:
            logger.warning(
                "The consent wording shown in %s is not the stored wording of %s: change "
                "CONSENT_TEXT_VERSION whenever the wording changes",
                ", ".join(drift),
                record.version,
            )


# The admin's read-only listing of consent wording ---------------------------------------


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only ever viewed: a recorded wording is evidence, so nobody adds, edits or deletes one."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action == "view"])


register_permission_policy(ConsentTextVersion, ReadOnlyPermissionPolicy(ConsentTextVersion))


class ConsentTextVersionInspectView(InspectView):
    template_name = "cms_site/admin/consent_text_version_inspect.html"

    def get_context_data(self, **kwargs):
        from casestudies.flows import FLOWS

        context = super().get_context_data(**kwargs)
        names = dict(settings.LANGUAGES)
        context["languages"] = [
            {
                "code": code,
                "name": names.get(code, code),
                "bidi": translation.get_language_info(code)["bidi"] if code in names else False,
                "forms": [(FLOWS[flow].title, lines) for flow, lines in forms.items() if flow in FLOWS],
            }
            for code, forms in self.object.wording.items()
        ]
        return context


class ConsentTextVersionViewSet(SnippetViewSet):
    model = ConsentTextVersion
    icon = "doc-full"
    inspect_view_enabled = True
    inspect_view_class = ConsentTextVersionInspectView
    copy_view_enabled = False
    list_display = [
        TitleColumn(
            "version",
            label=_("Version"),
            sort_key="version",
            get_url=lambda record: reverse(
                "wagtailsnippets_cms_site_consenttextversion:inspect", args=[record.pk]
            ),
        ),
        DateColumn("created_at", label=_("Recorded"), sort_key="created_at"),
        Column("languages", label=_("Languages"), accessor=lambda record: ", ".join(record.wording)),
    ]
    ordering = ["-created_at"]
