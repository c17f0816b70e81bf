"""The portal's demo content: what the five seed documents say.

Names, dates, places and quoted texts are taken from the seeds; a fact the
seeds do not give is left empty (a forum whose day is not given keeps only its
month, with `date_precision`). Descriptions marked as our own words summarise
where a seed has no text of its own to quote.
"""

from events.models import DatePrecision, EventKind

# Where each seed document was published (`../shared/data/seed-sources.csv`); every record
# made from a seed carries its address as `source_url`.
SOURCE_CSIE_NEWS = "https://apecscmc.org/news/detail/71"  # seed 000
SOURCE_LIE_NEWS = "https://apecscmc.org/news/detail/67"  # seed 001
SOURCE_LIE = "https://apecmonitor.sme.gov.tw/initiative/detail/16"  # seed 002
SOURCE_2017 = (  # seed 003
    "https://www.apec.org/meeting-papers/sectoral-ministerial-meetings/"
    "small-and-medium-enterprise/2017_sme"
)
SOURCE_2014 = (  # seed 004
    "https://www.apec.org/meeting-papers/sectoral-ministerial-meetings/"
    "small-and-medium-enterprise/2014_sme"
)
SOURCES = {
    "000_2e5dc6006bca6a17.txt": SOURCE_CSIE_NEWS,
    "001_1f50c5d5db447cfa.txt": SOURCE_LIE_NEWS,
    "002_0681f3e112c3d1bd.txt": SOURCE_LIE,
    "003_08666063ba6b24be.txt": SOURCE_2017,
    "004_b516073f45a18255.txt": SOURCE_2014,
}
# The agency seeds 000 and 001 name as proposer and press contact of Chinese Taipei's initiatives.
SMEA = "Small and Medium Enterprise Administration, Ministry of Economic Affairs (SMEA)"

LIE = "apec-local-innovation-ecosystem-initiative"
CSIE = "apec-cross-sector-innovation-ecosystem-conference"
CDIE = "apec-cross-domain-innovation-ecosystem-initiative"
O2O = "apec-sme-online-to-offline-o2o-initiative"
ETHICS = "business-ethics-for-apec-smes-initiative"

SEED_2019 = "Seed document 002: 2019 APEC SME Local Innovation Ecosystem Initiative"

# Initiatives the demo builds from their descriptions with the importer
# (initiatives/importer.py), as staff would in the preview: `corrections` are the facts
# the description gives otherwise than the demo record (staff's edits in the preview),
# `extra` what it does not give at all.
INITIATIVE_DOCUMENTS = [
    {
        "file": "initiatives/002_0681f3e112c3d1bd.txt",
        "slug": LIE,
        "source_url": SOURCE_LIE,
        "corrections": {
            # The description puts the year first and leaves out the "a" of seed 001's name.
            "title": "APEC Local Innovation Ecosystem Initiative",
            "subtitle": "Revitalization for Inclusive Growth and a Sustainable Future",
            # It lists the four economies without saying who proposed; seed 001 says
            # Chinese Taipei proposed it and the other three co-implement it.
            "proposer": "TWN",
            "co_implementers": ["RUS", "THA", "PHL"],
            "themes": [
                "innovation",
                "inclusive-growth",
                "local-innovation-ecosystems",
                "green-and-sustainable-growth",
            ],
        },
        "extra": {
            "aliases": [
                "2019 APEC SME Local Innovation Ecosystem Initiative",
                "APEC Local Innovation Initiative",
                "Local Ecosystem Innovation Initiative",
            ],
            "lead_agency": SMEA,
            "contact_organisation": SMEA,
        },
    },
]

INITIATIVES = [
    {
        "slug": CSIE,
        "source_url": SOURCE_CSIE_NEWS,
        "title": "APEC Cross-Sector Innovation Ecosystem Conference",
        "subtitle": "Strengthening Networks of SMEs Co-Innovation for Better Future",
        "introduction": (
            "Proposed by the Small and Medium Enterprise Administration, Ministry of Economic "
            "Affairs, to help SMEs grasp the best practices of cross-sector collaboration and form "
            "innovation ecosystems. Its conference set “collaborative innovation”, “value-added "
            "technology” and “cross-sector platform” as the main theme."
        ),
        "proposer": "TWN",
        "lead_agency": SMEA,
        "contact_organisation": SMEA,
        "start_year": 2020,
        "end_year": 2020,
        "themes": ["innovation", "digital-transformation", "inclusive-growth"],
    },
    {
        "slug": CDIE,
        "source_url": SOURCE_CSIE_NEWS,
        "title": "APEC Cross-Domain Innovation Ecosystem Initiative",
        "subtitle": (
            "Facilitate the Inclusive Growth of SMEs Through the Digital Platform Across the APEC "
            "Region"
        ),
        "introduction": (
            "Announced at the 2020 Cross-Sector Innovation Ecosystem Conference: Chinese Taipei "
            "will implement it with the Philippines in 2021 to promote digital transformation and "
            "integrate the sustainable ecosystem with all APEC member economies."
        ),
        "proposer": "TWN",
        "co_implementers": ["PHL"],
        "start_year": 2021,
        "themes": ["digital-transformation", "inclusive-growth", "innovation"],
    },
    {
        "slug": "iloilo-initiative",
        "source_url": SOURCE_2017,
        "title": "Iloilo Initiative",
        "introduction": (
            "Named in the 2017 SME Ministerial Statement, which calls for its accelerated "
            "implementation; the APEC MSME Marketplace was launched as the result of its first "
            "phase."
        ),
        "themes": ["market-access-and-global-value-chains"],
    },
    {
        "slug": "apec-msme-marketplace",
        "source_url": SOURCE_2017,
        "title": "APEC MSME Marketplace",
        "introduction": (
            "Launched under the first phase of the Iloilo Initiative; the 2017 Work Plan's second "
            "phase (2016-2020) builds its content and functionality for MSMEs."
        ),
        "start_year": 2016,
        "end_year": 2020,
        "themes": ["market-access-and-global-value-chains", "digital-transformation"],
    },
    {
        "slug": "boracay-action-agenda",
        "source_url": SOURCE_2017,
        "title": "Boracay Action Agenda to Globalize MSMEs",
        "aliases": ["Boracay Action Agenda"],
        "introduction": (
            "An agenda to help MSMEs internationalise, whose implementation the 2017 SME "
            "Ministerial Statement welcomes."
        ),
        "themes": ["market-access-and-global-value-chains"],
    },
    {
        "slug": "apec-supporting-industry-initiative",
        "source_url": SOURCE_2017,
        "title": "APEC Supporting Industry Initiative",
        "introduction": (
            "Policy seminars, case studies and the APEC Best Practices for Promoting Supporting "
            "Industry in the Asia Pacific Region, endorsed at SOM3 in 2017."
        ),
        "themes": ["market-access-and-global-value-chains"],
    },
    {
        "slug": O2O,
        "source_url": SOURCE_2017,
        "title": "APEC SME Online-to-Offline (O2O) Initiative",
        "aliases": ["APEC SME O2O Initiative", "O2O Initiative"],
        "introduction": (
            "Co-organised by Chinese Taipei, the Philippines and Malaysia to enhance SME digital "
            "competitiveness and resilience towards quality growth, with an APEC SME O2O Summit "
            "in Chinese Taipei and a series of O2O events."
        ),
        "co_implementers": ["TWN", "PHL", "MYS"],
        "start_year": 2017,
        "themes": ["digital-transformation", "resilience-and-continuity"],
    },
    {
        "slug": "apec-initiative-on-promoting-innovative-start-ups",
        "source_url": SOURCE_2017,
        "title": "APEC Initiative on Promoting Innovative Start-ups",
        "introduction": "Endorsed by SME Ministers at their 24th meeting in 2017.",
        "start_year": 2017,
        "themes": ["start-ups", "innovation"],
    },
    {
        "slug": "apec-strategy-for-green-sustainable-and-innovative-msmes",
        "source_url": SOURCE_2017,
        "title": "APEC Strategy for Green, Sustainable and Innovative MSMEs",
        "introduction": (
            "Endorsed by SME Ministers in 2017 to encourage public-private partnership so that "
            "MSMEs can take part in green activities in a cost-effective manner."
        ),
        "start_year": 2017,
        "themes": ["green-and-sustainable-growth", "innovation"],
    },
    {
        "slug": ETHICS,
        "source_url": SOURCE_2014,
        "title": "Business Ethics for APEC SMEs Initiative",
        "aliases": ["Business Ethics for APEC SMEs"],
        "introduction": (
            "Supports codes of ethics and the APEC Principles in the medical device, "
            "biopharmaceutical and construction sectors; by 2014 it had helped develop 18 new "
            "codes of ethics across 9 APEC economies."
        ),
        # The 2014 statement congratulates it on "concluding its fifth year": it ran in each
        # of 2010-2014; the seeds say nothing of later years.
        "start_year": 2010,
        "end_year": 2014,
        "themes": ["business-ethics"],
    },
    {
        "slug": "apec-accelerator-network",
        "source_url": SOURCE_2014,
        "title": "APEC Accelerator Network",
        "aliases": ["APEC Accelerator Network (AAN)", "AAN"],
        "introduction": (
            "A cross-border incubation platform for early-stage investment, offering "
            "mentorship-driven investment and business matching for innovative start-ups and "
            "high-growth SMEs."
        ),
        "proposer": "TWN",
        "themes": ["start-ups", "finance"],
    },
]

EVENTS = [
    {
        "slug": "apec-local-innovation-ecosystem-forum-tomsk-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Tomsk",
        "kind": EventKind.FORUM,
        "start_date": "2019-06-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Tomsk",
        "host": "RUS",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-taipei-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Taipei",
        "kind": EventKind.FORUM,
        "start_date": "2019-06-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Taipei",
        "host": "TWN",
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-bangkok-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": "APEC Local Innovation Ecosystem Forum in Bangkok",
        "kind": EventKind.FORUM,
        "start_date": "2019-08-01",
        "date_precision": DatePrecision.MONTH,
        "city": "Bangkok",
        "host": "THA",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": ["local-innovation-ecosystems", "innovation"],
        "summary": "One of the four forums of the APEC Local Innovation Ecosystem Initiative in 2019.",
    },
    {
        "slug": "apec-local-innovation-ecosystem-forum-philippines-2019",
        "source_url": SOURCE_LIE_NEWS,
        "title": (
            "APEC Local Innovation Ecosystem Forum: Enhancing Local Industry Clustering and Social "
            "Innovation with International Reach"
        ),
        "kind": EventKind.FORUM,
        "start_date": "2019-10-29",
        "host": "PHL",
        "co_hosts": ["TWN"],
        "initiative": LIE,
        "themes": [
            "local-innovation-ecosystems",
            "inclusive-growth",
            "womens-empowerment",
            "start-ups",
        ],
        "summary": (
            "Through panel discussions, best-practice sharing and mentoring activities, the Forum "
            "expects to accelerate knowledge accumulation and capacity building of SMEs, as well "
            "as development of local innovation ecosystems. It focuses on the themes of "
            "“Regional Inclusive Innovation Centers” and “From Local Action to Global Networks: "
            "Women’s Empowerment, Innovations and Inclusive Growth”, and start-ups present their "
            "practices at a showcase session. It is the fourth and the last event of the "
            "initiative for the year 2019."
        ),
        "officials": [
            (
                "Ms. Wen-Ling SU",
                "Deputy Director General, Small and Medium Enterprise Administration (SMEA)",
            ),
            (
                "Mr. Jerry Clavesillas",
                "Director, Bureau of SME Development, Department of Trade "
                "and Industry (DTI), the Philippines",
            ),
        ],
    },
    {
        "slug": "apec-cross-sector-innovation-ecosystem-conference-2020",
        "source_url": SOURCE_CSIE_NEWS,
        "title": (
            "APEC Cross-Sector Innovation Ecosystem Conference: Strengthening Networks of SMEs "
            "Co-Innovation for Better Future"
        ),
        "kind": EventKind.CONFERENCE,
        "start_date": "2020-08-12",
        "city": "Taipei",
        "venue": "NTUH International Convention Center",
        "host": "TWN",
        "initiative": CSIE,
        "themes": ["innovation", "digital-transformation", "inclusive-growth"],
        "summary": (
            "The conference sets “collaborative innovation”, “value-added technology”, and "
            "“cross-sector platform” as the main theme, focuses on the importance of continuous "
            "innovation in the digital era, and helps explore cross-sector cooperation "
            "opportunities through leveraging the keystone and niche industries. Representatives "
            "from multiple APEC member economies, experts on cross-sector innovation, MNCs, and "
            "outstanding demonstration teams attended."
        ),
        "officials": [("Mr. Chen Chern-Chyi", "Deputy Minister of Economic Affairs")],
    },
    {
        "slug": "10th-apec-sme-technology-conference-and-fair-2018",
        "source_url": SOURCE_2017,
        "title": "10th APEC SME Technology Conference and Fair (SMETC)",
        "kind": EventKind.CONFERENCE,
        "start_date": "2018-06-27",
        "end_date": "2018-06-29",
        "city": "Shenyang",
        "host": "CHN",
        "themes": ["innovation"],
        "summary": "Welcomed by SME Ministers in their 2017 statement (paragraph 18).",
    },
    {
        "slug": "22nd-apec-sme-ministerial-meeting-2015",
        "source_url": SOURCE_2014,
        "title": "22nd APEC Ministerial Meeting on SMEs",
        "kind": EventKind.MINISTERIAL_MEETING,
        "start_date": "2015-09-21",
        "end_date": "2015-09-25",
        "city": "Iloilo City",
        "host": "PHL",
        "summary": "Announced in the 2014 SME Ministerial Statement (paragraph 40), with related "
        "activities.",
    },
    {
        "slug": "25th-apec-sme-ministerial-meeting-2018",
        "source_url": SOURCE_2017,
        "title": "25th APEC SME Ministerial Meeting",
        "kind": EventKind.MINISTERIAL_MEETING,
        "start_date": "2018-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "PNG",
        "summary": "Announced in the 2017 SME Ministerial Statement (paragraph 40).",
    },
    {
        "slug": "apec-2017-start-ups-forum",
        "source_url": SOURCE_2017,
        "title": "APEC 2017 Start-ups Forum",
        "kind": EventKind.FORUM,
        "start_date": "2017-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "VNM",
        "themes": ["start-ups"],
        "summary": "Hosted by Viet Nam; its recommendations were prioritised by SME Ministers in "
        "2017 (paragraph 26).",
    },
    {
        "slug": "apec-sme-o2o-summit-2017",
        "source_url": SOURCE_2017,
        "title": "APEC SME O2O Summit",
        "kind": EventKind.SUMMIT,
        "start_date": "2017-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "TWN",
        "initiative": O2O,
        "themes": ["digital-transformation"],
        "summary": "Held in Chinese Taipei under the APEC SME Online-to-Offline (O2O) Initiative.",
    },
    {
        "slug": "apec-sme-business-forum-2014",
        "source_url": SOURCE_2014,
        "title": "APEC SME Business Forum 2014",
        "kind": EventKind.FORUM,
        "start_date": "2014-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "CHN",
        "summary": "Organised by China before the 2014 SME Ministerial Meeting as a dialogue "
        "between officials and the business sector.",
    },
    {
        "slug": "2nd-apec-business-ethics-for-smes-forum-2015",
        "source_url": SOURCE_2014,
        "title": "2nd APEC Business Ethics for SMEs Forum",
        "kind": EventKind.FORUM,
        "start_date": "2015-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "PHL",
        "initiative": ETHICS,
        "themes": ["business-ethics"],
        "summary": "Hosted by the Philippines; SME Ministers encouraged convening the forum "
        "annually.",
    },
    {
        "slug": "apec-start-ups-conference-iii-2014",
        "source_url": SOURCE_2014,
        "title": "APEC Start-ups Conference III 2014: Global Thinking To Make Global Businesses",
        "kind": EventKind.CONFERENCE,
        "start_date": "2014-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "PER",
        "themes": ["start-ups"],
        "summary": "Hosted by Peru to consolidate and expand the start-up culture among APEC "
        "economies.",
    },
    {
        "slug": "workshop-on-women-led-smes-in-the-global-market-2014",
        "source_url": SOURCE_2014,
        "title": "Workshop on Promoting the Development of Women-led SMEs in the Global Market",
        "kind": EventKind.WORKSHOP,
        "start_date": "2014-01-01",
        "date_precision": DatePrecision.YEAR,
        "host": "AUS",
        "themes": ["womens-empowerment", "market-access-and-global-value-chains"],
        "summary": "Australia's workshop to help member economies build export programmes for "
        "women-led SMEs.",
    },
]

STATEMENTS = [
    {
        "file": "2014-nanjing.txt",
        "source_url": SOURCE_2014,
        "themes": [
            "innovation",
            "business-ethics",
            "resilience-and-continuity",
            "start-ups",
            "finance",
        ],
    },
    {
        "file": "2017-ho-chi-minh-city.txt",
        "source_url": SOURCE_2017,
        "themes": [
            "innovation",
            "digital-transformation",
            "green-and-sustainable-growth",
            "start-ups",
            "business-ethics",
            "market-access-and-global-value-chains",
            "resilience-and-continuity",
        ],
    },
]
