"""The writer's public read again where a job's word means something else (thirty-sixth pass, engineer-r52).

`situations.qualifiers_in_message` reads the writer's public from a few words: "ma boîte" (a business owner's
firm), "titulaire" (a tenured civil servant), "dans le privé" (a private employee). Each of them also says
something else, and the fiche written for the wrong public is then the right one's neighbour
(`rerank.mismatch`):

* "ma boîte aux lettres", "ma boîte mail" is a letterbox, no firm (a carte grise not received, a name tagged on a
  letterbox were read as a business owner's);
* "ma boîte" of an employee ("dans ma boîte", "ma boîte m'a mis en chômage partiel", "j'ai quitté ma boîte") is the
  firm the writer works for, not a business owner's (one who creates, opens or runs it, "créer ma boîte", "j'ai
  monté ma boîte", stays independent). Not read as a private employee either: the `qualifier` feature then lifted
  every title that says "salarié" (ret-r24-042, a mobility clause, 1 → 2: F1918 « Un salarié doit-il suivre son
  entreprise si elle déménage ? » first);
* "élu titulaire au CSE", "membre titulaire" name a seat on a works council, not the writer's tenure ("moins payé
  que les titulaires" is a contract agent's comparison with the tenured: a public's agent still, ret-v30-077);
* the private sector as a destination ("je voudrais partir dans le privé") is where a civil servant wants to go,
  not the public they belong to.

Each rule removes the words from the text and reads the public again without them (`reads`: the qualifier's own
pattern, given by `situations`). On train + validation of corpora/retrieval these read 20 messages again (17 no
longer a business owner, 2 no longer a civil servant, 1 no longer a private employee) and move no gold fiche.

A second round reads the public where the message says it without the words above: a partner's job in brackets is
the partner's ("ma femme a été mutée (infirmière au CHU)"), the private sector named as a comparison by a writer who
names no public ("… comme dans le privé ?"), a public employer the writer speaks of as theirs beside a job's words
("Ma mairie peut-elle accepter une rupture conventionnelle ?", "vous prenez des apprentis à la mairie ?") and a job
at a hospital ("manipulatrice radio à l'hôpital", a nurse or a carer in a hospital ward: "aide-soignante titulaire en
gériatrie"). Eight more messages read again; of the 28, first fiche 15 → 18 and top 5 23 → 24 (ret-r34-021 2 → 1,
ret-v7-014 4 → 1, ret-r23-018 9 → 2, ret-r34-017 3 → 1, ret-v17-063 4 → 3; none down).
"""

from __future__ import annotations

import re
from collections.abc import Callable

READ_WORK_PUBLICS = True  # off: the thirty-fifth pass's reading (a measurement switch)

_LETTERBOX = re.compile(
    r"\b(ma|mes|la|une) boites? (aux lettres|mails?|e.?mails?|gmail|hotmail|outlook|vocale|postale)"
)
_EMPLOYEE_FIRM = re.compile(
    r"\b(dans|chez) ma boite\b|\bma boite (me|m.|nous|veut|va|licencie\w*|ferme|supprime)\b"
    r"|\b(quitte|partie?|parti|vire|viree|licenciee?) (de )?ma boite\b"
)
_OWN_FIRM = re.compile(r"\b(creer|cree|lance\w*|monte\w*|ouvr\w*|gere\w*|reprendre|repris) ma boite\b|ma boite de \w+")
_SEAT_OR_OTHERS = re.compile(
    r"\b(elue?|membre|delegue|representant)e?s? titulaires?\b|\btitulaires? (au|du) (cse|comite)\b"
)
_TO_PRIVATE = re.compile(
    r"\b(partir|aller|passer|rejoindre|travailler|retourner|bosser|me reconvertir)( \w+){0,2} (dans|vers) le prive\b"
)
_CIVIL = ("agent public", "fonctionnaire titulaire")
# Second round. A partner's job said in brackets after them ("ma femme a été mutée à Bordeaux (infirmière au CHU)")
# is theirs, not the writer's (`situations._RELATIVE_PUBLIC` reads "ma femme, infirmière" and "ma femme qui est…").
_PARTNER_JOB = re.compile(
    r"\b(ma|mon) (femme|mari|epouse?|conjointe?|compagne|compagnon|copine|copain)\b[^.?!()]{0,60}\([^)]{0,80}\)"
)
_PUBLICS = (
    "agent public",
    "fonctionnaire titulaire",
    "agent contractuel",
    "fonction publique d'État",
    "fonction publique territoriale",
    "fonction publique hospitalière",
)
# The private sector named as a comparison ("une rupture conventionnelle comme dans le privé") by a writer whose
# public the message does not otherwise say: `situations._COMPARED_PRIVATE` reads it only beside a civil service.
_COMPARED = re.compile(
    r"\b(comme|contrairement|par rapport|a la difference) (dans |pour |a |au |aux |avec )?(le |les |du |des )?"
    r"(secteur )?(prive|salaries du prive)\b"
)
# A public employer the writer speaks of as theirs, beside the words of a job ("Ma mairie peut-elle accepter une
# rupture conventionnelle ?", "vous prenez des apprentis à la mairie ?"), and a job at a hospital ("manipulatrice radio
# à l'hôpital"): the writer is its agent.
_OWN_PUBLIC_EMPLOYER = re.compile(
    r"\b(ma|notre) (mairie|commune|collectivite|administration|hopital|ministere)\b (\w+ )?"
    r"(peut|pourrait|va|veut|refuse\w*|accepte\w*|me|m.|nous|dit|exige\w*)"
    r"|\bapprenti\w*\b[^.?!]{0,40}\b(a la|en|dans une|dans la|au sein d.une) (mairie|collectivite|fonction publique"
    r"|administration)\b"
)
_JOB_WORDS = re.compile(
    r"rupture conventionnelle|demission\w*|\bconges?\b|arret (maladie|de travail)|salaire|licenci\w*|\bcontrat\b"
    r"|mon poste|titularis\w*|mutation|disponibilite|apprenti\w*|heures sup\w*"
)
# A nurse or a carer who names a hospital ward ("infirmière titulaire, heures sup en réanimation") works at a hospital,
# which of the three civil services the message did not say otherwise.
_SERVICES = ("fonction publique d'État", "fonction publique territoriale", "fonction publique hospitalière")
_HOSPITAL_WARD = re.compile(
    r"\b(infirmi\w+|aide.soignante?s?|brancardiers?|sages?.femmes?|manipulat\w+ radio)\b[^.?!]{0,80}"
    r"\b(en|aux?|dans le service d.|du service d.) ?(reanimation|urgences|pediatrie|chirurgie|maternite|oncologie"
    r"|cardiologie|geriatrie|bloc operatoire|soins intensifs)\b"
    r"|\b(en|aux?|dans le service d.|du service d.) ?(reanimation|urgences|soins intensifs)\b[^.?!]{0,80}"
    r"\b(infirmi\w+|aide.soignante?s?)\b"
)
_AT_HOSPITAL = re.compile(
    r"\b(je suis|je travaille( comme)?|travaillant comme) (\w+ ){0,3}(a l.hopital|au chu|dans un hopital"
    r"|en centre hospitalier|au centre hospitalier)\b"
)


def reread(folded: str, found: set[str], reads: Callable[[str, str], bool]) -> set[str]:
    """The writer's publics in `found`, read again without the words that meant something else."""
    if not READ_WORK_PUBLICS:
        return found
    found = set(found)
    if "indépendant" in found and "boite" in folded:
        stripped = _LETTERBOX.sub(" ", folded)
        if _EMPLOYEE_FIRM.search(stripped) and not _OWN_FIRM.search(stripped):
            stripped = _EMPLOYEE_FIRM.sub(" ", stripped)
        if not reads("indépendant", stripped):
            found.discard("indépendant")
    if "titulaire" in folded and found & set(_CIVIL) and _SEAT_OR_OTHERS.search(folded):
        stripped = _SEAT_OR_OTHERS.sub(" ", folded)
        for name in _CIVIL:
            if name in found and not reads(name, stripped):
                found.discard(name)
    if "salarié du privé" in found and found & set(_CIVIL) and _TO_PRIVATE.search(folded):
        if not reads("salarié du privé", _TO_PRIVATE.sub(" ", folded)):
            found.discard("salarié du privé")
    if found & set(_PUBLICS) and _PARTNER_JOB.search(folded):
        stripped = _PARTNER_JOB.sub(" ", folded)
        for name in _PUBLICS:
            if name in found and not reads(name, stripped):
                found.discard(name)
    if "salarié du privé" in found and not found & set(_PUBLICS) and _COMPARED.search(folded):
        if not reads("salarié du privé", _COMPARED.sub(" ", folded)):
            found.discard("salarié du privé")
    if not found & set(_PUBLICS):
        if _OWN_PUBLIC_EMPLOYER.search(folded) and _JOB_WORDS.search(folded):
            found.add("agent public")
        elif _AT_HOSPITAL.search(folded):
            found |= {"agent public", "fonction publique hospitalière"}
    if not found & set(_SERVICES) and "salarié du privé" not in found and _HOSPITAL_WARD.search(folded):
        found |= {"agent public", "fonction publique hospitalière"}
    return found
