"""One pseudonym per person across a story's texts (moderation.pii.pseudonyms, generalise.people_in).

Every story here is invented.
"""

from __future__ import annotations

import pytest

from moderation.pii.generalise import apply_replacements, people_in, suggestions
from moderation.pii.pseudonyms import Mention, assign, later_role, letter_label, same_name, taken_letters


def anonymise(texts: dict[str, str], languages="en", storyteller: str = "") -> dict[str, str]:
    """Every text with every suggestion accepted, people labelled across all the texts."""
    people = people_in(texts, languages, storyteller=storyteller)
    out = {}
    for field, text in texts.items():
        language = languages if isinstance(languages, str) else languages[field]
        found = suggestions(text, language, people=people, field=field)
        out[field] = apply_replacements(text, [(s.start, s.end, s.replacement) for s in found])
    return out


# --------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Margaret Ellis", "Maggie"),
        ("Margaret Ellis", "Ellis"),
        ("Margaret", "Maggie Ellis"),
        ("Thomas Reed", "Tom"),
        ("Tomasz Nowak", "Tomek"),  # Polish short form
        ("Tomek", "Tomka"),  # and its genitive
        ("Anna Kowalska", "Kowalskiej"),
        ("Maria Popescu", "Mariei"),  # Romanian genitive
    ],
)
def test_ways_of_writing_one_name_match(a, b):
    language = "pl" if any(w in a + b for w in ("Tom", "Kowal")) and "Reed" not in a else "en"
    language = "ro" if "Mariei" in b else language
    assert same_name(a, b, language)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Margaret Ellis", "Joan Ellis"), ("Mark", "Mary"), ("Dan", "Dave"), ("Kevin Doyle", "Priya Shah")],
)
def test_different_names_do_not_match(a, b):
    assert not same_name(a, b)


def test_a_title_of_the_other_gender_is_another_person():
    found = assign([Mention(1, "Ellis", "Mrs"), Mention(2, "Ellis", "Mr")])
    assert found[1] is not found[2]
    assert {found[1].letter, found[2].letter} == {"A", "B"}


def test_a_different_role_is_another_person():
    found = assign([Mention(1, "Sam", role="my son"), Mention(2, "Sam", role="the plumber")])
    assert found[1] is not found[2]
    assert found[1].label() == "my son" and found[2].label() == "the plumber"


def test_a_short_form_joins_the_person_named_most_recently():
    found = assign([Mention(1, "Joan Ellis"), Mention(2, "Rob Ellis"), Mention(3, "Ellis", "Mr")])
    assert found[3] is found[2]


def test_the_storyteller_is_letter_a_and_others_follow():
    found = assign(
        [Mention(1, "Kevin Doyle"), Mention(2, "Maggie"), Mention(3, "Priya Shah")],
        storyteller="Margaret Ellis",
    )
    assert found[2].storyteller and found[2].letter == "A"
    assert (found[1].letter, found[3].letter) == ("B", "C")


def test_letter_a_stays_the_storytellers_even_where_they_are_not_named():
    found = assign([Mention(1, "Kevin Doyle")], storyteller="Margaret Ellis")
    assert found[1].letter == "B" and not found[1].storyteller
    assert assign([Mention(1, "Kevin Doyle")])[1].letter == "A"  # no storyteller known


def test_letters_already_in_the_text_are_not_given_again():
    assert taken_letters(["Resident B rang Mrs D. Then C. wrote.", "الشخص ب", "ব্যক্তি ঙ"]) == {
        "B",
        "C",
        "D",
        "E",
    }
    found = assign([Mention(1, "Priya Shah"), Mention(2, "Olu Ade")], storyteller="Hana Bell", taken={"B"})
    assert (found[1].letter, found[2].letter) == ("C", "D")


def test_a_story_anonymised_in_two_sittings_never_shares_a_letter():
    story = "Gary Lund fitted the pipe. Olu Ade said sorry. Gary came back."
    first = [s for s in suggestions(story) if s.text == "Gary Lund"]
    assert first[0].replacement == "Resident A"
    story = apply_replacements(story, [(first[0].start, first[0].end, first[0].replacement)])
    labels = {s.text: s.replacement for s in suggestions(story)}
    assert labels == {"Olu Ade": "Resident B", "Gary": "Resident C"}  # Gary's short name is new to it


@pytest.mark.parametrize(
    ("role", "later"),
    [
        ("a neighbour", "the neighbour"),
        ("my son", "my son"),
        ("the landlord's head of housing", "the head of housing"),
        ("caretaker", "the caretaker"),
        ("the operative", "the operative"),
    ],
)
def test_a_role_named_again(role, later):
    assert later_role(role) == later


def test_non_english_roles_keep_the_sentence_words():
    assert later_role("mój sąsiad", "pl") == "mój sąsiad"
    assert later_role("جاري", "ar") == "جاري"


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "Resident B"),
        ("pl", "B."),
        ("ro", "B."),
        ("ar", "الشخص ب"),
        ("ur", "شخص ب"),
        ("bn", "ব্যক্তি খ"),
        ("pa", "ਵਿਅਕਤੀ ਅ"),
    ],
)
def test_letter_labels_in_each_language(language, label):
    assert letter_label("B", language) == label


# --------------------------------------------------------------------- across a story's texts


def test_one_label_per_person_across_title_summary_story_and_translation():
    texts = {
        "title": "Margaret's long wait for a dry home",
        "summary": "Maggie Ellis waited a year while Kevin Doyle came twice.",
        "story": (
            "I'm Margaret Ellis. The operative, Kevin Doyle, left the wall wet. Kevin never came back. "
            "Then Priya Shah, the head of housing, apologised."
        ),
        "english_story": "Priya Shah wrote to Maggie.",
    }
    out = anonymise(texts, storyteller="Margaret Ellis")
    assert out["title"] == "Resident A's long wait for a dry home"
    assert out["summary"] == "Resident A waited a year while the operative came twice."
    assert out["story"] == (
        "I'm Resident A. The operative left the wall wet. The operative never came back. "
        "Then the head of housing apologised."
    )
    assert out["english_story"] == "The head of housing wrote to Resident A."


def test_redact_all_never_gives_three_people_one_letter():
    """A walk found the storyteller, an operative and the head of housing all "Resident A"."""
    texts = {
        "title": "Hannah Price on a year of leaks",
        "summary": "Hannah Price told us how Gary Lund and Olu Ade handled it.",
        "story": "Gary Lund fitted the pipe badly. Olu Ade said sorry. Hannah rang again.",
    }
    people = people_in(texts, "en", storyteller="Hannah Price")
    labels: dict[str, set[str]] = {}
    for field, text in texts.items():
        for s in suggestions(text, "en", people=people, field=field):
            labels.setdefault(s.text.split()[0], set()).add(s.replacement)
    assert labels == {"Hannah": {"Resident A"}, "Gary": {"Resident B"}, "Olu": {"Resident C"}}


def test_the_storyteller_keeps_their_own_label_even_with_a_shared_surname():
    texts = {"story": "I am Ruth Okafor. My husband Sam Okafor rang. Ruth Okafor wrote. Sam wrote too."}
    out = anonymise(texts, storyteller="Ruth Okafor")
    assert out["story"] == "I am Resident A. My husband rang. Resident A wrote. My husband wrote too."


def test_roles_from_the_sentence():
    story = (
        "The caretaker, Bob Hale, saw it. A neighbour called Tess Marr rang. "
        "Bob Hale came back and Tess wrote to my MP, Ann Fry. Ann replied."
    )
    out = anonymise({"story": story})["story"]
    assert out == (
        "The caretaker saw it. A neighbour rang. The caretaker came back and the neighbour wrote to my MP. "
        "My MP replied."
    )


def test_an_apposition_names_the_role():
    out = anonymise({"story": "Len Ito, the housing officer, promised a visit. Len never came."})["story"]
    assert out == "The housing officer promised a visit. The housing officer never came."


def test_a_kinship_word_before_a_name_keeps_the_word_only():
    out = anonymise({"story": "My wife Priya was ill, so my son (Ravi) phoned."})["story"]
    assert out == "My wife was ill, so my son phoned."
    assert "[" not in out


@pytest.mark.parametrize(
    ("language", "story", "expected"),
    [
        (
            "pl",
            "Mój sąsiad Tomasz Nowak zgłosił przeciek. Potem Tomek zadzwonił do pani Kowalskiej.",
            "Mój sąsiad zgłosił przeciek. Potem mój sąsiad zadzwonił do A.",
        ),
        (
            "ro",
            "Soțul meu, Ion Popescu, a sunat. Vecina mea Maria a ajutat.",
            "Soțul meu a sunat. Vecina mea a ajutat.",
        ),
        ("ar", "اتصل جاري أحمد بالمالك. ابني محمد مريض.", "اتصل جاري بالمالك. ابني مريض."),
        (
            "bn",
            "আমার ছেলে রহিম অসুস্থ। প্রতিবেশী করিম অভিযোগ করেছিলেন।",
            "আমার ছেলে অসুস্থ। প্রতিবেশী অভিযোগ করেছিলেন।",
        ),
        ("ur", "ہمارے پڑوسی احمد نے شکایت کی۔", "ہمارے پڑوسی نے شکایت کی۔"),
        ("pa", "ਗੁਆਂਢੀ ਹਰਜੀਤ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ।", "ਗੁਆਂਢੀ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ।"),
    ],
)
def test_roles_in_each_language(language, story, expected):
    assert anonymise({"story": story}, language)["story"] == expected


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("pl", "Dzwoniłam do pani Kowalskiej."),
        ("ro", "Am vorbit cu doamna Popescu."),
        ("ar", "اتصلت السيدة فاطمة بالمالك."),
    ],
)
def test_a_title_and_letter_is_written_only_in_english(language, story):
    """ "pani A" or "السيدة أ" would be read as a name again: outside English the title goes too."""
    out = anonymise({"story": story}, language)["story"]
    assert out != story and not suggestions(out, language), out


def test_a_translation_shares_labels_with_the_original():
    texts = {
        "story": "Mój sąsiad Jan Kowalski pomógł. Jan dzwonił.",
        "english_story": "Jan Kowalski helped. Jan rang Ewa Lis.",
    }
    out = anonymise(texts, {"story": "pl", "english_story": "en"})
    assert out["story"] == "Mój sąsiad pomógł. Mój sąsiad dzwonił."
    # The Polish role, said in English in the translation; Ewa keeps her letter in both.
    assert out["english_story"] == "My neighbour helped. My neighbour rang Resident A."


def test_a_name_inside_a_handle_takes_the_whole_handle():
    story = "My neighbour posts as @maggie_ellis_e9 and emails maggie.ellis@example.com about it."
    found = suggestions(story)
    out = apply_replacements(story, [(s.start, s.end, s.replacement) for s in found])
    assert "maggie" not in out and "_e9" not in out and "Resident" not in out
    assert {s.text for s in found} >= {"@maggie_ellis_e9", "maggie.ellis@example.com"}
