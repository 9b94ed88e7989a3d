"""What the writer says they never had, got or did, said back as had (forty-third pass): "je n'ai toujours reçu aucune
indemnité journalière" / "vous n'avez perçu qu'une partie de vos indemnités", "je ne me verse aucune rémunération" /
"vous vous versez une rémunération réduite", "je n'ai jamais fait de demande à la MDPH" / "vous avez déposé un
dossier à la MDPH".

The message's side: a thing after "aucun", "pas de", "jamais de", "plus de", or after "ne … pas / jamais / plus"
and a verb, in a clause whose subject is the writer ("je", "on", "nous"; not "mon mari", not "la CAF"). The draft's
side: a thing after a verb of getting, receiving, paying or filing whose subject is "vous" ("vous percevez", "vous
avez reçu", "vous vous versez", "vous avez déposé"), in a clause that does not deny it ("ne … que" is no denial).
Words of one class are one thing (a "demande" and a "dossier" filed, "indemnités" and "IJ"); any other noun is its
own class. "Plus" (no longer) contradicts only a draft in the present ("vous percevez"), not one in the past. A
thing the message also says the writer got ("je touche les IJ depuis juin") is not denied. Judged only where the
message denies the thing, so that alone it never makes a sentence "unsupported". Texts are folded.

Read at call time, so the lead can measure it both ways:"""

import re

from guichet.drafting.persona.lexicon import CONTRADICTED, MONTH, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

DENIED_THINGS = True

# One thing under several names: what is filed, what an employer or a fund pays.
_CLASSES = {
    "dossier": "demande",
    "candidature": "demande",
    "ij": "indemnite",
    "salaire": "remuneration",
    "paie": "remuneration",
    "paye": "remuneration",
}
# Nouns too vague to be a thing held ("pas de problème", "aucune idée").
_VAGUE = set(
    "probleme souci idee choix temps moyen moyens nouvelle nouvelles chance question raison doute aise autre place "
    "seul seule meme premier premiere vie rue mode quoi faire payer".split()
)
# Words around the thing in a draft's clause that are no thing.
_FUNCTION = set(
    "de du des le la les un une vos votre mes ma mon au aux qu que jusqu ici partie encore deja bien pas plus jamais "
    "aucun aucune rien depuis pour par sur en dans avec sans ce cette ces son sa ses leur leurs ne".split()
)
_ARTICLE = r"(?:de |d['’]|aucune? |un |une |le |la |les |l['’]|mes |ma |mon )"
_THING = r"([a-z]{2,})\b(?!['’-])"
_DENIAL = re.compile(
    rf"\b(?:aucune?\s+|pas de\s+|pas d['’]|jamais de\s+|jamais d['’]|plus de\s+|plus d['’]|plus aucune?\s+){_THING}"
    rf"|\b(?:ne\s+|n['’])(?:\w+\s+){{0,2}}?(pas|jamais|plus)\s+(?:encore\s+|toujours\s+)?(?:\w+\s+){{1,2}}?"
    rf"\b{_ARTICLE}{_THING}"
)
_FIRST_PERSON = re.compile(r"\b(?:je|j.|jai|on|nous|me|m.)(?![\w-])")
_GOT = re.compile(
    r"\b(?:je|j.|on|nous)\s*(?:\w+\s+)?(?:touche|percois|recois|ai recu|ai percu|ai touche|beneficie|ai obtenu|"
    r"ai depose|ai fait)\b[^.;]{0,30}?\b" + _THING
)
_DRAFT = re.compile(
    r"\bvous\s+(?:n.|ne\s+)?(?:\w+\s+){0,2}?(?:avez\s+|aviez\s+|vous\s+|vous etes\s+)?"
    r"(?:(?:deja|bien|jusqu.ici|encore|toujours|jamais|pas|plus)\s+)?"
    r"(percevez|percu|touchez|touche|recevez|recu|beneficiez|beneficie|versez|verse|deposez|depose|fait|faites|"
    r"obtenu|obtenez)\b([^.;]{0,50})"
)
_DRAFT_DENIED = re.compile(r"\b(?:ne|n.)\s*(?:\w+\s+){0,3}(?:pas|plus|jamais|aucune?|rien)\b")
# A denial bounded in time ("aucune aide en 2023", "pas de salaire pendant deux mois", "l'an dernier"): the writer may
# get the thing now or have got it at another time. "Depuis 2023" is no bound: the denial still holds.
_BOUNDED = re.compile(
    rf"\b(?:en|pendant|durant|au cours de|pour)\s+(?:l.annee\s+)?(?:19|20)\d\d\b|\ben\s+{MONTH}\b|\bpendant\b|"
    r"\bdurant\b|\bl.an dernier\b|\bl.annee derniere\b|\bce mois|\bcette annee\b|\bcet (?:ete|hiver|automne)\b"
    r"|\bjusqu.(?:a|en|au)\b|\bavant\b"
)
_PRESENT = {"percevez", "touchez", "recevez", "beneficiez", "versez", "deposez", "faites", "obtenez"}


def _thing(word: str) -> str:
    word = word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word
    return _CLASSES.get(word, word)


def read_denied(folded: str) -> dict[str, str]:
    """The things a folded message says its writer never had or got, each with how ("never" or "no longer")."""
    denied: dict[str, str] = {}
    if not DENIED_THINGS:
        return denied
    got = {_thing(m.group(1)) for m in _GOT.finditer(folded)}
    for sentence in re.split(r"[.;!?\n]", folded):
        for m in _DENIAL.finditer(sentence):
            clause = re.split(r",|\bmais\b|\bet\b|\bque\b|\bqui\b", sentence[: m.start()])[-1]
            if not _FIRST_PERSON.search(clause + m.group()[:6]) or other_subject(clause):
                continue
            after = re.split(r"[,:]|\bmais\b|\bcar\b|\bparce\b|\bet\b", sentence[m.end() :])[0]
            if _BOUNDED.search(clause + m.group() + after):
                continue  # "je n'ai touché aucune aide en 2023"
            thing = _thing(m.group(1) or m.group(3))
            if thing in _VAGUE or thing in _FUNCTION or thing in got:
                continue
            how = "no longer" if (m.group(2) == "plus" or re.match(r"plus\b", m.group())) else "never"
            denied[thing] = "never" if denied.get(thing) == "never" else how
    return denied


def denied_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The things a folded draft sentence says the writer gets or got ("vous percevez des indemnités" →
    "indemnite|present"), or says they do not ("vous n'avez reçu aucune indemnité", negated)."""
    out: list[tuple[int, str, list[Trait]]] = []
    if not DENIED_THINGS:
        return out
    for m in _DRAFT.finditer(folded):
        nouns = [n for n in re.findall(r"\b[a-z]{2,}\b", m.group(2)) if n not in _FUNCTION]
        tense = "present" if m.group(1) in _PRESENT else "past"
        negated = bool(_DRAFT_DENIED.search(m.group()))
        traits = [Trait("denied_thing", f"{_thing(n)}|{tense}", negated) for n in nouns[:3] if _thing(n) not in _VAGUE]
        if traits:
            out.append((m.start(), m.group(), traits))
    return out


def denied_verdict(value: str, denied: dict[str, str]) -> str:
    """A thing a draft says the writer gets against what the message denies (negation applied by the caller)."""
    thing, _, tense = value.partition("|")
    how = denied.get(thing)
    if not how or (how == "no longer" and tense == "past"):
        return UNSUPPORTED
    return CONTRADICTED
