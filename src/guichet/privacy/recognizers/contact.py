"""Contact details and dates of a person's life: e-mail, phone, postal address, date of birth, dated events."""

import re
from collections.abc import Iterator

from guichet.privacy import address_pieces, checksums, street_names
from guichet.privacy.gazetteer import is_name, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.names import is_common
from guichet.privacy.recognizers import date_purposes, handle_names
from guichet.privacy.recognizers.address_tail import before_phone_label
from guichet.privacy.recognizers.base import LEFT, RIGHT, RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.text import fold

# An e-mail address as typed, whole.
EMAIL_ADDRESS = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])")


class EmailRecognizer(RegexRecognizer):
    """E-mail addresses, also spelt out so that a form accepts them: "jean point dupont arobase gmail point com"."""

    ENTITY = "EMAIL"
    PATTERNS = (
        (EMAIL_ADDRESS.pattern, 1.0),
        # a space typed around the "@" or a dot: "fatou.diop @ gmail.com", "binh.tran@gmail .com"
        (
            r"(?i)(?<![\w.+-])[\w.+-]+[ \t]?@[ \t]?[a-z0-9-]+(?:[ \t]?\.[ \t]?[a-z0-9-]+)*[ \t]?\.[ \t]?"
            r"(?:com|fr|net|org|eu|be|ch|ca|info|io|pt|es|it|de|ma|sn|tn|dz)(?![\w-])",
            0.9,
        ),
        (
            r"(?i)(?<![\w.+-])[\w.+-]+(?:\s+(?:point|tiret|underscore)\s+[\w.+-]+)*\s*(?:\(at\)|\[at\]|arobase|arobas|"
            r"at)\s*[a-z0-9-]+(?:\s*(?:point|\.|\(dot\)|dot)\s*[a-z0-9-]+)*\s*(?:point|\.|\(dot\)|dot)\s*"
            r"(?:com|fr|net|org|eu|be|ch|ca|info|io)\b",
            0.9,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        if handle_names.inside_nameless_public_mailbox(text, start, start + len(value)):  # (p181e)
            return False
        return self.personal(value)

    @staticmethod
    def personal(value: str) -> bool:
        """(twenty-sixth pass, second shift, p69) a mailbox no one reads is no person's: "no-reply@…", "noreply@…",
        "ne-pas-repondre@dgfip.finances.gouv.fr", as an official or a fraudulent sender writes from."""
        local = re.sub(r"[\W_]+", "", value.split("@", 1)[0].lower()) if "@" in value else ""
        if handle_names.nameless_public_mailbox(value):  # (p181e)
            return False
        return local not in _NO_REPLY and not _public_mailbox(value)


def _public_mailbox(value: str) -> bool:
    """(thirty-eighth pass, p117e) A service's mailbox at a public body's own domain is no
    person's: "etat-civil@mairie-melun.fr", "serviceclients@agirc-arrco.fr", "sip.nantes@dgfip.finances.gouv.fr",
    "contact-agence@francetravail.fr". Every word before the "@" is a service's word or a town's, at least one
    a service's; "jean.martin@dgfip.finances.gouv.fr", an agent's, stays personal, and so does "contact@" a firm's
    own domain (the firm may be the writer's employer)."""
    local, _, domain = value.lower().partition("@")
    if not _PUBLIC_DOMAIN.search(domain):
        return False
    words = [word for word in re.split(r"[.\-_+]+", fold(local)) if word]
    return (
        bool(words)
        and any(word in _SERVICE_WORDS for word in words)
        and all(word in _SERVICE_WORDS or word.isalpha() and not _a_first_name(word) for word in words)
    )


def _a_first_name(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and (kind.first or kind.surname)


# A public body's own domain: under gouv.fr, or a body's name as the domain's own label under .fr ("ameli.fr",
# "agirc-arrco.fr", "mairie-melun.fr", "ac-rennes.fr"). A fraudulent sender's domain that borrows a name
# ("secure-urssaf.com", "urssaf-regularisation.net") is a fraudster's trace, which batches plant: it stays masked.
_PUBLIC_DOMAIN = re.compile(
    r"(?:^|\.)(?:[a-z0-9\-]+\.)*gouv\.fr$|"
    r"(?:^|\.)(?:ameli|caf|cpam|urssaf|impots|francetravail|pole-emploi|agirc-arrco|msa|cnav|carsat|"
    r"lassuranceretraite|ants|crous|departement|service-public|cnaf|mdph|(?:mairie|ville|ac|cg|cd|departement)-"
    r"[a-z0-9\-]+)\.fr$"
)
# The words of a service's mailbox.
_SERVICE_WORDS = frozenset(
    """contact contacts accueil info infos information service services serviceclient serviceclients client clients
    secretariat eleves recouvrement remboursement remboursements paie gestion billing facturation recrutement rh
    compta comptabilite etat civil etatcivil standard support admin administration direction courrier courriers
    bourses bourse scolaires scolaire transports sip sie agence relation relations usagers usager assure assures
    reclamation reclamations mediation mediateur prestations aides aide dossier dossiers social retraite""".split()
)

_NO_REPLY = frozenset(
    "noreply nereplypas nepasrepondre nepasrépondre donotreply dontreply mailerdaemon postmaster notification "
    "notifications".split()
)


# A phone's label right before a number: what makes six or eight digits a number of the Pacific (`PhoneRecognizer`).
_PACIFIC_LABEL = (
    r"(?i:\b(?:t[ée]l[ée]?(?:phone)?|tel|portable|mobile|fixe|gsm|vini|mobilis)\b\.?[ \t]*(?:[:=][ \t]*)?)"
)
_PACIFIC_BEFORE = re.compile(_PACIFIC_LABEL + r"\Z")

# Between the digits of a phone number people also type slashes: 06/41/77/32/08.
_SEP = r"[ \u00a0\u202f.\-/]?"


class PhoneRecognizer(RegexRecognizer):
    """French numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6…, 0033 6…

    Also other countries' numbers written with "+". Numbers starting with 08 are services, not people.
    """

    ENTITY = "TELEPHONE"
    PATTERNS = (
        (LEFT + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])(?:" + _SEP + r"\d{2}){4}" + RIGHT, 0.9),
        # the same digits grouped another way: 06 41 773 208
        (LEFT + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])(?:" + _SEP + r"\d){8}" + RIGHT, 0.85),
        # a space beside each dot or dash, as a phone's keyboard or a hurried hand types it: "07 66 .12 .49 .03";
        # an ellipsis between two groups, as a number dictated with a pause is written down: "02 98 70 ... 12 31"
        (
            LEFT + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])"
            r"(?:[ \u00a0\u202f]?(?:\.{2,3}|…|[.\-/])?[ \u00a0\u202f]?\d{2}){4}" + RIGHT,
            0.85,
        ),
        # cut over two lines by a narrow screen or a form: "06 81 22\n43 19"
        (
            LEFT + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])(?=(?:" + _SEP + r"\d{2}){0,3}[ \t]*\n)"
            r"(?:(?:" + _SEP + r"|[ \t]*\n[ \t]*)\d{2}){4}" + RIGHT,
            0.8,
        ),
        # dictated: the groups between commas, the zero in words ("06, 12, 34, 56, 78", "zéro 6 12 34 56 78")
        (LEFT + r"(?:0|(?i:zéro|zero)[ \t]+)[1-79](?:[ \t]*,[ \t]*\d{2}){4}" + RIGHT, 0.8),
        (r"(?<!\w)(?i:zéro|zero)[ \t]+[1-79](?:" + _SEP + r"\d{2}){4}" + RIGHT, 0.8),
        # "+1 (514) 555-0199", "+44 7700 900 123", "+91 98765 43210"
        (
            r"(?<![\w+])\+(?!33)[1-9]\d{0,2}(?:[ .\-]?\(0\))?(?:[ .\-]?(?:\d{1,5}|\(\d{1,4}\))){2,6}" + RIGHT,
            0.8,
        ),
        # (twenty-ninth pass, second shift, p81) North America without the "+": the area code in brackets, "1" before
        # it or not ("1 (418) 555-0163", "(647) 555 0123"), or the four groups of a number dialled with its "1"
        # ("1-438-555-0177", "1 514 555 0142")
        (r"(?<![\w+(])(?:1[ .\-]?)?\([2-9]\d{2}\)[ .\-]?[2-9]\d{2}[ .\-]?\d{4}" + RIGHT, 0.8),
        (r"(?<![\w+.\-/])1[ .\-][2-9]\d{2}[ .\-][2-9]\d{2}[ .\-]\d{4}" + RIGHT, 0.8),
        # the same with "00" for "+", as dialled from France: "00 49 6841 12345", "00 1 514 555 0199",
        # "0049 171 2345678", "00 49 (0)171 234 56 78" (`valid`: 11 to 17 digits with the "00", as "+" and 9 to 15);
        # a country code of one digit is 1 or 7 ("004 518 772 201" is a client number)
        (
            r"(?<![\w+.\-/])00[ .\-]?(?!33)(?:[17]|[2-9]\d{1,2})(?:[ .\-]?\(0\))?"
            r"(?:[ .\-]?(?:\d{1,5}|\(\d{1,4}\))){2,6}" + RIGHT,
            0.8,
        ),
        # (thirtieth pass, second shift, p85) French Polynesia's eight digits and New Caledonia's or Wallis's six,
        # dialled without "+689" or "+687", after a phone's label: "Tél : 40 57 22 81", "Téléphone 78.41.09"
        (
            _PACIFIC_LABEL
            + r"(?P<pii>"
            + LEFT
            + r"(?:\d{2}(?:[ .\-]\d{2}){2,3}|\d{6}|\d{8}))"
            + RIGHT
            + r"(?![ .\-]?\d)",
            0.8,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        digits = checksums.compact(value)
        if len(digits) in (6, 8) and _PACIFIC_BEFORE.search(text, max(0, start - 30), start):
            return True
        if _DATE_BEFORE.search(text, max(0, start - 3), start):
            return False  # "(18/01/1930 - 03/03/2025)": a date's month, year and the next date, no phone (p77-015)
        if "," in value and not _PHONE_WORD.search(text, max(0, start - 40), start):
            return False  # "06, 13, 83, 84, 04": departments, not a phone dictated
        if value.startswith("00") and not value.startswith(("0033", "00 33", "00.33", "00-33")):
            return 11 <= len(re.sub(r"\D", "", value)) <= 17
        return 9 <= len(digits) <= 15


# The day of a date written with slashes, right before a match: the match starts inside that date.
_DATE_BEFORE = re.compile(r"\d/\Z")
_PHONE_WORD = re.compile(
    r"(?i)\b(?:t[ée]l[ée]?\w*|portable|mobile|fixe|joignable|joindre|appel\w*|whatsapp|num[ée]ro|n°)\b"
)


# Streets without a number: the type, its particles, then capitalised words or one lower-case word.
_STREET_TYPE = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|impasse|allée|allee|chemin|route|quai|cours|square|passage|"
    r"résidence|residence|lotissement|lieu-dit|cité|cite|hameau|quartier|faubourg|villa|domaine|clos|sentier|"
    r"esplanade|promenade|voie)"
)
_STREET = (
    r"(?<![\w'’])" + _STREET_TYPE + r"(?:\s+(?:de|du|des|la|le|les|l['’]|d['’]|aux?|en)(?=[\s\w]))*\s*"
    r"(?:[A-ZÀ-Ý][\w'’\-]*(?:\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d['’]|l['’])?[A-ZÀ-Ý][\w'’\-]*){0,3}|"
    r"[a-zà-ÿ][\w'’\-]{2,})"
)
_TOWN = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_IN_CITY = r"(?:(?:,\s*|\s+(?:à|a)\s+)(?:" + _TOWN + r"|[a-zà-ÿ][\w'’\-]{2,}))?"
# Words after which a street is the writer's home.
_HOME = (
    r"(?i:\b(?:j['’]?habite|habitons|habitent|habite|habitais|habitait|habitions|habitaient|vis|vit|vivons|vivent|"
    r"vivais|vivait|vivaient|domicilié\w*|demeurant|"
    r"loue|louons|demeure|demeurons|demeurent|"
    r"résidant|residant|adresse|emménag\w*|emménager|déménag\w*|installée?s?|réside|reside|logée?s?|hébergée?s?))"
    r"\s*:?\s*"
)


# Countries an address abroad ends with (where Guichet's writers come from or retire to).
_COUNTRY = (
    r"(?:Alg[ée]rie|Maroc|Tunisie|Libye|[ÉE]gypte|S[ée]n[ée]gal|Mali|Mauritanie|Guin[ée]e(?:-Bissau)?|"
    r"C[ôo]te d['’]Ivoire|Burkina(?: Faso)?|Niger|Tchad|Cameroun|Gabon|Congo|RDC|B[ée]nin|Togo|Ghana|Nigeria|"
    r"Madagascar|Comores|Maurice|Djibouti|Portugal|Espagne|Italie|Allemagne|Belgique|Suisse|Luxembourg|Pays-Bas|"
    r"Royaume-Uni|Angleterre|Irlande|Pologne|Roumanie|Bulgarie|Moldavie|Ukraine|Russie|Serbie|Croatie|Bosnie|"
    r"Albanie|Kosovo|Gr[èe]ce|Turquie|Arm[ée]nie|G[ée]orgie|Liban|Syrie|Irak|Iran|Afghanistan|Pakistan|Inde|"
    r"Sri Lanka|Bangladesh|Chine|Vietnam|Viet Nam|Cambodge|Laos|Tha[ïi]lande|Philippines|Japon|Cor[ée]e|Ha[ïi]ti|"
    r"Br[ée]sil|Colombie|P[ée]rou|Chili|Argentine|Mexique|Canada|[ÉE]tats-Unis|USA|Cap-Vert|Angola|Mozambique)"
)


# Streets abroad, the number after the name: the type first ("Rua", "Calle", "Via", "ul.", "Strada"), any French
# type, or a name ending in a type ("Kerkstraat", "Hauptstraße", "Prinsengracht").
_FOREIGN_TYPE = (
    r"(?:(?i:rue|avenue|boulevard|chemin|route|place|impasse|allée|quai|cours|square|passage|quartier|cité|hay|derb|"
    r"rua|avenida|travessa|calle|carrer|strada|ulica|viale|piazza|praça|ulitsa)|"
    r"Rua|Avenida|Av\.|Travessa|Largo|Praça|Praca|Estrada|Alameda|Calle|C/|Carrer|Paseo|Plaza|Camino|Avinguda|Via|"
    r"Viale|Piazza|Piazzale|Corso|Vicolo|Strada|Str\.|Bulevardul|Calea|Aleea|Soseaua|Șoseaua|Ulica|ul\.|Ul\.|Aleja|"
    r"al\.|Straße|Strasse|Gasse|Weg|Platz|Allee|Straat|Laan|Plein|Kade|Dreef|Steenweg|Chaussée|Avenue|Ulitsa|"
    r"vul\.|Vulytsia|Odos|Calle|Carrera|Rruga|Bulevar)"
)
_STREET_PARTICLE = (
    r"(?:de|del|dels|do|da|dos|das|di|della|delle|dei|degli|du|des|la|le|les|van|von|der|den|het|am|an|im|zum|zur|"
    r"(?:d|l)['’])"
)
_STREET_NAME = r"[A-ZÀ-Ý0-9][\w'’\-.]*(?:[ \t]+(?:" + _STREET_PARTICLE + r"[ \t]*)?[A-ZÀ-Ý][\w'’\-.]*){0,3}"
_FOREIGN_STREET = (
    r"(?:" + _FOREIGN_TYPE + r"(?:[ \t]+" + _STREET_PARTICLE + r"(?=[ \t\w]))*[ \t]*" + _STREET_NAME + r"|"
    r"[A-ZÀ-Ý][\w'’\-]*(?:straße|strasse|str\.|straat|gracht|weg|laan|gasse|platz|plein|dreef|kade|steenweg|"
    r"singel|gade|vej|gatan|vägen|veien|gata|utca)|"
    # (second shift, p65: a German street named by an adjective, the type after it: "Merzhauser Straße 112",
    # "Basler Str. 4", "Kölner Weg 9")
    r"[A-ZÀ-Ý][\w'’\-]*er[ \t]+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Chaussee|Landstraße))"
)
_ESTATE = (
    r"(?:Urbaniza[çc][ãa]o|Urbanizaci[óo]n|Lotissement|Lotiss\.|Lot\.|Bairro|Barrio|Quinta|Hay|Cité|Cite|Quartier|"
    r"Résidence|Residence|Douar|Derb|Sicap|Parcelles|Zone|Colonia|Conjunto|Condom[íi]nio)[ \t]+"
    r"[A-ZÀ-Ý0-9][^,\n.;!?()]{1,40},[ \t]*(?:[A-Z][ \t]+)?(?i:lote|lot|villa|bloc|block|bâtiment|batiment|bât\.?|"
    r"immeuble|imm\.?|appt\.?|appartement|maison|porte|casa|n[°º]|no\.|rua|rue|calle)[ \t]*(?:[A-Z][ \t]+)?"
    r"(?:n[°º][ \t]*)?\d{1,4}[a-zA-Z]?(?![\w])"
)
_HOUSE_NUMBER = r"(?:(?:nr\.?|n[°º]|no\.?|nº)[ \t]*:?[ \t]*)?\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?(?:/\d{1,3})?(?![\d/])"
_TURKISH_STREET = (
    r"(?<![\w'’])[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*)?[ \t]+(?:Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Sk\.|"
    r"Mahallesi|Mah\.|Bulvarı|Blv\.)(?:[ \t]+(?:No|N°|no)[ \t]*[:.]?[ \t]*\d{1,4}[a-zA-Z]?(?:/\d{1,3})?)?"
)
# (twenty-ninth pass, second shift, p81) with a direction before the name, as American streets have it ("2147 S.
# Clarkson St", "4410 N. Sheridan Rd"), and after the type as Irish ones do ("Kimmage Road Lower")
_ENGLISH_STREET = (
    r"(?<![\w'’])\d{1,5}[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+)?(?:[A-Z][\w'’\-]+[ \t]+){1,3}(?:Street|St\.?|"
    r"Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|"
    r"Dr\.?|Grove|Close|Way|Crescent|Court|Ct\.?|Terrace|Gardens|Row|Boulevard|Blvd\.?|Place|Square|Hill|Park|Mews|"
    # (thirtieth pass, p86e) streets of Ireland, Britain and Australia: "12 Grand Parade, Cork", "3 Custom House Quay"
    r"Parade|Quay|Walk|Rise|Esplanade|Highway|Hwy\.?)"
    r"(?![\w])(?:[ \t]+(?:Lower|Upper|North|South|East|West|NE|NW|SE|SW)(?![\w]))?"
)
_DISTRICT = (
    r"(?:phường|Phường|quận|Quận|huyện|Huyện|xã|Xã|tỉnh|Tỉnh|P\.|Q\.|bairro|Bairro|barrio|Barrio|colonia|Colonia|"
    r"distrito|Distrito|district|District|wilaya|Wilaya|[A-ZÀ-Ý][\w]*-(?:ku|shi|machi|cho|gu|dong|si))"
)
_NUMBERED_IN_DISTRICT = (
    r"(?<![\w'’/.\-])(?:\d{1,2}-\d{1,2}-\d{1,3}|\d{1,4}[A-Z]?(?:/\d{1,3})?)[ \t]+[A-ZÀ-Ý][\w'’\-]*"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,3},[ \t]*" + _DISTRICT + r"[^,\n.;!?()]{0,30}"
)
_ADDRESS_LABEL = (
    r"(?i:\b(?:(?:mon|ma|sa|son|leur|notre|my|his|her|their|meu|minha|mi|su)[ \t]+(?:\w+[ \t]+)?(?:nouvelle[ \t]+|"
    r"ancienne[ \t]+)?(?:adresse|address|morada|direcci[oó]n|domicilio|indirizzo|endereço|endereco)|"
    r"morada|direcci[oó]n|domicilio|indirizzo|anschrift|endereço|endereco|adres|adresa|"
    r"(?:je|j['’]|nous)\b[^.;!?\n:]{1,80}?(?:l['’])?adresse suivante|"
    r"adresse[ \t]+(?:de|d['’]|du)[ \t]*(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos)[ \t]+[\w\-]+|"
    r"adresse[ \t]+(?:en|au|aux|à|dans|là-bas|la-bas|là[ \t]+bas|la[ \t]+bas|personnelle|perso|actuelle|principale|"
    r"d['’]origine)))"
)
_LABELLED = (
    _ADDRESS_LABEL + r"(?![\w'’])[^:\n.!?\d\[]{0,30}?(?:[ \t]*:|[ \t]+(?:c['’ ]?est|est|était|was|is|é|es|ist|era))"
    r"[ \t]*(?P<pii>(?:chez[ \t]+|c/o[ \t]+)?(?=[A-ZÀ-Ý0-9]|(?i:rue|avenue|chemin|route|allée|impasse|place|"
    r"boulevard|quartier|cité|résidence|lieu-dit|hameau|ul\.|rua|calle|carrer|via|avenida|travessa|strasse|straße)\b)"
    r"[^\n]{3,100}?)(?=[ \t]*(?:[.;!?](?:\s|$)|\n|$|\)))"
)
# A French postcode: a département (01–98, 2A, 2B) and three digits; the one pattern every address rule below uses.
FR_POSTCODE = r"(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{3}"
# What a comma adds to an address: a building, a floor, a district; a number; a postcode and its town; a town
# (checked: no common word, at the end of the sentence or before another part).
# (thirty-first pass, p88: with the country's letter before it, as Switzerland, Luxembourg, Germany and Belgium write
# it, "CH-1007 Lausanne", "L-4024 Esch-sur-Alzette", "D-66111 Saarbrücken")
_POSTCODE_ANY = (
    r"(?:(?:CH|L|D|B|A|I|E|P|NL|FL)-(?=\d))?"
    r"(?:\d{4,5}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3}-\d{4}|\d{4}[ \t]?[A-Z]{2}(?![\w]))"
)
# An Irish Eircode: a routing key (a letter, two digits or "D6W"), then four letters and digits.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])"
_TOWN_WORD = r"[A-ZÀ-Ý][^\W\d_]*(?:['’\-][^\W\d_]+)*(?!\w)"
_TOWN_WORDS = _TOWN_WORD + r"(?:[ \t]+" + _TOWN_WORD + r"){0,2}"
_MORE = re.compile(
    r",[ \t]*(?:"
    r"" + _POSTCODE_ANY + r"[ \t]+" + _TOWN_WORDS + r"|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?![\w])|"
    r"(?i:immeuble|imm\.?|bâtiment|batiment|bât\.?|bat\.|bloc|block|escalier|esc\.|étage|appartement|appt\.?|apt\.?|"
    r"porte|villa|résidence|residence|cité|quartier|lotissement|hay|derb|phường|quận|huyện|xã|tỉnh|bairro|barrio|"
    r"colonia|distrito|district|wilaya|daire|kat|piso|andar|flat|suite|unit|lote|lot|n°|nº|nr\.|rue|avenue|chemin|route|"
    r"allée|impasse|boulevard)(?![\w])[^,\n.;!?()]{0,30}"
    # (thirtieth pass, p86e) a floor and a door as Catalonia writes them, "2n 1a", "3r 2a", "4t 1a", "1º 2ª": the
    # floor's ordinal, then the door's number (before, "2n" was read and "1a" stopped the address)
    r"|\d{1,2}(?:r|n|t|º|ª|o)[ \t]+\d{1,2}(?:a|ª|º|o)?(?![\w])(?![ \t.\-]?\d)"
    # (thirtieth pass, p86e) a postcode of Britain or an Eircode alone between the town and the country: "London,
    # W11 2LU, United Kingdom"
    r"|(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|" + _EIRCODE + r")(?![\w])"
    # (a floor with a dot before its sign, as Portugal and Spain write it: "2.º Esq.", "3.ª B")
    r"|\d{1,4}(?:\.?[ºª°]|e|er|ème|eme)?(?:[ \t]?[A-Za-z](?![\w]))?(?:[ \t]+(?i:étage|floor|andar|piso))?"
    r"(?:[ \t]+(?i:esq|dto|dt|frt|izq|dcha)\.?)?"
    # (thirty-first pass, p90e: the side of the landing, "5e gauche", "2e étage droite")
    r"(?:[ \t]+(?i:gauche|droite)(?![\w]))?"
    r"(?![\w])(?![ \t.\-]?\d)"
    # (a Dublin district and an Eircode after the town: "Dublin 6W D6W K7P3", "Cork T12 X2Y4")
    r"|(?P<town>" + _TOWN_WORDS + r")(?:[ \t]+\d{1,2}W?(?=[ \t]+" + _EIRCODE + r"|[ \t]*(?:,|\n|$)))?"
    r"(?:[ \t]+(?:" + _POSTCODE_ANY + r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|" + _EIRCODE + r"))?"
    r")"
)
# A building, staircase or flat after the address with a space only, as on an envelope: "résidence Les Lilas bât. C
# apt 12", "12 rue Jean Moulin esc. B porte 4" (a number or a capital letter after the word).
# (thirty-first pass, p89: a flat spelt as it sounds, a student's or a hostel's room, "batiment 4 apartemen 112",
# "CHAMBRE 31 BIS")
_BUILDING_PART = re.compile(
    r"[ \t]+(?i:bâtiment|batiment|bât\.?|bat\.|escalier|esc\.|ap{1,2}art[eé]?men?t?|appt\.?|apt\.?|porte|entrée|"
    r"chambre|ch\.)(?![\w])"
    r"[ \t]*(?:n[°º][ \t]*)?(?-i:[A-Z]|\d{1,4}(?:[ \t]+(?i:bis|ter))?)(?![\w])"
)
_AFTER_TOWN = re.compile(r"[ \t]*(?:[.;!?)](?:\s|$)|\n|$|,)")
# What an envelope adds without a comma after a building's or a flat's part: a unit's number ("ESCALIER B N 38"), a
# residence's name ("esc 2 res les Glycines"), then the postcode and its town, in capitals or in lower case too
# ("porte 63 13016 Marseille", "APPT 32 13015 MARSEILLE", "appt 31, 35000 rennes", "esc 2 93150 le blanc mesnil").
_ENVELOPE_PART = re.compile(
    r"[ \t]+(?:(?:N[°º]?|n[°º]|No\.?)[ \t]*\d{1,4}|(?i:esc|bat|bt|appt|apt|app)[ \t]*(?:[A-Z]|\d{1,4})|"
    r"(?i:rés\.?|res)[ \t]+(?:(?i:les|le|la|l['’])[ \t]*)?[A-ZÀ-Ý][\w'’\-]+)(?![\w])"
)
_POSTCODE_IN = re.compile(r"(?<!\d)\d{5}(?!\d)")
_POSTCODE_TOWN = re.compile(
    r",?[ \t]+(?P<code>" + FR_POSTCODE + r")(?![\w])"
    r"(?:[ \t]+(?:(?P<town>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2})|"
    r"(?P<lower>[a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){0,3}?)(?=[ \t]*(?:[.;!?),](?:\s|$)|\n|$))))?"
)
# Words that end a town written in lower case after its postcode: "93200 st denis. merci", never "75011 et je".
_NOT_TOWN = {"et", "je", "j", "il", "elle", "on", "nous", "vous", "merci", "svp", "depuis", "mais", "donc", "car"}
_NOT_TOWN |= {"pour", "avec", "tel", "tél", "chez", "mon", "ma", "mes", "son", "sa", "ses", "est", "suis"}


# A named home or farm: its word, a particle, one to three capitalised words ("Moulin de la Roche", "Mas des
# Oliviers", "ferme de la Haute-Borne", "chalet Le Pramecou", "GAEC du Moulin Neuf").
_NAMED_HOME = (
    r"(?:(?:La|Le)[ \t]+)?"
    r"(?:(?i:mas|ferme|moulin|grange|chalet|bastide|métairie|metairie|bergerie|longère|longere|borde|bordes|"
    # (thirty-ninth pass, p120e) a camping where one lives in a chalet or a mobil-home: "camping Les Genêts"
    r"manoir|ranch|gîte|gite|gaec|earl|exploitation|élevage|elevage|camping)|Domaine|Villa)(?![\w'’\-])"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|aux?|Les?|La|L['’]|les?|la|l['’]))?[ \t]*"
    r"[A-ZÀ-Ý][\w'’\-]{2,}(?:[ \t]+(?:(?:de[ \t]+la|du|des|de|aux?)[ \t]+)?[A-ZÀ-Ý][\w'’\-]*){0,2}"
)
_DISTRICT_NAME = (
    r"(?:[Qq]uartier|section|[Ss]ervitude|[Hh]ameau)[ \t]+(?:de[ \t]+la[ \t]+|du[ \t]+|des[ \t]+|de[ \t]+|d['’])?"
    r"[A-ZÀ-Ý][\w'’\-]{2,}(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2}"
)
# (the word "village" or "tribu" stays, as a lieu-dit's word does: "je vis à la tribu de [ADRESSE_1]")
_VILLAGE_WORD = r"(?:[Vv]illage|[Tt]ribu)[ \t]+(?:de[ \t]+la[ \t]+|du[ \t]+|des[ \t]+|de[ \t]+|d['’])?"
_VILLAGE_NAME = r"[A-ZÀ-Ý][\w'’\-]{2,}(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2}"
# Directions given with a street without its number: "chemin des Saules, derrière le stade", "route de Lavaur,
# juste après la station", "impasse du Moulin, en face de l'école" (up to the end of the clause).
_DIRECTIONS = (
    r"(?i:(?:juste[ \t]+|tout[ \t]+de[ \t]+suite[ \t]+)?(?:derrière|derriere|devant|après|apres|à[ \t]+côté|"
    r"a[ \t]+cote|en[ \t]+face|près|pres|au[ \t]+bout|le[ \t]+long|au[ \t]+fond|à[ \t]+l['’]entrée|"
    r"a[ \t]+l['’]entree|à[ \t]+la[ \t]+sortie|a[ \t]+la[ \t]+sortie|au[ \t]+niveau))(?![\w'’])"
    # up to a person the directions name, who is a name of their own: "à côté de la boutique de Mme Zaina" (an
    # address that swallowed the name would lose to it, street and all)
    r"(?:(?![ \t](?:Mme|Mlle|M\.|Madame|Monsieur|Mr|Dr)[ \t.])[^\n,.;!?()]){1,40}"
    # (thirty-third pass) never ending inside a word: "derrière l'église de Saint-Géniez" was cut at "d"
    r"(?![\w'’\-])"
)
# (thirty-first pass, p90e) A house described by what stands beside it or what it looks like, as a home without a
# number is given: "la maison après le lavoir", "la maison bleue après le terrain de foot", "la villa avec le
# portail vert", "la troisième maison à gauche", "la maison en pierre", "la dernière maison avant le pont".
_HOUSE = (
    # (thirty-third pass, p97e) also a building, with an article elided as a hurried message writes it ("l immeuble
    # rose derrière la gare"), and what it looks like: "la maison aux volets verts au bout du chemin"
    r"(?:(?i:la|le)[ \t]+|(?i:l)['’ ][ \t]*)(?:(?i:première|premiere|deuxième|deuxieme|troisième|troisieme|dernière|"
    r"derniere|petite|grande|vieille)[ \t]+)?"
    r"(?i:maison|case|villa|ferme|caravane|bungalow|chalet|cabane|longère|longere|baraque|immeuble)"
    r"(?:[ \t]+(?!(?i:après|apres|avant|avec|en|à|a|aux|au|derrière|derriere|devant|près|pres|de|du)(?![\w'’]))"
    r"[a-zà-ÿ]+)?"
    r"(?:[ \t]+(?i:aux?|à|a)[ \t]+(?i:volets?|portail|toit|murs?|façade|facade|porte|grille|clôture|cloture|"
    r"balcons?|fenêtres|fenetres)[ \t]+[a-zà-ÿ]+)?"
    # (thirty-second pass, p94e: the street or the hamlet it stands in, "la dernière maison de la rue après le pont")
    r"(?:[ \t]+(?i:de[ \t]+la|du|de[ \t]+l['’])[ \t]*(?i:rue|route|ruelle|chemin|impasse|allée|allee|village|"
    r"hameau|quartier|lotissement|cité|cite)(?![\w'’]))?"
    r"[ \t]+(?:" + _DIRECTIONS + r"|(?i:avant|avec)[ \t]+(?:le|la|les|l['’]|un|une|des)[^\n,.;!?()]{1,40}|"
    r"(?i:en)[ \t]+(?:pierre|bois|tôle|tole|dur|briques?)(?![\w'’])|(?i:à|a)[ \t]+(?:gauche|droite)(?![\w'’])"
    r"[^\n,.;!?()]{0,30})"
    # (thirty-second pass, p94e) and what tells it apart after a comma: ", celle avec le grand tilleul"
    r"(?:,[ \t]*(?i:celle|celui)[ \t]+(?i:avec|qui|d['’]en[ \t]+face|en[ \t]+face|au[ \t]+fond)(?![\w'’])"
    r"[^\n,.;!?()]{1,40})?"
)
# Shops and places a home stands above or below.
_SHOP = (
    r"pharmacie|boulangerie|boucherie|charcuterie|p[âa]tisserie|[ée]picerie|sup[ée]rette|caf[ée]|bar|bistrot|"
    r"brasserie|tabac|bureau[ \t]+de[ \t]+tabac|restaurant|resto|pizzeria|kebab|snack|garage|magasin|boutique|"
    r"commerce|coiffeur|salon[ \t]+de[ \t]+coiffure|laverie|pressing|banque|agence|cabinet|poste|fleuriste|"
    r"librairie|quincaillerie|auto-[ée]cole|salle|cin[ée]ma|march[ée]|halle"
)
# (thirty-second pass, p94e) A home above or below a shop or a place, as people tell where their door is: "j'habite au
# dessus de la pharmacie de la place du marché, la porte bleue à côté du tabac", "nous habitons au-dessus du café
# des Sports", "c'est au dessus de la boulangerie c'est la porte verte" (up to a comma or a new clause, and the door
# that follows).
_ABOVE = (
    r"(?i:(?:juste[ \t]+)?(?:au|en)[ \t\-]+dess(?:us|ous)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|d['’]))[ \t]*"
    r"(?i:" + _SHOP + r")(?![\w'’])"
    r"(?:[^\n,.;!?()]{0,40}?(?![\w'’])(?=[ \t]*(?:[\n,.;!?()]|$|(?i:c['’ ]?est|et|je|j['’]|il|elle|on|nous|mais|"
    r"depuis|pour)(?![\w'’]))))?"
    r"(?:,?[ \t]*(?:(?i:c['’ ]?est)[ \t]+)?(?i:la|une)[ \t]+(?i:porte)(?![\w'’])[^\n,.;!?()]{1,40})?"
)
_NAMED_STREET = (
    r"(?<![\w'’])" + _STREET_TYPE + r"(?:\s+(?:de|du|des|la|le|les|l['’]|d['’]|aux?|en)(?=[\s\w]))*\s*"
    r"[A-ZÀ-Ý][a-zà-ÿ'’\-][\w'’\-]*(?:\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d['’]|l['’])?[A-ZÀ-Ý][\w'’\-]*){0,3}"
)
_POSTCODE_PLACE = r"(?<!\d)" + FR_POSTCODE + r"(?!\d)"
# Where people live without a postal address: a family plot, an aire d'accueil, a caravan's pitch.
_PLOT = (
    r"(?i:terrain[ \t]+familial|terrain[ \t]+familiale|terrains[ \t]+familiaux|aire[ \t]+d['’]accueil|"
    r"aire[ \t]+des[ \t]+gens[ \t]+du[ \t]+voyage|campement|caravanes?|mobil-?homes?)(?![\w'’])"
)
# One line of an address without its number: the line starts with a street's, a building's or a box's word.
_ADDRESS_LINE = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|impasse|allée|allee|chemin|route|quai|cours|passage|résidence|"
    r"residence|lotissement|lot\.|cité|cite|hameau|quartier|lieu-dit|immeuble|imm\.|bâtiment|batiment|bât\.?|"
    r"escalier|esc\.|appartement|appt\.?|bp|boîte postale|section|village|domaine|villa)(?![\w'’])[^\n@:]{1,60}"
)


# Words that end a street name written in lower case: "14 rue des lilas et je…".
_STOP = (
    r"(?:et|je|j['’]|il|elle|ils|elles|on|nous|vous|à|a|au|aux|pour|depuis|mais|donc|avec|chez|dans|sur|sous|en|de|"
    r"du|des|la|le|les|qui|que|car|ou|où|mon|ma|mes|bat|bât|bâtiment|batiment|appartement|appt|apt|étage|etage|"
    r"code|cedex|svp|merci|tel|tél)"
)


# (thirty-first pass, p90e) A lieu-dit's name in lower case: one or two words, to a stop word ("les granges, il…").
_ARTICLE = r"(?:de|du|des|la|le|les|l['’]|d['’])"
_LOWER_PLACE = (
    r"(?!" + _STOP + r"(?![\w'’\-]))[a-zà-ÿ][\w'’\-]{2,}(?:[ \t]+(?!" + _STOP + r"(?![\w'’\-]))[a-zà-ÿ][\w'’\-]{2,})?"
)


class HouseNumberRecognizer(RegexRecognizer):
    """A house's number said alone where the writer lives, the street being known or next door: "J'habite juste à
    côté, au 3 ter.", "nous vivons au n° 12 de la même rue", "je loge au 7 bis, en face"."""

    ENTITY = "ADRESSE"
    PATTERNS = (
        (
            r"(?i:\b(?:j['’]habite|habite|habitons|habitent|je vis|vivons|vit|je loge|loge|logeons|je réside|"
            r"réside|résidons|domiciliée?s?|demeurant|j['’]ai emménagé|emménagé|suis installée?))\b[^.\n!?]{0,40}?"
            r"\bau[ \t]+(?P<pii>(?:n°[ \t]*)?\d{1,4}(?:[ \t]*(?i:bis|ter|quater|[a-d]))?)"
            r"(?=[ \t]*(?:[.,;!?)\n]|$|(?i:de la même rue|à côté|a cote|en face|juste)\b))",
            0.6,
        ),
    )


class AddressRecognizer(RegexRecognizer):
    """Postal addresses: "6 rue des Cordiers, 33000 Bordeaux", "au 5 rue Pasteur", "17000 La Rochelle"."""

    ENTITY = "ADRESSE"
    # (also said with the street's article: "au 14 de la rue du Four", "au 3 du boulevard Voltaire")
    # (the number and the street on one line: "né le 11.02.1968⏎Lieu-dit Schirlenhof" is a year above a lieu-dit)
    # (never the year of a date: "née le 25/12/1937, lotissement Les Cigales, 22 rue …" starts at 22, not at 1937)
    _NUMBER = (
        r"(?<!\d[/.])\b\d{1,4}(?:[ \t]?(?:bis|ter|quater|[a-dA-D])\b)?,?[ \t\u00a0]+"
        r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*)?"
    )
    _TYPE = (
        r"(?i:rue|avenue|av\.|bd|boulevard|place|impasse|allée|allee|chemin|route|rte|quai|cours|square|passage|"
        r"voie|résidence|residence|lotissement|lieu-dit|cité|cite|hameau|faubourg|fbg|rond-point|sentier|villa|"
        r"parvis|esplanade|promenade|domaine|montée|ruelle|traverse|clos|sente|chaussée|mail|za|zi|zac|"
        # abbreviated on an envelope: "19 r jules guesde", "4 rés. les Peupliers", "12 res les Coquelicots"
        r"r\.?(?=[ \t]+[a-zà-ÿA-ZÀ-Ý]{2})|rés\.|res(?=[ \t]+(?:les?|la|du|des)[ \t])|"
        # the street's word in Breton and Occitan, as the plate at the corner says it: "3 hent Kerguillé" (road),
        # "12 straed ar Vilin" (street), "5 plasenn an Iliz" (square), "7 carrièra del Pont", "2 camin de la Font"
        r"hent|straed|plasenn|bali|carrièra|carriera|camin)(?!\w)"
    )
    _NAME_WORD = (
        r"(?:(?:de|du|des|la|le|les|aux?|et|sur|sous|en|lès|del|dels|ar|an)\b|(?:[ldLD]['’])?"
        r"(?:(?:St|Ste|Gal|Gén|Gen|Mal|Pdt|Av|Bd|Dr|Pr|Cdt|Col|Mgr|Fg|Lt|Cne)\.|[A-ZÀ-Ý0-9][\w'’\-]*))"
    )
    _CITY_WORD = r"[^\W\d_][\w'’\-]*"
    _CITY = _CITY_WORD + r"(?:[ \-](?:[A-ZÀ-Ý][\w'’\-]*|sur|sous|lès|les|en|de|du|la|le|cedex(?: \d{1,2})?))*"
    _POSTCODE = r"(?<!\d[ \u00a0.])(?<!\d)" + FR_POSTCODE + r"\b"
    PATTERNS = (
        # a home inside a public building, where a caretaker or a teacher lives: "le logement de fonction (collège
        # Bourbon, Saint-Denis)", "nous sommes logés au groupe scolaire Les Tilleuls, à Mende"
        (
            r"(?i:logement[ \t]+de[ \t]+fonction|logée?s?|loge[ \t]+de[ \t]+gardien)[ \t]*(?:\([ \t]*|"
            r"(?i:au|à[ \t]+la|à[ \t]+l['’]|dans[ \t]+le|dans[ \t]+la|dans[ \t]+l['’])[ \t]*)"
            r"(?P<pii>(?i:collège|college|lycée|lycee|école|ecole|groupe[ \t]+scolaire|gendarmerie|caserne)"
            r"[ \t]+[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:(?:de|du|des|d['’])[ \t]*)?[A-ZÀ-Ý][\w'’\-]*){0,3}"
            r"(?:[ \t]*,[ \t]*(?:à[ \t]+)?[A-ZÀ-Ý][\w'’\-]*)?)",
            0.8,
        ),
        # number, street type, any words, postcode and city
        (_NUMBER + _TYPE + r"[^\n\d]{1,60}?,?\s*" + _POSTCODE + r"\s+" + _CITY, 0.85),
        # number, street type, capitalised name
        # (a word on the next line is no part of the street when it starts with a digit: a postcode or a phone)
        (_NUMBER + _TYPE + r"(?:(?:[ \t]+|[ \t]*\n\s*(?!\d))" + _NAME_WORD + r"){1,6}", 0.8),
        # number, street type, a name in lower case: "14 rue des lilas", "3 avenue jean jaures"
        (
            _NUMBER + _TYPE + r"(?:\s+(?:de|du|des|la|le|les|l['’]|d['’]|aux?)(?=[\s\w]))*\s*"
            r"[a-zà-ÿ][\w'’\-]{2,}(?:\s+(?!" + _STOP + r"\b)[a-zà-ÿ][\w'’\-]{2,})?",
            0.8,
        ),
        # postcode and city alone
        (_POSTCODE + r"\s+[A-ZÀ-Ý][\w'’\-]*(?:[ \-](?:[A-ZÀ-Ý][\w'’\-]*|sur|sous|lès|en|cedex(?: \d{1,2})?))*", 0.6),
        # no number, after "j'habite", "adresse :", "emménagé"…: "rue des peupliers a montreuil", "quai de la Loire"
        (
            _HOME
            + r"(?:(?:au|à|a|dans l['’]|dans la|dans le|sur la|sur le|le|la|les)\s+)?(?P<pii>"
            + _STREET
            + _IN_CITY
            + ")",
            0.7,
        ),
        # the street after a comma in the same sentence: "je suis hébergée chez ma sœur, allée des Tilleuls"
        (_HOME + r"[^.!?;\n,]{0,40},\s*(?P<pii>" + _STREET + _IN_CITY + ")", 0.6),
        # places written with their number, after where someone lives: "j'habite Sicap Liberté 6, villa 4021"
        (
            _HOME + r"(?:(?:au|à|a)\s+)?(?P<pii>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){0,3}[ \t]+\d{1,4}"
            r"[a-zA-Z]?"
            r"(?:/\d{1,3})?(?![\w/.,]\d|\w))",
            0.6,
        ),
        # a town, then the street: "j'habite à Saint-Flour, route de Massiac"
        (_HOME + r"(?:à|a)\s+(?P<pii>" + _TOWN + r",\s*" + _STREET + ")", 0.7),
        # a street and its town, anywhere: "impasse des Mésanges à Rezé", "chemin des Vignes, Marseille"
        (r"(?<![\w'’])(?P<pii>" + _STREET + r"(?:,\s*(?:à\s+)?|\s+à\s+)" + _TOWN + ")", 0.6),
        # an estate or a district, then its lot, villa or building number after a comma: "Lotissement Al Qods, lot
        # n° 145, Oujda", "Urbanização Quinta da Alagoa, lote 14", "Quartier Grand Yoff, villa n° 412", "Cité 500
        # logements, bâtiment C n° 12" (the town and country follow through `_address_end`)
        (r"(?<![\w'’])(?P<pii>" + _ESTATE + r")", 0.75),
        # abroad, the number after the street: "Rua das Flores 27", "Kerkstraat 45", "ul. Kwiatowa 7/3" (as sure as
        # a French street with its number: a street named after a person, "Rua Dr. Frederico Ramos Mendes 41", is
        # the address, not the doctor's name — p81)
        (r"(?<![\w'’])(?P<pii>" + _FOREIGN_STREET + r"(?:[ \t]+|,[ \t]*(?=n))" + _HOUSE_NUMBER + ")", 0.85),
        # the number first and a comma, as in Alsace or Luxembourg: "1, Kirchgasse", "12a, Lindenstraße"
        (
            r"(?<![\w'’.,])(?P<pii>\d{1,4}[a-z]?,[ \t]*[A-ZÀ-Ý][\w'’\-]*(?:straße|strasse|gasse|weg|platz|allee|"
            r"straat|laan|gracht|steenweg))(?![\w])",
            0.8,
        ),
        # in Cyrillic letters, from the street's word to the end of the line or sentence: "вул. Хрещатик, 22, кв. 5"
        (
            r"(?<!\w)(?P<pii>(?i:вул|вулиця|ул|улица|просп|проспект|пров|провулок|бул|бульвар|пл|площа|пер|"
            r"переулок|шосе|шоссе)\.?[ \t]+[^\n]{1,80}?)(?=\.?[ \t]*(?:\n|$)|\.[ \t]+[^\W\d_]|[;!?])",
            0.75,
        ),
        # the type after the name: "Atatürk Caddesi No: 56"
        (_TURKISH_STREET, 0.8),
        # "2450 Oak Street", "14 Elm Grove"
        (_ENGLISH_STREET, 0.8),
        # (twenty-ninth pass, second shift, p81) in Thailand, a house's number in a village ("Moo", "M.") and its lane:
        # "88/14 Moo 5, Soi …", "19/2 M. 4" ("soi" is also a French word: the lane is read here; the district, the
        # province and its postcode follow through `_address_end`)
        (
            r"(?<![\w'’/.\-])\d{1,4}(?:/\d{1,4})?[ \t]+(?:Moo|M\.)[ \t]*\d{1,2}(?![\w])"
            r"(?:,?[ \t]+Soi[ \t]+[A-Z0-9][\w'’\-]*(?:[ \t]+[A-Z0-9][\w'’\-]*){0,3})?",
            0.85,
        ),
        # a number and a name, then a district: "45 Lê Lợi, phường Bến Thành", "3-12-5 Minami-Aoyama, Minato-ku"
        (_NUMBERED_IN_DISTRICT, 0.75),
        # after a label, what the writer gives as an address: "Mon adresse en Côte d'Ivoire : Cocody Riviera 3…",
        # "son adresse c'est Hay Mohammadi…", "Morada: …"; "à l'adresse suivante :" only in the writer's sentence
        (_LABELLED, 0.75),
        # abroad without a street, parts joined by commas up to the country, after where someone lives: "je vis à
        # Cité 200 logements, bloc 12, Sétif, Algérie", "habite Douar Ouled Ali, commune de Sidi Bennour, Maroc"
        (
            _HOME + r"(?:[a-zà-ÿ'’]+\s+){0,2}?(?:(?:au|à|a|en|dans)\s+)?(?:(?:le|la|les|l['’])\s*)?"
            r"(?P<pii>[A-ZÀ-Ý0-9][^,.;!?\n]{1,50}"
            r"(?:,[ \t]*[^,.;!?\n]{1,50}){1,5},[ \t]*" + _COUNTRY + r")(?![\w'’])",
            0.7,
        ),
        # a named place without a street, anywhere: "au lieu-dit Les Grands Prés", "lieu dit la Croix Blanche"
        (
            r"(?<![\w'’])(?i:lieu-dit|lieudit|lieu dit)[ \t]+(?P<pii>(?:(?:de|du|des|la|le|les|l['’]|d['’])[ \t]*)?"
            r"[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+|d['’]|l['’])?"
            r"[A-ZÀ-Ý][\w'’\-]*){0,3})",
            0.7,
        ),
        # (thirty-first pass, p90e) a lieu-dit in lower case: "au lieu-dit les granges", "lieu-dit le bousquet, commune
        # de saint-affrique" (one or two words to a stop word; after "au" or "du", or with an article: "un lieu-dit
        # habité" stays)
        (
            r"(?<![\w'’])(?i:au|du)[ \t]+(?i:lieu-dit|lieudit|lieu dit)[ \t]+(?P<pii>(?:"
            + _ARTICLE
            + r"[ \t]*)?"
            + _LOWER_PLACE
            + r")(?=[ \t]*(?:[,.;!?)\n]|$))",
            0.65,
        ),
        (
            r"(?<![\w'’])(?i:lieu-dit|lieudit|lieu dit)[ \t]+(?P<pii>" + _ARTICLE + r"[ \t]*" + _LOWER_PLACE + r")"
            r"(?=[ \t]*(?:[,.;!?)\n]|$))",
            0.65,
        ),
        # a district or a village, then its street without a number, after where someone lives: "j'habite Kaweni
        # rue de la Mosquée", "on vit à Cilaos, chemin des Trois Mares"
        (
            _HOME
            + r"(?:(?:au|à|a|en)\s+)?(?P<pii>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2},?[ \t]+"
            + _STREET
            + r")",
            0.7,
        ),
        # a town, then the street, after "à": "chez ma tante à Cergy, quartier des Touleuses"
        (r"(?<![\w'’])(?:à|a)\s+(?P<pii>" + _TOWN + r",\s*" + _STREET + ")", 0.6),
        # a town, then its street without a number in brackets: "mon appartement à Toulouse (rue des Lois)", "à
        # Saint-Denis (allée des Tilleuls, 2e étage)" (the street only: the town alone is no personal data)
        (
            r"(?<![\w'’])(?:à|a)\s+" + _TOWN + r"(?:[ \t]+" + _TOWN + r"){0,2}[ \t]*\([ \t]*(?P<pii>" + _STREET + r")"
            r"(?=[ \t]*[,;)])",
            0.6,
        ),
        # a residential street named after a plural, anywhere, without its number: "rue des Lois", "l'impasse des
        # Mésanges", "résidence des Pins Verts" (streets of homes; not a square, a road or a "cité des Sciences",
        # which name public places more often than a home)
        (
            r"(?<![\w\-])(?P<pii>(?i:rue|avenue|boulevard|impasse|allée|allee|ruelle|sentier|résidence|residence|"
            r"lotissement)[ \t]+des[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’\-]+)?)(?![\w'’])",
            0.55,
        ),
        # a named street without its number, anywhere: "rue du Stade", "rue Monge", "route de Beaulieu", "impasse
        # Ravel" (the type of a street where people live, then a capitalised name). Writers name their own street or
        # the one where something happened to them (a car towed, a parking fine); a fiche names a public body's
        # street only on its own line of a postal address, which is an address all the same. Not "cours", "place",
        # "passage", "voie" or "cité", which name other things ("au cours du Pacs", "Cité des Sciences"); "à la
        # rue" (homeless) has no capitalised name after it. (Thirty-first pass, p90e: a name joined by hyphens is
        # read whole, "rue Jean-Moulin", "rue du Général-Leclerc"; it stopped at the first hyphen and left "-Moulin".)
        (
            r"(?:(?<=\b[lL]['’])|(?<![\w'’\-]))(?P<pii>(?i:rue|avenue|boulevard|bd|impasse|allée|allee|chemin|route|"
            r"ruelle|sentier|quai|"
            r"square|faubourg|venelle|traverse)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’]|"
            r"aux?)[ \t]*)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*(?:[ \t]+(?:(?:de[ \t]+la|de|du|des|d['’]|l['’])[ \t]*)?"
            r"[A-ZÀ-Ý][\w'’\-]*){0,3})(?![\w'’])",
            0.55,
        ),
        # a cité, a résidence or an estate with its building, by name or letter, anywhere: "Cité des Fleurs, bât.
        # Lilas, n° 14", "résidence Le Parc bâtiment B" (a building's word after the name is a home's address; the
        # flat or number after it follows through `_address_end`)
        (
            r"(?<![\w'’\-])(?P<pii>(?i:cité|cite|résidence|residence|lotissement|hameau|domaine|quartier)[ \t]+"
            # (thirty-first pass, p90e: a students' or a social residence, "résidence universitaire Jean Zay, bât. D")
            r"(?:(?i:universitaire|sociale|étudiante|etudiante|crous)[ \t]+)?"
            r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)?[A-ZÀ-Ý0-9][^,\n.;!?()]{0,40}?"
            r",?[ \t]+(?i:bâtiment|batiment|bât\.?|bat\.|bloc|escalier|esc\.|immeuble|imm\.|tour)(?![\w])[ \t]*"
            # (thirty-first pass, p90e: the building's name with its article, "bâtiment les Hérons")
            r"(?:n[°º][ \t]*|(?:les|le|la|l['’])[ \t]*(?=[A-ZÀ-Ý]))?[A-ZÀ-Ý0-9][\w'’\-]*)",
            0.8,
        ),
        # (thirty-first pass, second shift, p89) a floor, then the building by its name or letter: "au 4e sans
        # ascenseur, bâtiment les Mimosas, escalier C", "AU 11EME ETAGE TOUR AVICENNE PORTE 114" (the staircase and
        # the door after it follow through `_address_end`)
        (
            r"(?<![\w'’\-])(?P<pii>\d{1,2}(?i:e|è|ème|eme|ieme|ième)(?:[ \t]+(?i:étage|etage))?"
            r"(?:[ \t]+(?i:sans|avec)[ \t]+(?i:ascenseur))?,?[ \t]+"
            r"(?i:bâtiment|batiment|bât\.?|bat\.|bloc|escalier|esc\.|immeuble|imm\.|tour)(?![\w])[ \t]*"
            r"(?:(?:les|le|la|l['’])[ \t]*(?=[A-ZÀ-Ý]))?[A-ZÀ-Ý0-9][\w'’\-]*"
            r"(?:[ \t]+(?!(?i:porte|escalier|chambre|appartement|depuis)(?![\w]))[A-ZÀ-Ý][\w'’\-]*)?)",
            0.75,
        ),
        # a cité, a résidence or an estate by its name, then the house's number: "lotissement les Peupliers n°7",
        # "résidence Les Cèdres n° 12" (a house numbered inside an estate is a home; the town after it follows
        # through `_address_end`). In lower case too, as a signature writes it after the name.
        (
            r"(?<![\w'’\-])(?P<pii>(?i:cité|cite|résidence|residence|lotissement|hameau)[ \t]+"
            r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)?[A-ZÀ-Ý][^,\n.;!?()°º]{0,40}?"
            r",?[ \t]+(?i:n[°º]|no\.|numéro|numero)[ \t]*\d{1,4}(?:[ \t]?(?:bis|ter|[A-Da-d]))?)(?![\w])",
            0.8,
        ),
        # a named farm, mill or chalet, lived or worked in: "au Mas des Oliviers", "La Ferme du Bois Joli", "GAEC des
        # Trois Chênes", "chalet Les Airelles" (the name capitalised, after its particle)
        (
            r"(?<![\w'’\-])(?P<pii>" + _NAMED_HOME + r")",
            0.65,
        ),
        # a district, a section (Antilles), a servitude (Polynesia) with its capitalised name: "quartier Mtsapéré",
        # "section Morne-Rouge", "servitude Teriierooiterai"; and a kilometre point, "PK 7,4 côté mer"
        (r"(?<![\w'’])(?P<pii>" + _DISTRICT_NAME + r")", 0.6),
        # (thirtieth pass, second shift, p85) a village of Guyane or Mayotte, a Kanak tribu, with its capitalised
        # name, after where someone lives or before a postcode: "j'habite au village Awala", "Tribu de Wagap, 98822
        # Poindimié" (not anywhere: "le Village Vacances", "le village Emmaüs")
        (
            _HOME
            + r"(?:(?:au|à|a|dans|en)\s+)?(?:(?:le|la|l['’])\s*)?"
            + _VILLAGE_WORD
            + r"(?P<pii>"
            + _VILLAGE_NAME
            + r")",
            0.7,
        ),
        (
            r"(?<![\w'’])"
            + _VILLAGE_WORD
            + r"(?P<pii>"
            + _VILLAGE_NAME
            + r")(?=[ \t]*,[ \t]*"
            + _POSTCODE_PLACE
            + r")",
            0.85,
        ),
        (
            r"(?<![\w'’])(?P<pii>PK[ \t]*\d{1,3}(?:[,.]\d{1,3})?(?:[ \t]+(?i:côté|cote)[ \t]+(?i:mer|montagne))?"
            r"(?:,[ \t]*" + _DISTRICT_NAME + r")?)(?![\w])",
            0.7,
        ),
        # directions to a home on a family plot or a pitch: "sur le terrain familial, chemin des Saules, derrière le
        # stade", "notre caravane est route de Lavaur après la station"
        (
            _PLOT
            + r"[^.!?;\n]{0,40}?(?:,[ \t]*|[ \t]+)(?P<pii>(?:"
            + _NAMED_STREET
            + r"|"
            + _STREET
            + r"(?=,?[ \t]*"
            + _DIRECTIONS
            + r"))(?:,?[ \t]*"
            + _DIRECTIONS
            + r")?)",
            0.65,
        ),
        # a named street without a number, then directions: "impasse du Moulin, en face de l'école"
        (r"(?P<pii>" + _NAMED_STREET + r",?[ \t]+" + _DIRECTIONS + r")", 0.6),
        # (thirty-first pass, p90e) the house described, in the sentence that says where someone lives or lodges, as
        # addresses without a number are given: "J'habite au lieu-dit …, c'est la maison après le lavoir", "Il
        # habitait au lieu dit La Pinède, pas de numéro, la villa avec le portail vert", "On habite à Roubaix, cour
        # Saint-Joseph, la troisième maison à gauche", "ma case à Acoua, la maison bleue après le terrain de foot"
        (
            r"(?:" + _HOME + r"|(?i:\b(?:loge|logeons|logent|dort|dors|dorment)\b|chez[ \t]+(?:moi|nous|lui|elle|eux)|"
            r"(?:ma|notre|sa|leur)[ \t]+(?:case|maison|villa)))"
            r"[^.!?\n]{0,100}?,[ \t]*(?:(?i:c['’]est)[ \t]+)?(?P<pii>" + _HOUSE + r")",
            0.6,
        ),
        # (thirty-second pass, p94e) the house told right after the verb of living: "elle vit seule à la dernière
        # maison de la rue après le pont"; and the home above or below a shop, anywhere in that sentence
        (
            # (thirty-third pass) or with no preposition: "J'habite la maison aux volets verts au bout du chemin"
            _HOME + r"(?:(?i:seule?s?|toute?s?[ \t]+seule?s?)[ \t]+)?(?:(?i:à|a|dans)[ \t]+)?(?P<pii>" + _HOUSE + r")",
            0.6,
        ),
        (_HOME + r"[^.!?\n]{0,80}?(?<![\w'’])(?P<pii>" + _ABOVE + r")", 0.6),
        # (thirty-first pass, p90e; p85) a village or a district and its name, then the way to the house: "village
        # de Tsingoni, derrière la mosquée", "Kawéni village, derrière la mosquée du vendredi"
        (
            r"(?<![\w'’])(?P<pii>(?:" + _VILLAGE_WORD + _VILLAGE_NAME + r"|" + _VILLAGE_NAME + r"[ \t]+(?i:village))"
            r",?[ \t]+" + _DIRECTIONS + r")",
            0.6,
        ),
        # a place and its postcode without a town, ending the phrase: "(Le Pontet, 47130)", "La Gravière, 12390."
        (
            r"(?<![\w'’\-])(?P<pii>(?:(?:Le|La|Les|L['’])[ \t]*)?[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+(?:(?:de|du|des|la|le|sur|"
            r"sous|lès)[ \t]+)?[A-ZÀ-Ý][\w'’\-]+){0,2},[ \t]*" + _POSTCODE_PLACE + r")(?=[ \t]*(?:[)\n.;!?]|$))",
            0.6,
        ),
        # the lines of an address above its postcode and town, without a number: "rue du Port\n97600 Mamoudzou",
        # "Résidence des Pins, esc. C\nBât. 2\n13011 Marseille"
        (
            r"(?m)^[ \t]*(?P<pii>" + _ADDRESS_LINE + r"(?:[ \t]*\n[ \t]*" + _ADDRESS_LINE + r")?)[ \t]*\n[ \t]*"
            r"(?=" + FR_POSTCODE + r"[ \t]+[A-ZÀ-Ý])",
            0.7,
        ),
        # (thirtieth pass, second shift, p85) a post-office box, the address of homes without a street (the Pacific,
        # villages, farms): "BP 47", "B.P. 112 Patio" (the box's place or post office before a comma), "boîte postale
        # 8"; its postcode and town follow through `_address_end`
        (
            r"(?<![\w.])(?P<pii>(?:BP|B\.P\.|(?i:boîte|boite)[ \t]+(?i:postale))[ \t]*(?:n[°º][ \t]*)?\d{1,5}"
            r"(?![\w,.]\d)(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+(?=[ \t]*,))?)",
            0.85,
        ),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        """Each address found, and the addresses that overlap joined into one (their best score): "Sicap Liberté
        6" and "6, villa 4021" are one address. Where a joined one meets a phone number, the parts still stand."""
        found = sorted(self._spans(text))
        yield from found
        merged: list[list] = []
        for start, end, score in found:
            if merged and start < merged[-1][1]:
                merged[-1][1], merged[-1][2] = max(merged[-1][1], end), max(merged[-1][2], score)
            else:
                merged.append([start, end, score])
        for start, end, score in merged:
            if (start, end, score) not in found:
                yield start, end, score

    def _spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in self._found(text):
            value = text[start:end].rstrip(" ,.'’-")
            if re.search(r"\s(?:de|du|des|la|le|les|et|sur|sous|en|aux?|del|dels|ar|an)$", value):
                value = value.rsplit(None, 1)[0]
            last = re.search(r"(?:,\s*|\s+(?:à|a)\s+)([a-zà-ÿ][\w'’\-]*)$", value)
            if last and is_common(last.group(1)):
                value = value[: last.start()]  # "quartier du Mirail, depuis": no town in lower case
            if not value or value.startswith("[") or re.search(r"(?i)\b(?:vous|votre|vos)\b", value):
                continue
            if _READERS_HOME.search(text, max(0, start - 40), start):
                continue  # "Vous habitez rue de la République ?": a rule's example, the reader's street
            if town_line := _TOWN_THEN_LINE.search(value):
                value = value[: town_line.end()].rstrip()  # the next line is another field, not the address's
            if (next_line := _NEXT_LINE_WORD.search(value)) and next_line.group(1).lower() in STOP_WORDS:
                value = value[: next_line.start()].rstrip()  # "4 RUE DU STADE⏎MON TEL …": a new sentence
            value = before_phone_label(value)  # "… 62300 LENS TEL 03 21 …": the phone is not the address's
            if (cut := street_names.person_after_street(text, start, value)) is not None:
                value = value[:cut]  # "18 rue des Acacias, Mohamed Ait Ouali, 84 ans": a person, no town
            end = start + len(value)
            if (after := address_pieces.without_borrowed_number(text, start, end)) is not None:
                start = after  # "… 14 85, Résidence Les Embruns, …": the phone's last group is no house number
            yield start, end, score
            longer = _envelope_end(text, start, _address_end(text, end))
            if longer > end:  # both: where the longer one meets a phone number, the shorter one stays
                yield start, longer, score

    def _found(self, text: str) -> Iterator[tuple[int, int, float]]:
        """The patterns' spans, and the named places that are a home's address: a lieu-dit or a hamlet named alone
        after where someone lives, or on its own line above a postcode and town ("j'habite La Croix-Blanche",
        "domicilié aux Terres Rouges", "chez nous à La Grange-Neuve", "…⏎Les Terres Rouges⏎18160 Lignières"). Its
        words after the article are all French words, as lieux-dits are named: "La Rochelle" or "Le Mans" are towns,
        and a town alone is no address."""
        yield from super().spans(text)
        for match in _NAMED_PLACE.finditer(text):
            group = "pii" if match.group("pii") else "line"
            words = [word for word in re.findall(r"[^\W\d_]+", match.group(group))[1:] if word.lower() not in _GLUE]
            if words and all(is_french(word) or getattr(lookup(word), "common", False) for word in words):
                yield match.start(group), match.end(group), 0.6
        for match in _VILLAGE_CENTRE.finditer(text):
            if match.group("way") or _HOME_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                yield match.start(), match.end(), 0.6
        for match in _REGIONAL_PLACE.finditer(text):
            word = match.group()
            if fold(word).lower() in _NOT_REGIONAL_PLACES or not _is_proper(word.split("-")[0]):
                continue
            if _PLACE_BEFORE.search(text, max(0, match.start() - 30), match.start()) or _PLACE_AFTER.match(
                text, match.end()
            ):
                yield match.start(), match.end(), 0.55
        for match in _PLACE_LINE.finditer(text):
            place, town = match.group("place"), match.group("town")
            words = [word for word in re.findall(r"[^\W\d_]+", place) if word.lower() not in _GLUE]
            if fold(place).lower() == fold(town).lower() or not any(_is_proper(word) for word in words):
                continue  # "Ydes⏎15210 Ydes": a town alone is no address
            yield match.start("place"), match.end("place"), 0.6


# An address ends with its town: the line after a postcode and its town is another field of a letterhead or an
# invoice ("5 rue Pasteur 77100 Meaux⏎SIRET 834 …", "Client : …, 4 rue des Cordeliers 14400 Bayeux⏎Réfection …").
_TOWN_THEN_LINE = re.compile(
    r"(?<!\d)" + FR_POSTCODE + r"[ \t]+(?P<town>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[\w'’\-]+)*?)"
    r"(?i:[ \t]+cedex(?:[ \t]+\d{1,2})?)?[ \t]*\n"
)
# Where the reader lives, as a rule or an answer says it: the street after it is an example, no one's address.
_READERS_HOME = re.compile(
    r"(?i)\bvous[ \t]+(?:habitez|résidez|residez|vivez|demeurez|êtes[ \t]+domicilié\w*)[ \t]+"
    r"(?:(?:au|à|a|dans[ \t]+la|dans[ \t]+le|sur[ \t]+la|sur[ \t]+le)[ \t]+)?\Z"
)
# A place named with its article (a lieu-dit, a hamlet, a farm's name): where someone lives, or the line of an
# address above its postcode and town.
_PLACE_NAME = (
    r"(?:La|Le|Les|L['’])[ \t]*[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[ \t]+(?:(?:de[ \t]+la|de|du|des|aux?)[ \t]+)?"
    r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*){0,2}"
)
_NAMED_PLACE = re.compile(
    r"(?:(?i:\b(?:j['’]?habite|habitons|habite|habitent|domicilié\w*|domicilie\w*|demeurant|demeure|réside|"
    r"résidant|residant|reside|vivons|vis|vit|chez (?:nous|moi|eux|lui|elle)))[ \t]+(?:(?:à|a|au|aux)[ \t]+)?"
    r"(?P<pii>" + _PLACE_NAME + r")(?![\w'’\-])"
    r"|(?m:^[ \t]*(?P<line>" + _PLACE_NAME + r")[ \t]*\n[ \t]*(?=" + FR_POSTCODE + r"[ \t]+[A-ZÀ-Ý])))"
)
_GLUE = {"de", "la", "du", "des", "au", "aux", "le", "les", "l"}
# A lieu-dit named in the running text with its Breton, Occitan or Basque shape ("Ker…", "Las…", "Etxe…"), no
# French word, where a home is named: after "à", "au", "habite", "domicile", "Adresse :", a comma ("Louis-Marie
# Pennec, Kervoën, Pleyben"), or before a comma and a postcode or a town ("Kerdanet, 29710 Plogastel"). Surnames of
# that shape are found as names by the name rules first; the Kerguelen islands are public.
_REGIONAL_PLACE = re.compile(r"(?<![\w'’\-])(?:Ker|Las|Etxe)[a-zà-ÿ'’]{3,}(?:-[A-ZÀ-Ý][\w'’]*)*(?![\w'’\-])")
_PLACE_BEFORE = re.compile(
    r"(?:(?<!\w)(?i:à|a|au|aux|habite|habitons|habitent|domicile|domiciliée?s?|demeurant|résidant|residant|"
    r"lieu-dit|lieudit|adresse[ \t]*:?)|,|^)[ \t]*\Z",
    re.MULTILINE,
)
_PLACE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:" + FR_POSTCODE + r"\b|[A-ZÀ-Ý][\w'’\-]+[ \t]*(?:\n|$))")
# A home in a village's centre, "au bourg de X", with the way to the house or after where someone lives: "au bourg
# de Chalvignac a coté de la boulangerie", "On habite au bourg de Saint-Rivoal, la maison bleue après la poste".
_VILLAGE_CENTRE = re.compile(
    r"(?<![\w'’])(?i:bourg)[ \t]+(?:de[ \t]+|d['’])" + _TOWN + r"(?P<way>,?[ \t]+(?:(?i:la|le)[ \t]+"
    r"(?i:maison|ferme|longère|longere|grange|dernière[ \t]+maison)(?:[ \t]+[a-zà-ÿ]+)?[ \t]+)?(?:"
    + _DIRECTIONS
    + r"|(?i:à|a)[ \t]+(?i:côté|coté|cote|côte)[^\n,.;!?()]{1,40}))?"
)
_HOME_BEFORE = re.compile(_HOME + r"[^.!?\n]*\Z")
_NOT_REGIONAL_PLACES = {"kerguelen", "kermesse", "kermesses", "kerosene", "kérosène"}
# A lieu-dit alone on its line, without a street, in the writer's own address under the signature: the line right
# below a line that holds words (the name signed), right above the postcode and town ("Bonal Gérard⏎Lasfargues⏎
# 15600 Maurs", "…Le Goff⏎Kerprat⏎29770 Audierne", "…Puech⏎La Bartassière⏎15800 Vic-sur-Cère"). One or two
# capitalised words, an article before them or not; one of them no French word (Breton "Ker…", Occitan "Las…");
# the all-French ones are `_NAMED_PLACE`'s.
_PLACE_LINE = re.compile(
    r"(?m)(?<=[^\W\d_])[ \t]*\n[ \t]*(?P<place>(?:(?:La|Le|Les|L['’])[ \t]*)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*"
    r"(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*)?)[ \t]*\n[ \t]*"
    + FR_POSTCODE
    + r"[ \t]+(?P<town>[A-ZÀ-Ý][\w'’\- ]*?)[ \t]*(?:\n|$)"
)


# (thirty-first pass, second shift, p89) the first word of the next line inside a found address: in a message in
# capitals, "4 RUE DU STADE⏎MON TEL 07…" read "MON TEL" as the street's name and then lost the address to the phone.
_NEXT_LINE_WORD = re.compile(r"[ \t]*\n\s*([^\W\d_]+)")


def _is_proper(word: str) -> bool:
    """A word no French dictionary nor the name list's common words hold: a place's own name."""
    return not is_french(word) and not getattr(lookup(word), "common", False) and not is_common(word)


def _address_end(text: str, end: int) -> int:
    """The address goes on over the parts a comma adds: a postcode and a town ("Kerkstraat 45, 2000 Antwerpen"), a
    building, a floor, a district ("quartier Achrafieh, rue Sursock, immeuble Nahas, 3e étage"), a town alone at
    the end of the sentence ("Cocody Riviera 3, villa 112, Abidjan."). Eight parts at most (thirtieth pass, p86e:
    "Résidence …, Bâtiment C, Escalier 2, Appartement 34, 12 rue …, 69008 Lyon, France" has six)."""
    for _ in range(8):
        match = _MORE.match(text, end) or _BUILDING_PART.match(text, end)
        if not match:
            break
        town = match.groupdict().get("town")
        if town is not None:
            if any(is_common(word) for word in town.split()) or not _AFTER_TOWN.match(text, match.end()):
                break
            if street_names.names_a_person(town, text, match.end()):
                break  # "…, Karim Benali, 06 …": a person after the street, no town
        end = match.end()
    return end


def _envelope_end(text: str, start: int, end: int) -> int:
    """After an address without its postcode, the parts an envelope adds without a comma (`_ENVELOPE_PART`), then a
    French postcode and its town (the postcode alone when the words after it are common ones)."""
    if _POSTCODE_IN.search(text, start, end):
        return end
    while (match := _ENVELOPE_PART.match(text, end)) is not None:
        end = match.end()
    match = _POSTCODE_TOWN.match(text, end)
    if match is None:
        return end
    town, lower = match.group("town"), match.group("lower")
    if town is not None and any(is_common(word) for word in town.split()):
        return match.end("code")
    if lower is not None and any(word in _NOT_TOWN for word in re.split(r"[ \t'’]+", lower)):
        return match.end("code")
    return match.end()


# English months too ("since 15 February 2025"): written by people who write in English or mix both.
_MONTH_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|"
    r"mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|oct\.?|nov\.?|dec\.?)"
)
# (thirty-second pass, p94e: a month as it sounds, misspelt by people who write as they speak: "14 fevrié 2022",
# "le 4 juillé", "18 novambre", "2 févirer", "6 aôut", "19 avrile", "8 jan 2026"; only where a day's number or a
# year stands beside it, as every use of `_MONTH` asks)
_MONTH_MISSPELT = (
    r"janvi[ée]r?|janvi[ée]|f[ée]vr?i[ée]r?|f[ée]vir[ée]r?|f[ée]vri[ée]|avrile?|juill?[ée]t?|juill?[ée]|"
    r"a[ôo][uû]t|a[oô]ut|sept[ae]n?m?bre|setembre|octob?re|otobre|nov[ae]n?m?bre|d[ée]c[ae]n?m?bre|jan"
)
_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|" + _MONTH_MISSPELT + r")"
)
# Months of the neighbours' languages, in a date written by someone of there: "30 de junho de 2025", "12. März
# 2024", "3 giugno 2025", "14 de febrero".
_MONTH_OTHER = (
    r"(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|"
    r"febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|maerz|juni|juli|oktober|dezember|"
    r"styczeń|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)"
)
# A day or a year written in words: "le deux mars", "vingt-deux septembre mil neuf cent cinquante-quatre".
_NUMBER_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cents?|et)"
)
_DAY_WORDS = (
    r"(?:premier|1er|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|"
    r"trente(?:[- ]et[- ]un)?)"
)
# ("mille" before "mil", and no letter after it: "mille neuf cent quarante" is the whole year, never "mil")
# The centuries a written date of someone's life may fall in: an ancestor's of the 19th century too ("17 mars 1898",
# "octobre 1894"), up to today's.
_CENTURY = r"(?:1[89]|20)"
_YEAR_WORDS = r"(?:deux[ \-]mille|mille|mil)(?!\w)(?:[ \-]+" + _NUMBER_WORD + r"(?!\w))*"
# A year of two digits in words, as one says it ("né le premier mars quatre-vingt-deux", "soixante-dix-neuf"): a
# tens word with its units, or "quatre-vingt(s)"; only after a day and month in words.
_UNITS_WORDS = (
    r"(?:[- ]et[- ](?:un|onze)|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf))"
)
_YEAR2_WORDS = (
    r"(?:(?:vingt|trente|quarante|cinquante|soixante)" + _UNITS_WORDS + r"?|soixante-dix|quatre-vingts?"
    r"|quatre-vingt-(?:un|onze)|quatre-vingt" + _UNITS_WORDS + r")(?![\w\-])"
)
_WORDS_DATE = (
    r"(?<![\w\-])(?i:" + _DAY_WORDS + r")[ \u00a0]+(?i:" + _MONTH + r")(?![\w])"
    r"(?:[ \u00a0]+(?:" + _CENTURY + r"\d{2}(?!\d)|(?i:" + _YEAR_WORDS + r"|" + _YEAR2_WORDS + r")))?"
)
# (a year first with dots or slashes too, as other countries' papers write it: "1988.07.19", "1990/03/02")
_ISO_DATE = r"(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])-|\.(?:0[1-9]|1[0-2])\.|/(?:0[1-9]|1[0-2])/)(?:0[1-9]|[12]\d|3[01])"
# (an English ordinal too: "12th of March 1985", "3rd May 1990")
# (a line break beside a separator, as a pasted form's narrow field cuts the date: "07⏎/11/1990")
_DATE_SEP = r"(?:\n[ \t]*)?[ ./\-](?:[ \t]*\n)?"
_DATE = (
    r"(?:"
    + _ISO_DATE
    + r"|\d{1,2}(?:er|st|nd|rd|th)?(?:[ \t]+of)?"
    + _DATE_SEP
    + r"(?:\d{1,2}|"
    + _MONTH
    + r")"
    + _DATE_SEP
    + _CENTURY
    + r"?\d{2})"
)
# Labels of a date of birth in English forms and messages: "Date of birth:", "DOB", "born on the".
_BORN_EN = r"date of birth|d\.?o\.?b\.?|born(?:[ \t]+on)?(?:[ \t]+the)?|birthday"


class BirthDateRecognizer(RegexRecognizer):
    """Dates of birth: "né le 05/06/1958", "née le 12 mai 1946", "date de naissance : 1er mars 1980"."""

    ENTITY = "DATE_NAISSANCE"
    PATTERNS = (
        (
            # a form's label too: "Né le : 4 mai 1992", "Née le:", "Date et lieu de naissance :"
            r"(?i)\b(?:n[ée](?:\(?e\)?)?s?|date (?:et lieu )?de naissance|naissance|ddn|" + _BORN_EN + r")(?!\w)\s*"
            r"(?:le|en|du)?[ \t]*:?"
            r"\s*(?P<pii>" + _DATE + r")\b",
            0.9,
        ),
        (
            # (a month and a year of two digits too: "née en janvier 92"; the year after "le" and its month in brackets
            # as some foreign papers give it: "né le 1946 (07)")
            r"(?i)\b(?:n[ée](?:\(?e\)?)?s?|date de naissance|naissance|born)\s+(?:en\s+|in\s+|le\s+)?(?P<pii>(?:"
            + _MONTH
            + r"\s+)?"
            + _CENTURY
            + r"\d{2}(?:[ \t]*\((?:0?[1-9]|1[0-2])\))?(?!\w)|"
            + _MONTH
            + r"\s+['’]?\d{2}\b)",
            0.7,
        ),
        # the year in words: "née en mil neuf cent soixante-deux"
        (r"(?i)\b(?:n[ée](?:\(?e\)?)?s?|naissance)\s+(?:en\s+|l['’]an\s+)?(?P<pii>" + _YEAR_WORDS + r")", 0.7),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        """Not a year of anyone's birth in a question about a rule: "pour quelqu'un né en 1965, combien de
        trimestres ?" (a day and month, or "mon fils né en 2012", stay dates of birth)."""
        return not _SOMEONE_BORN.search(text, max(0, start - 40), start)

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().spans(text)
        yield from _table_birth_dates(text)


# A table pasted from a spreadsheet or a form ("| Nom | Prénom | Date de naissance |", "Nom;Prénom;Né le"): the
# dates of the rows below a header that names a birth are dates of birth.
_TABLE_HEADER = re.compile(r"(?im)^(?=[^\n]*[|;\t])[^\n]*\b(?:naissance|n[ée]e?\(?e?\)? le|ddn)\b[^\n]*$")
_TABLE_DATE = re.compile(r"(?<![\d/.\-])\d{1,2}[./\-]\d{1,2}[./\-]" + _CENTURY + r"\d{2}(?![\d/])")


def _table_birth_dates(text: str) -> Iterator[tuple[int, int, float]]:
    header = _TABLE_HEADER.search(text)
    if header is None:
        return
    for line in re.finditer(r"[^\n]+", text[header.end() :]):
        if not re.search(r"[|;\t]", line.group()):
            break  # the table ends
        for match in _TABLE_DATE.finditer(line.group()):
            start = header.end() + line.start() + match.start()
            yield start, start + len(match.group()), 0.85


# Someone of a rule, not a person: "quelqu'un né en 1965", "toute personne née avant 1961".
_SOMEONE_BORN = re.compile(
    r"(?i)\b(?:quelqu['’]un|quiconque|une personne|les personnes|toute personne|tout assuré|toute assurée|"
    r"les assurés|les assurées)\s+n[ée]e?s?\s+(?:en|entre|avant|après|apres|à partir de)\s*$|"
    r"\b(?:people|anyone|someone|those|persons|workers)\s+born\s+(?:in|before|after|between)\s*$"
)


# A day and a month, with or without the year: 14/06/2025, 5/6/25, 18/12, 3 mars 2025, 1er octobre, 2 novembre.
_ANY_DATE = (
    r"(?<![\d/.\-])(?:" + _ISO_DATE + r"|"
    r"(?:\d{1,2}(?:er)?[ \u00a0]+(?:au|et)[ \u00a0]+)?\d{1,2}(?:er|st|nd|rd|th)?[ \u00a0](?i:" + _MONTH + r")(?!\w)"
    r"(?:,?[ \u00a0]" + _CENTURY + r"\d{2})?|"
    r"(?:1er/\d{1,2}|\d{1,2}[/.\-]\d{1,2})(?:[/.\-]"
    + _CENTURY
    + r"?\d{2})?|(?i:"
    + _MONTH
    + r")[ \u00a0]"
    + _CENTURY
    + r"\d{2}|"
    r"(?<!\w)(?i:" + _MONTH_EN + r")[ \u00a0]\d{1,2}(?:st|nd|rd|th)?(?:,?[ \u00a0]" + _CENTURY + r"\d{2})?(?!\d)|"
    r"\d{1,2}(?:er|st|nd|rd|th|\.)?[ \u00a0]+(?:(?i:de|of|del)[ \u00a0]+)?(?i:"
    + _MONTH
    + r"|"
    + _MONTH_OTHER
    + r")(?!\w)"
    r"(?:,?[ \u00a0]+(?:(?i:de|of|del)[ \u00a0]+)?" + _CENTURY + r"\d{2})?"
    r")(?![\d/]|[.\-]\d)|" + _WORDS_DATE + r"|"
    # a day of a month said from today ("le 3 du mois dernier", "le quinze du mois prochain"; a rule's month is
    # "suivant", "précédent" or "courant") or by its number ("né le 5 du 3 1961")
    r"(?<![\w\-])(?:\d{1,2}(?:er)?|(?i:" + _DAY_WORDS + r"))[ \u00a0]+du[ \u00a0]+"
    r"(?:mois[ \u00a0]+(?i:dernier|prochain|passé|passe)|\d{1,2}[ \u00a0/.]" + _CENTURY + r"\d{2}|"
    # "le 12 du mois de mars": the month named after "du mois de", as people say it
    r"(?i:mois[ \u00a0]+d['’][ \u00a0]?(?:avril|août|aout|octobre)|mois[ \u00a0]+de[ \u00a0]+" + _MONTH + r"))(?!\w)"
)
# A day of the week and its number, without a month: "mercredi 14", "le lundi 3 à 10h".
_WEEKDAY_DATE = (
    r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+\d{1,2}(?:er)?(?![\d/])"
    r"(?![ \u00a0]+(?i:" + _MONTH + r")\b)(?![ \u00a0]*(?:h\b|h\d|heures?\b|:\d))"  # "jeudi 8h": an hour
)
# Words of a person's life that a date after them belongs to (family events, health, work, moves, procedures).
_LIFE_EVENT = re.compile(
    r"(?i)\b(?:mari[ée]e?s?|mariage|marier|pacs[ée]?e?s?|pacs|divorc\w*|s[ée]par[ée]\w*|d[ée]c[ée]d[ée]e?s?|"
    r"d[ée]c[èe]s|mort[e]?s?|quitt[ée]s?|disparu\w*|obs[èe]ques|enterr\w*|inhum\w*|veu(?:f|ve)|"
    r"n[ée]e?s?|naissance|accouch\w*|terme|enceinte|eu \d+ ans|hospitalis\w*|urgences|accident\w*|op[ée]r[ée]\w*|"
    r"chute|malad\w*|arr[êe]t\w*|licenci\w*|embauch\w*|commenc\w*|termin\w*|fini\w*|contrat|cdd|cdi|"
    r"d[ée]mission\w*|rupture|d[ée]m[ée]nag\w*|emm[ée]nag\w*|install[ée]\w*|arriv[ée]e?s?|entr[ée]e?s? en france|"
    r"jugement|entretien|rendez[- ]vous|rdv|convocation|avc|infarctus|malaise|fracture|cancer|crise|greffe|"
    r"convoqu[ée]\w*|d[ée]pos[ée]\w*|envoy[ée]\w*|"
    r"re[çc]u\w*|vendu\w*|achet[ée]\w*|vol[ée]e?s?|perdu\w*|inscri\w*|radi[ée]\w*|expire\w*|"
    r"expiration|valable|d[ée]livr[ée]\w*|ordonnance|consultation|soins?|sorti\w*|retrait[ée]\w*|"
    r"cess\w*|reprise|repris|adopt\w*|reconnu\w*|plainte|depuis|à partir d[ue]|jusqu'au)\b"
)
# Someone's own life: the writer or a relative, not the rules of a fiche ("vous", "le demandeur").
_PERSONAL = re.compile(
    r"(?i)(?:\b(?:j['’]|m['’])|\bj (?=[aeiouéèh])|\b(?:je|jai|moi|mon|ma|mes|nous|notre|nos|my|our)(?!\w)|(?-i:\bI\b)|"
    r"\b(?:mari|femme|épouse|époux|fils|fille|père|mère|papa|maman|bébé|bebe|frère|sœur|soeur)\b)"
)

# Right before a date, these need no "je" or "mon": "Lou est née le 3 janvier", "décédée le 12/10/2025".
# Events of a life that a third person's date may follow ("Elle est veuve depuis le…", "il a été hospitalisé le…").
_FAMILY_EVENT = re.compile(
    r"(?i)\b(?:veu(?:f|ve)|d[ée]c[ée]d[ée]e?s?|d[ée]c[èe]s|morte?s?|mari[ée]e?s?|pacs[ée]e?s?|divorc\w*|"
    r"s[ée]par[ée]\w*|n[ée]e?s?|naissance|accouch\w*|enceinte|hospitalis\w*|inhum\w*|obs[èe]ques|ehpad)\b"
)
_THIRD_PERSON = re.compile(r"(?i)\b(?:il|elle|ils|elles|son|sa|ses|leur|leurs)\b")
_STRONG_EVENT = re.compile(
    r"(?i)\b(?:n[ée]e?s?|d[ée]c[ée]d[ée]e?s?|mari[ée]e?s?|pacs[ée]e?s?|divorc[ée]e?s?|morte?s?|accouch[ée]e?)"
    r"\s+(?:le|depuis le|en date du)?\s*$"
)

_SENTENCE_BREAK = re.compile(r"(?<![A-Z])[.!?;]\s|\n")


def _window(text: str, start: int, size: int) -> str:
    """The `size` characters before `start`, from the first whole word ("jour", not "our")."""
    if start <= size:
        return text[:start]
    window = text[start - size : start]
    return window[len(re.match(r"\w*", window).group()) :]


_RANGE_JOIN = re.compile(r"(?i)\s*(?:au|à|a|et|jusqu['’]au|-|–)\s*")


# Someone else's life, told by the one who writes for them (a child for a parent, a social worker, a guardian): a
# relative or a person named with a title ("son titre expire le…", "Mme Sow a perdu son emploi le…"), or a subject
# pronoun with a verb in the past ("Il est tombé le…", "Elle a déposé… le…"). Fiches write "vous" and "il faut".
_KIN = (
    r"(?:père|mère|papa|maman|parents|fils|fille|filles|enfants?|bébé|bebe|frère|frere|sœur|soeur|mari|femme|épouse|"
    r"epouse|époux|epoux|compagnon|compagne|conjointe?|oncle|tante|neveu|nièce|niece|cousine?|grand-(?:mère|père)|"
    r"grands-parents|petite?-(?:fils|fille)|petits-enfants|arrière-grand-(?:mère|père)|beau-(?:père|frère|fils)|"
    r"belle-(?:mère|sœur|soeur|fille)|voisine?|patiente?|résidente?|residente?|protégée?|tutelle|curatelle|"
    r"majeur protégé)"
)
_SOMEONE = re.compile(
    r"(?i:\b(?:son|sa|ses|leur|leurs|notre|nos|mon|ma|mes)\s+(?:\w+\s+)?" + _KIN + r"\b)|"
    r"(?i:\b(?:tante|oncle|neveu|nièce|cousine?|grand-mère|grand-père|voisine?|beau-père|belle-mère)\b)|"
    r"(?:\b(?:M\.|Mme|Mlle|(?i:madame|monsieur))\s+[A-ZÀ-Ý])"
)
_THEIRS = re.compile(
    # a document or a benefit of theirs: "son titre", "sa demande d'AME", "son rendez-vous", "son RSA"
    r"(?i:\b(?:son|sa|ses|leur|leurs)\s+(?:titre|récépissé|recepisse|rendez-vous|rdv|demande|dossier|carte|"
    r"passeport|permis|contrat|aps|arrêt|audience|jugement|pension|retraite|allocation|rsa|aah|apl|compte|entretien|"
    r"convocation|certificat|attestation|logement|emploi|stage|formation|opération|hospitalisation)\b)|"
    r"(?i:\bon\s+(?:a|est|avait|était|n['’]a)\b)"
)
# A person as the subject of a verb in the past: "il a perdu", "elle a été opérée", "il est tombé" (not "elle a été
# supprimée", "il est de 1 %", "il a pris fin": a rule or an amount).
_HE_OR_SHE = re.compile(
    r"(?i)\b(?:il|elle|ils|elles)\s+(?:ne\s+|n['’])?(?:lui\s+|leur\s+|l['’]|les\s+|s['’]|se\s+|y\s+)?(?:"
    r"(?<=s['’])(?:est|était)\s+[^\W\d]{3,}|(?<=se )sont\s+[^\W\d]{3,}|"
    r"(?:a|ont|avait|avaient)\s+(?!été\b|pris\b|fait\s+l['’]objet)(?:[^\W\d]{3,}|eu\b)|"
    r"(?<![’'])(?:a|ont|avait|avaient)\s+(?:un|une|des|son|sa|ses|leur|leurs)\s|"
    r"(?:a|ont|avait|avaient)\s+été\s+(?:opér|hospitalis|convoqu|plac|radi|licenci|embauch|reconnu|admis|"
    r"diagnostiqu|naturalis|expuls|soign|bless|agress|accueilli|reçu|orient|héberg|domicili|scolaris|inscrit|"
    r"vaccin|examin|mut|condamn|jug|entendu|arrêt|transfér|amput|greff)|"
    r"(?:est|sont|était|étaient)\s+(?:tomb|arriv|parti|entr|sorti|n[ée]|décéd|mort|revenu|venu|allé|rentr|rest|"
    r"hospitalis|héberg|domicili|scolaris|inscrit|enceinte|malade|en arrêt|au chômage|en congé|en ehpad|"
    r"en maison|en foyer|sous (?:tutelle|curatelle))|"
    r"(?:vit|vivent|habite|habitent|travaille|travaillent|touche|touchent|parle|parlent|lit|sait|peut plus))"
)
# Sentences that state a rule or an example, or speak to the reader: a fiche's.
# (and a rule's people, no one in particular: "les personnes qui bénéficiaient du régime au 31 décembre 2011")
_RULE_SENTENCE = re.compile(
    r"(?i)(?<![\w\-])(?:exemple|si|s['’]il|s['’]ils|lorsqu\w*|quand|vous|votre|vos|"
    r"(?:les|des|aux) personnes qui|ceux qui|celles qui)\b"
)
# A rule's condition or example in the sentence: "si", "lorsque", "quand", "exemple".
_RULE_CONDITION = re.compile(r"(?i)(?<![\w\-])(?:exemple|si|s['’]il|s['’]ils|lorsqu\w*|quand|dès|des lors|dès lors)\b")
# The event of that life: _LIFE_EVENT, or a past participle right before the date ("déposée le", "envoyé le",
# "a expiré le", "tombé le"), or an appointment ("le 7 mai à 9h").
_PARTICIPLE = re.compile(
    r"(?i)(?:\b\w{3,}(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte)\s+(?:[\wéè'’]+\s+){0,4}?|\beu\s+\d+\s+ans\s+)"
    r"(?:le|du|en|depuis le|pour le)\s*$"
)
# A working life: "il a travaillé chez Renault de septembre 1974 à juin 1976", "salariée entre mars 1980 et…".
_CAREER = re.compile(
    r"(?i)\b(?:travaill\w*|cotis\w*|salarié\w*|employée?s?|embauch\w*|carrière|intérim\w*|apprenti\w*)\b"
    r"[^.;\n]{0,50}\b(?:de|du|entre|à|au|et|en)\s*$"
)
_APPOINTMENT = re.compile(r"^\s*(?:à|a|vers)\s*\d{1,2}\s*h", re.IGNORECASE)
_MEETING = re.compile(
    r"(?i)\b(?:rendez-vous|rdv|convoqu\w*|convocation|entretien|audience|consultation|visite|passage|permanence|"
    r"accueil|rencontre|réunion)\b"
)
# The reader's own appointment on a given day: the fiches never date one (0 of 257,879 fiche paragraphs), so it is
# the writer's, in the letter, SMS or mail from an office that the writer copies ("votre rdv du 08/12 à 9h30 est
# annulé", "votre convocation prévue le 3 mars").
_YOUR_MEETING = re.compile(
    r"(?i)\b(?:votre|vos)\s+(?:rendez-vous|rdv|convocation|entretien|consultation|audience|passage|visite)\s+"
    r"(?:\w+\s+){0,2}?(?:du|le|prévue?\s+le|fixée?\s+(?:au|le))\s*$|"
    # a booking's confirmation, pasted: "Votre rendez-vous est confirmé avec Dr Vasseur – Dermatologue – le"
    r"\b(?:votre|vos)\s+(?:rendez-vous|rdv|consultation|réservation|reservation)\s+(?:est|a\s+été|a\s+ete)\s+"
    r"(?:confirmée?|fixée?|prévue?|programmée?|reportée?|déplacée?|avancée?|enregistrée?|modifiée?)\b"
    r"[^.;\n«»\"]{0,70}?\b(?:le|du|au|pour\s+le)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s*$"
)
# A letter, a mail or an answer the office sent the writer, dated: "votre message du 23 octobre", "merci pour votre
# retour du 18 octobre", "par votre messagerie le 20 septembre", "Objet : Votre arrêt du 05/03" (an employer's mail,
# pasted). In a citizen's text it dates the writer's own case, though it speaks to "vous"; fiches name a letter
# without its date ("votre courrier doit…").
_YOUR_LETTER = re.compile(
    r"(?i)\b(?:votre|vos)\s+(?:courriers?|lettres?|mails?|e-mails?|courriels?|messages?|messagerie|retours?|réponses?|"
    r"reponses?|appels?|envois?|relances?|sms|texto|arrêt|arret)\b(?:\s+[\w'’]+){0,2}?\s+"
    r"(?:du|le|en\s+date\s+du|daté\s+du|datée\s+du)\s*$"
)
# The end of the reader's own rights, benefit or contract on a day written in figures: the notice an office sent
# the writer, pasted ("Vos droits à l'allocation … prennent fin le 14/03/2025", "votre contrat prendra fin le
# 30/06/2026"). Fiches write such days in words ("prend fin le 7 mai 2025") and never after "vos droits" (0 of
# 257,924 fiche paragraphs).
_YOUR_RIGHTS_END = re.compile(
    r"(?i)\b(?:vos|votre)\s+(?:droits?|allocation|indemnisation|prestation|aide|contrat|bail|titre|récépissé|"
    r"recepisse|arrêt|arret)\b[^.;\n]{0,60}?\b(?:prenn?ent|prend|prendront|prendra|ont pris|a pris)\s+fin\s+le\s*$|"
    # an employer's or an office's mail: "suite à la fin de votre CDD le 31/12/2024"
    r"\bfin\s+de\s+(?:vos|votre)\s+(?:droits?|allocation|indemnisation|contrat|cdd|cdi|mission|bail|"
    r"période\s+d['’]essai|periode\s+d['’]essai|stage|formation)\b[^.;\n]{0,30}?\b(?:le|au)\s*$"
)
# A known first name and a capitalised word: "Le jeune Mohamed Lamine Camara", "Emma Ho".
_CAPITALISED_PAIR = re.compile(r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+[A-ZÀ-Ý][\w'’\-]+")


def _names_someone(sentence: str) -> bool:
    return any(is_name(match.group(1), first=True) for match in _CAPITALISED_PAIR.finditer(sentence))


# Deadlines and dates from which a rule applies: a fiche's, not a person's, when nothing else says it is.
_RULE_DATE = re.compile(
    r"(?i)(?:avant le|au plus tard le|jusqu['’]au|à compter du|a compter du|à partir du|dès le|des le|"
    r"au titre de|loi|décret|arrêté|ordonnance|circulaire|réforme|exemple)\s*[^.;\n]{0,20}$"
)
_MORE_EVENTS = re.compile(
    r"(?i)\b(?:opér\w*|tomb\w*|diagnostiqu\w*|réussi\w*|expir\w*|rédig\w*|vers[ée]\w*|plac[ée]\w*|placement|"
    r"interdit|prend fin|pris fin|notifi\w*|notification|suspend\w*|supprim\w*|refus\w*|accord[ée]\w*|"
    r"attribu\w*|sign[ée]\w*|incendie|audience|dépôt|demande|séances?|examen|passage|visite|eu \d+ ans|juge|"
    r"déclar\w*)\b"
)


# A deadline or a letter of the writer's own case, right before the date, in a sentence of "je" or "mon": "je dois
# partir avant le 15 avril", "la date limite pour ma réponse est le 12 décembre", "suite à votre courrier du 5
# septembre je dois…". A fiche's deadlines speak to "vous" and have no "je" nor "mon".
_CASE_DATE = re.compile(
    r"(?i)(?:\b(?:avant|après|apres|d['’]ici|au plus tard|pas avant|sauf|fin|vers|pour|soit)\s+(?:le|au|du)|"
    r"\bdate limite\b[^.;\n]{0,40}?\b(?:le|au|du)|\b(?:délai|echeance|échéance|prolongation|report)\b[^.;\n]{0,40}?"
    r"\b(?:le|au|du)|\b(?:courrier|lettre|mail|e-mail|message|appel|notification|relance|décision|decision|"
    r"avis|mise en demeure|commandement|rejet|refus|accord|attestation|facture|échéancier)\s+(?:\w+\s+){0,2}?"
    r"(?:du|en date du|daté du|datée du|reçue? le)|\b(?:prévue?s?|prevue?s?|fixée?s?|programmée?s?|reportée?s?)\s+"
    r"(?:\w+\s+){0,2}?(?:le|au|pour le))\s*$"
)


_FIXED = re.compile(
    r"(?i)\b(?:fixée?s?|prévue?s?|prevue?s?|programmée?s?|reportée?s?|avancée?s?|convoquée?s?|placée?s?)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:au|le|pour le|du)\s*$"
)
_DEADLINE_AFTER = re.compile(r"(?i)[ \t,]*(?:au plus tard|dernier délai|dernier delai|maximum|grand maximum)\b")


# A text written by a person about their own case: a word of the writer anywhere (je, mon, nous, my, I…) or a
# greeting. In such a text every date is the writer's or a relative's (an appointment, a deadline of his file, a
# letter, an event), unless its own sentence quotes a rule; fiche paragraphs speak to "vous" and hold no "je" (model
# letters hold no dates).
_WRITER = re.compile(
    r"(?i)(?:\b(?:j['’]|m['’])(?=\w)|\bj (?=[aeiouéèh])|"
    r"\b(?:je|jai|jsuis|moi|mon|ma|mes|nous|notre|nos|my|our|me|mine)(?!\w)|(?-i:\bI\b)|\b(?:bonjour|bonsoir|coucou|slt|cordialement|salutations|hello)\b)"
)


# Someone named with a title ("Mme Sow est convoquée le 12/03"), written by a social worker or a relative.
_TITLED_PERSON = re.compile(r"(?:\b(?:Mme|Mlle|Madame|Monsieur|Mr)\.?|\bM\.)[ \t]+[A-ZÀ-Ý]")


def _writers_text(text: str) -> bool:
    """A citizen's own text: a word of the writer, a greeting, or someone named with a title."""
    return _WRITER.search(text) is not None or _TITLED_PERSON.search(text) is not None


# For the recognisers of other modules (a day alone, `days.py`): a word of the writer, a sentence's end, a
# citizen's own text.
PERSONAL = _PERSONAL
SENTENCE_BREAK = _SENTENCE_BREAK
writers_text = _writers_text


# A date of a text of law or of a public rule, right before the date: "la loi du 5 mars 2007", "décret n° … du".
_PUBLIC_DATE = re.compile(
    r"(?i)\b(?:loi|lois|décret|decret|arrêté|arrete|ordonnance|circulaire|directive|règlement|reglement|"
    r"journal officiel|jo|réforme|reforme|revaloris\w*|barème|bareme|code)\b[^.;\n]{0,25}$"
)
# A judge's order, not a text of law: "Par ordonnance du 30 septembre 2024, le juge des contentieux de la protection
# a…", "l'ordonnance de protection du 3 mars 2025 rendue par le JAF". A government's ordonnance has a number ("n°
# 2020-1234") and no court in its sentence.
_JUDGES_ORDER = re.compile(r"(?i)\bordonnance\b(?![^.;\n]{0,25}\bn°)[^.;\n]{0,25}$")
_COURT = re.compile(
    r"(?i)\b(?:juges?|tribunal|tribunaux|cour|jaf|jex|président\w*|greffe|référé|refere|curatelle|tutelle|"
    r"protection|placement|injonction|rendue?)\b"
)


# A doctor's prescription, not a government's ordonnance: "Ordonnance du 24/02/2025 – Dr Chauvet".
_DOCTOR = re.compile(
    r"(?i)\b(?:dr|docteur|médecin|medecin|pharmacie|pharmacien\w*|prescri\w*|kiné\w*|kine\w*|patiente?|"
    r"traitement|médicaments?|medicaments?)\b"
)


def _public_date(before: str, after: str) -> bool:
    """A date of a text of law or a public rule right before it, but not a judge's order of the writer's case nor a
    doctor's prescription."""
    if not _PUBLIC_DATE.search(before):
        return False
    if not _JUDGES_ORDER.search(before):
        return True
    return not (_COURT.search(before) or _COURT.search(after) or _DOCTOR.search(before) or _DOCTOR.search(after))


# A date that names a text of law or a treaty right before it, with its article: "l'arrêté du 9 février 2009", "la
# convention franco-belge du 10 mars 1964", "l'avenant du 12 décembre 2008" (of a convention named in the sentence),
# "l'accord fiscal du 11 avril 1983". It dates the text, not the writer's life, even in a sentence of his ("j'ai vu
# passer l'arrêté du…", where "arrêté" also reads as a sick leave's word); a personal convention (de stage, de
# rupture, de divorce…), a doctor's or a judge's ordonnance and "j'ai été arrêté le…" are not such texts.
_TEXT_OF_LAW = re.compile(
    r"(?i)(?:\b(?:l['’]|les?|la|une?|cet|cette|du|de la|des|d['’]|aux?)[ \t]*)"
    r"(?P<text>loi|décret|decret|circulaire|directive|traité|traite|"
    # (an individual arrêté is the person's: "l'arrêté de nomination du 4 avril 2023", "arrêté d'expulsion")
    r"(?:arrêté|arrete)(?![ \t]+(?:de|d['’]|du|portant|préfectoral|prefectoral|individuel)[ \t]*(?:nomination|"
    r"titularisation|mise|radiation|mutation|promotion|reclassement|détachement|detachement|disponibilité|"
    r"licenciement|révocation|revocation|suspension|reconduite|expulsion|placement|admission|affectation|"
    r"d['’]expulsion|de reconduite|portant|me|m['’]))|"
    r"convention(?![ \t]+(?:de|d['’])[ \t]*(?:stage|rupture|divorce|forfait|occupation|formation|garde|mise|"
    r"reclassement|accompagnement|parrainage|bail|location|prêt|pret|honoraires))|"
    r"accord(?=[ \t]+(?:fiscal|bilatéral|bilateral|international|franco|entre la France|de sécurité sociale))|"
    r"(?P<avenant>avenant))\b"
    r"[^.;\n]{0,40}?\b(?:du|en date du)[ \t]*$"
)
# The people a rule is about, no one in particular, as the sentence's subject.
_RULES_PEOPLE = re.compile(
    r"(?i)(?:^|[,:]\s*)\s*(?:les|des|aux) (?:personnes|salariés|frontaliers|travailleurs) qui\b"
)
_TREATY_BEFORE = re.compile(r"(?i)\b(?:convention|traité|traite|accord)\b")


def _text_of_law_date(before: str, after: str) -> bool:
    """See `_TEXT_OF_LAW`: an avenant needs its convention, treaty or accord earlier in the sentence."""
    tail = before[-70:]
    match = _TEXT_OF_LAW.search(tail)
    if not match:
        return False
    if match.group("avenant") and not _TREATY_BEFORE.search(before[: len(before) - len(tail) + match.start()]):
        return False  # "l'avenant à mon contrat du 3 mars" is the writer's
    # nothing of the writer's between the text and its date: "la convention de mon fils du 3 mars" is his
    return not _PERSONAL.search(tail[match.end("text") :])


# A clock time right after a date in figures: a message's time stamp in a pasted conversation ("[22/10 18:04]",
# "03/11/2025 09:12"); fiches give no such stamp.
_STAMP = re.compile(r"[ \u00a0,]+(?:à[ \u00a0]+)?(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)")


_NUMERIC_DATE = re.compile(r"(\d{1,2})(?:er)?([/.\-])(\d{1,2})(?:[/.\-](\d{2,4}))?")


def _stamped(value: str, text: str, end: int) -> bool:
    """A day and month in figures with a slash (a real one), a clock time right after it: a message's stamp."""
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?", value)
    return (
        numeric is not None
        and 1 <= int(numeric[1]) <= 31
        and 1 <= int(numeric[2]) <= 12
        and _STAMP.match(text, end) is not None
    )


def _plausible(value: str, before: str, after: str = "") -> bool:
    """A numeric day and month that can be a date: a real day and month; without a year, written with a slash, a
    dot or a dash between two pairs of digits after a word of a date ("le 18/12", "du 12.10", "samedi 11/10", "le
    02-12"), not "3.5 %", "1/2 part" nor "50/50"."""
    numeric = _NUMERIC_DATE.fullmatch(value)
    if numeric is None:
        return True
    day, separator, month, year = numeric.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        # month first, as American forms and some foreign files print it, with its year: "09/17/1986"
        return year is not None and len(year) == 4 and 1 <= int(day) <= 12 and 13 <= int(month) <= 31
    if year is None:
        if value.startswith("1er/"):
            return True  # "depuis le 1er/10": a first of the month written as people say it
        if len(day) == 1 and len(month) == 1:
            # "depuis le 5/6": a date; "le 1/4 du loyer", "1/2 part", "3/4 temps": a share
            return (
                separator == "/"
                and re.search(r"(?i)\b(?:depuis le|le|du|au)\s*$", before) is not None
                and re.match(r"(?i)\s*(?:\b(?:du|de|des|d['’]|part|parts|tarif|temps|plein)\b|%)", after) is None
            )
        return (separator in "/." or separator == "-" and len(day) == len(month) == 2) and re.search(
            r"(?i)\b(?:le|du|au|dès|des|depuis|avant|après|apres|jusqu['’]au|on|since|until|from|by|ce|"
            r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$",
            before,
        ) is not None
    return True


# A whole day with a year of four digits: "09/09/2025", "18 juin 2025", "1er mars 2026".
_WHOLE_DAY = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|\d{1,2}(?:er)?[ \u00a0]+(?i:" + _MONTH + r")[ \u00a0]+(?:19|20)\d{2}"
)
# The day a rule or a state began: "depuis le 1er avril 2025, vous pouvez…"
_FROM_THEN = re.compile(r"(?i)\b(?:depuis|dès|des|à partir du|a partir du)\s+(?:le\s+|du\s+)?$")


class EventDateRecognizer(RegexRecognizer):
    """The date of an event of the writer's or a relative's life: "décédé le 3 mars 2025", "mariés le 21/05/2011",
    "mon titre expire le 28/02/2026", "accident de travail le 8 septembre", and of the life of someone the writer
    writes for: "Il est tombé le 3 décembre", "Sa demande d'AME déposée le 3 juin", "Mme Sow a perdu son emploi le
    30 juin".

    The sentence before the date must hold a word of a life event (family, health, work, housing, procedures) and a
    word of the writer or a relative (je, mon, nous, ma mère…): a fiche's "depuis le 1er janvier 2024" is not one.
    Or it, or the sentence before it, names someone (a relative, a title, a pronoun with a verb in the past), and
    an event, a past participle or an appointment is next to the date, which is no deadline of a rule.
    Dates of birth keep their own type (`BirthDateRecognizer`).
    """

    ENTITY = "DATE"
    PATTERNS = ((_ANY_DATE, 0.65), (_WEEKDAY_DATE, 0.65))
    WINDOW = 120

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        last_end = None
        writers = _writers_text(text)
        for start, end, score in super().spans(text):
            window = _window(text, start, self.WINDOW)
            breaks = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
            sentence_start = breaks[-1] if breaks else 0
            before = window[sentence_start:]
            after = _SENTENCE_BREAK.split(text[end : end + 40], maxsplit=1)[0]
            personal = _PERSONAL.search(before) or _PERSONAL.search(after)
            third = _FAMILY_EVENT.search(before[-60:]) and _THIRD_PERSON.search(before)
            stamped = writers and _stamped(text[start:end], text, end)
            if not (stamped or _plausible(text[start:end], before, text[end : end + 12])):
                continue
            if _text_of_law_date(before, after):
                continue  # "l'arrêté du 9 février 2009", "la convention franco-belge du 10 mars 1964"
            if not personal and _RULES_PEOPLE.search(before):
                continue  # "Les personnes qui bénéficiaient du régime au 31 décembre 2011…": a rule's date
            if (
                writers
                and not _public_date(before[-30:], after)
                and (
                    personal or not self._speaks_rule(before, after) or self._case_day(text[start:end], before, after)
                )
            ):
                pass  # a date in a citizen's own text that no rule or law claims: his case's (see _writers_text)
            elif _LIFE_EVENT.search(before[-60:]) and personal or third or _STRONG_EVENT.search(before[-20:]):
                pass
            elif personal and (_CASE_DATE.search(before[-70:]) or _DEADLINE_AFTER.match(text, end)):
                pass  # the writer's own deadline or letter: "je dois partir avant le 15 avril"
            elif _MEETING.search(before) and _FIXED.search(before[-50:]) and not self._rule(before, after):
                pass  # "le juge a fixé l'audience au 17 mars"
            elif personal and re.match(_WEEKDAY_DATE, text[start:end]):
                pass  # "je viendrai le mercredi 12"
            elif _YOUR_MEETING.search(before[-120:]):
                pass  # a letter or SMS to the writer, copied: "votre rdv du 08/12 à 9h30 est annulé"
            elif writers and _YOUR_LETTER.search(before[-60:]):
                pass  # the office's letter to the writer, dated: "suite à votre courrier du 5 mars"
            elif stamped:
                pass  # a pasted chat's time stamp: "[22/10 18:04] Moi : …"
            elif (
                _YOUR_RIGHTS_END.search(before[-90:])
                and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text[start:end])
                and not _RULE_SENTENCE.search(after)
            ):
                pass  # an office's notice to the writer, copied: "Vos droits à l'ARE prennent fin le 14/03/2025"
            elif writers and self._notice_to_writer(text[start:end], before):
                pass  # an office's letter to the writer, pasted: "Votre inscription a été radiée le 27/01/2025"
            elif last_end is not None and _RANGE_JOIN.fullmatch(text[last_end:start]):
                pass  # the end of a range whose start is personal: "du 2 juillet au 20 septembre 2025"
            elif not self._someone_elses(text, start, end, before, after) and not self._written_before(
                text, start, before
            ):
                continue
            if writers and date_purposes.purpose(text, start, end):
                continue  # an office's deadline (date_purposes): no one's life
            last_end = end
            yield start, end, score

    @staticmethod
    def _notice_to_writer(value: str, before: str) -> bool:
        """In a citizen's message, a date in figures with its year right after a participle said to "vous": the
        letter or mail an office sent the writer, pasted ("vous êtes convoquée le 19/03/2025", "Votre dossier a été
        clôturé le 02/10/2025"); never after a rule's condition or a text of law."""
        return (
            re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}", value) is not None
            and _PARTICIPLE.search(before[-40:]) is not None
            and _RULE_DATE.search(before) is None
            and _PUBLIC_DATE.search(before) is None
            and _RULE_CONDITION.search(before) is None
        )

    @staticmethod
    def _case_day(value: str, before: str, after: str) -> bool:
        """In a citizen's text, a whole day with its year in a sentence that speaks to "vous" but states no rule (no
        condition, example, deadline or start of a rule): a letter to the writer or to the office, pasted or told
        ("Suite au contrôle du 09/09/2025, il apparaît que vous…", "le jugement … en date du 18 juin 2025, il vous est
        fait commandement", "qui vous a transmis la réquisition le 25 juillet 2025")."""
        return (
            _WHOLE_DAY.fullmatch(value) is not None
            and _RULE_CONDITION.search(before) is None
            and _RULE_CONDITION.search(after) is None
            and _RULE_DATE.search(before) is None
            and _FROM_THEN.search(before) is None
        )

    @staticmethod
    def _speaks_rule(before: str, after: str) -> bool:
        """A sentence of a rule in a citizen's text ("si", "vous", "exemple"); his own deadlines ("jusqu'au 20
        décembre", "avant le 15 avril") are not rules there."""
        return bool(_RULE_SENTENCE.search(before) or _RULE_SENTENCE.search(after))

    @staticmethod
    def _rule(before: str, after: str) -> bool:
        return bool(_RULE_DATE.search(before) or _RULE_SENTENCE.search(before) or _RULE_SENTENCE.search(after))

    def _written_before(self, text: str, start: int, before: str) -> bool:
        """A past participle right before the date ("Envoyé le 2 juin", "Délivré à Fès le 8 juin 2015") in a
        sentence that follows one of the writer's ("je relance pour mon dossier")."""
        if not _PARTICIPLE.search(before[-40:]) or _RULE_DATE.search(before) or _RULE_SENTENCE.search(before):
            return False
        sentence_start = start - len(before)
        previous = _SENTENCE_BREAK.split(text[max(0, sentence_start - self.WINDOW) : sentence_start])[-3:]
        return any(_PERSONAL.search(sentence) for sentence in previous)

    def _someone_elses(self, text: str, start: int, end: int, before: str, after: str) -> bool:
        """A date of the life of someone the writer writes for (see the class docstring)."""
        if _RULE_DATE.search(before) or _RULE_SENTENCE.search(before) or _RULE_SENTENCE.search(after):
            return False
        numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]\d{2,4})?", text[start:end])
        if numeric and (re.fullmatch(r"\d/\d", text[start:end]) or int(numeric[1]) > 31 or int(numeric[2]) > 12):
            return False  # "du 1/4", "50/50": a share, not a date
        if _APPOINTMENT.match(text[end : end + 12]) and (_MEETING.search(before) or _MEETING.search(after)):
            return True  # "rendez-vous le mercredi 14 à 10h"
        sentence_start = start - len(before)
        previous = _SENTENCE_BREAK.split(text[max(0, sentence_start - 2 * self.WINDOW) : sentence_start])[-3:]
        here = (
            _SOMEONE.search(before)
            or _SOMEONE.search(after)
            or _THEIRS.search(before)
            or _HE_OR_SHE.search(before)
            or _PERSONAL.search(before)
            or _PERSONAL.search(after)
            or _names_someone(before)
        )
        narrative = (
            _PARTICIPLE.search(before[-40:]) or _APPOINTMENT.match(text[end : end + 12]) or _CAREER.search(before)
        )
        if here:
            near = before[-60:]
            return bool(narrative or _LIFE_EVENT.search(near) or _MORE_EVENTS.search(near))
        # the person is named in the sentences before ("Elle vit en foyer. Sa complémentaire prend fin le 30/11"):
        # the date's own sentence must tell what happened, not when a rule began ("Depuis le 24 mars 2020")
        if re.search(r"(?i)depuis\s+(?:le\s+)?$", before):
            return False
        someone_before = any(
            _SOMEONE.search(sentence) or _HE_OR_SHE.search(sentence) or _names_someone(sentence)
            for sentence in previous
        )
        return bool(someone_before and (narrative or re.search(r"(?i)\b(?:prend|pris) fin\s+le\s*$", before)))


_YEAR = r"(?:19[2-9]\d|20[0-4]\d)"
_MONTH_YEAR = r"(?:(?:\d{1,2}(?:er)?[ \u00a0]+)?" + _MONTH + r"[ \u00a0]+)?" + _YEAR
# "de 1989 à 1996", "entre mars 1980 et décembre 1992", "de 1975 a 2010", "from 2004 to 2011": two dates
_YEAR_RANGE = re.compile(
    r"(?i)(?<![\w'’])(?:(?:de|d['’]|du|entre|from|depuis)[ \u00a0]+(?:l['’]année[ \u00a0]+|l['’]an[ \u00a0]+)?)?(?P<a>"
    + _MONTH_YEAR
    + r")(?![\d/])[ \u00a0]*"
    r"(?:à|a|au|et|jusqu['’]en|jusqu['’]à|-|–|to|until|till)[ \u00a0]*(?P<b>" + _MONTH_YEAR + r")(?![\d/])"
)
# "1999-2007", "(2008-2016)", "2001/2002": one date
_YEAR_PAIR = re.compile(
    r"(?<![\w/.\-])(?P<a>" + _YEAR + r"[ \u00a0]?[-–/][ \u00a0]?(?:" + _YEAR + r"|\d{2}))(?![\w/\-]|\.\d)"
)
# A life span in brackets after a name, as family trees and notaries write it: "Joseph Durand (1879-1951)", "(1902 –
# 1988)"; an ancestor's years, of the 19th century too (a working life's pair above starts in 1920)
_LIFE_SPAN = re.compile(
    r"(?<=\()[ \u00a0]?(?P<a>1[89]\d{2}[ \u00a0]?[-–][ \u00a0]?" + _CENTURY + r"\d{2})[ \u00a0]?(?=\))"
)
# "arrivé en France en 2006", "chez Sodexo depuis 2015", "ouvrier agricole jusqu'en 1991", "since 2019"
_YEAR_ALONE = re.compile(
    r"(?i)(?<![\w'’])(?:depuis|en|jusqu['’]en|dès|des|fin|début|debut|courant|since|in|à partir de|a partir de)"
    r"[ \u00a0]+(?:l['’]année[ \u00a0]+|la rentrée(?: scolaire)?[ \u00a0]+|l['’]été[ \u00a0]+|l['’]hiver[ \u00a0]+|"
    r"l['’]automne[ \u00a0]+|le printemps[ \u00a0]+)?(?P<a>(?:"
    + _MONTH
    + r"[ \u00a0]+)?"
    + _YEAR
    + r")(?![\d/.,]\d|[\w/\-])"
)
# Words of a life that a year belongs to: work, schooling, moves, family, the stay in France.
_LIFE_YEAR = re.compile(
    r"(?i)\b(?:travaill\w*|bosse\w*|boss[ée]\w*|boulot|emplois?|employ[ée]\w*|embauch\w*|salari[ée]\w*|cotis\w*|"
    r"carrière|carriere|parcours|intérim\w*|interim\w*|apprenti\w*|chômage|chomage|licenci\w*|retraite|retraitée?|"
    r"arriv[ée]\w*|install[ée]\w*|venue?s?|entr[ée]e?s?|quitt[ée]\w*|vécu|vivons|vit|vivent|habit[ée]\w*|réside\w*|"
    r"scolaris[ée]\w*|étudi\w*|etudi\w*|diplôm\w*|diplom\w*|obten\w*|obtenu\w*|n[ée]e?s?|mari[ée]e?s?|pacs[ée]\w*|"
    r"divorc\w*|veu(?:f|ve)|d[ée]c[ée]d[ée]\w*|naturalis[ée]\w*|réfugiée?s?|asile|living|lived|worked|moved|arrived|"
    r"ouvri(?:er|ère)s?|cadre|gérante?|artisan|commerçante?|auto-entrepreneur|indépendante?|stage|cdi|cdd|contrat|"
    r"poste|métier|usine|chantier|service militaire|armée|élevée?s?|s[ée]par[ée]\w*|hébergée?s?|hospitalis[ée]\w*)\b"
)


# Anyone of a kind, not someone: "un fonctionnaire né en 1960", "les personnes nées entre 1955 et 1960".
_ANYONE_BORN = re.compile(
    r"(?i)\b(?:un|une|les|des|tout|toute|tous|toutes|chaque|aux|au|le|la|l['’])\s*(?:[\w'’\-]+\s+){0,2}"
    r"n[ée]e?s?\s+(?:en|entre|de|du|avant|après|apres|à partir de|depuis)\s*$"
)


class LifeYearRecognizer(RegexRecognizer):
    """The years of a person's life, told by the writer or of someone they write for: a working life or a stay
    ("j'ai travaillé de 1989 à 1996", "entre 1997 et 1999", "en 2001-2002", "(1999-2007)"), and a year alone after
    "depuis", "en", "jusqu'en" in a sentence of a life event ("arrivé en France en 2006").

    The sentence must be the writer's (je, mon, nous…) or name someone (a relative, a title, a pronoun with a verb
    in the past), and then not read as a rule ("si", "vous", "exemple"); a year alone also needs a word of a life
    (work, schooling, moves, family, asylum) before it in its sentence. Fiches write "vous" and "les personnes nées
    entre 1955 et 1960".
    """

    ENTITY = "DATE"
    WINDOW = 250

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for regex, alone in ((_YEAR_RANGE, False), (_YEAR_PAIR, False), (_LIFE_SPAN, False), (_YEAR_ALONE, True)):
            for match in regex.finditer(text):
                before, after = self._sentence(text, match.start("a"), match.end())
                if not self._someones(before, after):
                    continue
                if alone and not _LIFE_YEAR.search(before[-120:]) and not _YEAR_PAIR.search(before):
                    mine = (_PERSONAL.search(after) or _PERSONAL.search(before)) and _LIFE_YEAR.search(after[:60])
                    if not _YEAR_RANGE.search(before) and not mine:
                        continue
                for group in ("a", "b"):
                    if group in regex.groupindex and match.group(group):
                        if date_purposes.purpose(text, match.start(group), match.end(group)) == "tax_year":
                            continue  # "mes revenus 2025": a tax year, no one's
                        yield match.start(group), match.end(group), 0.65

    def _sentence(self, text: str, start: int, end: int) -> tuple[str, str]:
        window = _window(text, start, self.WINDOW)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
        before = window[breaks[-1] if breaks else 0 :]
        after = _SENTENCE_BREAK.split(text[end : end + 80], maxsplit=1)[0]
        return before, after

    @staticmethod
    def _someones(before: str, after: str) -> bool:
        if _PERSONAL.search(before) or _PERSONAL.search(after):
            return True
        if _RULE_SENTENCE.search(before) or _RULE_SENTENCE.search(after) or _ANYONE_BORN.search(before):
            return False
        return bool(
            _SOMEONE.search(before)
            or _THEIRS.search(before)
            or _HE_OR_SHE.search(before)
            or _names_someone(before)
            or _THIRD_PERSON.search(before)
            and _LIFE_YEAR.search(before)  # "il a été employé par la SNCF entre…"
        )


# Letters of scripts other than the Latin one: Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, Han, Hangul.
_OTHER_SCRIPT = (
    "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)


# Greetings and thanks written in another script, alone on their run of words: Ukrainian, Russian, Chinese, Arabic.
_OTHER_SCRIPT_GREETINGS = frozenset(
    """добрий добрый доброго день ранку вечора дякую спасибо здравствуйте привіт привет вітаю 您好 你好 谢谢 谢谢您
    مرحبا شكرا السلام عليكم""".split()
)


class OtherScriptRecognizer(RegexRecognizer):
    """Words written in another script inside a French message: a name as its owner writes it ("王秀英", "Олена
    Коваль"), sometimes an address. spaCy's French model cannot read them, and an agent loses little when a greeting
    in Arabic is masked with them (the unseen p11 batch: "王秀英" reached a prompt)."""

    ENTITY = "PERSONNE"
    PATTERNS = ((rf"[{_OTHER_SCRIPT}]+(?:[ \u00a0\u3000-][{_OTHER_SCRIPT}]+)*", 0.6),)

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            words = re.split(r"[ \u00a0\u3000-]+", text[start:end].lower())
            if all(word in _OTHER_SCRIPT_GREETINGS for word in words):
                continue  # (thirty-second pass, p94e) "Добрий день", "Дякую", "谢谢": a greeting, no one's name
            yield start, end, score
