"""A published story's timeline says whether the landlord replied on time in the words of the
form's options: one plain phrase per answer, none to be taken for another."""

from __future__ import annotations

import pytest

from casestudies.choices import ON_TIME_SUMMARIES, OnTime
from casestudies.models import CaseStudyPage
from tests.factories.pages import case_study_index, publish_case_study

pytestmark = pytest.mark.django_db  # a page, even unsaved, looks up its locale


def _tags(responses_on_time: str, complaint_stage: str = "stage_2") -> list[tuple[str, str]]:
    page = CaseStudyPage(complaint_stage=complaint_stage, responses_on_time=responses_on_time)
    return [(str(step["tag"]), step["colour"]) for step in page.timeline()]


def test_each_answer_has_its_own_plain_phrase():
    phrases = [str(ON_TIME_SUMMARIES[answer]) for answer in (OnTime.YES, OnTime.SOME, OnTime.NO)]
    assert len(set(phrases)) == 3
    lowered = [phrase.lower() for phrase in phrases]
    # No phrase is a part of another ("Answered late" inside "Some answers were late").
    for one in lowered:
        assert not any(one != other and one in other for other in lowered), one


@pytest.mark.parametrize("answer", [OnTime.YES, OnTime.SOME, OnTime.NO])
def test_each_phrase_is_the_forms_option_without_its_yes_or_no(answer):
    option = str(dict(OnTime.choices)[answer])
    phrase = str(ON_TIME_SUMMARIES[answer])
    assert option.removeprefix("Yes, ").removeprefix("No, ").lower() == phrase.lower()


@pytest.mark.parametrize(
    ("answer", "phrase", "colour"),
    [
        (OnTime.YES, "Every reply came on time", "green"),
        (OnTime.SOME, "Some replies came on time and some were late", "yellow"),
        (OnTime.NO, "Every reply was late", "red"),
    ],
)
def test_the_timeline_tags_each_stage_with_the_phrase(answer, phrase, colour):
    assert _tags(answer) == [(phrase, colour), (phrase, colour)]


def test_not_sure_shows_no_tag():
    assert _tags(OnTime.NOT_SURE, "stage_1") == [("", "")]


def test_the_ombudsmans_finding_is_not_coloured_like_an_answer_on_time():
    page = CaseStudyPage(
        complaint_stage="ombudsman", responses_on_time="no", ombudsman_finding="maladministration"
    )
    steps = page.timeline()
    assert [step["colour"] for step in steps] == ["red", "red", "blue"]
    assert str(steps[-1]["tag"]) == "Maladministration"


def test_the_published_page_shows_the_phrases(client, home_page):
    index = case_study_index(home_page)
    late = publish_case_study(index, title="Late replies", complaint_stage="stage_2", responses_on_time="no")
    html = client.get(late.url).content.decode()
    assert '<strong class="govuk-tag govuk-tag--red">Every reply was late</strong>' in html
    assert "Some replies came on time" not in html
    some = publish_case_study(index, title="Some late", complaint_stage="stage_1", responses_on_time="some")
    html = client.get(some.url).content.decode()
    assert (
        '<strong class="govuk-tag govuk-tag--yellow">Some replies came on time and some were late</strong>'
        in html
    )
