"""ACLED's ``region`` column: the world region ACLED files a country under, by ISO alpha-3 code.

ACLED's regions (ACLED Codebook, "Geographic coverage"): Western, Middle, Eastern, Southern
and Northern Africa; Middle East; Caucasus and Central Asia; South Asia; Southeast Asia;
East Asia; Europe; North America; Central America; Caribbean; South America; Oceania;
Antarctica. They follow the UN M49 sub-regions with ACLED's own moves, which this table
keeps: Iran and Turkey are in the Middle East, Afghanistan and the South Caucasus in
"Caucasus and Central Asia", Mexico in Central America, Sudan in Northern Africa, Zimbabwe
and Zambia in Southern Africa, Russia and Cyprus in Europe. Checked against the ``region``
of every country in the ACLED exports under ``/work/shared/data/acled-samples`` (the 2020
exports say "Southern Asia" and "South-Eastern Asia" for today's "South Asia" and
"Southeast Asia").
"""

from __future__ import annotations

__all__ = ["ACLED_REGIONS", "acled_region"]

_BY_REGION: dict[str, str] = {
    "Western Africa": "BEN BFA CPV CIV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SHN SLE TGO",
    "Middle Africa": "AGO CAF CMR COD COG GAB GNQ STP TCD",
    "Eastern Africa": "BDI COM DJI ERI ETH IOT KEN MDG MOZ MUS MWI MYT REU RWA SOM SSD SYC TZA UGA",
    "Southern Africa": "BWA LSO NAM SWZ ZAF ZMB ZWE",
    "Northern Africa": "DZA EGY ESH LBY MAR SDN TUN",
    "Middle East": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "Caucasus and Central Asia": "AFG ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "South Asia": "BGD BTN IND LKA MDV NPL PAK",
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
    "Europe": (
        "ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB GRC HRV HUN IMN IRL "
        "ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SJM SCG SMR SRB SVK SVN SWE UKR VAT "
        "XKX"
    ),
    "North America": "BMU CAN GRL SPM USA",
    "Central America": "BLZ CRI GTM HND MEX NIC PAN SLV",
    "Caribbean": (
        "ABW AIA ANT ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF MSR MTQ PRI SXM TCA TTO VCT "
        "VGB VIR"
    ),
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PER PRY SUR URY VEN",
    "Oceania": (
        "ASM AUS CCK COK CXR FJI FSM GUM KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TKL TON TUV UMI VUT "
        "WLF WSM"
    ),
    "Antarctica": "ATA ATF BVT HMD SGS",
}

#: ISO alpha-3 code -> ACLED region.
ACLED_REGIONS: dict[str, str] = {code: region for region, codes in _BY_REGION.items() for code in codes.split()}


def acled_region(iso3: str | None) -> str:
    """ACLED's region for a country's ISO alpha-3 code ("" when unknown)."""
    return ACLED_REGIONS.get((iso3 or "").upper(), "")
