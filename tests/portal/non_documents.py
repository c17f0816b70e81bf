"""Texts that are no document the portal imports: each must be refused by "Import a
document" (400, nothing saved) and by `manage.py import_document` (non-zero exit).

Some carry one signal a reader looks for (a date, an event word, a numbered list, a list of
economies, a heading), never the evidence a kind needs: a statement's ministerial title,
ministers speaking or numbered paragraphs of ministers; an event's name and date; an
initiative's headings or its economies under their labels. All invented for these tests.
"""

NON_DOCUMENTS = {
    "a recipe": """\
Recipe: lemon cake
Mix 200 g flour with 3 eggs on March 8 and bake for 40 minutes.
""",
    "a recipe in numbered steps": """\
Grandma's Lemon Cake

1. Heat the oven to 180 degrees and butter a round tin.
2. Whisk 3 eggs with 150 g of sugar until pale, then fold in 200 g of flour.
3. Add the zest of two lemons and pour the batter into the tin.
4. Bake for 40 minutes, let it cool and serve it at the family meeting on Sunday.
""",
    "a poem": """\
Harbour at Dusk

The boats come home on 5 May,
their lanterns low, their nets grown grey;
the market sleeps, the gulls hold court,
and evening settles on the port.
""",
    "a price list": """\
Spring Price List - valid from 1 April 2024

Espresso ............ 2.50
Cappuccino .......... 3.20
Croissant ........... 2.10
Meeting room (per hour) ... 25.00
Prices include tax. Closed on 1 May 2024.
""",
    "a job advertisement": """\
We are hiring: Senior Accountant (Lima office)

Posted: 12 February 2024

Our growing logistics company is looking for a Senior Accountant to join the finance team.
Responsibilities include monthly closing, tax filings and supporting the annual audit.
Requirements: five years of experience, fluent Spanish and English.
Apply by 15 March 2024 with your CV and a short cover letter.
""",
    "a weather report with a date": """\
Heavy rain expected across the capital

MANILA, 14 August 2023 — The weather bureau warned on Monday that heavy rain would hit
Metro Manila and nearby provinces until Wednesday, and schools in low-lying areas were
closed as a precaution.
Residents were told to avoid riverbanks; the next update is due at 5 p.m.
""",
    "a list of economies only": """\
Australia; Brunei Darussalam; Canada; Chile; China; Hong Kong, China; Indonesia; Japan
Korea; Malaysia; Mexico; New Zealand; Papua New Guinea; Peru; The Philippines
Russia; Singapore; Chinese Taipei; Thailand; United States; Viet Nam
""",
    "a CSV export": """\
date,item,quantity,unit_price,economy
2024-03-01,notebooks,120,1.50,Peru
2024-03-02,pens,300,0.40,Chile
2024-03-05,folders,80,2.10,Japan
2024-03-09,printer paper,25,6.00,Mexico
""",
    "source code": """\
import datetime


def next_meeting(today=None):
    \"\"\"Return the date of the next team meeting (every second Tuesday).\"\"\"
    today = today or datetime.date(2024, 5, 14)
    offset = (1 - today.weekday()) % 7 or 7
    return today + datetime.timedelta(days=offset + 7)


print("Next meeting:", next_meeting())
""",
    "lorem ipsum": """\
Lorem ipsum dolor sit amet

Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco
laboris nisi ut aliquip ex ea commodo consequat.

Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla
pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt.
""",
    "a cookie banner page": """\
Home | About | News | Contact
We value your privacy
This website uses cookies to improve your experience, to analyse traffic and to show you
relevant content. By clicking "Accept all" you agree to the use of cookies as described in
our Cookie Policy (updated 3 January 2025).
Accept all | Reject non-essential | Manage preferences
© 2025 Example Trading Ltd. All rights reserved.
""",
    "a shop's opening hours with a holiday": """\
Opening hours over the holidays

Our shop on Calle Mayor will be closed from 24 to 26 December and on 1 January.
Normal hours resume on 2 January 2025: Monday to Friday, 9:00 to 18:00.
""",
    "minutes of a club with numbered points": """\
Chess Club - notes of the committee

1. The committee met on 4 March 2024 and approved last year's accounts.
2. Membership fees stay at 20 dollars a year.
3. The spring tournament will be held on 20 April in the school hall.
4. Any other business: none.
""",
    "a school letter with one heading of an initiative's": """\
Year 9 trip to Osaka - letter to parents

Objectives
Pupils will practise Japanese and visit a science museum.

The group leaves on 3 October 2025 and returns on 10 October. Please return the consent
form by Friday.
""",
    "a price list of an event venue": """\
Conference Centre Rates 2025

Main hall (full day) ..... 1,200.00
Seminar room (half day) .. 300.00
Workshop kit per person .. 15.00
Rates valid from 1 January 2025 to 31 December 2025.
""",
}
