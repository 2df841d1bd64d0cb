"""Every public page and form step, including error states, is valid HTML.

Checked by the Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with
the machine's Java), once over all pages so the JVM starts once.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings

from casestudies.flows import FLOWS

from ..casestudies.helpers import answer_all, begin, link_path, step_url

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _require_checker():
    missing = [what for what, ok in (("java", shutil.which("java")), (str(VNU), VNU.exists())) if not ok]
    if missing:
        reason = f"Nu HTML Checker needs {', '.join(missing)} (bin/setup --dev installs vnu-jar)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def _collect_pages(client, outbox) -> dict[str, str]:
    pages = {}

    def keep(name, response):
        assert response.status_code in (200, 400, 404, 410, 429), (name, response.status_code)
        pages[name] = response.content.decode()

    keep("home", client.get("/"))
    keep("not-found", client.get("/no-such-page/"))
    for flow_name, flow in FLOWS.items():
        prefix = "/share-your-story/" if flow_name == "resident" else "/share-your-story/landlord/"
        keep(f"{flow_name}-start", client.get(prefix))
        begin(client, flow_name)
        for step in flow.steps:
            url = step_url(flow_name, step.slug)
            response = client.get(url)
            if response.status_code == 302:  # a question that does not apply yet
                continue
            keep(f"{flow_name}-{step.slug}", response)
            error = client.post(url, {})
            if error.status_code == 400:  # optional questions have no empty error
                keep(f"{flow_name}-{step.slug}-error", error)
            if flow_name == "resident":  # and right to left, in Arabic
                keep(f"ar-{step.slug}", client.get(f"/ar{url}"))
                arabic_error = client.post(f"/ar{url}", {})
                if arabic_error.status_code == 400:
                    keep(f"ar-{step.slug}-error", arabic_error)
        keep(f"{flow_name}-save", client.get(f"{prefix}save/"))
        keep(f"{flow_name}-save-error", client.post(f"{prefix}save/", {"email": "x"}))
        client.session.flush()
    answer_all(client)
    keep("check-answers", client.get("/share-your-story/check-your-answers/"))
    keep("check-answers-honeypot", client.post("/share-your-story/check-your-answers/", {"website": "x"}))
    response = client.post("/share-your-story/check-your-answers/")
    keep("confirmation", client.get(response["Location"]))
    verify = link_path(outbox[0].body, "verify")
    keep("verify", client.get(verify))
    keep("verified", client.post(verify))
    withdraw = link_path(next(m for m in outbox if "/withdraw/" in m.body).body, "withdraw")
    keep("withdraw", client.get(withdraw))
    keep("withdrawn", client.post(withdraw))
    keep("link-problem", client.get("/share-your-story/verify/broken/"))
    keep("ar-start", client.get("/ar/share-your-story/"))
    _moderation_pages(client, outbox, keep)
    return pages


def _moderation_pages(client, outbox, keep) -> None:
    """The storyteller's check, and the case study pages it leads to."""
    from casestudies.models import CaseStudyIndexPage
    from moderation import reviews
    from tests.factories.users import UserFactory

    from ..moderation.helpers import anonymised, consent_checked, verified_review

    editor = UserFactory(groups=["Comms editors"])
    signer = UserFactory(groups=["Sign-off editors"])
    index = CaseStudyIndexPage.objects.get()
    keep("case-study-index-empty", client.get(index.url))
    page = anonymised(consent_checked(verified_review(), editor), editor)
    check = link_path(next(m for m in outbox if "/your-story/check/" in m.body).body, "your-story/check")
    keep("storyteller-check", client.get(check))
    keep("storyteller-check-error", client.post(check, {"answer": "changes"}))
    keep("storyteller-thanks", client.post(check, {"answer": "approve"}))
    keep("storyteller-check-answered", client.get(check))
    reviews.task_act(obj=page, user=signer, stage="sign_off", action="approve")
    page.refresh_from_db()
    keep("case-study", client.get(page.url))
    keep("case-study-index", client.get(index.url))
    _toolkit_pages(client, keep, index)


def _toolkit_pages(client, keep, index) -> None:
    """Every page type of the toolkit, with content."""
    import json

    from tests.factories.pages import publish_case_study, publish_toolkit

    lesson = publish_case_study(
        index, title="What we learned", kind="landlord", lessons="Answer within a day."
    )
    story = publish_case_study(
        index,
        title="Ombudsman story",
        complaint_stage="ombudsman",
        ombudsman_finding="maladministration",
        paired_case_study=lesson,
        share_on_social=True,
    )
    publish_case_study(index, title="تم إصلاح التدفئة", story_language="ar")
    for number in range(22):
        publish_case_study(index, title=f"Story {number}", publish_signals=False)
    body = [
        {"type": "text", "value": "<h2>Why</h2><p>Everyone deserves a safe home.</p>"},
        {
            "type": "call_to_action",
            "value": {
                "heading": "Complain",
                "text": "",
                "link_text": "How",
                "url": "https://www.gov.uk/social-housing-complaints",
            },
        },
        {
            "type": "accordion",
            "value": {"heading": "FAQ", "items": [{"heading": "MP?", "content": "<p>No.</p>"}]},
        },
        {"type": "case_studies", "value": {"heading": "Stories", "stories": [], "count": 3}},
    ]
    home = index.get_parent().specific
    toolkit = publish_toolkit(home, title="Residents' toolkit", body=json.dumps(body))
    keep("home-with-stories", client.get("/"))
    keep("toolkit", client.get(toolkit.url))
    keep("case-study-paired", client.get(story.url))
    keep("case-study-lesson", client.get(lesson.url))
    keep("index-filtered", client.get(index.url + "?theme=heating_hot_water&kind=resident"))
    keep("index-page-2", client.get(index.url + "?page=2"))
    keep("index-no-match", client.get(index.url + "?theme=antisocial_behaviour"))
    keep("search", client.get("/search/?q=heating"))
    keep("search-empty", client.get("/search/"))
    keep("search-too-long", client.get("/search/?q=" + "x" * 300))


def test_public_pages_are_valid_html(client, home_page, outbox, tmp_path):
    _require_checker()
    from ..moderation.helpers import case_index

    case_index(home_page)
    pages = _collect_pages(client, outbox)
    for name, html in pages.items():
        (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    # The language check is a heuristic: pages in other languages are English until translated.
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
        or (m.get("subType") == "warning" and "appears to be written in" not in m["message"])
    ]
    assert len(pages) > 40
    assert not problems, "\n".join(problems)
