"""Rounds 56 on, after the first sight of batches bi-bm (diaries, children, interview transcripts,
minutes, text typed on a phone): what the detector now finds and what it must leave alone.
Invented sentences only, none taken from the batches."""

import pytest

from moderation.pii import detect

from .pii_cases import covered, flagged

FOUND = [
    # Round 56. Usernames and gamer tags joined by underscores wherever they stand, and after
    # "user" or "login" in brackets.
    (56, "en", "On Xbox I'm Tiger_Lily_22 if you want to add me.", "Tiger_Lily_22"),
    (56, "pl", "Na PlayStation gram jako kot_bury99, ale mama nie wie.", "kot_bury99"),
    (56, "ro", "Pe portal (user dana_m77) scrie doar pending.", "dana_m77"),
    (56, "ur", "پورٹل پر میرا login (farooq1958) کھولا تو کچھ نہیں تھا۔", "farooq1958"),
    # References typed in lower case, letters glued to five digits or more; a reference with a
    # prefix and two groups of digits.
    (56, "en", "the new job was kgn551204 and still nobody came", "kgn551204"),
    (56, "en", "Job numbers like REP 8812 447 kept coming.", "REP 8812 447"),
    # Birthdays without a year are dates of birth.
    (56, "pl", "Moje urodziny są 3 marca, wtedy robimy tort.", "3 marca"),
    (56, "ro", "Ziua mea e pe 17 august și vine bunica.", "17 august"),
    (56, "ar", "عيد ميلادي ١٢ تموز، وأحب الكيك.", "١٢ تموز"),
    (56, "ur", "میری سالگرہ ۹ مارچ کو ہوتی ہے۔", "۹ مارچ"),
    (56, "en", "my birthday is 2nd June and I will be ten", "2nd June"),
    # Ages: Romanian "de N ani" right after a name in lower case, Polish "miałam N lat", an age
    # after a name set off by the Arabic comma, a number word after a name and a comma in the
    # scripts.
    (56, "ro", "stau cu sotia si baiatul nostru vlad de 4 ani pe strada mare", "4 ani"),
    (56, "pl", "Od kiedy miałam 9 lat, tłumaczę mamie listy.", "9 lat"),
    (56, "ur", "Hina Aslam، 14۔ سب مجھے ہنی کہتے ہیں۔", "14"),
    (56, "bn", "বড়টা সাদিয়া, ছোটটা ইমন, তিন।", "তিন"),
    # Minutes: initials in a roster of who came, and opening an action; a given name in a roster;
    # one initial before a family name in a roster; a given name before an action's dash.
    (56, "en", "Present: Dev Patel (chair), KW (minutes), Lorna Hebb. 1. Apologies: none.", "KW"),
    (56, "en", "ACTIONS: PD to book the surveyor by Friday.", "PD"),
    (56, "en", "GH said the block would be checked again.", "GH"),
    (56, "pl", "Obecni: Halina Rudnicka, WS (protokół). Sprawa 1.", "WS"),
    (56, "pl", "Działania: MB – telefon do administracji.", "MB"),
    (56, "ro", "Absenți: Sorin (concediu). 1. Igrasia.", "Sorin"),
    (56, "pl", "Protokołowała: E. Wrona.", "E."),
    (56, "pl", "Ustalenia: Danusia – zapytać sąsiadów z klatki B.", "Danusia"),
    (56, "ar", "الحاضرون: سعاد، ومحمود. المحضر: س.ع. البند الأول.", "س.ع."),
    # Lists and relations: names in a comma list after a found one (Urdu), an Arabic name with its
    # article joined by a spaced "و", twins, a month's name that is a given name after a relation.
    (56, "ur", "میرے دو بیٹے: حسن، علی اور ایک بیٹی ہے۔", "علی"),
    (56, "ar", "والتوأم يوسف و الحسين عمرهم سنتين.", "الحسين"),
    (56, "pl", "Mam bliźniaczki, Zosia i Maja, i obie chorują.", "Maja"),
    (56, "en", "our twins Ruby and June are 3", "June"),
    # Lower-case stories: a name after "her name was", "me and X", thanks to a listed name at the
    # end, a listed given name after a title ("ksiadz tom").
    (56, "en", "the woman on the phone her name was hope and she was kind", "hope"),
    (56, "en", "me and kath have lived here 30 yrs and never had a leak like it", "kath"),
    (56, "en", "all sorted now so thx summer and thx dev x", "summer"),
    (56, "pl", "co niedziele chodzi do kosciola i ksiadz marek przyniosl jej grzejnik", "marek"),
    (56, "en", "My mum's neighbour PC Lamb came round twice.", "Lamb"),
    # Said aloud: a name spelt out, an age corrected as it is said, an age given in answer.
    (56, "en", "It's Okafor, that's O-K-A-F-O-R, with a K.", "O-K-A-F-O-R"),
    (56, "pl", "Nazywam się Wiśniewska. Wiś-niew-ska, zawsze źle piszą.", "Wiś-niew-ska"),
    (56, "en", "I'm sixty-one, no, sixty-two, I keep forgetting.", "sixty-two"),
    (56, "ar", "عندي خمسين سنة... لا، واحد وخمسين.", "واحد وخمسين"),
    (56, "pl", "P: Ile pani ma lat? O: Siedemdziesiąt cztery.", "Siedemdziesiąt cztery"),
    (56, "en", "Q: How old are you, if you don't mind? A: Fifty-eight.", "Fifty-eight"),
    # Round 57: text typed on a phone. A block or street named in English words inside another
    # language ("mieszkam w heron court"), streets on quays and wharves, a surgery or school
    # named in lower case after words of the story's own language, a listed name that is also
    # a word after a relation and "our" (Romanian), a found name again with another ending.
    (57, "pl", "hej, pisze z telefonu. mieszkam w swan court od 2019 z mezem i corka.", "swan court"),
    (57, "pa", "main taxi chalanda haan te 14 canal wharf vich flat hai sada", "14 canal wharf"),
    (57, "bn", "amar chele ke gp kingfisher road practice theke letter dilo", "kingfisher road practice"),
    (57, "ro", "am sunat de multe ori. vecina noastra viorica, care sta la etaj, m-a ajutat", "viorica"),
    (57, "pl", "moj syn kuba ma 7 lat. raz zaczepili kube przy windzie i zabrali mu rower.", "kube"),
    # Round 58: diaries. A name opening an entry after its date, one letter for the person spoken
    # to, an initial and family name after a role, a friend's name after the words for friend in
    # the scripts, two given names joined by a hyphen opening a sentence.
    (58, "ro", "3 nov. – nimeni. 5 nov. – Mark de la firma de geamuri a venit.", "Mark"),
    (58, "ur", "۴ فروری: کوئی نہیں آیا۔ ۶ فروری: جمیلہ نے فون کیا۔", "جمیلہ"),
    (58, "en", "Mon 3 Feb: rang at 9, spoke to R. who said it was booked.", "R"),
    (58, "en", "Wed 5 Mar – surveyor D. Fisher came and took photos.", "D. Fisher"),
    (58, "ar", "وصديقتي صاحبتي سلمى قالتلي اكتبي شكوى.", "سلمى"),
    (58, "bn", "আমার বেস্ট ফ্রেন্ড রিয়াদ আমার পাশে বসে।", "রিয়াদ"),
    (58, "ro", "Familia stă la etajul doi. Ana-Maria merge la școală pe jos.", "Ana-Maria"),
    # Round 59: voice notes typed by a phone. Postcodes, references and National Insurance
    # numbers said letter by letter in lower case (the letters as English, Polish and Romanian
    # speakers say them), a name spelt out after "that's".
    (59, "en", "um so the postcode is m one four six g h and the flat is upstairs", "m one four six g h"),
    (59, "en", "the case number was b x two two four one nine and then nothing", "b x two two four one nine"),
    (59, "en", "its tomasz thats t o m a s z the phone always gets it wrong", "t o m a s z"),
    (59, "pl", "kod pocztowy ka te osiem trzy dwa e f i tyle", "ka te osiem trzy dwa e f"),
    (
        59,
        "pl",
        "mój national insurance to ab dwanaście trzydzieści cztery pięćdziesiąt sześć d",
        "ab dwanaście trzydzieści cztery pięćdziesiąt sześć d",
    ),
    (59, "ro", "codul poștal e be de nouă trei en ef și atât", "be de nouă trei en ef"),
    (59, "ro", "referința e ce em trei unu opt doi nouă de la ei", "ce em trei unu opt doi nouă"),
    # Round 60: more of the voice notes. A vehicle registration and a postcode said in the Arabic
    # names of the letters and English digits in Arabic spelling, the end of an account number
    # said, "hes" for "he's" before an age in words, a house number said before a street in lower
    # case, "call me" and a name, Urdu and Punjabi "I am X".
    (60, "ar", "ورقم السيارة إل إم ٧٢ كيو إكس واي وبعدين", "إل إم ٧٢ كيو إكس واي"),
    (60, "ar", "والبوست كود إم ناين ثري إيه بي قريب من الجامع", "إم ناين ثري إيه بي"),
    (60, "en", "they paid it into the account ending two nine four one last week", "two nine four one"),
    (60, "en", "my uncle lives alone hes seventy nine and he cant do stairs", "seventy nine"),
    (60, "en", "so yeah i live at twenty one rowan close with my two boys", "twenty one rowan close"),
    (60, "en", "the new officer said just call me dawn and to ring her direct", "dawn"),
    (60, "ur", "جی میں ثمینہ اختر ہوں اور میں بریڈفورڈ میں رہتی ہوں۔", "ثمینہ اختر"),
    (60, "pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ ਹਰਜੀਤ ਹਾਂ ਤੇ ਮੈਂ ਸਾਊਥਾਲ ਰਹਿੰਦਾ ਹਾਂ।", "ਹਰਜੀਤ"),
    # Round 61: letters from health and care staff (their registration numbers, "A." as an
    # initial) and stories run through a translator ("she has 4 years", "la 68 de ani", a date of
    # birth written again the other way round or in another script's digits).
    (61, "en", "Yours sincerely, Joanne Price, Health Visitor, NMC PIN 12A3456E.", "12A3456E"),
    (61, "en", "Signed: Dr Bello, GMC 7123456, and the OT, HCPC OT61234.", "OT61234"),
    (61, "en", "Report by A. Mensah, Occupational Therapist.", "A. Mensah"),
    (61, "en", "We live with our son Kuba, he has 6 years, in flat 3.", "6 years"),
    (61, "ro", "Și am stat în frig. La 71 de ani. Nimeni nu a venit.", "71 de ani"),
    (
        61,
        "en",
        "My son was born on 4.05.2019 (the form writes it 05/04/2019, the English way).",
        "05/04/2019",
    ),
    (61, "pa", "ਧੀ ਦਾ ਜਨਮ ੦੯.੧੧.੨੦੧੮ ਨੂੰ ਹੋਇਆ; ਚਿੱਠੀ ਵਿੱਚ 11/09/2018 ਲਿਖਿਆ ਗਿਆ।", "11/09/2018"),
    # Round 62: pasted tables (a cell under an age or a name column, whatever it holds), years
    # right after a name in the scripts, English "ten" in Bengali script in a postcode said aloud.
    (62, "en", "Our page: Name | Relationship | Age ;; Kemi Bello | applicant | 41 ;; Tolu | son | 9", "9"),
    (62, "ro", "Din formular: Nume | Vârstă | Unde doarme ;; Ilie Rusu | 52 | sufragerie", "52"),
    (62, "ur", "فارم: نام | رشتہ | عمر ;; نسرین | میں | ۳۸ ;; عمران | بیٹا | ۱۲", "۱۲"),
    (62, "en", "The log: Date | Job no | Engineer | Notes\n3 Mar | RJ-5512 | Will | no show", "Will"),
    (62, "bn", "আমার মেয়ে রুমানা ৯ বছরের, স্কুলে যায়।", "৯ বছরের"),
    (62, "bn", "পোস্টকোড বি টেন ওয়ান আর এস আমার বাসার।", "বি টেন ওয়ান আর এস"),
    # Round 63: an exported chat's sender written like a name, though it is a word of the
    # language too ("Piotrek"), with an emoji or a flat after it.
    (63, "pl", "04/02/2025, 21:10 - Ania ❤️: Dalej nic 04/02/2025, 21:12 - Piotrek: Serio?", "Piotrek"),
    (63, "pl", "04/02/2025, 21:10 - Ania ❤️: Dalej nic 04/02/2025, 21:12 - Piotrek: Serio?", "Ania"),
]

LEFT_ALONE = [
    # Round 56
    (56, "ro", "Locuim aici de 10 ani si vecinul de 3 ori a sunat.", "10 ani"),
    (56, "en", "We fixed the x-ray and e-mail and the T-shirt at the co-op.", "x-ray"),
    (56, "en", "I got covid19 and my ps5 broke, the b12 tablets helped.", "covid19"),
    (56, "en", "The UK to pay? The NHS said no. OT said fine.", "NHS"),
    (56, "en", "HOST: Welcome back. GUEST: Thanks.", "HOST"),
    (56, "en", "Present: Dev Patel (chair), Lorna Hebb (OT). 1. Apologies: none.", "OT"),
    (56, "pl", "Dzieci: Kuba (GP mówi, że astma). Sprawa 2.", "GP"),
    (56, "en", "me and work dont get on since the move", "work"),
    (56, "en", "We moved in May and the boiler broke in June.", "May"),
    # round 57
    (57, "en", "i live in the whole house now and go to driving school", "whole"),
    (57, "pl", "moj syn kuba ma 7 lat i lubi kubek z kotem przy oknie w kuchni codziennie.", "kubek"),
    # round 58: short names of days and months are no names
    (58, "en", "Thu 13 Mar – nobody came again. Sat 15 Mar – still nothing.", "Thu"),
    (58, "en", "Thu 13 Mar – nobody came again. Sat 15 Mar – still nothing.", "Mar"),
    (58, "en", "12 May – Rain again, the ceiling dripped all night.", "Rain"),
    # round 59: a word before a phone number or a typed identifier is no letter of it
    (59, "ro", "am sunat la 020 7946 0000 de trei ori", "la"),
    (59, "ro", "am sunat la zero sapte sapte zero zero noua zero zero unu doi trei", "la"),
    (59, "pl", "paszport nr EK 4419000 i wiza", "nr"),
    (59, "cy", "ffoniais ar 029 2018 0000 ddoe", "ar"),
    # round 60
    (60, "ur", "میں ٹھیک ہوں اور میں بہت پریشان ہوں۔", "ٹھیک"),
    (60, "en", "please call me back and i will explain", "back"),
    # round 61
    (61, "en", "We got Band A. An officer then visited.", "An"),
    (61, "en", "We had 3 years of arrears and she has 2 years left on it.", "3 years"),
    (61, "en", "We had 3 years of arrears and she has 2 years left on it.", "2 years"),
    # round 62: a row with numbers is no header; money and slots stay alone
    (62, "en", "Date | Amount | Notes ;; 3 Mar | 45 | paid ;; 4 Mar | 60 | late", "45"),
    (62, "en", "Name | Slot ;; boiler | 12-6 ;; roof | 8-12", "boiler"),
    # round 63: a role in capitals in a timed transcript is no name
    (63, "pl", "[00:00:05] BADACZKA: Dzień dobry. [00:00:09] PAN: Dzień dobry.", "BADACZKA"),
]


@pytest.mark.parametrize("round_,language,text,part", FOUND)
def test_rounds_since_56_find_these(round_, language, text, part):
    assert covered(text, language, part), (round_, text, part, detect(text, language))


@pytest.mark.parametrize("round_,language,text,word", LEFT_ALONE)
def test_rounds_since_56_leave_these_alone(round_, language, text, word):
    assert not flagged(text, language, word), (round_, text, detect(text, language))


def test_initials_in_minutes_are_found_at_every_mention():
    """Round 56: initials found once in a roster are the same person in the actions."""
    text = "Present: Jo Amadi (chair), TK (notes). TK read the letter. ACTION: TK to write back."
    spans = detect(text, "en")
    starts = [i for i in range(len(text)) if text.startswith("TK", i)]
    assert len(starts) == 3
    for start in starts:
        assert any(s.start <= start and start + 2 <= s.end for s in spans), (start, spans)
