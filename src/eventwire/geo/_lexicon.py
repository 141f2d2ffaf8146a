"""Small hand-written word lists: abbreviations, demonyms, place-type words, compass words."""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "ADMIN_WORDS", "COMPASS", "DEMONYMS", "FORMER_NAMES", "NOT_PLACES", "PHYSICAL_WORDS",
           "demonym_of"]

# Names GeoNames does not carry as a main name, to the GeoNames id they mean in news text.
ABBREVIATIONS: dict[str, int] = {
    "U.S.": 6252001, "US": 6252001, "U.S.A.": 6252001, "USA": 6252001, "America": 6252001,
    "United States": 6252001, "the States": 6252001,
    "UK": 2635167, "U.K.": 2635167, "Britain": 2635167, "Great Britain": 2635167,
    "UAE": 290557, "U.A.E.": 290557, "Emirates": 290557,
    "DRC": 203312, "DR Congo": 203312, "Congo-Kinshasa": 203312,
    "EU": 6255148, "E.U.": 6255148, "European Union": 6255148,
    "Gaza": 281133, "Gaza Strip": 281133, "N. Korea": 1873107, "S. Korea": 1835841,
    "North Korea": 1873107, "South Korea": 1835841, "DPRK": 1873107, "ROK": 1835841, "PRC": 1814991,
    "Holy See": 3164670, "Russia": 2017370, "Iran": 130758,
    "Holland": 2750405, "Burma": 1327865, "Ivory Coast": 2287781, "Palestine": 6254930,
    "Czech Republic": 3077311, "Vatican": 3164670, "Macedonia": 718075, "Swaziland": 934841,
    "Bosnia": 3277605, "KSA": 102358,
    # short names of GeoNames' oceans, seas and world regions (``nocountry.tsv.gz``): "the Atlantic", "the Mideast"
    "Atlantic": 3373405, "North Atlantic": 3411923, "South Atlantic": 3358844, "Pacific": 2363254,
    "North Pacific": 4030875, "South Pacific": 4030483, "Mediterranean": 363196, "Arabian Gulf": 235616,
    "Gulf": 235616, "Baltic": 2633321, "Adriatic": 3183462, "East Sea": 2038684, "Mideast": 6269133,
    "West Africa": 7729885, "East Africa": 7729889, "North Africa": 7729887, "Southeast Asia": 7729896,
    "South-East Asia": 7729896, "South East Asia": 7729896, "South Asia": 7729895, "East Asia": 7729894,
    "Maghreb": 2219875, "Western Balkans": 12216908,
    # GeoWebNews' convention: Latin America is the continent of South America (not GeoNames' region "Latin
    # America and the Caribbean", whose point lies 1,800 km from the continent's)
    "Latin America": 6255150,
    "Soviet Union": 8354411, "USSR": 8354411, "U.S.S.R.": 8354411, "former Soviet Union": 8354411,
    # AP-style state abbreviations that Natural Earth's list (see _prepare) spells differently
    "Kan.": 4273857, "Neb.": 5073708,
}

DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
    "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA",
    "Brazilian": "BR", "British": "GB", "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ",
    "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "English": "GB",
    "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Guinean": "GN", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG",
    "Lao": "LA", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT",
    "Malaysian": "MY", "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN",
    "Moroccan": "MA", "Mozambican": "MZ", "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG",
    "Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Serb": "RS", "Croat": "HR", "Sierra Leonean": "SL",
    "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH",
    "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Togolese": "TG",
    "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY",
    "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
    "Salvadoran": "SV", "Guatemalan": "GT", "Costa Rican": "CR", "Dominican": "DO", "Jamaican": "JM",
    "South Korean": "KR", "North Korean": "KP", "Philippine": "PH", "Mauritian": "MU", "Central African": "CF",
    "New Zealander": "NZ", "Djiboutian": "DJ", "Bhutanese": "BT", "Laotian": "LA", "Beninese": "BJ",
    "Gambian": "GM", "Malagasy": "MG", "Maltese": "MT", "Montenegrin": "ME", "Bahamian": "BS",
    "Icelandic": "IS", "Gabonese": "GA", "Malawian": "MW", "Namibian": "NA", "Fijian": "FJ", "Sinhalese": "LK", "Kurdish": "", "Arab": "", "European": "", "African": "", "Asian": "", "Western": "", "Middle Eastern": "",
}



def demonym_of(text: str, *, plural: bool = False) -> str | None:
    """The ISO code a demonym points to ("" when it names no single country), or None if ``text`` is not
    one. With ``plural``, "Palestinians" and "Americans" count too (people rather than a place: only
    for spans someone else marked as toponyms)."""
    if text in DEMONYMS:
        return DEMONYMS[text]
    if plural and text.endswith("s") and text[:-1] in DEMONYMS:
        return DEMONYMS[text[:-1]]
    return None


# Former names of countries whose territory the present country has unchanged (ISO code of the present one).
FORMER_NAMES: dict[str, str] = {
    "Zaire": "CD", "Ceylon": "LK", "Rhodesia": "ZW", "Persia": "IR", "Siam": "TH", "Dahomey": "BJ",
    "Upper Volta": "BF", "Kampuchea": "KH", "Bechuanaland": "BW", "Basutoland": "LS", "Nyasaland": "MW",
    "Formosa": "TW", "East Pakistan": "BD", "Abyssinia": "ET", "Gold Coast": "GH", "British Honduras": "BZ",
}


# Words after or before a name that say it is a first-order division ("Idleb province").
ADMIN_WORDS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture", "department",
                         "wilaya", "county", "district", "provinces", "regions", "states", "counties",
                         "parish", "canton", "emirate", "territory"})
ADMIN2_WORDS = frozenset({"county", "district", "counties", "parish", "municipality"})
PHYSICAL_WORDS = frozenset({"valley", "desert", "river", "mountains", "mountain", "range", "plateau", "plain",
                            "basin", "delta", "sea", "lake", "gulf", "coast", "island", "islands", "peninsula"})

COMPASS = {
    "north": (1.0, 0.0), "south": (-1.0, 0.0), "east": (0.0, 1.0), "west": (0.0, -1.0),
    "northeast": (0.7, 0.7), "northwest": (0.7, -0.7), "southeast": (-0.7, 0.7), "southwest": (-0.7, -0.7),
    "north-east": (0.7, 0.7), "north-west": (0.7, -0.7), "south-east": (-0.7, 0.7), "south-west": (-0.7, -0.7),
}

# Capitalised words that spaCy or the gazetteer may take for places in news text.
NOT_PLACES = frozenset({
    "daesh", "isis", "isil", "is", "islamic state", "pentagon", "state", "general", "army", "the", "president",
    "coalition", "god", "allah", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "reuters", "afp", "ap", "mr", "mrs", "ms", "dr", "white house", "kremlin",
    "congress", "parliament", "un", "nato", "senate", "police", "city", "university", "hospital", "north",
    "south", "east", "west", "government", "ministry", "minister", "regime", "rebels", "taliban", "hamas",
    "hezbollah", "al-qaeda", "al qaeda", "al-shabaab", "boko haram", "al-sham", "conquest", "jihadists", "christmas", "ramadan",
    # French days and months: "Lundi" is no respelling of Lund
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "avril", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
})
