"""The office's own services asked of it, read out of scope by the model (fifty-fourth pass of issue 12,
engineer-gi).

The model learnt out of scope from words that are another body's elsewhere, and reads some requests for the office's
own services as someone else's: a mairie asked about its crèche, its cantine and périscolaire, its cemetery, its
civil registers, its electoral rolls or its own local taxes (« comment s'inscrire sur la liste d'attente de la crèche
municipale ? », « acheter une concession de trente ans au cimetière », « ma procuration est-elle arrivée au bureau de
vote ? », « comment se reverse la taxe de séjour ? »); a CAF asked about its own aids (the prime d'activité, the APL,
the RSA, the PAJE …); a CPAM about its own reimbursements (glasses, a paper feuille de soins, daily allowances, a
medical taxi, the C2S). Beside them stay flagged the true out-of-scope asks of the same words addressed to the wrong
body — a cantine asked of the CAF, a crèche or an APL file asked of the CPAM, a prime d'activité asked of the mairie —
and another party's act asked in the sentence (« pouvez-vous obliger ma mutuelle à payer ? »).

Each reading drops, in place, the model's out of scope only (none a rule set: `competent` is None) where the office
written to is the one the reading names (its profile, `triage_profiles`), the message names one of that office's
services in its subject line or in a sentence that asks, the message names no other party (a mutuelle, a
prévoyance, an insurer, a bank, an operator, a landlord, a notary, a foreign registry: `_PARTY`) and asks no act on
someone else (« les obliger », « à ma place », « leur demander »: `_ON_ANOTHER`) — in the corpora the office's aid
is most often named as the context of a landlord's or a prévoyance's matter —, and no topic of another body is named
(`triage_topics`: a topic none of whose profiles is the office's, such as the tax office's income tax or France
Travail's benefits). Reads no score.

Switches, read at call time (set one off in a test: `triage_own_services.TOWN_SERVICES_GATE = False`):

- `TOWN_SERVICES_GATE`: at a mairie (or its CCAS), the crèche and halte-garderie, the cantine, the périscolaire and
  the centre de loisirs, the cemetery and its concessions, the civil registers (acts, livret de famille, a
  reconnaissance, a wedding), the electoral rolls and the procurations, the commune's own taxes (taxe de séjour,
  household waste charge, droits de place);
- `FUND_AIDS_GATE`: at a CAF, its aids (prime d'activité, RSA, APL / ALS / ALF, allocations familiales, PAJE and
  birth grant, CMG, AAH, ARS, ASF, AEEH, AJPP, PreParE, complément familial, ARIPA);
- `CARE_REFUNDS_GATE`: at a CPAM (the assurance maladie), its reimbursements and benefits (a reimbursement, a
  feuille de soins, the tiers payant, daily allowances, the C2S, a medical transport, the 100 % santé).
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_topics import TOPICS, topic_scores

# Measured (fifty-fourth pass, docs/benchmarks.md, train + validation, the shipped artefact; all 34 gold out-of-scope
# scan hits run, 456 of the 1,256 others): the model already reads batch gi's own-service asks in scope.
# TOWN_SERVICES_GATE: 2 golds down (tri-o-116, a cantine's caterer asked to refund; tri-q-133), none up.
TOWN_SERVICES_GATE = False
# FUND_AIDS_GATE: 5 golds down (en-060, tri-af-010, tri-ah-035, tri-at-123, fg-011: the aid named as a lever),
# none up.
FUND_AIDS_GATE = False
# CARE_REFUNDS_GATE: 4 golds down (tri-bj-050, tri-y-002, tri-ab-060, tri-bb-009), 1 up (tri-n-s20).
CARE_REFUNDS_GATE = False

_TOWN = re.compile(
    r"\bcreches?\b|\bhalte[- ]garderie\b|\bmulti[- ]accueil\b|\bcantines?\b|\brestauration scolaire\b"
    r"|\bperiscolaire\b|\bcentre (?:de|des) loisirs\b|\baccueil de loisirs\b|\bgarderie\b"
    r"|\bcimetieres?\b|\bconcessions? (?:funeraires?|au cimetiere|de \w+ ans|familiale)\b|\bcolumbarium\b"
    r"|\betat civil\b|\bactes? (?:integral |de naissance|de mariage|de deces)|\blivret de famille\b"
    r"|\breconnaissance anticipee\b|\b(?:nous|se|me|vous) marier\b|\bdossier de mariage\b"
    r"|\blistes? electorales?\b|\bbureau de vote\b|\bprocuration\b|\bcarte electorale\b"
    r"|\btaxe de sejour\b|\b(?:taxe|redevance) (?:d'enlevement )?(?:des )?ordures\b|\bdroits? de (?:place|terrasse)\b"
)
_FUND = re.compile(
    r"\bprime d'activite\b|\brsa\b|\bapl\b|\bals\b|\balf\b|\baides? (?:personnalisee )?au logement\b"
    r"|\ballocations? (?:de )?logement\b|\ballocations? familiales\b|\bpaje\b|\bprime (?:a la )?naissance\b"
    r"|\bcmg\b|\bcomplement (?:de )?(?:libre choix du )?mode de garde\b|\baah\b"
    r"|\ballocation (?:aux )?adultes? handicape"
    r"|\bars\b|\ballocation de rentree scolaire\b|\basf\b|\ballocation de soutien familial\b|\baeeh\b|\bajpp\b"
    r"|\bprepare\b|\bcomplement familial\b|\baripa\b"
)
_CARE = re.compile(
    r"\brembours\w*|\bfeuilles? de soins\b|\btiers payant\b|\bindemnites journalieres\b|\bij\b"
    r"|\bcomplementaire sante solidaire\b|\bc2s\b|\btransports? (?:sanitaires?|medicaux)\b|\btaxi conventionne\b"
    r"|\bvsl\b|\b100 ?% sante\b"
)
# Which reading holds at which office: (switch name, office profile, the office's services).
_READINGS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("TOWN_SERVICES_GATE", "mairie", _TOWN),
    ("FUND_AIDS_GATE", "caf", _FUND),
    ("CARE_REFUNDS_GATE", "maladie", _CARE),
)
# Another party named anywhere in the message: a private party (a mutuelle, a prévoyance, an insurer, a bank, an
# operator, a landlord, a notary, a syndic) or a foreign registry; the office's service is then the context of
# another party's matter (« comme vous me versez l'APL, pouvez-vous ordonner au propriétaire … »).
_PARTY = re.compile(
    r"\bmutuelles?\b|\bcomplementaire(?! sante solidaire)\b|\bprevoyance\b|\bassureurs?\b|\bassurances?(?! maladie)\b"
    r"|\baxa\b|\bbanques?\b|\boperateur\b|\bproprietaires?\b|\bproprio\b|\bbailleur\b|\bnotaire\b|\bsyndic\b"
    r"|\bagence\b|\bcomune\b|\bconsulat\b|\bambassade\b"
)
# An act asked of the office on someone else (« les obliger », « à ma place », « leur demander »).
_ON_ANOTHER = re.compile(
    r"\b(?:obliger|ordonner|forcer|contraindre)\b|\ba ma place\b|\bleur (?:demander|ecrire|dire|ordonner)\b"
    r"|\b(?:les|le|la|lui) (?:obliger|relancer|appeler|contacter|forcer)\b|\bverser directement\b"
)
# A sentence that asks.
_ASK = re.compile(
    r"\?|\b(?:pouvez|pourriez)[- ]vous\b|\bvous (?:pouvez|pourriez)\b|\bmerci de\b|\bcomment\b|\best-ce qu"
    r"|\bje (?:voudrais|souhaite|souhaiterais|veux|dois)\b"
)
_SPLIT = re.compile(r"(?<=[.?!\n])")


def _other_body_topic(profile: str, folded: str) -> bool:
    """A topic named in the message that none of the office's profile owns (`triage_topics.TOPICS`)."""
    named = topic_scores("", folded)
    return any(topic.key in named and profile not in topic.profiles for topic in TOPICS)


def _asked(services: re.Pattern[str], folded: str) -> bool:
    """The service named in the title (the first line) or in a sentence that asks."""
    title = folded.split("\n", 1)[0]
    return bool(services.search(title)) or any(
        _ASK.search(part) and services.search(part) for part in _SPLIT.split(folded)
    )


def own_service_reading(profiles: set[str], folded: str) -> str | None:
    """The switch whose reading holds: the office's own service named, no party asked, no other body's topic."""
    for switch, profile, services in _READINGS:
        if not globals()[switch] or profile not in profiles or not _asked(services, folded):
            continue
        if _PARTY.search(folded) or _ON_ANOTHER.search(folded) or _other_body_topic(profile, folded):
            continue
        return switch
    return None


def without_own_service_out_of_scope(
    labels: list[str],
    learned: list[str],
    evidence: dict[str, list[str]],
    competent: dict[str, str] | None,
    profiles: set[str],
    folded: str,
) -> None:
    """Drop, in place, the model's out of scope (none a rule set) where the office's own service is asked
    (`own_service_reading`)."""
    if TriageLabel.OUT_OF_SCOPE in learned and competent is None and own_service_reading(profiles, folded):
        labels.remove(TriageLabel.OUT_OF_SCOPE)
        learned.remove(TriageLabel.OUT_OF_SCOPE)
        evidence.pop(TriageLabel.OUT_OF_SCOPE, None)
