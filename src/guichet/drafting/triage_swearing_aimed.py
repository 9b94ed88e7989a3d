"""What a swear word is aimed at: a thing or a situation, or the office (forty-eighth pass of issue 12, engineer-fj).

The abusive label is for insults, threats and harassment aimed at the agents or the service. The abusive rules
(`triage_abuse_rules`) fire on the swear word itself (« putain », « merde », « bordel »), wherever it points, and
`_PHYSICAL` spares only fate, a bad month and rotten walls: « Cette putain de carte Vitale ne marche plus », « ce
site de merde me met une erreur », « Putain de dégât des eaux », « la borne est encore en rade, quelle merde »,
« Bordel, on m'a coupé l'ARE » were read as abuse (fe-006, fe-052, fc-012, dz-021; batch fj). French swears at a
lost card, a printer, a telephone queue, an illness or a bad day as readily as at a person; the swear word is abuse
only when what it qualifies is the office, its people or the writer's addressee.

Two switches, each read at call time:

* ``THING_SWEAR_RULE``: the abusive rules read the text without the swear words aimed at a thing or a situation
  (`without_swearing_at_things`):
  - « putain de/d' X » and « X (adjectif) de merde » where X is no body of the administration, no person, no insult,
    and is not the writer's addressee's (« votre site de merde », « vos papiers de merde » stay: what the office
    owns is the office), nor said of the addressee (« vous êtes un service de merde »); « des X de merde » stays
    too (« des racistes de merde »: a plural of people, whatever the noun);
  - the interjections aimed at nothing: « quelle merde ! », « merde merde merde », and « Bordel, … », « Merde. … »
    opening a sentence. « Remboursez-moi, bordel » (an order to the office) stays.
* ``THING_SWEAR_MODEL_GATE``: the learned model's abusive, where no abusive rule fired and such swearing is in the
  message, is scored again on the title and body with those swear words taken out; it is dropped when the message
  then no longer reaches the label's threshold (« FAIT CHIER CE SERVEUR VOCAL DE MERDE » scored 0.38).

An insult aimed at the agents (« bande d'incapables », « vous êtes des guignols ») is never touched: its words are the
abusive rules' own and are not blanked here.

Pure string functions on folded text (`triage_cues.fold`), and one re-reading with the shipped model.
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_model import TriageModel
from guichet.drafting.triage_rescore import abusive_without, blank_out, blanked

# Switches, read at each call (docs/benchmarks.md, forty-eighth pass).
THING_SWEAR_RULE = True
THING_SWEAR_MODEL_GATE = True

# What a swear word may not be aimed at without being abuse: the administration's bodies, its services and people,
# the assistant that reads the message, the state, and people in general.
_OFFICE = (
    r"caf|cpam|msa|mairie|mairies|prefecture|prefectures|sous-prefecture|administrations?|admin|services?|agents?"
    r"|agentes?|agence|agences|conseill\w*|fonctionnaires?|guichets?|guichetier\w*|caisses?|secu|securite|urssaf"
    r"|impots|fisc|tresor|france|pole|ccas|mdph|ants|anef|crous|cnav|carsat|etat|gouvernement|ministere|ministres?"
    r"|prefet|prefete|maire|juge|juges|tribunal|robots?|bot|bots|ia|chatbot|assistant|assistante|machine|machines"
    r"|personnel|employe\w*|responsables?|chefs?|cheffe|directeur|directrice|controleur\w*|inspecteur\w*|medecins?"
    r"|toubibs?|secretaire|standardiste|accueil|gens|types?|mecs?|nanas?|bonhommes?|femmes?|hommes?|connard\w*"
    r"|racistes?|fachos?|incapables?|incompetent\w*|faineants?|bureaucrates?|parasites?|branleu\w*|nuls?|abrutis?"
    r"|cretins?|imbeciles?|debiles?|idiots?|voleurs?|escrocs?|salauds?|enfoires?|batards?|ordures?|planques?"
    r"|larbins?|rapaces?|vautours?|clowns?|guignols?|tocards?|minables?|pourris?|sous-merdes?|merdes?|flics?"
    r"|policiers?|gendarmes?|elus?|politiques?|politiciens?|vous|toi|tu|lui|elle|eux"
)
_OFFICE_WORD = re.compile(rf"^(?:{_OFFICE})$")
# Determiners that do not point at the writer's addressee (not « votre », « vos », « ton », « ta », « tes »), and not
# the plural « des », which heads lists of people (« des racistes de merde »).
_DETERMINER = (
    r"(?:l' ?|(?:ce|cet|cette|ces|le|la|les|un|une|du|quel|quelle|quels|quelles|mon|ma|mes|son|sa|ses|leur|leurs) )"
)
# « putain de X », « ce putain de X », « putain d'X »: the noun after it.
_PUTAIN_OF = re.compile(r"\bputains? d(?:e |')(?:(?:la|le|l') ?)?(?P<noun>[\w-]+)")
# « ce site de merde », « ce serveur vocal de merde », « cette musique d'attente de merde », « l'appli de merde »: a
# determined noun, one word or one « de »-complement after it.
_OF_MERDE = re.compile(
    rf"\b{_DETERMINER}(?:(?:putain|foutue?s?|sale|satane\w*) (?:de |d')?)?(?P<noun>[\w-]+)"
    r"(?: (?P<adj>[\w-]+)| d(?:e |')(?P<complement>[\w-]+))? (?:de merde|de mes deux|merdiques?)\b"
)
# Said of the addressee: « vous êtes un … de merde », « t'es qu'un … ».
_OF_ADDRESSEE = re.compile(
    r"\b(?:vous etes|vous n'etes|t'es|tu es|tu n'es|vs etes|c'est vous|c'est toi|espece|especes|bande|sale|sales)"
    r"(?: (?:vraiment|tous|toutes|qu'|que|juste|bien))*\W*$"
)
# Interjections aimed at nothing: « quelle merde ! », « merde merde merde », and « Bordel, … » or « Merde. … »
# opening a sentence (« Remboursez-moi, bordel » ends an order to the office and is not touched).
_INTERJECTIONS = re.compile(
    r"\bquelle merde\b(?= *(?:[.!?,;:…]|$))"
    r"|\bmerde(?:[ ,!.…]+merde)+\b"
    r"|(?:^|(?<=[.!?…\n]))[ \"'(]*(?:(?:oh|ah|eh|et|mais|ah non|oh non) )?(?:merde|bordel|putain)\b"
    r"(?= *(?:[,.!?…;:]|$))",
    re.MULTILINE,
)


def _aimed_at_nobody(folded: str, match: re.Match[str]) -> bool:
    """The noun a swear word qualifies is no office, person or insult, and the phrase is not said of the addressee."""
    groups = match.groupdict()
    words = [word for word in (groups.get("noun"), groups.get("adj"), groups.get("complement")) if word]
    if any(_OFFICE_WORD.match(word) for word in words):
        return False
    start = max(folded.rfind(stop, 0, match.start()) for stop in ".!?\n,;") + 1
    return _OF_ADDRESSEE.search(folded[start : match.start()]) is None


def thing_swear_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of a folded text where a swear word is aimed at a thing or a situation, or at nothing."""
    spans = [m.span() for m in _INTERJECTIONS.finditer(folded)]
    for pattern in (_PUTAIN_OF, _OF_MERDE):
        spans += [m.span() for m in pattern.finditer(folded) if _aimed_at_nobody(folded, m)]
    return sorted(spans)


def without_swearing_at_things(folded: str) -> str:
    """The folded text the abusive rules read: without the swear words aimed at a thing, a situation or nothing
    (unchanged when `THING_SWEAR_RULE` is off)."""
    if not THING_SWEAR_RULE:
        return folded
    return blanked(folded, thing_swear_spans(folded))


def _taken_out(text: str) -> str:
    """`text` (title or body, not folded) without its swear words aimed at things (`triage_rescore.blank_out`)."""
    return blank_out(text, thing_swear_spans)


def without_thing_swear_abuse(
    model: TriageModel, kept: list[str], taken: Collection[str], title: str, body: str, admin_text: str
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that no rule set (`taken`) and that only swear words
    aimed at things gave: scored again without them, the message no longer reaches the label's threshold."""
    label = TriageLabel.ABUSIVE
    if not THING_SWEAR_MODEL_GATE or label in taken or label not in kept:
        return kept
    return abusive_without(model, kept, (title, body, admin_text), _taken_out)


# The other direction: an insult aimed at the agents in words the abusive rules do not know, said as an apostrophe.
# Switch, read at each call of `aimed_insult_hits`; shipped off (docs/benchmarks.md: no abusive message of train or
# validation is missed today, so no gain to measure; the unseen « Incompétents, trois mois pour un récépissé » kind).
AIMED_INSULT_RULE = False

# Words of contempt for people's competence that the abusive rules lack.
_CONTEMPT = (
    r"incompetent(?:e|s|es)?|nul(?:le|s|les)?|bons? a rien|bonnes? a rien|branquignols?|clowns?|charlots?|anes?"
    r"|larbins?|branleu(?:r|rs|se|ses)|boulets?|amateurs?|pieds nickeles|manches|baltringues?|bras casses"
    r"|incapables?|faineants?|guignols?|tocards?|cretins?|abrutis?|idiots?|imbeciles?|nazes?|nullards?"
)
_AIMED_INSULT = re.compile(
    # The insult alone opening the message or a sentence, as an apostrophe (« Incompétents, trois mois pour … »,
    # « Branquignols. Mon permis … »); « Nul ne peut … » is no apostrophe (a capital-free « nul » followed by a verb).
    rf"(?:^|(?<=[.!?…\n]))[ \"'(]*(?:(?:vraiment|quels?|quelles?|tous|bande d'|bande de|tas d'|tas de) )?"
    rf"(?:{_CONTEMPT})(?: (?:que vous etes|finis?|de merde))?(?= *[,.!?…;:]| *$)"
    # Said of the addressee or the office: « vous êtes (vraiment) des incompétents », « service de nuls »,
    # « t'es qu'une incompétente », « votre conseiller est un gros nul ».
    rf"|\b(?:vous etes|vous n'etes qu'|t'es|tu es|tu n'es qu'|vs etes)(?: (?:vraiment|tous|toutes|qu'|que|juste|bien"
    rf"|completement|franchement))* (?:des |une |un |de |d')?(?:(?:gros|grosse|sacres?|beaux?|belle|vrais?) )?"
    rf"(?:{_CONTEMPT})\b"
    rf"|\b(?:service|administration|caisse|agence|bureau|equipe|bande|tas|ramassis) d(?:e |')(?:{_CONTEMPT})\b"
    rf"|\b(?:votre|ton|ta|mon|ma|le|la|cette|ce) (?:conseill\w+|agent\w*|gestionnaire|service|caisse|administration"
    rf"|referent\w*|interlocut\w+|fonctionnaire) (?:est|etait) (?:un |une )?(?:(?:gros|grosse|vrai|vraie|parfait"
    rf"|parfaite|sacre|sacree) )?(?:{_CONTEMPT})\b",
    re.MULTILINE,
)


def aimed_insult_hits(folded: str) -> list[str]:
    """The insults aimed at the agents or the office in words the abusive rules lack (none when
    `AIMED_INSULT_RULE` is off now)."""
    if not AIMED_INSULT_RULE:
        return []
    return [m.group().strip() for m in _AIMED_INSULT.finditer(folded)]
