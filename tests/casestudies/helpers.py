"""Drive the public forms through Django's test client."""

from __future__ import annotations

import io
import re

from PIL import Image

from django.test import Client

from casestudies.flows import FLOWS

RESIDENT_ANSWERS: dict[str, dict] = {
    "problem": {"themes": ["damp_mould", "communication"]},
    "your-landlord": {"landlord_type": "housing_association", "landlord_name": "Example Homes"},
    "complaint-stage": {"complaint_stage": "ombudsman"},
    "when": {"complaint_when": "1_to_2_years"},
    "on-time": {"responses_on_time": "some"},
    "outcome": {"outcomes": ["apology", "repair"]},
    "ombudsman": {"ombudsman_finding": "maladministration"},
    "what-changed": {"what_changed": "The mould was treated and the fan replaced."},
    "your-story": {"story": "Mould grew in the bedroom every winter until I complained."},
    "photos": {"action": "continue"},
    "contact-details": {"full_name": "Testy McTestface", "email": "testy@example.com", "phone": ""},
    "region": {"region": "north_west"},
    "language": {"preferred_language": "en"},
    "consent": {"publish_anonymised": "on", "use_photos": "on"},
}

LANDLORD_ANSWERS: dict[str, dict] = {
    "organisation": {"organisation_name": "Example Homes"},
    "organisation-type": {"organisation_type": "local_authority"},
    "contact-details": {
        "full_name": "Alex Officer",
        "sender_role": "Complaints manager",
        "email": "alex@example-homes.example",
        "phone": "0161 496 0000",
    },
    "problem": {"themes": ["leaks_repairs"]},
    "complaint": {"complaint_summary": "A roof leak waited months for repair."},
    "lessons": {"lessons_learned": "Repairs and complaints teams did not talk."},
    "changes": {"changes_made": "Named contacts and weekly updates."},
    "figures": {"figures": "Stage 2 escalations fell by a third."},
    "consent": {"publish_anonymised": "on", "publish_organisation_name": "on"},
}

ANSWERS = {"resident": RESIDENT_ANSWERS, "landlord": LANDLORD_ANSWERS}
PREFIX = {"resident": "/share-your-story/", "landlord": "/share-your-story/landlord/"}


def step_url(flow: str, step: str) -> str:
    return f"{PREFIX[flow]}{step}/"


def begin(client: Client, flow: str = "resident"):
    return client.post(f"{PREFIX[flow]}begin/")


def answer_all(client: Client, flow: str = "resident", overrides: dict | None = None) -> None:
    """Begin and answer every page that applies, asserting each one moves on."""
    begin(client, flow)
    answers = {**ANSWERS[flow], **(overrides or {})}
    for step in FLOWS[flow].steps:
        url = step_url(flow, step.slug)
        response = client.get(url)
        if response.status_code == 302:  # a step that does not apply
            continue
        response = client.post(url, answers[step.slug])
        assert response.status_code == 302, (step.slug, response.content.decode()[:3000])


def send(client: Client, flow: str = "resident"):
    return client.post(f"{PREFIX[flow]}check-your-answers/")


def link_path(body: str, marker: str) -> str:
    match = re.search(rf"https?://[^/\s]+(/[^\s\"<]*{marker}/[^\s\"<]+/)", body)
    assert match, f"no {marker} link in: {body}"
    return match.group(1)


def jpeg_bytes(size=(64, 48), *, gps: bool = False, colour=(200, 120, 40)) -> bytes:
    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    kwargs = {}
    if gps:
        exif = Image.Exif()
        exif[0x010F] = "TestCam"  # Make
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd.update({1: "N", 2: (51.0, 30.0, 12.0), 3: "W", 4: (0.0, 7.0, 39.0)})
        kwargs["exif"] = exif.tobytes()
    image.save(buffer, "JPEG", **kwargs)
    return buffer.getvalue()
