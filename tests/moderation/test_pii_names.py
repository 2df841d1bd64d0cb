"""Latin-script names, organisations and special categories (names.py, organisations.py,
special.py), tested directly with invented examples.  No database."""

from __future__ import annotations

import random

import pytest

from moderation.pii import names, organisations, special
from moderation.pii.spans import HEALTH, ORGANISATION, OTHER_SPECIAL, PERSON


def found(module, text: str, language: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in sorted(module.find(text, language), key=lambda s: s.start)]


def person(text: str, language: str = "en") -> list[str]:
    return found(names, text, language)


# ----------------------------------------------------------------- PERSON


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My name is Tendai Moyo and I rent a flat.", ["Tendai Moyo"]),
        ("I'm Oluwaseun Adebayo. I live on the fourth floor.", ["Oluwaseun Adebayo"]),
        ("Kwabena Asante is my name and I want to complain.", ["Kwabena Asante"]),
        ("My name's Heather Quist and I live alone.", ["Heather Quist"]),
        ("Name: Lucinda Ferrante. Tenancy started in 2019.", ["Lucinda Ferrante"]),
    ],
)
def test_introductions(text, expected):
    assert person(text) == expected


def test_titles_stay_outside_the_span():
    text = "I spoke to Mrs O'Rourke, then Mr Smith-Jones and Dr McAllister. Cllr Yusuf Bello helped."
    assert person(text) == ["O'Rourke", "Smith-Jones", "McAllister", "Yusuf Bello"]


def test_possessive_stays_outside_the_span():
    text = "When I complained, Declan came round. Declan's report was fair."
    spans = person(text)
    assert spans == ["Declan", "Declan"]


def test_first_names_alone_with_role_cues():
    text = "A lady called Bernie from repairs rang. The officer, Kasia, told me to wait."
    assert person(text) == ["Bernie", "Kasia"]


def test_lower_case_names_after_cues():
    text = "my neighbour dave parks across my drive and his mate bill said it was fine."
    assert person(text) == ["dave", "bill"]


def test_all_lower_case_story():
    text = (
        "hi my names shannon mcgrath i live in a flat with my son tyler. "
        "the housing officer sunny said the damp was our fault. we got a reply in 2 weeks."
    )
    assert person(text) == ["shannon mcgrath", "tyler", "sunny"]


def test_shouting():
    text = "MY SON JAYDEN HAS AUTISM AND I TOLD THE OFFICER KEVIN AND HE DID NOTHING!!!"
    assert person(text) == ["JAYDEN", "KEVIN"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I hope it gets fixed. Grace from the council never rang back.", ["Grace"]),
        ("The bill was huge. My husband Bill rang them every day.", ["Bill"]),
        ("I will wait. When I complained, Will came round himself.", ["Will"]),
        # Once Patience is known to be a person here, a sentence-opening "Patience" is flagged
        # too: an editor dismisses that in a second, while a missed mention identifies her.
        (
            "Patience helps. My friend Patience wrote it. Patience was kind.",
            ["Patience", "Patience", "Patience"],
        ),
        ("Hope you are well. A lady called Joy rang. Joy was lovely.", ["Joy", "Joy"]),
        ("A robin nested in the gutter. Robin from the estate office listened.", ["Robin"]),
        ("It was sunny. My daughter Rose has eczema.", ["Rose"]),
        ("Mark my words. I spoke to Mark about it.", ["Mark"]),
    ],
)
def test_names_that_are_also_words(text, expected):
    assert person(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In May the roof leaked again and in June it got worse.",
        "Every autumn it failed. Last year it failed five times between October and February.",
        "The Housing Ombudsman found maladministration. Stage 2 took six weeks.",
        "We live in Leeds, near Bradford, and my sister lives in Swansea.",
        "I hope you read this. I will keep complaining. Bill payments went up.",
        "Netting was put up on the balconies. Forty-two complaints went in.",
        "A man called the office and a guy from the contractor came.",
        "The interpreter spoke Sylheti and English. We celebrated Christmas and Eid.",
        "Dad sleeps downstairs now. Mum is fine.",
    ],
)
def test_ordinary_text_is_not_a_person(text):
    assert person(text) == []


def test_name_spreads_to_other_mentions():
    text = "Chidi, my little boy, is 3. The mould made Chidi's skin worse."
    assert person(text) == ["Chidi", "Chidi"]


def test_surname_joined_and_rare_surname_alone():
    text = "My neighbour across the landing, Wilf Oduya, is in his eighties. I wrote to Lindqvist too."
    assert person(text) == ["Wilf Oduya", "Lindqvist"]


def test_polish_inflected_names():
    text = (
        "Nazywam się Małgorzata Wiśniewska. Mieszkam z córką Ewą. Sąsiadka, pani Kowalska, "
        "powiedziała, że Ewy nie było. Rozmawiałam z panem Nowakiem. Mój mąż Grzegorz ma astmę."
    )
    got = person(text, "pl")
    for name in ("Małgorzata Wiśniewska", "Ewą", "Kowalska", "Ewy", "Nowakiem", "Grzegorz"):
        assert name in got
    assert "Mieszkam" not in got and "Sąsiadka" not in got


def test_romanian_names_with_diacritics():
    text = "Mă numesc Ștefania Răducanu. Soțul meu, Ionuț, are diabet. Doamna Petrescu a sunat."
    assert person(text, "ro") == ["Ștefania Răducanu", "Ionuț", "Petrescu"]


def test_welsh_names():
    text = "Rhian Evans ydw i. Mae fy merch, Elin, yn saith oed. Dywedodd swyddog o'r enw Huw Jenkins y byddai'n dod."
    assert person(text, "cy") == ["Rhian Evans", "Elin", "Huw Jenkins"]


def test_initials_join_the_surname():
    text = "Email from J. Barker on 3 May. Then K Singh phoned. Letter signed J. R. Hartley."
    assert person(text) == ["J. Barker", "K Singh", "J. R. Hartley"]


def test_lower_case_titles_and_relations():
    text = "i live with my nan pat. my son will be 5. mrs jones and mr smith came round."
    assert person(text) == ["pat", "jones", "smith"]


def test_places_storms_and_brands_are_not_persons():
    text = (
        "We moved to Skelmersdale from Hebburn. In Brixton and Peckham it is worse. "
        "After Storm Eunice the Vaillant boiler broke and Ofsted was mentioned."
    )
    assert person(text) == []


def test_surnames_that_are_places():
    assert person("I spoke to Mrs Preston and then Sarah Bolton rang.") == ["Preston", "Sarah Bolton"]


def test_lists_of_people():
    assert person("Tom, Harriet and Zainab from the residents' group helped.") == ["Tom", "Harriet", "Zainab"]


def test_latin_name_inside_arabic_story():
    text = "تحدثت مع Mrs Thompson من الشركة."
    assert person(text, "ar") == ["Thompson"]


def test_organisation_words_are_not_persons():
    assert person("I rang Thistlewood Homes and Brackenfield Borough Council.") == []


# ----------------------------------------------------------------- ORGANISATION


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I rent from Harbourside Homes in Hull.", ["Harbourside Homes"]),
        ("I complained to Northfield Borough Council twice.", ["Northfield Borough Council"]),
        ("We rent from Brightway Housing Association.", ["Brightway Housing Association"]),
        ("Their contractor, Apex Repairs Ltd, came once.", ["Apex Repairs Ltd"]),
        ("An engineer from Kestrelmoor Plumbing came.", ["Kestrelmoor Plumbing"]),
        ("Mae'r fflat yn perthyn i Cartrefi Cwm Tawe.", ["Cartrefi Cwm Tawe"]),
        ("Zgłosiłam to do Fernhill Dwellings.", ["Fernhill Dwellings"]),
    ],
)
def test_organisation_names(text, expected):
    assert found(organisations, text) == expected


def test_organisation_head_word_used_alone():
    text = "Harbourside Homes ignored me. Later Harbourside said sorry."
    assert found(organisations, text) == ["Harbourside Homes", "Harbourside"]


@pytest.mark.parametrize(
    "text",
    [
        "I complained to the council and then to the Housing Ombudsman.",
        "The NHS and the local Housing Association were no help.",
        "At the City Council offices nobody answered.",
        "The council have ignored me for months.",
    ],
)
def test_generic_organisations_are_not_names(text):
    assert found(organisations, text) == []


def test_lower_case_organisation():
    text = "so my landlord harbourside homes sent a guy round. the council did nothing."
    assert found(organisations, text) == ["harbourside homes"]


# ----------------------------------------------------------------- HEALTH and OTHER_SPECIAL


def kinds(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (s.kind, text[s.start : s.end]) for s in sorted(special.find(text, language), key=lambda s: s.start)
    ]


def test_health_conditions_english():
    text = (
        "My dad has vascular dementia, my son has autism and asthma, and I'm a wheelchair user. "
        "My partner has COPD and she has MS."
    )
    got = [t for k, t in kinds(text) if k == HEALTH]
    assert got == ["vascular dementia", "autism", "asthma", "wheelchair user", "COPD", "MS"]


def test_health_other_languages():
    assert [t for _, t in kinds("Mój syn ma astmę, a mąż POChP i cukrzycę.", "pl")] == [
        "astmę",
        "POChP",
        "cukrzycę",
    ]
    assert [t for _, t in kinds("Fiul meu are epilepsie și astm.", "ro")] == ["epilepsie", "astm"]
    assert [t for _, t in kinds("Mae ganddo awtistiaeth ac mae'n defnyddio cadair olwyn.", "cy")] == [
        "awtistiaeth",
        "cadair olwyn",
    ]


def test_health_words_that_are_not_conditions():
    assert kinds("Ms Jones said the wall went black. They ignored me. Add it to the list.") == []


def test_other_special():
    text = "I am Afghan. We are a Sikh family and my wife is an asylum seeker. I'm a refugee from Eritrea."
    got = [t for k, t in kinds(text) if k == OTHER_SPECIAL]
    assert got == ["Afghan", "Sikh", "asylum seeker", "refugee", "Eritrea"]


def test_language_names_are_not_origin():
    assert kinds("The menu was only in English and the letter came in Polish.") == []


def test_black_mould_is_not_ethnicity():
    assert kinds("The corner was black and the walls went black with mould.") == []


def test_special_polish_romanian():
    assert ("OTHER_SPECIAL", "uchodźczynią") in kinds("Jestem uchodźczynią z Ukrainy.", "pl")
    assert ("OTHER_SPECIAL", "musulmană") in kinds("Sunt musulmană.", "ro")


# ----------------------------------------------------------------- robustness and speed


@pytest.mark.parametrize("module", [names, organisations, special])
def test_never_crashes_and_spans_stay_inside(module):
    rng = random.Random(7)
    alphabet = (
        "abcXYZ ĄąŁłșțâ'’-.,\n\t\x00\x1b🙂ابپ্ਕ Mrs Dr pani Housing Council Homes asthma Grace my son called "
    )
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        for lang in ("en", "pl", "ro", "cy", "ar", "", "xx"):
            for span in module.find(text, lang):
                assert 0 <= span.start < span.end <= len(text)
    assert list(module.find("", "en")) == []


def test_kinds():
    text = "My neighbour Dave rang Harbourside Homes about my asthma. I am Somali."
    assert {s.kind for s in names.find(text, "en")} == {PERSON}
    assert {s.kind for s in organisations.find(text, "en")} == {ORGANISATION}
    assert {s.kind for s in special.find(text, "en")} == {HEALTH, OTHER_SPECIAL}


def test_a_long_story_finds_each_thing_once_per_repeat():
    # How fast: bench/pii.py (timings live in bench/, not in tests).
    story = (
        "My name is Tendai Moyo and I rent from Greenacre Homes. My son Precious has sickle cell. "
        "A man called Gary said an engineer would come. The officer, Annette, wrote to the landlord. "
    )
    assert person(story) == ["Tendai Moyo", "Precious", "Gary", "Annette"]
    assert found(organisations, story) == ["Greenacre Homes"]
    assert found(special, story) == ["sickle cell"]
    long_story = story * 12  # about 2,200 characters
    for module, count in ((names, 4), (organisations, 1), (special, 1)):
        assert len(list(module.find(long_story, "en"))) == count * 12


def test_huge_input():
    text = "My neighbour Dave Smith called Grace from Harbourside Homes about my asthma. " * 3000
    assert len(list(names.find(text, "en"))) >= 6000
    assert len(list(organisations.find(text, "en"))) == 3000
    assert len(list(special.find(text, "en"))) == 3000


# ----------------------------------------------------------------- version 2: nicknames


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The warden, who everyone calls Smudge, has a key.", ["Smudge"]),
        ("Our handyman is known to the whole block as Chalky.", ["Chalky"]),
        ("The lad upstairs goes by Tank and plays loud music.", ["Tank"]),
        ("Everyone calls him Daft Terry. Terry means well.", ["Daft Terry", "Terry"]),
        ("We were visited by Young Marcus from the repairs team.", ["Young Marcus"]),
        ("hey, birdie here, from the top flat.", ["birdie"]),
    ],
)
def test_nicknames(text, expected):
    assert person(text) == expected


def test_a_pseudonym_the_writer_gives_is_not_a_name():
    text = "A resident we will call Mrs T complained. Mrs T had waited a year."
    assert person(text) == []


@pytest.mark.parametrize("text", ["My Mum and Nani came round.", "Ammi and Abbu were worried."])
def test_home_language_kinship_words_are_not_names(text):
    assert person(text) == []


# ----------------------------------------------------------------- chat speakers, sign-offs, diminutives


def test_chat_speakers_are_names_in_any_language():
    chat = (
        "Wiki: Czy ktoś dzwonił do biura?\nDorotka K.: Jeszcze nie, zaraz zadzwonię\nWiki: Dzięki, Dorotka K."
    )
    got = person(chat, "pl")
    assert got.count("Wiki") >= 2 and "Dorotka K" in got


def test_form_fields_with_a_colon_are_not_speakers():
    text = "Raport z wizyty\nUwagi: rynny do wymiany\nZlecenie: pilne, do piątku"
    assert person(text, "pl") == []


def test_a_name_alone_on_the_last_line_signs_the_letter():
    assert "Trev" in person("the boiler is still broken and nobody rings back.\nTrev")
    assert "Nelu" in person("nu mai pot sa astept, va rog sa veniti.\nNelu", "ro")
    assert person("Please sort this out.\nThanks") == []


def test_the_name_after_a_closing_formula():
    assert "Bogumiła Zawadzka" in person(
        "Proszę o odpowiedź.\n\nZ poważaniem,\nBogumiła Zawadzka\nlokatorka", "pl"
    )


def test_a_strong_title_takes_a_surname_that_is_also_a_word():
    assert "Negru" in person("Stimate domnule Negru, vă mulțumim pentru scrisoare.", "ro")


def test_diminutives_and_nickname_adjectives():
    assert "Jaś" in person("Mieszkamy tu od roku. Jaś znowu kaszle w nocy.", "pl")
    assert "little Tayla" in person("the damp is everywhere. little Tayla coughs all night")
    assert "Pinky" in person("Pinky ne kaha ke chhat se paani aa raha hai", "ur")
    assert "Big Mo" in " ".join(person("round here they all know him as Big Mo and he parks on the grass."))


def test_double_barrelled_surname_and_an_initial():
    assert "Katarzyna Lewicka-Doyle" in person("Dane: Katarzyna Lewicka-Doyle, ur. 1980.", "pl")


def test_a_relation_does_not_make_a_romanian_preposition_a_name():
    assert "de" not in person("vecina de la nr. 5 zice la fel, și vecinul de sus.", "ro")


def test_a_speaker_on_one_line_of_a_chat():
    chat = "[14:02] Zofia: macie wodę?\n[14:05] Bartuś: nie mamy od rana\n[14:06] Zofia: dzwonię do biura"
    assert "Bartuś" in person(chat, "pl")
