"""Threats of violence said in the conditional, the future or reported speech (fifty-first pass of issue 12).

People who live with a threat tell it calmly, beside an ordinary question, and in the grammar of what has not happened
yet: « mon mari dit qu'il me tuerait si je partais » before a change of address, « il a dit qu'il me ferait la peau »
before a school transfer, « le jour où je partirai il me retrouvera où que j'aille » beside a housing request. The
violence rules read the act done (« il m'a frappée ») or the near future with a partner named (« mon mari va me
tuer »); the conditional (« me tuerait »), the simple future (« me tuera », « m'étranglera ») and the idioms of a
threat (« faire la peau », « faire disparaître », « s'en prendre aux enfants », « finir ce qu'il a commencé ») were
left to the learned model, whose last retrain lost a former partner's « il me tuerait ».

Two readings, each a distress rule of kind "violence" with its switch, on folded text (`triage_cues.fold`):

* ``SAID_THREAT_RULE``: a person (a pronoun, a partner, an ex, a relative, a neighbour) said to harm the writer or the
  household or the person written for (« me », « m' », « nous », « la », « les ») with a verb that only a threat uses
  (« faire la peau », « faire disparaître », « faire du mal », « étrangler », « poignarder », « égorger », « casser la
  gueule », « s'en prendre aux enfants », « finir ce qu'il a commencé », « me retrouver où que j'aille », « ça finira
  mal pour moi »), in the conditional, the future, the near future or reported (« il a dit qu'il allait … », « il a
  menacé de … »). Also the English of writers who mix languages (« he will kill me »).
* ``SAID_KILL_RULE``: « tuer » and « retrouver » in the same tenses (« il me tuerait », « ils vont me tuer », « si je
  pars il me retrouvera ») are also how people joke about a mother, a boss or a bill (« ma mère va me tuer », « il me
  tuerait s'il savait que j'ai encore oublié ») or speak of a meeting: they count only where the message also says
  what makes a threat real — leaving or having left, a separation, a secret kept from him, fear, the police or a
  complaint, his drinking, a weapon, being locked in, the children, a return to a country (`_DANGER_CONTEXT`) — and
  never on a kin's or a thing's figure (`triage_hyperbole.figurative_kin_kill`,
  `triage_distress_checks.figurative_kill`).

Neither fires where the writer laughs (`triage_hyperbole`'s marks) or says the threat does not frighten them, where
the words aim at the office (the subject is the writer: « je vous casserais … » is abusive, read by the abuse rules),
on a figure said of a thing (« ça me tuerait de payer ça », « cette taxe me fait la peau »: no person is the subject),
or where the violence is over and handled (`triage_violence_over`). A label the model gives is never removed here.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_distress_checks import figurative_kill
from guichet.drafting.triage_hyperbole import _JOKE, figurative_kin_kill
from guichet.drafting.triage_violence_over import violence_over

# Switches (fifty-first pass, docs/benchmarks.md): read at call time.
SAID_THREAT_RULE = True
SAID_KILL_RULE = True

# Who threatens: a pronoun, or a partner, an ex, a relative, a neighbour named (« mon », « ma », « son », « leur »).
_CLOSE = (
    r"(?:mari|epoux|conjoint|compagnon|copain|concubin|petit ami|ex|ex-mari|ex-compagnon|ex-conjoint|ex-copain"
    r"|femme|epouse|compagne|conjointe|copine|ex-femme|ex-compagne|pere|beau-pere|mere|belle-mere|frere|demi-frere"
    r"|soeur|fils|oncle|cousin|tante|belle-famille|famille|beau-frere|voisins?|voisine|proprietaire)"
)
_WHO = (
    # « qu'il » is also written « quil » in a hurried message (« il a dit quil allait … »).
    r"(?:\b(?:qu)?(?:il|elle|ils|elles|on)"
    rf"|\b(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|le|la) (?:ancien |ancienne |futur )?{_CLOSE}\b"
    r"(?: (?:de|du|des) [\w'-]+)?)"
)
# The object: the writer, the household, the children, or the person a relative or a neighbour writes for (« il la
# tuerait si elle parlait »).
_OBJ = r"(?:me |m'|nous |la |le |les |l')"
# The near future and the reported intent put their auxiliary before the object (« il va me tuer », « il a dit qu'il
# allait nous … », « il menace de me … »).
_NEAR = (
    r"(?:(?:va|vont|allait|allaient|veut|veulent|voulait|voulaient|pourrait|pourraient|compte|comptent|menace de"
    r"|menacait de|a menace de) )"
)
_ENDINGS = r"(?:ai[st]?|a|aient|ont)"


def _said(future_stems: str, infinitives: str, tail: str = "") -> str:
    """A verb said in the conditional or the future (its future stem and an ending) after the object, or in the near
    future or reported intent (its infinitive after the auxiliary and the object), then `tail`."""
    return (
        rf"(?:(?:ne )?{_OBJ}(?:{future_stems}){_ENDINGS}\b{tail}"
        rf"|{_NEAR}(?:ne )?{_OBJ}(?:{infinitives})\b{tail})"
    )


_SAID_THREAT = re.compile(
    rf"{_WHO} (?:"
    # « faire la peau », « faire disparaître », « faire du mal »; « me le fera payer » (without an object: « me faire
    # payer la peinture » is a bill).
    + _said("fer", "faire", r" (?:la peau|disparaitre|du mal|un mauvais sort)")
    + r"|(?:ne )?(?:me |nous )?(?:le |la )(?:fer"
    + _ENDINGS
    + r"|"
    + _NEAR
    + r"faire) payer\b"
    + r"|(?:viendr"
    + _ENDINGS
    + r"|"
    + _NEAR
    + r"venir) (?:me |nous )?(?:faire payer|regler (?:mon|son) compte)"
    r"(?! (?:le|la|les|un|une|des|du|mon|ma|mes|\d))"
    # Strangle, stab, slit, shoot down, beat up: no office, thing or joke is done so. Not « planter » (to leave
    # someone stranded), « défoncer » (a trainer's « il va nous défoncer »), « descendre » in the near future (« il va
    # me descendre en ville »), « massacrer » (« la directrice va me massacrer 😅 »).
    + "|"
    + _said(
        "etrangler|poignarder|egorger|descendr|buter|flinguer|cogner|frapper|battr|tabasser|bruler",
        "etrangler|poignarder|egorger|buter|flinguer|tabasser|cogner|frapper|battre",
    )
    + "|"
    + _said("casser", "casser", r" (?:la gueule|la figure|les jambes|les dents|la tete)")
    # « il me retrouvera où que j'aille », « il va nous retrouver partout ».
    + "|"
    + _said("retrouver", "retrouver", r"(?: \w+){0,2}? (?:ou qu'?\w+|partout|n'importe ou)\b")
    # « s'en prendre à moi / aux enfants », « finir ce qu'il a commencé ».
    + r"|(?:s'en prendr"
    + _ENDINGS
    + r"|"
    + _NEAR
    + r"s'en prendre)"
    r" (?:a moi|a nous|aux enfants|a mes enfants|a nos enfants|aux petits|a ma fille|a mon fils)\b"
    r"|(?:finir" + _ENDINGS + r"|" + _NEAR + r"finir) ce qu'(?:il|elle) a commence\b)"
    # « il a menacé de prendre les enfants et de « me faire la peau » »: the idiom after a threat, quoted or not.
    r"|\bmenac\w* (?:[\w']+ ){0,8}?de (?:« ?|\" ?)?(?:me|nous) (?:faire la peau|faire disparaitre|tuer)\b"
    # « ça finira mal pour moi ».
    r"|\b(?:ca|cela) (?:finirait|finira|va finir|allait finir) mal pour (?:moi|nous|toi)\b"
    # « he will kill me », « he would kill me », « he say if I work he will kill me ».
    r"|\b(?:he|she|they) (?:will|would|'ll|gonna|is going to|are going to) (?:kill|hurt|beat) (?:me|us)\b"
)
# « tuer », the verb of jokes too: conditional, future, near future, with a person as subject.
# « retrouver » too is a threat only beside a danger (« si je pars il me retrouvera »; « il me retrouvera à la gare »).
_SAID_KILL = re.compile(rf"{_WHO} " + _said("tuer|retrouver", "tuer|retrouver"))
# What makes a « tuer » a real threat: leaving or separating, a secret kept from him, fear, the police or a complaint,
# his drinking, a weapon, the children hurt or taken.
_DANGER_CONTEXT = re.compile(
    r"\b(?:partir|partais|partait|partirai|partirais|je pars|mon depart|notre depart|quitter|quitte|quittais"
    r"|quitterai|separation|separer|separee?|divorc\w*|fuir|m'enfuir|m'en aller)\b"
    r"|\b(?:en cachette|en secret|sans qu'il|sans qu'elle|sans lui|a son insu|cache\w*|confidenti\w*"
    r"|a mon seul nom|(?:ne|n')? ?(?:rien|pas) envoyer|ne (?:doit|faut|peut) (?:surtout )?pas (?:savoir|voir))\b"
    r"|\b(?:peur|terrorise\w*|j'ose (?:pas|plus)|angoiss\w*|en danger)\b"
    r"|\b(?:plainte|police|gendarm\w*|commissariat|main courante|ordonnance de protection|3919)\b"
    r"|\b(?:il boit|a bu|ivre|couteau|fusil|arme|enferm\w*)\b"
    # Gone already: « je suis partie en pleine nuit », « j'ai changé de ville », « s'il me retrouve ».
    r"|\b(?:suis|sommes|est|etes) partie?s?\b|\bchange de ville\b|\b(?:me|nous) retrouv\w*"
    # Sent back to a country where one is threatened (« si je retourne au pays ils vont me tuer »).
    r"|\b(?:au pays|oqtf|renvoye\w*|expulse\w*)\b"
    r"|\bdevant (?:les|mes|nos) (?:enfants|petits)\b|\b(?:mon passeport|mes papiers)\b"
    r"|\bsi (?:je|j'|elle|on) ?(?:refuse|refusais|refusait|parle|parlais|parlait|travaille|travaillais|travaillait"
    r"|porte plainte|portais plainte|portait plainte)\b|\bsi (?:je|j') ?(?:\w+ ){0,2}?(?:un )?(?:travail|emploi)\b"
    r"|\b(?:sans que|hebergement d'urgence|mise? a l'abri|mettre a l'abri)\b"
)
_KILL_INFINITIVE = re.compile(r"\bme tuer\b")
# The writer says the threat does not frighten them (« ça ne me fait pas peur, il a 75 ans, mais je veux porter
# plainte »): a grievance, not a danger.
_NO_FEAR = re.compile(
    r"\b(?:(?:ca|cela|il|elle) ne me fait (?:pas|plus) peur|(?:je n'ai|j'ai) (?:pas|plus) peur"
    r"|je ne suis (?:pas|plus) (?:inquiete?|effrayee?)|(?:je ne le|je le) prends? pas au serieux)\b"
)
# « pour rire »: the writer jokes (`triage_hyperbole._JOKE`) — also « ha ha » written with a space.
_LAUGH = re.compile(r"\b(?:ha|ah|hi) (?:ha|ah|hi)\b")


def _laughs(text: str) -> bool:
    return bool(_JOKE.search(text) or _LAUGH.search(text))


def said_threat_hits(text: str) -> list[str]:
    """The threats of violence said in the conditional, the future or reported speech on the folded `text`: the words
    of each switch that is on and fires, none where the writer laughs or the violence is over and handled."""
    if not (SAID_THREAT_RULE or SAID_KILL_RULE) or _laughs(text) or _NO_FEAR.search(text) or violence_over(text):
        return []
    hits: list[str] = []
    if SAID_THREAT_RULE:
        hits += [match.group(0) for match in _SAID_THREAT.finditer(text)]
    # A kin or a thing that « will kill » the writer over a missed plane or a form (`triage_hyperbole`,
    # `triage_distress_checks`) is a figure, whatever the context; both read the infinitive « me tuer » only.
    figure = bool(_KILL_INFINITIVE.search(text)) and (figurative_kin_kill(text) or figurative_kill(text))
    if SAID_KILL_RULE and _DANGER_CONTEXT.search(text) and not figure:
        hits += [match.group(0) for match in _SAID_KILL.finditer(text)]
    return list(dict.fromkeys(hits))
