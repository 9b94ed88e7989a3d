"""What an angry message says to the office, told apart from what it asks (forty-fifth pass, engineer-r76).

A furious writer puts the real question in the middle of the anger: "C'est une blague ??? […] Je veux savoir jusqu'à
combien d'années en arrière vous avez le droit de venir fouiller". Three readings of `query.understand` lost that
question on the validation split of corpora/retrieval (abusive and distress messages, the kinds weakest at hit@1):

* **Rhetorical questions** aimed at the office ("C'est une blague ???", "vous vous rendez compte ?", "Qu'est-ce que
  vous voulez de plus ?", "vous voulez que je fasse un AVC ?", "Vous servez à quoi ?", "C'est quoi ce délire.")
  have a question mark or an interrogative, so they were read as asks: weighed twice in the lexical query, a
  sub-query of their own, first in the sentence encoder's short text. `rhetorical` names them; beside another ask
  they are noise (`READ_RHETORIC`). A message whose only asks are rhetorical keeps them: nothing else asks.
* **Orders instead of questions** ("Dites-moi ce qu'il faut envoyer pour que ça passe enfin", "dis-moi si je peux
  garder la mutuelle", "indiquez-moi où déposer…"): no question mark and no interrogative the sorter knew, so the
  only sentence that says the need was read as story. `command` names them; they are asks (`READ_COMMANDS`). Not
  "répondez-moi vite", which asks nothing.
* **Sneers at the office inside a sentence** ("Vous êtes des incompétents payés avec nos impôts à rien foutre", "je
  paie mes impôts ici", "vos services sont des abrutis qui envoient les factures au hasard"): once the insult words
  were removed, the rest of the clause ("payés avec nos impôts", "factures") stayed in the story and named the
  office's business (the tax, the bill) instead of the need. In a sentence that held an insult, `without_sneers`
  removes the clause that names the office as an insult names it ("vous êtes des …", "vos agents sont des …") and
  the taxpayer's reproach ("payés avec nos impôts", "je paie mes impôts") (`READ_SNEERS`).

Each reading is a switch read at call time (`from guichet.knowledge import rant` … `if rant.READ_RHETORIC:`), measured
on and off in docs/benchmarks.md (forty-fifth pass, engineer-r76). The phrases are the ones writers use, collected
from the train split's angry messages; a phrase is listed only when it asks nothing a fiche answers.
"""

from __future__ import annotations

import re

# Shipped OFF, all three (forty-fifth pass, docs/benchmarks.md): each changed few readings and no hit@1 on validation
# that train did not take back. Rhetoric: validation 10 messages read differently, 2 ranks up within the first 60,
# no hit@k moved; train 26, hit@1 17 -> 16, hit@5 25 -> 26. Commands: validation 6, nothing moved; train 6, hit@5
# 6 -> 5. Sneers: validation 26, hit@1 20 -> 21 (one gold from outside the first 100 to 9th); train 72, hit@1 58 -> 52
# (the clause cut to its end took the writer's situation with the sneer: "… derrière vos écrans pendant que moi je
# bouffe des pâtes avec ma femme et mes 3 gosses").
READ_RHETORIC = False  # on: a rhetorical question beside a real ask is noise
READ_COMMANDS = False  # on: "dites-moi ce qu'il faut…" is an ask
READ_SNEERS = False  # on: a sneer at the office leaves the story once its insult is removed

# Questions that reproach and ask nothing: each says the office is absurd, idle, mocking or shameless. Not "c'est
# normal ?" nor "ils ont le droit ?", which a calm writer asks too and which a fiche answers.
_RHETORICAL = re.compile(
    r"\bc'est (?:une|un) (?:blague|plaisanterie|canular|farce)\b|"
    r"\bvous (?:vous )?rendez[- ]compte\b|"
    r"\bvous (?:vous )?(?:foutez|fichez|moquez) (?:de qui|du monde|de nous|de moi|de la gueule)|"
    r"\bvous avez (?:que|rien que) (?:ça|ca) à faire\b|\bvous avez (?:que|rien que) (?:ça|ca) a faire\b|"
    r"\b(?:qu'est-ce que|qu'est ce que) vous (?:voulez|attendez) (?:de plus|encore|exactement de moi)\b|"
    r"\bvous voulez quoi (?:de plus|encore)\b|\bvous voulez que (?:je|j'|on|mon|ma|mes)\b|"
    r"\bvous (?:me|nous) prenez pour\b|"
    r"\bc'est quoi (?:ce|cette) (?:bordel|cirque|délire|delire|pays|cinéma|cinema|foutoir|blague|mascarade|"
    r"administration|service)\b|"
    r"\bvous (?:êtes|etes) sérieux\b|\bvous (?:êtes|etes) serieux\b|"
    r"\b(?:ça|ca) vous (?:amuse|fait rire)\b|"
    r"\bvous n'avez (?:pas|aucune|vraiment aucune) honte\b|"
    r"\bvous (?:dormez|attendez quoi)\b|"
    r"\b(?:à|a) quoi (?:vous servez|servez-vous|vous nous servez)\b|\bvous (?:servez|nous servez) (?:à|a) quoi\b|"
    r"\bon (?:est|marche) (?:où|ou) là\b|\bon marche sur la tête\b|"
    r"\bqui surveille ces\b",
    re.IGNORECASE,
)
# An order that asks: a verb of telling in the imperative, to "me", then what to tell.
_COMMAND = re.compile(
    r"\b(?:dites|dis|indiquez|précisez|precisez|renseignez)[- ]moi\b"
    r"(?:\s+(?:donc|vite|simplement|clairement|franchement|enfin|juste|au moins|plutôt|plutot))*"
    r"\s+(?:(?:si|ce|ceux|celle|comment|combien|quand|quel|quelle|quels|quelles|où|ou|pourquoi|qui|quoi|à|a|le|la|"
    r"les|un|une|des|de)\b|l'|d'|s'il)",
    re.IGNORECASE,
)
# The office named as an insult names it, to the end of the clause ("vous êtes des fonctionnaires incompétents qui
# n'ont rien à faire de nous"): a naming ("des", "une bande de"), not an adjective ("vous êtes incapables de me dire
# où en est mon dossier" keeps its ask).
_CLAUSE_END = r"(?:(?!\b(?:mais|alors|pourtant)\b)[^,.;:!?\n])*"
_NAMED_OFFICE = re.compile(
    r"\b(?:vous (?:êtes|etes)|vous (?:n'êtes|n'etes) que|(?:vos|tes) [\w'-]+(?: [\w'-]+){0,3} (?:sont|étaient|etaient)"
    r"|(?:votre|ton|ta) [\w'-]+(?: [\w'-]+){0,3} (?:est|était|etait))"
    r"(?: (?:vraiment|tous|toutes|juste|bien|encore|aussi|franchement|decidement|décidément))*"
    r" (?:des|une bande d[e']|un tas d[e']|une|un)\b" + _CLAUSE_END,
    re.IGNORECASE,
)
_TAXPAYER = re.compile(
    r"\b(?:payée?s? (?:avec|par) (?:l'argent de )?nos imp[oô]ts|(?:avec|par) (?:l'argent de )?nos imp[oô]ts|"
    r"(?:je|on) (?:paie|paye|payons) (?:mes|nos|des|pourtant mes|pourtant nos) imp[oô]ts(?: ici| comme tout le monde)?"
    r"|payée?s? (?:à|a) (?:rien|ne rien) (?:foutre|faire))\b",
    re.IGNORECASE,
)


def rhetorical(sentence: str) -> bool:
    """Whether an ask reproaches the office and asks nothing a fiche answers ("C'est une blague ???")."""
    return bool(_RHETORICAL.search(sentence))


def command(sentence: str) -> bool:
    """Whether a sentence asks by an order ("Dites-moi ce qu'il faut envoyer")."""
    return bool(_COMMAND.search(sentence))


def without_sneers(sentence: str) -> str:
    """A sentence that held an insult, without the clause that names the office as an insult does and without the
    taxpayer's reproach; unchanged when `READ_SNEERS` is off."""
    if not READ_SNEERS:
        return sentence
    return _TAXPAYER.sub(" ", _NAMED_OFFICE.sub(" ", sentence))
