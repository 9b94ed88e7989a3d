"""Violence the writer has left and says is over, told before a routine question (twenty-eighth pass of issue 12).

Victims of domestic violence, and those who write for them, name the violence to explain a routine step: "il m'a
poussée dans l'escalier une fois. C'est fini, j'ai refait ma vie à Brest et je vais bien. … Comment ça marche,
l'ARIPA ?" (cb-011), "je suis partie à cause de violences, je suis maintenant en résidence sociale et tout se passe
bien" (cb-030), "Elle est hébergée en lieu sûr" (cb-029, a social worker). The violence rules and the model read the
violence and put the message first as distress, and its draft opens on the emergency numbers the writer did not ask
for (hidden batch cb: 15 of 18 routine messages flagged).

`violence_over(text)` is true only when all of these hold:

* violence is named (`_VIOLENCE`);
* the writer, or the person written for, has left it or the aggressor is out of the home: "j'ai quitté", "je suis
  partie", "a fui", "depuis le divorce", "il a été condamné" (`_LEFT`);
* the writer says it is over now: "je vais bien", "ça va mieux", "tout se passe bien", "je suis en sécurité", "en lieu
  sûr", "c'est fini" (not "c'est fini pour moi"), "j'ai refait ma vie", "il n'a plus le droit de m'approcher"
  (`_SAFE_NOW`);
* nothing says the danger goes on or is feared: fear, threats, harassment, being found or followed, an aggressor
  who writes, comes back or leaves prison, children who still go to him, an aggressor the writer must still see
  (`_STILL_FEARED`), these days' words ("hier", "cette nuit", "de nouveau", `_RECENT`), despair, death or farewell
  cues, a warning sign of suicide or a sign of acute hardship.

`triage()` then drops the violence rule's hits (never those of suicide or a child), and `learned_after_gates` drops
the model's distress. A victim who left but is still threatened, who must still see the aggressor or who fears for
the children keeps the label: a missed distress can cost a life, a false alarm a glance.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_signs import warning_signs

_VIOLENCE = re.compile(
    r"\bviolen(?:ce|ces|t|te|ts|tes)\b|\bfrapp\w*|\bbatt(?:ait|u|ue|ues)\b|\bme bat\b|\bcoups\b|\bpouss\w* dans"
    r"|\bgifl\w*|\betrangl\w*|\bagress\w*|\bemprise\b"
)
_LEFT = re.compile(
    r"\b(?:j'ai|elle a|nous avons|on a|ma (?:mere|fille|soeur|voisine|cliente) a) (?:enfin |fini par |donc )?"
    r"(?:quitte|fui)\b"
    r"|\b(?:je l'ai|elle l'a|nous l'avons|on l'a) (?:enfin |fini par )?quitte\b"
    r"|\b(?:je suis|elle est|nous sommes|on est) (?:enfin |donc )?partie?s?\b"
    r"|\bapres avoir (?:quitte|fui)\b|\bpour (?:quitter|fuir)\b|\bj'ai du (?:partir|quitter|fuir)\b"
    r"|\ben quittant (?:le domicile|la maison|mon|notre)\b"
    r"|\bdepuis (?:mon|son|notre) depart\b|\bdepuis que (?:je suis partie?|j'ai quitte|elle est partie|elle a quitte)"
    r"|\b(?:je suis|je me suis|on s'est|nous nous sommes|elle est) separee?s?\b"
    r"|\b(?:depuis|apres) (?:le|mon|notre|son) divorce\b|\ble divorce (?:a ete|est) prononce\b"
    r"|\ba ete condamne\b|\bje ne vis plus avec\b"
)
_SAFE_NOW = re.compile(
    r"\b(?:je|on|nous|elle|ils) (?:vais|va|allons|vont) (?:tres |beaucoup |vraiment |nettement )?(?:bien|mieux)\b"
    r"|\bca va (?:beaucoup |bien |nettement |tellement )?mieux\b"
    r"|\b(?:tout|ca) se passe (?:tres )?bien\b"
    r"|\b(?:je suis|nous sommes|elle est|ils sont|on est|elles sont) (?:\w+ )?(?:maintenant |desormais |aujourd'hui "
    r"|enfin )?en securite\b"
    r"|\ben lieu sur\b|\bla situation est stabilisee\b"
    r"|\bc'est (?:bien |enfin )?(?:fini|termine|derriere (?:moi|nous))\b(?! pour (?:moi|nous))"
    r"|\bj'ai refait ma vie\b|\b(?:jamais|enfin) (?:ete )?(?:aussi )?tranquille\b"
    r"|\bje n'y retournerai (?:pas|jamais)\b"
    r"|\bn'a plus le droit de (?:m'|nous |l')approcher\b|\bplus aucun contact\b"
    # A home of one's own now, away from the aggressor: "je vis maintenant chez mes parents", "je suis désormais
    # hébergée par une association", "je me suis installée chez une amie".
    r"|\b(?:je|nous|elle|on) (?:vis|vit|vivons|suis|est|sommes) (?:maintenant|desormais|aujourd'hui) "
    r"(?:\w+ ){0,2}(?:chez|dans|en|a)\b"
    r"|\b(?:je suis|nous sommes|elle est) (?:maintenant|desormais) (?:installee?s?|relogee?s?|hebergee?s?|logee?s?"
    r"|accueillie?s?)\b"
    r"|\b(?:je me suis|elle s'est|nous nous sommes|on s'est) (?:\w+ )?installee?s?\b"
    r"|\b(?:je suis|je vis|nous sommes|elle est|elle vit) (?:a [\w-]+ )?(?:maintenant |desormais )?chez "
    r"(?:ma|mes|mon|une|un|sa|ses|son) (?:tante|mere|parents|soeur|frere|fille|fils|amie?|cousine?|oncle"
    r"|grand-mere|grands-parents|pere)\b"
)
_STILL_FEARED = re.compile(
    r"\bpeur\b|\bcrain(?:s|t|dre)\b|\beffray\w*|\bterrifi\w*|\bterroris\w*|\bangoiss\w*|\bpanique\w*"
    r"|\bmenac\w*|\bharcel\w*|\bme (?:retrouve|retrouvera|suit|guette|surveille|cherche|poursuit|traque)\b"
    r"|\bm'a retrouvee?\b|\bsait ou (?:je|nous|elle|on)\b|\ba (?:trouve|retrouve) (?:ma|mon|notre|son) (?:nouvelle )?"
    r"(?:adresse|logement)"
    r"|\b(?:il|mon ex|son ex) (?:continue|recommence|revient|reviendra|rentre|m'ecrit|m'appelle|m'envoie|m'attend"
    r"|nous attend|debarque|rode)\b"
    r"|\b(?:sortir|sort|sortira|sorti|libere) de prison\b|\bsa (?:sortie|liberation)\b"
    r"|\bdroit de visite\b|\bgarde alternee\b|\bremise des enfants\b"
    r"|\b(?:vont|va|passent|passe|restent|reste) (?:\w+ )?chez (?:lui|leur pere|son pere)\b"
    r"|\b(?:dois|devrai|faut) (?:encore |toujours )?(?:le|la) (?:voir|croiser|rencontrer)\b"
    r"|\bsous son emprise\b|\bpas en securite\b"
    # Violence or control said in the present: "il me frappe", "il a mes codes et il regarde tout", "il ne faut pas
    # qu'il sache où".
    r"|\b(?:il|elle) (?:me|nous) (?:frappe|bat|tape|insulte|surveille|controle)\b"
    r"|\b(?:il|elle) (?:a|garde) (?:mes|nos) (?:codes|mots de passe|identifiants|cles)\b"
    r"|\bil (?:regarde|lit|voit) tout\b"
    r"|\b(?:il|elle) ne (?:doit|faut) pas (?:qu'il|qu'elle) (?:sache|trouve|voie)|\bpas qu'il (?:sache|trouve|voie)\b"
    r"|\bsans qu'il (?:le )?(?:sache|trouve|voie)\b|\bqu'il ne (?:verra|trouvera|saura) pas\b"
)
_RECENT = re.compile(
    r"\b(?:hier|avant-hier|cette nuit|ce soir|ce matin|tout a l'heure|de nouveau|a nouveau|encore une fois"
    r"|recommence\w*|la semaine derniere|ce week-end|ces derniers jours)\b"
    r"|\b(?:il y a|depuis) (?:\d+|un|une|deux|trois|quatre|cinq|six|quelques) (?:jours?|nuits?)\b"
)


def violence_over(text: str) -> bool:
    """The (raw or folded) text names violence the writer (or the person written for) has left, says it is over
    now, and says nothing of a danger still going on or feared, of these days, of despair or of hardship."""
    folded = fold(text)
    if not (_VIOLENCE.search(folded) and _LEFT.search(folded) and _SAFE_NOW.search(folded)):
        return False
    return quiet(folded)


def quiet(folded: str) -> bool:
    """Nothing in the folded text says a danger goes on or is feared: no fear, threat or pursuit, no present-tense
    violence, no words of these days, no despair, death or farewell cue, no warning sign of suicide, no sign of acute
    hardship (`violence_over`'s condition, shared with `triage_violence_settled`)."""
    if _STILL_FEARED.search(folded) or _RECENT.search(folded):
        return False
    counts = cue_counts(folded)
    if counts["despair"] or counts["death"] or counts["farewell"]:
        return False
    return not (warning_signs(folded) or hardship_signs(folded))
