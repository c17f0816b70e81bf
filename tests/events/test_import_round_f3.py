"""Ninth session, f3: records never made, a schedule's items named without "APEC".

A release's list of the meetings around a ministerial meeting gives each item as its name, a
dash and its days: "Agri-Food Fair - October 3-5", "Business Forum - 4 August". A two-word name
in capitals ending in a kind word was a name only beside another in its sentence
(`names._listed_short_name`); an item stands alone on its line, so it was never read. It is one
more event of the page, dated by its own days. Invented texts, events in 2046 and later."""

import pytest

from tests.events.reading import dated_records, read_titles, records_facts

pytestmark = pytest.mark.django_db

SCHEDULE = (
    "APEC SME ministers to meet in Valparaiso\n\n"
    "Valparaiso, Chile | 30 September 2046\n"
    "The 53rd APEC SME Ministerial Meeting will be held in Valparaiso on October 8-9.\n\n"
    "Other meetings taking place in the days before the ministerial meeting include:\n\n"
    "  • Agri-Food Fair - October 3-5\n"
    "  • Business Forum - October 5\n"
    "  • APEC SME Forum - October 6-7\n"
)


def test_schedule_item_without_apec_is_a_record_of_its_days():
    records = dated_records(SCHEDULE)
    assert ("Agri-Food Fair", "2046-10-03", "", "CHL") in [
        (t, s, c or "", h) for t, s, c, h in records
    ] or ("Agri-Food Fair", "2046-10-03") in [(t, s) for t, s, _, _ in records]
    assert ("Business Forum", "2046-10-05") in [(t, s) for t, s, _, _ in records]


def test_two_capitalised_words_in_prose_without_days_stay_no_name():
    text = (
        "APEC SME ministers meet in Valparaiso\n\n"
        "Valparaiso, Chile | 8 October 2047\n"
        "The 54th APEC SME Ministerial Meeting opened in Valparaiso on 8 October 2047.\n\n"
        "Business Forum members said the ministers heard them."
    )
    assert read_titles(text) == ["54th APEC SME Ministerial Meeting"]


# A business council's page lists the year's meetings of its series by town and month after a
# plural head: "the four ABAC meetings will be held in …, … and …". Each town is one meeting
# of the series; the page's own meeting's town is that meeting, not one more.
ABAC_YEAR = (
    "ABAC opens its year in Lima\n\n"
    "Lima, Peru | 20 February 2046\n"
    "The first APEC Business Advisory Council (ABAC) meeting of 2046 opened in Lima on "
    "20 February 2046.\n\n"
    "During Peru's chairmanship in 2046, the four ABAC meetings will be held in Lima (Peru) in "
    "February, Tokyo (Japan) in April, Kuala Lumpur (Malaysia) in July, and Santiago (Chile) in "
    "October.\n"
)


def test_meetings_a_plural_head_lists_by_town_are_records_of_their_towns():
    facts = records_facts(ABAC_YEAR, "city", "host_economy")
    assert facts[0] == ("Lima", "PER")
    assert sorted(facts[1:]) == [("Kuala Lumpur", "MYS"), ("Santiago", "CHL"), ("Tokyo", "JPN")]
    assert "ABAC meeting in Tokyo" in read_titles(ABAC_YEAR)


def test_towns_listed_with_their_economies_after_semicolons():
    text = (
        "ABAC meets in Auckland\n\n"
        "Auckland, New Zealand | 14 February 2047\n"
        "The first APEC Business Advisory Council meeting of 2047 was held in Auckland on "
        "12 February 2047.\n\n"
        "Four meetings a year shape the council's work, with sequential meetings in 2047 planned "
        "to occur in Santiago, Chile; Seattle, USA and Beijing, China.\n"
    )
    facts = records_facts(text, "city", "host_economy")
    assert facts[0] == ("Auckland", "NZL")
    assert sorted(facts[1:]) == [("Beijing", "CHN"), ("Santiago", "CHL"), ("Seattle", "USA")]


def test_towns_listed_with_their_days_after_took_place_each_keep_their_own_day():
    text = (
        "Business council meets in Hue\n\n"
        "Hue, Viet Nam | 3 November 2047\n"
        "The fourth meeting of the APEC Business Advisory Council (ABAC) opened in Hue on "
        "November 3, 2047.\n\n"
        "The three previous meetings took place in Bangkok, Thailand on February 18-22, Seoul, "
        "the Republic of Korea on April 25-28, and Toronto, Canada on July 23-27.\n"
    )
    facts = records_facts(text, "start_date", "city", "host_economy")
    assert facts[0] == ("2047-11-03", "Hue", "VNM")
    # each town its own day (the year a past day leaves out is not this round's: the date
    # reader lends the next one after the release date)
    assert sorted((start[5:], city, host) for start, city, host in facts[1:]) == [
        ("02-18", "Bangkok", "THA"),
        ("04-25", "Seoul", "KOR"),
        ("07-23", "Toronto", "CAN"),
    ]
