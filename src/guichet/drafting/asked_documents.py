"""Documents and procedures answered without a source (fifty-fourth pass, engineer-d89; read by
`guichet.drafting.asked`).

Asked « je dois renvoyer le dossier où ? », « quels papiers je dois donner ? », « dois-je envoyer les originaux ? »,
« je peux déposer au guichet ou c'est en ligne ? », a draft answers « Le dossier est à adresser à la préfecture »,
« Vous devez fournir votre bail, une quittance de loyer et votre RIB », « Des photocopies suffisent », « Le dépôt se
fait désormais uniquement en ligne » — with nothing behind it (corpora/asked d89, q37). The check read the first two
as steps (« vous devez », « est à adresser » are guidance in `asked._GUIDANCE`), and the last two as statements whose
words echo no question's predicate (« suffisent », « en ligne » are not the question's words).

Two readings, each behind its switch, read at call time, and only when a question of the message asks about a
document or a procedure (a document's word — pièce, justificatif, papier, copie, original, formulaire, cerfa,
exemplaire, photo, traduction —, a sending or a filing — envoyer, joindre, fournir, déposer, remplir —, a way — en
ligne, internet, guichet, recommandé, courrier —, or « où » / « à qui »):

- `PROCEDURE_DUTY`: a duty or a destination said as the procedure — « vous devez fournir / joindre / envoyer … »,
  « il (vous) faut … », « … est à adresser / renvoyer / joindre », « … devront être remis », « … doit être envoyé » —
  is the answer, not a step, when it names what neither the message nor a source says;
- `PROCEDURE_VERDICT`: a verdict on the form — « … suffit / suffisent », « … sera acceptée / est acceptée »,
  « … n'est pas accepté(e) », « … est obligatoire », « se fait (uniquement / exclusivement / désormais) en ligne »,
  « n'accueillent plus » — is the answer to « une copie ça passe ? », « en ligne ou au guichet ? ».

Left alone: the same step when one source gives most of its words (« Le formulaire est à renvoyer à la CAF » beside
« est à retourner à la caisse d'allocations familiales »: that sentence was already flagged by the check's older
readings, and is not made worse), the question restated (« vous demandez si une copie suffit »: `asked._reports`),
what the writer says they sent (« Vous avez envoyé … »: no duty, no verdict), an invitation to a page, a courtesy, a
promise to check (no duty, no verdict). A sentence counts as sourced when one source holds half or more of its
content words, or when it brings no content word that neither the message nor a source holds.

Costs and gains are measured in docs/benchmarks.md (fifty-fourth pass, engineer-d89). Folded text throughout.
Flagged for the agent, never removed, as the rest of the check. Deterministic.
"""

import re
from collections.abc import Sequence

from guichet.text.words import content_terms

# train + validation (2,208 items), alone: asserted +6 (d89-003, d89-008, q34-011, q37-002, q37-015, q37-034),
# others +1 (q34-048 sourced: « la MDPH du Cher » beside « la MDPH de son département », a paraphrase it misses)
PROCEDURE_DUTY = True  # « vous devez fournir … », « est à adresser à … »: the procedure asked, not a step
# train + validation, alone: asserted +6 (d80-013, d80-029, q37-015, q37-021, q37-034, q37-058), others 0
PROCEDURE_VERDICT = True  # « une copie suffit », « se fait uniquement en ligne »: the form asked, settled

SOURCED_SHARE = 0.5  # one source holding this share of the sentence's content words gives it

# A question about a document or a procedure (folded text).
_PROCEDURE_ASKED = re.compile(
    r"\b(?:pieces?|justificatifs?|papiers?|documents?|copies?|photocopies?|originale?s?|formulaires?|cerfa"
    r"|exemplaires?|photos?|traduction|traduire|envoy\w*|envoi|renvoy\w*|joindre|fournir|deposer|depot|remplir"
    r"|apporter|transmettre|poster|scanner|signer|en ligne|internet|guichet|agence|recommande|courrier|mail"
    r"|ou|a qui|lequel|laquelle|quels?|quelles?)\b"
)
# « vous devez fournir », « il vous faut remplir », « est à adresser », « devront être remis », « doit être envoyé »,
# « vous n'avez pas à joindre », « aucun … n'est à joindre ».
_DUTY = re.compile(
    r"\b(?:vous (?:devez|devrez|n'avez pas a|n'aurez pas a) (?:\w+ ){0,2}?"
    r"(?:fournir|joindre|envoyer|renvoyer|adresser|transmettre|deposer|remplir|remettre|apporter|presenter|signer"
    r"|produire|retourner|poster)"
    r"|il (?:vous )?(?:faut|faudra) (?:\w+ ){0,2}?(?:fournir|joindre|envoyer|renvoyer|adresser|transmettre|deposer"
    r"|remplir|remettre|apporter|presenter|signer|produire|retourner|poster)"
    r"|(?:est|sont|n'est|ne sont) (?:pas )?a (?:adresser|envoyer|renvoyer|retourner|joindre|fournir|deposer|remettre"
    r"|transmettre|remplir)"
    r"|(?:doit|doivent|devra|devront) (?:obligatoirement |imperativement )?etre (?:envoyee?s?|adressee?s?|remise?s?"
    r"|deposee?s?|transmise?s?|jointe?s?|fournie?s?|retournee?s?|signee?s?|remplie?s?|traduite?s?|realisee?s?))\b"
)
# « suffit », « sera acceptée », « n'est pas accepté », « est obligatoire », « se fait uniquement en ligne ».
_VERDICT = re.compile(
    r"\b(?:suffit|suffisent|suffira|suffiront"
    r"|(?:est|sont|sera|seront|n'est|ne sont|ne sera|ne seront) (?:pas |plus |bien |tout a fait )?"
    r"(?:acceptee?s?|admise?s?|recevables?|obligatoires?|valables?)"
    r"|se (?:fait|font|fera|feront) (?:desormais |aujourd'hui |maintenant )?(?:uniquement |exclusivement |seulement )?"
    r"(?:en ligne|sur internet|par internet|au guichet|sur place|par courrier)"
    r"|n'(?:accueille|accueillent) plus|n'est plus (?:possible|acceptee?|admise?))\b"
)


def asks_procedure(folded_asked: Sequence[str]) -> bool:
    """Whether one of the folded questions asks about a document or a procedure."""
    return any(_PROCEDURE_ASKED.search(q) for q in folded_asked)


def _sourced(folded: str, folded_message: str, folded_sources: Sequence[str]) -> bool:
    """Whether one source gives the sentence (half of its content words or more), or the sentence brings nothing
    that neither the message nor a source holds."""
    terms = content_terms(folded)
    if not terms:
        return True
    source_terms = [content_terms(s) for s in folded_sources]
    if any(len(terms & s) >= SOURCED_SHARE * len(terms) for s in source_terms if s):
        return True
    return not (terms - content_terms(folded_message) - set().union(*source_terms))


def answers(folded: str, folded_asked: Sequence[str], folded_sources: Sequence[str], folded_message: str) -> bool:
    """Whether a folded draft sentence settles, with nothing behind it, the document or the procedure a question asks
    (`PROCEDURE_DUTY`, `PROCEDURE_VERDICT`); the caller leaves out reported questions and questions back."""
    shaped = (PROCEDURE_DUTY and _DUTY.search(folded)) or (PROCEDURE_VERDICT and _VERDICT.search(folded))
    if not shaped or not asks_procedure(folded_asked):
        return False
    return not _sourced(folded, folded_message, folded_sources)
