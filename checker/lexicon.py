"""Word lists for the quantity, date and frame extractors, kept in one place.

Extractors import from here so a new hedge, currency or synonym is one edit.
Attribution cue words live in the attribution stage's own module, not here.
"""

from __future__ import annotations

import math
import re

# --- numbers ---------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Multipliers written as words ("three thousand", "two dozen").
SCALE_WORDS: dict[str, float] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6,
    "billion": 1e9, "trillion": 1e12,
}
#: Scales after digits ("5 dozen", "2.4 million"); the South Asian ones only there ("Rs 5,000 crore").
SCALE_WORDS_AFTER_DIGITS: dict[str, float] = {
    "dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
#: Multipliers written as abbreviations after digits ("10k", "$2bn", "£85m").
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9,
    "tn": 1e12, "trn": 1e12,
}

# --- hedges -------------------------------------------------------------------
# Each hedge maps to a rule turning the written value v into (low, high):
#   approx  -> (v * (1 - APPROX), v * (1 + APPROX))
#   nearly  -> (v * (1 - APPROX), v)
#   above / at_least -> (v, inf)   "more than 150", "at least 150"
#   just_above -> (v, v * (1 + APPROX))
#   below / at_most -> (0, v)      "fewer than 50", "up to 50"
# Strict bounds keep the written value: records hold closed intervals with
# low <= value <= high, so "more than 150" cannot exclude its own 150; a
# report of exactly 150 is a rounding difference, not a conflict.

#: Relative width of "about", "around" and the like.
APPROX = 0.10

HEDGES: dict[str, str] = {
    "about": "approx", "around": "approx", "roughly": "approx",
    "approximately": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "an approximate": "approx", "circa": "approx",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "just shy of": "nearly", "nearly to": "nearly",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least",
    "more than": "above", "over": "above", "upwards of": "above",
    "in excess of": "above", "above": "above", "well over": "above",
    "well above": "above", "exceeding": "above", "greater than": "above",
    "higher than": "above", "lower than": "below",
    # A count that a verb says was passed ("passes 40 cases", "topped 1,000")
    # is a lower bound, as "more than 40" is.
    "passes": "above", "passed": "above", "tops": "above", "topped": "above",
    "exceeds": "above", "exceeded": "above", "surpasses": "above", "surpassed": "above",
    "just over": "just_above", "just above": "just_above",
    "slightly more than": "just_above", "a little over": "just_above",
    "up to": "at_most", "as many as": "at_most", "at most": "at_most",
    "no more than": "at_most", "not more than": "at_most", "a maximum of": "at_most",
    "as much as": "at_most",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
}
#: Hedge phrases whose leading article is dropped in ``Quantity.hedge``.
HEDGE_CANONICAL: dict[str, str] = {
    "an estimated": "estimated", "an approximate": "approximately",
    "a minimum of": "minimum of", "a maximum of": "maximum of",
    "a little over": "just over",
}


#: Relative width of "about" on a figure written to three significant digits
#: or more ("about 258,000", "about 99.4%"): the writer rounded little.
APPROX_PRECISE = 0.03


def approx_width(value: float) -> float:
    """How far "about ``value``" may lie from ``value``: a tenth of it, or
    less when the figure is written precisely (see ``APPROX_PRECISE``), but
    never less than three steps of its last digit."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    significant = len(digits.rstrip("0")) if "." not in text else len(digits)
    if significant < 3:
        return abs(value) * APPROX
    step = 10.0 ** -len(text.split(".")[1]) if "." in text else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return max(3 * step, abs(value) * APPROX_PRECISE)


def hedge_bounds(rule: str, low: float, high: float) -> tuple[float, float]:
    """Widen the written interval ``[low, high]`` by a hedge rule from HEDGES."""
    if rule == "approx":
        return low - approx_width(low), high + approx_width(high)
    if rule == "nearly":
        return low - approx_width(low), high
    if rule in ("above", "at_least"):
        return low, math.inf
    if rule == "just_above":
        return low, high + approx_width(high)
    if rule in ("below", "at_most"):
        return 0.0, high
    return low, high


# --- vague amounts ------------------------------------------------------------
#: "hundreds", "thousands": the plural of a scale means [2x, 10x - 1].
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9,
}
#: "tens of thousands" -> [2 * 10 * 1000, 10 * 10 * 1000 - 1].
VAGUE_MULTIPLES: dict[str, float] = {"tens": 10, "hundreds": 100}
#: "several hundred" -> [3x, 9x]; "a few thousand" -> [2x, 5x].
VAGUE_QUANTIFIERS: dict[str, tuple[float, float]] = {
    "several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3),
    "few": (2, 5),
}

# --- currencies and units -----------------------------------------------------
#: Symbols written before the number; longest first when building regexes.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "N$": "NAD", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB",
    "₴": "UAH", "₪": "ILS", "₺": "TRY", "Rs.": "INR", "Rs": "INR",
    "₦": "NGN", "₱": "PHP", "₫": "VND", "GH₵": "GHS", "GH¢": "GHS", "₵": "GHS", "฿": "THB", "₸": "KZT", "₾": "GEL", "₼": "AZN",
    # Only against a number that reads as money (see quantities._RAND_DIGIT):
    # "R3.25 billion", and the naira as Nigerian papers type it, "N2.46 trillion".
    "R": "ZAR", "N": "NGN",
}
#: The unit of a bare "$" in coverage that also writes other countries'
#: dollars (A$, C$, NZ$...): the writer's local dollar, which may or may not
#: be the US dollar, so it is compared only with other bare "$" figures.
SOME_DOLLAR = "$"
#: A dollar marked with its country ("A$95 million", "95 million Canadian dollars").
MARKED_LOCAL_DOLLAR = re.compile(
    r"\b(?:A|AU|C|CA|NZ|HK|S|NT|R|N)\$|\b(?:Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan|Namibian)(?:\s+|-)dollars?\b"
)
#: A "$" with no country letters before it.
BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")

CURRENCY_CODES: frozenset[str] = frozenset({
    "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB", "INR", "RUB", "UAH", "CHF",
    "CAD", "AUD", "HKD", "SGD", "NZD", "BRL", "ILS", "TRY", "SEK", "NOK", "DKK",
    "PLN", "ZAR", "MXN", "KPW", "TWD", "NGN", "PHP", "VND", "GHS", "THB", "KZT", "GEL", "AZN", "XOF", "XAF", "NAD",
    # South Asian rupees other than India's ("NPR 1,400,000", "1.4 million Nepali rupees").
    "NPR", "PKR", "LKR",
    "MNT", "BGN", "ETB", "BDT", "MMK", "BOB", "PEN",
})
#: Codes of currencies whose unit is their name, shared with other countries'
#: money of that name ("AED 15,000" is "15,000 UAE dirhams").
CODE_UNITS: dict[str, str] = {"AED": "dirhams"}
#: Currency names written after the number ("45 billion yen").
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "sterling": "GBP", "pence": "GBX", "yen": "JPY", "won": "KRW", "yuan": "CNY",
    "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "roubles": "RUB",
    "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "hryvnias": "UAH",
    "hryvnia": "UAH", "swiss francs": "CHF", "francs": "CHF", "franc": "CHF",
    # The West African CFA franc (the Central African one, XAF, is at par and
    # written the same way, so one unit serves both).
    "cfa francs": "XOF", "cfa franc": "XOF", "francs cfa": "XOF", "fcfa": "XOF",
    "shekels": "ILS", "lira": "TRY", "liras": "TRY",
    "kronor": "SEK", "koruna": "CZK", "korun": "CZK", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF",
    "forint": "HUF", "lei": "RON", "rupiah": "IDR", "baht": "THB", "ringgit": "MYR", "naira": "NGN",
    "krónur": "ISK", "kronur": "ISK",
    "dong": "VND", "lari": "GEL", "laris": "GEL", "tugrik": "MNT", "tugriks": "MNT", "tögrög": "MNT",
    "togrog": "MNT", "tenge": "KZT", "leva": "BGN", "lev": "BGN", "birr": "ETB", "taka": "BDT", "kyat": "MMK",
    "cedis": "GHS", "cedi": "GHS", "bolivianos": "BOB", "boliviano": "BOB", "reais": "BRL", "rand": "ZAR",
    "soles": "PEN", "kwacha": "kwacha",
    # Several countries' currencies: a unit of its own, compared only with itself.
    "pesos": "pesos", "peso": "pesos", "shillings": "shillings", "dirhams": "dirhams", "dinars": "dinars",
    "dinar": "dinars",
    # A country's name before the currency's: its own money, or that name's unit.
    "nepali rupees": "NPR", "nepalese rupees": "NPR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "indian rupees": "INR", "uae dirhams": "dirhams", "emirati dirhams": "dirhams", "moroccan dirhams": "dirhams",
    "kenyan shillings": "shillings", "ugandan shillings": "shillings", "tanzanian shillings": "shillings",
    "mexican pesos": "MXN", "philippine pesos": "PHP",
}
#: Every unit that is a sum of money: codes, currencies named by word ("CZK",
#: "dirhams") and the writer's own dollar.
MONEY_UNITS: frozenset[str] = CURRENCY_CODES | frozenset(CURRENCY_WORDS.values()) - {"GBX"} | {SOME_DOLLAR}
#: Things a sum of money is the value of ("a $2bn deal", "the R$11.8bn settlement").
PRICED_NOUNS: frozenset[str] = frozenset(
    "package deal fund settlement loan contract budget bailout grant fine programme program investment offer bid "
    "takeover payout scheme stimulus subsidy agreement acquisition".split())
#: Units of measure, written after the number (or hyphenated: "10-km").
MEASURE_UNITS: dict[str, str] = {
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2",
    "km2": "km2", "km²": "km2", "square miles": "mi2",
    "square km": "km2", "sq. km": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "square mile": "mi2", "sq mi": "mi2", "sq miles": "mi2",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "km": "km", "miles": "mi", "mile": "mi", "mi": "mi", "metres": "m", "meters": "m",
    "metre": "m", "meter": "m", "centimetres": "cm", "cm": "cm", "mm": "mm",
    "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "feet": "ft", "ft": "ft", "foot": "ft", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
    "metric tons": "t", "metric tonnes": "t", "metric ton": "t", "metric tonne": "t", "kilograms": "kg", "kilogrammes": "kg", "kg": "kg",
    "hectares": "ha", "hectare": "ha", "acres": "acres", "litres": "l",
    "liters": "l", "gallons": "gal", "megawatts": "MW", "megawatt": "MW", "mw": "MW",
    # A gallon named as US or imperial is that gallon, not either.
    "us gallons": "gal_us", "u.s. gallons": "gal_us", "us gallon": "gal_us",
    "imperial gallons": "gal_imp", "imperial gallon": "gal_imp",
    "gigawatts": "GW", "gigawatt": "GW", "gw": "GW", "degrees celsius": "degC", "degrees centigrade": "degC",
    "degrees fahrenheit": "degF", "degrees": "deg", "°c": "degC", "°f": "degF",
    "yards": "yd", "yard": "yd", "inches": "in", "inch": "in",
    "mph": "mph", "miles per hour": "mph", "km/h": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "kph": "km/h", "km/hr": "km/h", "knots": "kn",
    "square feet": "ft2", "square foot": "ft2", "square-foot": "ft2", "square-feet": "ft2", "sq ft": "ft2",
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2",
    "square-metre": "m2", "square-meter": "m2", "sq m": "m2",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3", "m³": "m3",
    "cubic feet": "ft3", "cubic foot": "ft3",
    # River flows ("2,870 m³/s", "2,780 cubic metres per second", "about 101,400 cubic feet per second").
    "cubic metres per second": "m3/s", "cubic meters per second": "m3/s", "m³/s": "m3/s", "m3/s": "m3/s",
    "cumecs": "m3/s", "cubic feet per second": "ft3/s", "cfs": "ft3/s",
    # Smaller flows: a leak or an inflow ("90 litres a second", "320 cubic metres an hour").
    "litres per second": "l/s", "liters per second": "l/s", "litres a second": "l/s", "liters a second": "l/s",
    "l/s": "l/s", "cubic metres an hour": "m3/h", "cubic meters an hour": "m3/h", "cubic metres per hour": "m3/h",
    "cubic meters per hour": "m3/h", "m3/h": "m3/h", "m³/h": "m3/h",
    # Concentrations of fine particles in air ("286 µg/m³", "268 micrograms per cubic metre"),
    # with the micro sign or the Greek mu.
    "micrograms per cubic metre": "ug/m3", "micrograms per cubic meter": "ug/m3", "µg/m³": "ug/m3",
    "µg/m3": "ug/m3", "μg/m³": "ug/m3", "μg/m3": "ug/m3", "ug/m3": "ug/m3", "ug/m³": "ug/m3", "mcg/m3": "ug/m3",
    # Gold and silver are weighed in troy ounces (31.1 g), never written as plain "oz" here.
    "troy ounces": "ozt", "troy ounce": "ozt",
    # Pressures ("743 mmHg (14.37 psi)", "98.5 kilopascals", "1,013 hPa").
    "mmhg": "mmHg", "millimetres of mercury": "mmHg", "millimeters of mercury": "mmHg",
    "psi": "psi", "pounds per square inch": "psi", "kilopascals": "kPa", "kilopascal": "kPa", "kpa": "kPa",
    "hectopascals": "hPa", "hectopascal": "hPa", "hpa": "hPa", "millibars": "hPa", "millibar": "hPa", "mbar": "hPa",
}
#: Units of data and frequency, often written against the number ("8GB", "2.7GHz").
COMPACT_UNITS: dict[str, str] = {
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kilobytes": "KB", "megabytes": "MB", "gigabytes": "GB",
    "terabytes": "TB", "mhz": "MHz", "ghz": "GHz", "megahertz": "MHz", "gigahertz": "GHz",
}
#: What a market level is of: "the euro gained 0.3% to $1.1834", "shares closed at 1,247p".
MARKET_NOUNS = frozenset({"yield", "yields", "index", "price", "prices", "share", "shares", "stock", "stocks",
                          "euro", "dollar", "yen", "pound", "sterling", "franc", "bond", "bonds", "futures",
                          "crude", "oil", "gold", "copper", "bitcoin", "currency", "kospi", "nikkei", "rate"})
#: Units converted before comparison, so "170,000 square feet" and "15,800
#: square metres" are one figure: unit -> (canonical unit, factor).
UNIT_CONVERSIONS: dict[str, tuple[str, float]] = {
    "bp": ("pp", 0.01),
    # A mark out of 100 is a percentage of the full mark: "42 out of 100" / "less than 41.5 %".
    "/100": ("%", 1.0),
    "mi": ("km", 1.609344), "ft": ("m", 0.3048), "yd": ("m", 0.9144), "cm": ("m", 0.01), "mm": ("m", 0.001),
    "in": ("m", 0.0254),
    "ft2": ("m2", 0.09290304), "mi2": ("km2", 2.58998811),
    # Volumes are compared in litres: "around 880 cubic metres" of a cargo in tonnes and litres.
    "m3": ("l", 1000.0), "ft3": ("l", 28.316846592), "ft3/s": ("m3/s", 0.028316846592),
    "l/s": ("m3/s", 0.001), "m3/h": ("m3/s", 1 / 3600),
    # Hectares and acres are compared as square kilometres: "581,600 hectares, equivalent to 5,816 square kilometres".
    "ha": ("km2", 0.01), "acres": ("km2", 0.0040468564),
    "mph": ("km/h", 1.609344), "kn": ("km/h", 1.852), "gal": ("l", 3.78541178), "kg": ("t", 0.001),
    "gal_us": ("l", 3.78541178), "gal_imp": ("l", 4.54609),
    "GW": ("MW", 1000.0), "ozt": ("t", 3.11034768e-5),
    # Pressures are compared in kilopascals.
    "mmHg": ("kPa", 0.133322387), "psi": ("kPa", 6.894757293), "hPa": ("kPa", 0.1),
    # Share prices in London are quoted in pence: "1,247p", "1,053 pence".
    "GBX": ("GBP", 0.01),
}
#: Temperatures written against the number ("48.1C", "4°C (39°F)", "118.6 °F").
#: Case-sensitive: a lower-case "c" or "f" after a number is not a scale.
TEMPERATURE_MARKS = {"C": "degC", "F": "degF"}
#: Units whose conversion has an offset: unit -> (canonical unit, factor,
#: offset), canonical = (value + offset) * factor. A bare "degrees" is
#: "deg" until the event tells which scale it is (``pipeline._temperature_scales``).
AFFINE_CONVERSIONS: dict[str, tuple[str, float, float]] = {"degF": ("degC", 5 / 9, -32.0)}


#: How a unit code reads in explanations, where it differs from the code.
UNIT_DISPLAY = {"degC": "°C", "degF": "°F", "deg": "degrees", "in": "inches", "gal_us": "US gallons",
                "gal_imp": "imperial gallons"}


def canonical_unit(unit: str) -> str:
    """The unit a quantity is compared in: "ft" -> "m", "degF" -> "degC"."""
    if unit in AFFINE_CONVERSIONS:
        return AFFINE_CONVERSIONS[unit][0]
    return UNIT_CONVERSIONS.get(unit, (unit, 1.0))[0]


def converted(unit: str) -> tuple[str, float]:
    """A unit as the scale it is converted to: two units of one scale
    ("%" and "/100") compare exactly; converting others rounds."""
    return (unit, 1.0) if unit in AFFINE_CONVERSIONS else UNIT_CONVERSIONS.get(unit, (unit, 1.0))


def to_canonical(unit: str, value: float) -> float:
    """``value`` in ``unit`` expressed in :func:`canonical_unit` (``unit``)."""
    if unit in AFFINE_CONVERSIONS:
        _, factor, offset = AFFINE_CONVERSIONS[unit]
        return (value + offset) * factor
    return value * UNIT_CONVERSIONS.get(unit, (unit, 1.0))[1]
#: Durations are quantities with a time unit ("lasted 12 days").
DURATION_UNITS: dict[str, str] = {
    "seconds": "seconds", "minutes": "minutes", "minute": "minutes",
    "hours": "hours", "hour": "hours", "days": "days", "day": "days",
    "weeks": "weeks", "week": "weeks", "months": "months", "month": "months",
    "years": "years", "year": "years", "decades": "decades",
}
#: Hyphenated durations that are idioms, not quantities ("a 40-year high").
DURATION_IDIOMS: frozenset[str] = frozenset({"high", "low", "record", "peak", "best", "worst"})
#: Words before "over <duration>" that make "over" a hedge ("lasted over two
#: years", "the pulse width was over 0.04 seconds"); elsewhere "over two
#: years" means "during".
DURATION_HEDGE_VERBS: frozenset[str] = frozenset({
    "for", "last", "lasted", "lasting", "took", "take", "takes", "taking", "spent", "spend",
    "is", "was", "are", "were", "be", "been",
})
#: Verbs after which "over" means "across", whatever follows: "the hearings
#: ran over 11 sessions", "the fire spread over 300 hectares".
ACROSS_VERBS: frozenset[str] = frozenset({
    "ran", "run", "runs", "running", "spread", "spreads", "spreading", "stretched", "stretches", "stretching",
    "spanned", "spans", "spanning", "split", "divided", "scattered", "spread out",
})
#: Verbs whose particle is "over": "handed over 12 objects" hands 12, not more.
OVER_PARTICLE_VERBS: frozenset[str] = frozenset({
    "hand", "handed", "hands", "handing", "turn", "turned", "turns", "turning", "sign", "signed", "signs",
    "signing", "pass", "passed", "passes", "passing", "fork", "forked", "forks", "forking",
})
PERCENT_WORDS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%",
    "percentage points": "pp", "percentage point": "pp",
    "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp",
}

# --- what is not a count ------------------------------------------------------
#: A number right after one of these is an identifier ("Article 5", "No. 10").
ID_NOUNS: frozenset[str] = frozenset({
    "article", "resolution", "route", "flight", "room", "gate", "platform",
    "chapter", "section", "paragraph", "page", "no", "no.", "nos", "number",
    "case", "bill", "item", "highway", "interstate", "line", "bus", "seat",
    "unit", "level", "phase", "stage", "grade", "apollo", "boeing", "airbus",
    "model", "version", "channel", "pier", "terminal", "ward", "box", "lot",
    "code", "tier", "class", "category", "division", "brigade", "battalion",
    "regiment", "district", "precinct", "block", "building", "floor", "exit",
    "junction", "track", "episode", "season", "volume", "vol", "vol.", "psalm",
    "amendment", "clause", "rule", "act", "plan", "mark", "mk", "type",
    "window", "hall", "station", "lane", "street", "avenue", "road",
})
#: Words right after a number that make it a clock time ("2 p.m.", "0900 GMT").
#: Hours ahead of GMT of the zones whose offset is unambiguous ("CST" is
#: both Chicago and China, "IST" India, Ireland and Israel: left out).
ZONE_OFFSETS: dict[str, float] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 1, "wet": 0, "west": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "msk": 3, "kst": 9, "jst": 9, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
    "pdt": -7, "hkt": 8, "sgt": 8, "pht": 8, "aest": 10, "aedt": 11, "wib": 7, "wita": 8, "wit": 9,
    "ict": 7, "cat": 2, "eat": 3, "wat": 1, "sast": 2,
}
#: Zones spelled out, and the abbreviation they stand for.
ZONE_NAMES: dict[str, str] = {
    "greenwich mean time": "gmt", "coordinated universal time": "utc", "british summer time": "bst",
    "central european time": "cet", "central european summer time": "cest",
    "eastern european time": "eet", "eastern european summer time": "eest",
    "western european time": "wet", "western european summer time": "west",
    "eastern standard time": "est", "eastern daylight time": "edt", "central daylight time": "cdt",
    "mountain standard time": "mst", "mountain daylight time": "mdt",
    "pacific standard time": "pst", "pacific daylight time": "pdt", "moscow time": "msk",
    "central africa time": "cat", "central african time": "cat", "east africa time": "eat",
    "west africa time": "wat", "south african standard time": "sast", "western indonesia time": "wib",
}
#: Every zone abbreviation the checker knows, one list for every stage: the
#: date grammar's offsets above, zones it reads without an offset ("IST"
#: below, "CST" for two clocks), and zones a live page's stamps use.
ZONE_ABBREVIATIONS: frozenset[str] = frozenset(ZONE_OFFSETS) | {
    "ist", "cst", "npt", "pkt", "nzst", "nzdt", "clt", "brt",
}
#: Those that are also words or given names ("Cat", "West", "Z"): never read
#: as a zone where a capitalised word may be a name or open a sentence.
ZONES_ALSO_WORDS: frozenset[str] = frozenset({"z", "cat", "wit", "west", "wet"})
#: Zones a clock time or a live page's stamp may carry in running text.
CLOCK_ZONES: frozenset[str] = ZONE_ABBREVIATIONS - ZONES_ALSO_WORDS
#: Zones whose letters stand for several clocks ("IST": India, Ireland,
#: Israel), read as the one English news means by far the most often, with
#: the country whose clock it is: a report there tells its own local time.
HOME_ZONES: dict[str, tuple[str, str]] = {"ist": ("Asia/Kolkata", "india")}
#: Countries by their common English names, lowercased: a sentence naming one
#: tells where its clock time happened.
COUNTRIES: frozenset[str] = frozenset("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
""".split()) | frozenset({
    "sri lanka", "south africa", "south korea", "north korea", "new zealand", "saudi arabia", "united states",
    "united kingdom", "united arab emirates", "costa rica", "el salvador", "sierra leone", "south sudan",
    "east timor", "papua new guinea", "north macedonia", "dominican republic", "ivory coast", "czech republic",
    "cape verde", "equatorial guinea", "the netherlands", "the philippines", "uk", "us", "usa", "uae",
})
#: A place's own clock ("16:25 Cairo time", "Brasília time"): the IANA zone,
#: read with its summer time on the day in question.
PLACE_ZONES: dict[str, str] = {
    "cairo": "Africa/Cairo", "egyptian": "Africa/Cairo", "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "singapore": "Asia/Singapore", "spanish": "Europe/Madrid",
    "madrid": "Europe/Madrid", "philippine": "Asia/Manila", "manila": "Asia/Manila", "new york": "America/New_York",
    "mauritius": "Indian/Mauritius", "johannesburg": "Africa/Johannesburg", "south african": "Africa/Johannesburg",
    "uk": "Europe/London", "london": "Europe/London", "peru": "America/Lima", "lima": "America/Lima",
    "odesa": "Europe/Kyiv", "kyiv": "Europe/Kyiv", "ukrainian": "Europe/Kyiv", "minneapolis": "America/Chicago",
    "la paz": "America/La_Paz", "bolivian": "America/La_Paz", "korean": "Asia/Seoul", "seoul": "Asia/Seoul",
    "italian": "Europe/Rome", "rome": "Europe/Rome", "hanoi": "Asia/Ho_Chi_Minh", "vietnamese": "Asia/Ho_Chi_Minh",
    "greek": "Europe/Athens", "athens": "Europe/Athens", "geneva": "Europe/Zurich", "swiss": "Europe/Zurich",
    "copenhagen": "Europe/Copenhagen", "danish": "Europe/Copenhagen", "buenos aires": "America/Argentina/Buenos_Aires",
    "argentina": "America/Argentina/Buenos_Aires", "argentine": "America/Argentina/Buenos_Aires",
    "beijing": "Asia/Shanghai", "chinese": "Asia/Shanghai", "bali": "Asia/Makassar", "tokyo": "Asia/Tokyo",
    "japan": "Asia/Tokyo", "hong kong": "Asia/Hong_Kong", "nairobi": "Africa/Nairobi", "kenyan": "Africa/Nairobi",
    "lagos": "Africa/Lagos", "nigerian": "Africa/Lagos", "istanbul": "Europe/Istanbul", "turkish": "Europe/Istanbul",
    "tehran": "Asia/Tehran", "gulf": "Asia/Dubai", "dubai": "Asia/Dubai", "mexico city": "America/Mexico_City",
    "paris": "Europe/Paris", "french": "Europe/Paris", "berlin": "Europe/Berlin", "german": "Europe/Berlin",
    "sydney": "Australia/Sydney", "delhi": "Asia/Kolkata", "indian": "Asia/Kolkata", "jakarta": "Asia/Jakarta",
    "bangkok": "Asia/Bangkok", "thai": "Asia/Bangkok", "santiago": "America/Santiago", "chilean": "America/Santiago",
    "lisbon": "Europe/Lisbon", "portuguese": "Europe/Lisbon", "warsaw": "Europe/Warsaw", "polish": "Europe/Warsaw",
    "kathmandu": "Asia/Kathmandu", "nepal": "Asia/Kathmandu", "karachi": "Asia/Karachi", "pakistan": "Asia/Karachi",
    "dhaka": "Asia/Dhaka", "addis ababa": "Africa/Addis_Ababa", "ethiopian": "Africa/Addis_Ababa",
    "lusaka": "Africa/Lusaka", "tbilisi": "Asia/Tbilisi", "georgian": "Asia/Tbilisi",
}
#: What the date grammar reads as a time's zone: the zones with an offset,
#: "CST" and "IST", US regional zones, words for local time, and zone names
#: (not the stamp-only zones of ``ZONE_ABBREVIATIONS``, which it has no offset for).
TIME_ZONES: frozenset[str] = frozenset(ZONE_OFFSETS) | {"cst", "ist", "et", "pt", "hrs", "hours gmt", "local time",
                                                      "local"} | frozenset(ZONE_NAMES)
#: Words in the sentence that make "555-0143" a phone number, not a range.
PHONE_CUES: frozenset[str] = frozenset({
    "call", "phone", "telephone", "tel", "hotline", "dial", "fax", "helpline",
    "number", "text", "whatsapp", "contact", "ring", "reach",
})
#: Nouns that, before ", 44,", make the number an age ("his son, 12,").
PERSON_NOUNS: frozenset[str] = frozenset({
    "man", "woman", "boy", "girl", "son", "daughter", "wife", "husband",
    "mother", "father", "brother", "sister", "child", "teenager", "student",
    "victim", "suspect", "driver", "resident", "friend", "partner", "grandmother",
    "grandfather", "widow", "officer", "soldier",
})
#: "N days after/ago" and "the past N days" are dates, not quantities.
DATE_OFFSET_AFTER: frozenset[str] = frozenset({
    "ago", "later", "earlier", "before", "after", "from", "since", "on",
})
DATE_PERIOD_BEFORE: frozenset[str] = frozenset({
    "past", "last", "next", "previous", "coming", "first", "final", "recent",
})
#: Prepositions before a bare 1900-2100 number that make it a year.
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "before", "after",
    "during", "through", "to", "between", "and", "early", "late", "mid",
    "around", "circa", "throughout",
})

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"]
#: Day-of-month ordinals written as words ("the fifth of November").
ORDINAL_DAYS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth"])},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS)},
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

# --- what a number counts -----------------------------------------------------
#: Canonical key -> the nouns (lowercase text or lemma) that count it.
COUNTED_GROUPS: dict[str, tuple[str, ...]] = {
    "troops": ("troops", "troop", "soldiers", "soldier", "personnel", "forces",
               "force", "servicemen", "serviceman", "servicemembers",
               "marines", "paratroopers", "reservists", "reservist", "special forces", "armed forces",
               "conscripts", "recruits", "infantry", "contingent",
               "reinforcements", "service members", "army"),
    "workers": ("workers", "worker", "employees", "employee", "staff",
                "staffers", "jobs", "job", "positions", "roles", "role", "workforce",
                "job cuts", "job losses", "layoffs", "redundancies"),
    "people": ("people", "persons", "person", "individuals", "population"),
    "deaths": ("deaths", "death", "dead", "killed", "died", "fatalities",
               "fatality", "lives", "life", "bodies", "body", "death toll",
               "dead bodies"),
    # A statistical estimate of deaths above the usual, not a count of victims.
    "excess deaths": ("excess deaths", "excess death", "excess mortality"),
    "injuries": ("injuries", "injury", "injured", "wounded", "hurt"),
    "casualties": ("casualties", "casualty"),
    "arrests": ("arrests", "arrest", "arrested", "detained", "detentions",
                "detainees", "detainee"),
    "missing": ("missing", "unaccounted"),
    "civilians": ("civilians", "civilian", "non-combatants"),
    "protesters": ("protesters", "protester", "protestors", "demonstrators",
                   "demonstrator", "marchers", "crowd", "turnout", "participants",
                   "attendees", "attendance"),
    "crew": ("crew", "crew members", "crewmembers", "crewmen", "sailors", "seafarers",
             "crew member"),
    "refugees": ("refugees", "refugee", "asylum seekers", "asylum-seekers"),
    "displaced": ("displaced", "evacuees", "evacuee", "evacuated"),
    "migrants": ("migrants", "migrant"),
    "residents": ("residents", "resident", "inhabitants", "locals",
                  "villagers", "villager"),
    "children": ("children", "child", "kids", "minors"),
    "students": ("students", "student", "pupils"),
    "militants": ("militants", "militant", "fighters", "fighter", "insurgents",
                  "rebels", "gunmen", "combatants"),
    "police": ("police", "policemen", "police officers", "officers",
               "police personnel"),
    "hostages": ("hostages", "hostage", "captives"),
    "prisoners": ("prisoners", "prisoner", "inmates", "pows"),
    "missiles": ("missiles", "missile", "ballistic missiles"),
    "drones": ("drones", "drone", "uavs"),
    "rockets": ("rockets", "rocket"),
    "tanks": ("tanks", "tank"),
    "vehicles": ("vehicles", "vehicle", "armoured vehicles", "armored vehicles",
                 "cars"),
    "aircraft": ("aircraft", "planes", "jets", "warplanes", "helicopters"),
    "ships": ("ships", "vessels", "boats", "warships"),
    "homes": ("homes", "home", "houses", "house", "households", "dwellings"),
    "votes": ("votes", "vote"),
    # The votes that count, not all those cast ("5,164,656 valid votes" / "5,236,118 votes cast").
    "valid votes": ("valid votes", "valid vote", "valid ballots", "valid ballot"),
    # "a majority of 6,276", "Okafor-Price's majority of 6,726": a winner's
    # lead in votes, not the votes themselves.
    "majority": ("majority", "majorities"),
    "voters": ("voters", "voter", "electors"),
    "seats": ("seats", "seat"),
    "cases": ("cases", "case", "infections", "infection"),
    "recoveries": ("recoveries", "recovery"),
    "patients": ("patients", "patient"),
    "passengers": ("passengers", "passenger"),
    # A farm's or a river's fish, named by their kind or not ("1,140,000
    # Atlantic salmon" / "1.14 million fish").
    "fish": ("fish", "salmon", "trout"),
    # Herds counted by the head: "3,271,900 head of livestock", "dead animals".
    "animal": ("animals", "animal", "livestock"),
    # An airport's take-offs and landings: "212 movements", "221 flights".
    # Both directions counted together are the flights: "all 164 arrivals
    # and departures scheduled for Monday" / "146 flights on Monday".
    "flight": ("flights", "flight", "movements", "aircraft movements", "arrival and departure",
               "departure and arrival", "landing and takeoff", "takeoff and landing"),
    # The key is the lemma these nouns had before they were grouped.
    "customer": ("customers", "customer", "clients", "client", "account holders"),
    "transaction": ("transactions", "transaction", "payments", "payment"),
    "packs": ("packs", "pack", "packages", "package", "packets", "packet", "cartons", "carton"),
    "reviews": ("reviews", "review", "reviewers", "reviewer", "critics", "critic"),
    # A side's fixtures: "lost nine of their 11 league matches" / "seven of their 11 league games".
    "match": ("matches", "match", "games", "game"),
    "exams": ("exams", "exam", "examinations", "examination"),
    # A collection's things: "handed 74 objects back" / "47 bronze and brass artefacts".
    "artefacts": ("artefacts", "artefact", "artifacts", "artifact", "objects", "object", "antiquities", "relics"),
    # What fell in a spell ("52 cm of fresh snow in 20 hours") is not the
    # depth on the ground ("61 cm of snow on the ground").
    "snowfall": ("fresh snow", "new snow", "snowfall"),
}
COUNTED_SYNONYMS: dict[str, str] = {
    word: key for key, words in COUNTED_GROUPS.items() for word in words
}
#: Nouns that count only when no adjective says otherwise
#: ("19 bodies" are deaths, "3 international bodies" are not).
UNMODIFIED_ONLY: frozenset[str] = frozenset({"body", "bodies"})
#: Modifiers that make "forces" something other than troops ("market forces").
NON_MILITARY_FORCES: frozenset[str] = frozenset({"market", "political", "economic", "social", "natural"})
#: Verbs right before a number that make it a phone number ("call 911").
PHONE_VERBS: frozenset[str] = frozenset({"call", "dial", "phone", "ring", "text"})

#: Nouns too generic to say what was counted: the verb decides
#: ("300 people were killed" counts deaths).
#: Nationalities that stand for a person named earlier ("the Dutchman said");
#: spaCy tags some of them as organisations or people, so they are listed.
DEMONYMS: frozenset[str] = frozenset("""
dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
welshman welshwoman briton spaniard swede dane finn pole serb croat slovak czech slovene german italian
portuguese brazilian argentine argentinian american canadian australian austrian belgian swiss norwegian
""".split())
#: People of a nation counted by a noun whose plural is no adjective plus
#: "s" ("27 Poles", "12 Britons"), and the adjective ("27 Polish citizens").
NATIONALITY_NOUNS: dict[str, str] = {
    "pole": "polish", "poles": "polish", "briton": "british", "britons": "british", "brit": "british",
    "brits": "british", "dane": "danish", "danes": "danish", "swede": "swedish", "swedes": "swedish",
    "finn": "finnish", "finns": "finnish", "spaniard": "spanish", "spaniards": "spanish", "turk": "turkish",
    "turks": "turkish", "serb": "serbian", "serbs": "serbian", "croat": "croatian", "croats": "croatian",
    "slovak": "slovak", "slovaks": "slovak", "czech": "czech", "czechs": "czech", "scot": "scottish",
    "scots": "scottish", "slovene": "slovenian", "slovenes": "slovenian", "filipino": "filipino",
    "filipinos": "filipino", "thai": "thai", "thais": "thai", "swiss": "swiss", "dutch": "dutch",
    "irish": "irish", "french": "french", "chinese": "chinese", "japanese": "japanese",
}
#: Nouns that count people of the nation the adjective before them names ("21 German nationals").
NATIONAL_NOUNS: frozenset[str] = frozenset({"national", "citizen"})
#: States a counted person is held or treated in ("were in intensive care",
#: "remain in custody"): a count in one is of that state, not of its verb.
STATE_NOUNS: frozenset[str] = frozenset({
    "care", "hospital", "custody", "condition", "coma", "quarantine", "isolation", "detention", "treatment",
    "captivity",
    # Deaths "under investigation" are not yet deaths confirmed of the cause.
    "investigation",
    # Things, too, are counted in a state: "61,000 wafers were in process".
    "process", "progress", "production", "service", "transit", "storage", "stock", "use",
})
#: Lists a count of people stands on ("412 girls on its roll"): those enrolled, not those present.
ROLL_NOUNS: frozenset[str] = frozenset({"roll", "register", "book", "payroll", "list"})
GENERIC_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "person", "individuals", "others", "other", "those",
})
#: Verbs that move a count to a level or give the level it stands at ("cases
#: rose to 105", "the toll reached 46 on Monday"): the level is the count's
#: own value, and a date on the verb is when the count got there.
LEVEL_VERBS: frozenset[str] = frozenset({
    "reach", "rise", "climb", "jump", "grow", "increase", "fall", "drop", "decline", "decrease", "stand",
    "hit", "top", "exceed", "surpass", "total", "swell", "mount",
})
#: Verb or adjective lemma -> what a bare or generic count with it counts.
OUTCOME_VERBS: dict[str, str] = {
    "kill": "deaths", "die": "deaths", "dead": "deaths", "perish": "deaths",
    "injure": "injuries", "wound": "injuries", "hurt": "injuries",
    "injured": "injuries", "wounded": "injuries",
    "arrest": "arrests", "detain": "arrests",
    "evacuate": "displaced", "displace": "displaced",
    "missing": "missing", "unaccounted": "missing",
    "hire": "workers", "employ": "workers",
    "recover": "recoveries",
    "march": "protesters", "protest": "protesters", "demonstrate": "protesters",
    "attend": "protesters", "rally": "protesters",
    # Phrasal verbs, looked up as "lemma particle".
    "take part": "protesters", "turn out": "protesters", "lay off": "workers",
}
#: Words that make a count of people a count of the sick ("186 sick
#: passengers", "97 passengers fell ill"): the sick among a ship's passengers
#: are not its passengers, and a running count of them is not the manifest.
SICK_WORDS: frozenset[str] = frozenset({"sick", "ill", "infected", "symptomatic", "unwell"})
#: Objects of a verb of having or reporting that say the same
#: ("reported symptoms", "had vomiting").
SICK_OBJECTS: frozenset[str] = frozenset({
    "symptom", "symptoms", "illness", "vomiting", "diarrhea", "diarrhoea", "fever",
})
SICK_VERBS: frozenset[str] = frozenset({"report", "have", "show", "develop", "experience", "suffer", "display"})
#: Counts of a state, which "still" does not narrow ("650 were still missing").
STATE_KEYS: frozenset[str] = frozenset({"missing", "deaths", "injuries", "arrests", "displaced", "cases", "patients"})
#: What a count of the sick already counts: no qualifier is added.
SICK_ALREADY: frozenset[str] = frozenset({"cases", "patients", "deaths", "injuries"})
#: A subject noun that stands for the count ("the toll rose to 412").
COUNT_NOUNS: frozenset[str] = frozenset({
    "toll", "tally", "number", "count", "total", "figure",
})
#: What a count noun counts when nothing else says ("the toll rose to 40").
COUNT_NOUN_DEFAULTS: dict[str, str] = {"toll": "deaths"}

# --- frames -------------------------------------------------------------------
#: Modal auxiliaries that make a value expected rather than actual.
FUTURE_AUX: frozenset[str] = frozenset({
    "will", "shall", "'ll", "wo", "would", "could", "may", "might", "should",
    "can", "ca", "must",
})
#: Verbs whose complement is planned or expected ("expects to cut 5,000").
EXPECT_VERBS: frozenset[str] = frozenset({
    "expect", "plan", "project", "forecast", "predict", "anticipate",
    "intend", "aim", "seek", "hope", "propose", "schedule", "slate",
    "target", "want", "prepare", "promise", "pledge", "vow", "threaten",
    "go", "budget", "envisage", "envision", "consider", "mull", "agree",
})
#: Adjectives with "to" that mark an expected value ("likely to recruit").
EXPECT_ADJECTIVES: frozenset[str] = frozenset({
    "likely", "set", "due", "poised", "expected", "scheduled", "slated",
    "bound", "unlikely", "able", "ready", "projected", "forecast", "planned",
})
#: Modifiers of the counted noun that mark a planned value ("a planned 1,200").
EXPECT_MODIFIERS: frozenset[str] = frozenset({
    "planned", "expected", "projected", "forecast", "anticipated", "proposed",
    "potential", "possible", "targeted", "intended", "promised", "pledged",
})
#: Nouns whose "of" complement is a planned value ("a target of 50,000").
EXPECT_NOUNS: frozenset[str] = frozenset({
    "target", "goal", "plan", "forecast", "projection", "aim", "ambition",
    "pledge", "promise", "quota", "cap",
})
#: Verbs that deny their complement ("denied that 3,000 had crossed").
NEGATING_VERBS: frozenset[str] = frozenset({
    "deny", "reject", "dismiss", "refute", "refuse", "decline", "rule",
    "fail", "debunk", "disprove", "contradict",
})
#: Verbs that, negated, leave a value unconfirmed rather than denied.
CONFIRM_VERBS: frozenset[str] = frozenset({
    "confirm", "verify", "corroborate", "substantiate", "disclose", "say",
})
#: Words marking a value as not (yet) verified.
UNCONFIRMED_CUES: frozenset[str] = frozenset({
    "unconfirmed", "unverified", "alleged", "allegedly", "reportedly",
    "purportedly", "purported", "claimed", "rumoured", "rumored",
})
#: Verbs whose own clause frames nothing about the value they report: the
#: frame search stops there, and in the present tense they do not make a
#: date look ahead ("officials say ... on Tuesday"). Not the attribution cue
#: list, which the attribution stage keeps.
FRAME_BOUNDARY_VERBS: frozenset[str] = frozenset({
    "say", "tell", "report", "announce", "add", "state", "claim", "according",
    "note", "write", "quote", "explain", "estimate", "believe", "think", "confirm",
})
#: Verbs whose present tense looks back: "the fire follows a blaze in October",
#: "the crash echoes one in May", "the ban, backdated to 2 July, counts from then".
LOOKING_BACK_VERBS: frozenset[str] = frozenset({"follow", "echo", "mirror", "recall", "backdate", "date", "count",
                                               # "The count compares with 34 vessels on Wednesday morning"
                                               "compare",
                                               # "are owed 7.9 million euros in wages for August, September
                                               # and October": what is owed is for what was done
                                               "owe"})
#: Phrases saying a count runs up to now, over all that came before ("so
#: far", "in all"), unlike "a total of", which may sum one day's parts.
RUNNING_PHRASES: tuple[str, ...] = (
    "so far", "to date", "thus far", "up to now", "until now", "in all", "altogether", "overall", "cumulative",
)
#: Phrases marking a running total ("3,000 in total", "so far").
TOTAL_PHRASES: tuple[str, ...] = (
    "in total", "a total of", "the total", "total of", *RUNNING_PHRASES, "cumulatively", "combined", "all told", "in aggregate",
    "death toll", "toll", "tally", "bringing the total", "running total", "together with",
    # "That makes four dead": the sum of the figures before it.
    "that makes", "this makes", "which makes", "that brings", "which brings",
)
#: Nouns that hold a running total ("taking the week's total to 3,500").
TOTAL_NOUNS: frozenset[str] = frozenset({"total", "toll", "tally", "sum"})
#: Words in a value's own phrase marking an increment ("another 1,500",
#: "an additional 300"); "N more" is handled apart from "more than".
INCREMENT_WORDS: frozenset[str] = frozenset({"another", "additional", "further", "extra", "fresh"})

#: Past forms a regular pattern on the lemma does not reach ("made landfall",
#: "struck a reef"), for matching a verb's object in the clause's text.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    lemma: tuple(forms.split("/"))
    for lemma, forms in (
        entry.split(":") for entry in """
        make:made take:took/taken give:gave/given hold:held find:found get:got/gotten begin:began/begun come:came
        leave:left win:won see:saw/seen tell:told know:knew/known keep:kept become:became go:went/gone bring:brought
        strike:struck/stricken run:ran fall:fell/fallen send:sent lose:lost pay:paid buy:bought sell:sold meet:met
        lead:led rise:rose/risen fly:flew/flown seek:sought catch:caught build:built spend:spent drive:drove/driven
        break:broke/broken write:wrote/written speak:spoke/spoken steal:stole/stolen freeze:froze/frozen
        sink:sank/sunk flee:fled hear:heard stand:stood say:said swear:swore/sworn shoot:shot
        withdraw:withdrew/withdrawn draw:drew/drawn choose:chose/chosen grow:grew/grown throw:threw/thrown
        blow:blew/blown undertake:undertook/undertaken
        """.split()
    )
}


#: Words that tell a figure as a revision of an earlier one: "has risen to six,
#: up from four", "the latest toll".
#: A source giving its figure anew: "now puts the number at", "now says".
NOW_GIVES = re.compile(r"\bnow (?:says|puts|counts|estimates|reports|gives)\b", re.IGNORECASE)
UPDATE_CUE = re.compile(
    # "down 6.6% from the 3.20 t/ha expected before the frost": a figure and
    # the one it replaced.
    r"\b(?:up from|down from|(?:up|down) [\d.,]+ ?(?:%|per ?cent|percent|points?) from|rose to|risen to|has risen|climbed to|revised|updated|now stands|latest (?:toll|figure|count)"
    # "The bank now says nearly 3 million card payments were declined": its
    # figure as it now gives it, revised since.
    rf"|{NOW_GIVES.pattern}"
    # "the new bonds will pay 5.5 per cent interest in their first years instead of 4 per cent"
    r"|instead of \d"
    # "23 witnesses, eight more than on Monday": the count grown since that day.
    r"|more than (?:on |at |by )?(?:the day before|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # "At the height of the stoppage ... more than 3,000 workers": the count at its peak.
    r"|at (?:the|its) (?:height|peak) of"
    # "The number of machines ... has been increased from 47 to 71": the count grown.
    r"|(?:increased|grew|grown|jumped|swelled) (?:from [\d.,]+ )?to [\d.,]*\d"
    r"|(?:bring|brings|bringing|brought|take|takes|taking|took) (?:the|its|their) (?:\w+ ){0,2}?(?:total|toll|tally))\b",
    re.IGNORECASE,
)


#: Endings of nouns made from verbs ("proclamation", "resignation", "appointment"),
#: which a date after "of" dates as it would date the verb ("the proclamation of 4 June").
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
#: Nouns of acts whose verb does not end in a suffix: noun -> verb lemma
#: ("Sir Geoffrey's death on 11 July" dates his dying).
IRREGULAR_NOMINALS = {"death": "die"}
