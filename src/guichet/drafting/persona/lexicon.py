"""The words of the traits, as messages and drafts say them (folded text), and the three verdicts."""

import re
from collections.abc import Mapping

from guichet.drafting.persona.big_numbers import spell_big_numbers
from guichet.text import SMALL_NUMBERS

CONTRADICTED = "contradicted"
CONSISTENT = "consistent"
UNSUPPORTED = "unsupported"

# --- the traits, as the message and the drafts say them (folded text) ------------------------------------------------

EU_NATIONS = (
    "belge allemand allemande italien italienne espagnol espagnole portugais portugaise polonais polonaise roumain "
    "roumaine neerlandais neerlandaise luxembourgeois luxembourgeoise irlandais irlandaise grec grecque autrichien "
    "autrichienne suedois suedoise danois danoise finlandais finlandaise tcheque slovaque hongrois hongroise bulgare "
    "croate slovene estonien estonienne letton lettone lituanien lituanienne maltais maltaise chypriote"
).split()
OTHER_NATIONS = (
    "marocain marocaine algerien algerienne tunisien tunisienne senegalais senegalaise malien malienne ivoirien "
    "ivoirienne camerounais camerounaise colombien colombienne bresilien bresilienne chinois chinoise indien "
    "indienne turc turque americain americaine russe ukrainien ukrainienne congolais congolaise haitien haitienne "
    "vietnamien vietnamienne afghan afghane syrien syrienne canadien canadienne britannique anglais anglaise "
    "suisse comorien comorienne guineen guineenne egyptien egyptienne libanais libanaise"
).split()
EU_COUNTRIES = (
    "belgique allemagne italie espagne portugal pologne roumanie pays-bas luxembourg irlande grece autriche suede "
    "danemark finlande tchequie slovaquie hongrie bulgarie croatie slovenie estonie lettonie lituanie malte chypre"
).split()
EUROPE_OTHER = "suisse royaume-uni angleterre norvege monaco andorre".split()
WORLD = (
    "canada quebec maroc algerie tunisie senegal mali cote d'ivoire cameroun etats-unis usa chine japon inde "
    "bresil argentine mexique australie turquie liban egypte madagascar comores vietnam thailande colombie"
).split()

ACTIVITY = {
    "student": r"etudiant\w*|en (?:licence|master|bts|but|iut|fac|prepa)\b",
    # "élève", not the verb ("j'élève seule ma fille", "il élève ses enfants", "votre pension s'élève à 946 €").
    "pupil": r"lyceen\w*|collegien\w*|au lycee|au college|"
    r"(?<!j')(?<!j’)(?<!s')(?<!s’)(?<!il )(?<!elle )(?<!on )eleve\b"
    r"(?!\s+(?:seule?s?|ma|mon|mes|sa|son|ses|nos|notre|leurs?|les|un|une|des|depuis|moi-meme|toute?s?)\b)",
    # "votre retraite", "partir à la retraite": a pension or a plan, not a retired writer.
    "retired": r"(?<!votre )(?<!ma )(?<!sa )(?<!son )(?<!une )(?<!de )(?<!la )(?<!leur )"
    r"retraite(?!s?\s+(?:complementaire|de base|anticipee|progressive))\w*"
    r"|(?<!partir )(?<!pars )(?<!part )(?<!depart )(?<!partirai )a la retraite",
    "employee": r"salarie\w*|en cdi\b|en cdd\b|un cdi\b|un cdd\b|employe(?!ur)\w*|interimaire\w*|en interim\b|"
    r"en poste\b|secteur prive|"
    r"(?:travaille|suis|contrat|poste|emploi|cdi|cdd)\s+(?:a|en)\s+(?:temps (?:plein|partiel|complet)|mi-temps)|"
    r"mon employeur|je travaille(?! a mon compte| pour moi| pas| plus| jamais)",
    "jobseeker": r"demandeu(?:r|se)s? d.emploi|au chomage|chomeu\w*|sans emploi|"
    r"inscrite? (?:a|chez) (?:france travail|pole emploi)|licencie\w*|allocation (?:d.aide au retour|chomage)|\bare\b|"
    # "je cherche du travail", "en recherche d'emploi": out of work ("je cherche un autre emploi" is not)
    r"(?<=je )cherche (?:du|un) (?:travail|emploi|boulot)\b|en recherche d.emploi",
    "self_employed": r"auto-?entrepreneu\w*|micro-?entrepreneu\w*|independant\w*|a mon compte|travailleur non salarie|"
    r"gerant\w*|artisan\w*|freelance|profession liberale|liberale?s?\b|chef d.entreprise|commercant\w*|"
    r"(?:mon|ma) (?:auto|micro)[ -]?entreprise|agricult\w*|exploitant\w* agricole|eleveu\w*|viticult\w*|maraich\w*",
    "civil_servant": r"fonctionnaire\w*|fonction publique|agent (?:public|titulaire|territorial|hospitalier)|"
    r"agente (?:publique|territoriale)|professeure? des ecoles",
    "apprentice": r"apprenti\w*|en apprentissage|alternan\w*|en alternance",
    "inactive": r"(?:arrete|cesse) de travailler|sans activite|ne travaille (?:plus|pas)|au foyer",
    "working": r"en activite\b|en activite professionnelle",
    # A volunteer's engagement is a status of its own, no job ("volontaire en service civique", a VSI, the European
    # Solidarity Corps; "bénévole" at an association): a draft that gives it to the writer, or the writer's sister's,
    # says who the writer is.
    "civic_volunteer": r"volontaires? (?:en|du|de|d.un) service civique|(?:en|un|une|mon|ma|son|sa|du|le) "
    r"(?:mission de )?service civique|volontariat\w*|volontaires? de solidarite internationale|\bvsi\b"
    r"|corps europeen de solidarite",
    "volunteer": r"benevole\w*|benevolat",
}
# Activities that cannot both be the writer's (a student who works, a retired person who works again, an apprentice
# who studies are possible and not listed).
INCOMPATIBLE = {
    frozenset(pair)
    for pair in (
        ("student", "retired"),
        ("student", "jobseeker"),
        ("retired", "employee"),
        ("retired", "jobseeker"),
        ("retired", "apprentice"),
        ("employee", "jobseeker"),
        ("employee", "self_employed"),
        ("employee", "civil_servant"),
        ("jobseeker", "civil_servant"),
        ("jobseeker", "apprentice"),
        ("civil_servant", "apprentice"),
        ("self_employed", "civil_servant"),
        ("inactive", "employee"),
        ("inactive", "self_employed"),
        ("inactive", "civil_servant"),
        ("inactive", "apprentice"),
        ("pupil", "student"),
        ("pupil", "retired"),
        ("pupil", "jobseeker"),
        ("working", "retired"),
        ("working", "jobseeker"),
        ("working", "inactive"),
    )
}
# What a value implies of the same kind: an apprentice is a salaried worker.
IMPLIES = {
    "apprentice": {"employee", "working"},
    "employee": {"working"},
    "self_employed": {"working"},
    "civil_servant": {"working"},
}

BENEFIT = {
    "rsa": r"\brsa\b|revenu de solidarite active",
    "aah": r"\baah\b|allocation (?:aux |d.)adultes? handicape",
    "invalidity": r"pension d.invalidite|en invalidite",
    "are": r"\bare\b|allocation d.aide au retour|allocations? chomage",
    "ass": r"\bass\b|allocation de solidarite specifique",
    "grant": r"boursiere?s?\b|ma bourse\b|bourse (?:du crous|sur criteres|d.etudes?)",
}
NO_BENEFIT = re.compile(
    r"\b(?:ne|n')\s*(?:touche|percois|recois|beneficie)\s+(?:d.)?(?:aucune?|rien|pas d)|\baucune (?:allocation|aide|"
    r"prestation)|\bsans (?:allocation|aide)s?\b"
)

COUPLE_VALUES = {
    "married": r"(?:re)?marie\w*|mon mari\b|ma femme\b|mon epou\w*|ma epouse|mon epoux",
    "pacs": r"pacse\w*|\bpacs\b|pacte civil de solidarite",
    "couple": r"en couple|concubin\w*|mon compagnon|ma compagne|mon conjoint|ma conjointe|vivons ensemble|"
    r"vis avec (?:mon|ma) (?:compagnon|compagne|conjoint|ami)|"
    r"(?:vis|vit|habite|vivons|habitons) (?:chez|avec) (?:mon|ma) "
    r"(?:copain|copine|petit ami|petite amie|cheri|cherie)",
    "single": r"celibataire\w*",
    # not "le divorce n'est pas fait" (a divorce to come: `writer._read_couple`)
    "divorced": r"divorce\w*(?!\s+(?:n.est|n.a) pas)",
    "separated": r"separee?s?\b|separement\b|rupture(?! conventionnelle| de (?:contrat|la periode|mon contrat))",
    "widowed": r"veu(?:f|ve)s?\b|veuvage|(?:mari|epoux|epouse|femme|conjoint|conjointe|compagnon|compagne)\s+"
    r"(?:est\s+)?(?:decede|mort|disparu)\w*|(?:deces|mort|perte) de (?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*)",
    "alone": r"(?:vis|vit|habite|vivons|habitons) seule?s?|seule? avec (?:mes|mon|ma)|famille monoparentale|"
    r"parent isole|mere isolee|"
    r"pere isole|elever? seule?|"
    # "mère seule", "maman solo", "papa solo" (not "mère seule de mon fils à s'en occuper")
    r"(?:mere|pere|maman|papa|parent) (?:seule?|solo)\b(?! a )",
}
TOGETHER = {"married", "pacs", "couple"}
# A divorced writer is separated too (and a separated one may be divorcing).
NEAR = {"single": set(), "divorced": {"separated"}, "separated": {"divorced"}, "widowed": set()}
APART = {"single", "divorced", "separated", "widowed", "alone"}

DISABILITY = (
    r"handicap\w*|\brqth\b|travailleur handicape|invalidite|fauteuil roulant|\baah\b|\bmdph\b|taux d.incapacite|"
    r"\bcmi\b|carte (?:mobilite inclusion|d.invalidite)"
)
# What a disability is, when a draft names it: each is said by the message or not ("vous êtes reconnu travailleur
# handicapé" to "je perçois une pension d'invalidité" is unsupported).
DISABILITY_KINDS = {
    "rqth": r"\brqth\b|travailleu(?:r|se) handicapee?|qualite de travailleur handicape",
    "wheelchair": r"fauteuil roulant|en fauteuil\b",
    "invalidity": r"pension d.invalidite|en invalidite\b",
}
CHILD_DISABILITY = re.compile(
    r"\b(?:mon fils|ma fille|mon enfant|mes enfants|notre fils|notre fille|notre enfant)\b[^.?!]{0,40}?"
    r"(?:handicap|autis|trisomi|polyhandicap|maladie|dys\w+|infirme)"
)

# Where the writer is now, when it changes what they can do (a proxy drawn up by a police officer at the hospital).
SITUATIONS = {
    "hospitalised": r"\bhospitalisee?s?\b|a l.hopital\b|en clinique\b",
    "incarcerated": r"\bincarceree?s?\b|\bdetenue?s?\b|en prison\b|en detention\b",
    "sick_leave": r"\ben arret\b|\barret (?:de travail|maladie)\b",
    "abroad": r"\ba l.etranger\b",
}
# The French departments and territories overseas, where the rules of mainland France ("la métropole") may differ.
OVERSEAS = (
    r"guadeloupe|martinique|guyane|la reunion|reunion|mayotte|nouvelle-caledonie|polynesie|saint-pierre-et-miquelon|"
    r"saint-martin|saint-barthelemy|wallis|outre-mer"
)

# Months in the period an amount is given for ("800 € par trimestre" is 266 € a month).
PERIOD_MONTHS = {"trimestre": 3, "trimestriel": 3, "an": 12, "annuel": 12, "annee": 12}

NUMBERS = SMALL_NUMBERS


def word_number(word: str, words: Mapping[str, int] = SMALL_NUMBERS, default: int = 0) -> int:
    """A figure written in digits or in words ("3", "trois"); `default` for a word `words` lacks."""
    return int(word) if word.isdigit() else words.get(word, default)


def sentences(folded: str) -> list[str]:
    """The non-empty sentences of a folded text, cut at ". ; ! ?" and at line ends."""
    return [s for s in re.split(r"[.;!?\n]", folded) if s.strip()]


ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4}
NUM = r"(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
MONTH = r"(?:" + "|".join(MONTHS) + r")"


def day_months(folded: str) -> set[tuple[int, int]]:
    """The days of a folded text given with their month ("le 2 juin", "1er mars"): (day, month)."""
    return {
        (1 if day == "1er" else int(day), MONTHS.index(month) + 1)
        for day, month in re.findall(rf"\b(1er|\d{{1,2}})\s+({MONTH})\b", folded)
    }


# --- numbers written in words (ages, durations: "quatre-vingt-sept ans", "dix-huit mois") ---------------------------

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_TEENS = {
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80}
_TEEN = "dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_UNIT = "|".join(_UNITS)
# A number from 11 to 99 in words: a ten with its unit or teen ("soixante-dix-sept", "vingt et un", "quatre-vingts"),
# or a teen from "onze" up. Single small numbers ("deux", "six") stay words: the readers of counts take them as words.
_WORD_NUMBER = re.compile(
    r"(?<![\w-])(?:(quatre[- ]vingts?|vingt|trente|quarante|cinquante|soixante)"
    rf"(?:(?:-et-|\s+et\s+)(un|une|onze)|[- ]({_TEEN}|{_UNIT}))?"
    r"|(dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize))(?![\w-])"
)


def _number_value(m: re.Match[str]) -> str:
    if m.group(4):
        return str(_TEENS[m.group(4)])
    tens = _TENS[re.sub(r"[- ]", "-", m.group(1)).rstrip("s")]
    unit = m.group(2) or m.group(3) or ""
    return str(tens + (_TEENS.get(unit) or _UNITS.get(unit, 0)))


def spell_digits(folded: str) -> str:
    """A folded text with its numbers from 11 to 99 written in words put in digits ("j'ai vingt-quatre ans" → "j'ai
    24 ans"), and those with hundreds or thousands ("huit cent douze euros" → "812 euros", `big_numbers`), so that
    the readers of ages, durations and sums read both ways of writing them."""
    return _WORD_NUMBER.sub(_number_value, spell_big_numbers(folded))
