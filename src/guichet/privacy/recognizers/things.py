"""Identifiers of places and things a person holds, codes they were given, and their names online.

- A numbered unit of a place or a thing, said with its word: "chambre B214", "appartement 54", "porte 36", "box
  n° B12", "place de parking n°117", "BAL n° 36", "casier 211", "lit 2", "emplacement 48", "lot n°17", "tombe
  n° 62", "concession familiale n° C-118". The word and its number are masked together, so that the value the
  guard looks for later is "chambre 12", never a bare "12" that a fiche also holds.
- A code given to one person: "code de cession : 7741-AZ", "code de retrait 48 27 19", "digicode 4512B".
- A name online: a handle ("@lina_bzh29"), a profile address on a social network ("facebook.com/kevin.morel.7501"),
  a pseudonym after the network's name ("Snap : ahmet.ylmz69"), a web address that holds a person's name
  ("www.plomberie-jerome-vasseur.fr", "jeanne-marchetti.wixsite.com/photo").
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import SHAPED, is_name, lookup
from guichet.privacy.recognizers.base import RegexRecognizer

# Words of a unit that only one person or household holds. Plurals and counts ("3 chambres") are not units.
_UNIT = (
    r"chambre|chbre|appartement|appart|appt\.?|apt\.?|app\.|logement|studio|porte|box|garage|cave|cellier|parking|"
    r"place de (?:parking|stationnement|garage)|place|emplacement|stand|lot|casier|consigne|vestiaire|lit|"
    r"boîte aux lettres|boite aux lettres|boîte|boite|bal|tombe|sépulture|concession|caveau|cellule|cabine|"
    r"bungalow|mobil-home|mobile-home|caravane|roulotte|chalet|anneau|mouillage|corps-mort|bouée|bouee|"
    r"pavillon|villa|local|loge|bâtiment|bât\.|bat\.|escalier|esc\.|badge|bip|clé|clef|"
    # a plot of land: "parcelle cadastrée AB 0452", "référence cadastrale ZK 112"
    r"parcelle|référence cadastrale|reference cadastrale|réf\. cadastrale|section cadastrale"
)
# A person an institution numbers: a resident of a care home, a patient, a member, an inmate.
_MEMBER = (
    r"résidente?|residente?|pensionnaire|patiente?|adhérente?|adherente?|sociétaire|societaire|membre|détenue?|"
    r"detenue?|écrou|ecrou|licenciée?|bénéficiaire|beneficiaire|usager|usagère|stagiaire|élève|eleve|étudiante?|"
    r"etudiante?"
)
# An adjective between the word and its number ("concession familiale n°", "chambre individuelle 12").
_ADJECTIVE = (
    r"(?:[ \t]+(?:familiale|perpétuelle|perpetuelle|trentenaire|cinquantenaire|centenaire|temporaire|individuelle|"
    r"double|simple|meublée?|sociale?|étudiante?|etudiante?|universitaire|funéraire|privative|privée?|numérotée?|"
    r"attribuée?|réservée?|souterraine?|collective|partagée?|médicalisée?|fermée?|cadastrée?|cadastrale))?"
)
_NUMBER_MARK = r"(?:[ \t]*(?:n[°º]|no\.|numéro|num\.?|#)[ \t]*|[ \t]*:[ \t]*|[ \t]+)"
# A possessive unit then its number said as a sentence: "ma place c'est la 54", "mon lit, c'est le 12B", "notre box
# est le n° 14", "ma place porte le numéro 54", "ma place, la 54,", "mon lit c 12B" (a possessive first, so that
# "la place est la 2e" of a fiche's ranking never reads as a unit).
_OWNER = r"(?<![\w\-])(?:mon|ma|notre|son|sa|leur|ta|ton)[ \t]+"
_SAID = (
    r"[ \t]*,?[ \t]*(?:(?:c['’][ \t]?est|cest|est|c|porte)[ \t]+(?:(?:le|la|l['’])[ \t]*)?|"
    r"(?<=,)[ \t]*(?:le|la|l['’])[ \t]*)"
    r"(?:n[°º][ \t]*|numéro[ \t]+)?"
)
# The number: digits, with a letter or three before or one after ("B214", "C-118", "2.14", "P-0457", "12B", "AB 0452").
_VALUE = r"(?:[A-Z]{1,3}[\-. ]?)?\d{1,5}(?:[\-./]\d{1,4})?[A-Z]?"
# What makes the number a measure or a count, not a unit's: "box 20 m²", "lit 140 x 190", "place 2 personnes".
_MEASURE = re.compile(
    r"(?i)[ \t]*(?:m²|m2|m\b|mètres?|metres?|cm|x\b|×|places?\b|personnes?|pers\b|ans?\b|mois\b|jours?\b|nuits?\b|"
    r"€|euros?\b|%|h\b|heures?\b|kg|étoiles?|pièces?\b|pieces?\b|à \d|ou \d|et \d|-\d)"
)


class UnitNumberRecognizer(RegexRecognizer):
    """A numbered room, flat, box, locker, bed, pitch, lot, grave or mailbox, with its word (see the module)."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (
            r"(?i)(?<![\w\-])(?:" + _UNIT + r")(?![\w\-])" + _ADJECTIVE + _NUMBER_MARK
            + r"(?-i:" + _VALUE + r")(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        (
            r"(?i)" + _OWNER + r"(?P<pii>(?:" + _UNIT + r")(?![\w\-])" + _ADJECTIVE + _SAID
            + r"(?-i:" + _VALUE + r"))(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        # the number an institution gives one person, with its "n°" or "numéro" and 3 digits or more: "résident
        # n° 1043", "patiente numéro 20417", "adhérent n° 5521" (not "résident 2", "un patient sur 3")
        (
            r"(?i)(?<![\w\-])(?:" + _MEMBER + r")(?![\w\-])[ \t]*(?:n[°º]|no\.|numéro|numero)[ \t]*:?[ \t]*"
            r"(?-i:(?:[A-Z]{1,3}[\-. ]?)?\d{3,8}[A-Z]?)(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        # a prisoner's register number, without its "n°", in groups: "écrou 41 872", "numéro d'écrou : 2031 A"
        # (4 digits or more: "un écrou de 12" is a nut)
        (
            r"(?i)(?<![\w\-])(?:(?:numéro|numero|n[°º])[ \t]+d['’][ \t]*)?(?:écrou|ecrou)(?![\w\-])[ \t]*"
            r"(?:n[°º]|numéro|:)?[ \t]*:?[ \t]*(?-i:\d{1,3}(?:[ \t.]\d{3})+|\d{4,8})(?:[ \t]?[A-Z](?![\w]))?"
            r"(?![\w\-/]|[.,]\d)",
            0.6,
        ),
    )  # fmt: skip

    def valid(self, value: str, text: str, start: int) -> bool:
        end = start + len(value)
        if _MEASURE.match(text, end):
            return False
        number = re.search(r"[A-Z]{0,3}[\-.]?\d[\w\-./]*$", value)
        if number is None:
            return False
        if re.fullmatch(r"[TF]\d", number.group()):
            return False  # the type of a flat ("appartement T3", "un F2"), not its number
        # a year ("logement 2024") is no unit's number, unless a "n°" says so
        return not re.fullmatch(r"(?:19|20)\d\d", number.group()) or bool(re.search(r"(?i)n[°º]|#", value))


# A licence or an authorisation of a trade that a town or a prefecture numbers, whatever its length ("licence de taxi
# 0458", "autorisation de stationnement n° 112", "carte professionnelle VTC : 7731"): the holder is one person. Not a
# university degree ("licence 3", "en licence 2": one digit), nor a year ("licence professionnelle 2024").
_LICENCE_WORD = (
    r"licence|licences|autorisation de stationnement|(?-i:ADS)|carte professionnelle|carte pro|"
    r"carte (?:de )?(?-i:VTC)|"
    r"agrément|agrement|habilitation|autorisation d['’]exploit(?:er|ation)|numéro d['’]exploitant|plaque de taxi"
)
# Its complement: "de taxi", "d'exploitation de taxi", "de débit de boissons", "VTC", "IV" (no digit).
_LICENCE_OF = (
    r"(?:[ \t]+(?:(?:de|d['’]|du|des|pour)[ \t]*[^\W\d_][\w\-’']*|(?-i:[A-Z]{2,5})|taxi|vtc|ambulance)){0,4}?"
)


class LicenceNumberRecognizer(RegexRecognizer):
    """A licence or authorisation number of three digits or more: "licence de taxi 0458", "ADS n° 112"; masked with
    its word, like a unit, so that the guard never looks for a bare "112" in a fiche."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (
            r"(?i)(?<![\w\-])(?:" + _LICENCE_WORD + r")(?![\w\-])" + _LICENCE_OF + _NUMBER_MARK
            + r"(?-i:(?:[A-Z]{1,3}[\-. ]?)?\d{3,8}(?:[\-./]\d{1,6})?[A-Z]?)(?![\w\-/]|[.,]\d)",
            0.6,
        ),
    )  # fmt: skip

    def valid(self, value: str, text: str, start: int) -> bool:
        if _MEASURE.match(text, start + len(value)):
            return False
        number = re.search(r"\d[\w\-./]*$", value)
        return number is not None and (
            not re.fullmatch(r"(?:19|20)\d\d", number.group()) or bool(re.search(r"(?i)n[°º]|#", value))
        )


# A code given to one person, after the word that names it.
_CODE_WORD = (
    r"code[ \t]+(?:de[ \t]+|d['’])?(?:cession|retrait|accès|acces|activation|confirmation|déverrouillage|"
    r"deverrouillage|identification|parrainage|récupération|recuperation|suivi|réservation|reservation)|"
    r"code[ \t]+(?:confidentiel|secret|provisoire|personnel|pin|porte|d['’]entrée|d['’]entree|client)|"
    # a one-time code an office or a booking sends by SMS or mail: "votre code de sécurité est 482913", "saisissez le
    # code suivant : 739204", "Code : 5X7Q" (never the "code de la sécurité sociale" nor a "code postal")
    r"code[ \t]+(?:de[ \t]+)?(?:sécurité|securite|vérification|verification|validation|suivant|unique|"
    r"à usage unique|a usage unique|reçu|recu)(?![ \t]+sociale)|code(?=[ \t]*:)|"
    r"digicode|code pin|mot de passe(?:[ \t]+provisoire)?|mdp|password|identifiant de connexion|login|"
    r"nom d['’]utilisateur"
)
_CODE_VALUE = r"\d{2,}(?:[ \t]\d{2,})+|(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,}"


# What a code of the law, a place or a thing is called ("code postal", "code de la route", "code APE"): those codes
# are nobody's.
_PUBLIC_CODE = (
    r"[ \t]+(?:postal|de[ \t]+la|de[ \t]+l['’]|du|des|civil|pénal|penal|général|general|rural|monétaire|monetaire|"
    r"insee|ape|naf|nace|commune|communal|article|couleur|barres?|source|route|départemental|departemental|"
    r"officiel|pays|guichet|banque|bic|swift|iban|naf|cpf|rome|métier|metier)(?!\w)"
)


class PersonalCodeRecognizer(RegexRecognizer):
    """A code of cession, withdrawal, access or activation: "Code de cession : 7741-AZ", "code de retrait 48 27 19";
    and six digits after "code", the length of the one-time codes offices and banks send by SMS or mail ("un code
    par sms 483920", "votre code de connexion est 729 104"), which no postal (five digits) or department code has."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (
            r"(?i)(?<!\w)(?:" + _CODE_WORD + r")(?!\w)[^\n\d]{0,20}?(?<![\w\-])"
            r"(?P<pii>" + _CODE_VALUE + r")(?![\w\-])",
            0.6,
        ),
        (
            r"(?i)(?<!\w)codes?(?!\w)(?!" + _PUBLIC_CODE + r")[^\n\d.;!?]{0,25}?(?<![\w\-])"
            r"(?P<pii>\d{6}|\d{3}[ \t]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2})(?![\w\-]|[ \t.,/]\d)",
            0.6,
        ),
    )


# Social networks whose addresses name a person's profile.
_NETWORK_SITE = (
    r"(?:facebook|fb|instagram|linkedin|tiktok|twitter|x|youtube|snapchat|pinterest|threads|github|twitch|vinted|"
    r"leboncoin|telegram)\.(?:com|fr|net|me)|t\.me|wa\.me"
)
_NETWORK_WORD = (
    r"snap(?:chat)?|insta(?:gram)?|tiktok|tik tok|twitter|facebook|fb|messenger|discord|telegram|skype|pseudo|"
    r"pseudonyme|psn|twitch|linkedin|wechat|whatsapp|viber|kakaotalk|reddit|bluesky|mastodon|steam|xbox|"
    # (thirty-third pass) the name an account is opened under, on a bank's or a platform's site: "login :
    # sblanchard_invest", "nom d'utilisateur m.leroy_84" (a dot, a digit or an underscore in it, as above)
    r"login|identifiant de connexion|nom d['’ ]?utilisateur|username"
)
# A pseudonym that ends with an underscore ("marinebtd_"), or holds a digit, a dot or an underscore.
_PSEUDO_VALUE = r"(?=[A-Za-z0-9_.\-]*[0-9_.])[A-Za-z0-9][A-Za-z0-9_.\-]{2,29}(?<![.\-])"


class OnlineNameRecognizer(RegexRecognizer):
    """A name online: "@lina_bzh29", "facebook.com/kevin.morel.7501", "Snap : ahmet.ylmz69"."""

    ENTITY = "EMAIL"
    PATTERNS = (
        # a handle: not inside an e-mail address ("jean@orange.fr")
        (r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<![.])(?![\w@])", 0.8),
        # a profile address on a network
        (
            r"(?i)(?<![\w.])(?:https?://)?(?:www\.|m\.|fr\.|web\.)?(?:" + _NETWORK_SITE + r")/"
            r"[^\s)>\]»\"',;]*[^\s)>\]»\"',;.!?:]",
            0.85,
        ),
        # a pseudonym after the network's name: it holds a digit, a dot or an underscore ("sur Facebook hier": no)
        (
            r"(?i)(?<!\w)(?:" + _NETWORK_WORD + r")(?!\w)[ \t]*(?::|=|->|c['’]est|:[ \t]*c['’]est)?[ \t]*"
            # a Discord tag may end the pseudonym ("jadev#4471")
            r"(?-i:(?P<pii>(?=[A-Za-z0-9_.\-]*(?:[0-9_.][A-Za-z0-9_.\-]*[A-Za-z0-9]|#\d{4}))"
            r"[A-Za-z0-9][A-Za-z0-9_.\-]{2,29}(?:#\d{4})?))"
            r"(?![\w@])",
            0.7,
        ),
        # a pseudonym in quotes after the network's name or a profile: "sous le pseudo « Velo_Rouge44 »", "le profil
        # "Location_Côte_Bleue"" (letters of any accent, with an underscore or a digit)
        (
            r"(?i)(?<!\w)(?:" + _NETWORK_WORD + r"|profil|compte)(?!\w)[ \t]*(?::|=)?[ \t]*[«\"“][ \t]*"
            r"(?P<pii>(?=[\w.\-]*[0-9_])[^\W_][\w.\-]{2,29}(?<![.\-]))[ \t]*[»\"”]",
            0.7,
        ),
        # the same a few words later, after "c'est" or a colon: "mon pseudo sur le forum caf c'est marinebtd_"
        (
            r"(?i)(?<!\w)(?:" + _NETWORK_WORD + r")(?!\w)(?:[ \t]+[^\W\d_][\w'’]*){1,5}?[ \t]*"
            r"(?::|c['’]est|est)[ \t]*(?-i:(?P<pii>" + _PSEUDO_VALUE + r"))(?![\w@])",
            0.7,
        ),
        # (twenty-seventh pass, p74e) an app's account named without quotes: "commandée via l'application sous le
        # compte jm.gautier35", "mon profil karim_vtc"; letters first, then a dot or an underscore (no number alone)
        (
            r"(?i)(?<![\w@.])(?:compte|profil)(?!\w)[ \t]*(?::|=)?[ \t]*"
            r"(?-i:(?P<pii>(?=[A-Za-z0-9_.\-]*[_.][A-Za-z0-9_.\-]*[A-Za-z0-9])[A-Za-z][A-Za-z0-9_.\-]{2,29}"
            r"(?<![.\-])))(?![\w@])",
            0.6,
        ),
        # a pseudonym signing the message, alone on its last line: letters, then an underscore or a dot and digits
        # ("…merci\njordan_b33", "ines.k_59"), as a forum or a chat signs; a word or a reference has no such mix
        (
            r"(?:^|\n)[ \t]*(?P<pii>(?=[A-Za-z0-9_.\-]*[_.][A-Za-z0-9_.\-]*\d)[A-Za-z][A-Za-z]+[A-Za-z0-9_.\-]{1,28}"
            r"[A-Za-z0-9])[ \t]*\s*\Z",
            0.6,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        handle = value[1:] if value.startswith("@") else ""
        if handle.isalpha() and lexicon.is_french(handle) and not is_name(handle, first=True, allow_common=True):
            return False  # "@Bonjour, voici la réponse": a word after an at sign, nobody's account
        return not value.rstrip(".").lower().endswith((".fr", ".com"))


# A web address: a scheme or "www.", or a host with a top-level domain people use, and its path.
_SITE = re.compile(
    r"(?i)(?<![\w@.\-/])(?:https?://|www\.)?(?P<host>[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*"
    r"[a-z0-9])?)*\.(?:fr|com|net|org|eu|be|ch|ca|io|pt|es|it|de|ma|sn|tn|dz|ci|info|site|me|blog|online))"
    r"(?P<path>/[^\s)>\]»\"',;]*[^\s)>\]»\"',;.!?:])?(?![\w@\-])"
)
# Hosts of public services and of the fiches' links: their words are no one's name.
_PUBLIC_HOST = re.compile(
    r"(?i)(?:^|\.)(?:gouv\.fr|gouv|service-public\.fr|europa\.eu|ameli\.fr|caf\.fr|urssaf\.fr|msa\.fr)$"
)


class NamedSiteRecognizer(RegexRecognizer):
    """A web address that holds a person's name: a first name or surname the gazetteer knows (never a common or
    French word, nor a public figure's) among the words of its host and path."""

    ENTITY = "EMAIL"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _SITE.finditer(text):
            host = match.group("host")
            if _PUBLIC_HOST.search(host):
                continue
            words = re.findall(r"[^\W\d_]{4,}", f"{host.rsplit('.', 1)[0]} {match.group('path') or ''}")
            if any(_personal_name(word) for word in words):
                yield match.start(), match.end(), 0.7


def _personal_name(word: str) -> bool:
    """A first name or surname of the list (not one the shape alone suggests), neither common nor public."""
    kind = lookup(word)
    return kind is not None and kind is not SHAPED and not kind.common and not kind.public


# A boat one lives on is a home: its name, with its port, points to the household as a house's name does (and the
# register of French boats holds its owner's name). So the name of a boat said with its word is masked as part of an
# address, when a possessive or a verb of living on it comes first; not a liner's or a ferry's.
_BOAT = (
    r"péniche|peniche|voilier|bateau|bateau-logement|catamaran|trimaran|yacht|vedette|barge|house-?boat|navire|"
    r"chalutier|pinasse|goélette|goelette|ketch|sloop|cotre|caboteur"
)


# Where a message is about a prisoner, "le numéro c'est le 3318" is the register number that the writer gives
# without its word; a public service's short number is not ("le numéro c'est le 3939").
_PRISON = re.compile(
    r"(?i)\b(?:incarcérée?|incarceree?|détenue?|detenue?|écrou|ecrou|prison|parloir|pénitentiaire|penitentiaire|"
    r"maison d['’]arrêt|maison d['’]arret|centre de détention|codétenu|permis de visite)"
)
_PUBLIC_SHORT = {"3939", "3646", "3919", "3949", "3960", "3230", "3624", "3966", "3611", "3977", "3114", "3018",
                 "3020", "3237", "3975", "3932", "3995", "3989", "3636", "3639", "1000"}  # fmt: skip


class PrisonerNumberRecognizer(RegexRecognizer):
    """The number a prison gives an inmate, said without its word in a message about a prisoner: "le numéro
    c'est le 3318", "son numéro : 41872" (see `_PRISON`); not a service's short number."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (
            r"(?i)(?<![\w\-])(?:le|son|mon|leur|ton|sa|ma)[ \t]+(?:numéro|numero|num|n[°º])[ \t]*(?:c['’][ \t]?est|"
            r"cest|est|:)?[ \t]*(?:le[ \t]+)?(?P<pii>\d{1,3}(?:[ \t]\d{3})+|\d{4,8})"
            r"(?![\w\-/]|[.,]\d|[ \t]*(?:€|euros?))",
            0.6,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        return value not in _PUBLIC_SHORT and bool(_PRISON.search(text))


# Makes of boats: a boat called by its make is no home's name ("mon voilier Bénéteau First 310").
_BOAT_MAKE = {"bénéteau", "beneteau", "jeanneau", "dufour", "lagoon", "fountaine", "bavaria", "hanse", "catana",
              "zodiac", "hallberg", "dehler", "elan", "amel", "pajot"}  # fmt: skip


class UnquotedBoatNameRecognizer(RegexRecognizer):
    """The name of one's own boat without quotes: "notre voilier Kenavo, ponton C", "sur mon bateau Le Goéland";
    a capitalised name, not a make of boats, not a French word alone ("mon bateau Est amarré" is no name)."""

    ENTITY = "ADRESSE"
    PATTERNS = (
        (
            r"(?i)(?<![\w\-])(?:mon|ma|notre|son|sa|leur|ton|ta)[ \t]+(?:" + _BOAT + r")(?![\w\-])[ \t]+"
            r"(?:nommée?[ \t]+|baptisée?[ \t]+|appelée?[ \t]+)?"
            r"(?P<pii>(?-i:(?:(?:Le|La|Les|L['’])[ \t]*)?[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,}"
            r"(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){0,2}))"
            r"(?![\w\-]|[ \t]+\d)",
            0.65,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        words = re.findall(r"[^\W\d_][\w\-]*", value)
        named = [word for word in words if word.lower() not in ("le", "la", "les", "l")]
        if not named or named[0].lower() in _BOAT_MAKE:
            return False
        return len(words) > 1 or not lexicon.is_french(named[0])


class BoatNameRecognizer(RegexRecognizer):
    """The name of a boat in quotes after its word, when the writer's own or lived on: "notre voilier « Alizé »",
    "je vis sur la péniche "Belle Isle"", "mon bateau “Ti Punch”" (the quotes stay, the name is masked); not "le
    navire « France »", "le bateau « Ville de Bordeaux » part à 8 h"."""

    ENTITY = "ADRESSE"
    PATTERNS = (
        (
            r"(?i)(?<![\w\-])(?:(?:mon|ma|notre|son|sa|leur|ton|ta)[ \t]+|(?:vis|vit|vivons|vivent|habite|habitons|"
            r"habitent|loge|logeons|logent|dors|dort|dormons|réside|résidons|résident)(?![\w\-])[^.!?\n]{0,30}?"
            r"(?:sur|à bord)[ \t]*(?:(?:la|le|l['’]|un|une|du|de la|d['’]|de l['’])[ \t]*)?)"
            r"(?:" + _BOAT + r")(?![\w\-])[ \t]+(?:nommée?[ \t]+|baptisée?[ \t]+|appelée?[ \t]+)?"
            r"(?:«[ \t\u00a0]*|\"|“)(?P<pii>[^\W\d_][\w'’\-]*(?:[ \t][\w'’\-]+){0,3})(?=[ \t\u00a0]*(?:»|\"|”))",
            0.7,
        ),
    )
