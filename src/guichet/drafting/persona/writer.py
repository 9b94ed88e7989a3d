"""What a (pseudonymised) message says of its writer (`read_writer`)."""

import re
from datetime import date
from functools import cache

from guichet.drafting.persona import (
    computed,
    dependants,
    elided_negations,
    event_order,
    finished,
    health_figures,
    housing_figures,
    moved_facts,
    negations,
    partner_words,
    past_ties,
    possessives,
    reckoned_ages,
    reckoned_sums,
    relative_dates,
    resources,
    restated,
    swapped_facts,
)
from guichet.drafting.persona.ages import read_child_ages
from guichet.drafting.persona.amounts import others_money, read_sums
from guichet.drafting.persona.bare_ages import read_bare_ages, read_echoed_ages
from guichet.drafting.persona.born_years import short_birth_years
from guichet.drafting.persona.children import age_floor, read_children
from guichet.drafting.persona.contracts import CONTRACTS, JOB_ENDS, contract_now, read_hours, read_seasons
from guichet.drafting.persona.contribution_years import read_contribution_years
from guichet.drafting.persona.corrections import corrected
from guichet.drafting.persona.counts import counted_as_writers
from guichet.drafting.persona.denied_things import read_denied
from guichet.drafting.persona.durations import open_since, read_durations
from guichet.drafting.persona.events import read_events, season_months
from guichet.drafting.persona.former import read_former
from guichet.drafting.persona.future_ages import ages_now
from guichet.drafting.persona.homeless import read_home
from guichet.drafting.persona.jobs import named_jobs, read_jobs
from guichet.drafting.persona.kinship import read_near_kin
from guichet.drafting.persona.lexicon import (
    ACTIVITY,
    CHILD_DISABILITY,
    COUPLE_VALUES,
    DISABILITY,
    DISABILITY_KINDS,
    EU_COUNTRIES,
    EU_NATIONS,
    EUROPE_OTHER,
    IMPLIES,
    MONTH,
    MONTHS,
    NEAR,
    NO_BENEFIT,
    NUM,
    NUMBERS,
    ORDINALS,
    OTHER_NATIONS,
    OVERSEAS,
    PERIOD_MONTHS,
    SITUATIONS,
    TOGETHER,
    WORLD,
    day_months,
    spell_digits,
)
from guichet.drafting.persona.model import Relative, Writer
from guichet.drafting.persona.only_child import one_child_starts, without_grandchildren
from guichet.drafting.persona.papers import read_papers
from guichet.drafting.persona.particulars import read_particulars
from guichet.drafting.persona.partners import read_others_ends, read_partner_nations
from guichet.drafting.persona.past import read_past, said_in_past
from guichet.drafting.persona.permits import read_permits
from guichet.drafting.persona.places import read_places
from guichet.drafting.persona.possessives import read_unowned
from guichet.drafting.persona.qualifiers import read_qualified
from guichet.drafting.persona.relatives import read_relatives
from guichet.drafting.persona.retirement import read_retirement
from guichet.drafting.persona.shares import read_shares
from guichet.drafting.persona.studies import read_levels
from guichet.drafting.persona.subjects import OTHER_PERSON_NAMED, PLACEHOLDER, other_subject
from guichet.drafting.persona.timing import read_timings
from guichet.drafting.persona.totals import read_periods, read_totals
from guichet.drafting.persona.workplaces import read_workplaces
from guichet.text import fold

# What puts a trait out of the writer's present: a negation, a past or a person who is not the writer.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:ne|n')\s*(?:\w+\s+){0,2}(?:pas|plus|jamais)\s+(?:\w+\s+){0,2}|\b(?:ancien(?:ne)?|ex-?|non)\s*"
    r"|\b(?:on est|je suis|jsuis|chuis|nous sommes|on a|j.ai|jai) (?:pas|plus|jamais) (?:encore )?"
    r"(?:au |a la |a l.|aux |en )?"  # "je suis plus au RSA" (SMS French, no "ne")
    r"|(?:^|[,:(]\s*)pas (?:en |au |a la |un |une )?)$"  # "je suis en CDD, pas en CDI"
)
_OTHERS_DETERMINER = re.compile(r"\b(?:mes|nos|des|les|ses|leurs|aux|ces|d.un|d.une|pour un|pour une)\s+$")
_PAST_BEFORE = re.compile(r"\b(?:etais|etait|ai ete|avais ete|j.etais)\s+(?:\w+\s+){0,2}$")
# A couple to come ("je vais bientôt me remettre en couple et emménager avec mon compagnon"): not the writer's now.
_FUTURE_BEFORE = re.compile(
    r"\b(?:vais|allons|va) (?:bientot |prochainement |peut-etre )?(?:me |nous |m.)?(?:remettre|mettre|installer|"
    r"emmenager|marier|pacser|vivre|habiter)\b[^,;.]{0,40}$"
)


@cache
def _word_start(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + pattern + r")")


def _said(folded: str, pattern: str) -> list[re.Match[str]]:
    return list(_word_start(pattern).finditer(folded))


def _present(folded: str, m: re.Match[str]) -> str:
    """ "yes", "no" (negated) or "" (past, or said of another person) for a trait the message names at `m`."""
    before = folded[max(0, m.start() - 90) : m.start()]
    clause = re.split(r"[.;?!\n]|\bmais\b", before)[-1]
    if _OTHERS_DETERMINER.search(clause):
        return ""  # "mes salariés", "des retraités", "d'un fonctionnaire": not the writer
    if other_subject(clause):
        return ""  # "mon mari est retraité", but "ma femme et moi sommes à la retraite" is the writer too
    if _PAST_BEFORE.search(clause) or _FUTURE_BEFORE.search(clause):
        return ""
    if _NEGATED_BEFORE.search(clause) or elided_negations.negated(clause):  # « ne s'est jamais » (`elided_negations`)
        return "no"
    if negations.NI_NEGATES and negations.NI_BEFORE.search(clause):
        return "no"  # "je ne touche plus rien : ni chômage ni RSA" (`negations`)
    return "yes"


_OWN_AGE = re.compile(
    r"(?:\bj.ai|\bjai|(?<!l.)\bagee? de|\bmoi|\bje vais avoir|\bj.aurai|\bje viens d.avoir|\bfete mes|\bj.ai eu|"
    r"\b(?:et moi )?on vient d.avoir|\bnous venons d.avoir|\bon a tous les deux|\bnous avons tous les deux|"
    r"\bje suis (?:une |un )?(?:maman|papa|mere|pere|femme|homme)(?: \w+)? de)"  # "je suis mère célibataire de 38 ans"
    r"\s+(\d{1,3})\s*ans"
    r"(\s+et demi)?\b"
    r"(?!\s+(?:de|d.)\s?(?:cotis|travail|service|anciennete|mariage|vie commune|carriere))"
)
_BORN = re.compile(r"\bje suis nee? (?:en |le (?:1er|\d{1,2}) [a-z]+ |le \d{1,2}/\d{1,2}/)?((?:19|20)\d\d)\b")
_NO_CHILD = re.compile(r"\b(?:pas|aucun|sans|jamais eu)\s+d?.?enfants?\b|\bpas d.enfants?\b")
_CHILDREN_COUNT = re.compile(
    rf"\b{NUM}\s+(?:enfants?|fils|filles|garcons|gamins?|gamines?|gosses?|petits|minots|loulous|bambins|ados)\b"
)
_SOME_CHILD = re.compile(
    r"\b(?:mon|ma|mes|notre|nos)\s+(?:(?!premier|premiere|futur|future)\w+\s+)?(?:fils|fille|filles|enfants?|bebe|"
    r"garcon|jumeaux|jumelles)\b|\bje suis (?:maman|papa)\b|\b(?:eu|avons|ai) des (?:jumeaux|jumelles)\b"
)
_EXPECTING = re.compile(
    r"\b(?:accouch\w*|attends|attendons|enceinte)\b[^.?!]{0,25}?\b(deuxieme|second|seconde|troisieme|quatrieme|"
    r"\d(?:e|eme))\b"
)
_INCOME = re.compile(
    r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d{1,2})?\s*(?:€|euros?)?\s*(?:net|brut|nets|bruts)?\s*"
    r"(?:(?:de |d.)(?:salaire|pension|retraite|revenus?|chomage|rsa|ass|aah|are|allocations?|rente|bourse)\s+)?"
    r"(par mois|/ ?mois|mensuel|par trimestre|/ ?trimestre|"
    r"trimestriel|par an\b|/ ?an\b|annuel|par annee)"
)

_LOOSE_DAY = re.compile(
    rf"\ble (?:1er|\d{{1,2}})\b(?!\s*(?:{MONTH}|/|h\b|heures?|ans|mois|jours|euros|€|%))|\blendemain\b|\bveille\b"
    r"|\b(?:jours?|semaines?) (?:plus tard|apres)\b"
)
_FIRST_CHILD = re.compile(r"\b(?:premier|premiere|1er|1ere) (?:enfant|bebe|grossesse)\b")
# What says that the writer is retired or employed without the words of `ACTIVITY` ("ma pension ne tombe plus",
# "mon patron ne m'a pas payé").
_RETIRED = re.compile(
    r"\b(?:je (?:touche|percois) ma (?:pension|retraite)|ma pension)\b(?! d.invalidite| de reversion| alimentaire)"
)
_EMPLOYED = re.compile(
    r"\b(?:mon|ma) (?:patron|patronne|chef|entreprise m.a)\b|\bmes heures sup\w*|\bmes fiches? de paie\b"
    r"|\bmon contrat de travail\b"
)
_HOSTED = re.compile(
    r"\b(?:vis|habite|loge|vivons|suis hebergee?|sommes heberges|suis logee?|sommes loges)\s+"
    r"(?:encore |toujours |provisoirement |temporairement |gratuitement )?chez (?:mon|ma|mes|un|une|des|nos)\b"
)
_LOW_INCOME = re.compile(
    r"\b(?:aucun|sans|plus aucun|pas de)\s+revenus?\b|\b(?:petits?|faibles?|maigres?) (?:revenus?|salaires?|"
    r"ressources|retraites?|pensions?)\b|\bpeu de (?:revenus|ressources)\b|\bau smic\b|\bje touche le rsa\b"
    r"|\baucun (?:autre )?revenu|\b(?:suis|sommes) au rsa\b"
)
_DATE_IN_MESSAGE = re.compile(
    rf"\b{MONTH}\b|(?<!\d)(?:19|20)\d\d(?!\d)|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\bil y a\b|\bdepuis\b"
)


def _nationalities(folded: str) -> set[str]:
    found: set[str] = set()
    nations = "|".join(EU_NATIONS + OTHER_NATIONS + ["francaise?", "etrangere?", "europeenne?"])
    for m in re.finditer(rf"\b({nations})\b", folded):
        before = folded[max(0, m.start() - 30) : m.start()]
        if not re.search(
            r"\b(?:je suis|suis|nous sommes|sommes|nationalite|etranger\w*\s*\(|citoyen\w*)\s*(?:de "
            r"nationalite\s+|\w+\s+){0,2}\(?$",
            before,
        ):
            continue
        word = m.group(1)
        if negations.DENIED_NATIONALITY and re.search(r"\b(?:pas|plus|jamais)\s+(?:de nationalite\s+)?\(?$", before):
            if word.startswith("francais"):
                found.add("foreign")  # "je ne suis pas française", "je suis pas française"
            continue
        if word.startswith("francais"):
            found.add("french")
        elif word.startswith("europeen") or word in EU_NATIONS:
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
    countries = "|".join(re.escape(c) for c in EU_COUNTRIES + EUROPE_OTHER + WORLD + ["france"])
    for m in re.finditer(lives + rf"[^.;?!]{{0,25}}?\b(?:en|au|aux|a|en la)\s+({countries})\b", folded):
        place = m.group(1)
        found.add("france" if place == "france" else "europe" if place in EU_COUNTRIES + EUROPE_OTHER else "world")
    if re.search(
        r"\b(?:vis|habite|reside|vivons|installee?s?) a l.etranger\b|\bexpatriee?s?\b|\bhors de france\b", folded
    ):
        found.add("abroad")
    # "je suis arrivé en France en 2015": living there since, unless they say they left
    if re.search(r"\ben france depuis\b|\bvis en france\b|\b(?:je suis|suis|sommes) arrivee?s? en france\b", folded):
        found.add("france")
    if re.search(
        r"\b(?:j.habite|habite|je vis|vis|vivons|habitons|reside|residons|installee?s?)\b[^.;?!]{0,30}?"
        rf"\b(?:en|a|au|aux|a la|dans les?)\s+(?:{OVERSEAS})\b",
        folded,
    ):
        found |= {"overseas", "france"}
    if re.search(r"\bdemenag\w*|\bemmenag\w*|\bnouvelle (?:adresse|commune|ville)\b", folded):
        found.add("moved")
    return found


def _read_activity(folded: str, writer: Writer) -> None:
    for value, pattern in ACTIVITY.items():
        for m in _said(folded, pattern):
            state = "" if said_in_past(folded, m.start(), m.end()) else _present(folded, m)
            if state == "yes":
                writer.activity.add(value)
                writer.activity |= IMPLIES.get(value, set())
            elif state == "no":
                writer.not_activity.add(value)
    if re.search(r"\bje (?:ne )?travaille (?:plus|pas)\b|\bplus aucun revenu\b", folded):
        writer.not_activity |= {"employee", "self_employed", "civil_servant", "working"}
    if _RETIRED.search(folded):
        writer.activity.add("retired")
    if _EMPLOYED.search(folded):
        writer.activity |= {"employee", "working"}


def _read_benefits(folded: str, writer: Writer) -> None:
    for value, pattern in resources.benefits().items():  # with the prime d'activité (`resources`)
        for m in _said(folded, pattern):
            if said_in_past(folded, m.start(), m.end()):
                continue
            state = _present(folded, m)
            if state == "yes" and resources.denied_by_ni(folded, m.start(), value):
                state = "no"  # « je ne touche aucune aide, ni RSA ni prime d'activité » (`resources`)
            if state == "yes" and resources.unreceived(folded, m.start(), value):
                continue  # « je pourrais avoir la prime d'activité » (`resources`)
            if state == "yes":
                writer.benefits.add(value)
            elif state == "no":
                writer.not_benefits.add(value)  # "je ne suis pas boursière", "je suis plus au RSA"
    if "grant" in writer.benefits:
        writer.activity.add("student")  # "ma bourse du Crous"
    spoken = negations.SPOKEN_DENIALS and negations.SPOKEN_NO_BENEFIT.search(folded)  # "je touche rien"
    writer.no_benefit = bool(NO_BENEFIT.search(folded) or spoken) and not writer.benefits - {"grant"}
    for m in _said(folded, DISABILITY):
        if _present(folded, m) == "yes" and not CHILD_DISABILITY.search(folded[max(0, m.start() - 60) : m.end()]):
            writer.disabled = True
    writer.child_disabled = bool(CHILD_DISABILITY.search(folded))
    for kind, pattern in DISABILITY_KINDS.items():
        if any(_present(folded, m) == "yes" for m in _said(folded, pattern)):
            writer.disability_kinds.add(kind)


def _read_age(folded: str, writer: Writer) -> None:
    for m in _OWN_AGE.finditer(folded):
        if not other_subject(folded[max(0, m.start() - 40) : m.end()]):
            age = float(m.group(1)) + (0.5 if m.group(2) else 0.0)
            writer.ages |= ages_now(folded[m.start() : m.start(1)], age)  # "j'aurai 62 ans" (`future_ages`)
    writer.ages |= read_bare_ages(folded)  # "je suis apprentie en BP, 21 ans, …"
    writer.ages |= read_echoed_ages(folded)  # "ils fêtent leurs quarante ans … moi j'en ai vingt-six"
    for m in re.finditer(r"\b\d{1,3} ans\b[^.;?!]{0,20}?\bj.en ai (\d{1,3})\b", folded):
        writer.ages.add(float(m.group(1)))  # "jusqu'à mes 26 ans (j'en ai 24)"
    if re.search(r"\bje suis mineure?\b", folded):
        writer.ages.add(17.0)
    born = _BORN.search(folded)
    years = {int(born.group(1))} if born else short_birth_years(folded)  # "né en 79" (`born_years`)
    for year in (y for y in years if y <= date.today().year):
        age = date.today().year - year
        writer.ages |= {float(age - 1), float(age)}


def _read_children(folded: str, writer: Writer) -> None:
    folded = without_grandchildren(folded)  # "4 petits-enfants" is no count of children (`only_child`)
    if _NO_CHILD.search(folded):
        writer.children.add(0)
    for m in _CHILDREN_COUNT.finditer(folded):
        if re.search(r"\b(?:aussi|egalement|en plus|en outre)\s+$", folded[max(0, m.start() - 12) : m.start()]):
            continue  # "notre fille … nous avons aussi deux garçons": two of the children, not all of them
        if not counted_as_writers(folded, m.start()):
            continue  # "la bénévole a six enfants", "le dossier du CCAS dit trois enfants"
        word = m.group(1)
        writer.children.add(int(word) if word.isdigit() else NUMBERS[word])
    if any(counted_as_writers(folded, start) for start in one_child_starts(folded)):
        writer.children.add(1)  # "un seul enfant", "mon fils unique" (`only_child`)
    writer.has_children = bool(_SOME_CHILD.search(folded)) or any(n > 0 for n in writer.children)
    m = _EXPECTING.search(folded)
    if m:
        word = m.group(1)
        writer.expecting = int(word) if word.isdigit() else ORDINALS.get(word, 0)
    elif re.search(r"\benceinte\b|\bj.attends un (?:enfant|bebe)\b|\battendons un (?:enfant|bebe)\b", folded):
        first = _FIRST_CHILD.search(folded)
        # a rank only where it is said, or the children counted: "enceinte de 7 mois" alone says no rank
        writer.expecting = 1 if first else max(writer.children) + 1 if writer.children else 0
        if first and not writer.has_children:
            writer.children.add(0)  # "enceinte de notre premier bébé": no child yet


# A partner who has left the writer ("mon mari est parti l'an dernier", "ma femme m'a quitté", "mon ex"), not one
# gone somewhere ("parti en maison de retraite", "partie travailler à Lyon").
_PARTNER_LEFT = re.compile(
    r"\b(?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*)\s+(?:il |elle )?(?:est|s.est)\s+"
    r"(?:\w+\s+)?"
    r"(?:partie?|en alle\w*|barre\w*)\b(?!\s+(?:en|a|au|aux|pour|travailler|chez|quelques|faire|le|la|les|vivre)\b)"
    r"|\b(?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*)\s+(?:m.a|nous a) (?:quitt|abandonn)\w*"
    r"|\b(?:mon|ma) ex\b|\bmon ex-|\bma ex-"
    # the writer who left ("j'ai quitté mon compagnon il y a deux ans"; not "j'ai quitté mon emploi")
    r"|\bj.ai quitte (?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*|copain|copine)\b"
)


# Living with a person the pseudonymisation named, not said to be a child or a parent: a partner.
_LIVES_WITH_NAMED = re.compile(
    r"\b(?:je vis|vis|vivons|j.habite|habite|habitons)\s+(?:depuis [^,.;]{1,20}\s+)?(?:en concubinage\s+)?"
    r"avec \[personne_\d+\](?!\s*,?\s*(?:ma|mon|mes|notre|nos|sa|son|ses)\b)"
)


# Off: "je vivais en concubinage", "nous étions pacsés", "on vivait ensemble" give a couple of now (pass 46).
PAST_COUPLE_TOLD = True
# A couple told in the past by the writer (`PAST_COUPLE_TOLD`): "je vivais en concubinage avec le père de mes
# enfants … mais on s'est séparés", "mon ex et moi étions pacsés".
_COUPLE_TOLD_PAST = re.compile(
    r"\b(?:je vivais|nous vivions|on vivait|nous etions|j.ai vecu|nous avons vecu|on a vecu)\s+(?:\w+\s+){0,2}$"
)

# Off: "je ne vis plus avec mon mari" says no separation (pass 46).
LIVING_APART = True
# A partner the writer no longer lives with (`LIVING_APART`): separated, not divorced ("je ne vis plus avec mon mari
# depuis l'été dernier"; the marriage may last).
_LIVING_APART = re.compile(
    r"\b(?:ne |n.)?(?:vis|vit|vivons|habite|habitons) plus (?:avec|sous le meme toit que) (?:mon|ma) "
    r"(?:mari|femme|epou\w*|compagnon|compagne|conjointe?|concubine?)\b"
)


# A divorce not pronounced yet: the writer is not divorced.
_DIVORCE_PENDING = re.compile(
    r"\b(?:le|mon|notre) divorce (?:n.est|n.a) pas (?:encore )?(?:ete )?(?:fait|prononce|termine|fini|passe)\b"
)


def _read_couple(folded: str, writer: Writer) -> None:
    for value, pattern in COUPLE_VALUES.items():
        for m in _said(folded, pattern):
            state = _present(folded, m)
            if (
                PAST_COUPLE_TOLD
                and value in TOGETHER
                and _COUPLE_TOLD_PAST.search(folded[max(0, m.start() - 60) : m.start()])
            ):
                continue
            if state == "yes":
                writer.couple.add(value)
            elif state == "no" and (value in NEAR or (possessives.DENIED_COUPLE and value in TOGETHER)):
                writer.not_couple.add(value)  # "je ne suis pas divorcée", "pas encore divorcés", "pas en couple"
    if _DIVORCE_PENDING.search(folded):
        writer.not_couple.add("divorced")  # "séparée de fait : le divorce n'est pas fait"
    writer.not_couple -= writer.couple
    left = [m.group() for m in _PARTNER_LEFT.finditer(folded)]
    # "mon ex-mari …, je me suis remariée avec …": a writer who left an ex and lives with a new partner is a couple.
    anew = all(re.match(r"(?:mon|ma) ex\b", m) for m in left) and writer.couple & TOGETHER
    if left and not anew and not writer.couple & {"pacs"}:
        writer.couple = (writer.couple - {"married", "couple"}) | {"separated"}  # "mon mari est parti l'an dernier"
    if _LIVES_WITH_NAMED.search(folded):
        writer.couple.add("couple")  # "depuis un an je vis avec [PERSONNE_4], 35 ans, kinésithérapeute"
    if re.search(r"\b(?:me|nous) (?:remettre|remets|remet) en couple\b", folded) and not writer.couple & TOGETHER:
        writer.couple.add("alone")  # "je vais bientôt me remettre en couple": alone now
    if LIVING_APART and _LIVING_APART.search(folded) and not writer.couple & {"widowed"}:
        writer.couple = (writer.couple - {"couple"}) | {"separated"}
    partner_words.read_widowhood(folded, writer.couple)  # a named partner's death, another's (`partner_words`)
    if "widowed" in writer.couple:
        writer.couple -= {"married", "couple"}  # "mon mari est décédé": no husband now
    if re.search(
        r"\b(?:ma femme|mon mari|mon epou\w*|mon conjoint|ma conjointe)\s+et moi\b|\bnous sommes maries\b", folded
    ):
        writer.couple.add("married")
    past_ties.end_pacs(folded, writer.couple, writer.not_couple)  # « le Pacs a pris fin » (`past_ties`)
    past_ties.end_marriage(folded, writer.couple, writer.not_couple)  # « nous avons divorcé » (`past_ties`)
    dependants.unmarry(folded, writer)  # « on a jamais ete maries » is no marriage (`dependants`)
    partner_words.read_unmarried(folded, writer)  # a Pacs, a free union, « pas mariés » (`partner_words`)


def _read_housing(folded: str, writer: Writer) -> None:
    if re.search(
        r"\bje (?:loue|suis locataire)\b|\blocataire\b|\bmon (?:proprietaire|bailleur|loyer)\b|\bma caution\b"
        r"|\bmon bail\b|\b(?:mon|ma|le|la) proprio\b|\bje suis en location\b",
        folded,
    ):
        writer.housing.add("tenant")
    if re.search(
        r"\b(?:je suis|sommes|suis) proprietaires?\b|\bproprietaire (?:d.une|d.un|de (?:ma|mon|notre))\b"
        r"|\b(?:appartement|maison|logement|studio) qui (?:m|nous).appartient\b",  # "un appartement qui m'appartient"
        folded,
    ):
        writer.housing.add("owner")
    if resources.bought_home(folded):
        writer.housing.add("owner")  # « nous avons acheté notre maison » (`resources`)
    if _HOSTED.search(folded) or restated.hosted_message(folded):  # « je dors chez ma mère » (`restated`)
        writer.housing.add("hosted")
    writer.housing |= read_home(folded)  # "je suis à la rue", "je ne suis pas à la rue" (`homeless`)
    writer.past_housing = finished.past_homes(folded)  # « avant, j'étais locataire », « mon bail a pris fin »
    writer.housing -= writer.past_housing


def _read_income(folded: str, writer: Writer) -> None:
    monthly: set[float] = set()
    for m in _INCOME.finditer(folded):
        if re.search(r"\bloyer\b[^.;,?!]{0,25}$", folded[max(0, m.start() - 30) : m.start()]):
            continue  # "notre loyer est de 650 euros par mois" is no income
        if others_money(re.split(r"[.;?!\n]", folded[max(0, m.start() - 120) : m.start()])[-1]):
            continue  # "mon ex-mari gagne 5 000 euros par mois"
        amount = float(re.sub(r"\D", "", m.group(1)))
        period = next((n for word, n in PERIOD_MONTHS.items() if word in m.group(2)), 1)
        if amount >= 200:
            writer.monthly_income.add(round(amount / period, 2))
            if period == 1:
                monthly.add(amount)
    writer.low_income = bool(_LOW_INCOME.search(folded)) or any(v < 1600 for v in monthly)


_FIRST_PERSON = re.compile(r"\b(?:je|j.|moi|jsuis|chuis)\b")  # "jsuis apprentie en 2e année de CAP"
_OTHER_PERSON = re.compile(rf"{OTHER_PERSON_NAMED.pattern}|{PLACEHOLDER.pattern}|\b(?:il|elle)\b")


def _read_work_and_studies(folded: str, writer: Writer) -> None:
    """The writer's contract now, working time, school or study level, and every duration the message gives."""
    for value, pattern in CONTRACTS.items():
        for m in _said(folded, pattern):
            if _present(folded, m) == "yes" and contract_now(folded, m.start()):
                writer.contracts.add(value)
    for m in resources.fixed_terms(folded):  # « un contrat de six mois » is a CDD (`resources`)
        if _present(folded, m) == "yes" and contract_now(folded, m.start()):
            writer.contracts.add("cdd")
    for value, pattern in JOB_ENDS.items():
        writer.job_ends |= {value for m in _said(folded, pattern) if _present(folded, m) == "yes"}
    for piece in re.split(r"[,;.?!\n(]|\bet\b|\bmais\b", folded):
        if not _FIRST_PERSON.search(piece) or _OTHER_PERSON.search(piece):
            continue
        writer.levels |= read_levels(piece)
    for piece in re.split(r"[,;.?!\n(]|\bet\b|\bmais\b", folded):
        if _OTHER_PERSON.search(piece):
            continue  # "mon mari travaille à temps plein"
        times, hours = read_hours(piece)
        writer.working_time |= times
        writer.weekly_hours |= hours
        writer.seasons |= read_seasons(piece)
    writer.grant_steps = {int(m.group(1)) for m in re.finditer(r"\bbours\w*[^.;?!]{0,30}?\bechelon (\d)\b", folded)}
    writer.durations = read_durations(folded)
    writer.durations |= reckoned_ages.year_spans(folded)  # « de 2015 à 2022 » (`reckoned_ages`)
    writer.finished_lengths = finished.read_finished(folded)  # « j'ai vécu dix ans en Espagne » (`finished`)
    writer.open_since = open_since(folded)


# A trade held by someone out of work ("je suis cariste, j'ai perdu mon emploi au printemps").
_OUT_OF_WORK = re.compile(
    r"\bperdu (?:mon|ma|son) (?:emploi|travail|boulot|poste|job)\b"
    r"|\bcherche\w* (?:un |du )?(?:emploi|travail|boulot)\b|\bsans (?:emploi|travail|boulot)\b"
    r"|\bfin de (?:contrat|mission)\b"
)


# The contracts of an employee: a writer who holds one now is an employee ("CDI signé le 3 mars"). Not an interim
# worker's mission nor a work-study contract: "vous êtes embauché en CDD ou en CDI" to an interim worker stays open.
_PRIVATE_CONTRACTS = {"cdi", "cdd"}


# A month abbreviated after its day ("le 4 nov", "12 dec."), as people write dates: read as the month.
_SHORT_MONTH = re.compile(r"\b(1er|\d{1,2}) (janv|fevr?|avr|juil|sept|oct|nov|dec)\b\.?")
_SHORT_MONTHS = {
    "janv": "janvier",
    "fev": "fevrier",
    "fevr": "fevrier",
    "avr": "avril",
    "juil": "juillet",
    "sept": "septembre",
    "oct": "octobre",
    "nov": "novembre",
    "dec": "decembre",
}


def read_writer(message: str) -> Writer:
    """What a (pseudonymised) message says about its writer; placeholders say nothing."""
    folded = corrected(spell_digits(fold(message)))  # "depuis 2019, pardon, en 2020" read as 2020 (`corrections`)
    folded = _SHORT_MONTH.sub(lambda m: f"{m.group(1)} {_SHORT_MONTHS[m.group(2)]}", folded)
    writer = Writer()
    for read in (
        _read_activity,
        _read_benefits,
        _read_age,
        _read_children,
        _read_couple,
        _read_housing,
        _read_income,
        _read_work_and_studies,
    ):
        read(folded, writer)
    writer.nationality = _nationalities(folded)
    writer.residence = _places(folded)
    for value, pattern in SITUATIONS.items():
        writer.situations |= {value for m in _said(folded, pattern) if _present(folded, m) == "yes"}
    writer.months = {MONTHS.index(m) + 1 for m in re.findall(rf"\b({MONTH})\b", folded)}
    writer.months |= season_months(folded)  # "depuis l'été dernier" (`events`)
    writer.years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", folded)}
    writer.years |= short_birth_years(folded)  # "né en 79": 1979
    if not _LOOSE_DAY.search(folded):  # "le 20", "dès le lendemain": a day the draft may have worked out
        writer.day_months = day_months(folded)
    writer.dated = bool(_DATE_IN_MESSAGE.search(folded))
    writer.relatives = read_relatives(folded)
    implied = read_children(without_grandchildren(folded))
    if not any(n > 0 for n in writer.children):
        writer.children |= implied.counts
    writer.children_at_least = implied.at_least
    writer.children = computed.summed_children(folded, writer.children)  # "deux garçons et une fille" (`computed`)
    writer.has_children = writer.has_children or bool(implied.counts or implied.at_least)
    if implied.ages:
        writer.relatives.setdefault("child", Relative()).ages.update(implied.ages)
    writer.age_floor = age_floor({name: r.ages for name, r in writer.relatives.items()})
    writer.papers = read_papers(folded)
    writer.events = read_events(folded)
    writer.totals = read_totals(folded)
    writer.periods = read_periods(folded)
    writer.near_kin = read_near_kin(folded)
    writer.shares, writer.weekdays = read_shares(folded)
    writer.own_ends, writer.others_ends = read_others_ends(folded)
    writer.partner_nations = read_partner_nations(folded)
    writer.permits = read_permits(folded)
    writer.particulars = read_particulars(folded)
    writer.sums = read_sums(folded)
    writer.sums += computed.derived_sums(folded, writer.sums)  # a half, a double, a percentage (`computed`)
    writer.sums += resources.rent_shares(folded, writer.sums)  # « on paie moitié-moitié » (`resources`)
    writer.child_ages = read_child_ages(folded)
    reckoned_ages.shift_coming(folded, writer)  # « elle aura 18 ans en mars » is 17 today (`reckoned_ages`)
    reckoned_ages.relative_birth_ages(folded, writer)  # « ma mère, née en 1940 » (`reckoned_ages`)
    reckoned_sums.read_reckoned(folded, writer)  # hours in pieces, gaps, changes (`reckoned_sums`)
    writer.age_counts = computed.read_age_counts(folded)  # "mes enfants ont 2, 5 et 8 ans" (`computed`)
    writer.retirement = read_retirement(folded)
    writer.denied = read_denied(folded)  # "je n'ai reçu aucune indemnité" (`denied_things`)
    writer.unowned = read_unowned(folded, writer.denied, writer.particulars.car)  # "pas de voiture" (`possessives`)
    writer.contribution_years = read_contribution_years(folded)  # "41 années de cotisation" (`contribution_years`)
    writer.own_jobs, writer.others_jobs = read_jobs(folded)
    writer.named_jobs = frozenset(named_jobs(folded))
    writer.timings = read_timings(folded)  # "je serai à la retraite en juin": pending (`timing`)
    writer.former = read_former(folded)  # "j'habitais à Metz jusqu'en 2024" (`former`)
    writer.places = read_places(folded)  # where the writer lives, works, was born, by role (`places`)
    writer.qualified = read_qualified(folded)  # "en attente de", "à titre provisoire" (`qualifiers`)
    writer.negations = negations.read_negations(folded)  # "je n'ai jamais été condamné" (`negations`)
    writer.exceptions = negations.read_exceptions(folded)  # "aucun revenu sauf une pension" (`negations`)
    writer.orders = event_order.read_orders(folded)  # « déménagé en mars et ensuite … » (`event_order`)
    writer.health = health_figures.read_health(folded)  # a GIR, a category, hours of help (`health_figures`)
    writer.dependants = dependants.read_dependants(folded)  # custody, a birth, a parent taken in (`dependants`)
    writer.home = housing_figures.read_home(folded)  # rooms, surface, sector, flatshare, move-in (`housing_figures`)
    restated.read_restated(folded, writer)  # figures and their units, « chacun », the host, a loan (`restated`)
    moved_facts.read_moved(folded, writer)  # named children, years of work, quarters (`moved_facts`)
    swapped_facts.read_swapped(folded, writer)  # the years of facts, the birthplace (`swapped_facts`)
    writer.agos = relative_dates.read_agos(folded)  # « il y a trois mois », « le mois dernier » (`relative_dates`)
    if (
        writer.contracts & _PRIVATE_CONTRACTS
        and not writer.contracts & {"tenured", "contractual"}
        and not writer.job_ends  # "fin de CDD dans une boulangerie": a contract ended, no employee now
        and not _OUT_OF_WORK.search(folded)
    ):
        writer.activity |= {"employee", "working"}  # "CDI signé le 3 mars": an employee, no craftsman
    writer.own_places, writer.others_places, writer.past_places = read_workplaces(folded)
    past_activity, past_benefits = read_past(folded)
    writer.past_activity = past_activity - writer.activity
    writer.past_benefits = past_benefits - writer.benefits
    if (
        writer.own_jobs
        and not writer.activity & {"jobseeker", "retired", "inactive", "student", "pupil"}
        and not writer.job_ends
        and not _OUT_OF_WORK.search(folded)
    ):
        writer.activity.add("working")  # "je suis comptable": at work, not "je suis cariste, j'ai perdu mon emploi"
    return writer
