"""What a draft says about its writer, read against what the message says (principle 2, "grounded or silent").

The 1.5B model has told a student "en tant que demandeur d'emploi résidant en Europe", and told people who said
nothing of it, or the opposite, "vous êtes retraité", "vous avez des enfants", "vous êtes salarié". Such a sentence
decides the case for the citizen on a wrong premise. This check finds the draft's sentences that state something
about the writer ("vous êtes …", "en tant que …", "étant …", "votre situation de …", "comme vous avez …", "ayant
plus de 55 ans", "vous résidez en France", "avec vos deux enfants", "votre demande, déposée en mars …"), reads in
the clause that says it the traits it states (an activity, a benefit, a disability, an age, children, a couple or
not, a nationality, a residence, a tenant or an owner, an income, a date of the writer's own case) and compares
each with what the (pseudonymised) message says of the writer:

* ``contradicted``: the message says otherwise ("je suis étudiante" / "en tant que demandeur d'emploi", "j'ai 22
  ans" / "vous avez plus de 25 ans", "je loue" / "en tant que propriétaire");
* ``consistent``: the message says it;
* ``unsupported``: the message says nothing of it.

A condition is no claim ("si vous êtes salarié", "lorsque vous êtes retraité"), nor a question, nor a trait the
lexicon does not know ("vous êtes invité à …"). A model sentence found contradicted is removed from the draft
(`cleaning.drop_persona_contradicting`); `checks.check_draft` flags a contradicted sentence (error) and an
unsupported one (warning) wherever it is, except in what Guichet quoted from the fiches, where only a contradicted
one is flagged (a fiche speaks to every reader: "vous êtes salarié" there is its case, not a claim).

Deterministic, regular expressions on folded text; the message's dates may come from the pseudonymisation mapping
(`private_text`), read here and never stored or sent to a model.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from guichet.text import SMALL_NUMBERS, fold, sentence_spans

CONTRADICTED = "contradicted"
CONSISTENT = "consistent"
UNSUPPORTED = "unsupported"

# --- the traits, as the message and the drafts say them (folded text) ------------------------------------------------

_EU_NATIONS = (
    "belge allemand allemande italien italienne espagnol espagnole portugais portugaise polonais polonaise roumain "
    "roumaine neerlandais neerlandaise luxembourgeois luxembourgeoise irlandais irlandaise grec grecque autrichien "
    "autrichienne suedois suedoise danois danoise finlandais finlandaise tcheque slovaque hongrois hongroise bulgare "
    "croate slovene estonien estonienne letton lettone lituanien lituanienne maltais maltaise chypriote"
).split()
_OTHER_NATIONS = (
    "marocain marocaine algerien algerienne tunisien tunisienne senegalais senegalaise malien malienne ivoirien "
    "ivoirienne camerounais camerounaise colombien colombienne bresilien bresilienne chinois chinoise indien "
    "indienne turc turque americain americaine russe ukrainien ukrainienne congolais congolaise haitien haitienne "
    "vietnamien vietnamienne afghan afghane syrien syrienne canadien canadienne britannique anglais anglaise "
    "suisse comorien comorienne guineen guineenne egyptien egyptienne libanais libanaise"
).split()
_EU_COUNTRIES = (
    "belgique allemagne italie espagne portugal pologne roumanie pays-bas luxembourg irlande grece autriche suede "
    "danemark finlande tchequie slovaquie hongrie bulgarie croatie slovenie estonie lettonie lituanie malte chypre"
).split()
_EUROPE_OTHER = "suisse royaume-uni angleterre norvege monaco andorre".split()
_WORLD = (
    "canada quebec maroc algerie tunisie senegal mali cote d'ivoire cameroun etats-unis usa chine japon inde "
    "bresil argentine mexique australie turquie liban egypte madagascar comores vietnam thailande colombie"
).split()

_ACTIVITY = {
    "student": r"etudiant\w*|lyceen\w*|boursier\w*|eleve\b|en (?:licence|master|bts|but|iut|fac|prepa)\b|au lycee",
    "retired": r"retraite(?!s?\s+(?:complementaire|de base|anticipee|progressive))\w*|a la retraite",
    "employee": r"salarie\w*|en cdi\b|en cdd\b|un cdi\b|un cdd\b|employe(?!ur)\w*|interimaire\w*|"
    r"(?:travaille|suis|contrat|poste|emploi|cdi|cdd)\s+(?:a|en)\s+(?:temps (?:plein|partiel|complet)|mi-temps)|"
    r"mon employeur|je travaille(?! a mon compte| pour moi)",
    "jobseeker": r"demandeu(?:r|se)s? d.emploi|au chomage|chomeu\w*|sans emploi|"
    r"inscrite? (?:a|chez) (?:france travail|pole emploi)|licencie\w*|allocation (?:d.aide au retour|chomage)|\bare\b",
    "self_employed": r"auto-?entrepreneu\w*|micro-?entrepreneu\w*|independant\w*|a mon compte|travailleur non salarie|"
    r"gerant\w*|artisan\w*|freelance|profession liberale|chef d.entreprise|commercant\w*",
    "civil_servant": r"fonctionnaire\w*|fonction publique|agent (?:public|titulaire|territorial|hospitalier)|"
    r"agente (?:publique|territoriale)|professeur des ecoles",
    "apprentice": r"apprenti\w*|en apprentissage|alternan\w*|en alternance",
    "inactive": r"(?:arrete|cesse) de travailler|sans activite|ne travaille (?:plus|pas)|au foyer",
}
# Activities that cannot both be the writer's (a student who works, a retired person who works again, an apprentice
# who studies are possible and not listed).
_INCOMPATIBLE = {
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
        ("self_employed", "civil_servant"),
        ("inactive", "employee"),
        ("inactive", "self_employed"),
        ("inactive", "civil_servant"),
        ("inactive", "apprentice"),
    )
}
# What a value implies of the same kind: an apprentice is a salaried worker.
_IMPLIES = {"apprentice": {"employee"}}

_BENEFIT = {
    "rsa": r"\brsa\b|revenu de solidarite active",
    "aah": r"\baah\b|allocation (?:aux|d.)adultes? handicape",
    "invalidity": r"pension d.invalidite|en invalidite",
    "are": r"\bare\b|allocation d.aide au retour|allocations? chomage",
    "ass": r"\bass\b|allocation de solidarite specifique",
}
_NO_BENEFIT = re.compile(
    r"\b(?:ne|n')\s*(?:touche|percois|recois|beneficie)\s+(?:d.)?(?:aucune?|rien|pas d)|\baucune (?:allocation|aide|"
    r"prestation)|\bsans (?:allocation|aide)s?\b"
)

_COUPLE_VALUES = {
    "married": r"marie\w*|mon mari\b|ma femme\b|mon epou\w*|ma epouse|mon epoux",
    "pacs": r"pacse\w*|\bpacs\b",
    "couple": r"en couple|concubin\w*|mon compagnon|ma compagne|mon conjoint|ma conjointe|vivons ensemble|"
    r"vis avec (?:mon|ma) (?:compagnon|compagne|conjoint|ami)",
    "single": r"celibataire\w*",
    "divorced": r"divorce\w*",
    "separated": r"separee?s?\b|rupture",
    "widowed": r"veu(?:f|ve)s?\b|veuvage|(?:mari|epoux|epouse|femme|conjoint|conjointe|compagnon|compagne)\s+"
    r"(?:est\s+)?(?:decede|mort|disparu)\w*|(?:deces|mort|perte) de (?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*)",
    "alone": r"(?:vis|vit|habite|vivons|habitons) seule?s?|seule? avec (?:mes|mon|ma)|famille monoparentale|"
    r"parent isole|mere isolee|"
    r"pere isole|elever? seule?",
}
_TOGETHER = {"married", "pacs", "couple"}
# A divorced writer is separated too (and a separated one may be divorcing).
_NEAR = {"single": set(), "divorced": {"separated"}, "separated": {"divorced"}, "widowed": set()}
_APART = {"single", "divorced", "separated", "widowed", "alone"}

_DISABILITY = (
    r"handicap\w*|\brqth\b|travailleur handicape|invalidite|fauteuil roulant|\baah\b|\bmdph\b|taux d.incapacite|"
    r"\bcmi\b|carte (?:mobilite inclusion|d.invalidite)"
)
_CHILD_DISABILITY = re.compile(
    r"\b(?:mon fils|ma fille|mon enfant|mes enfants|notre fils|notre fille|notre enfant)\b[^.?!]{0,40}?"
    r"(?:handicap|autis|trisomi|polyhandicap|maladie|dys\w+|infirme)"
)

# Where the writer is now, when it changes what they can do (a proxy drawn up by a police officer at the hospital).
_SITUATIONS = {
    "hospitalised": r"\bhospitalisee?s?\b|a l.hopital\b|en clinique\b",
    "incarcerated": r"\bincarceree?s?\b|\bdetenue?s?\b|en prison\b|en detention\b",
}

_NUMBERS = SMALL_NUMBERS
_ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4}
_NUM = r"(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
_MONTH = r"(?:" + "|".join(_MONTHS) + r")"

# What puts a trait out of the writer's present: a negation, a past or a person who is not the writer.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:ne|n')\s*(?:\w+\s+){0,2}(?:pas|plus|jamais)\s+(?:\w+\s+){0,2}|\b(?:ancien(?:ne)?|ex-?|non)\s*)$"
)
_OTHERS_DETERMINER = re.compile(r"\b(?:mes|nos|des|les|ses|leurs|aux|ces|d.un|d.une|pour un|pour une)\s+$")
_PAST_BEFORE = re.compile(r"\b(?:etais|etait|ai ete|avais ete|j.etais)\s+(?:\w+\s+){0,2}$")
_OTHER_PERSON_BEFORE = re.compile(
    r"\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+(?:fils|fille|enfants?|mari|femme|epou\w*|conjoint\w*|"
    r"compagn\w*|mere|pere|parents?|frere|soeur|petit-fils|petite-fille|voisine?|ami\w*|colleg\w*)\b[^.;,?!]{0,30}$"
)


@dataclass(frozen=True)
class Trait:
    """One thing said of the writer: `kind` ("activity", "age"…), `value` ("student", ">25"…), negated or not."""

    kind: str
    value: str
    negated: bool = False


@dataclass
class Writer:
    """What the message says of its writer."""

    activity: set[str] = field(default_factory=set)
    not_activity: set[str] = field(default_factory=set)
    benefits: set[str] = field(default_factory=set)
    no_benefit: bool = False
    disabled: bool = False
    child_disabled: bool = False
    ages: set[float] = field(default_factory=set)
    children: set[int] = field(default_factory=set)  # numbers said; 0 for "pas d'enfant"
    has_children: bool = False  # "mon fils", "mes enfants": at least one
    expecting: int = 0  # the rank of the child expected ("j'attends mon troisième"), 0 when none
    couple: set[str] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)  # "french", "eu", "non_eu", "foreign"
    residence: set[str] = field(default_factory=set)  # "france", "europe", "world", "abroad", "moved"
    housing: set[str] = field(default_factory=set)  # "tenant", "owner"
    monthly_income: set[float] = field(default_factory=set)
    low_income: bool = False
    situations: set[str] = field(default_factory=set)  # "hospitalised", "incarcerated"
    months: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    dated: bool = False  # the message dates something of the case (a date, a year, "il y a trois mois")


def _said(folded: str, pattern: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w-])(?:" + pattern + r")", folded))


def _present(folded: str, m: re.Match[str]) -> str:
    """ "yes", "no" (negated) or "" (past, or said of another person) for a trait the message names at `m`."""
    before = folded[max(0, m.start() - 45) : m.start()]
    clause = re.split(r"[.;?!\n]|\bmais\b", before)[-1]
    if _OTHERS_DETERMINER.search(clause):
        return ""  # "mes salariés", "des retraités", "d'un fonctionnaire": not the writer
    if _OTHER_PERSON_BEFORE.search(clause) and not re.search(r"\bet moi\b|\bnous\b|\bsommes\b", clause):
        return ""  # "mon mari est retraité", but "ma femme et moi sommes à la retraite" is the writer too
    if _PAST_BEFORE.search(clause):
        return ""
    if _NEGATED_BEFORE.search(clause):
        return "no"
    return "yes"


_OWN_AGE = re.compile(
    r"(?:\bj.ai|\bjai|(?<!l.)\bagee? de|\bmoi|\bje vais avoir|\bj.aurai|\bje viens d.avoir)\s+(\d{1,3})\s*ans"
    r"(\s+et demi)?\b"
    r"(?!\s+(?:de|d.)\s?(?:cotis|travail|service|anciennete|mariage|vie commune|carriere))"
)
_NO_CHILD = re.compile(r"\b(?:pas|aucun|sans|jamais eu)\s+d?.?enfants?\b|\bpas d.enfants?\b")
_CHILDREN_COUNT = re.compile(rf"\b{_NUM}\s+(?:enfants?|fils|filles|garcons)\b")
_SOME_CHILD = re.compile(
    r"\b(?:mon|ma|mes|notre|nos)\s+(?:\w+\s+)?(?:fils|fille|filles|enfants?|bebe|garcon)\b|\bje suis (?:maman|papa)\b"
)
_EXPECTING = re.compile(
    r"\b(?:accouch\w*|attends|attendons|enceinte)\b[^.?!]{0,25}?\b(deuxieme|second|seconde|troisieme|quatrieme|"
    r"\d)(?:e|eme)?\b"
)
_INCOME = re.compile(
    r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d{1,2})?\s*(?:€|euros?)\s*(?:net|brut|nets|bruts)?\s*"
    r"(?:par mois|/ ?mois|mensuel)"
)
_LOW_INCOME = re.compile(
    r"\b(?:aucun|sans|plus aucun|pas de)\s+revenus?\b|\b(?:petits?|faibles?|maigres?) (?:revenus?|salaires?|"
    r"ressources|retraites?|pensions?)\b|\bpeu de (?:revenus|ressources)\b|\bau smic\b|\bje touche le rsa\b"
)
_DATE_IN_MESSAGE = re.compile(
    rf"\b{_MONTH}\b|(?<!\d)(?:19|20)\d\d(?!\d)|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\bil y a\b|\bdepuis\b"
)


def _nationalities(folded: str) -> set[str]:
    found: set[str] = set()
    nations = "|".join(_EU_NATIONS + _OTHER_NATIONS + ["francaise?", "etrangere?", "europeenne?"])
    for m in re.finditer(rf"\b({nations})\b", folded):
        before = folded[max(0, m.start() - 30) : m.start()]
        if not re.search(
            r"\b(?:je suis|suis|nous sommes|sommes|nationalite|etranger\w*\s*\(|citoyen\w*)\s*(?:de "
            r"nationalite\s+|\w+\s+){0,2}\(?$",
            before,
        ):
            continue
        word = m.group(1)
        if word.startswith("francais"):
            found.add("french")
        elif word.startswith("europeen") or word in _EU_NATIONS:
            found |= {"eu", "foreign"}
        elif word.startswith("etranger"):
            found.add("foreign")
        else:
            found |= {"non_eu", "foreign"}
    if re.search(r"\b(?:titre|carte) de sejour\b|\brecepisse\b|\bdemandeu(?:r|se) d.asile\b|\brefugiee?\b", folded):
        found |= {"non_eu", "foreign"}
    if re.search(r"\bsans.papiers\b", folded):
        found |= {"non_eu", "foreign"}
    return found


def _places(folded: str) -> set[str]:
    """Where the writer lives, when the message says it with a country ("j'habite en Belgique")."""
    found: set[str] = set()
    lives = (
        r"\b(?:j.habite|habite|je vis|vis|vivons|nous vivons|je reside|reside|residons|installee?s?|expatriee?s?|"
        r"domiciliee?s?)\b"
    )
    countries = "|".join(re.escape(c) for c in _EU_COUNTRIES + _EUROPE_OTHER + _WORLD + ["france"])
    for m in re.finditer(lives + rf"[^.;?!]{{0,25}}?\b(?:en|au|aux|a|en la)\s+({countries})\b", folded):
        place = m.group(1)
        found.add("france" if place == "france" else "europe" if place in _EU_COUNTRIES + _EUROPE_OTHER else "world")
    if re.search(
        r"\b(?:vis|habite|reside|vivons|installee?s?) a l.etranger\b|\bexpatriee?s?\b|\bhors de france\b", folded
    ):
        found.add("abroad")
    if re.search(r"\ben france depuis\b|\bvis en france\b", folded):
        found.add("france")
    if re.search(r"\bdemenag\w*|\bemmenag\w*|\bnouvelle (?:adresse|commune|ville)\b", folded):
        found.add("moved")
    return found


def read_writer(message: str) -> Writer:
    """What a (pseudonymised) message says about its writer; placeholders say nothing."""
    folded = fold(message)
    writer = Writer()
    for value, pattern in _ACTIVITY.items():
        for m in _said(folded, pattern):
            state = _present(folded, m)
            if state == "yes":
                writer.activity.add(value)
                writer.activity |= _IMPLIES.get(value, set())
            elif state == "no":
                writer.not_activity.add(value)
    if re.search(r"\bje ne travaille (?:plus|pas)\b|\bplus aucun revenu\b", folded):
        writer.not_activity |= {"employee", "self_employed", "civil_servant"}
    for value, pattern in _BENEFIT.items():
        for m in _said(folded, pattern):
            if _present(folded, m) == "yes":
                writer.benefits.add(value)
    writer.no_benefit = bool(_NO_BENEFIT.search(folded)) and not writer.benefits
    for m in _said(folded, _DISABILITY):
        if _present(folded, m) == "yes" and not _CHILD_DISABILITY.search(folded[max(0, m.start() - 60) : m.end()]):
            writer.disabled = True
    writer.child_disabled = bool(_CHILD_DISABILITY.search(folded))
    for m in _OWN_AGE.finditer(folded):
        if not _OTHER_PERSON_BEFORE.search(folded[max(0, m.start() - 40) : m.start()]):
            writer.ages.add(float(m.group(1)) + (0.5 if m.group(2) else 0.0))
    if re.search(r"\bje suis mineure?\b", folded):
        writer.ages.add(17.0)
    if _NO_CHILD.search(folded):
        writer.children.add(0)
    for m in _CHILDREN_COUNT.finditer(folded):
        word = m.group(1)
        writer.children.add(int(word) if word.isdigit() else _NUMBERS[word])
    writer.has_children = bool(_SOME_CHILD.search(folded)) or any(n > 0 for n in writer.children)
    m = _EXPECTING.search(folded)
    if m:
        word = m.group(1)
        writer.expecting = int(word) if word.isdigit() else _ORDINALS.get(word, 0)
    elif re.search(r"\benceinte\b|\bj.attends un (?:enfant|bebe)\b", folded):
        writer.expecting = max(writer.children or {0}) + 1
    for value, pattern in _COUPLE_VALUES.items():
        for m in _said(folded, pattern):
            if _present(folded, m) == "yes":
                writer.couple.add(value)
    if "widowed" in writer.couple:
        writer.couple -= {"married", "couple"}  # "mon mari est décédé": no husband now
    if re.search(
        r"\b(?:ma femme|mon mari|mon epou\w*|mon conjoint|ma conjointe)\s+et moi\b|\bnous sommes maries\b", folded
    ):
        writer.couple.add("married")
    writer.nationality = _nationalities(folded)
    writer.residence = _places(folded)
    if re.search(
        r"\bje (?:loue|suis locataire)\b|\blocataire\b|\bmon (?:proprietaire|bailleur|loyer)\b|\bma caution\b", folded
    ):
        writer.housing.add("tenant")
    if re.search(
        r"\b(?:je suis|sommes|suis) proprietaires?\b|\bproprietaire (?:d.une|d.un|de (?:ma|mon|notre))\b", folded
    ):
        writer.housing.add("owner")
    for m in _INCOME.finditer(folded):
        writer.monthly_income.add(float(re.sub(r"\D", "", m.group(1))))
    writer.low_income = bool(_LOW_INCOME.search(folded)) or any(v < 1600 for v in writer.monthly_income)
    for value, pattern in _SITUATIONS.items():
        writer.situations |= {value for m in _said(folded, pattern) if _present(folded, m) == "yes"}
    writer.months = {_MONTHS.index(m) + 1 for m in re.findall(rf"\b({_MONTH})\b", folded)}
    writer.years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", folded)}
    writer.dated = bool(_DATE_IN_MESSAGE.search(folded))
    return writer


# --- the draft's sentences about the writer --------------------------------------------------------------------------

# Where a sentence starts saying something of the writer. The clause that follows (to a comma, a colon or the end) is
# read for traits.
_FRAMES = re.compile(
    r"\bvous\s+(?:n.)?(?:etes|etiez|serez)\b"
    r"|\ben tant qu(?:e\b|.)"
    r"|\betant\b"
    r"|\bvotre (?:situation|statut|qualite) d(?:e\b|.)"
    r"|\bcomme vous\b|\bpuisque vous\b|\bvu que vous\b|\bdu fait que vous\b|\bdans la mesure ou vous\b"
    r"|\bayant\b"
    r"|\b(?:residant|vivant|habitant|travaillant|percevant|touchant|beneficiant)\b"
    r"|\bvous\s+(?:n.)?(?:avez|residez|habitez|vivez|travaillez|touchez|percevez|beneficiez|attendez|venez|"
    r"vous deplacez)\b"
    r"|\b(?:avec|de|pour|a) vos\s+(?:\w+\s+)?enfants?\b"
    r"|\bvos (?:revenus|ressources)\b"
    r"|\bvotre (?:demande|dossier|avis|recours|reclamation|declaration|courrier|lettre|contrat|licenciement|"
    r"inscription|arret)\b"
)
# A condition, a question or a general rule: what follows is not said of this writer.
_CONDITION_BEFORE = re.compile(
    r"(?:\bsi\b|\bs.|\blorsque\b|\blorsqu.|\bquand\b|\bdes lors qu\w*|\ba condition qu\w*|\bpourvu qu\w*|\bsoit que\b|"
    r"\bselon que\b|\bsauf si\b|\bmeme si\b|\bpour (?:les|toute?s?) (?:personnes?|ceux|celles)\b|\bqui\b|"
    r"\bdans le cas ou\b|"
    r"\ben cas de\b|\bque vous soyez\b|\bau cas ou\b|\bverifiez\b|\bindiquez\b|\bpreciser?\b|\bdemander? si\b)"
    r"[^.;:?!]{0,60}$"
)
_CLAUSE_END = re.compile(r"[,;:.!?()\n]|\s[-–]\s|\bet (?:vous|votre|vos)\b|\bmais\b|\bdonc\b|\bcar\b")
# A list of conditions ("si les conditions suivantes sont remplies : vous êtes séparés, …", "dans l'un des cas
# suivants : vous habitez …"): its items are conditions, not claims.
_CONDITIONS_LISTED = re.compile(
    r"(?:\bsi\b|\bsuivant\w*|\bconditions?\b|\bcas\b|\bl.une? des\b|\bsoit\b)[^.?!]{0,80}:[^.?!]{0,400}$"
)
# What the writer could become ("exercer en tant qu'auto-entrepreneur", "devenir salarié"): no claim of now.
_PROSPECT_BEFORE = re.compile(
    r"\b(?:exercer|devenir|travailler|inscrire|declarer|choisir|opter|creer|lancer|embauche\w*)\b[^.;:?!]{0,80}$"
)
_PARTICIPLE = re.compile(r"(?:residant|vivant|habitant|travaillant|percevant|touchant|beneficiant|etant|ayant)\b")
# What "vous avez" says of the writer: an age, children, an income, a recognition, the legal age, a step of the case.
_HAVE_TRAIT = re.compile(
    r"\s*(?:pas\s+|plus\s+|deja\s+|bien\s+|encore\s+|aussi\s+)*(?:\d{1,3}\s*ans\b|(?:plus|moins) de \d{1,3}\s*ans\b|"
    r"(?:des|un|une|deux|trois|quatre|cinq|six|\d+|d.|aucun)\s+(?:\w+\s+)?enfants?\b|"
    r"(?:de |des |d.)?(?:faibles|petits|"
    r"modestes|hauts|bas)?\s*(?:revenus|ressources)\b|(?:la |une |aucune |de )?reconnaissance\b|"
    r"(?:pas )?(?:encore )?atteint\b|(?:recu|depose|envoye|fait|transmis|signe|commence|quitte|arrete|ete licencie|"
    r"demenage|emmenage|eu \d+ ans)\b|un enfant\b|(?:la |une )?(?:nationalite|carte de sejour|titre de sejour)\b)"
)

# A clause of these words says what the writer must do, may do or is told, not what they are.
_NOT_A_TRAIT = re.compile(
    r"^(?:\s*(?:pas|plus|bien|deja|donc|alors|toujours|peut-etre|aussi|egalement)\b)*\s*(?:invitee?s?|priee?s?|tenue?s?|"
    r"informee?s?|obligee?s?|libres?|redevables?|concernee?s?|autorisee?s?|dispensee?s?|exoneree?s?|soumise?s?|"
    r"redirigee?s?|convoquee?s?|en droit|en mesure|susceptibles?|assuree?s?|couverte?s?|responsables?|"
    r"eligibles?|bienvenue?s?|oblige)\b"
)


@dataclass
class Claim:
    """A draft sentence's clause about the writer, with its traits and its verdict against the message."""

    sentence: str
    span: tuple[int, int]
    clause: str
    traits: list[Trait]
    verdict: str = UNSUPPORTED
    kinds: list[str] = field(default_factory=list)  # the kinds of the traits that decided the verdict

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "span": list(self.span),
            "claim": self.clause,
            "verdict": self.verdict,
            "kinds": list(self.kinds),
        }


def _traits(clause: str) -> list[Trait]:
    """The traits a folded clause about the writer states."""
    traits: list[Trait] = []
    negated = bool(
        re.search(
            r"\b(?:n.|ne)\s*(?:etes|avez|residez|habitez|vivez|touchez|percevez|beneficiez|etant)\b"
            r"[^,;:]{0,12}\b(?:pas|plus|jamais|aucun\w*)\b",
            clause,
        )
    )
    # "vous bénéficiez d'une retraite à taux plein", "vous percevez votre retraite": a benefit, not a status.
    receives = re.match(r"vous\s+(?:n.)?(?:percevez|touchez|beneficiez|avez)\b", clause)
    for value, pattern in _ACTIVITY.items():
        if value == "inactive" or receives:
            continue
        if value == "jobseeker":
            pattern = pattern.replace(r"|allocation (?:d.aide au retour|chomage)|\bare\b", "")
        if re.search(r"(?<![\w-])(?:" + pattern + r")", clause):
            traits.append(Trait("activity", value, negated))
    for value, pattern in _BENEFIT.items():
        if re.search(
            r"(?:beneficiaire|allocataire|titulaire|percevez|touchez|beneficiez)\s+(?:\w+\s+){0,2}(?:" + pattern + ")"
            r"|\bau rsa\b|\ba l.aah\b",
            clause,
        ):
            traits.append(Trait("benefit", value, negated))
    if re.search(r"\benfants? (?:en situation de )?handicap|\benfant (?:atteint|malade)", clause):
        traits.append(Trait("child_disability", "yes", False))
    elif re.search(
        r"handicape\w*|situation de handicap|reconnaissance (?:de|du) (?:la qualite de travailleur )?handicap|"
        r"\brqth\b|en invalidite|pension d.invalidite|titulaire de l.aah|fauteuil roulant|taux d.incapacite",
        clause,
    ):
        traits.append(Trait("disability", "yes", negated))
    # An age said of someone else ("avec une personne âgée de 70 ans", "un enfant de 3 ans") is not the writer's.
    others_age = re.search(
        r"\b(?:personnes?|enfants?|conjoint\w*|parents?|celui|celle|fils|fille)\s+(?:agee?s?\s+)?de \d", clause
    )
    age = re.search(r"\b(plus|moins) de (\d{1,3}) ans\b", clause)
    if others_age:
        pass
    elif age:
        traits.append(Trait("age", f"{'>' if age.group(1) == 'plus' else '<'}{age.group(2)}", negated))
    else:
        age = re.search(r"(?:\bavez|(?<!l.)\bagee?s? de|\bayant)\s+(\d{1,3})\s*ans\b(\s*\(?(?:ou|et) plus)?", clause)
        if age:
            bound = f">{int(age.group(1)) - 0.01}" if age.group(2) else f"={age.group(1)}"
            traits.append(Trait("age", bound, negated))
    if re.search(r"\bmineure?s?\b", clause):
        traits.append(Trait("age", "<18", negated))
    elif re.search(r"\bmajeure?s?\b", clause):
        traits.append(Trait("age", ">17.99", negated))
    if re.search(r"\batteint l.age (?:legal|de (?:depart a )?la retraite)|\bage legal de depart", clause):
        traits.append(Trait("age", ">63.99", negated))
    count = re.search(rf"\b{_NUM}\s+enfants?\b", clause)
    nth = re.search(r"\b(deuxieme|second|seconde|troisieme|quatrieme)\s+enfant\b", clause)
    if nth and re.search(r"\battend", clause):
        traits.append(Trait("expecting", str(_ORDINALS[nth.group(1)]), negated))
    elif count and not re.search(r"\bmoins de\b", clause[: count.start()][-12:]):
        word = count.group(1)
        traits.append(Trait("children", str(int(word) if word.isdigit() else _NUMBERS[word]), negated))
    elif re.search(r"\bsans enfants?\b", clause):
        traits.append(Trait("children", "0", False))
    elif re.search(r"\b(?:des|vos|un|une|d.)\s*enfants?\b|\bmonoparentale\b|\benfants? a charge\b", clause):
        traits.append(Trait("children", ">0", negated))
    for value, pattern in _COUPLE_VALUES.items():
        if value in {"married"}:
            pattern = r"marie\w*"
        if value == "widowed":
            pattern = r"veu(?:f|ve)s?\b"
        if value == "alone":
            pattern = r"\bseule?s?\b(?! a )|monoparentale|isolee?"
        if re.search(pattern, clause):
            traits.append(Trait("couple", value, negated))
    if re.search(
        r"citoyen\w* (?:de l.union )?europeen|ressortissant\w* (?:de l.union europeenne|europeen|de l.ue|"
        r"d.un (?:pays|etat) (?:de l.union|membre))|\b(?:etes|etant|en tant qu.)\s*europeene?s?\b",
        clause,
    ):
        traits.append(Trait("nationality", "eu", negated))
    elif re.search(
        r"nationalite francaise|\bfrancaise?s? (?:etablie?s?|residant|vivant)\b|\ben tant que francaise?\b"
        r"|\betant francaise?\b|\betes francaise?\b",
        clause,
    ):
        traits.append(Trait("nationality", "french", negated))
    elif re.search(
        r"\betrangere?s?\b(?! a)|ressortissant\w* (?:etranger|d.un pays tiers|hors)|nationalite "
        r"(?!francaise)\w+",
        clause,
    ) and not re.search(r"a l.etranger", clause):
        traits.append(Trait("nationality", "foreign", negated))
    if re.search(r"\b(?:resid|habit|viv|install|etabli|domicili)\w*\s+(?:en|au)\s+france\b", clause):
        traits.append(Trait("residence", "france", negated))
    elif re.search(r"\b(?:resid|habit|viv|install|etabli|domicili)\w*\s+(?:a l.etranger|hors de france)", clause):
        traits.append(Trait("residence", "abroad", negated))
    elif re.search(r"\b(?:resid|habit|viv|install|etabli)\w*\s+en europe\b|\bdans l.union europeenne", clause):
        traits.append(Trait("residence", "europe", negated))
    if re.search(r"\b(?:emmenag|demenag)\w*|nouvelle commune", clause):
        traits.append(Trait("residence", "moved", negated))
    for value, pattern in _SITUATIONS.items():
        if re.search(pattern, clause):
            traits.append(Trait("situation", value, negated))
    if re.search(r"\bproprietaires?\b", clause):
        traits.append(Trait("housing", "owner", negated))
    elif re.search(r"\blocataires?\b", clause):
        traits.append(Trait("housing", "tenant", negated))
    if re.search(r"\b(?:revenus|ressources)\b", clause):
        bound = re.search(r"\b(superieur|inferieur)\w* a (\d[\d \u00a0\u202f.]*)", clause)
        if bound:
            sign = ">" if bound.group(1) == "superieur" else "<"
            traits.append(Trait("income", sign + re.sub(r"\D", "", bound.group(2)), negated))
        elif re.search(r"modeste|faible|petit|bas\b|limite|aucun", clause):
            traits.append(Trait("income", "low", negated))
        elif re.search(r"eleve|important|confortable", clause):
            traits.append(Trait("income", "high", negated))
    date = re.search(rf"\b{_MONTH}\b|(?<!\d)(?:19|20)\d\d(?!\d)|\d{{1,2}}/\d{{1,2}}", clause)
    about_case = re.search(
        r"\b(?:depose|envoye|recu|fait|transmis|signe|commence|enregistre|inscrit|licencie|arrete|quitte|demenage|"
        r"emmenage|pacse|marie|divorce|ne|nee)\w*\b|\bdepuis\b",
        clause,
    )
    if date and about_case:
        months = {_MONTHS.index(m) + 1 for m in re.findall(rf"\b({_MONTH})\b", clause)}
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", clause)}
        traits.append(Trait("date", f"{sorted(months)}|{sorted(years)}", False))
    elif (
        re.search(r"\bil y a (?:plus de |moins de |pres de )?(?:\d+|\w+) (?:mois|jours|semaines|ans)\b", clause)
        and about_case
    ):
        traits.append(Trait("date", "relative", False))
    return traits


def _age_verdict(value: str, ages: set[float]) -> str:
    if not ages:
        return UNSUPPORTED
    op, bound = value[0], float(value[1:])
    ok = {">": lambda a: a > bound, "<": lambda a: a < bound, "=": lambda a: int(a) == int(bound)}[op]
    return CONSISTENT if any(ok(a) for a in ages) else CONTRADICTED


def _verdict(trait: Trait, w: Writer) -> str:
    """A trait stated by the draft against what the message says (negation applied last)."""
    verdict = UNSUPPORTED
    kind, value = trait.kind, trait.value
    if kind == "activity":
        if value in w.activity:
            verdict = CONSISTENT
        elif value in w.not_activity or any(frozenset((value, a)) in _INCOMPATIBLE for a in w.activity):
            verdict = CONTRADICTED
    elif kind == "benefit":
        if value in w.benefits:
            verdict = CONSISTENT
        elif w.no_benefit:
            verdict = CONTRADICTED
    elif kind == "disability":
        verdict = CONSISTENT if w.disabled else UNSUPPORTED
    elif kind == "child_disability":
        verdict = CONSISTENT if w.child_disabled else CONTRADICTED if 0 in w.children else UNSUPPORTED
    elif kind == "age":
        verdict = _age_verdict(value, w.ages)
        if verdict == UNSUPPORTED and value == ">63.99" and "retired" in w.activity:
            verdict = CONSISTENT
    elif kind == "children":
        counts = {n for n in w.children if n > 0}
        if value == ">0":
            verdict = CONSISTENT if w.has_children else CONTRADICTED if 0 in w.children else UNSUPPORTED
        elif value == "0":
            verdict = CONSISTENT if 0 in w.children else CONTRADICTED if w.has_children else UNSUPPORTED
        elif counts:
            verdict = CONSISTENT if int(value) in counts else CONTRADICTED
        elif 0 in w.children:
            verdict = CONTRADICTED
    elif kind == "expecting":
        if w.expecting:
            verdict = CONSISTENT if w.expecting == int(value) else CONTRADICTED
        elif w.children and int(value) != max(w.children) + 1:
            verdict = CONTRADICTED
    elif kind == "couple":
        if (
            value in w.couple
            or (value == "couple" and w.couple & _TOGETHER)
            or (value == "alone" and w.couple & _APART)
        ):
            verdict = CONSISTENT
        elif w.couple and (
            (value in _TOGETHER and w.couple & _APART and not w.couple & _TOGETHER)
            or (value in _APART and w.couple & _TOGETHER and not w.couple & _APART)
            or (value in _APART - {"alone"} and w.couple & (_APART - {"alone"}) and not _NEAR[value] & w.couple)
            or (value in {"married", "pacs"} and w.couple & {"married", "pacs"})
        ):
            verdict = CONTRADICTED
    elif kind == "nationality":
        n = w.nationality
        if value == "eu":
            verdict = CONSISTENT if n & {"eu", "french"} else CONTRADICTED if "non_eu" in n else UNSUPPORTED
        elif value == "french":
            verdict = CONSISTENT if "french" in n else CONTRADICTED if "foreign" in n else UNSUPPORTED
        else:
            verdict = CONSISTENT if "foreign" in n else CONTRADICTED if n == {"french"} else UNSUPPORTED
    elif kind == "residence":
        r = w.residence
        if value == "france":
            verdict = (
                CONSISTENT if "france" in r else CONTRADICTED if r & {"europe", "world", "abroad"} else UNSUPPORTED
            )
        elif value == "abroad":
            verdict = (
                CONSISTENT if r & {"europe", "world", "abroad"} else CONTRADICTED if "france" in r else UNSUPPORTED
            )
        elif value == "europe":
            verdict = CONSISTENT if r & {"europe", "france"} else CONTRADICTED if "world" in r else UNSUPPORTED
        elif value == "moved":
            verdict = CONSISTENT if "moved" in r else UNSUPPORTED
    elif kind == "situation":
        verdict = CONSISTENT if value in w.situations else UNSUPPORTED
    elif kind == "housing":
        other = "tenant" if value == "owner" else "owner"
        verdict = CONSISTENT if value in w.housing else CONTRADICTED if other in w.housing else UNSUPPORTED
    elif kind == "income":
        if value in {"low", "high"}:
            high = any(v > 4000 for v in w.monthly_income)
            if value == "low":
                verdict = CONSISTENT if w.low_income else CONTRADICTED if high else UNSUPPORTED
            else:
                verdict = CONSISTENT if high else CONTRADICTED if w.low_income else UNSUPPORTED
        else:
            bound = float(value[1:])
            monthly = {v * 12 for v in w.monthly_income} if bound > 10000 else w.monthly_income
            if monthly:
                above = any(v > bound for v in monthly)
                verdict = CONSISTENT if above == (value[0] == ">") else CONTRADICTED
            elif w.low_income and value[0] == ">" and bound >= 1600:
                verdict = CONTRADICTED
    elif kind == "date":
        if value == "relative":
            verdict = UNSUPPORTED
        else:
            months_text, years_text = value.split("|")
            months = {int(x) for x in re.findall(r"\d+", months_text)}
            years = {int(x) for x in re.findall(r"\d+", years_text)}
            if (months and w.months) or (years and w.years):
                month_ok = not months or not w.months or bool(months & w.months)
                year_ok = not years or not w.years or bool(years & w.years)
                verdict = CONSISTENT if month_ok and year_ok else CONTRADICTED
    if trait.negated and verdict != UNSUPPORTED:
        verdict = CONSISTENT if verdict == CONTRADICTED else CONTRADICTED
    return verdict


def _clauses(folded: str) -> list[tuple[int, str]]:
    """The clauses of a folded sentence that say something of the writer: (start, clause)."""
    out: list[tuple[int, str]] = []
    for m in _FRAMES.finditer(folded):
        before = folded[: m.start()]
        if _CONDITION_BEFORE.search(before) or _CONDITIONS_LISTED.search(before) or _PROSPECT_BEFORE.search(before):
            continue
        if _PARTICIPLE.match(m.group()) and not re.search(r"(?:^|[,;:(]|\s[-–])\W*$", before):
            continue  # "Jeune vivant en France" is a fiche's case; "Résidant en France, vous …" is said of you
        if (
            m.group().startswith("vous")
            and re.search(r"\bavez\b", m.group())
            and not _HAVE_TRAIT.match(folded[m.end() :])
        ):
            continue  # "vous avez droit à …", "vous avez 2 mois pour …": what you may do, not who you are
        if re.search(r"-(?:vous|t-vous)\b", folded[m.start() : m.end() + 10]) or re.search(
            r"\best-ce que\s*$", before
        ):
            continue
        rest = folded[m.end() :]
        if _NOT_A_TRAIT.match(rest):
            continue
        # The clause runs to the next stop; a frame that opens a sentence ("Étant retraité, …", "Votre demande,
        # déposée en mars, …") reads past one comma, to the verb of its main clause.
        stop = _CLAUSE_END.search(rest)
        end = stop.start() if stop else len(rest)
        if stop and stop.start() == 0 and stop.group() == "," and re.match(r"(?:votre|vos)\b", folded[m.start() :]):
            second = _CLAUSE_END.search(rest, stop.end())
            end = second.start() if second else len(rest)
        out.append((m.start(), folded[m.start() : m.end() + end]))
    return out


def find_claims(
    text: str, message: str, *, private_text: str = "", skip: Iterable[str] = (), writer: Writer | None = None
) -> list[Claim]:
    """The sentences of `text` that say something of the writer, each with its verdict against `message` (the
    pseudonymised message; `private_text`, the same with its dates restored from the mapping, when known)."""
    writer = writer or read_writer(f"{message}\n{private_text}")
    skipped = {fold(s).strip() for s in skip if s.strip()}
    claims: list[Claim] = []
    for start, end, sentence in sentence_spans(text):
        folded = fold(re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", sentence))
        if fold(sentence).strip() in skipped or any(fold(sentence).strip() in s for s in skipped):
            continue
        if sentence.rstrip().endswith("?"):
            continue
        found: list[Claim] = []
        for _, clause in _clauses(folded):
            traits = _traits(clause)
            if traits:
                found.append(Claim(sentence, (start, end), clause, traits))
        if not found:
            continue
        claim = Claim(
            sentence, (start, end), " / ".join(c.clause for c in found), [t for c in found for t in c.traits]
        )
        verdicts = {t: _verdict(t, writer) for t in claim.traits}
        # Alternatives of one kind ("marié ou pacsé"): one the message says is enough.
        said = {t.kind for t, v in verdicts.items() if v == CONSISTENT}
        verdicts = {t: CONSISTENT if t.kind in said else v for t, v in verdicts.items()}
        for verdict in (CONTRADICTED, CONSISTENT):
            kinds = sorted({t.kind for t, v in verdicts.items() if v == verdict})
            if kinds:
                claim.verdict, claim.kinds = verdict, kinds
                break
        else:
            claim.kinds = sorted({t.kind for t in claim.traits})
        claims.append(claim)
    return claims


def outside_cases(
    sources: list[dict[str, Any]], message: str, *, private_text: str = ""
) -> tuple[list[dict[str, Any]], list[str]]:
    """The sources, those under a case heading the message contradicts marked ``outside_case`` (the headings:
    "Vous êtes Français" to a writer with a residence permit, "Vous avez plus de 60 ans" to one of 23), and those
    headings. A marked passage is not the writer's case: Guichet does not quote it (`extracts.select_extracts`), and
    `cases.decide` leaves it out of its group of cases (the member left is the writer's); the model still reads it.
    Each level of a heading path is read on its own, as a claim about the writer."""
    writer = read_writer(f"{message}\n{private_text}")
    marked: list[dict[str, Any]] = []
    outside: list[str] = []
    for source in sources:
        parts = [p.strip() for p in str(source.get("heading") or "").split(">") if p.strip()]
        wrong = [p for p in parts if any(c.verdict == CONTRADICTED for c in find_claims(p, "", writer=writer))]
        outside += [w for w in wrong if w not in outside]
        marked.append({**source, "outside_case": wrong} if wrong else source)
    return marked, outside


def private_dates(text: str, personal_data: dict[str, str] | None) -> str:
    """`text` with its date placeholders restored from the mapping (`[DATE_1]` → "12 janvier 2025"): read by this
    check in Guichet's own code to compare the dates of the writer's case, never sent to a model nor stored."""
    out = text
    for key, value in (personal_data or {}).items():
        if "DATE" in key.upper():
            out = out.replace(key, value)
    return out if out != text else ""


__all__ = [
    "CONSISTENT",
    "CONTRADICTED",
    "UNSUPPORTED",
    "Claim",
    "Trait",
    "Writer",
    "find_claims",
    "outside_cases",
    "private_dates",
    "read_writer",
]
