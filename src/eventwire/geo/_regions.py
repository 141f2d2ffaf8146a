"""Hand-written reference places the shipped data lacks: oceans and seas, world regions, landmarks.

GeoNames' cities, divisions and countries (and Natural Earth's physical regions) carry no
oceans and no "Middle East", so "the Atlantic" would otherwise be Atlantic, Iowa. Each entry
here is placed by a stated rule, never by a hand-picked point:

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
    ("Atlantic Ocean", ("Atlantic",), (-60, 65, -80, 20)),
    ("North Atlantic Ocean", ("North Atlantic",), (0, 65, -80, 0)),
    ("South Atlantic Ocean", ("South Atlantic",), (-60, 0, -70, 20)),
    ("Pacific Ocean", ("Pacific",), (-60, 60, 120, -70)),
    ("North Pacific Ocean", ("North Pacific",), (0, 60, 120, -100)),
    ("South Pacific Ocean", ("South Pacific",), (-60, 0, 150, -70)),
    ("Indian Ocean", (), (-60, 25, 20, 120)),
    ("Arctic Ocean", ("Arctic",), (66, 90, -180, 180)),
    ("Southern Ocean", (), (-78, -60, -180, 180)),
    ("Mediterranean Sea", ("Mediterranean",), (30, 46, -6, 36)),
    ("Red Sea", (), (12.5, 30, 32, 43.5)),
    ("Black Sea", (), (41, 46.5, 27.5, 42)),
    ("Caspian Sea", (), (36.5, 47, 46.5, 55)),
    ("Persian Gulf", ("Arabian Gulf", "Gulf"), (24, 30.5, 48, 56.5)),
    ("Gulf of Aden", (), (11, 14.5, 43, 51)),
    ("Gulf of Oman", (), (22.5, 26, 56.5, 61.5)),
    ("Arabian Sea", (), (5, 25, 51, 77)),
    ("Bay of Bengal", (), (5, 22.5, 80, 95)),
    ("South China Sea", (), (0, 23, 99, 121)),
    ("East China Sea", (), (24, 33, 117, 131)),
    ("Yellow Sea", (), (33, 41, 117, 127)),
    ("Sea of Japan", ("East Sea",), (34, 52, 127, 142)),
    ("Caribbean Sea", ("Caribbean",), (9, 22, -89, -60)),
    ("Gulf of Mexico", (), (18, 30.5, -98, -81)),
    ("Baltic Sea", ("Baltic",), (53.5, 66, 9.5, 30)),
    ("North Sea", (), (51, 61, -4, 9)),
    ("Aegean Sea", ("Aegean",), (35, 41, 22.5, 28.5)),
    ("Adriatic Sea", ("Adriatic",), (40, 46, 12, 20)),
    ("Gulf of Guinea", (), (-3, 6.5, -10, 10)),
    ("Strait of Hormuz", (), (26, 27, 55.5, 57)),
    ("English Channel", (), (48.5, 51, -5.5, 1.5)),
)

# name, other names, members (ISO country codes, or "CC.ADM1" for first-order divisions)
REGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Middle East", ("Mideast",),
     ("EG", "IL", "PS", "JO", "LB", "SY", "IQ", "IR", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "TR", "CY")),
    ("Latin America", (),
     ("MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU", "DO", "HT", "CO", "VE", "EC", "PE", "BO", "BR", "PY",
      "UY", "AR", "CL")),
    ("Central America", (), ("GT", "BZ", "SV", "HN", "NI", "CR", "PA")),
    ("Balkans", ("Western Balkans",), ("AL", "BA", "HR", "XK", "ME", "MK", "RS", "SI", "BG")),
    ("Maghreb", (), ("MA", "DZ", "TN", "LY", "MR")),
    ("Horn of Africa", (), ("SO", "ET", "ER", "DJ")),
    ("West Africa", (), ("NG", "GH", "CI", "SN", "ML", "BF", "NE", "GN", "SL", "LR", "TG", "BJ", "GM", "GW", "MR")),
    ("East Africa", (), ("KE", "TZ", "UG", "RW", "BI", "ET", "SO", "SS")),
    ("Southeast Asia", ("South-East Asia", "South East Asia"),
     ("TH", "VN", "KH", "LA", "MM", "MY", "SG", "ID", "PH", "BN", "TL")),
    ("South Asia", (), ("IN", "PK", "BD", "NP", "LK", "BT", "AF")),
    ("Central Asia", (), ("KZ", "UZ", "TM", "KG", "TJ")),
    ("East Asia", (), ("CN", "JP", "KR", "KP", "MN", "TW")),
    ("Scandinavia", (), ("NO", "SE", "DK")),
    ("Soviet Union", ("USSR", "former Soviet Union"),
     ("RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ")),
    ("West Coast", ("US West Coast",), ("US.WA", "US.OR", "US.CA")),
    ("East Coast", ("US East Coast", "Eastern Seaboard"),
     ("US.ME", "US.NH", "US.MA", "US.RI", "US.CT", "US.NY", "US.NJ", "US.DE", "US.MD", "US.VA", "US.NC", "US.SC",
      "US.GA", "US.FL")),
    ("Midwest", (),
     ("US.OH", "US.IN", "US.IL", "US.MI", "US.WI", "US.MN", "US.IA", "US.MO", "US.ND", "US.SD", "US.NE", "US.KS")),
    ("New England", (), ("US.ME", "US.NH", "US.VT", "US.MA", "US.RI", "US.CT")),
    ("Pacific Northwest", (), ("US.WA", "US.OR", "US.ID")),
    ("Levant", (), ("SY", "LB", "IL", "PS", "JO")),
    # conflict regions named in news that are no single division of their country
    ("Darfur", (), ("SD.47", "SD.49", "SD.55", "SD.60", "SD.61")),
    ("Donbas", ("Donbass",), ("UA.05", "UA.14")),
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
