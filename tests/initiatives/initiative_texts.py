"""Invented initiative descriptions in the layouts staff meet (none is a real one)."""

SEED_LIKE = """\
APEC MSME Digital Readiness Initiative

Building Skills for the Platform Economy

Peru; Chile; Japan

1. Background

Small firms across the region adopt online tools unevenly, and many have no plan for it.

2. Objectives

1) To measure how ready micro and small enterprises are to trade online.

2) To train business advisers who support MSMEs in rural areas.

3. Main Activities Proposed

1) Two regional workshops for business advisers (Lima and Tokyo)

2)1 survey of 2,000 MSMEs on digital readiness

4. Outputs

1) A readiness self-assessment toolkit
"""

LABELLED = """\
Project title: APEC Cross-Border E-Commerce Toolkit for Small Exporters
Proposing economy: Mexico
Co-sponsoring economies: Chile, Peru and Viet Nam
Duration: 2021–2023
Project number: SME 02 2021A

Objectives
(a) to map the rules small exporters meet when they sell online abroad;
(b) to share practical answers between customs agencies and exporters.

Deliverables
- An online toolkit in four languages
- A policy brief for trade ministries
"""

COLON_SUBTITLE = """\
Women Entrepreneurs Network Initiative: Closing the Finance Gap
Proposed by: the Philippines
Co-sponsors: Australia; New Zealand

Aims:
• To connect women-led businesses with lenders and investors.
• To collect data on the finance gap women entrepreneurs face.

Planned activities
1. A mentoring programme for 200 women entrepreneurs
2. An annual investor matchmaking day

Expected outputs
1. A report on lending to women-led SMEs
"""

PROSE_YEARS = """\
Green Supply Chain Partnership for SMEs

Thailand, Malaysia and Indonesia

Overview
The partnership runs from 2020 to 2022 and helps suppliers cut waste and energy use.

Goals
To help small suppliers meet the environmental standards of large buyers.
To build a network of green supply chain advisers in the region.

Activities
Site visits to model factories in each partner economy
"""

ROMAN = """\
APEC Start-up Ecosystem Mapping Project

I. Overview
Start-ups need mentors, money and markets; this project maps where each is found.

II. Objectives
1. To map the start-up support available in each participating economy.
2. To identify gaps that regional cooperation could fill.

III. Activities
1. A survey of incubators and accelerators
2. A start-ups forum in Singapore

IV. Deliverables
1. An interactive map of start-up support

Lead economy: Singapore
Partner economies: Malaysia, Indonesia, Thailand
"""

CONTINUED_ITEMS = """\
SME Resilience and Business Continuity Initiative
Proposing economy: Japan
Co-implementing economies: Republic of Korea; Hong Kong, China
Timeline: January 2022 – June 2023

Objectives
1. To help SMEs prepare business continuity plans for natural disasters
and pandemics, with tools they can use without consultants.
2. To train trainers from chambers of commerce.

Activities
1. Four webinars on continuity planning
2. A guidebook on business continuity for small firms
"""

INLINE_HEADINGS = """\
Business Integrity Dialogue for MSMEs
Proposing economy: Chinese Taipei
Co-sponsoring economies: none
Years: 2024

Objectives: To promote ethical business practices among MSMEs in the medical device sector.
Outputs: A handbook of integrity practices
"""

WITH_CHROME = """\
Home > Initiatives > Detail
Views: 1,234
2018 APEC SME Financing Access Initiative

Improving Credit for Small Enterprises

Canada; United States; Korea

2. Objectives
- To review credit guarantee schemes for SMEs in member economies.

3. Main Activities Proposed
- One seminar on credit guarantee schemes

Back List
"""

NO_YEARS = """\
Digital Payments Adoption Network

Proposer: Viet Nam

Objectives
1. To encourage small retailers to accept digital payments.

Activities
1. A forum of payment providers and retailers
"""

# A generic heading above the title, "Name: Subtitle" on one line (the lead's own test text).
PROJECT_OVERVIEW = """\
Project Overview
APEC Women-Led MSME Export Readiness Programme: Building Capacity for Cross-Border E-Commerce
Proposing economy: Australia
Co-sponsoring economies: Chile, Indonesia, Papua New Guinea, Viet Nam
Duration: 2022-2024

Objectives
• Assess the barriers women-led MSMEs face when exporting through online platforms.
• Train 300 entrepreneurs in export documentation and digital payments.

Activities
- Two regional workshops (Jakarta and Santiago)
- An online mentoring series

Outputs
- A toolkit on cross-border e-commerce for women-led MSMEs
"""

INITIATIVE_DESCRIPTION_DASH = """\
Initiative Description
SME Green Finance Access Network – Linking Small Firms with Sustainable Lenders
Lead economy: Korea
Co-sponsors: Japan; Singapore; Thailand
Project period: March 2023 to December 2024

Purpose and Objectives
1. To map green credit products available to SMEs in APEC economies.
2. To connect SME associations with sustainable lenders.

Key Activities
a) A regional matchmaking forum in Seoul
b) Three webinars for SME associations

Key Deliverables
a) A directory of green credit products for SMEs
"""

PROPONENT_TIMEFRAME = """\
Project Summary
Title: Digital Skills for Rural MSMEs
Proponent: Mexico
Co-proponents: Peru, Chile
Timeframe: 2021-2022

Goals
- Give rural micro-enterprises basic skills in online selling.

Work Programme
- Train-the-trainer sessions in Oaxaca and Cusco
- A guide for rural extension officers
"""

CONCEPT_NOTE_IMPLEMENTATION = """\
Concept Note
APEC MSME Cyber Resilience Programme - Safer Online Business for Small Firms
Proposing economy: Australia
Supporting economies: Canada, New Zealand and Singapore
Implementation: 2021–2023

Background
Small firms are targets of online fraud and rarely have the staff to defend themselves against it, so the programme builds simple defences they can afford and share.

Objectives of the Programme
(i) To raise awareness of common online threats among MSMEs.
(ii) To share low-cost cyber hygiene practices between economies.

Implementation
(i) A survey of 1,000 MSMEs on cyber incidents
(ii) Two capacity-building workshops

Outputs and Deliverables
(i) A cyber hygiene checklist for small businesses
"""

ABOUT_ECONOMIES_LINE = """\
About
Women in Tourism MSME Network
Philippines; Indonesia; Malaysia
Project dates: 2024 – 2025

What the project aims to achieve
To help women-owned tourism businesses reach international visitors online.

Events and activities
1. An online marketplace pilot
2. A workshop in Cebu for women tour operators

Expected results
1. A report on women in tourism MSMEs
"""

OVERVIEW_ONE_YEAR_OUTCOMES = """\
Overview
SME Export Data Platform
Lead Economy: Chinese Taipei
Co-Sponsoring Economies: None
Duration: 2025

Project Objectives
• To give SMEs one place to find export statistics by market.

Proposed Activities
• Build a pilot data portal
• Train 50 SME advisers to use it

Expected Outcomes
• More SMEs exporting to new markets

Deliverables
• A pilot export data portal
• A user manual
"""

EXECUTIVE_SUMMARY_LEAD = """\
Executive Summary
APEC Start-up Finance Bridge: Connecting Founders with Regional Investors
Lead: Peru
Partners: Chile; Mexico; Colombia
Period: 2019–2020

Aims and objectives
1. To introduce early-stage founders to angel networks in other economies.

Project components
1. Investor roadshows in Lima and Santiago
2. A compendium of start-up finance rules
"""

LABELS_ON_THEIR_OWN_LINES = """\
Project Details
Project Title
Inclusive Trade Finance for Micro-Enterprises – A Regional Learning Programme
Proposing Economy
Indonesia
Co-sponsoring Economies
Malaysia; the Philippines; Thailand
Project Duration
January 2020 – December 2021
Budget: USD 120,000

Specific Objectives
1. To review how trade finance reaches micro-enterprises in each co-sponsoring economy.
2. To design a peer-learning course for bank officers.

Planned Events and Activities
1. A peer-learning course for 40 bank officers
2. Field visits to village credit cooperatives

Expected Outputs
1. A casebook of trade finance practices for micro-enterprises
"""

DESCRIPTIONS = {
    "seed_like": SEED_LIKE,
    "labelled": LABELLED,
    "colon_subtitle": COLON_SUBTITLE,
    "prose_years": PROSE_YEARS,
    "roman": ROMAN,
    "continued_items": CONTINUED_ITEMS,
    "inline_headings": INLINE_HEADINGS,
    "with_chrome": WITH_CHROME,
    "no_years": NO_YEARS,
    "project_overview": PROJECT_OVERVIEW,
    "initiative_description_dash": INITIATIVE_DESCRIPTION_DASH,
    "proponent_timeframe": PROPONENT_TIMEFRAME,
    "concept_note_implementation": CONCEPT_NOTE_IMPLEMENTATION,
    "about_economies_line": ABOUT_ECONOMIES_LINE,
    "overview_one_year_outcomes": OVERVIEW_ONE_YEAR_OUTCOMES,
    "executive_summary_lead": EXECUTIVE_SUMMARY_LEAD,
    "labels_on_their_own_lines": LABELS_ON_THEIR_OWN_LINES,
}

NOT_DESCRIPTIONS = {
    "empty": "",
    "blank lines": "\n\n   \n",
    "prose": "The weather in Lima was mild today.\nMarkets were calm and the port was busy.\n",
    "a list of words": "apples\npears\nplums\n",
    "a recipe": "Pancakes\n\nIngredients\n- 2 eggs\n- 1 cup of flour\n\nMix and fry.\n",
    "numbers": "1\n2\n3\n",
}
