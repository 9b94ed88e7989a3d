"""What happened to the writer's papers: lost, stolen or out of date ("votre permis ayant été volé" to "j'ai perdu
mon permis", "vous avez perdu votre carte d'identité" to "j'ai perdu mon passeport, ma carte d'identité je l'ai
toujours"). A loss is not a theft: one needs a declaration, the other a complaint."""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

PAPERS = {
    "identity_card": r"carte (?:nationale )?d.identite|\bcni\b",
    "passport": r"passeport",
    "driving_licence": r"permis(?: de conduire)?\b(?! de (?:construire|sejour|travail|chasse))",
    "vitale": r"carte vitale",
    "registration": r"carte grise|certificat d.immatriculation",
    "residence_permit": r"titre de sejour|carte de sejour|recepisse",
    "bank_card": r"carte (?:bancaire|bleue)|\bcb\b",
    "family_book": r"livret de famille",
}
_EVENTS = {
    "lost": r"perdu\w*|egare\w*|perte\b",
    "stolen": r"vole\w*|\bvol\b|derobe\w*|cambriol\w*|arrache\w*",
    "expired": r"perime\w*|expire\w*|plus valide",
}
_KEPT = r"je l.ai (?:toujours|encore)|j.ai (?:toujours|encore) (?:ma|mon)|je (?:la|le) garde|toujours en ma possession"
_PAPER = "|".join(PAPERS.values())


def _name(text: str) -> str:
    return next(name for name, pattern in PAPERS.items() if re.search(pattern, text))


def _event(text: str) -> str:
    return next((name for name, pattern in _EVENTS.items() if re.search(pattern, text)), "")


def read_papers(folded: str) -> dict[str, set[str]]:
    """What a folded message says happened to each paper it names: {"passport": {"lost"}, "identity_card":
    {"kept"}}; an event is read in the clause around the paper's name."""
    papers: dict[str, set[str]] = {}
    for m in re.finditer(_PAPER, folded):
        name = _name(m.group())
        start = max(folded.rfind(c, 0, m.start()) for c in ".;?!,\n")
        stops = [i for i in (folded.find(c, m.end()) for c in ".;?!\n") if i >= 0]
        around = folded[start + 1 : min(stops) if stops else len(folded)]
        events = papers.setdefault(name, set())
        if re.search(_KEPT, folded[m.end() : m.end() + 40]):
            events.add("kept")
        elif event := _event(around):
            events.add(event)
    return papers


_DRAFT = re.compile(
    r"\b(?:vous avez (?:perdu|egare)|vous (?:a|ont) ete (?:volee?s?|derobee?s?))\s+(?:votre|vos)\s+(?:" + _PAPER + ")"
    r"|\b(?:votre|vos)\s+(?:" + _PAPER + r")[^,;:.]{0,20}?\b(?:ayant ete|a ete|vous a ete|vous ont ete|etant|est|sont|"
    r"ont ete)\s+(?:\w+\s+)?(?:perdu|egare|vole|derobe|perime|expire)\w*"
)


_CONDITION_BEFORE = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bque\b)[^.;:]{0,40}$")


def paper_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The parts of a folded draft sentence that say what happened to a paper of the writer's."""
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT.finditer(folded):
        if _CONDITION_BEFORE.search(folded[: m.start()]):
            continue  # "si vous avez perdu votre carte …": a fiche's case
        paper = re.search(_PAPER, m.group())
        name = _name(paper.group()) if paper else ""
        event = _event(m.group().replace(paper.group(), " ") if paper else m.group())
        out.append((m.start(), m.group(), [Trait("paper", f"{name}|{event}")]))
    return out


def paper_verdict(value: str, papers: dict[str, set[str]]) -> str:
    """An event a draft gives a paper against what the message says of that paper."""
    name, event = value.split("|")
    said = papers.get(name, set())
    if event in said:
        return CONSISTENT
    if said & {"lost", "stolen", "kept"} and event in {"lost", "stolen"}:
        return CONTRADICTED  # lost to one who had it stolen, or who still has it
    return UNSUPPORTED
