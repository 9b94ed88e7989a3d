"""Humour and figures of speech in a calm money question are no distress (fifty-first pass of issue 12, engineer-fw).

A taxpayer writes « cette majoration va me tuer 😂 » before asking whether a first delay can be forgiven, a claimant
« je suis dans la mouise, mon compte crie famine 🥲 » before asking when the allowance is paid, a patient « ce devis
m'a donné envie de pleurer, je vais finir sous un pont 😂 » before asking what is refunded. The figure is aimed at a
thing (a fine, a bill, an account), the writer laughs, and a question follows: the figure is the tone, not a danger.
The learned model reads the words of ruin, tears and death as distress (0.38 and 0.63 on the last two probes), and the
suicide rule's bare « me tuer » fires where a thing and a relative are both said to kill the writer (« cette majoration
va me tuer 😂 … ma mère va me tuer »): each earlier reading (`triage_distress_checks.figurative_kill`,
`triage_hyperbole.figurative_kin_kill`) must cover every « me tuer » alone, so a message that mixes them keeps the
suicide contacts.

Real money distress said soberly keeps its label: nothing left to eat, the power or the water cut, a seizure that
leaves nothing, an eviction, « je n'ai plus rien », « à bout », « je ne sais plus quoi faire » (`_SOBER_NEED`, beside
the warning signs of suicide and the signs of acute hardship that `triage_rescore.distress_without` checks), with a
laugh or without (« je rigole pour ne pas pleurer … plus rien à manger depuis trois jours » stays distress).

Two switches, each read at call time (docs/benchmarks.md, fifty-first pass: the rule ships on, the gate off):

* ``MONEY_JOKE_GATE``: where no distress rule fired, the message speaks of money (`_MONEY`), says a figure of ruin,
  tears, shock or death (`_FIGURE`), laughs (`_LAUGH`), asks a question after the figure and says nothing of a sober
  need, the model's distress is scored again on the title and body with the figures and the laughs taken out; it is
  dropped only when neither the whole message nor a sentence window then reaches the label's threshold.
* ``JOKING_KILL_RULE``: the suicide rule's « me tuer » is not read where every one of its occurrences is a figure,
  whichever reading covers it: said of a thing (the earlier list, and the money things: a fine, a tax, a bill, a
  levy, a rent, a price), laughed at, a relative's « va me tuer » in a message that laughs (a partner's never), with
  no word of blows or threats (`triage_hyperbole._HARM_WORDS`) and no sober need in the message.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_distress_checks import _FIGURATIVE_KILL
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_hyperbole import _HARM_WORDS, _JOKE, _KIN_KILL
from guichet.drafting.triage_rescore import distress_without, without_matches

# Switches (fifty-first pass, docs/benchmarks.md): read at call time. The rule ships on: on train + validation (the 65
# messages where a switch can act, every one with « me tuer » among them) it moves fq-005 (train) from a false
# distress to routine and nothing else. The gate ships off: it moves no train or validation message (the shipped model
# already scores the corpus's joking money questions below its threshold); it drops the distress of fresh probes
# (« mon compte crie famine 🥲 », 0.63), which the lead can measure on a hidden batch, and after the retrain.
MONEY_JOKE_GATE = False
JOKING_KILL_RULE = True

# The message is about money: an amount, a payment, a benefit, a tax, a fine, a bill.
_MONEY = re.compile(
    r"€|\b(?:\d+ ?euros?|euros?|argent|sous|fric|thunes?|compte|banque|factures?|payer|paye|paiement|versements?"
    r"|rembourse\w*|prelevements?|preleve|impots?|taxes?|majorations?|amendes?|pv|penalites?|trop[- ]percus?|indus?"
    r"|dettes?|echeancier|allocations?|apl|rsa|aah|are|prime|pension|retraite|salaire|loyer|devis|tarifs?|prix"
    r"|cotisations?|regul\w*|frais|budget|fin de mois|porte-monnaie|portefeuille|tresor|timbre)\b"
)
# A figure of ruin, tears, shock or death about money, as people write it in jest (what is taken out before the
# model reads again). Said of the writer's purse or of a thing, never « je vais me tuer ».
_FIGURE = re.compile(
    # Tears ("je vais pleurer", "j'en pleure encore", "de quoi pleurer", "mon compte pleure").
    r"\bje (?:vais|vas) (?:pleurer|chialer)\b|\bj'en (?:pleure|chiale)(?: encore)?\b|\bje pleure (?:de rire|encore)\b"
    r"|\b(?:envie de|de quoi|a en) pleurer\b"
    r"|\b(?:mon|ma|mes|notre) (?:compte(?: en banque| bancaire)?|porte-monnaie|portefeuille|banquier|budget|livret"
    r"|tirelire|cb|carte bleue) (?:pleure|pleurent|crie famine|est en deuil|fait la gueule|est mort|est morte"
    r"|agonise|rend l'ame)\b"
    # Ruin ("je suis ruinée lol", "RIP mon compte", "à sec", "dans la mouise", "sur la paille").
    r"|\b(?:je suis|jsuis|j'suis|chuis|on est|nous sommes|me voila) (?:completement |totalement |officiellement )?"
    r"(?:ruine|ruinee|ruines|a sec|fauche|fauchee|fauches|dans la (?:mouise|dech|panade|mouscaille)"
    r"|sur la paille)\b"
    r"|\brip (?:mon|ma|mes|le|la|les|notre|nos) \w+"
    r"|\b(?:coute|coutent|a coute|va couter|vont couter|coutera|m'a coute|me coute) (?:un bras|un rein"
    r"|les yeux de la tete|la peau des fesses|une blinde|une fortune|un pont)\b"
    # Shock ("j'ai failli faire une crise cardiaque", "tomber dans les pommes", "avalé mon café de travers").
    r"|\bj'ai (?:failli|cru|manque de) (?:faire une crise cardiaque|faire un infarctus|m'evanouir"
    r"|tomber dans les pommes|faire un malaise|avoir une attaque|mourir|m'etouffer|tomber par terre"
    r"|tomber de ma chaise)\b"
    r"|\bj'ai avale mon cafe de travers\b"
    # Death and killing said of a thing or with a laugh ("ça m'a tué", "la taxe m'a achevée", "je suis mort(e)").
    r"|\b(?:m'a|m'ont) (?:tue|tuee|achevee?|assassinee?|massacree?|saignee?|ruinee?)\b(?: sur place)?"
    r"|\b(?:va|vont|finira par|finiront par) (?:me|m') ?(?:tuer|achever|assassiner|massacrer|saigner|ruiner"
    r"|mettre sur la paille)\b"
    r"|\bme (?:tue|tuent|ruine|ruinent|saigne|saignent|achevent|acheve)\b"
    r"|\b(?:je suis|jsuis|j'suis|chuis|chui) (?:mort|morte)\b(?! de (?:faim|froid))"
    r"|\b(?:mort|morte|mourir|morts) de rire\b|\ba mourir de rire\b"
    r"|\b(?:je vais|on va|nous allons) (?:finir|dormir) sous (?:un|les) ponts?\b"
    r"|\b(?:je vais|on va|nous allons) (?:manger|bouffer) des (?:cailloux|briques|pates|nouilles|cailloux)\b"
    r"|\bau secours\b|\bc'est la fin des haricots\b|\badieu (?:mon|ma|mes) \w+"
)
# A laugh: the hyperbole gate's marks (laughing and winking emojis, « lol », « mdr », « je rigole »,
# « blague à part »), and a smile through tears (🥲), a clown, money flying away.
_LAUGH = re.compile(rf"{_JOKE.pattern}|🥲|🤡|💸|\b(?:plus serieusement|question serieuse)\b")
# A question or a request said in words.
_ASKS = re.compile(
    r"\?|\b(?:je voudrais|je voulais (?:savoir|demander)|j'aimerais|je souhaite|je souhaiterais|pourriez-vous"
    r"|pouvez-vous|vous pouvez|est-ce que|comment (?:je|on|faire)|merci de (?:m'|me )|(?:dites|indiquez)-moi)\b"
)
# A sober need, said plainly: the gate and the rule never act then, laugh or not.
_SOBER_NEED = re.compile(
    r"\b(?:plus|pas|rien) (?:rien )?(?:a|de quoi|pour) (?:manger|nourrir|payer (?:le|mon) loyer)\b"
    r"|\b(?:je n'ai|j'ai|on n'a|on a|nous n'avons) plus rien\b|\bil (?:ne )?(?:me|nous) reste (?:plus )?rien\b"
    r"|\bplus (?:d'argent|un euro|un centime|un sou|aucune? (?:ressources?|revenus?))\b"
    r"|\bsans (?:ressources?|revenus?)\b"
    r"|\b(?:electricite|courant|gaz|eau|chauffage|compteur)\b[^.!?\n]{0,30}\bcoupee?s?\b|\bcoupure\b"
    r"|\bfrigo\b[^.!?\n]{0,30}\bvide\b|\b(?:mange|mangeons|mangent) (?:une fois|plus|rien|pas)\b|\bfaim\b"
    r"|\bsaute\w* (?:des|les) repas\b|\bexpuls\w*|\ba la rue\b|\bdans (?:ma|la|notre) voiture\b|\bhuissier\b"
    r"|\ba bout\b|\bn'en peux plus\b|\bplus la force\b|\bdesespere\w*|\bje ne sais plus (?:quoi|vers qui|comment)\b"
    r"|\bpersonne (?:pour|qui) m'aider\b|\ben urgence\b|\burgent\w*|\bdettes? partout\b|\bsurendett\w*"
)
# The money things a « me tuer » is said of ("cette majoration va me tuer", "la taxe foncière va me tuer").
_MONEY_THING_KILL = re.compile(
    r"\b(?:ce|cet|cette|ces|ma|mon|mes|la|le|les|votre|vos|l') ?(?:[\w'-]+ ){0,3}?(?:majorations?|amendes?|pv|taxes?"
    r"|impots?|factures?|prelevements?|regul\w*|trop[- ]percus?|indus?|loyers?|prix|tarifs?|devis|penalites?|frais"
    r"|cotisations?|avis|echeances?|mensualites?|note|addition|facture)(?: [\w']+){0,4}? "
    r"(?:va|vont|finira par|finiront par|veut|veulent) me tuer\b"
)
# A relative said to kill the writer, in a message that laughs (« ma mère va me tuer) », no condition after it).
_KIN_BARE = re.compile(_KIN_KILL.pattern.split("(?=")[0])


def sober_need(text: str) -> bool:
    """The (folded or raw) text says a need plainly: no food, a cut, nothing left, an eviction, no way out."""
    return bool(_SOBER_NEED.search(fold(text)))


def money_joke(text: str) -> bool:
    """The (folded or raw) text is a money question said with a figure and a laugh, the question after the figure,
    and no sober need (not read through a switch)."""
    folded = fold(text)
    figure = _FIGURE.search(folded)
    if figure is None or not _MONEY.search(folded) or not _LAUGH.search(folded):
        return False
    return bool(_ASKS.search(folded, figure.start())) and not _SOBER_NEED.search(folded)


def says_money_joke(text: str) -> bool:
    """`money_joke`, read at each call with its switch."""
    return MONEY_JOKE_GATE and money_joke(text)


_TAKEN_OUT = re.compile(rf"{_FIGURE.pattern}|{_LAUGH.pattern}")


def without_money_joke(text: str) -> str:
    """`text` with its figures and laughs taken out (`triage_rescore.without_matches`)."""
    return without_matches(text, _TAKEN_OUT)


def without_money_joke_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a distress that only a joking
    figure about money gave (`triage_rescore.distress_without`)."""
    model, taken, title, body, admin_text = reading
    if not MONEY_JOKE_GATE:
        return kept, reached
    return distress_without(
        model, kept, reached, taken, (title, body, admin_text), says_money_joke, without_money_joke
    )


def joking_kills_only(text: str) -> bool:
    """Every « me tuer » of the (folded) text is a figure under one reading or another (a thing's, a laugh's, a money
    thing's, a relative's in a message that laughs), no word of blows or threats and no sober need is there (off:
    never)."""
    if not JOKING_KILL_RULE:
        return False
    kills = [m.end() for m in re.finditer(r"\bme tuer\b", text)]
    if not kills or _HARM_WORDS.search(text) or _SOBER_NEED.search(text):
        return False
    spans = [m.span() for m in _FIGURATIVE_KILL.finditer(text)]
    spans += [m.span() for m in _MONEY_THING_KILL.finditer(text)]
    spans += [m.span() for m in _KIN_KILL.finditer(text)]
    if _LAUGH.search(text):
        spans += [m.span() for m in _KIN_BARE.finditer(text)]
    return all(any(start < end <= stop for start, stop in spans) for end in kills)
