"""Third parties named in everyday words, and complaints said politely (fifty-fifth pass of issue 12, engineer-gn).

Three readings, each behind its own switch, read at call time (docs/benchmarks.md, fifty-fifth pass):

* ``READ_PARTY_SPELLINGS``: a private party the rules know by its name, written as people type it — « ma mutuel »,
  « ma mutelle », « le notair », « mon assurence », « mon propriètaire » — is read under its name
  (`party_spellings`), by the rules and by the model alike: `triage.triage` reads the title and the body so
  spelled. « Crédit Mutuel », « consentement mutuel » and « accord mutuel » are no mutuelle and are left alone.
* ``READ_POLITE_COMPLAINT``: a grievance against the office said politely or as a question (`polite_complaint`):
  « est-ce (vraiment) normal que… » or « je ne comprends pas pourquoi… » beside a wait that lasts (« cela fait
  trois mois », « depuis cinq mois », « sans explication », « malgré mes relances », « personne ne sait me dire »),
  or said outright in soft words (« mon mécontentement », « ce n'est pas acceptable », « je suis déçue du traitement »,
  « je trouve ce délai anormalement long »). The complaint rules read a « c'est normal ? » as a question about a
  wait and drop the wait's words then (`triage_complaint_rules._WAIT_ASKED`); a question that asks whether a wait
  already long is normal is the polite form of the complaint. Set only where no out of scope is (as the complaint
  rules), never takes a label away.
* ``READ_PARTY_WAIT``: a wait whose subject or object is a private party named in everyday words (« mon patron m a
  toujours pas donné l'attestation », « aucune nouvelle de l'employeur », « la banque ne m'a jamais répondu »,
  `party_wait`) is no grievance against the office: the complaint rules' words of a wait (« toujours pas », « aucune
  nouvelle ») do not count there, as `triage_complaint_rules._PRIVATE_WAIT` already does for the written form with
  « ne » and « toujours ».
* ``READ_AWAITED_PARTY`` (fifty-sixth pass, engineer-gr): the same, where the writer says « j'attends (toujours)
  que mon employeur … » or « j'attends l'attestation … de mon patron ».

Pure functions on raw or folded text (no model, no Django).
"""

import re

READ_PARTY_SPELLINGS = True
READ_POLITE_COMPLAINT = True
READ_PARTY_WAIT = True
READ_AWAITED_PARTY = True

# A party's name as typed: the mutuelle without its last letters after a determiner, or with a letter swapped; the
# notary without its « e »; an insurance, a landlord misspelled. Matched on the raw text, case-insensitively.
_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b((?:ma|la|sa|leur|notre|votre|une|mon|cette) )(?:mutuel|mutel+e?|mutuele|mutuell|mutulle)\b", re.I
        ),
        r"\1mutuelle",
    ),
    (re.compile(r"\bmutel+es?\b|\bmutueles\b", re.I), "mutuelles"),
    (re.compile(r"\bnotair\b", re.I), "notaire"),
    (re.compile(r"\bassuren[cs]e\b", re.I), "assurance"),
    (re.compile(r"\bpropri[eéè]t[eéè]re\b|\bpropri[eéè]tair\b|\bpropi[eé]taire\b", re.I), "propriétaire"),
)


def party_spellings(text: str) -> str:
    """`text` with a private party's misspelled name written as the rules know it; unchanged when the switch is off."""
    if not READ_PARTY_SPELLINGS:
        return text
    for pattern, name in _SPELLINGS:
        text = pattern.sub(name, text)
    return text


# A question of whether it is normal, or the writer not understanding why: the polite form of a grievance.
_POLITE_ASK = re.compile(
    r"\b(?:est-ce|est ce|est-il|c'est|n'est-il pas) (?:vraiment |bien |donc )?normal (?:que|qu'|d'|de)"
    r"|\best-ce (?:vraiment |bien )?normal\b[^.!?\n]{0,20}\?"
    r"|\bje ne comprends (?:vraiment |toujours |absolument )?pas (?:pourquoi|comment)\b"
    r"|\bj'aimerais (?:bien )?comprendre (?:pourquoi|comment)\b"
)
# A wait of three months or more, or a silence of the office. A wait of weeks or of two months asked about with no
# silence beside it stays a question (tri-ai-092, ew-003, ev-013, tri-bb-097 on train + validation are routine), and
# « il y a deux ans » dates an event, it is no wait (tri-ag-085).
_MONTHS = r"(?:\d\d|[3-9]|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs) mois"
_LONG_WAIT = re.compile(
    rf"\b(?:cela|ca) fait (?:bientot |maintenant |deja |plus de |pres de )?(?:{_MONTHS})\b"
    rf"|\bdepuis (?:plus de |bientot |pres de )?(?:{_MONTHS})\b"
    r"|\bsans (?:aucune? )?(?:explication|suite|reponse)\b|\baucune explication\b"
    r"|\bmalgre (?:mes|nos|plusieurs) (?:relances|messages|appels|courriers|mails)\b"
    r"|\bpersonne ne (?:sait|sache|peut|puisse) me dire\b|\bpersonne ne m'explique\b"
)
# A grievance said outright in soft words.
_SOFT_GRIEVANCE = re.compile(
    r"\b(?:faire part de|exprimer) (?:mon|notre) (?:mecontentement|insatisfaction|deception)\b"
    r"|\bce n'est pas (?:acceptable|normal|serieux)\b|\bpas acceptable\b"
    r"|\b(?:je suis|nous sommes) (?:tres |assez |un peu )?decue?s? (?:du|de la|de votre|par votre|par le)\b"
    r"|\b(?:delai|attente) (?:anormalement|beaucoup trop|vraiment trop) long\b|\banormalement long\b"
)


def polite_complaint(folded: str) -> list[str]:
    """The evidence of a grievance said politely or as a question in `folded` (the folded message), or []."""
    if not READ_POLITE_COMPLAINT:
        return []
    if soft := _SOFT_GRIEVANCE.search(folded):
        return [soft.group(0)]
    ask, wait = _POLITE_ASK.search(folded), _LONG_WAIT.search(folded)
    if ask and wait:
        return [f"{ask.group(0)} … {wait.group(0)}"]
    return []


# A private party named in everyday words (« mon patron », « le proprio », « la banque », « ma mutuelle »).
_PARTY_NOUN = (
    r"(?:patron|patronne|employeur|chef|boite|proprio|proprietaire|bailleur|banque|banquier|banquiere"
    r"|conseiller bancaire|mutuelle|complementaire|assurance|assureur|notaire|operateur|agence|syndic)"
)
_EVERYDAY_PARTY = rf"(?:mon|ma|le|la|l'|mon ancien|mon ex-?|son|sa|notre) ?{_PARTY_NOUN}"
# A wait whose subject or object is that party: « mon patron m a toujours pas donné l'attestation », « aucune
# nouvelle de l'employeur », « la banque ne m'a jamais répondu ». The complaint rules' `_PRIVATE_WAIT` reads the
# written form with « ne » and « toujours » only.
_PARTY_WAIT = re.compile(
    rf"\b{_EVERYDAY_PARTY}\b[^.?!\n]{{0,30}}?\b(?:ne |n')?(?:m'|m |me |nous |nous l'|me l'|l')?(?:a|ont|veut"
    r"|veulent|donne|repond|rend|verse|paie|paye|envoie)\b[^.?!\n]{0,6}\b(?:toujours|jamais|rien|pas encore)\b"
    rf"|\b(?:aucune?|pas de|sans) (?:nouvelles?|reponses?|retours?) (?:de |du |des |d')?{_EVERYDAY_PARTY}\b"
)


# Fifty-sixth pass (engineer-gr, ``READ_AWAITED_PARTY``): the party named as the one the writer waits for, with
# « j'attends » — « j'attends toujours que mon ancien employeur me fasse parvenir mes fiches de paie … rien reçu à ce
# jour » (gr-028), « j'attends l'attestation employeur de mon ancien patron ». A wait for the office after the party
# says it sent its part (« mon employeur a envoyé l'attestation … et toujours pas de paiement ») is not read here.
_AWAITED_PARTY = re.compile(
    rf"\bj'attends (?:toujours |encore |depuis [^.?!\n]{{0,30}}? )?(?:que|qu') ?{_EVERYDAY_PARTY}\b"
    rf"|\bj'attends (?:toujours |encore )?(?:les? |la |l'|mes |mon |ma )[^.?!\n]{{0,40}}? (?:de|du|des|d') ?"
    rf"{_EVERYDAY_PARTY}\b"
)


def party_wait(folded: str) -> bool:
    """A private party named in everyday words is the one waited for in `folded`: the words of a wait are then no
    grievance against the office (read by `triage.triage` beside `_PRIVATE_WAIT`)."""
    if not READ_PARTY_WAIT:
        return False
    return bool(_PARTY_WAIT.search(folded)) or (READ_AWAITED_PARTY and bool(_AWAITED_PARTY.search(folded)))
