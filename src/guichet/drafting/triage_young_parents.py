"""A young parent's overload is no danger (fiftieth pass of issue 12, engineer-fr).

A mother whose baby « ne fait pas ses nuits » writes « je suis à bout, je craque un peu » before asking where her
birth grant is; a father « mort de fatigue » asks how to declare his paternity leave; a solo mother of twins « pleure
de fatigue tous les soirs » and asks for the family support allowance. The learned model reads the words of the
sleepless weeks (« à bout », « je craque », « au secours », « SOS », « je ne dors plus ») as distress (fr-010's
whole message scored 0.88), and the flat-danger rules read « au bout du rouleau » as a suicide and « j'ai eu la peur
de ma vie » (a fright over a child's fever, treated) as a fear for one's life. The forty-eighth pass's quiet-hardship
gate leaves those words alone on purpose: said bare, « à bout » and « je craque » are how despair is written. Said
by a parent of the nights and the care of a baby, before an ordinary question, they are the context, not the danger.

Three readings, each with its switch:

* ``PARENT_OVERLOAD_GATE``: where no distress rule fired, no warning sign of suicide and no sign of acute hardship is
  read (`triage_rescore.distress_without`), the message is about a baby or a young child (`_YOUNG_CHILD`: a birth, a
  pregnancy, a crèche, a childminder, the PAJE, a parental leave, a baby's nights), asks something (`_ASKS`), says
  nothing of a danger to the child, to the writer or at home (`_DANGER`), and says a parent's overload
  (`_OVERLOAD`), the model's distress is scored again on the title and body with that wording taken out. It is
  dropped only when neither the whole message nor a sentence window then reaches the label's threshold: a danger said
  anywhere else keeps it, and so does every rule.
* ``PARENT_ROULEAU_RULE``: the suicide rule's « au bout du rouleau » is not read where the same message is such a
  parent's overload with a question (the same three conditions and no danger); every other suicide word still fires.
* ``FRIGHT_FIGURE_RULE``: « la peur de ma vie » (« j'ai eu la peur de ma vie », « la plus grande peur de ma vie »)
  names a fright, not a fear *for* one's life: the violence rule's « peur de ma vie » is not read when it is said
  with the article and nothing else of violence is. « J'ai peur pour ma vie », « peur de ma vie » without the article
  still fire.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_rescore import distress_without, without_matches

# Switches (fiftieth pass, docs/benchmarks.md): read at call time. The gate ships on: it moves fr-011 (validation) and
# three train messages from a false distress to their gold labels and nothing else, on validation (2,678 + 9) and
# train. The two rules ship off: each gains on train only (fr-014 for the rouleau; fr-046 for the fright, with the
# gate), no validation message says either phrase in their reading.
PARENT_OVERLOAD_GATE = True
PARENT_ROULEAU_RULE = False
FRIGHT_FIGURE_RULE = False

_KID = r"(?:bebes?|nourrissons?|nouveau-nes?|nouveau-nee|jumeaux|jumelles|triples|premature\w*|petite?|petits)"
_CHILD_AGE = (
    r"\b(?:mon|ma|notre|nos|mes|le|la|les) (?:fils|fille|filles|enfants?|garcon|petite?|jumeaux|bebes?)"
    r" (?:de|a|ont|a) (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quatorze|dix-huit)"
    r" (?:semaines|mois|ans?)\b"
)
# A message about a baby or a young child and its care, on folded text.
_YOUNG_CHILD = re.compile(
    rf"\b{_KID}\b|{_CHILD_AGE}"
    r"|\b(?:naissance|accouche\w*|accouchement|grossesse|enceinte|maternite|paternite|sage-femme|neonat\w*"
    r"|creches?|micro-creches?|assistantes? maternelles?|nounou|pajemploi|paje|prepare|cmg"
    r"|conge (?:parental|maternite|de maternite|paternite|de paternite)|biberons?|couches|coliques|allaitement"
    r"|reconnaissance anticipee|(?:maman|papa|parent|mere|pere) solo)\b"
)
# The message asks something: a question mark, or a request said in words.
_ASKS = re.compile(
    r"\?|\b(?:je voudrais|je voulais (?:savoir|demander)|j'aimerais|je souhaite|je souhaiterais|pourriez-vous"
    r"|pouvez-vous|merci de (?:m'|me )|(?:dites|indiquez)-moi)\b"
)
# A danger to the child, to the writer or at home: the gate and the rule never act then.
_DANGER = re.compile(
    r"\b(?:mal a (?:mon|ma|notre|mes|nos|ce|cet|cette) |secou(?:e|er|ee|es|ees|ait|ant|ent)\b"
    r"|pensees? (?:horribles?|noires?|sombres?|bizarres?)"
    r"|mieux sans moi|(?:plus|pas) me reveiller|disparaitre|mourir\b(?! de (?:peur|rire|fatigue|envie))|en finir"
    r"|sauter|suicid\w*|me tuer|frapp\w+|bat\b|battu\w*|coups?\b(?! de (?:main|fil|pouce|telephone))"
    r"|violen\w+|menac\w+|pousse(?:e|es|r)?\b|peur (?:de|pour) (?:moi|lui|elle|eux|mon|ma|mes|notre|nos)\b"
    r"|peur de rentrer|(?:a la|dans la) rue|dehors|expuls\w+|dans (?:ma|la|notre) voiture|froid|chauffage|faim"
    r"|rien a (?:manger|lui donner|leur donner)|plus (?:de|rien a|rien pour) (?:lait|manger|nourrir)|plus rien\b"
    r"|plus un euro|ne (?:mange|ressens|reagit|respire) (?:plus|rien|pas)|tout mou|inconscient|convuls\w+"
    r"|seule? au monde|plus (?:envie|la force|le courage|aucune raison)|abandonn\w+|(?:pas|plus) d'issue)"
)
_ME = r"(?:je suis|j'suis|chuis|suis|on est|nous sommes|je me sens)"
_MUCH = r"(?:(?:un peu|tres|vraiment|completement|totalement|tellement|serieusement|litteralement) )?"
# A parent's overload, on folded text: what is taken out before the model reads the message again.
_OVERLOAD = re.compile(
    # At the end of one's tether, cracking, calling for help ("je suis à bout", "je craque un peu", "au secours !!!").
    rf"\b(?:{_ME} )?{_MUCH}a bout(?: de nerfs)?\b|\b(?:{_ME} )?{_MUCH}au bout du rouleau\b"
    rf"|\b(?:je|on) craque(?:nt)?\b(?: (?:un peu|serieusement|completement))?|\b(?:{_ME} )?a deux doigts de craquer\b"
    r"|\bau secours\b|\bsos\b|\b(?:je|j') ?n'en (?:peux|peu) plus\b|\bj'en (?:peux|peu) plus\b"
    rf"|\b(?:{_ME} )?{_MUCH}(?:depasse|depassee|depasses|depassees)\b|\b{_ME} {_MUCH}(?:perdue?|perdus)\b"
    r"|\bje (?:vais|vas) devenir (?:folle|fou|dingue|chevre)\b|\bje deviens (?:folle|fou|dingue)\b"
    r"|\bj'ai envie de (?:hurler|crier|pleurer)\b|\bje panique\b(?: (?:completement|un peu))?"
    # Tired by the nights ("mort de fatigue", "épuisée", "je pleure de fatigue tous les soirs").
    rf"|\b(?:{_ME} )?{_MUCH}(?:morte?s? de fatigue|epuise|epuisee|epuises|epuisees|creve|crevee|creves|crevees"
    r"|fatigue|fatiguee|fatigues|fatiguees|lessive|lessivee|sur les rotules)\b(?! de (?:vivre|tout|la vie|ma vie))"
    r"|\bje pleure (?:de fatigue|d'epuisement)(?: tous les soirs)?\b|\bje pleure tous les soirs de fatigue\b"
    r"|\b(?:je ne dors plus|je dors (?:mal|peu|\w+ heures par nuit))\b"
    r"|\bje n'ai (?:pas|plus) (?:dormi|fait une nuit(?: complete)?)(?: depuis (?:des|plusieurs|\w+) (?:semaines|mois"
    r"|jours|nuits))?\b|\bje n'ai plus une minute\b"
    # The baby's nights and cries ("le bébé pleure jour et nuit", "ne fait pas ses nuits", "des coliques").
    rf"|\b(?:le |la |mon |ma |notre )?{_KID} (?:pleure|pleurent|hurle|hurlent) (?:jour et nuit|toute la nuit"
    r"|sans arret|la nuit)\b|\bne (?:fait|font) pas (?:encore )?(?:ses|leurs) nuits\b"
    r"|\b(?:on|nous) n'arrive(?:ns)? plus a reflechir\b"
    # A fright over a child's illness, treated ("j'ai eu la peur de ma vie", "j'ai cru mourir de peur").
    r"|\bj'ai (?:eu )?(?:la (?:plus grande )?peur de ma vie|cru mourir de peur)\b"
    # An apology for the tone.
    r"|\b(?:desolee?|pardon) (?:pour le|du) ton\b"
)
# A fright said with the article: not a fear for one's life.
_FRIGHT = re.compile(r"\b(?:la|une|ma) (?:(?:plus )?(?:grande|grosse|belle|pire) )?peur de ma vie\b")
# A fear for one's life, once the frights are blanked.
_FOR_LIFE = re.compile(r"\bpeur (?:de|pour) ma vie\b")


def parent_overload(text: str) -> bool:
    """The text is a parent's overload about a baby or a young child, with a question and no danger said (not read
    through a switch)."""
    folded = fold(text)
    return (
        bool(_OVERLOAD.search(folded))
        and bool(_YOUNG_CHILD.search(folded))
        and bool(_ASKS.search(folded))
        and not _DANGER.search(_FRIGHT.sub(" ", folded))
    )


def says_parent_overload(text: str) -> bool:
    """`parent_overload`, read at each call with its switch."""
    return PARENT_OVERLOAD_GATE and parent_overload(text)


def without_parent_overload(text: str) -> str:
    """`text` with its wording of a parent's overload taken out (`triage_rescore.without_matches`)."""
    return without_matches(text, _OVERLOAD)


def parent_figure_hits(kind: str, hits: list[str], text: str) -> list[str]:
    """A distress rule's `hits` of one `kind` on the folded `text`, less « au bout du rouleau » said by a parent of a
    young child's care before a question (``PARENT_ROULEAU_RULE``) and « la peur de ma vie » said as a fright
    (``FRIGHT_FIGURE_RULE``)."""
    if not hits:
        return hits
    if PARENT_ROULEAU_RULE and kind == "suicide" and parent_overload(text):
        hits = [hit for hit in hits if hit != "au bout du rouleau"]
    if (
        FRIGHT_FIGURE_RULE
        and kind == "violence"
        and _FRIGHT.search(text)
        and not _FOR_LIFE.search(_FRIGHT.sub(" ", text))
    ):
        hits = [hit for hit in hits if hit != "peur de ma vie"]
    return hits


def without_parent_overload_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a distress that only a young
    parent's overload gave (`triage_rescore.distress_without`)."""
    model, taken, title, body, admin_text = reading
    if not PARENT_OVERLOAD_GATE:
        return kept, reached
    return distress_without(
        model, kept, reached, taken, (title, body, admin_text), says_parent_overload, without_parent_overload
    )
