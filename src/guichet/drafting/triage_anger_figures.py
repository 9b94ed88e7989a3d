"""Anger said in figures of speech is a complaint, not abuse (fiftieth pass of issue 12, engineer-fs).

When the office takes money back (a trop-perçu recovered from a benefit, a seizure on an account or a salary, a fine
or a tax increased), writers say their anger in set figures: the office kills or strangles them (« vous me tuez »,
« vous m'étranglez », « vous me tuez à petit feu avec vos retenues », « vous voulez ma peau ou quoi ? »), they will
blow up (« je vais péter un câble », « je vais exploser », « vous allez me rendre chèvre »), the taking is theft
(« c'est du vol pur et simple »), the form drives one to despair (« c'est à se tirer une balle »), the affair will end
badly (« ça va mal finir cette histoire »). Nobody is threatened and nobody is insulted: the words are about the
writer and about the act, and the message is a complaint. The learned model, whose abusive threshold is low, reads
the violent words as abuse (batch fs: 0.33 to 0.99 on such messages, none of them abusive), and the abusive rules
read « ça va mal finir » as a veiled threat wherever it stands.

A threat keeps its label: « ça va mal finir pour vous », « … ou je vous jure que ça va mal finir », « je viens à
l'agence et ça va mal se passer », « je vais vous faire la peau », « je sais à quelle heure elle sort ». What is said
to the agents is read by the abusive rules as before; only the figures are read here.

Three switches, each read at call time (docs/benchmarks.md, fiftieth pass: the gate and the complaint rule ship on,
the ending rule off):

* ``ENDING_FIGURE_RULE`` (off): the abusive rules read the text without « ça va mal finir / se passer / se terminer »
  where it is a figure (`without_ending_figure`): its sentence aims it at no one (no « pour vous / elle / celui
  qui », no « si … », « sinon », « ou je », no « je vous jure / préviens / garantis »), and the message holds no
  threat's setting (the writer coming to the office, « je sais où / à quelle heure », « plus rien à perdre »,
  « vous êtes prévenus », « vous allez voir »).
* ``FIGURE_ABUSE_GATE`` (on): the learned model's abusive, where no abusive rule fired and the message says its
  anger in such figures and holds no threat's setting, is scored again on the title and body with the figures taken
  out; it is dropped when the message then no longer reaches the label's threshold (`without_figure_abuse`).
* ``TAKEN_BACK_COMPLAINT_RULE`` (on): the other way round, a threat or an insult does not hide the grievance under it.
  The writer who demands the money back (« rendez-moi mon argent », « rendez-moi mes 300 € », « rendez-moi mon
  allocation ») or calls the office's claim a sham in the sentence that says the office took or claims it (« vous
  avez repris toute ma prime pour un soi-disant trop-perçu », « si vous continuez à prélever pour ce soi-disant
  indu ») complains of the office, whatever else the message says (`taken_back_hits`, added to the complaint
  rules'); the model's complaint, low beside a threat, missed it. A scam's « soi-disant dette » (no act of the
  office in its sentence) is none.

Pure string functions on folded text (`triage_cues.fold`), and one re-reading with the shipped model.
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_model import TriageModel
from guichet.drafting.triage_rescore import abusive_without, blank_out, blanked

# Switches, read at each call (docs/benchmarks.md, fiftieth pass). `ENDING_FIGURE_RULE` ships off: it moves a
# label only beside the gate, on one train item of batch fs (fs-001), and on nothing of validation.
ENDING_FIGURE_RULE = False
FIGURE_ABUSE_GATE = True
TAKEN_BACK_COMPLAINT_RULE = True

# « Ça va mal finir » and its kin, the abusive rules' veiled threat.
_ENDING = re.compile(r"\b(?:ca|cela|tout ca) va (?:tres |vraiment |forcement )?mal (?:finir|se (?:passer|terminer))\b")
# What aims « ça va mal finir » at someone or makes it an ultimatum, in its sentence.
_AIMED = re.compile(
    r"\b(?:pour|a) (?:vous|toi|lui|elle|eux|elles|celui|celle|ceux|certains|quelqu'un|la personne|le premier"
    r"|la premiere|l'agent|votre|vos|ton|ta|tes|le|la|les|ce|cette|cet)\b"
    r"|\bsi\b|\bs'(?:il|ils)\b|\bsinon\b|\bou (?:je|j'|alors)\b|\bje vous (?:le )?(?:jure|previens|garantis|promets)\b"
)
# A threat's setting anywhere in the message: the writer coming to the office, the agent's hours or home known,
# nothing left to lose, a warning given.
_THREAT_SETTING = re.compile(
    r"\bje (?:viens|viendrai|vais venir|reviens|reviendrai|passe|passerai|vais passer|monte|monterai|debarque"
    r"|debarquerai|serai) (?:a|au|a l'|chez|devant|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|en personne"
    r"|directement|avec)\b"
    r"|\bje (?:sais|connais) (?:ou|a quelle heure|quand|votre|son|sa|leur)\b"
    r"|\b(?:je n'ai|j'ai|j'ai) plus rien a perdre\b"
    r"|\b(?:vous etes|vous voila|t'es|soyez) (?:bien )?prevenue?s?\b|\bvous (?:allez|aller) voir\b"
    r"|\bvous (?:allez|aller) (?:le )?regretter\b|\bje ne (?:reponds|repondrai) plus de\b"
)
# The figures: the office that kills, strangles or bleeds the writer; the writer who will blow up or go mad; the
# taking called theft or racket; the despair of a form said as « à se tirer une balle »; the writer's own home
# nearly smashed. Said of the writer or of the act, never of an agent.
_FIGURES = re.compile(
    r"\b(?:vous|ils|elles|on|la caf|l'urssaf|les impots|le fisc|l'administration) (?:allez |vont |va )?(?:me|nous|m')"
    r" ?(?:tue[rz]?|tuent|acheve[rz]?|achevent|etrangle[rz]?|etranglent|egorge[rz]?|egorgent|saigne[rz]?|saignent"
    r"|ruine[rz]?|ruinent|assassine[rz]?|assassinent|enterre[rz]?|enterrent)\b"
    r"(?: (?:a petit feu|a blanc|a coups de \w+|avec (?:vos|ces|leurs|tes) \w+))?"
    r"|\b(?:vous (?:voulez|aurez)|vous allez avoir) (?:ma peau|ma mort|notre peau)\b"
    r"|\b(?:vous (?:allez )?|ca va |cela va |ca |cela )(?:me|m') ?(?:rend(?:re|ez)?|rendre) (?:fou|folle|dingue|chevre"
    r"|marteau|malade|cingle|cinglee)\b"
    r"|\bje (?:vais|suis a deux doigts de|suis pres de|vais finir par) (?:peter (?:un|les|le) (?:cable|plomb)s?"
    r"|exploser|devenir (?:fou|folle|dingue|chevre|cingle|cinglee)|peter les plombs)\b"
    r"|\bj'ai (?:failli|manque de) (?:tout casser|exploser|peter (?:un|les) (?:cable|plomb)s?)(?: chez moi)?\b"
    r"|\bc'est (?:du|de l') (?:vol|racket|arnaque|escroquerie|brigandage|hold-up)\b"
    r"(?: (?:pur et simple|organise|legal|caracterise|en bande organisee|en regle))?"
    r"|\b(?:c'est|il y a de quoi|y a de quoi) (?:a )?(?:se|me) (?:tirer une balle|pendre|flinguer"
    r"|jeter par la fenetre)\b"
    r"|\bvous (?:allez )?me (?:mettre|mettez) sur la paille\b"
)


# The money demanded back from the office.
_GIVE_BACK = re.compile(
    r"\brend(?:ez|s)[- ]moi (?:mon|mes|ma|notre|nos) (?:argent|fric|thune|sous|pognon|\d+|allocations?|rsa|apl|aides?"
    r"|prestations?|pension|retraite|salaire|prime)\b"
)
# The office's claim called a sham, in a sentence where the office takes or claims the money.
_SHAM_CLAIM = re.compile(
    r"\bsoi[- ]disant (?:trop[- ]percus?|indus?|dettes?|creances?|dus?|regularisations?|majorations?|amendes?)\b"
)
_OFFICE_TAKES = re.compile(
    r"\b(?:vous|on|la caf|l'urssaf|france travail|le tresor|les impots|le fisc)\b[^.!?\n]{0,30}"
    r"\b(?:repris|reprenez|retenu|retenez|preleve[rz]?|prelevez|saisi|saisissez|reclame[rz]?|reclamez|ponctionne[rz]?"
    r"|pris|prenez|bloque[rz]?|coupe[rz]?|supprime[rz]?|retire[rz]?|retirez)\b"
)


def _sentence_around(folded: str, start: int, end: int) -> str:
    """The sentence of `folded` that holds the span (cut at . ! ? … and line breaks)."""
    left = max(folded.rfind(mark, 0, start) for mark in ".!?…\n")
    rights = [i for i in (folded.find(mark, end) for mark in ".!?…\n") if i != -1]
    return folded[left + 1 : min(rights) if rights else len(folded)]


def threat_setting(folded: str) -> bool:
    """Whether the (folded) message holds a threat's setting: the writer coming to the office, an agent's hours or
    home known, nothing left to lose, a warning given."""
    return bool(_THREAT_SETTING.search(folded))


def ending_figure_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of « ça va mal finir » said as a figure: aimed at no one in its sentence, in a message that holds no
    threat's setting."""
    if threat_setting(folded):
        return []
    return [
        m.span() for m in _ENDING.finditer(folded) if not _AIMED.search(_sentence_around(folded, m.start(), m.end()))
    ]


def without_ending_figure(folded: str) -> str:
    """The folded text the abusive rules read: without « ça va mal finir » said as a figure (unchanged when
    `ENDING_FIGURE_RULE` is off)."""
    if not ENDING_FIGURE_RULE:
        return folded
    return blanked(folded, ending_figure_spans(folded))


def figure_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of the anger's figures in a folded text, « ça va mal finir » as a figure included; none where the
    message holds a threat's setting."""
    if threat_setting(folded):
        return []
    return sorted([m.span() for m in _FIGURES.finditer(folded)] + ending_figure_spans(folded))


def _taken_out(text: str) -> str:
    """`text` (title or body, not folded) without its figures (`triage_rescore.blank_out`)."""
    return blank_out(text, figure_spans)


def without_figure_abuse(
    model: TriageModel, kept: list[str], taken: Collection[str], title: str, body: str, admin_text: str
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that no rule set (`taken`) and that only the anger's
    figures gave: scored again without them, the message no longer reaches the label's threshold."""
    label = TriageLabel.ABUSIVE
    if not FIGURE_ABUSE_GATE or label in taken or label not in kept:
        return kept
    if threat_setting(fold(f"{title}\n{body}")):
        return kept
    return abusive_without(model, kept, (title, body, admin_text), _taken_out)


def taken_back_hits(folded: str) -> list[str]:
    """The complaint hits of money taken back and contested: the money demanded back from the office, the office's
    claim called a sham where its sentence says the office took or claims it (none when `TAKEN_BACK_COMPLAINT_RULE`
    is off)."""
    if not TAKEN_BACK_COMPLAINT_RULE:
        return []
    hits = [m.group(0) for m in _GIVE_BACK.finditer(folded)]
    for m in _SHAM_CLAIM.finditer(folded):
        if _OFFICE_TAKES.search(_sentence_around(folded, m.start(), m.end())):
            hits.append(m.group(0))
    return hits
