"""Seventh session, c34: pages that are not news releases (blogs, speeches, university and
institute pages) reporting APEC events. A blog's headline names the senior officials' numbered
meetings in the plural ("the Second APEC Senior Official Meetings in …"), one cluster; a
speech's header in mixed case names its occasion on the line after "Address of …" ("At The …
Lecture"), whatever its words; a university "hosted this year's meeting of the APEC …
Consortium", the meeting of that body; a speaker "addressing the … Network at its annual
meeting" while the lede only approaches another meeting; a blog's "about three days ago" gives
the meeting no day, not the post's. Invented texts, 2047-2048."""

import pytest

from tests.events.reading import dated_records, main_record, record_facts

pytestmark = pytest.mark.django_db


BLOG = (
    "Mara Quell's Blog on the Second APEC Senior Official Meetings in Arequipa\n\n"
    "March 3, 2047\n\n"
    "Every cluster starts the same way: queues at the airport and a missing badge. By the "
    "afternoon the first committee sessions were under way.\n"
)


def test_a_blog_headline_names_the_numbered_senior_officials_meetings_in_the_plural():
    assert dated_records(BLOG) == [
        ("APEC Senior Official Meetings", "2047-03-03", "Arequipa", "PER")
    ]


def test_several_meetings_of_a_year_in_the_plural_are_still_no_name():
    text = (
        "First APEC 2047 Meetings in Chile\n\nAPEC Secretariat Singapore | 06 February 2047\n\n"
        "The first APEC meetings for 2047 are to be held this month in Valparaiso, Chile. The "
        "APEC Symposium on Paperless Trade is being held in Valparaiso 9-10 February 2047.\n"
    )
    titles = [title for title, _start, _city, _host in dated_records(text)]
    assert "APEC 2047 Meetings" not in titles and "First APEC 2047 Meetings" not in titles


SPEECH = (
    "Address of Ambassador Lenka Varro\n"
    "At The Annual Wattle Memorial Lecture\n"
    "On Thursday, 14 May 2048\n"
    "Melbourne, Australia\n"
    "Can APEC Help Small Traders Through Hard Times?\n"
    "Thank you to the Institute for Pacific Studies for asking me to give this year's "
    "lecture. When ministers first gathered to create APEC, few expected it to grow.\n"
)


def test_a_mixed_case_speech_header_names_its_occasion_after_address_of():
    assert dated_records(SPEECH) == [
        ("Annual Wattle Memorial Lecture", "2048-05-14", "Melbourne", "AUS")
    ]


def test_a_mixed_case_header_at_the_opening_of_a_meeting_keeps_the_meeting():
    text = (
        "Speech by the Executive Director of the APEC Secretariat\n"
        "At the opening of the 9th APEC Ministerial Meeting on Telecommunications\n"
        "Cancun, Mexico, 24 May 2047\n"
        "Ministers, ladies and gentlemen, it is an honour to speak at the opening of the 9th "
        "APEC Ministerial Meeting on Telecommunications.\n"
    )
    title, start, city, _host = dated_records(text)[0]
    assert (start, city) == ("2047-05-24", "Cancun")
    assert "Ministerial Meeting on Telecommunications" in title


def test_a_university_hosted_this_year_s_meeting_of_an_apec_consortium():
    text = (
        "University news\n\nScholars gather on campus for regional research meeting\n\n"
        "The Pacific Trade Research Centre at Lakeside University hosted this year's meeting "
        "of the APEC Study Centres Consortium on its campus on 8-9 July 2047.\n\n"
        "Researchers presented work on digital trade and support for small firms.\n"
    )
    assert record_facts(main_record(text), "title", "start_date", "venue") == (
        "meeting of the APEC Study Centres Consortium",
        "2047-07-08",
        "Lakeside University",
    )


def test_a_speech_addressing_a_network_at_its_annual_meeting_is_that_meeting_s():
    text = (
        "It is a privilege, as we approach the 40th APEC Economic Leaders' Meeting next week, "
        "to join my predecessors in addressing the Pacific Rim Small Business Network at its "
        "annual meeting. Every year someone tells me that APEC is at a turning point.\n"
        "The network's members run bakeries, repair shops and family farms.\n"
    )
    assert record_facts(main_record(text), "title") == (
        "annual meeting of the Pacific Rim Small Business Network",
    )


def test_a_leaders_meeting_the_lede_attends_stays_the_event():
    text = (
        "Leaders arrived for the 40th APEC Economic Leaders' Meeting in Lima on 14 November "
        "2047, after addressing the Pacific Rim Small Business Network at its annual meeting.\n"
    )
    assert record_facts(main_record(text), "title")[0] == "40th APEC Economic Leaders' Meeting"


def test_a_blog_s_meeting_days_ago_takes_no_day_from_the_post():
    text = (
        "Monday, November 18, 2047\n\n"
        "Somehow I never wrote about the APEC meeting in Lima, Peru about three days ago.\n\n"
        "The leaders talked about growth and trade.\n"
    )
    assert dated_records(text) == [("APEC meeting", "", "Lima", "PER")]


FOUNDED = (
    "About the Academy\n\n"
    "Pacific APEC Skills Academy was officially established on March 3, 2047. The "
    "inauguration ceremony was held at the Riverside Convention Hall in Tianjin.\n\n"
    "Its founding was announced during the Shanghai APEC Ministerial Meeting in October 2046.\n"
)


def test_an_institute_page_opening_with_its_founding_day_is_the_inauguration_ceremony_s():
    assert dated_records(FOUNDED)[0] == (
        "inauguration ceremony of Pacific APEC Skills Academy",
        "2047-03-03",
        "Tianjin",
        "CHN",
    )


def test_a_founding_without_a_ceremony_is_no_event():
    text = (
        "Pacific APEC Skills Academy was officially established on March 3, 2047. It studies "
        "trade questions.\n\nIts founding was announced during the Shanghai APEC Ministerial "
        "Meeting in October 2046.\n"
    )
    assert not dated_records(text)[0][0].startswith("inauguration ceremony")
