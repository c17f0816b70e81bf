"""The event reader's rules of round d3: which title the page's own event gets when several
candidates are read (a title built from who meets, chosen by what the headline and the
sentence both support; a quoted theme, motto or slogan that is no name; a release's issuer
line that is no event of the page), and a dateline without a day replacing a header's.

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real pages (docs/importing.md, "Eighth session, d3").
"""

import pytest

from tests.events.reading import read_titles

pytestmark = pytest.mark.django_db


def test_a_headline_s_sector_ministers_name_the_meeting_the_lede_says_ministers_met():
    text = (
        "APEC energy ministers meet in Cairns\n"
        "June 9, 2037\n"
        "CAIRNS, Australia, JUNE 8 (PW) - Cabinet ministers from the 21 Asia-Pacific "
        "economies met here Monday to talk about power grids, but no deal was expected. "
        "The energy ministers will also hear a proposal on shared storage."
    )
    assert read_titles(text)[0] == "APEC Energy Ministers Meeting"


def test_a_ministerial_meeting_of_the_leaders_is_the_ministerial_meeting_the_headline_says():
    text = (
        "APEC ministerial meeting kicks off in Malaysia\n\n"
        "The ministerial meeting of the Asia-Pacific Economic Cooperation (APEC) leaders "
        "kicked off on Friday in the Malaysian capital. The meeting takes place at the "
        "Harbour Hall Convention Centre."
    )
    assert read_titles(text)[0] == "APEC Ministerial Meeting"


def test_guard_a_headline_s_plain_ministers_do_not_replace_the_body_s_sector_ministers():
    text = (
        "APEC ministers to meet on river freight\n\n"
        "Transport ministers from Pacific Rim economies will gather on Friday in Osaka to "
        "discuss cleaner river freight, officials said on 2 March 2049."
    )
    assert read_titles(text)[0] == "APEC Transport Ministers Meeting"


def test_a_quoted_theme_is_no_name_of_the_page_s_event():
    text = (
        "Health on the agenda of the 2038 APEC forum\n"
        "Updated: 2038-11-13 10:00\n\n"
        "The annual APEC forum kicked off in the port city of Ulsan on Saturday.\n\n"
        "The main theme of this year's APEC forum is \"Open Seas: Meet the Challenge, "
        "Share the Gain,\" reflecting the members' wish for one community.\n\n"
        "On the first day of the APEC Economic Leaders' Meeting scheduled on Nov. 19, the "
        "leaders will focus on trade."
    )
    titles = read_titles(text)
    assert not any("Challenge" in t for t in titles)
    assert "APEC Economic Leaders' Meeting" in titles


def test_guard_a_workshop_themed_by_a_quote_keeps_the_quote_as_its_name():
    text = (
        'Hanoi, 12 May 2039 - A workshop themed "Linking Schools and Start-ups" opened in '
        "Hanoi on May 12 under the APEC Human Resources Development Working Group."
    )
    assert read_titles(text)[0] == "Linking Schools and Start-ups"


def test_a_release_issuer_is_no_event_when_the_headline_reports_a_week_opening():
    text = (
        "2041 APEC Economic Leaders' Week Opens in Cebu\n\n"
        "Cebu, Philippines, 12 November 2041\n"
        "  • Issued by the APEC Concluding Senior Officials' Meeting\n\n"
        "The 2041 APEC Economic Leaders' Week hosted by the Philippines has commenced in "
        "Cebu.\n\n"
        "The week will culminate with the APEC Economic Leaders' Meeting on 17-18 November."
    )
    titles = read_titles(text)
    assert "APEC Concluding Senior Officials' Meeting" not in titles
    assert "2041 APEC Economic Leaders' Week" in titles


def test_guard_an_issuer_meeting_stays_the_event_of_a_release_reporting_no_other():
    text = (
        "Officials Advance Trade Agenda\n"
        "Issued by the Third APEC Senior Officials' Meeting\n"
        "Lae, Papua New Guinea, 20 August 2040\n"
        "APEC Senior Officials have concluded a cluster of trade meetings in Lae."
    )
    assert "Senior Officials' Meeting" in read_titles(text)[0]


def test_a_dateline_without_a_day_after_a_dated_header_line_does_not_break_the_reader():
    text = (
        " date 2040-02-20\n\n"
        "Khanh Hoa (VNA) – More than 500 delegates attended events within the first APEC "
        "Senior Officials' Meeting (SOM) in Nha Trang city on February 20."
    )
    assert "Senior Officials' Meeting" in read_titles(text)[0]


def test_a_workshop_described_with_its_days_beats_a_meeting_only_mentioned_after_it():
    text = (
        "Chile readies its APEC year\n\n"
        "Harbour Hotel, Valparaiso\n"
        "14 December 2044\n\n"
        "Hosting APEC will let the country show its reforms, an official said on Thursday.\n\n"
        "On Thursday and Friday, agencies and private partners of Chile's hosting of APEC 2045 "
        "met in a two-day interactive workshop to settle the details of the hosting plan.\n\n"
        "The director of the organizing committee said that the APEC Economic Leaders' "
        "Meeting, coming at the end of the term, should crown the year."
    )
    title = read_titles(text)[0]
    assert "Interactive Workshop" in title


def test_the_headline_s_kind_word_keeps_the_named_dialogue_over_the_lede_s_forum():
    text = (
        "APEC dialogue on river safety, tourism kicks off\n\n"
        "October 6, 2041\n\n"
        "Ministers of 21 member economies of the Asia Pacific Economic Cooperation (APEC) "
        "convened Sunday for a two-day forum to push for river safety and tourism in the "
        "region.\n\n"
        "The tourism secretary, during her opening remarks at the APEC High Level Policy "
        "Dialogue held in the northern Philippine city of Cagayan de Oro, called for more "
        "cooperation on safe river travel."
    )
    assert read_titles(text) == ["APEC High Level Policy Dialogue"]


def test_a_group_s_name_then_the_meeting_s_ordinal_in_lower_case_names_the_meeting():
    text = (
        "APEC Policy Partnership on Science and Innovation third meeting\n\n"
        "On May 27, 2042, in Da Lat City, 19 representatives of APEC economies attended the "
        "Policy Partnership on Science and Innovation third meeting (PPSI 3)."
    )
    assert read_titles(text) == ["Policy Partnership on Science and Innovation third meeting"]
