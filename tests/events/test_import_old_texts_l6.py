"""The event reader's rules added in the learning round on older texts (i28l6): each from a
layout of real texts of 1994-2009, on invented text."""

import datetime

import pytest

from events.importer import event_document_read
from events.reading.document import _clean, _same_spelled_out

pytestmark = pytest.mark.django_db


def _record(text):
    (record,) = event_document_read(text).records
    return record


def _code(economy):
    return getattr(economy, "code", economy)


def test_a_speech_header_day_beats_a_month_the_body_says():
    text = (
        "Ninth APEC Small and Medium Enterprises (SME) Ministerial Meeting\n\n"
        "Concepción, Chile, 14 October 2041\n"
        "  • Statement by Ms Laura Pineda, Deputy Executive Director, APEC Secretariat\n"
        "Madam Chair,\n"
        "The Ninth APEC SME Ministerial Meeting is a high point of the year, and its results "
        "will feed into the Leaders' Meeting in November.\n"
    )
    assert _record(text).value("start_date") == datetime.date(2041, 10, 14)


SPEECH_OVER_BAR = (
    "Remarks by Ms. Ana Ferreyra, Chair of the APEC Small and Medium Enterprises Working "
    "Group (SMEWG) At the Close of the 61st SMEWG Meeting\n\n"
    "Ms. Ana Ferreyra, Chair of the APEC Small and Medium Enterprises Working Group (SMEWG) "
    "Trujillo, Peru | 18 June 2042\n"
    "I thank every delegation for the work they brought to this meeting in Trujillo.\n"
)


def test_a_long_title_over_a_bar_line_is_the_headline_and_the_bar_line_the_dateline():
    record = _record(SPEECH_OVER_BAR)
    assert record.value("start_date") == datetime.date(2042, 6, 18)
    assert (record.value("city"), _code(record.value("host_economy"))) == ("Trujillo", "PER")


def test_a_groups_acronym_in_the_headline_is_spelled_out():
    assert _record(SPEECH_OVER_BAR).value("title") == "61st APEC SME Working Group meeting"


def test_a_numbered_meeting_of_the_group_is_the_groups_numbered_meeting():
    assert _same_spelled_out(
        "58th apec sme working group meeting",
        "58th meeting of the small and medium enterprises working group",
    )
    assert not _same_spelled_out(
        "58th apec sme working group meeting",
        "59th meeting of the small and medium enterprises working group",
    )


def test_an_ordinal_glued_to_the_next_word_is_set_apart():
    assert _clean("for the 30thAPEC SME Ministerial Meeting.") == (
        "for the 30th APEC SME Ministerial Meeting."
    )
    assert _clean("the 4th-ranked SOM2") == "the 4th-ranked SOM2"


def test_a_line_ending_on_a_dangling_word_runs_on_into_the_next():
    text = (
        '11-12 MAY 2043\n\n\n"Opening Markets for Small Firms"\n\n'
        "  1. APEC Ministers and their representatives responsible for 21 economies met in "
        "Puerto Montt on\n"
        "    11-12 May 2043 for the 30th APEC SME Ministerial Meeting.[1]\n\n"
        "  2. The policy theme of the meeting was 'Opening Markets for Small Firms'.\n"
    )
    record = _record(text)
    assert (record.value("city"), _code(record.value("host_economy"))) == ("Puerto Montt", "CHL")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Marta Ortega, chair of the meeting and minister of the Mexican Federal "
            "Commission for Small Business, called the meeting a success.",
            "MEX",
        ),
        (
            '"Small firms need open markets," explains the group chair and Peruvian Minister '
            "of Production, Rosa Quispe.",
            "PER",
        ),
    ],
)
def test_a_chairs_office_names_the_host_by_its_adjective(sentence, code):
    text = (
        "The 31st APEC SME Ministerial Meeting closed yesterday after adopting a joint "
        f"statement on digital trade.\n\n{sentence}\n"
    )
    assert _code(_record(text).value("host_economy")) == code


def test_chinese_taipei_is_no_adjective_of_china():
    text = (
        "The 31st APEC SME Ministerial Meeting closed yesterday.\n\n"
        "Lin Mei, chair of the meeting and minister of the Chinese Taipei Small and Medium "
        "Enterprise Administration, called it a success.\n"
    )
    assert _code(_record(text).value("host_economy")) != "CHN"


def test_apec_spelled_with_co_operation_is_apec_in_the_title():
    text = (
        "The 31st Asia Pacific Economic Co-operation (APEC) Small and Medium-sized "
        "Enterprises (SME) Ministerial Meeting closed in Lima yesterday.\n"
    )
    title = _record(text).value("title")
    assert title == "31st APEC Small and Medium-sized Enterprises Ministerial Meeting"


def test_a_town_beginning_the_venue_name_beats_a_place_no_gazetteer_knows():
    text = (
        "The 55th APEC Ministerial Meeting opened Tuesday morning at the Busan Exhibition "
        "and Convention Center.\n\n"
        "In the two-day meeting, ministers will hold talks on the theme of Building Bridges "
        "in the Digital Decade.\n"
    )
    record = _record(text)
    assert (record.value("city"), _code(record.value("host_economy"))) == ("Busan", "KOR")


def test_a_news_sites_date_line_updated_at_a_time_is_the_release_date():
    text = (
        "Help | Sitemap | Archive | Advanced Search |\n"
        "Friday, June 14, 2041, updated at 21:05(GMT+8) | ||||||||||\n"
        "Business | ||||||||||\n"
        "Hangzhou APEC SME Forum PraisedThe APEC Small and Medium-sized Enterprises Forum, "
        "which concluded Friday in Hangzhou, has won praise from participants.\n"
    )
    record = _record(text)
    # "concluded Friday": the closing day (no length said, so no first day: c4)
    assert (record.value("start_date"), record.value("end_date")) == (
        None,
        datetime.date(2041, 6, 14),
    )


def test_a_meeting_beginning_on_a_weekday_is_counted_forward_from_the_dateline():
    text = (
        "Thu, 9 Nov 2045\n\nBusiness leaders open APEC week\n\n"
        "MANILA (JP): The APEC Business Forum opened here on Wednesday.\n\n"
        "Foreign Secretary Ramon Dizon who will lead the host's delegation at the APEC "
        "Ministerial Meeting beginning on Friday is expected here on Thursday afternoon.\n"
    )
    starts = {r.value("title"): r.value("start_date") for r in event_document_read(text).records}
    assert starts["APEC Ministerial Meeting"] == datetime.date(2045, 11, 10)


def test_a_month_said_of_the_meeting_ahead_is_not_the_events():
    text = (
        "NAGOYA, Japan (AFP): Senior officials of the APEC forum opened a three-day meeting "
        "here yesterday.\n"
        "The meeting is the first in a series of talks ahead of the annual gathering of APEC "
        "ministers in Osaka in November.\n"
        "At their summit three months ago, the leaders set deadlines of 2044 for richer "
        "members and 2048 for the others.\n"
    )
    assert _record(text).value("start_date") is None


def test_the_city_of_a_summit_some_months_ago_does_not_place_the_meeting():
    text = (
        "SENDAI, Japan (AFP): Senior officials of the APEC forum began a two-day meeting here "
        "yesterday.\n"
        "At their summit in the Chilean city of Valdivia four months ago, the leaders asked "
        "officials to draft rules for paperless trade.\n"
    )
    record = _record(text)
    assert (record.value("city"), _code(record.value("host_economy"))) == ("Sendai", "JPN")
