"""Sixth session, c22: the page's own event in speeches, features and pages naming several
events. A minister's speech notes name their occasion under "NOTES FOR AN ADDRESS BY", on
the "TO THE …" lines above the place line, whatever words the occasion holds (a luncheon, a
breakfast), also when the page was saved with its HTML source (a title tag and paragraphs
on one line). A header town written with its province ("VICTORIA, British Columbia") lies
in that province's economy. A speech "to the SME Summit at the … Ministerial Meeting" is
the summit's (the meeting as a further record is left to the round on those). A speech's
header town stays its own when the body recalls last year's meeting in another town. A
founding ceremony named by the heading is the page's event. Invented texts, 2047."""

import pytest

from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db


SPEECH_NOTES = (
    "MS. ROE - ADDRESS TO THE LUNCHEON FOR APEC VOLUNTEERS - HALIFAX, NOVA SCOTIA\n\n"
    "98/12 CHECK AGAINST DELIVERY\n\n"
    "NOTES FOR AN ADDRESS BY\n\n"
    "THE HONOURABLE MARTHA ROE\n\n"
    "MINISTER FOR SMALL BUSINESS\n\n"
    "TO THE LUNCHEON FOR APEC VOLUNTEERS\n\n"
    "HALIFAX, Nova Scotia\n\n"
    "October 14, 2047\n\n"
    "Thank you all for the welcome. I am glad to be back in Halifax among so many friends "
    "of small business."
)


def test_the_occasion_of_speech_notes_is_the_event_whatever_its_words():
    assert dated_records(SPEECH_NOTES) == [
        ("LUNCHEON FOR APEC VOLUNTEERS", "2047-10-14", "Halifax", "CAN")
    ]


def test_speech_notes_saved_with_their_html_source():
    text = (
        "<html> <head> <title>MS. ROE - ADDRESS TO THE APEC SME DAYTRADE FAIR DINNER - REGINA, "
        'SASKATCHEWAN</title> </head> <body> <p align="CENTER"><font size="+1">NOTES FOR AN '
        'ADDRESS BY</font></p> <p align="CENTER"><font size="+1">THE HONOURABLE MARTHA ROE'
        '</font></p> <p align="CENTER"><font size="+1">TO THE APEC SME DAY</font></p> <p '
        'align="CENTER"><font size="+1">TRADE FAIR DINNER</font></p> <p><font size="+1">'
        "REGINA, Saskatchewan</font></p> <p><font>October 14, 2047</font></p> <p><font>It is "
        "a pleasure to see so many visitors in our city tonight.</font></p>"
    )
    assert dated_records(text) == [
        ("APEC SME DAY TRADE FAIR DINNER", "2047-10-14", "Regina", "CAN")
    ]


def test_a_header_town_lies_in_the_economy_of_the_province_written_after_it():
    text = (
        "NOTES FOR AN ADDRESS BY\n\nTHE HONOURABLE JANE DOE,\n\nAT THE\n\n"
        "APEC SENIOR OFFICIALS' MEETING\n\nVICTORIA, British Columbia\n\nJanuary 27, 2047\n\n"
        "It is my pleasure to welcome you to Victoria, to the first APEC Senior Officials "
        "Meeting of 2047."
    )
    [(_title, start, city, host)] = dated_records(text)
    assert (start, city, host) == ("2047-01-27", "Victoria", "CAN")


def test_a_speech_to_a_summit_at_a_meeting_is_the_summit_s():
    text = (
        "Small firms and the region's growth plan\n\n"
        "Speech delivered to the SME Summit at the 38th APEC Ministerial Meeting, check "
        "against delivery\n\nNagoya, Japan\n\n12 November 2047\n\n"
        "Thank you for the invitation. After two days of talks at the APEC Ministerial "
        "Meeting, ministers are confident about trade."
    )
    assert dated_records(text)[0] == ("SME Summit", "2047-11-12", "Nagoya", "JPN")


def test_a_speech_keeps_its_header_town_when_it_recalls_a_meeting_elsewhere():
    text = (
        "Office of Public Affairs\nDeputy Secretary of Commerce Alan Brook\n"
        "Asia-Pacific Economic Cooperation\nSmall and Medium Enterprise Ministerial Meeting\n"
        '"Helping Small Firms Export"\nThursday, August 8, 2047\nKazan, Russia\n'
        "As prepared for delivery\n"
        "It is an honor to be here on behalf of the United States.\n"
        "As many of you saw last year, trade and SME Ministers met jointly for the first time "
        "in Sun Valley, Idaho at the 53rd SME Ministerial Meeting.\n"
        "There, they agreed to tackle the main barriers small firms face."
    )
    assert dated_records(text)[0] == (
        "Small and Medium Enterprise Ministerial Meeting",
        "2047-08-08",
        "Kazan",
        "RUS",
    )


def test_a_founding_ceremony_named_by_the_heading_is_the_page_s_event():
    text = (
        "Founding Ceremony of the APEC SME Trade Network\n"
        "Mr. Li Wen, Director of the Centre for Business Cooperation,\n"
        "Ms. Zhao Lin, Vice Mayor of Wenzhou Municipal People's Government,\n"
        "Ladies and Gentlemen:\n"
        "It is an honour to be here in China, in this fine city of Wenzhou, on behalf of the "
        "APEC Secretariat. I thank our hosts for their warm welcome.\n"
        "This is an important day for the APEC process. I commend China for setting up the "
        "APEC SME Trade Network, which joins governments and firms to promote trade and "
        "training among SMEs of APEC economies.\n"
        "APEC was created in 1989 as a forum to further enhance economic growth and "
        "prosperity for the region and to strengthen the Asia-Pacific community."
    )
    assert dated_records(text) == [
        ("Founding Ceremony of the APEC SME Trade Network", "", "Wenzhou", "CHN")
    ]


def test_the_launch_of_an_apec_body_in_a_caption_is_an_event_in_the_owner_s_town():
    text = (
        "Officials from APEC economies raise their glasses at the launch of the APEC Green "
        "Jobs Training Alliance last March in central Taiwan’s Taichung City. (Photo courtesy "
        "of the Labour Office)\n"
        "Taiwan is sharing its skills with the region through APEC programmes."
    )
    assert dated_records(text) == [
        ("launch of the APEC Green Jobs Training Alliance", "", "Taichung City", "TWN")
    ]


def test_a_government_speech_release_names_its_occasion_before_today():
    text = (
        "SCED's speech at APEC Business Advisory Council dinner (English only)\n\n"
        "     Following is the speech by the Secretary for Commerce, Mr Ho Wing, at the "
        "Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC) dinner "
        "today (March 3, 2047):\n\n"
        "Good evening. Welcome to Hong Kong and this first ABAC meeting of 2047."
    )
    assert dated_records(text)[0] == (
        "APEC Business Advisory Council dinner",
        "2047-03-03",
        "Hong Kong",
        "HKG",
    )
