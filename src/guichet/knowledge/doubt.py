"""Questions asked with doubt or indirectly (forty-fourth pass, engineer-r73, issue 14).

A writer who is not sure they may ask often asks without a question mark and without an interrogative word:
"je me demande si j'aurais droit à la prime d'activité.", "je ne sais pas si je peux demander l'aide au logement
tout de suite.", "pas certaine que le propriétaire ait le droit de garder ma caution.", "je doute que la fourrière
avait le droit.". `query.is_ask` read such a sentence as the story (its `_QUESTION_WORDS` has "savoir si", not
"sais pas si"), so the one sentence that says the need was weighed once, never its own sub-query, and never what the
dense encoder reads. `doubt_ask` tells such a sentence; `query.is_ask` reads it as an ask when `READ_DOUBT_ASKS` is on.

The vocabulary, and why each form is there:

- an indirect question after a verb of wondering or not knowing: "je me demande si / comment / combien…",
  "je ne sais (pas | plus | même pas | pas trop | pas vraiment) si / s'il / comment / combien / à qui…",
  "j'ignore si", "je m'interroge sur": the French indirect interrogative (the clause the question would be);
- a doubt about a right or a rule: "je ne suis pas sûr(e) / certain(e) que | de | d'", "pas sûr(e) que" (the
  spoken form, subject dropped), "je doute (fort) que": what follows is what the writer wants confirmed;
- a hypothesis asked without a question mark: "et si jamais", "qu'en est-il si": the situation the answer must
  cover ("au cas où" needs nothing: its "où" was already an interrogative of `_QUESTION_WORDS`).

Not an ask, and kept out (`_NOT_ASKED`): a doubt about coping ("je ne sais pas si je vais tenir", "pas sûre de
m'en sortir"), which is a feeling, and a doubt about the message itself ("je ne sais pas si c'est le bon service",
"je ne sais pas si vous pourrez m'aider", "je ne sais pas à qui m'adresser", "je ne sais plus qui croire"), which names
no topic a fiche answers; and a doubt whose clause names no topic ("si j'ai droit à quelque chose", "si ça suffit":
fewer than `DOUBT_TOPIC_WORDS` content words once the words any topic uses are set aside).

Both switches ship off: measured on train and validation, neither gained on validation (docs/benchmarks.md).
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import analyze

# Shipped OFF (forty-fourth pass): on the 403 train + validation messages with a gold fiche whose reading it
# changed, first fiches 183 -> 185 on train (3 won, 1 lost) but 70 -> 69 on validation (1 won, 2 lost), top 5
# unchanged on both: no gain on validation (docs/benchmarks.md, "Forty-fourth pass — engineer-r73").
READ_DOUBT_ASKS = False  # off: a doubt without "?" or an interrogative word stays in the story (a switch)
# The frame of a doubt or a hypothesis ("je me demande", "je ne sais pas", "pas sûr", "je doute", "au cas où", "et si
# jamais") says how the writer asks, not what: its words ("demand", "sais", "dout", "cas", "jam") can match every fiche
# titled "Demande de…" or "… en cas de …", weighed twice in the asks. On: the asks are searched without it. Shipped
# OFF: alone, first fiches 183 -> 182 on train and 70 -> 69 on validation, top 5 95 -> 94 on validation (the
# sentence encoder reads the asks too, and reads them better with their frame).
STRIP_DOUBT_FRAME = False  # off: an ask keeps its frame's words (a switch)

_WH = (
    r"(?:si|s'il|s'ils|s'elle|s'elles|s'|comment|combien|quand|pourquoi|quel|quelle|quels|quelles|où|à qui|a qui|"
    r"qui|ce que|ce qu')"
)
_SURE = r"(?:sûr|sûre|sûrs|sûres|sur|sure|certain|certaine|certains|certaines)"
_DOUBT = re.compile(
    r"\b(?:"
    r"je me (?:demande|demandais)(?: donc| bien| vraiment| juste)? " + _WH + r"|"
    r"on se (?:demande|demandait) " + _WH + r"|"
    r"nous nous (?:demandons|demandions) " + _WH + r"|"
    r"(?:je|on|nous) (?:ne |n')?(?:sais|savais|sait|savons) (?:même |meme |vraiment |trop |bien )*"
    r"(?:pas|plus) (?:trop |vraiment |bien )?" + _WH + r"|"
    r"j'ignore " + _WH + r"|je m'interroge\b|"
    r"pas (?:très |tout à fait |vraiment |bien )?" + _SURE + r" (?:que|qu'|de|d'|du|des|si|s')|"
    r"je doute (?:fort |beaucoup |un peu )?(?:que|qu')|"
    r"et si jamais|"
    r"qu'en est-il (?:si|s'|de|du|des|pour)"
    r")",
    re.IGNORECASE,
)
# A doubt that names no topic ("je ne sais pas si j'ai droit à quelque chose", "si ça suffit", "qui s'occupe de ça")
# is no ask of its own: the clause after the frame needs this many content words, the words of any topic set aside.
DOUBT_TOPIC_WORDS = 3
_ANY_TOPIC = frozenset(
    analyze(
        "droit droits quelque chose chose rien tout tous ça cela ceci faire fait dois doit peux peut pouvoir "
        "change changer suffit suffire compte beaucoup vraiment encore normal possible vrai faute grave"
    )
)
# The frame alone, dropped from an ask (`without_frame`); the clause it introduces stays ("si j'ai droit…").
_FRAME = re.compile(
    r"\b(?:"
    r"je me (?:demande|demandais)(?: donc| bien| vraiment| juste)?|on se (?:demande|demandait)|"
    r"nous nous (?:demandons|demandions)|"
    r"(?:je|on|nous) (?:ne |n')?(?:sais|savais|sait|savons) (?:même |meme |vraiment |trop |bien )*(?:pas|plus)"
    r"(?: trop| vraiment| bien)?|"
    r"j'ignore|je m'interroge|"
    r"(?:je ne suis |je suis |nous ne sommes |on n'est )?pas (?:très |tout à fait |vraiment |bien )?" + _SURE + r"|"
    r"je doute(?: fort| beaucoup| un peu)?|"
    r"(?:et )?si jamais|au cas où|au cas ou"
    r")(?=\W)",
    re.IGNORECASE,
)
# What follows a doubt about coping, or about the message reaching the right desk: no topic for a fiche.
_NOT_ASKED = re.compile(
    r"\s*(?:(?:je vais|on va|nous allons|je pourrai|je peux|j'arrive à|j'arriverai à) )?"
    r"(?:tenir|m'en sortir|nous en sortir|s'en sortir|survivre|supporter|y arriver|tenir le coup|"
    r"(?:vous|tu) (?:pouvez|pourrez|pourriez|puissiez|allez) (?:m'aider|nous aider|me répondre|me repondre|"
    r"faire quelque chose)|"
    r"(?:c'est|cest|c) (?:le bon|la bonne|au bon|à la bonne|a la bonne|à vous|a vous|ici|normal)|"
    r"(?:j'écris|j'ecris|je m'adresse|je suis) (?:au bon|à la bonne|a la bonne)|"
    r"(?:j'ai|on a) le droit (?:de vous écrire|d'écrire|d'ecrire|de vous ecrire)"
    r")",
    re.IGNORECASE,
)
# After "qui" / "à qui": a verb of addressing ("je ne sais pas à qui m'adresser", "qui appeler", "qui croire").
_WHOM = re.compile(
    r"\s*(?:appeler|parler|écrire|ecrire|m'adresser|nous adresser|demander|le dire|en parler|me confier|croire|"
    r"contacter|interroger)\b",
    re.IGNORECASE,
)


def doubt_ask(sentence: str) -> bool:
    """Whether a sentence asks by doubt or as an indirect question ("je me demande si…", "pas sûr que j'y aie
    droit…"), not a doubt about coping or about the desk written to; False when `READ_DOUBT_ASKS` is off."""
    if not READ_DOUBT_ASKS:
        return False
    normalised = sentence.replace("’", "'")
    match = _DOUBT.search(normalised)
    if not match or _NOT_ASKED.match(normalised, match.end()):
        return False
    if match.group(0).lower().endswith("qui") and _WHOM.match(normalised, match.end()):
        return False
    topic = [word for word in analyze(normalised[match.end() :]) if word not in _ANY_TOPIC]
    return len(topic) >= DOUBT_TOPIC_WORDS


def without_frame(sentence: str) -> str:
    """An ask without the words of its doubt or hypothesis frame ("Je me demande si je peux…" → "si je peux…",
    "Au cas où il partirait, …" → "il partirait, …"); unchanged when `STRIP_DOUBT_FRAME` is off or nothing is left."""
    if not STRIP_DOUBT_FRAME:
        return sentence
    stripped = re.sub(r"\s+", " ", _FRAME.sub(" ", sentence.replace("’", "'"))).strip(" ,;:")
    return stripped if re.search(r"\w{3}", stripped) else sentence
