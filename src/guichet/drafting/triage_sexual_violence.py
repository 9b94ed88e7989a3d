"""Sexual violence done now by someone with power over the writer, told plainly (forty-eighth pass of issue 12,
engineer-fk).

The model retrained in the forty-eighth pass on angry workers (unpaid wages, an unfair dismissal: no danger) no
longer reads as distress a worker who says calmly that her boss touches her when they are alone. The twenty-third
pass's rule (`triage_deprivation.SEXUAL_HARASSMENT_AT_WORK`) asks for three things at once — a sexual act said by
"il"/"elle", a superior, and the job at stake — and misses "mon patron me touche", a client, a colleague, a landlord,
a host, or an act told without the job. Sexual harassment, sexual assault and rape by a boss, a colleague, a client,
a landlord, a host or a partner are distress (the police, the 3919, the emergency numbers), even said calmly and even
when what is asked is someone else's business.

`sexual_violence_now(text)` reads, on folded text, in one sentence:

* **who**: a person with power or proximity named as the doer (`_DOER`): a boss or superior, a colleague, a client,
  a trainer, a landlord or a host ("le monsieur chez qui je travaille", "l'ami de mon oncle" who houses), a partner
  or ex-partner; or "il"/"ils" when such a person is named elsewhere in the message;
* **does what to whom**: a sexual act done to the writer (`_ACT_ON_ME`: "me touche", "me tripote", "m'embrasse de
  force", "m'a agressée sexuellement", "m'a violée", "me force à avoir des rapports", "met la main entre les
  jambes", "pose sa main sur ma cuisse", "m'envoie des photos de son sexe", "exige que je couche avec lui", "me
  demande des photos de moi nue") or to the writer's child or relative ("son patron la tripote"; not "la touche",
  which is also to receive money);
* **or** sexual harassment the writer says they suffer now, its doer unsaid (`_ONGOING`: "le harcèlement
  sexuel que je subis");
* **now**: nothing says it is over (`_OVER`: "il y a deux ans", "a été condamné", "c'est terminé", "l'affaire a été
  jugée", a former boss, a settlement signed).

A question about the law ("mes obligations pour prévenir le harcèlement sexuel"), a patient's or a client's case told
by a professional, or "ça me touche" (it moves me) names no act done to the writer by such a doer.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

# Switch (measured on and off in the forty-eighth pass): reason above — the retrained model misses sexual violence by
# someone with power over the writer told calmly, and the older rule needs the job at stake and "il me touche".
SEXUAL_VIOLENCE_RULE = True

_POWER = (
    r"(?:patron\w*|chef\w*(?: d'equipe| de rayon| de service| de chantier)?|employeur|gerant\w*|responsable"
    r"|directeur|directrice|superieure?|contremaitre|manager|n\+1|dg|pdg|maitre de stage|maitre d'apprentissage"
    r"|tuteur|tutrice|formateur|collegues?|client\w*|proprio|proprietaire|bailleur|logeur|hebergeur"
    r"|mari|epoux|conjoint|compagnon|copain|concubin|ex(?:-compagnon|-mari|-conjoint)?|beau-pere)"
)
# The doer named: "mon patron", "le chef d'équipe", "un client", "le monsieur chez qui je travaille", "son patron".
_DOER = re.compile(
    rf"\b(?:mon|ma|mes|le|la|les|un|une|son|sa|ses|leur|notre|l'|des|deux|trois) ?(?:\w+ )?{_POWER}\b"
    r"|\b(?:le monsieur|la dame|l'homme|la femme|la personne|l'ami \w+ \w+) chez (?:qui|lequel|laquelle)\b"
    r"|\bhebergee? chez\b|\b(?:the|my) (?:\w+ )?(?:boss|manager|owner|landlord|colleague|client|supervisor)\b"
)
_ACT_VERBS = (
    r"(?:(?:touch|tripot|caress|pelot|frott)(?:e|es|ent|ait|aient|ee|ees)|viol(?:e|ent|ait|ee)"
    r"|embrass\w* de force|agress\w* sexuellement|plaque\w* contre|coince\w* (?:dans|contre))\b"
)
# Acts said of someone the writer writes for ("son patron la tripote"): not "toucher", which is also to receive
# money ("ma soeur les touche", "une collègue l'a touchée pendant 2 ans", read in the retrieval and drafting corpora).
_ACT_VERBS_OTHER = (
    r"(?:(?:tripot|caress|pelot)(?:e|es|ent|ait|aient|ee|ees)|viol(?:e|ent|ait|ee)|embrass\w* de force"
    r"|agress\w* sexuellement)\b"
)
# A sexual act done to the writer ("me", "m'") or to someone the writer writes for ("la", "le", "les").
_ACT_ON_ME = re.compile(
    rf"\b(?:me|m'|m ) ?(?:a |ont |avait )?(?:encore |souvent |toujours |deja )?{_ACT_VERBS}"
    rf"|\b(?:la|le|l'|les) ?(?:a |ont |avait )?(?:encore |souvent |toujours |deja )?{_ACT_VERBS_OTHER}"
    r"|\b(?:a|avait|ont) (?:essaye|tente|voulu) de (?:m'|me |la |l')(?:embrass\w*|touch\w*|viol\w*)"
    r"|\b(?:me|m'|la|l') ?(?:force|forcent|obligent?|a forcee?) a (?:avoir des rapports|coucher|dormir avec"
    r"|(?:le|les) toucher|(?:le|les) sucer)\b"
    r"|\bmet(?:tent)? (?:la|sa|les|ses) mains? (?:entre (?:mes|les|ses) jambes|aux fesses|sur (?:mes|ma|mon|les|la|ses"
    r"|sa|son) (?:fesses|seins|poitrine|cuisses?|sexe))"
    r"|\bpose (?:sa|la|ses|les) mains? sur (?:ma|mes|sa|ses) (?:cuisses?|fesses|poitrine|seins|sexe)\b"
    r"|\b(?:m'|me |lui )envoie\w* des (?:photos|videos|images) (?:de son sexe|de lui nu|porno\w*|sexuel\w*)"
    r"|\b(?:photos|videos) de moi (?:nue?|en sous-vetements|en culotte|denudee?)\b"
    r"|\b(?:exige|veut|demande|dit) que je (?:couche|dorme) avec lui\b|\bsi je couche avec (?:lui|eux)\b"
    r"|\bm'attend\w* nue?\b|\bme (?:fait|fais) des (?:avances|propositions) (?:sexuelles|insistantes)?"
    r"|\b(?:grabs|touches|gropes|kissed|assaulted|raped) me\b"
)
# Sexual harassment said to go on, its doer left unsaid ("le harcèlement sexuel que je subis", "il continue").
_ONGOING = re.compile(
    r"\b(?:que je subis|je subis|je continue (?:a|de) subir|je vis) (?:du |un |le )?(?:harcelement sexuel"
    r"|des (?:attouchements|agressions sexuelles))|\bharcelement sexuel (?:que je subis|qui continue|au quotidien)\b"
)
# Said to be over: long ago, judged, settled, or by a former boss.
_OVER = re.compile(
    r"\bil y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques) ans\b|\bcondamnee?s?\b"
    r"|\b(?:affaire|procedure|plainte) (?:a ete |est )?(?:jugee|classee|terminee|reglee)\b|\bc'est (?:termine|fini"
    r"|regle)\b|\bancien(?:ne)? (?:chef|patron\w*|employeur|responsable|directeur|directrice|manager|collegue"
    r"|proprietaire|compagnon|mari|conjoint)\b|\btransaction\b|\bquand j'etais (?:petite?|enfant|jeune)\b"
)
_PRONOUN_DOER = re.compile(r"\b(?:il|ils)\b")
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*")


def sexual_violence_now(text: str) -> bool:
    """Whether the (raw or folded) text tells a sexual act done now to the writer, or to someone they write for,
    by a person with power or proximity (a boss, a colleague, a client, a landlord, a host, a partner)."""
    folded = fold(text)
    if _OVER.search(folded):
        return False
    if _ONGOING.search(folded):
        return True
    named = bool(_DOER.search(folded))
    for part in _SENTENCE.split(folded):
        act = _ACT_ON_ME.search(part)
        if act is None:
            continue
        before = part[: act.start()]
        if _DOER.search(before) or (named and _PRONOUN_DOER.search(before)):
            return True
    return False
