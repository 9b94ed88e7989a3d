"""Initials before a surname, trades named after their owner, titles before a name (in any case).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_full_names import _known_surname
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS
from guichet.privacy.name_rules_places import _BRANDS
from guichet.privacy.name_rules_words import _CALENDAR, _FUNCTION_WORDS, _TITLE_WORDS, _plain_common, _public
from guichet.privacy.spacy_fr import STOP_WORDS

# Initials and a surname: "P. Dimanche", "J.-P. Vasseur", "A. Diallo", "M.-C. Le Goff", "J.P. N'Diaye", with
# two-letter initials and a dash without a dot ("Ch. Martin", "J-Ph. Roussel").
_INITIAL_NAME = re.compile(
    r"(?<![\w.’'\-])(?P<initials>[A-ZÀ-Ý][hlr]?\.(?:[ \t]?-?[ \t]?[A-ZÀ-Ý][hlr]?\.)?|[A-ZÀ-Ý]-[A-ZÀ-Ý][hlr]?\.)[ \t]*"
    r"(?P<name>(?:(?i:de la|de|du|des|le|la|van der|van den|van|von|der|den|ben|bin|el|al|da|do|dos|das|di|del|"
    r"ait|aït|ould|mac|mc)[ \t]+)?(?:[DLMN][’'])?(?P<word>[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?|"
    r"[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?))(?![\w’'])"
)


_NOT_AFTER_INITIAL = {"M", "MM"}


def initial_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Initials and a surname, whatever the surname ("P. Dimanche", "S. Blanc"): the word must be a surname the
    gazetteer knows (even if a common word) or no French word; "Annexe B. Remplir" is neither."""
    for match in _INITIAL_NAME.finditer(text):
        word = match.group("word")
        if match.group("initials").rstrip(".") in _NOT_AFTER_INITIAL and word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        lower = word.lower()
        if (
            lower in _CLOSING_WORDS
            or lower in _FUNCTION_WORDS
            or lower in STOP_WORDS
            and (kind is None or len(word) < 4)
        ):
            continue  # "Annexe B. Le formulaire"
        if (kind is not None and kind.surname) or not (is_french(word) or is_common(word)):
            yield match.start(), match.end(), 0.75


# A trade named after its owner: "Menuiserie Constant", "Garage Dufour", "Ets Petit", "SARL Benali"; the trades
# that are never anything else in lower case too ("boulangerie Marchetti").
_TRADE_NAME = re.compile(
    r"(?<![\w’'])(?:(?i:boulangerie|boucherie|pâtisserie|patisserie|charcuterie|menuiserie|plomberie|carrosserie|"
    r"serrurerie|épicerie|epicerie|maçonnerie|maconnerie|garage|pharmacie|ets\.?|sarl|eurl|auto-école|"
    # a notary's office: "le notaire, c'est l'étude Guérin-Lamotte"
    r"l['’][ \t]*étude|l['’][ \t]*etude)|"
    r"Menuiserie|Boulangerie|Boucherie|Pâtisserie|Patisserie|Charcuterie|Garage|Pharmacie|Cabinet|"
    r"Entreprise|Ets\.?|Établissements|Etablissements|Transports|Taxis?|Plomberie|Maçonnerie|Maconnerie|Charpente|"
    r"Couverture|Électricité|Electricité|Coiffure|Salon|Épicerie|Epicerie|Restaurant|Brasserie|Ambulances|"
    r"Carrosserie|Nettoyage|Peinture|Serrurerie|Ferme|Auto-école|SARL|SAS|EURL|SCI|EARL|GAEC|Maison|"
    # (twenty-sixth pass, p70e: the firm of a bailiff, a notary or a lawyer is named after its partners, "SCP
    # Lambert-Ferrand, commissaires de justice associés", "SELARL Keraudren & Associés")
    r"SCP|SELARL|SELAS|SELAFA|"
    # (thirty-first pass, p88) a German or a Swiss firm, named after its owners as a French one: "Steuerberatung Huber
    # & Vogt", "Bäckerei Kessler GmbH", "Schreinerei Maurer"
    r"Steuerberatung|Steuerkanzlei|Kanzlei|Bäckerei|Baeckerei|Metzgerei|Schreinerei|Tischlerei|Malerbetrieb|"
    r"Gärtnerei|Gaertnerei|Autohaus|Friseursalon|Zahnarztpraxis|Arztpraxis|Bauunternehmung|Dachdeckerei|Spedition|"
    r"Gebäudereinigung|Pflegedienst|Elektro|Sanitär|Transporte|"
    # the trade's man or woman where one worked: "chez le charcutier Lenoir", "chez la fleuriste Rose Meunier"
    r"(?i:chez[ \t]+(?:le|la|l['’])[ \t]*)(?:charcutier|charcutière|boulanger|boulangère|boucher|bouchère|plombier|"
    r"garagiste|menuisier|coiffeur|coiffeuse|épicier|épicière|epicier|maçon|macon|électricien|electricien|"
    r"pharmacien|pharmacienne|traiteur|fleuriste|pâtissier|patissier|carrossier|couvreur|charpentier|peintre|"
    r"paysagiste|maraîcher|maraicher|viticulteur|vétérinaire|veterinaire|notaire|dentiste|kiné|kinésithérapeute|"
    r"opticien|opticienne|photographe|cordonnier|serrurier|tapissier|imprimeur|horticulteur))"
    r"[ \t]+(?P<name>(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?(?:[ \t]+(?:et|&)[ \t]+"
    r"(?:Fils|Frères|Freres|Cie))?)(?![\w’'])"
    # (thirty-first pass, p88) a second partner after "&" or "und": "Huber & Vogt"
    r"(?:[ \t]+(?:&|und)[ \t]+(?P<partner>[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?)(?![\w’']))?"
)


_PARTNERS_WORDS = {"Fils", "Frères", "Freres", "Cie", "Associés", "Associes", "Söhne", "Partner"}


def trade_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The owner's surname in a trade's name, even a common word ("Menuiserie Constant", "Boulangerie Petit"): a
    surname the gazetteer knows that is no place, or no French word."""
    for match in _TRADE_NAME.finditer(text):
        word = match.group("name").split()[0]
        kind = lookup(word)
        lower = word.lower()
        if lower in STOP_WORDS or lower in _FUNCTION_WORDS or lower in _CLOSING_WORDS or fold(lower) in _BRANDS:
            continue  # "garage Renault": a brand
        if match.group().lower().replace("’", "'").startswith("l'"):
            # a notary's office is named after its notaries, surnames the gazetteer knows ("l'étude Insee" stays)
            if all(_known_surname(part) and not _public(part) for part in word.split("-")):
                yield match.start("name"), match.start("name") + len(word), 0.6
            continue
        if (kind is not None and kind.surname and not kind.public) or (kind is None and not is_french(word)):
            yield match.start("name"), match.start("name") + len(word), 0.6
            partner = match.group("partner")
            if partner and partner not in _PARTNERS_WORDS:
                yield match.start("partner"), match.end("partner"), 0.6


# A title and the word after it, whatever the word: "Mme Dimanche", "M. Juste", "Madame Vendredi", "Mme Le Goff";
# a first name in brackets between them is read too ("Dr (Yann) Le Bihan", "Mme (Awa) Sissoko").
_TITLED = re.compile(
    r"(?<![\w’'])(?:(?i:mme|mlle|madame|monsieur|mademoiselle|docteur|maître|maitre|dr)\.?|M\.|Mr\.?|Me|"
    r"Mrs\.?|Ms\.?|Miss|"
    # (twenty-sixth pass, second shift, p69) a rank of the police or the army before a surname, as a title is: "un
    # certain « lieutenant Dubreuil »", "le brigadier-chef Morel"; not a street named after one ("rue du Commandant
    # Charcot", "place Capitaine Dreyfus")
    r"(?<!du )(?<!Du )(?<!DU )(?<!rue )(?<!place )(?<!avenue )(?<!quai )(?<!allée )(?<!cours )"
    r"(?i:lieutenant|capitaine|commandant|adjudant(?:-chef)?|brigadier(?:-chef)?|gendarme|sergent(?:-chef)?|"
    r"major|commissaire|inspecteur|inspectrice|officier))[ \t]+"
    r"(?:(?i:veuve|vve|épouse|ép\.)[ \t]+)?"
    r"(?:\([ \t]*(?P<first>[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?)[ \t]*\)[ \t]+)?"
    r"(?P<name>(?:(?:Le|La|De|Du|Des|Van|Von|Da|Dos|Di|Ben|El|Al|Ait|Aït|de|du|van|von|da|dos|di|ben|el)[ \t]+)?"
    r"(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'])"
)


# Words in brackets after a title that are no first name: "Mme (veuve) Martin".
_NOT_BRACKETED = {"veuve", "vve", "épouse", "née", "nee", "dite", "dit"}


def titled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The word after a title is a name, even a common word ("Mme Dimanche", "M. Juste"); not a role ("Monsieur le
    Directeur" has no capital after the title) nor a stop word ("Madame Ou")."""
    for match in _TITLED.finditer(text):
        name = match.group("name")
        last = name.split()[-1]
        lower = last.lower()
        if lower in _CLOSING_WORDS or lower in _FUNCTION_WORDS or (lower in STOP_WORDS and len(last) < 4):
            continue
        if lower in _TITLE_WORDS:
            continue  # "Madame Monsieur", "MADAME, MONSIEUR"
        if " " not in name and lower in STOP_WORDS and lookup(last) is None:
            continue
        yield match.start("name"), match.end("name"), 0.7
        first = match.group("first")
        if not first or first.lower() in _TITLE_WORDS | _CALENDAR | STOP_WORDS | _CLOSING_WORDS | _NOT_BRACKETED:
            continue
        if lookup(first) is not None or not is_french(first):  # "Dr (Urgences) Martin": a French word stays
            yield match.start("first"), match.end("first"), 0.7


# A title typed in lower case and the name after it: "m. Oliveira" (a capital after "m.", not after a number of
# metres, "3 m. Ensuite"), "le notaire maitre dupuis", "merci madame garcia" (in lower case, a surname or a first
# name the gazetteer knows that is no common word: "monsieur le maire", "maître nageur" stay).
_LOWER_TITLED = re.compile(
    r"(?<![\w’'\-.])(?<!\d[ \t])(?:(?P<m>m\.)[ \t]+"
    r"(?P<capital>[A-ZÀ-Ý][a-zà-ÿß]+(?:-(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+)?)"
    r"|(?i:mme|mlle|madame|monsieur|mademoiselle|docteur|maître|maitre|dr\.?|m\.|mr\.?)[ \t]+"
    r"(?P<lower>[a-zà-ÿ][a-zà-ÿß]+(?:-[a-zà-ÿ][a-zà-ÿß]+)?))(?![\w’'])"
)


def lower_titled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LOWER_TITLED`."""
    for match in _LOWER_TITLED.finditer(text):
        name = match.group("capital") or match.group("lower")
        lower = name.lower()
        if lower in _CLOSING_WORDS or lower in _FUNCTION_WORDS or lower in STOP_WORDS or lower in _TITLE_WORDS:
            continue
        if lower in _CALENDAR:
            continue
        kind = lookup(name)
        if match.group("capital"):
            if _plain_common(name) and not (kind is not None and kind.surname):
                continue
        elif kind is None or kind.common or is_common(name) or not (kind.surname or kind.first):
            continue
        start = match.start("capital") if match.group("capital") else match.start("lower")
        yield start, start + len(name), 0.7
