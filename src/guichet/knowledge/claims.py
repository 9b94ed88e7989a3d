"""A claim read elsewhere or heard from someone, that the writer asks to verify (forty-fifth pass, engineer-r75,
issue 14).

"J'ai lu sur un forum que les étudiants n'ont jamais droit au RSA. C'est vrai ?", "Ma voisine m'a dit qu'on perd ses
APL si on héberge son fils.", "Mon beau-frère est sûr de lui : depuis la réforme, si on démissionne… Qui a raison ?".
`query.understand` read the claim as the story (weighed once, no sub-query, not what the sentence encoder reads) and
the ask as "C'est vrai ?" or "Qui a raison ?", which names no topic; and the words of the frame ("forum", "voisine",
"beau-frère", "Facebook") and of the source's situation ("mon grand-père", "ma belle-mère, qui est à la retraite")
were read as the writer's own. The topic of such a message is the claim itself.

`claim` splits a sentence into its **frame** — who said or where it was read, and the verb of saying — and the
**claim**, the clause after "que", "qu'" or ":". The vocabulary, and why each form is there:

- a verb of reading or hearing by the writer: "j'ai lu", "j'ai vu", "j'ai entendu (dire)", "on m'a dit / raconté /
  assuré", "il paraît", "paraît-il", "on dit", "on lit", "ça circule", "tout le monde dit": the French forms of
  reported speech (discours indirect) and of hearsay; not "nous avons appris que", a fact learned (a notary's
  news), not a claim to verify;
- a verb of saying or believing by a third party named just before it, a determiner and up to three words, and an
  apposition between commas ("ma voisine",
  "un collègue", "mon beau-frère", "quelqu'un sur un forum", "une amie", "mon ex-mari"): "dit", "m'a dit", "me
  répète", "prétend", "affirme", "assure", "raconte", "jure", "soutient", "est persuadé(e) / sûr(e) / convaincu(e)",
  "laisse entendre";
- a source named before a comma: "selon…", "d'après…"; where it was read, before the frame ("Sur Facebook,
  quelqu'un affirme que…"), belongs to the frame, anything else before it to the story.

Not a claim: the writer's own saying ("je dis que", "j'ai dit que"), the office written to ("vous m'avez dit que":
what a complaint disputes, its story; "on me dit que", mostly the office's answer), a paper that says ("un courrier
qui dit que": the office's decision a complaint disputes), a person named only by a pronoun ("elle m'a dit qu'elle
voulait mourir": what a person said of themselves, a story), an instruction ("on m'a dit de patienter": no "que"),
and a claim clause with fewer than `CLAIM_TOPIC_WORDS` content words once the words of truth and change are set aside
("on m'a dit que non", "il paraît que ça a changé").

Shipped on (forty-fifth pass): measured on train and validation, docs/benchmarks.md ("Forty-fifth pass —
engineer-r75").

`verification_only` tells an ask that asks only whether the claim holds ("C'est vrai ?", "Qui a raison ?", "Est-ce
exact ?", "Info ou intox ?", "C'est une arnaque ?"): fewer than two content words once the words of truth and doubt
are set aside. In a message that reports a claim such an ask names no topic: it is read as noise, and the claim is
the ask (`query.understand`, when `READ_CLAIMS` is on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guichet.knowledge.analysis import analyze

# On: a reported claim is an ask, searched without its frame, and an ask that only asks whether it is true is noise;
# off: the forty-fourth pass's reading (a switch). Shipped OFF by the lead: on the train + validation messages whose
# reading it changes, first fiches 503 -> 512 of 786 on train and 167 -> 169 of 260 on validation, but top 5 228 -> 227
# on validation, and the engineer's own batch on this very kind of message falls on validation (15 items, hit@1 0.667
# -> 0.600, hit@5 0.867 -> 0.800): not shown to generalise (docs/benchmarks.md, "Forty-fifth pass — engineer-r75").
READ_CLAIMS = False
CLAIM_TOPIC_WORDS = 2  # content words a claim needs, the words of truth and change set aside ("ça a changé")

_SAY = (
    r"(?:dit|disent|disait|disaient|dise|répète|repete|répètent|répétait|prétend|pretend|prétendent|prétendait|"
    r"affirme|affirment|affirmait|assure|assurent|assurait|raconte|racontent|racontait|jure|jurent|soutient|"
    r"soutiennent|explique|expliquent|écrit|ecrit|écrivent|croit|croient|pense|pensent|"
    r"(?:est|sont|était|etait|semble) (?:sûr|sûre|sûrs|sure|sur|certaine?s?|persuadée?s?|convaincue?s?)"
    r"(?: de lui| d'elle| de son fait)?|"
    r"(?:m'|me |nous |lui |leur )?(?:a|ont|avait|avaient) (?:(?:bien|même|meme|encore|toujours|souvent|déjà|deja) )?"
    r"(?:dit|dis|affirmé|affirme|assuré|assure|raconté|raconte|juré|jure|expliqué|explique|certifié|soutenu|"
    r"répété|repete|prétendu|laissé entendre|fait comprendre|écrit|ecrit)|"
    r"(?:m'|me |nous )(?:dit|dis|répète|repete|assure|affirme|jure|raconte|explique|certifie|soutient))"
)
_THIRD_PARTY = (
    r"(?:\b(?:mon|ma|mes|un|une|des|le|la|les|notre|nos|son|sa|ses|leur|leurs|certains|certaines|plusieurs|"
    r"quelqu'un|tout le monde|beaucoup de gens|les gens)\b(?:\s+[\w'-]+){0,3}?(?:,[^,.?!;:\n]{1,40},)?\s+)"
)
# Between the verb and the "que" that opens the claim: where it was read or heard, a few words without a comma ("sur
# un forum", "à la radio", "au boulot", "dire"); never a question ("j'ai entendu parler d'un médiateur, est-ce que…").
_GAP = r"(?:\s+(?!est-ce\b|parler\b|si\b|comment\b|pourquoi\b)[\w'-]+){0,5}?\s*(?:\bque\b|\bqu')"
_FRAME = re.compile(
    r"(?:"
    # the writer read or heard it
    r"\b(?:j'ai|on a|nous avons|j'avais|on avait) (?:(?:bien|même|meme|déjà|deja|souvent|partout) )?"
    r"(?:lu|vu|entendu(?: dire)?)\b" + _GAP + r"|"
    r"\bon (?:m'a|m'avait|nous a|nous avait) (?:(?:bien|même|meme|déjà|deja|toujours|souvent) )?"
    r"(?:dit|dis|raconté|raconte|assuré|assure|affirmé|affirme|juré|jure|expliqué|certifié|répété|repete|"
    r"laissé entendre|fait comprendre)\b" + _GAP + r"|"
    r"\b(?:il para[iî]t|para[iî]t-il|on dit|on lit|on entend|on raconte|il se dit|il se raconte|ça circule|ca circule|"
    r"ça tourne|ca tourne|le bruit court|la rumeur dit)\b"
    + _GAP
    + r"|"
    # a third party says it
    + _THIRD_PARTY
    + r"(?<!\bqui )(?<!\bje )(?<!\bj')(?<!\bvous )"
    + _SAY
    + r"\b"
    + _GAP
    + r"|"
    # a source before a comma
    r"\b(?:selon|d'après|d'apres)\b[^.?!;,\n]{1,60},"
    r")\s*",
    re.IGNORECASE,
)
# What stands before the frame is the story ("Maintenant maman est décédée et ma sœur dit que…"), unless it only says
# where the claim was read ("Sur Facebook, quelqu'un affirme que…", "À la radio, on dit que…"): part of the frame.
_WHERE = re.compile(
    r"^(?:sur|dans|à|a|au|aux|en|chez|pendant|hier|aujourd'hui)\b(?:\s+[\w'-]+){0,5}\W*$", re.IGNORECASE
)
# What a frame tells of its source, not of the writer: a relative clause or an age ("ma voisine, qui touche le RSA,",
# "un ami de 70 ans", "mon cousin, retraité,"); the source's relation to the writer stays ("mon ex-mari", "mon chef":
# the writer is divorced, employed).
_ABOUT_SOURCE = re.compile(r",?\s*\b(?:qui|qu'|dont|de \d+ ans|âgée? de \d+ ans)\b[^,]*,?|,[^,]{1,40},", re.IGNORECASE)
# Words that ask whether a claim holds, not what about.
_TRUTH = frozenset(
    analyze(
        "vrai vraie faux fausse vraiment exact exacte juste rumeur rumeurs raison tort arnaque intox info légende "
        "fake news possible correct correcte sérieux sérieuse bien cela ça ceci quoi alors donc qui quoi "
        "croire confirmer confirmez infirmer dire dites pouvez pourriez savoir sais voudrais aimerais "
        "change changé changer inverse contraire non oui"
    )
)


@dataclass(frozen=True)
class Claim:
    """A sentence that reports a claim: what the writer says of themselves before the frame (`own`, "" when what
    stands before it only says where it was read: "Sur Facebook"), the frame, and the claim."""

    own: str
    frame: str
    source: str  # the frame without what it tells of the source ("ma voisine, qui est au RSA," → "ma voisine")
    said: str


def claim(sentence: str) -> Claim | None:
    """The claim of a sentence that reports what was read or heard ("Ma voisine m'a dit qu'" → "on perd ses APL si on
    héberge son fils."), or None; None when `READ_CLAIMS` is off."""
    if not READ_CLAIMS:
        return None
    normalised = sentence.replace("’", "'")
    match = _FRAME.search(normalised)
    if match is None:
        return None
    said = normalised[match.end() :].strip(' ,;:«»"')
    if len([word for word in analyze(said) if word not in _TRUTH]) < CLAIM_TOPIC_WORDS:
        return None
    before = normalised[: match.start()].strip(" ,;:")
    own = "" if _WHERE.match(before) or len(analyze(before)) < CLAIM_TOPIC_WORDS else before
    frame = normalised[match.start() : match.end()].strip()
    return Claim(own=own, frame=frame, source=_ABOUT_SOURCE.sub(" ", frame), said=said)


def verification_only(sentence: str) -> bool:
    """Whether an ask asks only whether something holds ("C'est vrai ?", "Qui a raison ?", "Est-ce exact ?")."""
    if not READ_CLAIMS:
        return False
    return len([word for word in analyze(sentence) if word not in _TRUTH]) < 2
