#!/usr/bin/env python3
"""Build octreaty's data files from the shared source notes.

    python3 scripts/import_sources.py --sources ../shared/sources --out data
    python3 scripts/import_sources.py --out data --check      # validate existing files only

Reads the participation tables (states/, un/, coe/, orgs/, bilateral/) and the source lists
(un/SOURCES.md, SOURCES-coe-orgs-bilateral.md) and writes data/countries.yaml and
data/instruments.yaml in the format of docs/DATA.md. The YAML files are the product and are
edited by hand afterwards; this importer is only for a fresh start.

Rules kept throughout: a date is never filled in or completed (an empty CSV date stays null, a
year or a month stays partial); a name that cannot be mapped to a country id stops the run
with the list of names; every source key used must be defined in the sources table.

Python 3.10+, standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import yaml

SCHEMA = 1
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


PROBLEMS: list[str] = []   # collected, reported together, then the run stops
WARNINGS: list[str] = []   # printed, do not stop the run


def problem(msg: str) -> None:
    PROBLEMS.append(msg)


def warn(msg: str) -> None:
    WARNINGS.append(msg)


def norm(s: str) -> str:
    """Casefold, strip accents, unify apostrophes and spaces: the key for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()


def name_keys(s: str) -> set[str]:
    """The forms under which the tool's resolver files a name: punctuation folded to spaces, a
    leading "the " dropped, and the same without spaces ("ets 24" / "ets24")."""
    t = norm(s).replace("&", " and ")
    t = re.sub(r"[^0-9a-z]+", " ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return {t, t.replace(" ", "")} if t else set()


def date_or_none(value: str | None, where: str) -> str | None:
    v = (value or "").strip()
    if not v:
        return None
    if not DATE_RE.match(v):
        problem(f"{where}: not an ISO (partial) date: {v!r}")
        return None
    return v


def split_keys(value: str) -> list[str]:
    return [k.strip() for k in (value or "").split(";") if k.strip()]


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --------------------------------------------------------------------------------------------
# Sources table
# --------------------------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

# as-of values the generic parser cannot read (or reads ambiguously); value None = no date.
AS_OF_OVERRIDE = {
    "zmjones-untc-2014-xviii": "2014-07-10",   # 18-12 and 18-12-a last changed 2014-01-27, others 2014-07-10
    "at-bgbl-xcheck": None,                    # several notices, 2005-2014
    "at-ris-uncac-2024": "2024-06-27",         # "in force as of 2024-06-27" version of the record
    "at-ris-icsft-2019": "2019-06-19",         # "version of 2019-06-19"
    "untc-status-pages": None,                 # several pages, each with its own as-of date (in note)
    "unodc-2018-chad": "2018-10-22",           # two pages: 2018-10-22 (the fact) and 2019-01-30
    "md-law-116-2015": "2015-06-19",           # law of 2015-05-28, published 2015-06-19
    "rs-law-europol-strategic-2009": "2009-05-25",
    "pardafas-2023": "2023-11-29",             # dateline "November 29" 2023
    "cow-igo-v3": "2014",                      # "covers to 2014"
    "cpdp-bg": "2016-04",                      # "to April 2016"
    "coe-cybercrime-2024": "2024-10-09",       # relays CoE news of 2024-10-09 (+ undated page)
    "albeu-2021": "2021-06-02",
    "serbianconsulate-2016": "2016",
}

# Sources whose entry names a repository or package but no URL: the locator it names.
URL_OVERRIDE = {
    "zmjones-untc-2014-xviii": "https://github.com/zmjones/untreaties",
    "zmjones-untc-2014": "https://github.com/zmjones/untreaties",
    "cow-igo-v3": "https://github.com/dieghernan/igoR",
    "coco": "https://pypi.org/project/country-converter/",
    "nl-md-lo-agreement": "https://github.com/statengeneraal/laws-markdown",
}

TITLE_OVERRIDE = {
    "untc-mtdsg-2018": "UN Treaty Collection, MTDSG status XML for VI-15, VI-16, VI-17, VI-18 and XXVI-8 (copy of January 2018)",
    "zmjones-untc-2014": "UN Treaty Collection VI-19 participant table, scraped 2014 (GitHub zmjones/untreaties)",
    "untc-xml-current": "UN Treaty Collection, MTDSG status XML for XXVI-8, VI-15, VI-16 (later crawl, first rows)",
    "untc-status-pages": "UN Treaty Collection status pages for XXVI-8, VI-15, VI-17, VI-18 (counts)",
    "incb-2019-palau": "INCB press release: Palau accedes to the 1988 Convention",
    "wikipedia-1988-2020": "Wikipedia: United Nations Convention Against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (mirror)",
    "hscrew-1988-2024": "hscrew.ch: reproduction of the UNTC VI-19 table",
    "verdragen-1961": "Dutch treaty database: Single Convention on Narcotic Drugs, 1961",
    "unodc-adherence-2008": "UNODC treaty adherence status list (copy)",
    "minrel-cl-2018": "Chile, Ministry of Foreign Affairs: Chile ratifies the Arms Trade Treaty",
    "controlarms-att-news": "Control Arms blog: ATT ratification news",
    "pga-att-news": "Parliamentarians for Global Action: ATT ratification news",
    "amnesty-ca-2019": "Amnesty International Canada: Canada has acceded to the Arms Trade Treaty",
    "china-att-news-2020": "News reports: China accedes to the Arms Trade Treaty",
    "maldives-independent-2019": "Maldives Independent: Maldives ratifies three international conventions",
    "att-portal-2025": "Arms Trade Treaty Secretariat portal: treaty status",
    "nti-att": "NTI: Arms Trade Treaty (ATT)",
    "att-2014-events": "Reports of ATT deposits in 2014 (Croatia MFA, UNRCPD, India TV News)",
    "unorg-members": "United Nations: Member States (copy with admission dates)",
    "coco": "country_converter 1.3.2 (PyPI), country_data.tsv",
    "zmjones-untc-2014-xviii": "UN Treaty Collection XVIII-11, -12, -12-a/b/c, -14 participant tables, scraped 2014 (GitHub zmjones/untreaties)",
    "untc-xml-2018-xviii": "UN Treaty Collection, MTDSG status XML for XVIII-12-a, -12-b, -12-c (copy of January 2018)",
    "untc-xviii12-2024": "UN Treaty Collection: status of XVIII-12 (UNTOC)",
    "untc-xviii12a-2024": "UN Treaty Collection: status of XVIII-12-a (Trafficking Protocol)",
    "untc-xviii14-2024": "UN Treaty Collection: status of XVIII-14 (UNCAC)",
    "untc-xviii16-2025": "UN Treaty Collection: status of XVIII-16 (UN Convention against Cybercrime)",
    "at-bgbl-2014-232": "Austrian Federal Law Gazette BGBl. III Nr. 232/2014 (UNTOC scope)",
    "at-bgbl-2025-57": "Austrian Federal Law Gazette BGBl. III Nr. 57/2025 (Smuggling Protocol scope)",
    "at-bgbl-xcheck": "Austrian Federal Law Gazette, scope notices for UNTOC, its Protocols, UNCAC and ICSFT (cross-checks)",
    "at-ris-uncac-2024": "Austrian legal information system: consolidated treaty record for UNCAC",
    "at-ris-icsft-2019": "Austrian legal information system: consolidated treaty record for ICSFT",
    "nl-trb-2007-70": "Dutch Tractatenblad 2007, 70 (UNTOC)",
    "nl-trb-2010-317": "Dutch Tractatenblad 2010, 317 (Trafficking Protocol)",
    "whatconvention-tip": "whatconvention.org: ratifications of the Trafficking Protocol",
    "legacarta-uncac": "ITC LegaCarta: United Nations Convention against Corruption",
    "unodc-sa-2023-bhutan": "UNODC South Asia: Bhutan accedes to UNTOC and its Trafficking in Persons Protocol",
    "mfa-bt-2023": "Bhutan, Ministry of Foreign Affairs: press release",
    "inview-untoc": "inview.nl: UNTOC party list (from the Dutch treaty database)",
    "koreaherald-2015": "The Korea Herald: Korea joins the UN convention against transnational organized crime",
    "glica-2019": "glica.org: Korea's ratification of the Trafficking Protocol",
    "japantimes-2017": "The Japan Times: Japan joins U.N. organized crime convention",
    "lexology-2017": "Lexology: Japan joins UNTOC and UNCAC",
    "unodc-2017-japan": "UNODC press release: Japan's decision to join the crime and corruption conventions (copy)",
    "onecitizen-2023-ssd": "One Citizen Daily: South Sudan signs UN conventions on transnational crimes",
    "allafrica-2024-som": "AllAfrica: Somalia accedes to UNTOC",
    "dailynk-2016-dprk": "Daily NK Japan: DPRK ratifies UNTOC",
    "pmfias-untoc": "PMF IAS: UN Convention against Transnational Organized Crime",
    "owiki-untoc": "Wikipedia: Palermo Convention (owiki.org mirror)",
    "fiji-2018": "Fiji national statement at the 9th session of the UNTOC Conference of the Parties; FijiOne",
    "unodc-2018-cop9": "UNODC: Executive Director welcomes decision on review mechanism for the Palermo Convention",
    "chicagosyndicate-2014": "The Chicago Syndicate: Barbados ratifies UNTOC",
    "knowledgr-firearms": "German Wikipedia (knowledgr copy): Protokoll gegen die unerlaubte Herstellung von und den unerlaubten Handel mit Schusswaffen",
    "mtdsg-text-123dok": "MTDSG chapter XVIII text (copies on 123dok): ICSFT, UNCAC, UNTOC",
    "legal-un-avl": "UN Audiovisual Library of International Law: UNTOC and ICSFT introductory notes",
    "finlex-untoc": "Finlex treaty record: UNTOC",
    "newshour-2025": "newshour.media: signatories of the UN Convention against Cybercrime in Hanoi",
    "cyber-news-2025": "News on the Hanoi signing of the UN Convention against Cybercrime (Help Net Security, WAM, UNODC)",
    "untc-xxvi8-2026": "UN Treaty Collection: status of XXVI-8 (Arms Trade Treaty), saved page",
    "dgvn-uncac-2014": "DGVN: UNCAC (Germany's ratification)",
    "transparency-de-2014": "Transparency International Deutschland: Germany has ratified UNCAC",
    "tinz-uncac": "Transparency International New Zealand: what's on this year for anti-corruption",
    "xinhua-2015-nz-uncac": "Xinhua (China.org.cn): New Zealand ratifies UNCAC",
    "integritytalkingpoints-2014": "Integrity Talking Points: New Zealand's membership of UNCAC",
    "observerbd-2020-tip": "The Daily Observer (Bangladesh): Bangladesh and the Trafficking Protocol",
    "khabarhub-2022-nepal-tip": "Khabarhub: Nepal and the Palermo Protocol",
    "acinet-2014-sudan": "ACINET (UNDP-ACIAC): Sudan becomes a State party to UNCAC",
    "unodc-2018-chad": "UNODC West and Central Africa: Chad ratifies UNCAC",
    "unsom-2021-somalia": "UNSOM statement for International Anti-Corruption Day 2021",
    "unodc-ropan-2015-grenada": "UNODC ROPAN: Grenada initiates the UNCAC review mechanism",
    "nevispages-2024-skn": "Nevis Pages: Saint Kitts and Nevis accedes to UNCAC",
    "psc-ws-samoa-uncac": "Samoa Public Service Commission: Samoa accedes to UNCAC",
    "looptonga-2020": "Loop Tonga: Tonga accedes to UN Convention against Corruption",
    "un-prac-2020": "UN Pacific Regional Anti-Corruption Project newsletter, Jan-June 2020",
    "financialcrime-suriname": "financialcrime.world: corruption in Suriname",
    "coe-185-chart-2015": "Council of Europe Treaty Office: chart of signatures and ratifications of ETS 185",
    "coe-185-chart-2004": "Council of Europe Treaty Office: chart of signatures and ratifications of ETS 185",
    "coe-185-chart-2026": "Council of Europe Treaty Office: chart of signatures and ratifications of ETS 185",
    "cybercrimelaw-2015": "cybercrimelaw.net: Council of Europe Convention on Cybercrime",
    "coe-cybercrime-2024": "Budapest Convention counts (Kenya NC4 relaying CoE news; CoE civil-society page)",
    "coe-024-details": "Council of Europe Treaty Office: details of ETS 024",
    "coe-024-decl-and-2017": "Council of Europe Treaty Office: declarations of Andorra on ETS 024",
    "gr-j-2019-15": "Council of Europe GR-J(2019)15: accession of Mongolia to ETS 024",
    "wikipedia-024": "Wikipedia: European Convention on Extradition",
    "coe-030-details": "Council of Europe Treaty Office: details of ETS 030",
    "coe-030-decl-2014": "Council of Europe Treaty Office: declarations on ETS 030",
    "wikipedia-030": "Wikipedia: European Convention on Mutual Assistance in Criminal Matters",
    "nl-006930-decl": "Dutch treaty database: ETS 030 parties and declarations",
    "newsdiary-182": "newsdiary.ru: Second Additional Protocol to the European Convention on Mutual Assistance (ETS 182)",
    "scribd-182-text": "Text of ETS 182 (Scribd copy)",
    "coe-thb-page": "Council of Europe: Convention on Action against Trafficking in Human Beings",
    "coe-greta-flags": "Council of Europe GRETA: signatures and ratifications of CETS 197",
    "whatconvention-197": "whatconvention.org: ratifications of CETS 197",
    "loc-gov-2008": "Library of Congress Global Legal Monitor: CoE anti-human-trafficking convention now in force",
    "wikipedia-197": "Wikipedia: Council of Europe Convention on Action Against Trafficking in Human Beings",
    "coe-198-details": "Council of Europe Treaty Office: details of CETS 198",
    "wikipedia-198": "Wikipedia: 2005 Warsaw Convention (mirror)",
    "coe-cop198-news-2015": "Council of Europe COP198: news",
    "coe-141-details": "Council of Europe Treaty Office: details of ETS 141",
    "allglobal-141": "allglobal.net: CETS 141 (Wikipedia-derived)",
    "coe-173-details": "Council of Europe Treaty Office: details of ETS 173",
    "conventions-ru-173-2010": "conventions.ru: Criminal Law Convention on Corruption (ETS 173)",
    "ukts-27-2006": "UK Treaty Series No. 27 (2006), Cm 6958: Criminal Law Convention on Corruption",
    "anticor-belarus": "anticor.world: Belarus anti-corruption profile",
    "nl-010715": "Dutch treaty database: ETS 191",
    "ecotaf-coe-members": "Council of Europe member states (Wikipedia-derived copy on ecotaf.net)",
    "wikipedia-coe-members": "Wikipedia: Member states of the Council of Europe",
    "hrea-coe-members": "HREA: Council of Europe member states",
    "cvce-montenegro": "CVCE: Montenegro's accession to the Council of Europe",
    "coe-mfa-am": "Armenia, Permanent Representation to the Council of Europe: Armenia and the CoE",
    "interfax-2022-russia": "Interfax-Ukraine: Russia ceases to be a member of the Council of Europe",
    "dirittoue-russia": "dirittoue.info: Russia's exit from the Council of Europe (timeline)",
    "mfa-lv-2022": "Latvia MFA: Council of Europe suspends Russia's rights of representation",
    "europa-eu-countries": "European Union: EU countries",
    "eurlex-enlargement-glossary": "EUR-Lex glossary: Enlargement",
    "isolatedtraveller-eu": "The Isolated Traveller: countries of the European Union",
    "cow-igo-v3": "Correlates of War Intergovernmental Organizations data v3 (Pevehouse et al.), via GitHub dieghernan/igoR",
    "interpol-2001-fry": "INTERPOL: Yugoslavia rejoins INTERPOL",
    "interpol-2001-europol": "INTERPOL: INTERPOL and Europol sign cooperation agreement",
    "rednotice-2011": "Red Notice Law Journal: a growing INTERPOL, new member countries",
    "b92-2017": "B92: Palestine and Solomon Islands admitted to INTERPOL",
    "nation-pk-2017": "The Nation (Pakistan): INTERPOL approves Palestinian membership bid",
    "santiagotimes-2017": "Santiago Times: Palestine joins INTERPOL as full member country",
    "dailysabah-2018": "Daily Sabah: INTERPOL rejects Kosovo's membership bid again",
    "euronews-2018": "Euronews: Kosovo denied entry to INTERPOL",
    "n1-2018": "N1: INTERPOL rejects Kosovo membership bid",
    "infobalkans-2018": "infobalkans (RFE/RL): INTERPOL rejects Kosovo",
    "infobalkans-suspension": "infobalkans: INTERPOL General Assembly",
    "serbianconsulate-2016": "Serbian consulate Vancouver: INTERPOL General Assembly rejects Kosovo's application",
    "rferl-2019": "RFE/RL: Kosovo withdraws application to join INTERPOL",
    "fifthestate-2023": "INTERPOL release (copy): Palau becomes INTERPOL's 196th member country",
    "pardafas-2023": "Pardafas: Republic of Palau becomes the 196th member of INTERPOL",
    "unmik-interpol": "UNMIK: UNMIK's role concerning INTERPOL notices",
    "unmik-2017-statement": "UNMIK press statement, 4 December 2017",
    "trtworld-2018": "TRT World: Kosovo and INTERPOL",
    "gitoc-2023": "Global Initiative against Transnational Organized Crime, SEE Risk Bulletin 17: Kosovo's political challenges",
    "europol-pr-2001": "Europol press release 2001-12-11 (web archive): USA-Europol agreement",
    "hersak-is": "Icelandic police (hersak.is): cooperation with Europol",
    "swiss-fdfa-europol": "Swiss FDFA: bilateral agreement Switzerland-Europol",
    "fedpol-europol": "fedpol: Europol",
    "tiranatimes-2013": "Tirana Times: Albania set for closer cooperation with the EU in fight on crime",
    "setimes-2013": "SETimes feature, 2013-12-31",
    "ansa-2019": "ANSA Nuova Europa: Europol opens its second non-EU office in Albania",
    "eu-del-albania-2019": "EU Delegation to Albania: Europol liaison office opening",
    "rs-law-europol-strategic-2009": "Serbia, law ratifying the Serbia-Europol strategic agreement (Sl. glasnik RS 38/2009)",
    "rts-2014-europol": "RTS: Serbian parliament committee on the Europol operational agreement",
    "telegraf-2025-europol": "Telegraf: Serbia and Europol",
    "rs-law-europol-lo-2019": "Serbia, law ratifying the Serbia-Europol liaison-officer agreement (2019)",
    "zekerijah-blog-2016": "zekerijah-smajic.eu: Europol in Bosnia and Herzegovina",
    "novi-ba-2016": "novi.ba: BiH signs agreement with Europol",
    "fmup-2016": "FMUP (Federation of BiH Ministry of Interior): news",
    "parlementairemonitor-2020": "Parlementaire Monitor: Europol Management Board approves Kosovo working arrangement",
    "gazetaexpress-2020": "Gazeta Express: Kosovo signs cooperation agreement with Europol",
    "mfa-ks-2020": "Kosovo Ministry of Foreign Affairs: consent to sign the Europol working arrangement",
    "agenzianova-2022-kosovo-europol": "Agenzia Nova: Kosovo signs information-exchange agreement with Europol",
    "europol-jpsg-2020": "Europol contribution to the JPSG (2020)",
    "nl-md-lo-agreement": "NL-Moldova agreement on privileges of Moldovan liaison officers at Europol (GitHub statengeneraal/laws-markdown)",
    "selec-history": "SELEC: History",
    "selec-about": "SELEC: About SELEC",
    "selec-old-about": "SELEC: About SELEC (older page)",
    "selec-2014": "SELEC: 3rd anniversary day of SELEC",
    "smallarms-2012": "Small Arms Survey: profile of SELEC",
    "pccsee-secretariat": "PCC SEE Secretariat: the Police Cooperation Convention for Southeast Europe",
    "cpdp-bg": "Bulgarian Commission for Personal Data Protection: the Police Cooperation Convention for Southeast Europe",
    "ks-decree-dmn-016-2013": "Kosovo presidential decree DMN-016-2013 ratifying the Kosovo-Hungary crime-prevention agreement (copies)",
    "ch-sr-0.360.475.1": "Swiss federal law SR 0.360.475.1: Switzerland-Kosovo police cooperation agreement",
    "albinfo-2013": "albinfo.ch: police cooperation agreement between Switzerland and Kosovo",
    "tageswoche-2013": "TagesWoche: Switzerland and Kosovo sign police cooperation agreement",
    "balkanplus-2013": "Balkanplus: Switzerland and Kosovo strengthen police cooperation",
    "oe-journal-bmi-2009": "Österreich Journal: Austria-Kosovo police cooperation agreement (2009)",
    "lajmifundit-2016": "Lajmi i Fundit: Kosovo-USA extradition agreement signed",
    "insajderi-2016": "Insajderi: Kosovo and the USA sign extradition agreement",
    "rts-2019-06-13": "RTS (via naslovi.net): Kosovo ministry signs extradition agreement protocol with the USA",
    "presheva-2019": "presheva.com: US letter on the extradition agreement",
    "lawinsider-hr-ks-mla": "Law Insider: Croatia-Kosovo treaty on mutual legal assistance in criminal matters (text)",
    "ks-moj-mk-agreements": "Kosovo Ministry of Justice: agreements with North Macedonia",
    "aktuale-mk-ibm": "Aktuale.mk: North Macedonia and Kosovo sign integrated border management memorandum",
    "kormany-hu-trocsanyi": "Hungarian government (Ministry of Justice): Hungary supports Kosovo's European integration",
    "dailynewshungary-trocsanyi": "Daily News Hungary: extradition and transfer pact with Kosovo",
    "kosovalive-2023": "KosovaLive: Kosovo and Italy open negotiations to amend the extradition treaty",
    "lajmi-net-2022": "Lajmi.net: Kosovo Police and Albanian State Police sign memorandum",
    "koha-2019": "Koha: Kosovo police begin patrols in Albania",
    "gazetaeprizrenit-2019": "Gazeta e Prizrenit: Kosovo police join Albanian police patrols",
    "prizrenpost-2016": "Prizren Post: Kosovo and Albania to begin joint police inspection",
    "voa-albanian-border": "VOA Albanian: Kosovo-Albania agreement on border controls",
    "albeu-2021": "Albeu: SPAK signs cooperation agreement with the Kosovo prosecution",
    "europeanaffairs-plav": "European Affairs: Joint Centre for Police Cooperation (Plav)",
    "notiziegeopolitiche-plav": "Notizie Geopolitiche: joint police cooperation centre of Montenegro, Albania and Kosovo",
    "yumpu-ks-dk-readmission": "Kosovo-Denmark readmission agreement (text, yumpu copy)",
    "opmaat-BWBV0006581": "Opmaat: NL-Kosovo agreement on hosting the Kosovo Specialist Chambers (text)",
    "kurir-ksc": "Kurir: Jahjaga ratifies the Specialist Chambers agreement with the Netherlands",
    "camera-it-2007": "Italian Chamber of Deputies, bill report: Italy-Albania agreements supplementing ETS 024 and ETS 030",
    "gu-it-2011-011G0138": "Gazzetta Ufficiale 2011-07-06: Italy-Albania agreement (extradition of nationals)",
    "etleboro-2007": "etleboro blog: Italy-Albania police cooperation",
    "ansamed-2017": "ANSAmed: Albania-Italy judicial cooperation memorandum signed",
    "in-gr-2021": "in.gr: Greece-Albania agreement against organised crime (Kakavia)",
    "greekcitytimes-2021": "Greek City Times: Greece-Albania contact center",
    "netflixalbania-2021": "netflixalbania.com: Albania-Greece agreement against cross-border crime",
    "agenzianova-2020": "Agenzia Nova: Albania-USA extradition treaty signed in Tirana",
    "gazetashqiptare-2021": "Gazeta Shqiptare: security committee passes the Albania-USA extradition treaty",
    "al-law-8303-1998": "Albanian Law No. 8303 of 1998-03-12 (ratification of the Albania-Macedonia agreement)",
    "at-ris-20005586": "Austrian treaty register 20005586: Austria-Albania police cooperation agreement",
    "at-ris-20007319": "Austrian treaty register 20007319: Austria-Macedonia police cooperation agreement",
    "rs-belgium-police-2017": "Serbia, draft law ratifying the Serbia-Belgium police cooperation agreement",
    "si-uradni-list-17-2013": "Slovenian Official Gazette (Uradni list) 2013: Slovenia-Serbia police cooperation agreement",
    "albinfo-2016": "albinfo.ch: Federal Council approves police cooperation agreement with Montenegro",
    "si-uradni-list-126-2003": "Slovenian Official Gazette (Uradni list) 2003: Slovenia-Cyprus agreement",
    "rt-vatican-interpol": "RT: Vatican joins INTERPOL",
    "youm7-2008-vatican": "Youm7: the Vatican becomes INTERPOL's 187th member",
    "cancaonova-2008-vatican": "Canção Nova: Vatican admitted unanimously to INTERPOL",
    "pccsee-2009-interpol-ga": "PCC SEE Secretariat: 78th INTERPOL General Assembly",
    "rnz-2009-samoa": "RNZ: Samoa becomes 188th member of INTERPOL",
    "pncguam-2021-fsm": "PNC Guam: Federated States of Micronesia formally joins INTERPOL",
    "guampdn-2021-fsm": "Guam PDN: Federated States of Micronesia becomes part of INTERPOL",
    "moldpres-2014-europol": "Moldpres (copy): Moldova-Europol cooperation agreement signed",
    "md-law-116-2015": "Moldova, Law No. 116 of 2015-05-28 ratifying the Moldova-Europol agreement",
    "mfa-md-jha": "Moldova MFA: justice and home affairs",
    "mrmue-md-fsj": "Moldova MFA (EU mission): freedom, security and justice",
    "ilmetropolitano-2017-georgia": "Il Metropolitano (Europol press release copy): Europol and Georgia sign agreement",
    "georgiatoday-2017-europol": "Georgia Today: Georgia becomes partner of Europol; deal takes effect",
    "messenger-2017-georgia": "The Messenger (Georgia), 2017-04-06",
    "messenger-2018-georgia": "The Messenger (Georgia), 2018-03-12: Europol",
    "worldsecurity-2016-ukraine": "World Security Index: Ukraine and Europol sign agreement",
    "ieu-monitoring-2021-uk": "IEU Monitoring: Europol conditions for cooperation with the UK since 1 January 2021",
    "law360-2021-nca-europol": "Law360: UK and European crime agencies ink post-Brexit work deal",
    "reportslegal-2021": "Reports Legal: the problem of the UK and Europol",
    "wp-europol-2017-copy": "Wikipedia: Europol (copy, Sept 2017)",
    "wp-europol-copy-lightfield": "Wikipedia: Europol (copy)",
}

HAND_SOURCES = {
    "treatynotifier-2016": {
        "title": "Treaty Notifier: Diplomatic fights over Kosovo: Netherlands severely criticized as depositary",
        "url": "http://treatynotifier.blogspot.com/2016/02/diplomatic-fights-over-kosovo.html",
        "as_of": "2016-02-24",
        "note": "Kosovo's only memberships of international organisations are the World Bank and the IMF "
                "(specialized agencies of the United Nations)",
    },
    "un-sop-1999": {
        "title": "Summary of Practice of the Secretary-General as Depositary of Multilateral Treaties (ST/LEG/7/Rev.1), paras. 79-83",
        "url": "https://treaties.un.org/doc/source/publications/practice/summary_english.pdf",
        "as_of": "1999",
        "note": "the 'all States' formula: the Secretary-General accepts instruments only from entities "
                "the General Assembly treats as States",
    },
}

AS_OF_MARKERS = ("As of", "Status as at", "Dated", "Undated", "No as-of date shown")
URL_RE = re.compile(r"https?://[^\s)\]]+")


def parse_as_of(raw: str | None) -> str | None:
    """An ISO (partial) date if the as-of text plainly gives one, else None."""
    if not raw:
        return None
    r = raw.strip()
    low = r.lower()
    if low.startswith(("undated", "n/a", "crawl date", "~", "pre-", "post-", "late ", "leg.",
                       "draft", "no as-of")):
        return None
    r2 = re.sub(r"^(status as of|status as at|status|as of|as at|release|version|uploaded|dated)\s+",
                "", r, flags=re.I)
    m = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[\s.;,(])", r2)
    if m and "/" not in r2 and "\u2013" not in r2:
        return m.group(1)
    m = re.match(r"^([A-Za-z]+)\.?\s+(\d{4})\.?$", r2)
    if m and m.group(1)[:3].lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1)[:3].lower()]:02d}"
    m = re.search(r"\bdated\s+([A-Za-z]+)\s+(\d{4})$", r)
    if m and m.group(1)[:3].lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1)[:3].lower()]:02d}"
    return None


def asof_is_plain(raw: str, as_of: str | None) -> bool:
    """True when the as-of text says nothing beyond the parsed date (so the note need not repeat it)."""
    if as_of is None:
        return False
    r = re.sub(r"^(status as of|status as at|status|as of|as at|release|version|uploaded|dated)\s+", "",
               raw.strip(), flags=re.I).strip(" .")
    if r == as_of:
        return True
    m = re.match(r"^([A-Za-z]+)\.?\s+(\d{4})$", r)
    return bool(m and m.group(1)[:3].lower() in MONTHS)


def auto_title(loc: str, what: str, url: str | None) -> str:
    pre = URL_RE.split(loc)[0].strip(" ,;:(-")
    pre = re.sub(r"\s*\((?:also|copy|mirror)?\s*$", "", pre).strip(" ,;:(")
    if len(pre) >= 8:
        return pre
    domain = urlparse(url).netloc.removeprefix("www.") if url else "source"
    first = re.split(r"[;.]\s", what)[0]
    return f"{domain}: {first}"[:140]


def parse_sources_file(path: Path) -> dict[str, dict]:
    entries: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            entries.append(line[2:].strip())
        elif re.match(r"^\s+-\s", line) and entries:      # continuation bullet of an entry
            entries[-1] += " " + line.strip()
    out: dict[str, dict] = {}
    for e in entries:
        parts = e.split(" \u2014 ")
        key = parts[0].strip()
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]*", key):
            problem(f"{path.name}: cannot read source key in line: {e[:80]!r}")
            continue
        if len(parts) >= 4:
            loc, asof_raw, what = parts[1], parts[2], " \u2014 ".join(parts[3:])
        elif len(parts) == 3:
            loc, asof_raw, what = parts[1], None, parts[2]
        elif len(parts) == 2:                      # "loc. As of X. Used for: what"
            body = parts[1]
            if "Used for:" in body:
                pre, what = body.split("Used for:", 1)
            else:
                pre, what = body, ""
            pre = pre.strip()
            idx = -1
            for mk in AS_OF_MARKERS:
                for m in re.finditer(r"(?:^|[.;]\s+|-\s+)" + re.escape(mk), pre):
                    idx = max(idx, m.start())
            if idx >= 0:
                loc = pre[:idx].strip(" .")
                asof_raw = re.sub(r"^[.;\-\s]+", "", pre[idx:]).strip(" .")
            else:
                loc, asof_raw = pre, None
        else:
            problem(f"{path.name}: cannot read source entry {key}")
            continue
        what = what.strip()
        urls = [u.rstrip(".,;") for u in URL_RE.findall(loc)]
        url = URL_OVERRIDE.get(key) or (urls[0] if urls else None)
        if key in AS_OF_OVERRIDE:
            as_of = AS_OF_OVERRIDE[key]
        else:
            as_of = parse_as_of(asof_raw)
        note = what
        if len(parts) == 3:                        # no as-of field: the locator carries per-page details
            note = f"{what.rstrip('.')}. Details: {loc.strip()}"
        if asof_raw and not asof_is_plain(asof_raw, as_of):
            note = f"{note} [as of: {asof_raw.strip()}]" if note else f"[as of: {asof_raw.strip()}]"
        others = [u for u in urls if u != url]
        if others and len(parts) != 3:
            note += " Also: " + "; ".join(others)
        if key in out:
            problem(f"source key {key} defined twice")
        out[key] = {
            "title": TITLE_OVERRIDE.get(key) or auto_title(loc, what, url),
            "url": url,
            "as_of": as_of,
            "note": note or None,
        }
        if not url:
            problem(f"source {key}: no URL found")
    return out


# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------

# predecessor text in states.csv -> (id or None, note to keep)
PREDECESSOR = {
    "Union of Soviet Socialist Republics": ("SUN", None),
    "Union of Soviet Socialist Republics (continuator)": ("SUN", "Continuator State of the USSR (see SUN)."),
    "Pakistan": ("PAK", None),
    "Socialist Federal Republic of Yugoslavia": ("YUG", None),
    "Czechoslovakia": ("CSK", None),
    "German Democratic Republic (united with the Federal Republic of Germany 1990-10-03)":
        ("DDR", "The German Democratic Republic united with the Federal Republic of Germany on 1990-10-03."),
    "Ethiopia": ("ETH", None),
    "Serbia": ("SRB", None),
    "Serbia and Montenegro (Federal Republic of Yugoslavia)": ("SCG", None),
    "Sudan": ("SDN", None),
    "Tanganyika and Zanzibar (united 1964)": (None, "Formed by the union of Tanganyika and Zanzibar (1964)."),
    "Democratic Yemen (united 1990-05-22)": ("YMD", "Union with Democratic Yemen on 1990-05-22."),
}

# former_names in states.csv that are separate entities here (kept out to keep names unambiguous)
DROP_FORMER = {
    ("RUS", "Union of Soviet Socialist Republics"): "the USSR is the separate entity SUN",
    ("SRB", "Serbia and Montenegro"): "Serbia and Montenegro is the separate entity SCG",
    ("SRB", "Yugoslavia"): "'Yugoslavia' is the separate entity YUG (Socialist Federal Republic)",
}

EXTRA_COUNTRIES = [
    {"id": "EUU", "name": "European Union", "iso2": "EU", "status": "organisation",
     "note": "Party to some conventions as a regional economic integration organization.",
     "sources": ["europa-eu-countries"]},
    {"id": "CUW", "name": "Curaçao", "iso2": "CW", "status": "territory",
     "note": "Constituent country of the Kingdom of the Netherlands; INTERPOL member country since 2011.",
     "sources": ["rednotice-2011"]},
    {"id": "SXM", "name": "Sint Maarten", "iso2": "SX", "status": "territory",
     "note": "Constituent country of the Kingdom of the Netherlands; INTERPOL member country since 2011.",
     "sources": ["rednotice-2011"]},
    {"id": "SCG", "name": "Serbia and Montenegro", "iso2": None, "status": "former-state",
     "note": "The Federal Republic of Yugoslavia, renamed Serbia and Montenegro; predecessor of Serbia and "
             "of Montenegro (states.csv). ISO 3166-3 code SCG.",
     "sources": ["unorg-members", "selec-history"]},
    {"id": "YUG", "name": "Socialist Federal Republic of Yugoslavia", "iso2": None, "status": "former-state",
     "note": "'Former Yugoslavia' in UN depositary end notes; predecessor of Bosnia and Herzegovina, Croatia, "
             "North Macedonia and Slovenia (states.csv). ISO 3166-3 code YUG.",
     "sources": ["untc-mtdsg-2018", "unorg-members"]},
    {"id": "CSK", "name": "Czechoslovakia", "iso2": None, "status": "former-state",
     "note": "Predecessor of Czechia and Slovakia; INTERPOL member until 1992 (cow-igo-v3). ISO 3166-3 code CSK.",
     "sources": ["untc-mtdsg-2018", "unorg-members", "cow-igo-v3"]},
    {"id": "SUN", "name": "Union of Soviet Socialist Republics", "iso2": None, "status": "former-state",
     "note": "The Russian Federation is its continuator; the other former Soviet republics are successor "
             "States (states.csv). ISO 3166-3 code SUN.",
     "sources": ["unorg-members"]},
    {"id": "DDR", "name": "German Democratic Republic", "iso2": None, "status": "former-state",
     "note": "United with the Federal Republic of Germany on 1990-10-03 (states.csv). ISO 3166-3 code DDR.",
     "sources": ["untc-mtdsg-2018", "unorg-members"]},
    {"id": "YMD", "name": "Democratic Yemen", "iso2": None, "status": "former-state",
     "note": "United with Yemen on 1990-05-22 (states.csv); INTERPOL member 1976-1989 as 'Yemen People's "
             "Republic' (cow-igo-v3). ISO 3166-3 code YMD.",
     "sources": ["unorg-members", "cow-igo-v3"]},
    {"id": "RVN", "name": "Republic of Vietnam", "iso2": None, "status": "former-state",
     "note": "INTERPOL member 1970-1975 (cow-igo-v3, 'dissolved 1975'). No ISO 3166 code: RVN is the "
             "Correlates of War abbreviation, used here as id.",
     "sources": ["cow-igo-v3"]},
    {"id": "TWN", "name": "Taiwan", "iso2": "TW", "status": "partially-recognized",
     "note": "Listed by cow-igo-v3 as an INTERPOL member 1961-1984.",
     "sources": ["cow-igo-v3"]},
]

# what users type (the source spellings are added automatically from the participant tables)
USER_ALIASES = {
    "USA": ["USA", "US", "United States", "America"],
    "GBR": ["UK", "United Kingdom", "Britain", "Great Britain"],
    "RUS": ["Russia"],
    "TUR": ["Turkey", "Turkiye"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea", "DPRK"],
    "CZE": ["Czech Republic"],
    "SVK": ["Slovak Republic"],
    "MKD": ["Macedonia", "FYROM", "TFYR Macedonia", "The former Yugoslav Republic of Macedonia"],
    "BIH": ["Bosnia", "BiH"],
    "CIV": ["Ivory Coast"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "MMR": ["Burma"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa", "Zaire"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo"],
    "SWZ": ["Swaziland"],
    "NLD": ["Netherlands", "The Netherlands", "Holland"],
    "VAT": ["Vatican", "Vatican City"],
    "PSE": ["Palestine"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "XKX": ["Kosova", "Republic of Kosovo"],
    "EUU": ["EU"],
    "ARE": ["UAE"],
    "DEU": ["West Germany"],
    "SUN": ["USSR", "Soviet Union"],
    "YUG": ["Yugoslavia", "SFRY", "SFR Yugoslavia", "former Yugoslavia"],
    "SCG": ["Federal Republic of Yugoslavia", "FRY"],
    "DDR": ["GDR", "East Germany"],
    "YMD": ["Yemen People's Republic", "South Yemen", "People's Democratic Republic of Yemen"],
    "RVN": ["South Vietnam"],
}

# participant spellings that carry an annotation rather than a name
ANNOTATION_RE = re.compile(r"\s*\(dissolved \d{4}\)$")


class Countries:
    def __init__(self, src: Path):
        self.rows: dict[str, dict] = {}
        for r in read_csv(src / "states" / "states.csv"):
            cid = r["iso3"].strip()
            former = [f.strip() for f in r["former_names"].split("|") if f.strip()]
            notes = []
            for f in list(former):
                why = DROP_FORMER.get((cid, f))
                if why:
                    former.remove(f)
                    notes.append(f"states.csv also gives the former name '{f}'; left out here because {why}.")
            pred_txt = r["predecessor"].strip()
            pred = None
            if pred_txt:
                if pred_txt not in PREDECESSOR:
                    problem(f"states.csv {cid}: predecessor {pred_txt!r} has no id mapping")
                else:
                    pred, pnote = PREDECESSOR[pred_txt]
                    if pnote:
                        notes.insert(0, pnote)
            row = {
                "id": cid, "name": r["name"].strip(), "iso2": r["iso2"].strip() or None,
                "status": r["status"].strip(),
            }
            if row["status"] == "un-member":
                row["un_member_since"] = date_or_none(r["un_member_since"], f"states.csv {cid}")
            row.update({"aliases": [], "former_names": former, "predecessor": pred,
                        "note": " ".join(notes) or None, "sources": split_keys(r["source"])})
            if cid in self.rows:
                problem(f"states.csv: duplicate iso3 {cid}")
            self.rows[cid] = row
        for e in EXTRA_COUNTRIES:
            row = {"id": e["id"], "name": e["name"], "iso2": e["iso2"], "status": e["status"],
                   "aliases": [], "former_names": [], "predecessor": None, "note": e["note"],
                   "sources": list(e["sources"])}
            self.rows[e["id"]] = row
        for cid, aliases in USER_ALIASES.items():
            if cid not in self.rows:
                problem(f"alias table names unknown country {cid}")
                continue
            for a in aliases:
                self.add_alias(cid, a)
        self.used_spellings: dict[str, set[str]] = defaultdict(set)
        self._build_index()

    def add_alias(self, cid: str, alias: str) -> None:
        row = self.rows[cid]
        n = norm(alias)
        if n == norm(row["name"]) or any(norm(a) == n for a in row["aliases"]):
            return
        row["aliases"].append(alias)

    def _build_index(self) -> None:
        self.index: dict[str, set[str]] = defaultdict(set)
        for cid, row in self.rows.items():
            for s in [row["name"], *row["aliases"], *row["former_names"]]:
                self.index[norm(s)].add(cid)

    def lookup(self, name: str, where: str) -> str | None:
        clean = ANNOTATION_RE.sub("", name.strip())
        ids = self.index.get(norm(clean), set())
        if len(ids) == 1:
            cid = next(iter(ids))
            if norm(clean) != norm(self.rows[cid]["name"]):
                self.used_spellings[cid].add(clean)
            return cid
        if len(ids) > 1:
            problem(f"{where}: name {name!r} is ambiguous: {sorted(ids)}")
        else:
            problem(f"{where}: cannot map participant name {name!r} to a country id")
        return None

    def finish(self) -> None:
        """Add the source spellings as aliases and check names are unambiguous."""
        for cid, spellings in self.used_spellings.items():
            for s in sorted(spellings):
                self.add_alias(cid, s)
        seen: dict[str, set[str]] = defaultdict(set)
        for cid, row in self.rows.items():
            labels = [row["name"], *row["aliases"], *row["former_names"], cid]
            if row["iso2"]:
                labels.append(row["iso2"])
            for s in labels:
                for k in name_keys(s):
                    seen[k].add(cid)
        for label, ids in sorted(seen.items()):
            if len(ids) > 1:
                problem(f"countries: {label!r} would name several entities: {sorted(ids)}")

    def name(self, cid: str) -> str:
        return self.rows[cid]["name"]


# --------------------------------------------------------------------------------------------
# Instruments: fixed facts from un/INSTRUMENTS.md and coe/INSTRUMENTS.md
# --------------------------------------------------------------------------------------------

UN_DEPOSITARY = "Secretary-General of the United Nations"
COE_DEPOSITARY = "Secretary General of the Council of Europe"
UN_JOIN_NOTE = ("Open to all States (and regional economic integration organizations where the treaty says so). "
                "As depositary the Secretary-General accepts instruments only from entities the General "
                "Assembly treats as States (un-sop-1999).")
VIENNA_NOTE = ("Open to Members of the United Nations, non-member States that are members of a specialized agency "
               "or parties to the Statute of the International Court of Justice, and States invited by ECOSOC "
               "('Vienna formula', {art}), not an 'all States' clause. The Secretary-General applies his "
               "depositary practice on what is a State (un-sop-1999).")
COE_JOIN_NOTE = ("Open to Council of Europe member States{extra}; other States accede only by invitation of the "
                 "Committee of Ministers.")

# id, file, short, name, kind, parent, adopted, eif, rule, purposes, aliases, table source (for the
# Kosovo statement), context sources (counts, cross-checks, instrument facts), note
UN_INSTRUMENTS = [
    dict(id="untoc", file="untoc.csv", short="UNTOC",
         name="United Nations Convention against Transnational Organized Crime",
         kind="convention", adopted="2000-11-15", eif="2003-09-29",
         rule={"days_after_deposit": 30, "article": "art. 38(2)"},
         purposes={"extradition": "art. 16", "mla": "art. 18", "joint_investigations": "art. 19",
                   "police": "art. 27"},
         aliases=["Palermo", "Palermo Convention", "CTOC", "UNCTOC", "2000",
                  "Organized Crime Convention", "Organised Crime Convention"],
         table="untc-xviii12-2024",
         context=["untc-xviii12-2024", "owiki-untoc", "unodc-2018-cop9", "at-bgbl-xcheck", "nl-trb-2007-70",
                  "inview-untoc", "mfa-bt-2023", "dailynk-2016-dprk", "fiji-2018", "finlex-untoc",
                  "mtdsg-text-123dok", "legal-un-avl", "chicagosyndicate-2014", "unodc-2017-japan"],
         note="MTDSG XVIII-12; UNTS No. 39574, vol. 2225. Art. 16(5) notifications seen in passing (the full "
              "UNTC declarations were not retrieved): Bahamas uses the Convention as a legal basis for "
              "extradition on a reciprocity basis (at-bgbl-xcheck, BGBl. III 145/2011); the Netherlands does, "
              "also for Aruba (finlex-untoc). Netherlands territorial application: Kingdom in Europe, Aruba "
              "from 2007-01-18, Netherlands Antilles from 2010-09-09 (finlex-untoc)."),
    dict(id="untoc-tip", file="untoc-tip-protocol.csv", short="Trafficking Protocol",
         name="Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
              "supplementing the United Nations Convention against Transnational Organized Crime",
         kind="protocol", parent="untoc", adopted="2000-11-15", eif="2003-12-25",
         rule={"days_after_deposit": 30, "article": "art. 17(2)"},
         purposes={"police": "art. 10 (information exchange)"},
         aliases=["TIP Protocol", "Trafficking in Persons Protocol", "Human Trafficking Protocol",
                  "Palermo Protocol on trafficking"],
         table="untc-xml-2018-xviii",
         context=["untc-xviii12a-2024", "at-bgbl-xcheck", "nl-trb-2010-317", "whatconvention-tip",
                  "koreaherald-2015", "glica-2019", "unodc-2017-japan", "legal-un-avl", "fiji-2018"],
         note="MTDSG XVIII-12-a. Binds a pair only together with the Convention (art. 1). Territorial (UNTC end "
              "notes): China applies it to Macao SAR, not to Hong Kong SAR unless notified (2010-02-08); Denmark "
              "excludes the Faroe Islands and Greenland; Netherlands: Kingdom in Europe, Aruba from 2007-01-18, "
              "Caribbean Netherlands from 2010-10-10; New Zealand excludes Tokelau."),
    dict(id="untoc-som", file="untoc-smuggling-protocol.csv", short="Smuggling Protocol",
         name="Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United "
              "Nations Convention against Transnational Organized Crime",
         kind="protocol", parent="untoc", adopted="2000-11-15", eif="2004-01-28",
         rule={"days_after_deposit": 30, "article": "art. 22(2)"},
         purposes={"police": "art. 10 (information exchange)"},
         aliases=["Smuggling of Migrants Protocol", "Migrant Smuggling Protocol", "SoM Protocol"],
         table="untc-xml-2018-xviii",
         context=["unodc-2018-cop9", "at-bgbl-xcheck", "legal-un-avl", "fiji-2018"],
         note="MTDSG XVIII-12-b. Binds a pair only together with the Convention (art. 1). Territorial: Denmark "
              "excludes the Faroe Islands and Greenland; Netherlands as for the Trafficking Protocol; New Zealand "
              "excludes Tokelau."),
    dict(id="untoc-firearms", file="untoc-firearms-protocol.csv", short="Firearms Protocol",
         name="Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and "
              "Components and Ammunition, supplementing the United Nations Convention against Transnational "
              "Organized Crime",
         kind="protocol", parent="untoc", adopted="2001-05-31", eif="2005-07-03",
         rule={"days_after_deposit": 30, "article": "art. 18(2)"},
         purposes={"police": "art. 12 (information), art. 13 (cooperation)"},
         aliases=["Firearms Protocol UN", "UN Firearms Protocol"],
         table="untc-xml-2018-xviii",
         context=["unodc-2018-cop9", "knowledgr-firearms", "at-bgbl-xcheck", "legal-un-avl", "fiji-2018"],
         note="MTDSG XVIII-12-c; adopted by GA res. 55/255. Binds a pair only together with the Convention "
              "(art. 1). Territorial: Denmark excludes Greenland and the Faroe Islands (2015-02-04); Spain made a "
              "communication on Gibraltar (2008-03-05)."),
    dict(id="drugs-1961", file="single-convention-1961.csv", short="Single Convention 1961", amended_by="drugs-1961-amended",
         name="Single Convention on Narcotic Drugs, 1961",
         kind="convention", adopted="1961-03-30", eif="1964-12-13",
         rule={"days_after_deposit": 30, "article": "art. 41(2)"},
         purposes={"extradition": "art. 36(2)(b)", "police": "art. 35"},
         aliases=["1961", "Single Convention", "Single Convention on Narcotic Drugs"],
         table="untc-mtdsg-2018", vienna="art. 40",
         context=["untc-mtdsg-2018", "untc-status-pages", "verdragen-1961", "untc-xml-current"],
         note="MTDSG VI-15; UNTS No. 7515, vol. 520; New York, 30 March 1961. Predecessor participation "
              "(UNTC end notes): former Yugoslavia signed 1961-03-30, ratified 1963-08-27; Czechoslovakia signed "
              "1961-07-31, ratified 1964-03-20; German Democratic Republic acceded 1975-12-02. Chad is a party to "
              "the unamended text only. Algeria: 1964-04-07 in UNTC, 1965-04-07 in verdragen.nl and a 2015 "
              "scrape (UNTC kept); Switzerland: 1970-02-17 in UNTC 2018, 1970-01-23 in the 2015 scrape."),
    dict(id="drugs-1961-amended", file="single-convention-1961-as-amended.csv",
         short="Single Convention 1961 (as amended)",
         name="Single Convention on Narcotic Drugs, 1961, as amended by the Protocol amending the Single "
              "Convention on Narcotic Drugs, 1961",
         kind="convention", adopted="1975-08-08", eif="1975-08-08",
         rule={"days_after_deposit": 30, "article": "art. 18(2) of the 1972 Protocol"},
         purposes={"extradition": "art. 36(2)(b)", "police": "art. 35"},
         aliases=["1972 Protocol", "Single Convention as amended", "1961 as amended",
                  "Single Convention 1961 as amended"],
         table="untc-mtdsg-2018", vienna="art. 40 of the Convention; arts. 15-17 of the 1972 Protocol",
         context=["untc-mtdsg-2018", "untc-status-pages", "unodc-adherence-2008"],
         note="MTDSG VI-18 (the amending Protocol, done at Geneva on 1972-03-25, is VI-17; in force 1975-08-08; "
              "UNTS No. 14151). Text as amended established at New York 1975-08-08; UNTS No. 14152, vol. 976. "
              "The act recorded for participation through the Protocol or the unamended Convention is the kind "
              "of that act (VI-17 or VI-15 row). Micronesia: VI-18 gives 1991-05-29, its VI-15 accession is "
              "1991-04-29. Predecessors: former Yugoslavia ratified the Protocol 1978-06-23; Czechoslovakia "
              "acceded 1991-06-04; German Democratic Republic acceded 1988-10-04."),
    dict(id="drugs-1971", file="psychotropic-1971.csv", short="Psychotropic Convention 1971",
         name="Convention on Psychotropic Substances, 1971",
         kind="convention", adopted="1971-02-21", eif="1976-08-16",
         rule={"days_after_deposit": 90, "article": "art. 26(2)"},
         purposes={"extradition": "art. 22(2)(b)", "police": "art. 21"},
         aliases=["1971", "Psychotropic Convention", "Convention on Psychotropic Substances",
                  "Vienna Convention 1971"],
         table="untc-mtdsg-2018", vienna="art. 25",
         context=["untc-mtdsg-2018", "untc-xml-current"],
         note="MTDSG VI-16; UNTS No. 14956, vol. 1019; Vienna, 21 February 1971. Predecessors: former "
              "Yugoslavia signed 1971-02-21, ratified 1973-10-15; Czechoslovakia acceded 1988-10-13; German "
              "Democratic Republic acceded 1975-12-02."),
    dict(id="drugs-1988", file="illicit-traffic-1988.csv", short="Drug Trafficking Convention 1988",
         name="United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic "
              "Substances, 1988",
         kind="convention", adopted="1988-12-20", eif="1990-11-11",
         rule={"days_after_deposit": 90, "article": "art. 29(2)"},
         purposes={"extradition": "art. 6", "mla": "art. 7", "police": "art. 9"},
         aliases=["1988", "Vienna Convention 1988", "1988 Convention", "Drug Trafficking Convention",
                  "Illicit Traffic Convention"],
         table="zmjones-untc-2014",
         context=["zmjones-untc-2014", "incb-2019-palau", "wikipedia-1988-2020", "hscrew-1988-2024"],
         note="MTDSG VI-19; UNTS No. 27627, vol. 1582; Vienna, 20 December 1988."),
    dict(id="att", file="arms-trade-treaty.csv", short="ATT", name="Arms Trade Treaty",
         kind="convention", adopted="2013-04-02", eif="2014-12-24",
         rule={"days_after_deposit": 90, "article": "art. 22(2)"},
         purposes={"mla": "art. 15(5)", "police": "art. 15(4)"},
         aliases=["Arms Trade Treaty 2013"],
         table="untc-xxvi8-2026",
         context=["untc-xxvi8-2026", "untc-mtdsg-2018", "untc-status-pages", "att-portal-2025", "nti-att",
                  "att-2014-events", "controlarms-att-news", "pga-att-news"],
         note="MTDSG XXVI-8; UNTS No. 52373, vol. 3013; adopted by GA res. 67/234 B. Provisional application "
              "(art. 23) is not recorded. Niger: 2015-07-24 in UNTC, 27 July in a Control Arms post (UNTC kept). "
              "United States: signatory only (2013-09-25)."),
    dict(id="uncac", file="uncac.csv", short="UNCAC", name="United Nations Convention against Corruption",
         kind="convention", adopted="2003-10-31", eif="2005-12-14",
         rule={"days_after_deposit": 30, "article": "art. 68(2)"},
         purposes={"extradition": "art. 44", "mla": "art. 46", "police": "art. 48"},
         aliases=["Merida", "Merida Convention", "Corruption Convention UN"],
         table="untc-xviii14-2024",
         context=["untc-xviii14-2024", "unodc-2017-japan", "at-bgbl-xcheck", "legacarta-uncac",
                  "mtdsg-text-123dok", "transparency-de-2014", "integritytalkingpoints-2014",
                  "financialcrime-suriname"],
         note="MTDSG XVIII-14; UNTS No. 42146, vol. 2349. Germany: 2014-11-12 (dgvn-uncac-2014) vs deposit "
              "'today' in a release of 2014-11-14 (transparency-de-2014); kept 2014-11-12, to confirm against "
              "UNTC. Bhutan: UNTC 2024 shows '27 Sep 2023 a' with a footnote not retrieved; Austrian records "
              "suggest an earlier instrument later corrected."),
    dict(id="icsft", file="terrorism-financing.csv", short="ICSFT",
         name="International Convention for the Suppression of the Financing of Terrorism",
         kind="convention", adopted="1999-12-09", eif="2002-04-10",
         rule={"days_after_deposit": 30, "article": "art. 26(2)"},
         purposes={"extradition": "art. 11", "mla": "art. 12"},
         aliases=["Terrorist Financing Convention", "Terrorism Financing Convention",
                  "Financing of Terrorism Convention"],
         table="zmjones-untc-2014-xviii",
         context=["at-bgbl-xcheck", "mtdsg-text-123dok", "legal-un-avl"],
         note="MTDSG XVIII-11; UNTS No. 38349, vol. 2178; adopted by GA res. 54/109. Austrian BGBl. III 144/2008 "
              "differs from UNTC on China (2006-04-29 vs 2006-04-19), Qatar (2008-06-27 vs 2008-07-27) and Congo "
              "(2000-04-20 vs 2007-04-20); UNTC kept."),
    dict(id="cybercrime-2024", file="cybercrime-2024.csv", short="UN Cybercrime Convention",
         name="United Nations Convention against Cybercrime; Strengthening International Cooperation for "
              "Combating Certain Crimes Committed by Means of Information and Communications Technology Systems "
              "and for the Sharing of Evidence in Electronic Form of Serious Crimes",
         kind="convention", adopted="2024-12-24", eif=None,
         rule={"days_after_deposit": 30, "article": "art. 65(2)"},
         purposes={"extradition": "art. 37", "mla": "art. 40", "police": "art. 47"},
         aliases=["Hanoi Convention", "UN Convention against Cybercrime", "UNCC"],
         table="untc-xviii16-2025",
         context=["untc-xviii16-2025", "cyber-news-2025"],
         note="MTDSG XVIII-16; adopted by GA res. 79/243. Open for signature at Hanoi 2025-10-25/26, then at UN "
              "Headquarters until 2026-12-31. Not in force: art. 65(1) requires 40 instruments (90th day after "
              "the 40th)."),
]

COE_INSTRUMENTS = [
    dict(id="ets-024", file="ets-024-extradition.csv", short="ETS 24 Extradition",
         name="European Convention on Extradition", kind="convention", adopted="1957-12-13", eif="1960-04-18",
         rule={"days_after_deposit": 90, "article": "art. 29(3)"},
         purposes={"extradition": "arts. 1-28"},
         aliases=["ETS 24", "ETS24", "ETS 024", "ETS 24 Extradition", "European Convention on Extradition 1957",
                  "European Extradition Convention"],
         context=["coe-024-details", "gr-j-2019-15", "wikipedia-024"],
         join_extra=" (signature and ratification)",
         join_note_more=" Accession of a non-member needs the unanimity of the ratifying member States "
                        "(art. 30; gr-j-2019-15).",
         note="Opened for signature at Paris on 1957-12-13. Between EU Member States largely replaced by the "
              "European Arrest Warrant. Art. 28 lets it supersede bilateral extradition treaties between parties."),
    dict(id="ets-030", file="ets-030-mutual-assistance.csv", short="ETS 30 Mutual Assistance",
         name="European Convention on Mutual Assistance in Criminal Matters", kind="convention",
         adopted="1959-04-20", eif="1962-06-12",
         rule={"days_after_deposit": 90, "article": "art. 27(3)"},
         purposes={"mla": "arts. 1-26"},
         aliases=["ETS 30", "ETS30", "ETS 030", "European Convention on Mutual Assistance in Criminal Matters 1959",
                  "European MLA Convention"],
         context=["coe-030-details", "wikipedia-030", "nl-006930-decl"],
         join_extra="", join_note_more="",
         note="Opened for signature at Strasbourg on 1959-04-20. Between EU Member States largely replaced by the "
              "European Investigation Order."),
    dict(id="ets-141", file="ets-141-laundering.csv", short="ETS 141 Laundering",
         name="Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime",
         kind="convention", adopted="1990-11-08", eif="1993-09-01",
         rule={"months_then_first_of_month": 3, "article": "art. 36(4)"},
         purposes={"mla": "arts. 7-35 (international co-operation)"},
         aliases=["ETS 141", "ETS141", "Strasbourg Convention 1990", "Laundering Convention 1990"],
         context=["coe-141-details", "allglobal-141"],
         join_extra=" and non-members that took part in its elaboration", join_note_more="",
         note="Opened for signature at Strasbourg on 1990-11-08."),
    dict(id="ets-173", file="ets-173-corruption.csv", short="ETS 173 Corruption",
         name="Criminal Law Convention on Corruption", kind="convention", adopted="1999-01-27", eif="2002-07-01",
         rule={"months_then_first_of_month": 3, "article": "art. 32(4)"},
         purposes={"extradition": "art. 27", "mla": "art. 26"},
         aliases=["ETS 173", "ETS173", "Criminal Law Convention on Corruption 1999", "CoE Corruption Convention"],
         context=["coe-173-details", "anticor-belarus", "nl-010715"],
         join_extra=" and non-members that took part in its elaboration",
         join_note_more=" The European Union may accede. Ratifying non-members join GRECO automatically.",
         note="Opened for signature at Strasbourg on 1999-01-27."),
    dict(id="ets-182", file="ets-182-mla-second-protocol.csv", short="ETS 182 2nd Protocol MLA",
         name="Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters",
         kind="protocol", parent="ets-030", adopted="2001-11-08", eif="2004-02-01",
         rule={"months_then_first_of_month": 3, "article": "art. 30(3)"},
         purposes={"mla": "arts. 1-33"},
         aliases=["ETS 182", "ETS182", "Second Additional Protocol MLA", "Second Additional Protocol to ETS 30"],
         context=["newsdiary-182", "scribd-182-text"],
         join_extra=" that are parties to or have signed ETS 30",
         join_note_more=" A State can be bound only if it is bound by ETS 30.",
         note="Opened for signature at Strasbourg on 2001-11-08."),
    dict(id="ets-185", file="ets-185-cybercrime.csv", short="Budapest Convention",
         name="Convention on Cybercrime", kind="convention", adopted="2001-11-23", eif="2004-07-01",
         rule={"months_then_first_of_month": 3, "article": "art. 36(4)"},
         purposes={"extradition": "art. 24", "mla": "arts. 25, 27", "police": "art. 35 (24/7 network)"},
         aliases=["ETS 185", "ETS185", "Budapest", "Cybercrime Convention", "Convention on Cybercrime 2001"],
         context=["coe-185-chart-2026", "coe-185-chart-2015", "coe-cybercrime-2024", "cybercrimelaw-2015"],
         join_extra=" and non-members that took part in its elaboration",
         join_note_more=" Other non-members accede by invitation (art. 37).",
         note="Opened for signature at Budapest on 2001-11-23. Non-members that acceded appear with the accession "
              "date and no signature."),
    dict(id="cets-197", file="cets-197-trafficking.csv", short="CETS 197 Trafficking",
         name="Council of Europe Convention on Action against Trafficking in Human Beings", kind="convention",
         adopted="2005-05-03", eif="2008-02-01",
         rule={"months_then_first_of_month": 3, "article": "art. 42(4)"},
         purposes={"mla": "art. 32"},
         aliases=["CETS 197", "CETS197", "ETS 197", "CoE Trafficking Convention",
                  "Convention on Action against Trafficking in Human Beings"],
         context=["coe-thb-page", "coe-greta-flags", "loc-gov-2008", "wikipedia-197"],
         join_extra=", non-members and the European Union", join_note_more="",
         note="Adopted 2005-05-03; opened for signature at Warsaw on 2005-05-16."),
    dict(id="cets-198", file="cets-198-warsaw.csv", short="CETS 198 Warsaw",
         name="Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from "
              "Crime and on the Financing of Terrorism",
         kind="convention", adopted="2005-05-16", eif="2008-05-01",
         rule={"months_then_first_of_month": 3, "article": "art. 49(4)"},
         purposes={"mla": "arts. 15-45"},
         aliases=["CETS 198", "CETS198", "ETS 198", "Warsaw Convention", "Warsaw Convention 2005"],
         context=["coe-198-details", "wikipedia-198", "coe-cop198-news-2015"],
         join_extra=", non-members that took part in its elaboration and the European Union",
         join_note_more="",
         note="Opened for signature at Warsaw on 2005-05-16."),
]

ORGS = [
    dict(id="interpol", file="interpol.csv", short="INTERPOL", name="International Criminal Police Organization",
         aliases=["ICPO", "ICPO-INTERPOL", "Interpol"], who="interpol-general-assembly",
         who_note="Membership by vote of the General Assembly.",
         purposes={"police": "notices and I-24/7 (Constitution art. 2)"},
         context=["fifthestate-2023"],
         note="Membership periods up to 2014 are year-level periods from the Correlates of War IGO data "
              "(cow-igo-v3): pre-1965 values may be coarse, and Serbia's row covers Yugoslavia / FRY / Serbia and "
              "Montenegro (COW code 345). Kiribati's isolated 1999 coding in that data was dropped by the "
              "source compilers."),
    dict(id="europol", file="europol.csv", short="Europol",
         name="European Union Agency for Law Enforcement Cooperation (Europol)",
         aliases=["European Police Office"], who="eu-members",
         who_note="EU Member States are members. Third States and organisations cooperate through operational "
                  "or strategic agreements, working arrangements and liaison officers, by agreement with Europol.",
         purposes={"police": "Europol Regulation (EU) 2016/794"},
         context=["interpol-2001-europol"], note=None),
    dict(id="eu", file="eu.csv", short="European Union", name="European Union",
         aliases=[], who="eu-members", who_note="Accession of European States as Member States.",
         purposes={}, context=["eurlex-enlargement-glossary", "isolatedtraveller-eu"],
         note="A membership, not a cooperation instrument: EU-internal channels (European Arrest Warrant, "
              "European Investigation Order) apply between Member States. Founders' dates are 1958-01-01 on "
              "europa.eu (1952, ECSC, on english.eu.dk)."),
    dict(id="coe", file="coe-members.csv", short="Council of Europe", name="Council of Europe",
         aliases=["CoE"], who="coe-members",
         who_note="Membership by invitation of the Committee of Ministers.",
         purposes={}, context=["wikipedia-coe-members"],
         note="A membership, not a cooperation instrument: it opens the Council of Europe conventions. Türkiye: "
              "1949-08-09 (ecotaf) vs 13 April 1950 (Wikipedia); hrea-coe-members differs on Andorra, Iceland "
              "and Poland; ecotaf dates kept."),
    dict(id="selec", file="selec.csv", short="SELEC", name="Southeast European Law Enforcement Center",
         aliases=["SECI Center", "Southeast European Law Enforcement Centre"], who="named-parties",
         who_note="Parties to the SELEC Convention (signed 2009-12-09, in force 2011-10-07), successor to the SECI "
                  "Agreement of 1999-05-26 (SECI Center).",
         purposes={"police": "SELEC Convention"},
         context=["selec-about", "selec-history", "selec-2014", "smallarms-2012"],
         adopted="2009-12-09", eif="2011-10-07",
         note="Rows 1999-05-26 to 2011-10-07 are SECI Agreement signatories (predecessor SECI Center). Member "
              "counts disagree: 11 (selec-about, selec-old-about), 12 in 2014 (selec-2014), 13 incl. Croatia and "
              "Slovenia as of 2012-06-04 (smallarms-2012)."),
    dict(id="pcc-see", file="pcc-see.csv", short="PCC SEE", name="Police Cooperation Convention for Southeast Europe",
         aliases=["PCCSEE", "Police Cooperation Convention for Southeast Europe 2006"], who="named-parties",
         who_note="Signed at Vienna on 2006-05-05 by 7 States; others have acceded.",
         purposes={"police": "PCC SEE Convention"}, context=["pccsee-secretariat", "cpdp-bg"],
         adopted="2006-05-05", eif="2007-10-10", depositary="Albania",
         note="Entry into force 2007-10-10 per the Secretariat, 2008-07-11 per the Bulgarian CPDP (cpdp-bg). "
              "Depositary: Albania (cpdp-bg)."),
]

# hand notes for rows the INSTRUMENTS.md files comment on: (instrument, country id) -> (note, extra keys)
ROW_NOTES = {
    ("untoc", "PRK"): ("Domestic ratification 2016-06-16 (dailynk-2016-dprk); UN deposit date not found. Party by "
                       "elimination (pmfias-untoc); accession deduced (never signed).", ["dailynk-2016-dprk"]),
    ("untoc", "FJI"): ("Joined in 2017 (year only, fiji-2018); UNTC dates Fiji's protocol accessions 2017-09-19, "
                       "the Convention date is probably the same but unconfirmed.", ["fiji-2018"]),
    ("untoc", "PLW"): ("Party by elimination (pmfias-untoc); date not found; accession deduced.", []),
    ("untoc", "WSM"): ("Party by elimination (pmfias-untoc); date not found; accession deduced.", []),
    ("untoc", "PSE"): ("Party by elimination (pmfias-untoc); date not found; accession deduced.", []),
    ("untoc", "SOM"): ("Accession ceremony reported 2024-11-25 (allafrica-2024-som); deposit date not found.", []),
    ("untoc", "SLE"): ("Recorded as ratification because it signed in 2001; the BGBl wording covers both "
                       "ratification and accession.", []),
    ("untoc", "SSD"): ("Entry into force for South Sudan 2023-11-19 per the depositary statement quoted by the "
                       "source; the article says 'signed', but the act must be an accession.", []),
    ("untoc", "BHS"): ("Art. 16(5): uses the Convention as legal basis for extradition, on a reciprocity basis "
                       "(BGBl. III 145/2011).", ["at-bgbl-xcheck"]),
    ("untoc", "NLD"): ("Art. 16(5)(a): uses the Convention as legal basis for extradition, also for Aruba.",
                       ["finlex-untoc"]),
    ("untoc", "BTN"): ("Bhutan's foreign ministry: instrument handed over 2023-03-21, in force 2023-03-22 "
                       "(mfa-bt-2023); the Dutch treaty database gives in force 2023-03-22 (inview-untoc). "
                       "UNODC's 2023-02-20 kept.", ["mfa-bt-2023", "inview-untoc"]),
    ("untoc", "KOR"): ("Deposit reported on 'Thursday' in a 2015-11-06 article.", []),
    ("untoc-tip", "BGD"): ("Acceded during the 2019-2020 reporting period (US TIP Report 2020 as quoted); day not "
                           "found; accession because not a signatory in 2018.", []),
    ("untoc-tip", "NPL"): ("Ratified/acceded in 2020 per the source; day not found; accession because not a "
                           "signatory in 2018.", []),
    ("untoc-tip", "AFG"): ("whatconvention.org gives 2014-08-14; UNTC kept.", ["whatconvention-tip"]),
    ("untoc-tip", "AGO"): ("whatconvention.org gives 2014-09-09; UNTC kept.", ["whatconvention-tip"]),
    ("untoc-som", "SDN"): ("Accession welcomed by UNODC at COP-9 (October 2018); day of deposit not found.", []),
    ("untoc-som", "MDA"): ("The 2014 scrape had ratification 2005-09-16; UNTC 2018 has accession 2006-02-28 "
                           "keeping the 2000-12-14 signature. UNTC 2018 kept.", []),
    ("untoc-firearms", "SDN"): ("Accession in October 2018 (UNODC at COP-9); day of deposit not found.", []),
    ("uncac", "NZL"): ("Ratified in November 2015 per TINZ; announced by the minister on Wednesday 2015-12-02 "
                       "(Xinhua); deposit day not found.", []),
    ("uncac", "GNQ"): ("Listed as party in the Austrian record (BGBl. III 95/2018); date not found; accession "
                       "deduced (never signed).", []),
    ("uncac", "WSM"): ("Acceded (instrument signed by the Prime Minister 'in April', year and deposit day not "
                       "given; between 2016 and Feb 2020).", []),
    ("uncac", "TON"): ("Accession announced in February 2020 (187th party); deposit day not found.", []),
    ("uncac", "TUV"): ("Party by elimination (un-prac-2020: all 14 Pacific Island countries it covers had joined "
                       "by 2020); no dated source.", []),
    ("uncac", "NIU"): ("Party by elimination (un-prac-2020: all 14 Pacific Island countries it covers had joined "
                       "by 2020); no dated source.", []),
    ("uncac", "DEU"): ("2014-11-12 per DGVN; a Transparency Germany release of 2014-11-14 says deposited 'today'. "
                       "To confirm against UNTC.", ["transparency-de-2014"]),
    ("uncac", "SDN"): ("Day Sudan became a State party per ACINET; may be the deposit day, not checked against "
                       "UNTC.", []),
    ("uncac", "SOM"): ("Day Somalia became a State party per UNSOM; may be the deposit day, not checked against "
                       "UNTC.", []),
    ("icsft", "GMB"): ("Listed in the Austrian record (BGBl. III 169/2015); date not found; accession deduced "
                       "(never signed).", []),
    ("icsft", "SSD"): ("Day from a news report of the depositary ceremony; kind deduced (closed for "
                       "signature).", []),
    ("drugs-1988", "PSE"): ("Accession day not found; its other drug-treaty accessions are dated 2017-12-29, so "
                            "probably the same day (unverified). Among the 190 parties of January 2018.", []),
    ("att", "CHL"): ("Date from a dated news item saying 'today'; confirmed by the UNTC table of 2026-02-03.", []),
    ("att", "USA"): ("Signatory only.", []),
    ("cybercrime-2024", "JAM"): ("Signatory; its date is cut off in the UNTC excerpt available.", []),
    ("ets-173", "AUT"): ("Signature only as of 2010-03-15 (stale; a later ratification was not checked).", []),
    ("ets-173", "BLR"): ("Ratified in 2007 (year only); denunciation notified 2024-01-18. Under art. 40 it takes "
                         "effect on the first day of the month after three months, 2024-05-01, the day Belarus's "
                         "GRECO membership ended (anticor-belarus); Belarus's renunciation of ETS 191 notified the "
                         "same day terminated on 2024-05-01 (nl-010715).", ["nl-010715"]),
    ("cets-197", "AUT"): ("whatconvention gives 'Dec 12, 2006'; CoE's 2006-10-12 kept.", []),
    ("cets-197", "ISR"): ("Joined in 2021 (year only).", []),
    ("ets-030", "SMR"): ("The last CoE member to ratify, in 2009 (year only).", []),
    ("ets-024", "CHL"): ("Listed as party in 2022; older mirrors (April 2021) omit it; accession date not "
                         "found.", []),
    ("ets-024", "RUS"): ("Listed as party as of 2022; any later denunciation not checked.", []),
}

# effective date of a denunciation where the CSV's `denounced` is the notification date
WITHDRAWAL_EFFECT = {("ets-173", "BLR"): ("2024-05-01", ["anticor-belarus", "nl-010715"])}


def coverage_notes() -> dict:
    """Count provenance and known gaps, from the INSTRUMENTS.md files (auto-counts are added)."""
    return {
        "untoc": dict(stated=193, by="owiki-untoc", as_of=None,
                      text="193 per an undated Wikipedia mirror written after Somalia's accession (late 2024); "
                           "UNTC gave 192 parties and 147 signatories as at 2024-05-04 (untc-xviii12-2024); 189 in "
                           "the UNTC 2018-01 XML and per UNODC 2018-10. DPRK, Fiji, Palau, Samoa and the State of "
                           "Palestine are parties by elimination (pmfias-untoc). UN members outside the table: "
                           "Papua New Guinea, Solomon Islands, Tuvalu."),
        "untoc-tip": dict(stated=182, by="untc-xviii12a-2024", as_of="2024-04-20",
                          text="UNTC: 182 parties, 117 signatories as at 2024-04-20; 173 in the 2018-01 XML. About 6 "
                               "parties that joined 2018-2024 are not identified (candidates among UN members "
                               "missing: Andorra, Brunei Darussalam, Comoros, DPRK, Iran, Marshall Islands, Pakistan, "
                               "Palau, Papua New Guinea, Samoa, Solomon Islands, Somalia, South Sudan, Tonga, Tuvalu, "
                               "Vanuatu, Yemen; Congo and Uganda signed)."),
        "untoc-som": dict(stated=146, by="unodc-2018-cop9", as_of="2018-10-19",
                          text="146 per UNODC 2018-10 and the UNTC 2018-01 XML; a Wikipedia mirror gave 151 as of "
                               "Oct 2022 (no source key); no current UNTC count found. The table adds Sudan (2018), "
                               "Somalia (2025-03-25) and South Sudan (2025-04-09); 0-3 parties may be missing."),
        "untoc-firearms": dict(stated=118, by="knowledgr-firearms", as_of="2020-05",
                               text="118 per a German Wikipedia copy as of May 2020 (French copy: 117); 115 per "
                                    "UNODC 2018-10 and the UNTC 2018-01 XML. Table = UNTC 2018 plus Sudan "
                                    "(October 2018); about 2 later parties not identified. Signed, not party: "
                                    "Australia, Canada, China, Germany, Iceland, Japan, Luxembourg, Monaco, "
                                    "Seychelles, United Kingdom."),
        "drugs-1961": dict(stated=154, by="untc-status-pages", as_of="2023-03-29",
                           text="154 parties, 61 signatories per UNTC (2018-01 XML and status page as at "
                                "2023-03-29)."),
        "drugs-1961-amended": dict(stated=186, by="untc-status-pages", as_of="2024-04-19",
                                   text="186 per UNTC status as at 2024-04-19 (also 186 in the 2018-01 XML). The "
                                        "1972 Protocol itself: 126 parties, 54 signatories as at 2024-04-23."),
        "drugs-1971": dict(stated=184, by="untc-mtdsg-2018", as_of="2018-01-15",
                           text="184 parties, 34 signatories per the UNTC 2018-01 XML; a later UNTC XML still shows "
                                "184 (untc-xml-current). Only change since 2014: State of Palestine 2017-12-29."),
        "drugs-1988": dict(stated=191, by="wikipedia-1988-2020", as_of="2020-06",
                           text="191 per Wikipedia (June 2020) and INCB (Palau the 191st party, 2019-08-29); the "
                                "UNTC 2018-01 XML gave 190. Base: UNTC scrape of 2014-07 (189) + Palau 2019-08-14 + "
                                "State of Palestine; 20 rows re-checked against a 2024 reproduction of UNTC "
                                "(hscrew-1988-2024)."),
        "att": dict(stated=117, by="untc-xxvi8-2026", as_of="2026-02-03",
                    text="117 parties, 130 signatories per UNTC as at 2026-02-03; earlier counts 116 (2025-05-15), "
                         "113, 94 (2018-01). Signatory-only rows are as of 2026-02-03."),
        "uncac": dict(stated=190, by="untc-xviii14-2024", as_of="2024-04-20",
                      text="UNTC: 190 parties, 140 signatories as at 2024-04-20 (before Saint Kitts and Nevis, "
                           "2024-08-06); a Wikipedia mirror gives 191. About 3-4 parties not identified; UN members "
                           "missing from the table: Syria (signed), Andorra, DPRK, Eritrea, Gambia, Monaco, Saint "
                           "Vincent and the Grenadines, San Marino, South Sudan, Suriname (not parties as of Feb "
                           "2020); the Holy See may be a party and is not in the table. Samoa, Tonga, Tuvalu and "
                           "Niue are placed among the parties from un-prac-2020 without days."),
        "icsft": dict(stated=185, by="mtdsg-text-123dok", as_of=None,
                      text="185 in the UNTC publication text copied on 123dok (c. 2012-2014); Wikipedia copies say "
                           "187 (Jul 2015), 188 (Oct 2018), 189 (undated); no current UNTC count retrieved (believed "
                           "about 190). Outside in the table: Chad, Eritrea, Iran, Lebanon, Tuvalu, Zambia (some may "
                           "have joined after 2014)."),
        "cybercrime-2024": dict(stated=0, by="untc-xviii16-2025", as_of=None,
                                text="Not in force and no parties. Signatories: 72 per the UNTC XML (crawled after "
                                     "the Hanoi ceremony); 43 named here: 30 dated 2025-10-25 from UNTC rows "
                                     "Algeria-Ireland, Jamaica without its date, 12 from a news report without the "
                                     "day (ceremony 25-26 Oct 2025). About 29 signatories not identified."),
        "ets-024": dict(stated=51, by="wikipedia-024", as_of="2022-03",
                        text="51 = all CoE member States + Chile, Israel, Russian Federation, South Africa, "
                             "Republic of Korea (Wikipedia infobox, map of March 2022); mirrors of April 2021 say 50 "
                             "without Chile. Only the beginning of the CoE chart was available: rows are 'party' "
                             "without act or date except Andorra."),
        "ets-030": dict(stated=50, by="wikipedia-030", as_of=None,
                        text="50 = the 46 CoE members + Chile, Israel, Republic of Korea, Russian Federation "
                             "(wikipedia-030, after 2022-03; non-members cross-checked with nl-006930-decl). Rows "
                             "are 'party' without date except Albania and San Marino (year)."),
        "ets-141": dict(stated=48, by="allglobal-141", as_of=None,
                        text="48 = the 46 CoE members + Australia + Russian Federation (undated Wikipedia-derived "
                             "list); no dates; later accessions (e.g. Kazakhstan) not checked."),
        "ets-173": dict(stated=None, by=None, as_of=None,
                        text="Party count not found. Rows: Albania, Andorra, Azerbaijan (status 2010-03-15), "
                             "Austria (signature only as of 2010, stale), United Kingdom, Belarus (denounced). Most "
                             "parties are missing."),
        "ets-182": dict(stated=None, by=None, as_of=None,
                        text="No official count found: 35 contracting parties named in an undated Russian "
                             "legal-database note (newsdiary-182, Russia not a party), all without dates."),
        "ets-185": dict(stated=81, by="coe-185-chart-2026", as_of="2026-04-25",
                        text="81 ratifications/accessions and 2 signatures not followed by ratification (Ireland, "
                             "South Africa) per the Treaty Office chart as of 2026-04-25. Earlier counts: 76 parties "
                             "(2024-10-09), 70 (~2023), 47 (Sept 2015). States only invited to accede are not rows."),
        "cets-197": dict(stated=48, by="coe-thb-page", as_of=None,
                         text="48 = all 46 CoE members + Belarus + Israel (undated CoE page, post-2021). Rows from "
                              "whatconvention-197 lack country labels and were mapped by row order."),
        "cets-198": dict(stated=28, by="wikipedia-198", as_of=None,
                         text="28 parties and 39 signatories per a Wikipedia mirror of about mid-2016 (after "
                              "Türkiye's ratification, May 2016). Only 2 rows: the table is essentially missing."),
        "interpol": dict(stated=196, by="fifthestate-2023", as_of="2023-11-29",
                         text="196 member countries after Palau's admission (91st General Assembly, Vienna). "
                              "Periods to 2014 from cow-igo-v3 (year level); later admissions from news reports. "
                              "Samoa's admission (78th General Assembly, October 2009) has no day. One member country is "
                              "not identified: the COW data covers States only, so a non-State member may be "
                              "missing."),
        "europol": dict(stated=None, by=None, as_of=None,
                        text="No count of members or partners found. Member rows are the EU Member States without "
                             "Europol-specific dates; partner rows list the agreements found (several as of 2014 or "
                             "2017-09 only)."),
        "eu": dict(stated=27, by="europa-eu-countries", as_of=None,
                   text="27 Member States after the United Kingdom's withdrawal (2020-01-31)."),
        "coe": dict(stated=46, by="wikipedia-coe-members", as_of=None,
                    text="46 member States after the Russian Federation ceased to be a member (2022-03-16)."),
        "selec": dict(stated=11, by="selec-about", as_of=None,
                      text="11 member States (selec-about, same 11 at the 2011-10-07 change per selec-old-about); "
                           "selec-2014 says 12 in 2014 and smallarms-2012 says 13 incl. Croatia and Slovenia (both "
                           "signed the SELEC Convention; not listed as current members)."),
        "pcc-see": dict(stated=None, by=None, as_of=None,
                        text="No count stated; the Secretariat lists 7 signatories of 2006-05-05 and 5 accessions "
                             "(Bulgaria 2008, Austria 2011, Hungary 2012, Slovenia 2012, Croatia 2019)."),
    }


BOUND_ACTS = {"ratification", "accession", "acceptance", "approval", "succession", "formal-confirmation",
              "definitive-signature", "party", "membership", "agreement"}
KNOWN_ACTS = BOUND_ACTS | {"signature"}

KOSOVO_UN_NOTE = ("Not a member of the United Nations; as depositary of 'all States' treaties the Secretary-General "
                  "accepts instruments only from entities the General Assembly treats as States. No instrument of "
                  "Kosovo appears in the depositary's records.")
KOSOVO_VIENNA_NOTE = ("Not a party: no instrument of Kosovo appears in the depositary's records. This treaty is open "
                      "to members of the UN specialized agencies ('Vienna formula'), and Kosovo is a member of the "
                      "World Bank and the IMF (treatynotifier-2016), so whether the Secretary-General would accept "
                      "its instrument is an open question, not a settled bar.")
KOSOVO_COE_NOTE = "Not a member of the Council of Europe; non-members join only by invitation"


def un_party(r: dict, inst: dict, C: Countries, where: str) -> dict | None:
    cid = C.lookup(r["participant"], where)
    if cid is None:
        return None
    sig = date_or_none(r.get("signature"), where)
    act = (r.get("action") or "").strip()
    date = date_or_none(r.get("action_date"), where)
    note = None
    if not act:
        act = "signature"
        date = sig
        if sig is None:
            note = "Signatory named by the source; the day of signature is not given."
    if act not in KNOWN_ACTS:
        problem(f"{where}: unknown action {act!r}")
    row = {"party": cid, "signature": sig, "act": act, "date": date}
    if "entry_into_force" in r:
        row["entry_into_force"] = date_or_none(r.get("entry_into_force"), where)
    if r.get("denounced"):
        row["withdrawal"] = date_or_none(r["denounced"], where)
    sources = split_keys(r["source"])
    extra = ROW_NOTES.get((inst["id"], cid))
    if extra:
        note = extra[0]
        sources += [k for k in extra[1] if k not in sources]
    eff = WITHDRAWAL_EFFECT.get((inst["id"], cid))
    if eff:
        row["withdrawal"] = eff[0]
        sources += [k for k in eff[1] if k not in sources]
    row["note"] = note
    row["sources"] = sources
    if not sources:
        problem(f"{where}: row without source")
    return row


# ---- organisations -------------------------------------------------------------------------

NONPARTY_RE = re.compile(r"^(not-member|membership application|application)", re.I)


def nonparty_status(rel: str) -> str:
    r = rel.lower()
    if r.startswith("not-member"):
        return "not-member"
    if "rejected" in r or "not put on" in r:
        return "rejected"
    if "withdrawn" in r:
        return "withdrawn-application"
    if "submitted" in r:
        return "applied"
    problem(f"cannot classify non-party relation {rel!r}")
    return "not-member"


def org_role(rel: str) -> tuple[str, str]:
    """(act, role) for an organisation relation text."""
    r = rel.lower()
    if r.startswith("selec convention signatory"):
        return "signature", None
    if r.startswith("former member"):
        return "membership", "former-member"
    if r.startswith(("member", "party", "seci agreement signatory")):
        return "membership", "member"
    if (r.startswith(("operational-partner", "operational-agreement", "operational-and-strategic",
                      "third-state cooperation"))
            or "operational third party" in r or "non-participating member state" in r):
        return "membership", "operational-partner"
    if r.startswith("strategic-agreement"):
        return "membership", "strategic-partner"
    if r.startswith(("working-arrangement", "working and administrative arrangement")):
        return "membership", "working-arrangement"
    if "liaison" in r:
        return "membership", "liaison"
    if r.startswith(("cooperation-agreement", "further agreements")):
        return "membership", "cooperation-agreement"
    if r.startswith("observer-rights-suspended") or r.startswith("suspended"):
        return "membership", "suspended"
    if r.startswith("observer"):
        return "membership", "observer"
    if r.startswith("special-guest"):
        return "membership", "special-guest"
    problem(f"cannot derive a role from relation {rel!r}")
    return "membership", None


def bounds(row: dict) -> tuple[str, str]:
    lo = row.get("date") or "0000"
    hi = row.get("withdrawal") or "9999"
    lo = lo + "-01-01"[len(lo) - 4:] if len(lo) < 10 else lo
    hi = hi + "-12-31"[len(hi) - 4:] if len(hi) < 10 else hi
    return lo, hi


def overlaps(a: dict, b: dict) -> bool:
    alo, ahi = bounds(a)
    blo, bhi = bounds(b)
    if a.get("withdrawal") is None and b.get("withdrawal") is None:
        return True
    return alo < bhi and blo < ahi


def merge_rows(rows: list[dict], inst_id: str, log: list[str]) -> list[dict]:
    """Merge rows of one (party, act, role) whose periods overlap (same membership said twice)."""
    out: list[dict] = []
    for row in rows:
        target = next((o for o in out if o["party"] == row["party"] and o["act"] == row["act"]
                       and o.get("role") == row.get("role") and overlaps(o, row)), None)
        if target is None:
            row["_parts"] = [dict(row)]
            out.append(row)
            continue
        target["_parts"].append(dict(row))
    for o in out:
        parts = o.pop("_parts")
        if len(parts) == 1:
            continue
        dates = [p["date"] for p in parts if p["date"]]
        date = None
        if dates:
            dates.sort(key=lambda d: (d[:4], -len(d)))
            date = dates[0]
            # a more precise date consistent with the earliest wins (2001 -> 2001-09-24)
            refined = [d for d in dates if d.startswith(date) and len(d) > len(date)]
            if refined:
                date = max(refined, key=len)
        ends = [p.get("withdrawal") for p in parts]
        withdrawal = None if any(e is None for e in ends) else max(ends)
        sources: list[str] = []
        for p in parts:
            sources += [k for k in p["sources"] if k not in sources]
        pieces = []
        for p in parts:
            span = f"{p['date'] or '?'}\u2013{p.get('withdrawal') or ''}"
            pieces.append(f"{p.get('note') or p.get('_relation')} [{span}; {', '.join(p['sources'])}]")
        o.update(date=date, withdrawal=withdrawal, sources=sources,
                 note="Merged from overlapping rows: " + "; ".join(pieces))
        log.append(f"{inst_id}: merged {len(parts)} rows for {o['party']} ({o.get('role')}) -> "
                   f"{date or 'null'}\u2013{withdrawal or ''}")
    return out


# Europol: Denmark left as a full member on 2017-05-01 (wp-europol-copy-lightfield).
ORG_ROW_FIX = {
    ("europol", "DNK", "member"): {"withdrawal": "2017-05-01",
                                   "note_add": "Denmark left Europol as a full member on 2017-05-01 (JHA opt-out); "
                                               "since then it cooperates under the agreement of 2017-04-29.",
                                   "sources_add": ["wp-europol-copy-lightfield"]},
    ("europol", "GBR", "former-member"): {"note_add": "Europol treats the UK as a third State from 2021-01 "
                                                      "(ieu-monitoring-2021-uk).",
                                          "sources_add": ["ieu-monitoring-2021-uk"]},
    ("pcc-see", "BGR", "member"): {"entry_into_force": "2009-03-01"},
    ("selec", "SCG", "member"): {"note_add": "The source lists 'Serbia and Montenegro' for the whole SECI period "
                                             "up to 2011-10-07, although that State did not last until then; Serbia "
                                             "and Montenegro are listed separately as SELEC members from 2011-10-07."},
}


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

def base_instrument(**kw) -> dict:
    keys = ["id", "short", "name", "aliases", "kind", "parent", *(["amended_by"] if kw.get("amended_by") else []),
            "depositary", "adopted", "entry_into_force",
            *(["signed", "scope"] if kw.get("kind") == "bilateral" else []), "eif_rule", "who_may_join", "who_may_join_note", "purposes", "note", "sources", "coverage",
            "parties", "non_parties"]
    return {k: kw.get(k) for k in keys}


def finish_sources(inst: dict, extra: list[str]) -> None:
    keys: list[str] = []
    for p in inst["parties"]:
        keys += p["sources"]
    for n in inst.get("non_parties") or []:
        keys += n["sources"]
    keys += extra
    if inst["coverage"] and inst["coverage"].get("stated_by"):
        keys.append(inst["coverage"]["stated_by"])
    seen: list[str] = []
    for k in keys:
        if k not in seen:
            seen.append(k)
    inst["sources"] = seen


def coverage(inst_id: str, parties: list[dict], C: Countries, org: bool = False) -> dict:
    cn = coverage_notes()[inst_id]
    if org:
        current = {p["party"] for p in parties if p["act"] == "membership" and p.get("role") == "member"
                   and not p.get("withdrawal")}
        ours = len(current)
        undated = sorted({C.name(p["party"]) for p in parties if p["act"] == "membership"
                          and p.get("role") == "member" and not p.get("withdrawal") and not p["date"]})
        auto = f"Ours: {ours} current members"
        auto += f" ({len(undated)} without a date)." if undated else "."
    else:
        bound = [p for p in parties if p["act"] in BOUND_ACTS and not p.get("withdrawal")]
        ours = len({p["party"] for p in bound})
        undated = sorted(C.name(p["party"]) for p in bound if not p["date"])
        sigs = sorted(C.name(p["party"]) for p in parties if p["act"] == "signature")
        auto = f"Ours: {ours} parties, {ours - len(undated)} dated"
        if undated and len(undated) <= 12:
            auto += f"; no date for {', '.join(undated)}"
        elif undated:
            auto += f"; {len(undated)} without a date"
        auto += "."
        if sigs and len(sigs) <= 12:
            auto += f" Signed, not bound: {', '.join(sigs)}."
        elif sigs:
            auto += f" {len(sigs)} signatories not bound."
    complete = cn["stated"] is not None and ours == cn["stated"]
    return {"stated": cn["stated"], "stated_by": cn["by"], "as_of": cn["as_of"], "complete": complete,
            "note": f"{auto} {cn['text']}"}


def build(src: Path):
    sources: dict[str, dict] = {}
    for f in (src / "un" / "SOURCES.md", src / "SOURCES-coe-orgs-bilateral.md"):
        for k, v in parse_sources_file(f).items():
            if k in sources:
                problem(f"source key {k} defined in two source files")
            sources[k] = v
    for k, v in HAND_SOURCES.items():
        if k in sources:
            problem(f"hand source {k} already defined")
        sources[k] = dict(v)

    C = Countries(src)
    instruments: list[dict] = []
    bridges: list[dict] = []
    merge_log: list[str] = []

    # ---- UN
    for m in UN_INSTRUMENTS:
        rows = read_csv(src / "un" / m["file"])
        parties = [p for r in rows if (p := un_party(r, m, C, f"un/{m['file']}:{r['participant']}"))]
        vienna = m.get("vienna")
        inst = base_instrument(
            id=m["id"], short=m["short"], name=m["name"], aliases=m["aliases"], kind=m["kind"],
            parent=m.get("parent"), amended_by=m.get("amended_by"), depositary=UN_DEPOSITARY, adopted=m["adopted"],
            entry_into_force=m["eif"],
            eif_rule=m["rule"], who_may_join="un-vienna-formula" if vienna else "un-all-states",
            who_may_join_note=VIENNA_NOTE.format(art=vienna) if vienna else UN_JOIN_NOTE,
            purposes=m["purposes"], note=m.get("note"), parties=parties)
        inst["non_parties"] = [{"party": "XKX", "status": "not-party" if vienna else "cannot-join", "date": None,
                                "note": KOSOVO_VIENNA_NOTE if vienna else KOSOVO_UN_NOTE,
                                "sources": ["un-sop-1999", "treatynotifier-2016", m["table"]] if vienna
                                else ["un-sop-1999", m["table"]]}]
        inst["coverage"] = coverage(m["id"], parties, C)
        finish_sources(inst, m["context"] + ["un-sop-1999"])
        instruments.append(inst)

    # ---- Council of Europe
    for m in COE_INSTRUMENTS:
        rows = read_csv(src / "coe" / m["file"])
        parties = [p for r in rows if (p := un_party(r, m, C, f"coe/{m['file']}:{r['participant']}"))]
        inst = base_instrument(
            id=m["id"], short=m["short"], name=m["name"], aliases=m["aliases"], kind=m["kind"],
            parent=m.get("parent"), depositary=COE_DEPOSITARY, adopted=m["adopted"], entry_into_force=m["eif"],
            eif_rule=m["rule"], who_may_join="coe-members-and-invited",
            who_may_join_note=COE_JOIN_NOTE.format(extra=m["join_extra"]) + m["join_note_more"],
            purposes=m["purposes"], note=m.get("note"), parties=parties)
        inst["non_parties"] = [{"party": "XKX", "status": "not-member", "date": None, "note": KOSOVO_COE_NOTE,
                                "sources": ["wikipedia-coe-members"]}]
        inst["coverage"] = coverage(m["id"], parties, C)
        finish_sources(inst, m["context"])
        instruments.append(inst)

    # ---- organisations
    for m in ORGS:
        rows = read_csv(src / "orgs" / m["file"])
        parties, non_parties, inst_note = [], [], m.get("note")
        for r in rows:
            where = f"orgs/{m['file']}:{r['participant']}"
            name, rel = r["participant"].strip(), r["relation"].strip()
            since = date_or_none(r["since"], where)
            until = date_or_none(r["until"], where)
            keys = split_keys(r["source"])
            if name == "UNMIK":
                bridges.append({
                    "id": "unmik-interpol", "country": "XKX", "instrument": m["id"], "via": "UNMIK",
                    "title": "UNMIK-INTERPOL Memorandum of Understanding on Cooperation in Crime Prevention and "
                             "Criminal Justice",
                    "since": since, "until": until, "note": rel, "sources": keys})
                continue
            if name == "INTERPOL":
                inst_note = (f"{inst_note} " if inst_note else "") + (
                    f"INTERPOL-Europol {rel} signed {since} ({', '.join(keys)}).")
                continue
            if NONPARTY_RE.match(rel):
                cid = C.lookup(name, where)
                non_parties.append({"party": cid, "status": nonparty_status(rel), "date": since,
                                    "note": rel, "sources": keys})
                continue
            cid = C.lookup(name, where)
            if cid is None:
                continue
            act, role = org_role(rel)
            row = {"party": cid, "act": act, "date": since}
            if act == "signature":
                row["signature"] = since
            row["withdrawal"] = until
            row["role"] = role
            plain = rel.lower() in ("member",)
            row["note"] = None if plain else rel
            row["_relation"] = rel
            row["sources"] = keys
            if m["id"] == "pcc-see" and rel.startswith("party (signatory 2006-05-05"):
                row["signature"] = "2006-05-05"
            fix = ORG_ROW_FIX.get((m["id"], cid, role))
            if fix:
                if "withdrawal" in fix:
                    row["withdrawal"] = fix["withdrawal"]
                if "entry_into_force" in fix:
                    row["entry_into_force"] = fix["entry_into_force"]
                if "note_add" in fix:
                    row["note"] = f"{row['note']}. {fix['note_add']}" if row["note"] else fix["note_add"]
                row["sources"] = keys + [k for k in fix.get("sources_add", []) if k not in keys]
            parties.append(row)
        parties = merge_rows(parties, m["id"], merge_log)
        for p in parties:
            p.pop("_relation", None)
        inst = base_instrument(
            id=m["id"], short=m["short"], name=m["name"], aliases=m["aliases"], kind="organisation",
            parent=None, depositary=m.get("depositary"), adopted=m.get("adopted"),
            entry_into_force=m.get("eif"), eif_rule=None, who_may_join=m["who"], who_may_join_note=m["who_note"],
            purposes=m["purposes"], note=inst_note, parties=parties)
        inst["non_parties"] = non_parties
        inst["coverage"] = coverage(m["id"], parties, C, org=True)
        finish_sources(inst, m["context"])
        instruments.append(inst)
        if m["id"] == "europol":
            kw = next((p for p in parties if p["party"] == "XKX" and p["role"] == "working-arrangement"), None)
            if kw is None:
                problem("europol: Kosovo working arrangement row not found")
            else:
                bridges.append({
                    "id": "europol-xkx-working-arrangement", "country": "XKX", "instrument": "europol",
                    "via": "Europol working arrangement",
                    "title": "Working arrangement between the Kosovo law enforcement authorities and Europol",
                    "since": kw["date"], "until": None,
                    "note": "A working arrangement, not membership or an operational agreement: " + kw["note"],
                    "sources": list(kw["sources"])})

    # ---- bilateral
    instruments += build_bilateral(src, C)

    C.finish()
    bridges.sort(key=lambda b: b["id"])
    return sources, C, instruments, bridges, merge_log


KIND_PURPOSE = {"extradition": "extradition", "mutual-legal-assistance": "mla", "police-cooperation": "police",
                "crime-prevention": "police", "readmission": "other", "other": "other"}
KIND_SLUG = {"extradition": "extradition", "mutual-legal-assistance": "mla", "police-cooperation":
             "police-cooperation", "crime-prevention": "crime-prevention", "readmission": "readmission"}
KIND_LABEL = {"extradition": "extradition", "mutual-legal-assistance": "mutual legal assistance",
              "police-cooperation": "police cooperation", "crime-prevention": "crime prevention",
              "readmission": "readmission"}
SHORT_NAME = {"USA": "United States", "NLD": "Netherlands", "GBR": "United Kingdom"}

BILATERAL_NOTES = {
    "bilateral-xkx-hun-2013-crime-prevention":
        "Signed in Pristina 2013-07-31; ratified by Kosovo presidential decree DMN-016-2013 on 2013-09-04; in force "
        "on publication in Kosovo's Official Gazette (date not found).",
    "bilateral-xkx-che-2013-police-cooperation":
        "Concluded 2013-11-06 in Pristina; approved by the Swiss parliament 2015-03-20; in force 2015-07-15 (AS 2015 "
        "2555).",
    "bilateral-xkx-aut-2009-police-cooperation":
        "Signed by interior ministers Fekter and Pajaziti on 13 August; the year 2009 comes from the page path.",
    "bilateral-xkx-usa-2016-extradition":
        "Signed 2016-03-29 (Jahjaga, Delawie); protocol on the exchange of ratification instruments signed "
        "2019-06-13; a US letter confirmed entry into force in June 2019 (day not stated).",
    "bilateral-xkx-hrv-mla": "Text available; dates not in the part consulted. Urgent requests may go via INTERPOL.",
    "bilateral-xkx-ita-extradition":
        "Negotiations to amend it to allow extradition of own nationals opened 2023-11-21; dates of the treaty not "
        "found.",
    "bilateral-xkx-nld-host-state-agreement":
        "Signed 15 February (year not shown) and ratified by President Jahjaga (kurir-ksc).",
    "bilateral-alb-ita-2007-extradition":
        "Done at Tirana 2007-12-03; supplements ETS 024 and ETS 030 (extradition of nationals, art. XVIII); published "
        "in the Italian Official Gazette 2011-07-06; entry into force not found.",
    "bilateral-alb-ita-2007-police-cooperation": "Weak source (a blog); signing reported on 19 June (2007).",
    "bilateral-alb-usa-2020-extradition": "Signed in Tirana 2020-12-22; replaces the treaty of 1933-03-01.",
    "bilateral-alb-mkd-enforcement-of-criminal-judgments":
        "Ratified by Albanian Law No. 8303 of 1998-03-12; signature date not found.",
    "bilateral-svn-srb-2012-police-cooperation": "Concluded at Ljubljana 2012-11-14; ratified by Slovenia 2013-02-01.",
    "bilateral-xkx-alb-2019-police-cooperation":
        "Memorandum signed about a month before joint patrols began (July 2019); year only.",
}


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(s)).strip("-")


def build_bilateral(src: Path, C: Countries) -> list[dict]:
    rows = read_csv(src / "bilateral" / "agreements.csv")
    groups: dict[tuple, dict] = {}
    order: list[tuple] = []
    for i, r in enumerate(rows, 2):
        where = f"bilateral/agreements.csv line {i}"
        a, b = C.lookup(r["party_a"], where), C.lookup(r["party_b"], where)
        if not a or not b:
            continue
        key = (r["title"].strip(), r["kind"].strip(), r["signed"].strip(), r["in_force"].strip(),
               r["scope"].strip(), r["source"].strip())
        if key not in groups:
            groups[key] = {"row": r, "parties": []}
            order.append(key)
        for c in (a, b):
            if c not in groups[key]["parties"]:
                groups[key]["parties"].append(c)
    out = []
    ids = Counter()
    for key in order:
        g = groups[key]
        r = g["row"]
        parties = g["parties"]
        kind = r["kind"].strip()
        if kind not in KIND_PURPOSE:
            problem(f"bilateral: unknown kind {kind!r}")
            continue
        signed = date_or_none(r["signed"], "bilateral signed")
        in_force = date_or_none(r["in_force"], "bilateral in_force")
        scope = r["scope"].strip()
        topic = KIND_SLUG.get(kind) or slug(scope.split(";")[0])
        year = f"-{signed[:4]}" if signed else ""
        if len(parties) == 2:
            iid = f"bilateral-{parties[0].lower()}-{parties[1].lower()}{year}-{topic}"
            short = "\u2013".join(SHORT_NAME.get(p, C.name(p)) for p in parties)
        else:
            ps = sorted(parties)
            iid = f"trilateral-{'-'.join(p.lower() for p in ps)}{year}-{topic}"
            short = "\u2013".join(SHORT_NAME.get(p, C.name(p)) for p in parties)
        label = KIND_LABEL.get(kind) or scope.split(";")[0]
        short = f"{short} {label}" + (f" {signed[:4]}" if signed else "")
        if "Plav" in r["title"]:
            short = "Montenegro\u2013Albania\u2013Kosovo Joint Centre for Police Cooperation (Plav)"
        ids[iid] += 1
        purposes = {KIND_PURPOSE[kind]: f"scope: {scope}"}
        if kind != "mutual-legal-assistance" and "mutual legal assistance" in scope.lower():
            purposes["mla"] = f"scope: {scope}"
        keys = split_keys(r["source"])
        inst = base_instrument(
            id=iid, short=short, name=r["title"].strip(), aliases=[], kind="bilateral", parent=None,
            depositary=None, adopted=signed, entry_into_force=in_force, eif_rule=None,
            who_may_join="named-parties", who_may_join_note=None, purposes=purposes,
            note=BILATERAL_NOTES.get(iid), signed=signed, scope=scope,
            parties=[{"party": p, "signature": signed, "act": "agreement", "date": signed,
                      "entry_into_force": in_force, "note": None, "sources": keys} for p in parties])
        inst["non_parties"] = []
        inst["coverage"] = {"stated": len(parties), "stated_by": keys[0], "as_of": None, "complete": True,
                            "note": None}
        finish_sources(inst, [])
        out.append(inst)
    for iid, n in ids.items():
        if n > 1:
            problem(f"bilateral id {iid} used {n} times")
    unused = set(BILATERAL_NOTES) - set(ids)
    if unused:
        problem(f"bilateral notes for unknown ids: {sorted(unused)}")
    out.sort(key=lambda i: i["id"])
    return out


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

class Q(str):
    """A string always written double-quoted (dates)."""


class Flow(list):
    """A list written in flow style."""


class Dumper(yaml.SafeDumper):
    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data):
        return True


Dumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))
Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))

DATE_KEYS = {"as_of", "un_member_since", "adopted", "entry_into_force", "signature", "date", "withdrawal",
             "since", "until", "signed"}
FLOW_KEYS = {"aliases", "former_names", "sources"}
PARTY_OPTIONAL = ("signature", "entry_into_force", "withdrawal", "role", "note")


def prepare(obj, key=None):
    if isinstance(obj, dict):
        return {k: prepare(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        items = [prepare(v) for v in obj]
        return Flow(items) if key in FLOW_KEYS else items
    if isinstance(obj, str) and key in DATE_KEYS:
        if not DATE_RE.match(obj):
            problem(f"{key}: not a date: {obj!r}")
        return Q(obj)
    return obj


def compact_party(p: dict) -> dict:
    out = {}
    for k in ("party", "signature", "act", "date", "entry_into_force", "withdrawal", "role", "note", "sources"):
        if k in PARTY_OPTIONAL and p.get(k) is None:
            continue
        out[k] = p.get(k)
    return out


def dump(header: str, doc: dict, list_keys: tuple[str, ...]) -> str:
    text = yaml.dump(prepare(doc), Dumper=Dumper, sort_keys=False, allow_unicode=True, width=4096,
                     default_flow_style=False)
    lines, out = text.splitlines(), []
    for ln in lines:
        if re.match(r"^[a-z_]+:", ln) and out:
            out.append("")
        if any(ln.startswith(f"  - {k}: ") for k in list_keys) and out and not out[-1].endswith(":"):
            out.append("")
        out.append(ln)
    return header + "\n".join(out) + "\n"


HEADER = """\
# octreaty {what}
# Generated by scripts/import_sources.py from the project's shared source notes
# (python3 scripts/import_sources.py --sources ../shared/sources --out data).
# The format is described in docs/DATA.md. From now on this file is edited by hand:
# re-running the importer overwrites it and is only meant for a fresh start.
# Dates are quoted ISO strings; a partial date ("2019", "2019-06") is all the source gave,
# and null means no source gave one. Every fact names a source key defined in a `sources:` table.

"""


def write(out: Path, sources, C: Countries, instruments, bridges) -> None:
    used_by_countries = {k for row in C.rows.values() for k in row["sources"]}
    used = set(used_by_countries)
    for inst in instruments:
        used |= set(inst["sources"])
        for p in inst["parties"]:
            used |= set(p["sources"])
        for n in inst["non_parties"]:
            used |= set(n["sources"])
    for b in bridges:
        used |= set(b["sources"])
    missing = sorted(k for k in used if k not in sources)
    if missing:
        problem(f"source keys used but not defined: {missing}")
    if PROBLEMS:
        return
    csrc = {k: sources[k] for k in sorted(used_by_countries)}
    isrc = {k: sources[k] for k in sorted(sources) if k not in used_by_countries}

    countries = sorted(C.rows.values(), key=lambda r: norm(r["name"]))
    cdoc = {"schema": SCHEMA, "sources": csrc, "countries": countries}
    (out / "countries.yaml").write_text(
        dump(HEADER.format(what="countries: every state, organisation, territory and former state that takes "
                                "part in the treaty practice the tool covers."), cdoc, ("id",)),
        encoding="utf-8")

    docs = []
    for inst in instruments:
        inst = dict(inst)
        inst["parties"] = [compact_party(p) for p in
                           sorted(inst["parties"], key=lambda p: (norm(C.name(p["party"])), p["date"] or "",
                                                                  p["act"], p.get("role") or ""))]
        inst["non_parties"] = sorted(inst["non_parties"], key=lambda n: (norm(C.name(n["party"])),
                                                                         n["date"] or ""))
        docs.append(inst)
    idoc = {"schema": SCHEMA, "sources": isrc, "instruments": docs, "bridges": bridges}
    (out / "instruments.yaml").write_text(
        dump(HEADER.format(what="instruments: treaties, organisations and bilateral agreements, with their "
                                "parties, and bridges (indirect channels)."), idoc, ("id",)),
        encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Check (runs on the written files)
# --------------------------------------------------------------------------------------------

def parse_date(d: str) -> dt.date | None:
    return dt.date.fromisoformat(d) if d and len(d) == 10 else None


def computed_eif(inst: dict, deposit: str | None) -> str | None:
    rule = inst.get("eif_rule") or {}
    d = parse_date(deposit)
    if d is None or not rule:
        return None
    if "days_after_deposit" in rule:
        e = d + dt.timedelta(days=rule["days_after_deposit"])
    elif "months_then_first_of_month" in rule:
        m = d.month + rule["months_then_first_of_month"] + 1
        e = dt.date(d.year + (m - 1) // 12, (m - 1) % 12 + 1, 1)
    else:
        return None
    own = parse_date(inst.get("entry_into_force"))
    if own and e < own:
        e = own
    return e.isoformat()


def check(out: Path) -> int:
    errs: list[str] = []
    notes: list[str] = []
    cdoc = yaml.safe_load((out / "countries.yaml").read_text(encoding="utf-8"))
    idoc = yaml.safe_load((out / "instruments.yaml").read_text(encoding="utf-8"))
    defined: dict[str, str] = {}
    for fname, doc in (("countries.yaml", cdoc), ("instruments.yaml", idoc)):
        if doc.get("schema") != SCHEMA:
            errs.append(f"{fname}: schema is not {SCHEMA}")
        for k, v in (doc.get("sources") or {}).items():
            if k in defined:
                errs.append(f"source {k} defined in {defined[k]} and {fname}")
            defined[k] = fname
            if not v.get("title") or not v.get("url"):
                errs.append(f"source {k}: title and url required")

    def need(keys, where):
        if not keys:
            errs.append(f"{where}: no sources")
        for k in keys or []:
            if k not in defined:
                errs.append(f"{where}: source {k} not defined")

    def date_ok(v, where):
        if v is None:
            return
        if not isinstance(v, str) or not DATE_RE.match(v):
            errs.append(f"{where}: bad date {v!r} ({type(v).__name__})")

    ids: dict[str, dict] = {}
    labels: dict[str, set] = defaultdict(set)
    for c in cdoc["countries"]:
        if c["id"] in ids:
            errs.append(f"duplicate country id {c['id']}")
        ids[c["id"]] = c
        need(c.get("sources"), f"country {c['id']}")
        date_ok(c.get("un_member_since"), f"country {c['id']}")
        for s in [c["name"], *(c.get("aliases") or []), *(c.get("former_names") or []), c["id"],
                  *([c["iso2"]] if c.get("iso2") else [])]:
            for k in name_keys(s):
                labels[k].add(c["id"])
    for lab, who in labels.items():
        if len(who) > 1:
            errs.append(f"country label {lab!r} names {sorted(who)}")
    for c in cdoc["countries"]:
        if c.get("predecessor") and c["predecessor"] not in ids:
            errs.append(f"country {c['id']}: predecessor {c['predecessor']} unknown")

    inst_ids: dict[str, dict] = {}
    ialias: dict[str, set] = defaultdict(set)
    for inst in idoc["instruments"]:
        iid = inst["id"]
        if iid in inst_ids:
            errs.append(f"duplicate instrument id {iid}")
        inst_ids[iid] = inst
        for s in [iid, inst["short"], inst["name"], *(inst.get("aliases") or [])]:
            for k in name_keys(s):
                ialias[k].add(iid)
    for lab, who in ialias.items():
        if len(who) > 1:
            errs.append(f"instrument label {lab!r} names {sorted(who)}")

    rows_out = []
    eif_checked = [0]
    for inst in idoc["instruments"]:
        iid = inst["id"]
        need(inst.get("sources"), f"instrument {iid}")
        for k in ("adopted", "entry_into_force", "signed"):
            date_ok(inst.get(k), f"{iid}.{k}")
        if inst.get("parent") and inst["parent"] not in inst_ids:
            errs.append(f"{iid}: parent {inst['parent']} unknown")
        cov = inst.get("coverage") or {}
        if cov.get("stated_by"):
            need([cov["stated_by"]], f"{iid}.coverage")
        date_ok(cov.get("as_of"), f"{iid}.coverage.as_of")
        isrc = set(inst.get("sources") or [])
        by_key = defaultdict(list)
        for p in inst.get("parties") or []:
            where = f"{iid}/{p.get('party')}"
            if p.get("party") not in ids:
                errs.append(f"{where}: party id not in countries")
            if p.get("act") not in KNOWN_ACTS:
                errs.append(f"{where}: unknown act {p.get('act')!r}")
            need(p.get("sources"), where)
            for k in p.get("sources") or []:
                if k not in isrc:
                    errs.append(f"{where}: source {k} not listed on the instrument")
            for k in ("signature", "date", "entry_into_force", "withdrawal"):
                date_ok(p.get(k), f"{where}.{k}")
            by_key[(p["party"], p["act"], p.get("role"))].append(p)
            # sanity warnings on dates
            if p.get("signature") and p.get("date") and p["act"] != "signature" and p["signature"] > p["date"]:
                notes.append(f"{where}: signature {p['signature']} after act {p['date']}")
            comp = computed_eif(inst, p.get("date")) if p["act"] in BOUND_ACTS - {"membership", "agreement"} else None
            if comp and p.get("entry_into_force"):
                eif_checked[0] += 1
                if p["entry_into_force"] != comp:
                    notes.append(f"{where}: source entry into force {p['entry_into_force']} differs from rule "
                                 f"{comp} (deposit {p['date']})")
            own = inst.get("entry_into_force")
            if own and p.get("entry_into_force") and len(p["entry_into_force"]) == 10 \
                    and p["entry_into_force"] < own:
                notes.append(f"{where}: entry into force {p['entry_into_force']} before the instrument's own {own}")
        for key, group in by_key.items():
            for i in range(len(group)):
                for j in range(i + 1, len(group)):
                    if overlaps(group[i], group[j]):
                        errs.append(f"{iid}: duplicate {key} with overlapping dates")
        for n in inst.get("non_parties") or []:
            if n.get("party") not in ids:
                errs.append(f"{iid} non-party {n.get('party')} not in countries")
            need(n.get("sources"), f"{iid} non-party {n.get('party')}")
            date_ok(n.get("date"), f"{iid} non-party")
        if inst["who_may_join"] == "un-all-states":
            if any(p["party"] == "XKX" for p in inst["parties"]):
                errs.append(f"{iid}: Kosovo listed as party of a UN treaty")
        parties = inst.get("parties") or []
        if inst["kind"] == "organisation":
            bound = [p for p in parties if p["act"] == "membership" and p.get("role") == "member"
                     and not p.get("withdrawal")]
        else:
            bound = [p for p in parties if p["act"] in BOUND_ACTS and not p.get("withdrawal")]
        nbound = len({p["party"] for p in bound})
        dated = sum(1 for p in bound if p.get("date"))
        rows_out.append((iid, len(parties), nbound, dated, cov.get("stated"), cov.get("complete")))

    for b in idoc.get("bridges") or []:
        if b["country"] not in ids or b["instrument"] not in inst_ids:
            errs.append(f"bridge {b['id']}: unknown country or instrument")
        need(b.get("sources"), f"bridge {b['id']}")
        date_ok(b.get("since"), f"bridge {b['id']}")

    print(f"{'instrument':<46} {'rows':>5} {'parties':>7} {'dated':>5} {'stated':>6}  complete")
    for iid, n, nb, nd, st, comp in rows_out:
        print(f"{iid:<46} {n:>5} {nb:>7} {nd:>5} {('-' if st is None else st):>6}  {comp}")
    print("(parties = distinct countries with a binding act and no withdrawal; organisations: current "
          "members with role 'member')")
    print(f"countries: {len(cdoc['countries'])}, instruments: {len(idoc['instruments'])}, sources: "
          f"{len(defined)}, bridges: {len(idoc.get('bridges') or [])}")
    print(f"per-party entry-into-force dates given by sources and checked against the eif_rule: {eif_checked[0]}")
    if notes:
        print("\nnotes from the check (source data worth a look):")
        for n in notes:
            print("  " + n)
    if errs:
        print("\nERRORS:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    print("\ncheck: OK")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "sources",
                    help="folder with the shared source notes (read only)")
    ap.add_argument("--out", type=Path, default=Path("data"), help="folder for countries.yaml and instruments.yaml")
    ap.add_argument("--check", action="store_true", help="only validate the existing files in --out")
    args = ap.parse_args(argv)
    if not args.check:
        sources, C, instruments, bridges, merge_log = build(args.sources)
        if not PROBLEMS:
            args.out.mkdir(parents=True, exist_ok=True)
            write(args.out, sources, C, instruments, bridges)
        if PROBLEMS:
            print("import stopped; fix these first:", file=sys.stderr)
            for p in PROBLEMS:
                print("  " + p, file=sys.stderr)
            return 2
        for w in WARNINGS:
            print("warning: " + w, file=sys.stderr)
        if merge_log:
            print("merged organisation rows:")
            for m in merge_log:
                print("  " + m)
        print(f"wrote {args.out / 'countries.yaml'} and {args.out / 'instruments.yaml'}\n")
    return check(args.out)


if __name__ == "__main__":
    sys.exit(main())
