"""Hand-written reference places the shipped data lacks: a few seas, regions, landmarks.

Most oceans, seas and world regions ("the Atlantic", "the Middle East") come from GeoNames'
``no-country.txt`` (``nocountry.tsv.gz``, see ``_prepare.prepare_nocountry``); their short names
("Atlantic", "Mideast") are in ``_lexicon.ABBREVIATIONS``. Here are only those it lacks (the
Gulf of Mexico and the East China Sea have a country code there; "the West Coast" and
"Darfur" are no GeoNames feature there). Each entry here is placed by a stated rule,
never by a hand-picked point:

- ``SEAS``: the middle of the water body's rough latitude/longitude extent (south, north, west,
  east edges, as on any atlas page), to the nearest half degree.
- ``REGIONS``: the mean of the points of its member countries (ISO codes) or first-order
  divisions ("US.WA"), taken from the index itself when it is built.
- ``LANDMARKS``: seats of government, palaces and airports that news text names instead of
  their city ("the White House said", "flights from Heathrow"): the GeoNames id of that city.

Everything here is written into the index by ``geonames.build_index`` and is part of its
fingerprint, so a change here rebuilds the index.
"""

from __future__ import annotations

__all__ = ["LANDMARKS", "REGIONS", "SEAS"]

# name, other names, (south, north, west, east); an extent across the date line has west > east
SEAS: tuple[tuple[str, tuple[str, ...], tuple[float, float, float, float]], ...] = (
    ("East China Sea", (), (24, 33, 117, 131)),
    ("Gulf of Mexico", (), (18, 30.5, -98, -81)),
    ("Aegean Sea", ("Aegean",), (35, 41, 22.5, 28.5)),
    ("Strait of Hormuz", (), (26, 27, 55.5, 57)),
    ("English Channel", (), (48.5, 51, -5.5, 1.5)),
    # straits in conflict news that GeoNames holds under a country code
    ("Taiwan Strait", ("Strait of Taiwan", "Formosa Strait"), (22.5, 25.5, 117.5, 121)),
    ("Kerch Strait", ("Strait of Kerch",), (45, 45.5, 36.4, 36.8)),
    ("Bab el-Mandeb", ("Bab al-Mandab", "Bab-el-Mandeb", "Bab el-Mandeb Strait"), (12.4, 12.8, 43.1, 43.6)),
)

# name, other names, members (ISO country codes, or "CC.ADM1" for first-order divisions)
REGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("West Coast", ("US West Coast",), ("US.WA", "US.OR", "US.CA")),
    ("East Coast", ("US East Coast", "Eastern Seaboard"),
     ("US.ME", "US.NH", "US.MA", "US.RI", "US.CT", "US.NY", "US.NJ", "US.DE", "US.MD", "US.VA", "US.NC", "US.SC",
      "US.GA", "US.FL")),
    ("Midwest", (),
     ("US.OH", "US.IN", "US.IL", "US.MI", "US.WI", "US.MN", "US.IA", "US.MO", "US.ND", "US.SD", "US.NE", "US.KS")),
    ("New England", (), ("US.ME", "US.NH", "US.VT", "US.MA", "US.RI", "US.CT")),
    ("Pacific Northwest", (), ("US.WA", "US.OR", "US.ID")),
    # conflict regions named in news that are no single division of their country
    ("Darfur", (), ("SD.47", "SD.49", "SD.55", "SD.60", "SD.61")),
    ("Donbas", ("Donbass",), ("UA.05", "UA.14")),
    # Russia's North Caucasian Federal District: Dagestan, Chechnya, Ingushetia, Kabardino-Balkaria,
    # Karachay-Cherkessia, North Ossetia, Stavropol
    ("North Caucasus", ("Northern Caucasus",), ("RU.17", "RU.12", "RU.19", "RU.22", "RU.27", "RU.68", "RU.70")),
    ("Sinai", ("Sinai Peninsula",), ("EG.27", "EG.26")),
    ("Iraqi Kurdistan", ("Kurdistan Region", "Kurdistan Region of Iraq"), ("IQ.11", "IQ.08", "IQ.05")),
    ("Somaliland", (), ("SO.21", "SO.20", "SO.19", "SO.12", "SO.22")),
)

# Landmark -> GeoNames id of the city it is in (or stands for).
LANDMARKS: dict[str, int] = {
    "White House": 4140963, "West Wing": 4140963, "Oval Office": 4140963, "Capitol Hill": 4140963,
    "Kremlin": 524901, "Red Square": 524901, "Downing Street": 2643743, "Buckingham Palace": 2643743,
    "Elysee Palace": 2988507, "Élysée Palace": 2988507, "Zhongnanhai": 1816670, "Tiananmen Square": 1816670,
    "Blue House": 1835848, "Knesset": 281184,
    "Heathrow": 2643743, "Heathrow Airport": 2643743, "Gatwick": 2643743, "Gatwick Airport": 2643743,
    "JFK Airport": 5128581, "LaGuardia Airport": 5128581, "O'Hare": 4887398, "O'Hare International Airport": 4887398,
}
