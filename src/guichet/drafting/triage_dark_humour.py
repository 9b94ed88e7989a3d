"""Dark humour, hyperbole and the real distress behind a joke (forty-sixth pass of issue 12, engineer-ez).

« Je vais me pendre… avec le cordon du téléphone » is a bother; « haha je vais me pendre… sauf que non, là je ne
rigole plus » is not. Three readings, on folded text:

* **a figure the writer says is none** (`figure_denied`, rule, ``DENIED_FIGURE_RULE``): a death or self-harm of
  one's own (« me jeter sous un train », « me pendre », « je vais crever », « en finir ») and, in the same message,
  the writer saying it is no image (« cette fois ce n'est pas une image », « je ne rigole plus », « c'est pas une
  blague », « pour de vrai », « c'est littéral »). The model scores such a message low (ez-040, « J'ai envie de me
  jeter sous un train, et cette fois ce n'est pas une image », 0.09 against a threshold of 0.11) because the rest
  of it reads as a complaint; the rule sets distress (kind "suicide"). A future without oneself (« je compte pas
  être encore vivant lundi », ez-039, scored 0.001 behind a 😂) is read here too, joke or not.
* **a figure of suicide said of a thing** (`figurative_suicide`, gate, ``FIGURATIVE_SUICIDE_GATE``, shipped
  off): « c'est un suicide administratif » (ez-028) is a complaint about a procedure; the rule's bare ``suicid`` is
  dropped there when nothing else in the message speaks of death or despair.
* **a punchline that undoes the figure** (`punchline_only`, gate, ``PUNCHLINE_GATE``, shipped off): a word of
  hanging, a rope or a jump cut by an ellipsis and turned into something harmless (« heureusement que j'ai pas de
  corde… à sauter », eu-051; « je vais me pendre… avec le cordon du téléphone »), with a laugh in the message: the
  model's distress alone is dropped, as `triage_hyperbole` does (the caller checks the warning and hardship signs);
  never where the writer says anywhere in the message that it is no joke (« sauf que non, je ne rigole plus »).

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

# Switches (measured on and off in the forty-sixth pass, docs/benchmarks.md). The rule is on: on validation it finds
# one distress the start code missed (ez-040) and holds on no message without distress in train or validation. The
# two gates are shipped off: each holds on no validation message (gain and cost nil there); on train each drops one
# false distress (ez-028, eu-051) and no true one. The lead measures them on a hidden batch before turning them on.
DENIED_FIGURE_RULE = True
FIGURATIVE_SUICIDE_GATE = False
PUNCHLINE_GATE = False

# A death or self-harm of one's own, as people write it in earnest or in jest.
_SELF_DEATH = re.compile(
    r"\bme (?:jeter|balancer|lancer) (?:sous|du haut|d'un|du|de la|par la|dans le vide)\b"
    r"|\bme (?:pendre|tuer|suicider|noyer|flinguer|tirer une balle|foutre en l'air|laisser mourir|laisser partir"
    r"|ouvrir les veines)\b"
    r"|\bsauter (?:du|d'un|d'une|de la|par la|sous)\b"
    r"|\b(?:je vais|jvais|je veux|j'ai envie de|envie de) (?:mourir|crever|disparaitre|en finir|tout arreter)\b"
)
# The writer says the figure is none (not the intensifier "littéralement", nor the "sans rire" of a joke).
_NOT_A_FIGURE = re.compile(
    r"\b(?:ce n'est|c'est|c est|cest|ce n est|ce n'etait|c'etait) (?:pas|plus) (?:une |un |de l'|du )?(?:image"
    r"|blague|expression|facon de parler|figure de style|metaphore|humour|plaisanterie|exageration|second degre)\b"
    r"|\bje (?:ne )?(?:rigole|plaisante|blague|deconne) (?:plus|pas|meme pas)\b"
    r"|\bpour de vrai\b|\bau sens propre\b|\b(?:c'est|au sens) litteral\b"
)
# A future without oneself, said flatly: an intent ("je compte pas être encore vivant lundi"), or a belief about the
# next days ("je pense pas être encore en vie vendredi"); not an old person's "je ne serai plus en vie" of a will or a
# loan, nor "je ne pense pas être encore en vie à la fin du prêt".
_NEAR = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit|ce week-end|la semaine"
    r" prochaine|a la fin de la semaine|dans (?:\d+|deux|trois|quelques) jours)"
)
_NOT_ALIVE_BY = re.compile(
    r"\bje (?:ne |n')?(?:compte|prevois) (?:pas|plus) (?:d')?(?:etre |rester )?(?:encore |toujours )?"
    r"(?:vivante?|en vie)\b"
    r"|\bje (?:ne |n')?pense (?:pas|plus) (?:etre |rester )?(?:encore |toujours )?(?:vivante?|en vie)"
    rf"(?: (?:pour |d'ici |jusqu'a )?{_NEAR})\b"
)
# Suicide said of a procedure, a file or a business.
_THING_SUICIDE = re.compile(
    r"\bsuicide (?:administratif|bureaucratique|commercial|fiscal|professionnel|electoral|politique|numerique)\b"
)
_DEATH_OR_DESPAIR = re.compile(
    r"\b(?:mort\w*|mourir|meur\w*|tuer|crev\w*|en finir|disparaitre|foutre en l'air|plus envie|n'en peux plus"
    r"|plus la force|a bout|desespoir|desespere\w*|pendre|idees noires|deprim\w*|suicid\w*)\b"
)
# A hanging, a rope or a jump cut by an ellipsis, then something harmless.
_PUNCHLINE = re.compile(
    r"\b(?:corde|cordes|me pendre|me jeter|sauter|me noyer|me tirer)\s*(?:…|\.\.\.+)\s*"
    r"(?:a sauter|a linge|avec (?:le|la|un|une|mon|ma) \w+|dans (?:mon|ma|le|la|un|une) \w+|de (?:joie|rire|bonheur)"
    r"|sur (?:mon|ma|le|la) \w+)"
)
_LAUGH = re.compile(
    r"😂|🤣|😅|😆|😄|😁|🙃|😜|😉|💀|\b(?:lol|mdr+|ptdr+|(?:ha){2,}|(?:ah){2,}h?|hihi)\b|\bje (?:rigole|plaisante)\b"
)


def figure_denied(text: str) -> bool:
    """The (folded or raw) text says a death of one's own and says it is no figure, or a future without oneself."""
    folded = fold(text)
    if DENIED_FIGURE_RULE and _NOT_ALIVE_BY.search(folded):
        return True
    return DENIED_FIGURE_RULE and bool(_SELF_DEATH.search(folded) and _NOT_A_FIGURE.search(folded))


def figurative_suicide(text: str) -> bool:
    """Every word of suicide in the (folded or raw) text is said of a procedure or a business, and nothing else in
    it speaks of death or despair."""
    folded = fold(text)
    if not FIGURATIVE_SUICIDE_GATE or not _THING_SUICIDE.search(folded):
        return False
    return not _DEATH_OR_DESPAIR.search(_THING_SUICIDE.sub(" ", folded))


def punchline_only(text: str) -> bool:
    """The (folded or raw) text cuts a hanging or a jump into a harmless punchline, with a laugh, and the writer
    does not say it is no joke."""
    folded = fold(text)
    if not PUNCHLINE_GATE or not _PUNCHLINE.search(folded) or not _LAUGH.search(folded):
        return False
    return not _NOT_A_FIGURE.search(folded)
