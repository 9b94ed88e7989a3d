"""Distress said quietly, read by a rule (fifty-sixth pass of issue 12, engineer-gq).

A writer at the end of their tether often says it in passing, in the middle of a practical question, with none of the
words the distress rules of `triage_distress_rules` read: « je ne vois plus l'intérêt de continuer », « à quoi bon »,
« autant que tout s'arrête », « je dors sous le pont près de la gare », « je ne prends plus mes traitements », « ma
voisine l'a trouvée par terre ce matin », « je pleure tout le temps ». On train + validation the learned model catches
these messages (it was trained on them); no rule does, so a retrain or a new voice can lose them, and last pass's test
split kept eight misses of this kind. The rule below holds them whatever the model scores.

Families read on folded text (`fold`), each with its switch (read at call time; set one off in a test:
`triage_quiet_words.READ_DESPAIR = False`) and the distress kind whose contacts it brings:

- `READ_DESPAIR` (kind ``suicide``): no point in going on (« je ne vois plus l'intérêt de continuer », « je ne vois
  plus le sens », « à quoi bon » not said of writing to the office again, « autant que tout s'arrête » not feared of a
  benefit, « plus envie de rien », « plus la force de continuer / de vivre »);
- `READ_NO_ROOF` (kind ``homeless``): a night spent where no one lives (« je dors sous le pont », « dans le hall »,
  « à la gare », « dans un garage », « dans une tente »);
- `READ_SELF_NEGLECT` (kind ``suicide``): care given up or the body hurt on purpose (« je ne prends plus mes
  traitements » with no doctor in the sentence, « elle s'est coupé les bras », « il se scarifie »);
- `READ_FOUND_FALLEN` (kind ``health``): someone found on the floor (« la voisine l'a trouvée par terre »);
- `READ_TEARS` (kind ``suffering``): the writer in tears all the time (« je pleure tout le temps »).

Measured figures: docs/benchmarks.md (fifty-sixth pass, engineer-gq). Pure functions on folded text (no model, no
Django).
"""

import re

# Train + validation A/B (docs/benchmarks.md, fifty-sixth pass, engineer-gq): each family switch, the others on.
READ_DESPAIR = True
READ_NO_ROOF = True
READ_SELF_NEGLECT = True
READ_FOUND_FALLEN = True
READ_TEARS = True

_DESPAIR = re.compile(
    # No point in going on, said of life, not of a form or an account.
    r"\b(?:ne|n') ?(?:vois|voit|trouve) plus (?:l'interet|le sens|aucun sens|aucun interet|de raison)"
    r"(?= *(?:[.,;!]|$|de (?:continuer|vivre|me lever|rien|me battre|tout ca)|a (?:rien|continuer|vivre)))"
    # « À quoi bon », not said of writing, calling or filling a form again.
    r"|\ba quoi bon\b(?! (?:vous |vous le |le |leur )?(?:ecrire|appeler|telephoner|relancer|envoyer|renvoyer|remplir"
    r"|repondre|faire (?:une|des) (?:reclamations?|demandes?)|payer|cotiser|declarer|demander))"
    # « Que tout s'arrête », wished, not feared of a benefit.
    r"|(?<!peur )(?<!crainte )(?<!peur qu'un jour )\bque tout s'arrete\b"
    r"|\bplus (?:la force|le gout|l'envie|envie) de (?:rien|vivre|continuer|me lever)\b"
)
_NO_ROOF = re.compile(
    r"\b(?:dors?|dort|dormons|dorment|dormi|dormir) (?:sous (?:un|le|les) ponts?|dans (?:un|le|mon) (?:garage|hall"
    r"|parking|squat|local)|a la gare|dans (?:une|la|ma) (?:tente|cave|gare|cage d'escalier))\b"
)
_SELF_NEGLECT = re.compile(
    r"\b(?:ne|n') ?(?:prends|prend|prenons) plus (?:mes|mon|ses|son|mon|leur|leurs) (?:medicaments|traitements?"
    r"|cachets)\b(?![^.?!\n]*\bmedecin)"
    r"|\b(?:s'est|se sont|me suis) (?:coupee?s? (?:les bras|les poignets|les veines)|scarifiee?s?)"
    r"|\b(?:se|me) (?:scarifie|coupe les bras|coupe les poignets)\b"
)
_FOUND_FALLEN = re.compile(
    r"\b(?:l'|les |la |le |m'|nous )(?:ai |a |avons |ont |avait |avais )?(?:re)?trouvee?s? (?:par terre|au sol"
    r"|a terre)\b"
)
_TEARS = re.compile(r"\bje pleure (?:tout le temps|sans arret|jour et nuit)\b")


def quiet_distress_hits(text: str) -> dict[str, list[str]]:
    """The quiet distress read in `text` (folded title and body): hits by distress kind, each family under its
    switch."""
    found: dict[str, list[str]] = {}
    families = (
        (READ_DESPAIR, _DESPAIR, "suicide"),
        (READ_NO_ROOF, _NO_ROOF, "homeless"),
        (READ_SELF_NEGLECT, _SELF_NEGLECT, "suicide"),
        (READ_FOUND_FALLEN, _FOUND_FALLEN, "health"),
        (READ_TEARS, _TEARS, "suffering"),
    )
    for switch, pattern, kind in families:
        if switch and (match := pattern.search(text)):
            found.setdefault(kind, []).append(match.group(0))
    return found
