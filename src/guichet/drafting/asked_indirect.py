"""A question asked indirectly, or as a hope, is asked (fifty-seventh pass, engineer-d96; read by
`guichet.drafting.asked`).

The check splits the message into what it asks and what it tells (`asked._split_piece`); a sentence without "?" asks
only after one of its cues (`asked._ASK_CUE`: "savoir si", "pouvez-vous me dire", "j'espère que"…). The polite and
indirect forms the cues did not read left the question told, so the draft's answer read as the writer's story told
back: "je voudrais savoir s'il faut refaire mon passeport" ("si" elided before "il"), "pouvez-vous m'indiquer si je
peux cumuler…" (the pronoun elided), "dites-moi si ma fille peut encore être rattachée…", "jveu savoir c quand la
date limite…", "j'espère pouvoir le garder", "j'espère ne pas avoir à payer la taxe d'habitation", "j'espère
vraiment que ma carte sera prête", "est-ce normal que…" without its "?".

`READ_ASKED` (the switch): the clause after one of these cues is asked, as after the older ones (folded text):

- an indirect question whose "si" is elided before "il(s)": "savoir s'il", "je me demande s'il", "je ne sais pas
  s'il", "j'ignore s'ils";
- a request to be told, whatever its pronoun: "m'indiquer", "m'expliquer", "me préciser", "nous indiquer", "dites-
  moi si / quand / combien…", "faites-moi savoir", "me faire savoir", "me renseigner sur", "m'éclairer sur";
- "savoir" before a question word the writing of a text message puts a "c" or a "c'est" in front of: "savoir c
  quand", "savoir c'est combien";
- the writer's hope of a verb, not of a clause: "j'espère pouvoir / ne pas avoir / obtenir / garder…", and "j'espère
  vraiment / bien / tellement que…" (the older cue read "j'espère que" alone);
- "est-ce normal que", "est-il normal que", "c'est normal que", "je me pose la question", "on se pose la question".

These are general forms of French, never one batch's words. A draft sentence in them is no statement where the older
cues say so (`asked._is_statement` reads the older cues only): "Vous espérez pouvoir garder…" is reported by
`asked._REPORTED`'s "vous espérez".
"""

import re

READ_ASKED = True  # the switch: the clause after one of the indirect forms above is asked

_CUE = re.compile(
    # "si" elided before "il(s)"
    r"\b(?:savoir|demande|demandais|demandons|demandions|sais (?:pas|plus)|sait (?:pas|plus)|ignore|ignorons"
    r"|verifier|dire|confirmer|preciser|indiquer) s'ils?\b"
    # a request to be told, whatever its pronoun
    r"|\b(?:m'|me |nous )(?:indiquer|expliquer|preciser|eclairer|informer|renseigner)\b"
    r"|\b(?:dites|indiquez|precisez|confirmez|expliquez)[- ](?:moi|nous)\b"
    r"|\b(?:faites[- ](?:moi|nous)|me faire|nous faire) savoir\b"
    # "savoir c quand": a text message's "c" or "c'est" before the question word
    r"|\bsavoir (?:c|c'est|cest|c'etait) (?:quand|combien|comment|ou|quoi|qui|si|quel(?:le)?s?)\b"
    # the writer's hope of a verb, or "j'espère vraiment que"
    r"|\bj'?espere (?:(?:vraiment|bien|tellement|beaucoup|sincerement|fortement|de tout coeur) )?"
    r"(?:qu(?:e\b|')|ne\b|n'|(?!(?:votre|notre|leur|entre|autre|encore|lire)\b)[a-z]+(?:er|ir|re|oir)\b)"
    # "est-ce normal que" without its "?"; the question named as such
    r"|\b(?:est[- ]ce|est[- ]il|c'?est|ce n'est pas|c'?etait) (?:normal|possible|legal|obligatoire) qu(?:e\b|')"
    r"|\b(?:je me pose|on se pose|nous nous posons) (?:la|une) question\b"
)


def cue(folded_piece: str, older: re.Match[str] | None) -> re.Match[str] | None:
    """Where the asked clause of a folded piece of the message opens: at the older cue (`older`, from
    `asked._ASK_CUE`) or at one of the indirect forms above, whichever comes first; the older cue alone when the
    switch is off."""
    own = _CUE.search(folded_piece) if READ_ASKED else None
    if own is None or (older is not None and older.start() <= own.start()):
        return older
    return own
