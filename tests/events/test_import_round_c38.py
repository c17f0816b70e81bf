"""The event reader's rules of round c38: names cut or missed on day reports, meeting
reports and agency releases (a headline beginning with a verb, a name's "of" part running
on over "on" or "within", a topic listed with commas, a headline's report after the name).

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real pages (docs/importing.md, "Seventh session, c38").
"""

import pytest

from tests.events.reading import read_titles

pytestmark = pytest.mark.django_db


def test_a_headline_beginning_with_a_verb_names_the_meeting_after_it():
    text = (
        "Officials Begin Technical Meeting Cluster in Lima\n\n"
        "LIMA, 3 March 2031 - Officials from the 21 APEC member economies opened the "
        "first technical meeting cluster of the year at the Lima Convention Center today."
    )
    title = read_titles(text)[0]
    assert title.endswith("Technical Meeting")
    assert "Begin" not in title


def test_a_meeting_report_names_the_sub_committee_of_its_of_part_whole():
    text = (
        "Report of the Second Meeting of the APEC Sub-Committee on Standards and "
        "Conformance (SCSC)\n\n"
        "Penang, Malaysia, 2-3 March 2034\n\n"
        "The second SCSC meeting for 2034 was held on 2-3 March 2034 in Penang, Malaysia."
    )
    assert read_titles(text)[0] == (
        "Second Meeting of the APEC Sub-Committee on Standards and Conformance"
    )


def test_a_network_meeting_within_a_region_keeps_its_region():
    text = (
        "News > Network News\n"
        "3rd Meeting of Forest Network Focal Points within APEC Region Held in Kunming\n\n"
        "The 3rd Meeting of Forest Network Focal Points within APEC Region was held in "
        "Kunming on 12 May 2035, with 30 participants from 14 economies."
    )
    assert read_titles(text)[0] == "3rd Meeting of Forest Network Focal Points within APEC Region"


def test_a_headline_s_report_after_the_name_is_no_part_of_it():
    text = (
        "The 9th Meeting of the Port Network Advisory Board Successfully Held in Manila\n\n"
        "Nov 4, 2036\n\n"
        "The 9th Meeting of the Port Network Advisory Board was successfully held in Manila, "
        "the Philippines on October 30, 2036."
    )
    assert read_titles(text)[0] == "9th Meeting of the Port Network Advisory Board"


def test_a_topic_listed_with_commas_stays_in_the_name():
    text = (
        "Day Two Report: Policy Dialogue Ends\n\n"
        "Da Nang, 19 May 2033 - The High-Level Policy Dialogue on Women, Trade and Digital "
        "Inclusion closed today at the Ariyana Convention Centre."
    )
    assert read_titles(text)[0] == (
        "High-Level Policy Dialogue on Women, Trade and Digital Inclusion"
    )


def test_guard_a_meeting_on_a_weekday_keeps_its_day_out_of_the_name():
    text = (
        "Lima, 2 March 2031 - The Meeting of the APEC Working Group on Monday reviewed "
        "the work plan in Lima."
    )
    assert "Monday" not in read_titles(text)[0]


def test_a_report_s_title_broken_after_apec_is_one_name():
    text = (
        "2035/SOM1/SCSC/012\n\n"
        "Report of the First APEC\n"
        "Sub-Committee on Standards and Conformance (SCSC) Meeting\n\n"
        "Hanoi, Viet Nam\n\n"
        "20-21 February 2035\n\n"
        "The first SCSC meeting for 2035 was held on 20 and 21 February 2035 in Hanoi."
    )
    assert read_titles(text)[0] == "First APEC Sub-Committee on Standards and Conformance Meeting"


def test_a_report_s_title_broken_after_of_the_is_one_name():
    text = (
        "Report of the Second Meeting of the\n\n"
        "APEC Sub-Committee on Standards and Conformance (SCSC)\n\n"
        "Kota Kinabalu, Malaysia, 18-19 May 2035\n\n"
        "The second SCSC meeting for 2035 was held on 18-19 May 2035 in Kota Kinabalu."
    )
    assert read_titles(text)[0] == (
        "Second Meeting of the APEC Sub-Committee on Standards and Conformance"
    )


def test_the_scorer_reads_an_acronym_of_a_hyphenated_word_as_a_restatement():
    from apec_portal.import_accuracy import _same_title

    assert _same_title(
        "APEC Sub-Committee on Standards and Conformance (SCSC) 2nd Meeting",
        "APEC Sub-Committee on Standards and Conformance 2nd Meeting",
    )
    assert not _same_title("Trade Forum (SCSC) Meeting", "Trade Forum Meeting")
