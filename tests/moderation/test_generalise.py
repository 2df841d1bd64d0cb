"""Replacement suggestions and date generalisation (moderation.pii.generalise).

Pure tests: no database. Every example is invented (names, numbers and streets are fictional).
"""

from __future__ import annotations

import pytest

from moderation.pii.generalise import (
    DATE,
    PLACEHOLDERS,
    DateSuggestion,
    apply_replacements,
    find_dates,
    house_style_names,
    suggest_replacement,
    suggestions,
)
from moderation.pii.spans import KINDS


def dates(text: str, language: str = "en") -> list[tuple[str, str]]:
    found = find_dates(text, language)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.suggestion) for d in found]


# --------------------------------------------------------------------- placeholders


def test_placeholders_include_roles_and_house_style():
    for placeholder in (
        "[my neighbour]",
        "[a housing officer]",
        "[the council]",
        "[a date]",
        "Resident A",
        "Ms B",
    ):
        assert placeholder in PLACEHOLDERS
    assert len(PLACEHOLDERS) == len(set(PLACEHOLDERS))


def test_house_style_names():
    assert house_style_names(3) == ["Resident A", "Resident B", "Resident C"]
    assert house_style_names(26)[-1] == "Resident Z"
    assert house_style_names(28)[26:] == ["Resident AA", "Resident AB"]
    assert house_style_names(0) == []
    with pytest.raises(ValueError):
        house_style_names(-1)


# --------------------------------------------------------------------- English dates


@pytest.mark.parametrize(
    "text",
    [
        "14 March 2023",
        "14th March 2023",
        "the 14th of March, 2023",
        "March 14, 2023",
        "March 14th 2023",
        "14/03/2023",
        "14.03.2023",
        "14-03-2023",
        "14/03/23",
        "2023-03-14",
        "2023/03/14",
        "March 2023",
        "Mar. 2023",
        "Monday 14 March 2023",
        "Monday, 14 March 2023",
        "1-14 March 2023",
    ],
)
def test_english_formats_become_early_2023(text):
    story = f"The leak started {text} and got worse."
    assert dates(story) == [(text, "early 2023")]


def test_iso_datetime_keeps_the_time_out_of_the_span():
    assert dates("Logged 2023-03-14T10:15 by the portal.") == [("2023-03-14", "early 2023")]


@pytest.mark.parametrize(
    ("month", "period"),
    [
        ("January", "early"),
        ("April", "early"),
        ("May", "mid"),
        ("August", "mid"),
        ("September", "late"),
        ("December", "late"),
    ],
)
def test_month_boundaries(month, period):
    phrase = "mid-2021" if period == "mid" else f"{period} 2021"
    assert dates(f"It was 3 {month} 2021 when it began.") == [(f"3 {month} 2021", phrase)]
    assert dates(f"Nothing since {month} 2021.") == [(f"{month} 2021", phrase)]
    assert dates(f"It began in {month} 2021.") == [(f"in {month} 2021", f"in {phrase}")]


@pytest.mark.parametrize(
    ("day_month", "season"),
    [
        ("1 December", "winter"),
        ("28 February", "winter"),
        ("1 March", "spring"),
        ("31 May", "spring"),
        ("1 June", "summer"),
        ("31 August", "summer"),
        ("1 September", "autumn"),
        ("30 November", "autumn"),
    ],
)
def test_day_and_month_without_year_become_a_season(day_month, season):
    assert dates(f"They came on {day_month} with a ladder.") == [(f"on {day_month}", f"in {season}")]
    assert dates(f"We waited since {day_month}.") == [(day_month, season)]


def test_prepositions_and_capitals_keep_the_sentence_grammatical():
    assert dates("On 14 March 2023, the ceiling fell.") == [("On 14 March 2023", "In early 2023")]
    assert dates("It got worse in September 2023.") == [("in September 2023", "in late 2023")]
    assert dates("14 March 2023 was the worst day.") == [("14 March 2023", "Early 2023")]
    assert dates("Nothing by the 14th of April.") == [("the 14th of April", "spring")]
    assert dates("Tuesday, March 14th we met.") == [("Tuesday, March 14th", "In spring")]
    assert dates("from 3 May to 5 June") == [("3 May", "spring"), ("5 June", "summer")]


def test_leap_day():
    assert dates("29 February 2024") == [("29 February 2024", "Early 2024")]
    assert dates("29 February 2023") == []
    assert dates("on 29 February") == [("on 29 February", "In winter")]


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2023",
        "31 February 2023",
        "31 April 2023",
        "13/13/2023",
        "00/03/2023",
        "14 March 1850",
        "14 March 2150",
        "2023-02-30",
        "32 March",
    ],
)
def test_invalid_dates_are_not_flagged(text):
    assert dates(f"The letter says {text} on it.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The engineer came at 14:30 and left at 15.45.",
        "I paid £14.03 for the part, then €3.50.",
        "Call 07700 900123 or 0161-496-0000 or +44 20 7946 0958 or 020.7946.0958.",
        "We live at Flat 14, 2023 Road.",
        "It all started in 2023 and went on into 2024.",
        "The app was version 1.2.2023 at the time.",
        "She lives at 14 May Road.",
        "In May 14 people came to the meeting.",
        "My neighbour Jan 14 years ago moved out.",
        "Reference 14/03/20235 was closed.",
        "The ratio was 3/4 and the score 2-1.",
    ],
)
def test_non_dates_are_not_flagged(text):
    assert dates(text) == []


# --------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zadzwoniłem 14 marca 2023 r.", ("14 marca 2023", "na początku 2023")),
        ("W dniu 14 marca 2023 r. zadzwoniłem.", ("W dniu 14 marca 2023", "Na początku 2023")),
        ("Było to 3 września 2022.", ("3 września 2022", "pod koniec 2022")),
        ("Było to 3 wrzesnia 2022.", ("3 wrzesnia 2022", "pod koniec 2022")),
        ("Było to 3 października 2022.", ("3 października 2022", "pod koniec 2022")),
        ("Było to 3 pazdziernika 2022.", ("3 pazdziernika 2022", "pod koniec 2022")),
        ("To był styczeń 2022.", ("styczeń 2022", "na początku 2022")),
        ("Czekam w sierpniu 2021 roku.", ("w sierpniu 2021", "w połowie 2021")),
        ("Od 3 maja 2023 czekamy.", ("3 maja 2023", "połowy 2023")),
        ("Stało się 14 marca.", ("14 marca", "wiosną")),
        ("Czekamy od dnia 5 lipca.", ("dnia 5 lipca", "lata")),
        ("Pismo z 14.03.2023r. leży.", ("14.03.2023r.", "początku 2023")),  # "z" keeps the genitive
        ("Zadzwoniłam 14.03.2023r.", ("14.03.2023r.", "na początku 2023")),
        ("Pismo z dnia 14 III 2023.", ("dnia 14 III 2023", "początku 2023")),
    ],
)
def test_polish(text, expected):
    assert dates(text, "pl") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am sunat pe 3 ianuarie 2022.", ("pe 3 ianuarie 2022", "la începutul lui 2022")),
        ("Am sunat în data de 3 octombrie 2022.", ("în data de 3 octombrie 2022", "la sfârșitul lui 2022")),
        ("Am sunat in data de 3 octombrie 2022.", ("in data de 3 octombrie 2022", "la sfârșitul lui 2022")),
        ("Aștept din martie 2023.", ("martie 2023", "începutul lui 2023")),
        ("Aștept până în mai 2023.", ("în mai 2023", "la mijlocul lui 2023")),
        ("Aștept până la 14 august.", ("14 august", "vară")),
        ("Au venit pe 14 decembrie.", ("pe 14 decembrie", "iarna")),
    ],
)
def test_romanian(text, expected):
    assert dates(text, "ro") == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("اتصلت في ١٤ مارس ٢٠٢٣ بالمجلس", "ar", ("في ١٤ مارس ٢٠٢٣", "في أوائل ٢٠٢٣")),
        ("اتصلت بتاريخ 5 أغسطس 2021م", "ar", ("بتاريخ 5 أغسطس 2021م", "في منتصف 2021")),
        ("ننتظر منذ كانون الثاني 2022", "ar", ("كانون الثاني 2022", "أوائل 2022")),
        ("اتصلت في ٣ تشرين الأول", "ar", ("في ٣ تشرين الأول", "في الخريف")),
        ("میں نے ۱۴ مارچ ۲۰۲۳ کو فون کیا", "ur", ("۱۴ مارچ ۲۰۲۳ کو", "۲۰۲۳ کے شروع میں")),
        ("ہم مئی 2022 سے انتظار کر رہے ہیں", "ur", ("مئی 2022", "2022 کے وسط")),
        ("وہ 3 جنوری کو آئے", "ur", ("3 جنوری کو", "سردیوں میں")),
        ("২০২৩ সালের ১৪ মার্চ আমি ফোন করি", "bn", ("২০২৩ সালের ১৪ মার্চ", "২০২৩-এর শুরুতে")),
        ("১লা জানুয়ারি ২০২২ থেকে অপেক্ষা", "bn", ("১লা জানুয়ারি ২০২২", "২০২২-এর শুরু")),
        ("১৪ই সেপ্টেম্বর ২০২২ তারিখে এসেছিল", "bn", ("১৪ই সেপ্টেম্বর ২০২২ তারিখে", "২০২২-এর শেষের দিকে")),
        ("মার্চ ২০২৩-এ ছাদ ভেঙে পড়ে", "bn", ("মার্চ ২০২৩-এ", "২০২৩-এর শুরুতে")),
        ("੧੪ ਮਾਰਚ ੨੦੨੩ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ", "pa", ("੧੪ ਮਾਰਚ ੨੦੨੩ ਨੂੰ", "੨੦੨੩ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ")),
        ("5 ਫ਼ਰਵਰੀ 2022 ਤੋਂ ਉਡੀਕ", "pa", ("5 ਫ਼ਰਵਰੀ 2022", "2022 ਦੇ ਸ਼ੁਰੂ")),
        ("ਉਹ 10 ਜੁਲਾਈ ਨੂੰ ਆਏ", "pa", ("10 ਜੁਲਾਈ ਨੂੰ", "ਗਰਮੀਆਂ ਵਿੱਚ")),
    ],
)
def test_arabic_urdu_bengali_punjabi(text, language, expected):
    assert dates(text, language) == [expected]


def test_nukta_letters_typed_either_way():
    composed, decomposed = "\u09df", "\u09af\u09bc"  # Bengali য়
    for ya in (composed, decomposed):
        assert dates(f"১ জানু{ya}ারি ২০২২", "bn") == [(f"১ জানু{ya}ারি ২০২২", "২০২২-এর শুরুতে")]
    for fa in ("\u0a5e", "\u0a2b\u0a3c"):  # Gurmukhi ਫ਼
        assert dates(f"5 {fa}ਰਵਰੀ 2022", "pa")[0][1] == "2022 ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ"


def test_two_digit_year_keeps_the_story_digits():
    assert dates("১৪/০৩/২৩", "bn") == [("১৪/০৩/২৩", "২০২৩-এর শুরুতে")]


def test_unknown_language_falls_back_to_english_phrases():
    assert dates("14 March 2023", "de") == [("14 March 2023", "Early 2023")]
    assert dates("14 marca 2023", "pl-PL") == [("14 marca 2023", "Na początku 2023")]


def test_date_suggestion_is_frozen():
    found = find_dates("14 March 2023")[0]
    assert found == DateSuggestion(0, 13, "14 March 2023", "Early 2023")
    with pytest.raises(AttributeError):
        found.start = 1  # type: ignore[misc]


# --------------------------------------------------------------------- suggest_replacement


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("ADDRESS", "12 Acacia Road", "[a street in the area]"),
        ("POSTCODE", "SW1A 1AA", "[postcode removed]"),
        ("PHONE", "07700 900123", "[contact details removed]"),
        ("EMAIL", "a.resident@example.org", "[contact details removed]"),
        ("NI_NUMBER", "QQ 12 34 56 C", "[reference removed]"),
        ("REFERENCE", "HX123456", "[reference removed]"),
        ("DATE_OF_BIRTH", "14/03/1980", "[a date]"),
        ("AGE", "7", "[an age]"),
        ("HEALTH", "asthma", "[a health condition]"),
        ("OTHER_SPECIAL", "Muslim", "[details removed]"),
        ("SOMETHING_NEW", "x", "[removed]"),
        ("PERSON", "Dave Smith", "Resident A"),
        ("ORGANISATION", "Clarion Housing Group", "[a housing association]"),
        ("ORGANISATION", "Peabody", "[a housing association]"),
        ("ORGANISATION", "Hackney Council", "[the council]"),
        ("ORGANISATION", "London Borough of Newham", "[the council]"),
        ("ORGANISATION", "South Kesteven District Council", "[the council]"),
        ("ORGANISATION", "City of Westminster", "[the council]"),
        ("ORGANISATION", "Rapid Repairs Ltd", "[a contractor]"),
        ("ORGANISATION", "Acme Builders", "[a contractor]"),
        ("ORGANISATION", "City Plumbing", "[a contractor]"),
        ("ORGANISATION", "Bright Electrical Services", "[a contractor]"),
        ("ORGANISATION", "Smith Limited", "[a contractor]"),
    ],
)
def test_suggest_replacement_by_kind(kind, text, expected):
    assert suggest_replacement(kind, text) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("I told my neighbour ", "[my neighbour]"),
        ("I told my neighbour, ", "[my neighbour]"),
        ("and my son ", "[my son]"),
        ("my eldest daughter ", "[my daughter]"),
        ("my little boy, ", "[my son]"),
        ("my husband ", "[my partner]"),
        ("my mum ", "[a family member]"),
        ("my friend ", "[a friend]"),
        ("the housing officer, ", "[a housing officer]"),
        ("the complaints officer ", "[a complaints officer]"),
        ("the repairs operative ", "[a repairs operative]"),
        ("the plumber ", "[a repairs operative]"),
        ("the surveyor ", "[a surveyor]"),
        ("a contractor called ", "Resident A"),
        ("the contractor ", "[a contractor]"),
        ("I wrote to my MP ", "[my MP]"),
        ("my landlord ", "[my landlord]"),
        ("my GP, ", "[a doctor]"),
        ("my neighbour's son ", "[my son]"),
        ("Then Mrs ", "A"),
        ("Then Mr. ", "A"),
        ("I emailed Cllr ", "A"),
        ("my neighbour Mrs ", "A"),
        ("After that ", "Resident A"),
        ("", "Resident A"),
        ("mój sąsiad ", "[my neighbour]"),
        ("moja córka ", "[my daughter]"),
        ("soțul meu, ", "[my partner]"),
        ("vecinul ", "[my neighbour]"),
        ("আমার প্রতিবেশী ", "[my neighbour]"),
        ("میرا بیٹا ", "[my son]"),
        ("ਮੇਰਾ ਗੁਆਂਢੀ ", "[my neighbour]"),
        ("جاري ", "[my neighbour]"),
        ("السيدة ", "A"),
    ],
)
def test_person_replacement_from_context(context, expected):
    assert suggest_replacement("PERSON", "Dana", context_before=context) == expected


def test_title_inside_the_finding_is_kept():
    assert suggest_replacement("PERSON", "Mrs Patel") == "Mrs A"
    assert suggest_replacement("PERSON", "Dr. Okafor") == "Dr. A"


def test_every_default_is_offered_to_editors():
    for kind in KINDS:
        value = suggest_replacement(kind, "x", context_before="my neighbour ")
        assert value in PLACEHOLDERS, kind
    assert suggest_replacement("UNKNOWN", "x") in PLACEHOLDERS
    assert suggest_replacement("PERSON", "x") in PLACEHOLDERS


# --------------------------------------------------------------------- apply_replacements


def test_apply_replacements_in_any_order():
    text = "Dave rang on 14 March 2023 about 12 Acacia Road."
    edits = [(33, 47, "[a street in the area]"), (0, 4, "Resident A"), (10, 26, "in early 2023")]
    assert apply_replacements(text, edits) == "Resident A rang in early 2023 about [a street in the area]."


def test_apply_replacements_empty_replacement_deletes_and_insertions_work():
    assert apply_replacements("my neighbour Dave rang", [(12, 17, "")]) == "my neighbour rang"
    assert apply_replacements("abc", [(3, 3, "!"), (0, 1, "A")]) == "Abc!"
    assert apply_replacements("abc", [(0, 1, "x"), (1, 2, "y")]) == "xyc"  # adjacent is fine
    assert apply_replacements("abc", []) == "abc"


@pytest.mark.parametrize(
    "edits",
    [
        [(0, 5, "a"), (4, 8, "b")],
        [(4, 8, "b"), (0, 5, "a")],
        [(2, 2, "a"), (2, 4, "b")],
        [(0, 10, "a"), (3, 4, "b")],
    ],
)
def test_apply_replacements_rejects_overlap(edits):
    with pytest.raises(ValueError, match="overlap"):
        apply_replacements("0123456789", edits)


@pytest.mark.parametrize("edit", [(-1, 2, "x"), (0, 11, "x"), (5, 4, "x"), (11, 11, "x")])
def test_apply_replacements_rejects_out_of_range(edit):
    with pytest.raises(ValueError, match="outside"):
        apply_replacements("0123456789", [edit])


# --------------------------------------------------------------------- suggestions


def by_text(found):
    return {s.text: (s.kind, s.replacement) for s in found}


def test_suggestions_english_story():
    story = (
        "On 14 March 2023 my neighbour Dave Smith rang Clarion Housing about the damp in our flat. "
        "Dave said the housing officer, Sarah Jones, had promised a visit by 3 May, but nobody came. "
        "My son Tom, 7, has asthma and Mrs Patel next door called Hackney Council on 07700 900123."
    )
    found = suggestions(story)
    assert found == sorted(found, key=lambda s: s.start)
    for s in found:
        assert story[s.start : s.end] == s.text
    got = by_text(found)
    assert got["On 14 March 2023"] == (DATE, "In early 2023")
    assert got["3 May"] == (DATE, "spring")
    assert got[" Dave Smith"] == ("PERSON", "")  # after its role the name is simply dropped
    assert got["Dave"] == ("PERSON", "My neighbour")  # the same person keeps the role, at a sentence start
    assert got[", Sarah Jones,"] == ("PERSON", "")
    assert got[" Tom"] == ("PERSON", "")
    assert got[", 7,"] == ("AGE", "")  # an age in apposition goes with its commas
    assert got["Mrs Patel"] == ("PERSON", "Mrs A")
    assert got["Clarion Housing"] == ("ORGANISATION", "[a housing association]")
    assert got["Hackney Council"] == ("ORGANISATION", "[the council]")
    assert got["07700 900123"] == ("PHONE", "[contact details removed]")
    assert got["asthma"] == ("HEALTH", "[a health condition]")

    result = apply_replacements(story, [(s.start, s.end, s.replacement) for s in found])
    for secret in (
        "Dave",
        "Smith",
        "Sarah",
        "Tom",
        "Patel",
        "Clarion",
        "Hackney",
        "07700",
        "14 March",
        "3 May",
    ):
        assert secret not in result
    assert result.startswith("In early 2023 my neighbour rang ")
    assert "My neighbour said the housing officer had promised" in result
    assert "My son has [a health condition] and Mrs A next door" in result


def test_suggestions_give_each_unnamed_person_their_own_letter():
    story = "Ana Novak said the damp was bad. Then Ben Okoro agreed. Ana Novak rang again. Mrs Novak wrote."
    people = [s for s in suggestions(story) if s.kind == "PERSON"]
    assert [(s.text, s.replacement) for s in people] == [
        ("Ana Novak", "Resident A"),
        ("Ben Okoro", "Resident B"),
        ("Ana Novak", "Resident A"),
        ("Mrs Novak", "Mrs A"),
    ]


def test_suggestions_polish_story():
    story = (
        "W dniu 14 marca 2023 r. mój sąsiad Jan Kowalski zadzwonił do spółdzielni. "
        "Moja córka Ola ma astmę przez wilgoć. Od maja 2023 czekamy na naprawę."
    )
    got = by_text(suggestions(story, "pl"))
    assert got["W dniu 14 marca 2023"] == (DATE, "Na początku 2023")
    assert got["maja 2023"] == (DATE, "połowy 2023")
    assert got[" Jan Kowalski"] == ("PERSON", "")
    assert got[" Ola"] == ("PERSON", "")
    result = apply_replacements(story, [(s.start, s.end, s.replacement) for s in suggestions(story, "pl")])
    assert "mój sąsiad zadzwonił do spółdzielni. Moja córka ma" in result
    assert got["astmę"] == ("HEALTH", "[a health condition]")


def test_detector_wins_over_an_overlapping_date():
    story = "My date of birth is 14/03/1980 and I moved in on 2 June 2019."
    found = suggestions(story)
    kinds = {s.text: s.kind for s in found}
    assert kinds.get("14/03/1980") == "DATE_OF_BIRTH"
    assert not any(s.kind == DATE and s.start <= story.index("14/03") < s.end for s in found)
    assert ("on 2 June 2019", DATE, "in mid-2019") in {(s.text, s.kind, s.replacement) for s in found}


def test_suggestions_of_empty_text():
    assert suggestions("") == []


# --------------------------------------------------------------------- readable replacements


def accept_all(story: str, language: str = "en") -> str:
    return apply_replacements(story, [(s.start, s.end, s.replacement) for s in suggestions(story, language)])


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "We live at 14 Kiln Lane, Derby DE1 3QQ and it floods.",
            "We live on a street in Derby and it floods.",
        ),
        ("Our flat at 3 Rye Court, Selby, York YO1 7HH is damp.", "Our flat on a street in York is damp."),
        ("14 Kiln Lane has had damp for years.", "A street in the area has had damp for years."),
        ("They wrote to 14 Kiln Lane, DE1 3QQ.", "They wrote to a street in the area."),
    ],
)
def test_an_address_and_its_postcode_become_one_phrase(story, expected):
    found = [s for s in suggestions(story) if s.kind in ("ADDRESS", "POSTCODE")]
    assert len(found) == 1
    assert accept_all(story) == expected


def test_a_postcode_after_its_town_is_dropped():
    assert accept_all("I moved to Leeds LS6 2AB last year.") == "I moved to Leeds last year."


@pytest.mark.parametrize(
    ("language", "story", "expected"),
    [
        ("pl", "Mieszkamy przy ul. Długiej 5 od lat.", "Mieszkamy przy naszej ulicy od lat."),
        ("ro", "Locuim pe strada Florilor 12 de ani.", "Locuim pe strada noastră de ani."),
    ],
)
def test_addresses_in_other_languages_fit_the_preposition(language, story, expected):
    assert accept_all(story, language) == expected


def test_the_same_placeholder_side_by_side_becomes_one():
    story = "Ring 07700 900123 or 07700 900456 any time."
    found = suggestions(story)
    assert [(s.text, s.replacement) for s in found] == [
        ("07700 900123 or 07700 900456", "[contact details removed]")
    ]


@pytest.mark.parametrize(
    ("story", "token"),
    [
        ("Find me as @tam_reed_99 online.", "@tam_reed_99"),
        ("Mail tam.reed@example.org today.", "tam.reed@example.org"),
    ],
)
def test_a_name_inside_a_handle_or_email_is_replaced_with_the_whole_token(story, token):
    found = suggestions(story)
    assert token in {s.text for s in found}
    result = accept_all(story)
    assert "tam" not in result.lower() and "reed" not in result.lower() and "_" not in result


def test_an_apposition_that_holds_another_finding_keeps_to_the_name():
    story = "Lola Vance, the caretaker at 12 Kiln Lane, called."
    result = accept_all(story)
    assert "Lola" not in result and "Kiln" not in result
