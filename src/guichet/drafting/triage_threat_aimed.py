"""A weapon aimed at others is a threat, not the writer's own danger (forty-second pass of issue 12, engineer-ej).

Engineer-eb's flat-danger rules (`triage_understated`) read "le fusil est chargé" and "je ne sais pas ce que je
ferai quand …" as a danger to the writer (distress, kind "suicide"). Said by someone who threatens a neighbour, an
ex-partner, an agent or the office ("le fusil est chargé derrière la porte et la prochaine fois qu'il allume son tas,
c'est lui que je vise"), the same words are a threat to others: abusive. Where the labels are combined (`triage()`),
the weapon rule's self-danger then made the model's abusive be dropped (`model_labels_kept`'s `self_harm`), so the
threat read as distress alone.

`threat_hits(text)` finds a threat the writer makes against someone else, with a weapon or a killing verb:

* someone aimed at or to be shot, killed, "buté", "descendu" by the writer ("c'est lui que je vise", "je vais le
  buter", "je lui tire dessus", "je tire sur le premier qui …");
* the problem settled by the writer with a weapon named in the message ("je m'en occupe moi-même", "je règle le
  problème moi-même", "j'ai de quoi me faire comprendre", "vous êtes prévenus");
* coming to the office or to someone with a weapon the abuse rules do not name ("avec mon calibre 12").

A threat is abusive (`triage()` adds its hits to the abusive rules'). The writer's own danger stays distress when the
message says it too (`self_danger_too`: "et après ce sera fini pour moi aussi", "pour vous ou pour moi"): the
weapon's self-danger hits are kept then. A threat made to protect the writer's home from someone who comes and hurts
("s'il revient frapper à la porte, je l'attends avec le fusil chargé") says the household in danger
(`household_in_danger`): distress too, of kind "violence". Otherwise the weapon's self-danger hits are dropped
(`THREAT_AIMED_RULE`); the other distress rules are never touched.

Hunters and farmers who shoot game ("si les sangliers reviennent je les abats", "tirer sur mes terres") name no
person; a joke at home ("ma femme va me tuer") is no threat by the writer. Pure string functions on folded text.
"""

import re

# Switch, read at each call of `threat_hits` (a real run-time switch).
THREAT_AIMED_RULE = True

_PERSON = (
    r"(?:lui|elle|eux|vous|toi|le voisin|la voisine|mon voisin|ma voisine|ce voisin|mon ex|mon ex-\w+|son ex"
    r"|le maire|la maire|votre (?:agent|agente|conseill\w+|collegue|directeur|directrice|chef)|vos agents|les agents"
    r"|le premier (?:qui|venu)|la premiere qui|ce (?:type|mec|connard|salaud)|cette (?:conne|salope)"
    r"|celui qui|celle qui|le controleur|l'huissier|le conseiller|la conseillere)"
)
# Killing verbs said of a person ("je vais le buter"); not "descendre", "allumer", "fumer", "abattre", which a
# message also says of rubbish, a light, a cigarette or game.
_KILL = r"(?:bute|buterai|buterais|flingue|flinguerai|flinguerais|tue|tuerai|tuerais|plombe|plomberai|refroidis"
_KILL += r"|refroidirai|egorge|egorgerai)"
_KILL_INF = r"(?:buter|flinguer|tuer|plomber|crever|refroidir|egorger)"
# Aimed at or shot by the writer, when a person is named ("c'est lui que je vise", not "le sanglier").
_AIM = r"(?:vise|viserai|descends|descendrai|allume|allumerai|abats|abattrai|tire dessus|tirerai dessus)"
# Weapons, the abuse rules' and a hunter's calibre.
_WEAPON = re.compile(
    r"\b(?:fusils?|carabines?|flingues?|armes?(?! (?:blanches? de cuisine))|pistolets?|revolvers?|calibres?"
    r"|cartouches?|chevrotines?|balles?|munitions?|couteaux?|battes?|haches?|machettes?|12 ?mm|9 ?mm)\b"
)
_THREATS = tuple(
    re.compile(p)
    for p in (
        # Someone aimed at or to be killed by the writer.
        rf"\bc'est {_PERSON} (?:que|qu') ?(?:je|j') ?(?:vais )?(?:{_AIM}|{_KILL}|{_KILL_INF})\b",
        rf"\bje (?:vais |veux |finirai par |vais finir par )?(?:le|la|les|vous|te|t') ?(?:{_KILL}|{_KILL_INF})\b"
        r"(?! (?:le temps|la soif|la faim|ce formulaire|ce dossier)\b)",
        r"\bje (?:vais )?(?:lui|leur|vous|te) (?:tire(?:r|rai)?|mettre|mets|mettrai|colle(?:r|rai)?) (?:dessus"
        r"|une balle|un coup de (?:fusil|carabine|calibre)|du plomb|plein de plomb)\b",
        rf"\bje (?:vais )?(?:tire(?:r|rai)?|ouvre le feu|ouvrirai le feu) (?:sur|dans) {_PERSON}\b",
        rf"\b(?:{_PERSON}) (?:va|vont) (?:se )?(?:prendre|manger|recevoir) (?:une|des|la|du) (?:balles?|plomb"
        r"|chevrotine|decharge)\b",
    )
)
# The matter settled by the writer: a threat when the message names a weapon.
_SETTLED_BY_ME = re.compile(
    r"\bje (?:m'en|vais m'en) (?:occupe|occuperai|charge|chargerai) (?:moi-meme|moi meme|personnellement)\b"
    r"|\bje (?:vais )?(?:regle|reglerai|regler) (?:le probleme|ca|cela|l'affaire|son compte|leur compte|mes comptes)"
    r" (?:moi-meme|moi meme|a ma facon|a ma maniere|autrement)\b"
    r"|\bj'ai (?:tout )?(?:ce qu'il faut|de quoi) (?:pour )?(?:me faire comprendre|le recevoir|la recevoir"
    r"|les recevoir|vous recevoir|l'accueillir|les accueillir|vous accueillir|regler (?:ca|le probleme|l'affaire))\b"
    r"|\b(?:vous etes|tu es|vous voila|te voila) prevenue?s?\b"
    r"|\bje (?:l'|les |vous )attends? (?:de pied ferme|avec)\b"
)
# Coming to the office or to someone with a weapon the abuse rules do not name ("avec mon calibre 12").
_COMING_ARMED = re.compile(
    r"\bje (?:viens|viendrai|vais venir|passe|passerai|monte|monterai|debarque|debarquerai|reviens|reviendrai"
    r"|vais (?:la|le|les) (?:rendre|apporter|ramener)|viens (?:la|le|les) (?:rendre|apporter|ramener))\b"
    r"[^.!?\n]{0,80}\bavec (?:mon|ma|mes|le|la) (?:calibre|douze|gros calibre|chevrotine)\b"
)
# The writer's own danger said beside the threat.
_SELF_TOO = re.compile(
    r"\b(?:pour (?:vous|lui|elle|eux|toi) ou pour moi|fini(?:e)? pour moi|pour moi (?:aussi|ensuite|apres)"
    r"|et (?:apres|ensuite|puis) (?:moi|je me)|la derniere (?:balle|cartouche)"
    r"|je me (?:tire|tirerai|mets|mettrai|colle|collerai) une balle|plus rien a perdre|rien a perdre"
    r"|ca m'est egal maintenant|m'en fous de (?:mourir|crever|finir))\b"
)
# Someone who comes and hurts the writer's home: the threat protects the household ("s'il revient frapper à la porte").
_HOUSEHOLD_DANGER = re.compile(
    r"\b(?:s'il|si (?:mon|son|le) (?:ex|mari|ex-mari|ex-compagnon|compagnon|pere des enfants)|s'ils)"
    r" (?:revient|reviennent|remet(?:tent)? les pieds|s'approche(?:nt)?|approche(?:nt)?|frappe(?:nt)?"
    r"|(?:me|nous|les|la|le) touche(?:nt)?|touche(?:nt)? (?:a|aux) (?:mes|ma|mon|nos|notre) (?:enfants|fille|fils"
    r"|femme|famille|petits|gosses)"
    r"|force(?:nt)? la porte|rentre(?:nt)? (?:chez|dans)|entre(?:nt)? (?:chez|dans)|lev(?:e|ent) la main)\b"
    r"|\bpour (?:me|nous) (?:defendre|proteger)\b|\bproteger (?:mes|ma|mon|nos|notre|les) (?:enfants|famille|fille"
    r"|fils|femme|petits|gosses)\b"
)


# Words reported in the same sentence, without quotation marks ("il m'a dit je vais te tuer"): the writer's danger,
# not their threat.
_REPORTED = re.compile(
    r"\b(?:dit|dis|disait|ecrit|ecrivait|hurle|hurlait|crie|criait|repete|repetait|lance|envoye|texte|menace"
    r"|menacait|promis|jure|jurait)\b[^.!?\n]{0,30}$"
)


def _own(text: str, match: re.Match[str]) -> bool:
    """The match is the writer's own words, not words reported earlier in its sentence."""
    start = max(text.rfind(stop, 0, match.start()) for stop in ".!?\n") + 1
    return _REPORTED.search(text[start : match.start()]) is None


def threat_hits(text: str) -> list[str]:
    """The threats the writer makes against others in a folded text (none when `THREAT_AIMED_RULE` is off now)."""
    if not THREAT_AIMED_RULE:
        return []
    hits = [m.group() for m in (p.search(text) for p in _THREATS) if m and _own(text, m)]
    armed = _WEAPON.search(text) is not None
    settled = _SETTLED_BY_ME.search(text)
    if settled and armed:
        hits.append(settled.group())
    coming = _COMING_ARMED.search(text)
    if coming:
        hits.append(coming.group())
    return hits


def self_danger_too(text: str) -> bool:
    """The writer says their own danger beside the threat ("et après ce sera fini pour moi aussi")."""
    return _SELF_TOO.search(text) is not None


def household_in_danger(text: str) -> bool:
    """The threat answers someone who comes and hurts the writer's home ("s'il revient", "pour nous protéger")."""
    return _HOUSEHOLD_DANGER.search(text) is not None
