"""Generate src/warta/knowledge/entities/countries.tsv from CLDR (babel) territory names.

Run once after a babel upgrade (`python scripts/build_kb.py`); the TSV is committed and babel is
not needed at runtime. English names are mapped to English Wikipedia titles; Indonesian (id) and
Malay (ms) CLDR names become aliases, plus the common short forms news writers use (EXTRA).
QIDs were checked against a published Wikidata country table; where not listed, the QID is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "warta" / "knowledge" / "entities" / "countries.tsv"

# CLDR codes that are not places a news story names as a country.
SKIP = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ", "UM", "BV", "HM"}

# CLDR English display name -> English Wikipedia title.
TITLES = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "BL": "Saint Barthélemy",
    "BS": "The Bahamas",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CN": "China",
    "CZ": "Czech Republic",
    "FM": "Federated States of Micronesia",
    "GM": "The Gambia",
    "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MF": "Collectivity of Saint Martin",
    "MM": "Myanmar",
    "MO": "Macau",
    "PM": "Saint Pierre and Miquelon",
    "PS": "Palestine",
    "SH": "Saint Helena",
    "SJ": "Svalbard and Jan Mayen",
    "ST": "São Tomé and Príncipe",
    "TC": "Turks and Caicos Islands",
    "TL": "East Timor",
    "TR": "Turkey",
    "TT": "Trinidad and Tobago",
    "VC": "Saint Vincent and the Grenadines",
    "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna",
}

# Wikidata QIDs (verified), by ISO code.
_QID_TABLE = """
AD:Q228 AE:Q878 AF:Q889 AG:Q781 AI:Q25228 AL:Q222 AM:Q399 AO:Q916 AR:Q414 AS:Q16641 AT:Q40 AU:Q408
AW:Q21203 AZ:Q227 BA:Q225 BB:Q244 BD:Q902 BE:Q31 BF:Q965 BG:Q219 BH:Q398 BI:Q967 BJ:Q962 BM:Q23635
BN:Q921 BO:Q750 BR:Q155 BS:Q778 BT:Q917 BW:Q963 BY:Q184 BZ:Q242 CA:Q16 CD:Q974 CF:Q929 CG:Q971 CH:Q39
CI:Q1008 CK:Q26988 CL:Q298 CM:Q1009 CN:Q148 CO:Q739 CR:Q800 CU:Q241 CV:Q1011 CW:Q25279 CY:Q229 CZ:Q213
DE:Q183 DJ:Q977 DK:Q35 DM:Q784 DO:Q786 DZ:Q262 EC:Q736 EE:Q191 EG:Q79 ER:Q986 ES:Q29 ET:Q115 FI:Q33
FJ:Q712 FM:Q702 FO:Q4628 FR:Q142 GA:Q1000 GB:Q145 GD:Q769 GE:Q230 GF:Q3769 GH:Q117 GI:Q1410 GL:Q223
GM:Q1005 GN:Q1006 GQ:Q983 GR:Q41 GT:Q774 GU:Q16635 GW:Q1007 GY:Q734 HK:Q8646 HN:Q783 HR:Q224 HT:Q790
HU:Q28 ID:Q252 IE:Q27 IL:Q801 IM:Q9676 IN:Q668 IQ:Q796 IR:Q794 IS:Q189 IT:Q38 JE:Q785 JM:Q766 JO:Q810
JP:Q17 KE:Q114 KG:Q813 KH:Q424 KI:Q710 KM:Q970 KN:Q763 KP:Q423 KR:Q884 KW:Q817 KY:Q5785 KZ:Q232 LA:Q819
LB:Q822 LC:Q760 LI:Q347 LK:Q854 LR:Q1014 LS:Q1013 LT:Q37 LU:Q32 LV:Q211 LY:Q1016 MA:Q1028 MC:Q235
MD:Q217 ME:Q236 MG:Q1019 MH:Q709 MK:Q221 ML:Q912 MM:Q836 MN:Q711 MO:Q14773 MP:Q16644 MQ:Q17054
MR:Q1025 MT:Q233 MU:Q1027 MV:Q826 MW:Q1020 MX:Q96 MY:Q833 MZ:Q1029 NA:Q1030 NC:Q33788 NE:Q1032
NG:Q1033 NI:Q811 NL:Q55 NO:Q20 NP:Q837 NR:Q697 NU:Q34020 NZ:Q664 OM:Q842 PA:Q804 PE:Q419 PF:Q30971
PG:Q691 PH:Q928 PK:Q843 PL:Q36 PR:Q1183 PS:Q219060 PT:Q45 PW:Q695 PY:Q733 QA:Q846 RE:Q17070 RO:Q218
RS:Q403 RU:Q159 RW:Q1037 SA:Q851 SB:Q685 SC:Q1042 SD:Q1049 SE:Q34 SG:Q334 SI:Q215 SK:Q214 SL:Q1044
SM:Q238 SN:Q1041 SO:Q1045 SR:Q730 SS:Q958 ST:Q1039 SV:Q792 SX:Q26273 SY:Q858 SZ:Q1050 TC:Q18221 TD:Q657
TG:Q945 TH:Q869 TJ:Q863 TL:Q574 TM:Q874 TN:Q948 TO:Q678 TR:Q43 TT:Q754 TV:Q672 TW:Q865 TZ:Q924 UA:Q212
UG:Q1036 US:Q30 UY:Q77 UZ:Q265 VA:Q237 VC:Q757 VE:Q717 VG:Q25305 VI:Q11703 VN:Q881 VU:Q686 WS:Q683
XK:Q1246 ZA:Q258 ZM:Q953 ZW:Q954
"""
QIDS = dict(pair.split(":", 1) for pair in _QID_TABLE.split())

# Short and older forms seen in id/ms/en news, beyond the CLDR names.
EXTRA = {
    "US": "AS|A.S.|Amerika|USA|U.S.|U.S.A.|United States of America|Amerika Serikat (AS)|Paman Sam",
    "GB": "Inggris|Britania Raya|UK|U.K.|Britain|Great Britain|Britania|Kerajaan Bersatu|United Kingdom of Great Britain and Northern Ireland",
    "PS": "Palestina|Palestin|State of Palestine|Negara Palestina|Negara Palestin",
    "CN": "Cina|China|Tiongkok|RRT|RRC|Republik Rakyat China|Republik Rakyat Tiongkok|People's Republic of China|PRC",
    "RU": "Rusia|Russian Federation|Federasi Rusia|Persekutuan Russia|Russia",
    "KR": "Korsel|Republic of Korea|Korea Selatan",
    "KP": "Korut|Democratic People's Republic of Korea",
    "ID": "RI|Republik Indonesia|Negara Kesatuan Republik Indonesia|NKRI",
    "MY": "Persekutuan Malaysia",
    "SA": "Saudi|Arab Saudi|Kingdom of Saudi Arabia|Kerajaan Arab Saudi",
    "AE": "UEA|UAE|Emirat Arab|Uni Emirat Arab (UEA)|Emiriah Arab Bersatu (UAE)",
    "TR": "Turki|Türkiye|Turkiye|Republik Turki",
    "NL": "Netherlands|Holland|Negeri Belanda",
    "DE": "Jerman|Germany",
    "CH": "Swiss|Swis|Switzerland",
    "PH": "Filipina|Philippines",
    "TL": "Timor Leste|Timor-Leste|Timor Timur",
    "MM": "Burma|Myanmar (Burma)",
    "CZ": "Czechia|Ceko|Republik Ceko",
    "CD": "DR Congo|DRC|Kongo|Republik Demokratik Kongo",
    "CI": "Côte d'Ivoire|Pantai Gading",
    "IR": "Republik Islam Iran|Islamic Republic of Iran",
    "SY": "Suriah|Syria|Siria",
    "JO": "Yordania|Jordania|Jordan",
    "EG": "Mesir|Egypt",
    "LB": "Lebanon|Lubnan",
    "IQ": "Irak|Iraq",
    "YE": "Yaman|Yemen",
    "MA": "Maroko|Maghribi",
    "DZ": "Aljazair|Algeria",
    "AF": "Afganistan|Afghanistan",
    "IT": "Italia|Itali",
    "JP": "Jepang|Jepun",
    "FR": "Prancis|Perancis|Perancis",
    "ES": "Spanyol|Sepanyol",
    "GR": "Yunani",
    "NZ": "Selandia Baru|New Zealand",
    "SG": "Singapura|Republik Singapura",
    "BN": "Brunei Darussalam|Negara Brunei Darussalam",
    "VN": "Viet Nam",
    "MK": "Macedonia|Makedonia",
    "SZ": "Swaziland",
    "CV": "Cabo Verde",
    "VA": "Vatican|Vatikan|Holy See|Takhta Suci",
    "TW": "Republic of China",
    "CL": "Chili",
    "KG": "Kirgistan|Kyrgyzstan",
    "CO": "Kolumbia",
    "PE": "Peru",
    "AU": "Australia|Negeri Kanguru",
    "MX": "Meksiko|Mexico",
    "BR": "Brasil|Brazil",
    "CA": "Kanada|Canada",
    "IN": "India|Hindustan",
    "PK": "Pakistan",
    "BD": "Bangladesh",
    "LK": "Sri Lanka",
    "NP": "Nepal",
    "BT": "Bhutan",
    "MV": "Maladewa|Maldives",
}


def rows() -> list[tuple[str, str, str, str, str]]:
    en = Locale.parse("en").territories
    ind = Locale.parse("id").territories
    ms = Locale.parse("ms").territories
    out = []
    for code in sorted(en):
        if code.isdigit() or code in SKIP:
            continue
        name = TITLES.get(code, en[code].replace(" & ", " and ").replace("St. ", "Saint "))
        aliases: list[str] = []
        for form in [en[code], ind.get(code, ""), ms.get(code, ""), *EXTRA.get(code, "").split("|")]:
            form = form.replace("’", "'").strip()
            if form and form != name and form not in aliases:
                aliases.append(form)
        note = f"CLDR {code}; id={ind.get(code, '')}; ms={ms.get(code, '')}"
        out.append((name, "location", QIDS.get(code, ""), "|".join(aliases), note))
    return out


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Generated by scripts/build_kb.py from CLDR (babel) territory names; edit EXTRA there.",
        "name\ttype\tqid\taliases\tnote",
    ]
    lines += ["\t".join(r) for r in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 2} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
