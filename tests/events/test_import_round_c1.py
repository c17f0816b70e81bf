"""Thirteenth round, c1: events a text never gives a capitalised name ("a two-day workshop on
flood readiness that concluded on Friday in Hanoi", "a recent APEC SME meeting in Brunei
Darussalam"). Such a text is read, not refused: the title is formed from the description, with
a warning saying so, and date, place and host are read as usual. Texts about no APEC gathering
are still refused. Invented texts, events in 2041 and later."""

import pytest

from core.importing import ImportRefused
from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db

DESCRIBED = "title-from-description"


def warnings_of(record):
    return {warning.code for warning in record.warnings}


def test_a_workshop_on_a_topic_concluding_in_a_city_is_read_with_a_formed_title():
    text = (
        "Officials urge small manufacturers to plan for floods\n"
        "HANOI, 14 June 2042 (Agency) – Small manufacturers need written plans for trading "
        "after floods, officials of the Asia-Pacific Economic Cooperation (APEC) said during a "
        "two-day workshop on flood readiness for small manufacturers that concluded on Friday in "
        "Hanoi, Viet Nam."
    )
    record = main_record(text)
    assert record_facts(record) == (
        "APEC Workshop on Flood Readiness for Small Manufacturers",
        "2042-06-12",
        "Hanoi",
        "",
        "VNM",
    )
    assert DESCRIBED in warnings_of(record)


def test_a_recent_apec_sme_meeting_in_an_economy_is_read_not_refused():
    text = (
        "APEC members work to widen markets for small firms\n\n"
        "Policymakers and business representatives gathered at a recent APEC SME meeting in "
        "Brunei Darussalam to take forward plans that help small firms sell across borders."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "host_economy") == (
        "APEC SME Meeting",
        None,
        "BRN",
    )
    assert DESCRIBED in warnings_of(record)


def test_words_between_apec_and_the_kind_word_stay_in_the_title():
    text = (
        "Small firms' cyber safety discussed in APEC forum\n\n"
        "How small online sellers can protect their data was one of the main concerns at the "
        "recently concluded APEC digital trade officials meeting held in Malaysia."
    )
    record = main_record(text)
    assert record_facts(record, "title", "host_economy") == (
        "APEC Digital Trade Officials Meeting",
        "MYS",
    )


def test_a_meeting_in_a_city_to_promote_a_topic_takes_its_kind_words_and_city():
    text = (
        "The resilience newsletter\n\n"
        "Disaster management officials from APEC member economies backed tax credits for small "
        "firms.\n\nThe approach was favoured during a recent public-private sector meeting in "
        "Bangkok to promote supply chain insurance for small firms."
    )
    record = main_record(text)
    assert record_facts(record, "title", "city", "host_economy") == (
        "APEC Public-Private Sector Meeting",
        "Bangkok",
        "THA",
    )


def test_the_ledes_described_meeting_beats_a_forum_named_only_where_results_go():
    text = (
        "Cold chains need backup plans, APEC says\nAugust 4, 2041\n\n"
        "A three-day meeting on cold chain resilience by the Asia-Pacific Economic Cooperation "
        "forum economies wrapped up Wednesday with attendees agreeing on backup plans.\n\n"
        "A joint statement issued by cohosts Japan and the United States said the workshop, held "
        "in Sendai, was a step forward.\n\n"
        "The results of the meeting will be reported to the Senior Disaster Management Officials "
        "Forum in September."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city", "host_economy") == (
        "APEC Meeting on Cold Chain Resilience",
        "2041-07-29",
        "Sendai",
        "JPN",
    )
    assert record.value("co_host_economies") == ["USA"]


def test_a_workshop_on_a_quoted_theme_beats_apec_named_as_the_forum_itself():
    text = (
        "Hosting the Asia-Pacific Economic Cooperation (APEC) forum in 2042 is a cornerstone of "
        "the country's foreign policy, the Deputy Prime Minister said.\n\n"
        "In his keynote speech at the workshop on “Small Business, Big Data: Next Steps for the "
        "APEC Community” in Hanoi on 24 June 2041, he said that APEC matters.\n\n"
        "The forum includes most of the country's leading trade partners, he said."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city") == (
        "APEC Workshop on Small Business, Big Data: Next Steps for the APEC Community",
        "2041-06-24",
        "Hanoi",
    )


def test_a_named_meeting_still_beats_a_bare_meeting_in_the_lede():
    text = (
        "News\nSenior officials from APEC economies wrapped up a meeting on Saturday, 8 September "
        "2041, on the recovery of small firms.\n\n"
        "The 47th APEC Small and Medium Enterprises Ministerial Meeting was held in Phuket."
    )
    record = main_record(text)
    assert record.value("title") == "47th APEC Small and Medium Enterprises Ministerial Meeting"
    assert DESCRIBED not in warnings_of(record)


def test_a_meeting_on_an_island_is_a_place_not_a_topic():
    text = (
        "News\nThe deputy minister told an APEC meeting on the Thai island of Phuket on "
        "10 September 2041 about support for small firms."
    )
    assert main_record(text).value("title") == "APEC meeting"


@pytest.mark.parametrize(
    "text",
    [
        # no APEC gathering: a national workshop, a bread-baking course, a credit line
        "News\nA workshop on bread baking opened in Lima on 5 May 2041.",
        "News\nThe ministry held a training course on bookkeeping in Cusco on 5 May 2041.",
        "Latest News\nThe government announced a new credit line for micro-enterprises on "
        "5 May 2041.",
    ],
)
def test_a_described_gathering_not_tied_to_apec_is_still_refused(text):
    with pytest.raises(ImportRefused):
        event_document_read(text)


@pytest.mark.parametrize(
    ("sentence", "title", "city"),
    [
        (
            "An APEC seminar on digital tools for small firms opened in Hanoi on 3 May 2041.",
            "APEC Seminar on Digital Tools for Small Firms",
            "Hanoi",
        ),
        (
            "Officials from 15 APEC economies gathered in Lima on 3 May 2041 for a two-day "
            "workshop on e-invoicing for micro firms.",
            "APEC Workshop on E-Invoicing for Micro Firms",
            "Lima",
        ),
        (
            "The APEC meeting on women's entrepreneurship, held in Iquique on 3 May 2041, "
            "closed with a call for more credit.",
            "APEC Meeting on Women's Entrepreneurship",
            "Iquique",
        ),
        (
            "A policy dialogue under APEC's Small and Medium Enterprises Working Group took "
            "place in Cusco on 3 May 2041.",
            "APEC Policy Dialogue",
            "Cusco",
        ),
        (
            "An APEC-funded workshop on trade and investment for small firms opened in Lima on "
            "3 May 2041.",
            "APEC Workshop on Trade and Investment for Small Firms",
            "Lima",
        ),
        (
            "An APEC training programme on exports for women-led firms opened in Cebu on "
            "3 May 2041.",
            "APEC Training Programme on Exports for Women-Led Firms",
            "Cebu",
        ),
        (
            "The joint statement of the APEC small and medium enterprise ministerial meeting "
            "held in Acapulco on 3 May 2041 stresses the role of small firms.",
            "APEC Small and Medium Enterprise Ministerial Meeting",
            "Acapulco",
        ),
        (
            "The second APEC seminar on green finance opened in Lima on 3 May 2041.",
            "APEC Seminar on Green Finance",
            "Lima",
        ),
        (
            "An APEC experts meeting on SME business continuity planning and a forum on credit "
            "were held in Lima on 3 May 2041.",
            "APEC Experts Meeting on SME Business Continuity Planning",
            "Lima",
        ),
    ],
)
def test_the_class_of_descriptions_gives_a_title_from_the_phrase(sentence, title, city):
    record = main_record("News\n" + sentence)
    assert record_facts(record, "title", "start_date", "city") == (title, "2041-05-03", city)
    assert DESCRIBED in warnings_of(record)


def test_a_headline_kind_word_and_the_bodys_the_workshop_give_the_event():
    text = (
        "APEC workshop looks at paperless trade for small firms\n\n"
        "LIMA, 6 May 2041 (Agency) – Customs officers and small exporters from fifteen APEC "
        "economies compared notes this week on moving trade paperwork online.\n\n"
        "The workshop, held at the Miraflores Trade Centre in Lima on 5 May, heard that most "
        "small exporters still print their certificates of origin."
    )
    record = main_record(text)
    assert record_facts(record) == (
        "APEC Workshop on Paperless Trade for Small Firms",
        "2041-05-05",
        "Lima",
        "Miraflores Trade Centre",
        "PER",
    )
    assert DESCRIBED in warnings_of(record)


def test_an_apec_network_that_ended_its_meeting_names_the_event():
    text = (
        "Counsellors back small firms' first exports\n\nOctober 7, 2044\n\n"
        "The APEC Small Business Counsellors Network ended its two-day meeting Thursday in Osaka "
        "by calling for export coaching.\n\n"
        "The network's meeting also asked for plain-language customs guides."
    )
    assert record_facts(main_record(text), "title", "start_date", "city") == (
        "APEC Small Business Counsellors Network meeting",
        "2044-10-05",
        "Osaka",
    )


def test_cohosts_named_before_the_economies_are_the_host_and_its_co_host():
    text = (
        "News\nA two-day meeting on port safety by APEC economies ended on 5 May 2041 in "
        "Sendai.\n\nA statement issued by cohosts Japan and the United States said the "
        "meeting was a step forward."
    )
    record = main_record(text)
    assert record_facts(record, "title", "host_economy") == ("APEC Meeting on Port Safety", "JPN")
    assert record.value("co_host_economies") == ["USA"]


def test_an_economys_possessive_after_in_is_no_city():
    text = (
        "News\nAt the workshop on “Small Firms and Open Data” in Hanoi on 24 June 2041, the "
        "minister said APEC holds a central place in Viet Nam’s reform."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Hanoi", "VNM")


def test_a_month_and_year_before_another_apec_meeting_are_that_meetings():
    text = (
        "News\nA three-day meeting on cold chains by APEC economies wrapped up in Sendai.\n\n"
        "The statement said the workshop built on commitments made during a March 2039 APEC "
        "meeting."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city") == (
        "APEC Meeting on Cold Chains",
        None,
        "Sendai",
    )
