"""What a mairie does although a neighbour or a private owner is named (`mayor_business_asked`): a hedge or a tree
over the pavement or the road, a pothole, a wasp or hornet nest, night noise, a roaming dog, a carcass on the road,
green waste burnt, rubbish dumped. The mayor's police powers (public order, safety, quiet and health on the public
way) and the commune's roads make these its business; the shipped artefact reads them as a neighbours' quarrel.

Forty-second pass, engineer-ek (issue 12; the lead's probe of last pass, stray cats in a yard sent out of scope at
the mairie with both codes, and batch ek: a bar's music until 2 a.m., a hedge that forces a pushchair onto the road,
sent out of scope by the model at 0.64-0.99 or by the private-act rule). At a mairie (by the office's name or
profile) a message that names one of those matters, asks for no money and goes to no court keeps the competence
map's veto whatever the model's score, and is not read as an act asked of a private party ("la mairie peut-elle lui
demander de tailler ?" is the mayor's own injunction). A dispute between neighbours over a private garden (a cherry
tree over a terrace, the cleaning to be refunded) names none of these matters or asks for money, and is left.
"""

import re

from guichet.drafting.triage_cues import fold

# Switch (risky: it keeps in scope what the model or the private-act rule sent away).
MAYOR_BUSINESS_VETO = True

_MAYOR_OFFICE = re.compile(r"\b(?:mairie|commune|municipalite|ville de|maire)\b")

_GROWTH = r"(?:haies?|branches?|arbres?|thuyas?|ronces|vegetation|lierre|buissons?)"
_OVER = r"(?:deborde\w*|depasse\w*|empiete\w*|envahi\w*|avance\w*|penche\w*|bouche\w*|masque\w*|cache\w*|gene\w*)"
_PUBLIC_WAY = r"(?:trottoirs?|chaussee|route|rue|chemin|voie publique|passage|panneaux?|lampadaires?|carrefour|virage)"
_MATTERS = (
    # Vegetation over the public way (the mayor can order it cut).
    rf"\b{_GROWTH}\b[^.?!]{{0,80}}\b{_OVER}[^.?!]{{0,60}}\b{_PUBLIC_WAY}\b",
    # The commune's roads and lights.
    r"\bnids?[- ]de[- ]poule\b|\btrous? (?:dans|sur) la (?:route|chaussee|rue)\b|\bchaussee (?:defoncee|abimee)\b"
    r"|\b(?:lampadaires?|eclairage public|reverberes?)\b[^.?!]{0,30}\b(?:panne|eteints?|casses?|ne marche)",
    # Nests and swarms.
    r"\bnids? de (?:frelons|guepes|chenilles)\b|\bfrelons? asiatiques?\b|\bessaims?\b|\bchenilles processionnaires\b",
    # Night noise and rowdiness (the mayor's police of quiet).
    r"\b(?:bruits?|tapage|vacarme|nuisances? sonores?"
    r"|(?:musique|sono)(?: \w+){0,3} (?:a fond|(?:tres |trop )?fort\w*))\b"
    r"[^.?!]{0,80}\b(?:nuit|nocturne|minuit|[0-9]{1,2} ?h(?:eures?)?(?: du matin)?|soirs?|week-ends?|samedis?"
    r"|vendredis?|dimanches?)\b",
    # A dead animal on the public way.
    r"\b(?:cadavres?|carcasses?|animal mort|\w+ morte?s?)\b[^.?!]{0,40}\b(?:sur|au bord de) (?:la|le) "
    r"(?:route|chaussee|chemin|rue|trottoir|bas-cote)\b",
    # An animal left to roam (the mayor's police of strays).
    r"\bdivag\w*\b",
    # Green waste burnt, rubbish dumped.
    r"\b(?:brule\w*|brulage|feux?)\b[^.?!]{0,60}\b(?:dechets verts|feuilles|tailles|herbes|branchages|pneus)\b"
    r"|\b(?:depots?|decharges?) sauvages?\b|\bdechets abandonnes\b",
)
_MATTER = re.compile("|".join(f"(?:{m})" for m in _MATTERS))
# Money, a court, or a landlord's act (a lease ended, a tenant rehoused or evicted) asked: a private dispute or
# another party's act, not the mayor's police, which makes a nuisance stop.
_MONEY_OR_COURT = re.compile(
    r"\b(?:rembours\w*|indemnis\w*|dedommag\w*|dommages et interets|porter plainte|avocat|tribunal|conciliateur"
    r"|assurance|assureur|expert|bail|baux|resili\w*|expuls\w*|reloge\w*)\b"
)


def mayor_office(office: str, profiles: set[str]) -> bool:
    """The office written to is a mairie (its folded name or its profile)."""
    return "mairie" in profiles or bool(_MAYOR_OFFICE.search(office))


def mayor_business_asked(office: str, profiles: set[str], text: str) -> bool:
    """At a mairie, the message names a matter of the mayor's police or the commune's roads and asks for no money
    and no court."""
    if not (MAYOR_BUSINESS_VETO and mayor_office(office, profiles)):
        return False
    folded = fold(text)
    return bool(_MATTER.search(folded)) and not _MONEY_OR_COURT.search(folded)
