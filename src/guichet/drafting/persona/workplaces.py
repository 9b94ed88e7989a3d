"""A place of work or of a mission the draft gives the writer, read against the places the message gives the
writer and the other persons it names ("mon mari est magasinier chez Leroy Merlin" / "vous travaillez chez Leroy
Merlin", "ma sœur est volontaire en service civique à la mairie de Toulouse" / "vous êtes volontaire en service
civique à la mairie de Toulouse").

A model that reads a household takes the employer, the firm or the association named for a partner, a brother or a
son as the writer's; the trades (`jobs`) and statuses (`lexicon.ACTIVITY`) do not see it when the writer shares the
status ("volontaire" both) or when no trade is named ("vous travaillez chez …"). This reads the places after "chez",
"au", "à la", "à l'", "aux", "dans" in a clause about work (a trade, a status, a verb of working), whose they are
(`subjects.other_subject`), and compares a draft's place by its distinctive words (a generic head — "mairie",
"garage", "association" — names no place alone) or by the pseudonymisation's placeholder (`[EMPLOYEUR_1]`, restored
from the mapping in the private text, `claims.private_dates`). A place the message gives another person only is
contradicted when the message says what the writer does; the writer's own is consistent; otherwise no trait.
"""

import re

from guichet.drafting.persona.frames import writer_clauses
from guichet.drafting.persona.jobs import JOBS
from guichet.drafting.persona.lexicon import ACTIVITY, CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# What makes a clause speak of work or of a mission: a trade, a status, a verb of working.
_WORK = re.compile(
    r"(?<![\w-])(?:"
    + "|".join([*JOBS.values(), *ACTIVITY.values()])
    + r"|travaill\w*|bosse\w*|embauchee?s?|employee?s?|stage|stagiaire|mission|volontaire|en poste|cdi|cdd)"
    r"(?![\w-])"
)
_PLACE = re.compile(r"\b(?:chez|au|aux|a la|a l['’]|dans (?:une?|la|le|l['’]))\s*([^,;:.?!()\n]{1,60})")
# Where a place's name ends: a word that starts another phrase ("chez Decathlon à Créteil depuis 2019").
_NAME_END = re.compile(
    r"\s(?:depuis|et|pour|en|comme|qui|ou|mais|avec|pendant|a|sur|dans|par|car|donc|je|j|il|elle|on|nous|vous|"
    r"ce|cet|cette|quand|lorsque|si|est|sont|a|ai|suis|touche|gagne|fait)\b"
)
_NAME_WORDS = 4


def _name(text: str) -> str:
    """The name at the start of `text`, to the first word that opens another phrase, four words at most."""
    stop = _NAME_END.search(f" {text}")
    name = f" {text}"[: stop.start()] if stop else f" {text}"
    return " ".join(name.split()[:_NAME_WORDS])


# A person or a home after "chez" ("chez ma mère", "chez un ami"): no workplace.
_NOT_A_PLACE = re.compile(r"^(?:mon|ma|mes|ton|ta|son|sa|ses|notre|nos|votre|vos|leur|leurs|un|une|des|moi|lui|eux)\b")
# Words that name a kind of place, not the place ("la mairie de Toulouse" is told by "Toulouse").
_GENERIC = set(
    "de la le les l d du des et garage mairie hopital ecole association asso clinique restaurant resto entreprise "
    "societe boite magasin usine ehpad creche cabinet centre agence service club supermarche boulangerie salon "
    "ferme cooperative start-up pme commune ville bureau bureaux caserne foyer maison residence structure "
    "etablissement groupe enseigne chaine".split()
)


def _words(name: str) -> frozenset[str]:
    """The words of a place's name ("la mairie de toulouse" → {"mairie", "toulouse"}), placeholders kept."""
    words = re.split(r"[^\w\[\]-]+", re.sub(r"\b[ld]['’]", " ", name))
    return frozenset(w for w in words if (len(w) > 2 or w.startswith("[")) and w not in {"les", "des", "aux"})


def _told_by(name: str) -> frozenset[str]:
    """The words a draft's place is known by: its distinctive words ("toulouse"), else its kind ("la mairie")."""
    words = _words(name)
    return (words - _GENERIC) or words


# A place the writer worked at before ("j'ai été volontaire au Sénégal", "j'ai fait un service civique à l'Unicef").
_PAST = re.compile(
    r"\b(?:etais|ai ete|avais ete|ai travaille|avais travaille|travaillais|ai fait|avais fait|faisais|ai effectue|"
    r"avant)\b[^.;?!]{0,70}$"
)
# A draft that says where the writer is now ("vous êtes", "vous travaillez", "vous faites"), not where they were.
_NOW = re.compile(r"^vous\s+(?:ne\s+|n.)?(?:etes|travaillez|faites|effectuez|exercez)\b")


def read_workplaces(folded: str) -> tuple[set[frozenset[str]], set[frozenset[str]], set[frozenset[str]]]:
    """The places of work a folded message gives its writer now, those it gives another person it names, and those
    where the writer worked before."""
    own: set[frozenset[str]] = set()
    others: set[frozenset[str]] = set()
    past: set[frozenset[str]] = set()
    for m in _PLACE.finditer(folded):
        name = _name(m.group(1))
        if not name or _NOT_A_PLACE.match(name):
            continue
        clause = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, m.start() - 90) : m.start()])[-1]
        if not _WORK.search(clause[-70:]):
            continue
        words = _words(name)
        if words:
            (others if other_subject(clause) else past if _PAST.search(clause) else own).add(words)
    return own, others, past - own


def workplace_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The places of work or mission a folded draft sentence gives the writer ("vous travaillez chez …", "vous êtes
    apprentie au garage …"), in the clauses that speak of the writer (`frames.writer_clauses`)."""
    out: list[tuple[int, str, list[Trait]]] = []
    for start, clause in writer_clauses(folded):
        traits: list[Trait] = []
        for m in _PLACE.finditer(clause):
            name = _name(m.group(1))
            if not name or _NOT_A_PLACE.match(name) or not _WORK.search(clause[: m.start()]):
                continue
            words = _told_by(name)
            if words:
                tense = "now" if _NOW.match(clause) else "any"
                traits.append(Trait("workplace", f"{tense}|{' '.join(sorted(words))}"))
        if traits:
            out.append((start, clause, traits))
    return out


def workplace_verdict(
    value: str, own: set[frozenset[str]], others: set[frozenset[str]], past: set[frozenset[str]], known: bool
) -> str:
    """A place given to the writer: the message gives it to them, or only to another person while it says what the
    writer does (`known`), or only as a place of the writer's past while the draft says it is theirs now."""
    tense, _, names = value.partition("|")
    words = set(names.split())
    if any(words <= place for place in own):
        return CONSISTENT
    if any(words <= place for place in past):
        return CONTRADICTED if tense == "now" else CONSISTENT
    return CONTRADICTED if known and any(words <= place for place in others) else UNSUPPORTED
