"""Private wrongs brought to an office that cannot right them (forty-third pass of issue 12, engineer-eo).

Two requests that no administration of the inbox can grant, whatever it is and whoever is named:

- **Content removed from the internet or from phones** ("est-ce que vous pouvez faire supprimer les vidéos ?",
  "pouvez-vous retirer ces photos de Facebook ?"): intimate videos sent round, a page that mocks, a fake profile.
  Only the platform, Pharos, the police or a judge can have them taken down (ei-031: an Impôts contact form
  asked to remove videos, in distress; the distress stays, the removal is another's). `content_removal_asked`.
- **A private party punished for discrimination or harassment** ("est-ce que vous pouvez lui mettre une amende
  pour discrimination ?", "je voudrais que la préfecture sanctionne cette agence"): a landlord, an agency, an
  employer or a shop that discriminates is sanctioned by a court, on a complaint to the police or the procureur, or
  through the Défenseur des droits and the labour inspectorate; the tax office, the Caf or the préfecture cannot
  (ei-006). A complaint about the office's own agent ("votre conseillère", "l'agent du guichet") is the office's
  business and is left. `sanction_for_discrimination_asked`.

- **Material for schoolwork** ("on doit faire un exposé sur la discrimination à l'embauche, est-ce que vous auriez
  des chiffres ?", ei-012): a pupil's or a student's exposé, mémoire or grand oral asks for figures, graphs or
  testimony, no service of the office; the school's documentalist and the public statistics (INSEE, the
  ministries' studies) serve it. `schoolwork_asked`.

Offices that can act are never sent away by these (the police, the gendarmerie, the justice, the Défenseur des
droits, the labour inspectorate, the consumer-protection offices, the CNIL, Pharos). Pure functions on folded text.
Switches `CONTENT_REMOVAL_RULE`, `SANCTION_ASK_RULE` and `SCHOOLWORK_RULE`, read at call time.
"""

import re

from guichet.drafting.triage_cues import fold

CONTENT_REMOVAL_RULE = True
SANCTION_ASK_RULE = True
SCHOOLWORK_RULE = True

# Offices that can have content taken down or a discrimination sanctioned, by their folded name.
_COMPETENT = re.compile(
    r"\b(?:police|gendarmerie|commissariat|pharos|cnil|arcom|justice|tribunal|procureur|parquet"
    r"|defenseur des droits|inspection du travail|dreets|direccte|ddpp|ddets|dgccrf|prud'?hom\w*)\b"
)
# The sentence asks the office (or wishes it) to do something.
_ASK = re.compile(
    r"\b(?:pouvez|pourriez|pourrez)[- ]vous\b|\bvous (?:ne )?(?:pouvez|pourriez|pourrez)\b"
    r"|\b(?:peut|pourrait|peuvent|pourraient)[- ](?:il|elle|ils|elles|on|t-il|t-elle|t-on)\b"
    r"|\b(?:est-ce|est ce) (?:que|qu') (?:vous|la \w+|le \w+|les \w+|l'\w+) (?:pouvez|pourriez|peut|pourrait"
    r"|peuvent|pourraient)\b"
    r"|\bje (?:vous )?demande (?:a \w+ )?(?:de|d')\b"
    r"|\bje (?:voudrais|veux|souhaite|souhaiterais|aimerais|exige) (?:bien )?(?:que|qu')"
    r"|\b(?:c'est|est-il|serait-il|il est|ce serait) possible (?:de|d'|que|qu')"
)
_SPLIT = re.compile(r"(?<=[.!?\n])\s*")

_CONTENT = (
    r"(?:videos?|photos?|images?|publications?|posts?|messages?|commentaires?|stories|story|montages?|captures?"
    r"|profils?|faux comptes?|pages?|groupes?|annonces?|liens?)"
)
_ONLINE = (
    r"(?:internet|en ligne|le net|reseaux? sociaux|facebook|instagram|tiktok|snapchat|snap|whatsapp|youtube|google"
    r"|twitter|telegram|discord|sites?|groupes?|portables?|telephones?)"
)
_DETERMINER = r"(?:les|la|le|l'|ces|cette|ce|cet|mes|ma|mon|ses|sa|son|leurs?|des|tout(?:es)? (?:les|ces))"
# "faire supprimer les vidéos": the office asked to have someone else remove them.
_HAVE_REMOVED = re.compile(
    rf"\bfaire (?:supprimer|retirer|effacer|enlever|disparaitre|bloquer)\b(?: \w+){{0,2}}? {_DETERMINER}\s?"
    rf"(?:\w+ )?{_CONTENT}\b"
)
# "supprimer ces photos de Facebook": the removal itself, with the place it is online.
_REMOVE_ONLINE = re.compile(
    rf"\b(?:supprimer|retirer|effacer|enlever)\b(?: \w+){{0,2}}? {_DETERMINER}\s?(?:\w+ )?{_CONTENT}\b"
    rf"[^.?!]{{0,60}}\b{_ONLINE}\b"
)
# "la faire retirer": the content named before, with the place it is online ("une vidéo de moi sur TikTok").
_HAVE_IT_REMOVED = re.compile(r"\b(?:la|les|le|l') ?faire (?:supprimer|retirer|effacer|enlever|disparaitre)\b")
_CONTENT_ONLINE = re.compile(rf"\b{_CONTENT}\b[^.?!]{{0,60}}\b{_ONLINE}\b")

_SANCTION = re.compile(
    r"\b(?:sanctionn\w*|punir|puniss\w*|punisse\w*|(?:mett|donn|inflig|coll)(?:re|er|iez|e|ent) (?:une|des) amendes?"
    r"|verbalis\w*|faire fermer|fermer (?:cette|cet|ce|son|sa|leur) (?:agence|entreprise|magasin|boutique"
    r"|commerce|societe|restaurant|bar|club|ecole)|retirer (?:sa|son|leur) (?:licence|agrement|carte pro\w*))"
)
_GROUND = re.compile(
    r"\b(?:discrimin\w*|racis\w*|harcel\w*|homophob\w*|transphob\w*|sexis\w*|xenophob\w*|antisemit\w*"
    r"|islamophob\w*|noms? (?:etrangers?|arabes?|africains?)|couleur de (?:peau|ma peau)|mes origines"
    # The ground said by whom is refused ("refuse les familles noires", "pas de femmes voilées").
    r"|noire?s|arabes?|maghrebin\w*|africaine?s|roms|musulmane?s|juive?s|voilee?s|handicape\w*|homosexuel\w*"
    r"|enceintes?|grossesse)\b"
)
# The office's own staff: a grievance against it is the office's business.
_OWN_STAFF = re.compile(
    r"\b(?:votre|vos)\b|\b(?:l'|cet |cette |le |la |les )(?:agente?s?|conseill\w+|guichetier\w*)\b"
)

CONTENT_REMOVAL: dict[str, str] = {
    "topic": "contenus_en_ligne",
    "body": "la plateforme qui les héberge (signalement), Pharos (internet-signalement.gouv.fr) ou la police",
    "service": "le 3018 (harcèlement en ligne, gratuit) aide à faire retirer des contenus ; une plainte à la police",
}
SCHOOLWORK: dict[str, str] = {
    "topic": "travail_scolaire",
    "body": "le professeur ou le documentaliste de l'établissement, et les statistiques publiques (insee.fr)",
    "service": "les études publiées par l'administration sur son site, sans réponse personnelle à attendre",
}
SANCTION_ASK: dict[str, str] = {
    "topic": "sanction_discrimination",
    "body": "le Défenseur des droits, la police ou le procureur (plainte), l'inspection du travail pour un employeur",
    "service": "le Défenseur des droits (defenseurdesdroits.fr, le 3928) et le 3919 ou le 3018 selon les faits",
}

# A piece of schoolwork the writer has to do ("un exposé sur", "mon mémoire de master", "notre grand oral").
_SCHOOLWORK = re.compile(
    r"\b(?:un|mon|notre|l'|cet|cette|le|ce) (?:expose|exposes) (?:sur|de|pour|a rendre|en)\b"
    r"|\b(?:un|mon|notre|le|ce) memoire (?:sur|de (?:master|licence|fin d'etudes|recherche|bts|stage)|pour)\b"
    r"|\bgrand oral\b|\b(?:projet|dossier|travail) (?:scolaire|de classe|de groupe|tutore)\b"
    r"|\b(?:devoir|dossier|rapport|enquete) (?:a rendre |pour )(?:l'ecole|le lycee|le college|la fac|mon prof"
    r"|ma prof|le cours|lundi|mardi|mercredi|jeudi|vendredi|demain)\b"
)
# What is asked for it: figures, graphs, documents, testimony.
_MATERIAL = re.compile(
    r"\b(?:chiffres|statistiques?|stats|donnees|graphiques?|sources|documents?|documentation|brochures?"
    r"|temoignages?|interviews?|interviewer|questionnaire|exemples?)\b"
)

# The AI's own instructions asked "for an exposé" are an injection, not schoolwork (tri-ca-009, tri-aq-001).
_AI_ORDERS = re.compile(r"\b(?:consignes|prompt|instructions)\b")


def _asks(folded: str) -> list[str]:
    """The sentences of the folded text that ask or wish the office to do something."""
    return [part for part in _SPLIT.split(folded) if _ASK.search(part)]


def content_removal_asked(office: str, text: str) -> bool:
    """The office is asked to have videos, photos, posts or a profile removed from the internet or from phones,
    and is none of the bodies that can (`_COMPETENT`). `office`: its name; `text`: the message."""
    if not CONTENT_REMOVAL_RULE or _COMPETENT.search(fold(office)):
        return False
    folded = fold(text)
    online = bool(_CONTENT_ONLINE.search(folded))
    return any(
        _HAVE_REMOVED.search(part) or _REMOVE_ONLINE.search(part) or (online and _HAVE_IT_REMOVED.search(part))
        for part in _asks(folded)
    )


def sanction_for_discrimination_asked(office: str, text: str) -> bool:
    """The office is asked to sanction, fine or close a party for discrimination or harassment the message tells,
    the party not being the office's own staff, and the office none of the bodies that can (`_COMPETENT`)."""
    if not SANCTION_ASK_RULE or _COMPETENT.search(fold(office)):
        return False
    folded = fold(text)
    if not _GROUND.search(folded):
        return False
    return any(_SANCTION.search(part) and not _OWN_STAFF.search(part) for part in _asks(folded))


def schoolwork_asked(text: str) -> bool:
    """A pupil or a student asks the office for figures, graphs, documents or testimony for a piece of
    schoolwork."""
    if not SCHOOLWORK_RULE:
        return False
    folded = fold(text)
    if not _SCHOOLWORK.search(folded) or _AI_ORDERS.search(folded):
        return False
    return any(_MATERIAL.search(part) for part in _SPLIT.split(folded) if "?" in part or _ASK.search(part))
