"""Build the country and city gazetteers: core/data/countries.tsv and core/data/cities.tsv.

Sources, all offline:
    * babel's CLDR territory names (``Locale(lang).territories``) for fa, ar and en, keyed by ISO alpha-2
      and mapped to alpha-3 with ``ALPHA3`` below (sovereign states, Palestine, Vatican, Kosovo, Taiwan;
      regions, continents and dependencies are skipped);
    * tools/countries_hand.txt: hand-written names, formal names, adjectives, plurals, seats, epithets;
    * tools/cities_hand.txt: cities; each capital=1 alias also becomes a form=capital country row.

A hand row wins over a babel row with the same (id, lang, folded alias). Run from the repository root:

    /tmp/venv/bin/python tools/build_countries.py
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from core.fold import fold_text  # noqa: E402  (after the path set-up, so the tool runs as a script)

TOOLS = REPO / "tools"
DATA = REPO / "core" / "data"
LANGS = ("fa", "ar", "en")
FORMS = ("name", "formal", "adjective", "plural", "capital", "seat", "epithet", "self")
COUNTRY_COLUMNS = ("id", "lang", "alias", "form", "ambiguous", "source")
CITY_COLUMNS = ("id", "country", "lang", "alias", "capital", "ambiguous")

# ISO 3166-1 alpha-2 -> alpha-3 for the 193 UN members, the two observer states (PS, VA), Kosovo (XK,
# user-assigned XKX) and Taiwan. Anything babel lists outside this table is not a country here.
ALPHA3: dict[str, str] = dict(
    pair.split(":")
    for pair in """
AD:AND AE:ARE AF:AFG AG:ATG AL:ALB AM:ARM AO:AGO AR:ARG AT:AUT AU:AUS AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL
BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BN:BRN BO:BOL BR:BRA BS:BHS BT:BTN BW:BWA BY:BLR BZ:BLZ CA:CAN CD:COD
CF:CAF CG:COG CH:CHE CI:CIV CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV CY:CYP CZ:CZE DE:DEU DJ:DJI
DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FM:FSM FR:FRA GA:GAB
GB:GBR GD:GRD GE:GEO GH:GHA GM:GMB GN:GIN GQ:GNQ GR:GRC GT:GTM GW:GNB GY:GUY HN:HND HR:HRV HT:HTI HU:HUN
ID:IDN IE:IRL IL:ISR IN:IND IQ:IRQ IR:IRN IS:ISL IT:ITA JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR
KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA LR:LBR LS:LSO LT:LTU LU:LUX
LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MG:MDG MH:MHL MK:MKD ML:MLI MM:MMR MN:MNG MR:MRT MT:MLT MU:MUS
MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM NE:NER NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NZ:NZL OM:OMN
PA:PAN PE:PER PG:PNG PH:PHL PK:PAK PL:POL PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RO:ROU RS:SRB RU:RUS RW:RWA
SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SI:SVN SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD ST:STP
SV:SLV SY:SYR SZ:SWZ TD:TCD TG:TGO TH:THA TJ:TJK TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN
TZ:TZA UA:UKR UG:UGA US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VN:VNM VU:VUT WS:WSM XK:XKX YE:YEM ZA:ZAF
ZM:ZMB ZW:ZWE
""".split()
)
VALID_IDS: frozenset[str] = frozenset(ALPHA3.values())

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One alias of a country, as written to countries.tsv.

    >>> CountryRow("IRN", "fa", "ایران", "name", 0, "hand").key
    ('IRN', 'fa', 'ایران')
    """

    id: str
    lang: str
    alias: str
    form: str
    ambiguous: int
    source: str

    @property
    def key(self) -> tuple[str, str, str]:
        """(id, lang, folded alias): two rows with the same key are one alias."""
        return self.id, self.lang, fold_text(self.alias)


@dataclass(frozen=True, slots=True)
class CityRow:
    """One alias of a city, as written to cities.tsv."""

    id: str
    country: str
    lang: str
    alias: str
    capital: int
    ambiguous: int


def split_alias(raw: str) -> tuple[str, int]:
    """Strip an alias and read its leading "?" (ambiguous) mark.

    >>> split_alias(" ?مالی ")
    ('مالی', 1)
    >>> split_alias("ایران")
    ('ایران', 0)
    """
    raw = raw.strip()
    if raw.startswith("?"):
        return raw[1:].strip(), 1
    return raw, 0


def _content_lines(text: str) -> list[tuple[int, str]]:
    """Numbered non-blank, non-comment lines."""
    return [
        (n, line.strip())
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def parse_country_lines(text: str, where: str = "countries_hand.txt") -> list[CountryRow]:
    """Read ``ISO3 lang form: alias | ?alias`` lines.

    >>> [r.alias for r in parse_country_lines("RUS fa adjective: روسی | روس")]
    ['روسی', 'روس']
    """
    rows: list[CountryRow] = []
    for n, line in _content_lines(text):
        head, sep, tail = line.partition(":")
        parts = head.split()
        if not sep or len(parts) != 3:
            raise ValueError(f"{where}:{n}: expected 'ISO3 lang form: aliases', got {line!r}")
        cid, lang, form = parts
        if cid not in VALID_IDS or lang not in LANGS or form not in FORMS:
            raise ValueError(f"{where}:{n}: bad id, lang or form in {line!r}")
        for raw in tail.split("|"):
            alias, amb = split_alias(raw)
            if alias:
                rows.append(CountryRow(cid, lang, alias, form, amb, "hand"))
    return rows


def parse_city_lines(text: str, where: str = "cities_hand.txt") -> list[CityRow]:
    """Read ``id ; ISO3 ; capital ; fa aliases ; ar aliases ; en aliases`` lines.

    >>> [(r.lang, r.alias, r.ambiguous) for r in parse_city_lines("Amman ; JOR ; 1 ; ?امان ; ?عمان ; Amman")]
    [('fa', 'امان', 1), ('ar', 'عمان', 1), ('en', 'Amman', 0)]
    """
    rows: list[CityRow] = []
    for n, line in _content_lines(text):
        fields = [f.strip() for f in line.split(";")]
        if len(fields) != 6 or fields[1] not in VALID_IDS or fields[2] not in ("0", "1"):
            raise ValueError(f"{where}:{n}: expected 'id ; ISO3 ; 0|1 ; fa ; ar ; en', got {line!r}")
        city, country, capital = fields[0], fields[1], int(fields[2])
        for lang, cell in zip(LANGS, fields[3:], strict=True):
            for raw in cell.split("|"):
                alias, amb = split_alias(raw)
                if alias:
                    rows.append(CityRow(city, country, lang, alias, capital, amb))
    keys = [(r.id, r.lang, fold_text(r.alias)) for r in rows]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"{where}: aliases that fold together: {dupes}")
    return rows


def babel_variants(name: str, lang: str) -> list[str]:
    """Usable aliases from one CLDR name: "(…)" split off, "&" spelled out; dashed CLDR names dropped.

    >>> babel_variants("میانمار (برمه)", "fa")
    ['میانمار', 'برمه']
    >>> babel_variants("Bosnia & Herzegovina", "en")
    ['Bosnia and Herzegovina']
    >>> babel_variants("کنگو - کینشاسا", "fa")
    []
    """
    if " - " in name or "،" in name:
        return []  # "Congo - Kinshasa" style labels are not how news names a state
    out = [_PAREN.sub(" ", name).strip()]
    out += [m.strip() for m in _PAREN.findall(name)]
    if lang == "en":
        out = [a.replace("&", "and").replace("’", "'") for a in out]
    return [a for a in out if a]


def babel_rows() -> list[CountryRow]:
    """Country names from babel's CLDR data, one row per usable alias."""
    from babel import Locale  # the tool's only third-party import; not a runtime dependency of core

    rows: list[CountryRow] = []
    for lang in LANGS:
        for code, name in sorted(Locale(lang).territories.items()):
            if code not in ALPHA3:
                continue  # numeric regions (001, 150), dependencies, EU, UN, ZZ ...
            for alias in babel_variants(name, lang):
                amb = 1 if len(fold_text(alias).replace(" ", "")) < 3 else 0
                rows.append(CountryRow(ALPHA3[code], lang, alias, "name", amb, "babel"))
    return rows


def capital_rows(cities: list[CityRow]) -> list[CountryRow]:
    """A form=capital country row for every alias of a capital city (same alias, same ambiguity).

    >>> capital_rows(parse_city_lines("Tehran ; IRN ; 1 ; تهران ; طهران ;"))[0].form
    'capital'
    """
    return [
        CountryRow(c.country, c.lang, c.alias, "capital", c.ambiguous, "hand") for c in cities if c.capital
    ]


def merge(hand: list[CountryRow], babel: list[CountryRow]) -> list[CountryRow]:
    """Hand rows first; a babel row is kept only when no hand row has its (id, lang, folded alias).

    >>> from dataclasses import replace
    >>> h = [CountryRow("SAU", "ar", "المملكة العربية السعودية", "formal", 0, "hand")]
    >>> b = [replace(h[0], form="name", source="babel")]
    >>> [(r.form, r.source) for r in merge(h, b)]
    [('formal', 'hand')]
    """
    seen: dict[tuple[str, str, str], CountryRow] = {}
    for row in [*hand, *babel]:
        if row.key not in seen:
            seen[row.key] = row
        elif row.source == "hand" and seen[row.key].source == "hand":
            raise ValueError(f"duplicate hand alias {row.key}")
    return sorted(seen.values(), key=lambda r: (r.id, LANGS.index(r.lang), FORMS.index(r.form), r.alias))


def write_tsv(path: Path, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    """Write a UTF-8 TSV with a header line and Unix newlines."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(columns)
        writer.writerows(rows)


def build() -> tuple[list[CountryRow], list[CityRow]]:
    """Read the hand files and babel; return the merged country rows and the city rows."""
    cities = parse_city_lines((TOOLS / "cities_hand.txt").read_text(encoding="utf-8"))
    hand = parse_country_lines((TOOLS / "countries_hand.txt").read_text(encoding="utf-8"))
    countries = merge([*hand, *capital_rows(cities)], babel_rows())
    return countries, cities


def main() -> None:
    """Write core/data/countries.tsv and core/data/cities.tsv and print the row counts."""
    countries, cities = build()
    DATA.mkdir(parents=True, exist_ok=True)
    write_tsv(
        DATA / "countries.tsv",
        COUNTRY_COLUMNS,
        [(r.id, r.lang, r.alias, r.form, r.ambiguous, r.source) for r in countries],
    )
    write_tsv(
        DATA / "cities.tsv",
        CITY_COLUMNS,
        [(c.id, c.country, c.lang, c.alias, c.capital, c.ambiguous) for c in cities],
    )
    print(f"countries.tsv: {len(countries)} rows; cities.tsv: {len(cities)} rows")


if __name__ == "__main__":
    main()
