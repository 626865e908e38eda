"""Where accounts are headquartered: a country, or a region of the world ("Europe", "Asia", "LATAM")
that stands for the countries in it. Country names as the CRM writes them, misspellings included."""

from __future__ import annotations

from memory.normalise import name_key

_REGIONS: dict[str, tuple[str, ...]] = {
    "europe": (
        "Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Czechia", "Denmark",
        "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Latvia",
        "Lithuania", "Luxembourg", "Malta", "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Serbia",
        "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Ukraine", "United Kingdom", "UK", "England",
        "Scotland", "Wales",
    ),
    "asia": (
        "China", "Hong Kong", "India", "Indonesia", "Israel", "Japan", "Jordan", "Korea", "South Korea", "Malaysia",
        "Pakistan", "Philippines", "Philipines", "Saudi Arabia", "Singapore", "Taiwan", "Thailand", "Turkey",
        "United Arab Emirates", "UAE", "Vietnam", "Qatar", "Kuwait", "Lebanon", "Bangladesh", "Sri Lanka",
    ),
    "middle east": ("Israel", "Jordan", "Saudi Arabia", "United Arab Emirates", "UAE", "Qatar", "Kuwait", "Lebanon",
                    "Turkey", "Iran", "Iraq", "Oman", "Bahrain"),
    "africa": ("Algeria", "Egypt", "Ethiopia", "Ghana", "Kenya", "Morocco", "Nigeria", "South Africa", "Tanzania",
               "Tunisia", "Uganda", "Senegal"),
    "north america": ("United States", "Canada", "Mexico"),
    "latin america": ("Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic",
                      "Ecuador", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay",
                      "Peru", "Uruguay", "Venezuela"),
    "south america": ("Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Paraguay", "Peru", "Uruguay",
                      "Venezuela"),
    "central america": ("Costa Rica", "El Salvador", "Guatemala", "Honduras", "Nicaragua", "Panama"),
    "oceania": ("Australia", "New Zealand", "Fiji"),
}  # fmt: skip
_ALIASES = {
    "eu": "europe", "european": "europe", "asian": "asia", "apac": "asia", "asia pacific": "asia",
    "african": "africa", "latam": "latin america", "south american": "south america", "australasia": "oceania",
}  # fmt: skip


def region_countries(text: str) -> tuple[str, ...] | None:
    """The countries of a region named in ``text`` ("Europe", "european", "LATAM"), or None if it names no region."""
    key = " ".join(text.lower().replace("-", " ").split()).removeprefix("the ")
    region = _ALIASES.get(key, key)
    return _REGIONS.get(region)


def is_place(text: str) -> bool:
    """Whether ``text`` names a region or one of the countries this module knows ("Japan", "Europe")."""
    key = " ".join(text.lower().replace("-", " ").split()).removeprefix("the ")
    return region_countries(key) is not None or any(key == c.lower() for cs in _REGIONS.values() for c in cs)


def region_label(text: str) -> str:
    key = " ".join(text.lower().replace("-", " ").split()).removeprefix("the ")
    return _ALIASES.get(key, key).title()


def in_region(country: str, countries: tuple[str, ...]) -> bool:
    return name_key(country) in {name_key(c) for c in countries}
