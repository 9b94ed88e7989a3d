"""The fixed frame of a draft: texts Guichet controls, around whatever the model or the extracts wrote.

The greeting, emergency contacts for a person in distress (always first), one sentence acknowledging a hardship
the writer mentions (bereavement, illness, violence, no income, a long wait), the redirection for another body's
question, a refusal to help with forgery or other people's data, the "not covered" answer, the politeness formula
and signature. Pure functions on the triage, the message and the administration's profile.

Every text here is addressed to the citizen and sent under the agent's name: nothing says "an agent will look at
it" (the agent is the one sending it), nothing is left to fill in.
"""

import re

from guichet.drafting.contacts import EMERGENCY_CONTACTS, of_body
from guichet.drafting.enums import TriageLabel
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import Triage
from guichet.text import fold

DISTRESS_INTRO = "Nous avons bien lu votre message et nous prenons votre situation très au sérieux."
DISTRESS_CONTACTS_HEAD = "Si vous avez besoin d'aide tout de suite, vous pouvez appeler :"
NOT_COVERED = "Les fiches officielles de service-public.fr ne répondent pas précisément à votre question."
# Where the answer to what the fiches do not cover is. A question on the writer's own file (where it stands, a
# payment or a card not received) is answered by the administration's reception or the online personal space; any
# other (a town's own services and events, a firm's product, a scheme the fiches do not know) by the reception, which
# answers or directs the writer. Until the thirty-second pass every silent draft spoke of "votre dossier personnel",
# which read oddly under a question on the swimming pool's hours.
NOT_COVERED_NEXT = (
    "Pour connaître l'état de votre dossier, vous pouvez vous adresser à l'accueil {of_name} "
    "ou consulter votre espace personnel en ligne."
)
NOT_COVERED_ASK = (
    "Pour ce renseignement, vous pouvez vous adresser à l'accueil {of_name}, qui pourra vous répondre "
    "ou vous orienter vers le bon interlocuteur."
)
# A question on the state of the writer's own file or of something they await from the office (folded text).
_OWN_FILE = re.compile(
    r"\b(?:ou en (?:est|sont)|(?:mon|ma|notre|le|du) (?:dossier|demande|versement|paiement|remboursement)\b"
    r"[^.?!]{0,60}\b(?:examine|traite|bloque|en cours|recu|arrive|passe|valide|envoye)"
    r"|(?:toujours|encore|jamais) (?:pas|rien) (?:recu|touche|eu)|"
    r"(?:ne l['’]ai|n['’]ai) (?:toujours |encore )?(?:jamais|pas|rien) (?:recu|touche)|"
    r"quand (?:vais-je|vais je|est-ce que je vais|allez-vous|vont-ils) (?:recevoir|toucher|etre paye))"
)
NOT_COVERED_PARTIAL = (
    "Si ces informations ne correspondent pas exactement à votre situation, vous pouvez vous adresser à l'accueil "
    "{of_name} ou utiliser votre espace personnel en ligne."
)

# One sentence for a hardship the writer mentions (the first that applies, in this order); distress contacts, when
# there are any, come before it. Patterns read the folded text (no accents).
ACKNOWLEDGEMENTS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:decede|decedee|deces|mort|morte|disparu|disparue|veuve|veuf|deuil|enterrement|obseques|incineree?|"
        r"inhumee?|nous a quittes?)\b",
        "Nous vous présentons nos sincères condoléances.",
    ),
    (
        r"\b(?:violences?|frappe|me bat|battue|harcele|harcelee)\b",
        "Nous sommes sincèrement désolés de ce que vous vivez.",
    ),
    (
        r"\b(?:malade|maladie|cancer|leucemie|chimiotherapie|hospitalise|hospitalisee|hopital|accident|opere|operee|"
        r"handicap|handicape|handicapee|sclerose|depression|autiste|trisomie)\b",
        "Nous sommes sincèrement désolés pour cette situation difficile.",
    ),
    (
        r"\b(?:aucun revenu|aucune ressource|sans revenus?|pas de revenus?|plus rien|fin de droits|expulse|expulser|"
        r"expulsion|loyers? de retard|dettes?|pas les moyens)\b",
        "Nous comprenons que votre situation financière est difficile.",
    ),
    # A wait on the service, not any "depuis 8 mois" ("mon permis depuis 8 mois" is no delay of ours).
    (
        r"\b(?:toujours pas|toujours rien|aucune reponse|sans reponse|pas de reponse|pas de nouvelles|relance|"
        r"(?:attends?|attendons|attente|rien recu|rien touche|sans nouvelles?|bloquee?|en cours)\b[^.?!]{0,40}?"
        r"depuis (?:des|plusieurs|\d+|deux|trois|quatre|cinq|six) (?:semaines|mois)|deuxieme fois)\b",
        "Nous sommes désolés pour ce délai et comprenons votre inquiétude.",
    ),
    # Anger at a decision, with no wait: the delay sentence would answer something the writer did not say.
    (
        r"\b(?:inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|(?:c.est|quelle|une) honte)\b",
        "Nous comprenons votre mécontentement.",
    ),
    # Helplessness said in words, with no hardship named above ("je ne sais plus quoi faire, il ne répond plus").
    (
        r"\b(?:ne sais plus (?:quoi faire|comment faire|vers qui)|suis a bout|suis desemparee?|suis perdue?)\b",
        "Nous comprenons que cette situation est difficile pour vous.",
    ),
)
# A complaint with no hardship or wait named above still deserves to be heard before it is answered (the d10 reading:
# "a complaint not acknowledged"): one sentence, which promises nothing.
COMPLAINT_ACKNOWLEDGEMENT = "Nous avons bien reçu votre réclamation et nous comprenons votre mécontentement."
FORGERY_REFUSAL = (
    "Nous ne pouvons pas vous aider à modifier ou fabriquer un document : "
    "établir ou utiliser un faux document est puni par la loi."
)
PRIVACY_REFUSAL = (
    "Pour des raisons de confidentialité, nous ne communiquons aucune information sur une autre personne "
    "ni sur nos outils internes."
)


# Below this model score, and with no rule naming the danger, a distress label is a flag for the agent (priority, an
# alert), not a paragraph of the reply: the learned label's threshold is set for recall (a false alarm costs an agent
# a glance), and in a draft a false alarm costs a block of emergency numbers on a question about a death grant. On
# the retrieval and drafting corpora (train + validation; messages the triage model did not learn from, their kind
# set by their authors), 0.8 keeps the block for 75 of 78 distress messages and takes it off 46 of 56 others.
DISTRESS_BLOCK_SCORE = 0.8


def distress_in_reply(triage: Triage) -> bool:
    """Whether the draft opens on the distress block: a rule named the danger, the model is confident, or an agent
    set the label."""
    if not triage.has(TriageLabel.DISTRESS):
        return False
    by_agent = any(c.get("label") == TriageLabel.DISTRESS and c.get("present") for c in triage.corrected)
    return bool(triage.distress_kinds) or by_agent or triage.scores.get("distress", 0.0) >= DISTRESS_BLOCK_SCORE


def distress_block(triage: Triage) -> str:
    if not distress_in_reply(triage):
        return ""
    lines = [DISTRESS_INTRO]
    if triage.emergency_contacts:
        lines.append(DISTRESS_CONTACTS_HEAD)
        lines += [f"- {c['number']} : {c['label']}" for c in triage.emergency_contacts]
    return "\n".join(lines)


# Idioms that name no death: "c'est mort ?" (it is too late), "mort de rire", "mort de fatigue"; and the writer's own
# death to come ("l'État reprend tout après la mort", "à mon décès").
_NO_DEATH = re.compile(
    r"\b(?:c'?\s?est|c)\s+mort\b|\bmorte?s? de (?:rire|fatigue|peur|faim|froid)\b|"
    r"\b(?:apres|a|avant) (?:la|ma|mon|notre) (?:mort|deces)\b(?! d(?:e|u|es)\b| d')"
)


# A death of years ago ("veuve depuis 6 ans", "décédé il y a 3 ans", "veuve depuis 2016"): condolences would ring
# false.
_PAST_DEATH = re.compile(
    r"\b(?:veuve?|decedee?|deces|mort|morte)\b[^.!?\n]{0,25}\b(?:(?:depuis|il y a)\s+(?:\d{1,2}|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|plusieurs|des)\s+ans\b|depuis (?:19|20)\d\d\b)"
)


def acknowledgement(message: str) -> str:
    """One sincere sentence for the hardship the message mentions, or "" (never a placeholder to fill)."""
    folded = _PAST_DEATH.sub(" ", _NO_DEATH.sub(" ", fold(message)))
    for pattern, sentence in ACKNOWLEDGEMENTS:
        if re.search(pattern, folded):
            return sentence
    return ""


# The complaint's sentence needs the model's confidence too: a question labelled a complaint by a rule ("réclamation"
# said of a tax return to correct) is not discontent. On corpora/drafting train + validation (337), the label alone
# gave the sentence to 59 complaints and 12 questions; a score of 0.5 or more to 49 and 1.
COMPLAINT_ACKNOWLEDGEMENT_SCORE = 0.5


def opening_acknowledgement(message: str, triage: Triage) -> str:
    """The hardship's sentence, or, for a complaint that names none, the complaint's."""
    said = acknowledgement(message)
    if said or not triage.has(TriageLabel.COMPLAINT):
        return said
    return COMPLAINT_ACKNOWLEDGEMENT if triage.scores.get("complaint", 0.0) >= COMPLAINT_ACKNOWLEDGEMENT_SCORE else ""


def asks_own_file(message: str) -> bool:
    """Whether the message asks where the writer's own file stands (a payment, a card, a decision awaited)."""
    return bool(_OWN_FILE.search(fold(message)))


def not_covered_block(
    profile: AdministrationProfile, *, partial: bool = False, message: str = "", redirected: bool = False
) -> str:
    """What the fiches do not cover, said in one sentence, with where the writer can get the answer. `partial`: the
    draft quotes passages that answer part of the question; saying then that the fiches do not answer it would
    contradict the lines above, so the draft says where to ask if they do not fit the writer's case. `redirected`:
    the draft already names the competent body (`redirect_block`); sending the writer back to this office's
    reception would contradict it. `message`: the citizen's, which says whether the question is on their own file."""
    if partial:
        return NOT_COVERED_PARTIAL.format(of_name=of_body(profile.name))
    if redirected:
        return NOT_COVERED
    nxt = NOT_COVERED_NEXT if asks_own_file(message) else NOT_COVERED_ASK
    return f"{NOT_COVERED} {nxt.format(of_name=of_body(profile.name))}"


# How the fiches name the public bodies a message is commonly written to: a quoted line that sends the writer to
# the very body they wrote to ("Vous devez vous adresser à votre mairie", "confier le recouvrement à la Caf") says
# the request is that body's, whatever triage guessed.
_BODY_NAMES: dict[str, str] = {
    "caf": r"\bcaf\b|caisse d'allocations familiales",
    "cpam": r"\bcpam\b|assurance maladie|caisse primaire",
    "assurance maladie": r"\bcpam\b|assurance maladie|caisse primaire",
    "mairie": r"\bmairie\b|officier d'etat civil",
    "prefecture": r"\b(?:sous-)?prefecture\b",
    "assurance retraite": r"\bcarsat\b|\bcnav\b|assurance retraite|caisse de retraite",
    "france travail": r"france travail|pole emploi",
    "dgfip": r"service des impots|centre des finances publiques|\bdgfip\b|administration fiscale",
    "impots": r"service des impots|centre des finances publiques|\bdgfip\b|administration fiscale",
    "urssaf": r"\burssaf\b",
    "msa": r"\bmsa\b|mutualite sociale agricole",
    "mdph": r"\bmdph\b|maison departementale des personnes handicapees",
    "crous": r"\bcrous\b",
    "ants": r"\bants\b|agence nationale des titres securises",
}


def names_own_body(profile: AdministrationProfile, quoted: str) -> bool:
    """Whether the quoted lines name the body the message was written to (by its name, an alias or the fiches'
    usual name for it): the request is then that body's, and a redirection elsewhere would contradict them."""
    folded = fold(quoted)
    for name in (profile.name, *profile.aliases):
        key = fold(name).strip()
        pattern = _BODY_NAMES.get(key) or next((p for k, p in _BODY_NAMES.items() if key.startswith(k + " ")), None)
        if pattern and re.search(pattern, folded):
            return True
    return False


def redirect_block(triage: Triage, profile: AdministrationProfile, quoted: str = "") -> str:
    """The redirection for another body's request, unless the quoted fiches' lines send the writer to this one."""
    if not triage.has(TriageLabel.OUT_OF_SCOPE) or not triage.competent or names_own_body(profile, quoted):
        return ""
    c = triage.competent
    return (
        f"Votre demande ne relève pas {of_body(profile.name)}. "
        f"L'organisme compétent est {c['body']}. Vous pouvez passer par {c['service']}."
    )


def refusal_block(triage: Triage) -> str:
    lines = []
    if "forgery" in triage.injection_kinds:
        lines.append(FORGERY_REFUSAL)
    if {"third_party", "prompt"} & set(triage.injection_kinds):
        lines.append(PRIVACY_REFUSAL)
    return " ".join(lines)


def fixed_sentences(profile: AdministrationProfile) -> list[str]:
    """Every sentence the frame may write, for any message: a reply approved for one message carries those of its
    own frame (condolences, emergency contacts, "not covered"), which must not start another message's draft."""
    texts = [
        DISTRESS_INTRO,
        DISTRESS_CONTACTS_HEAD,
        *(sentence for _, sentence in ACKNOWLEDGEMENTS),
        COMPLAINT_ACKNOWLEDGEMENT,
        *(f"{c.number} : {c.label}" for c in EMERGENCY_CONTACTS.values()),
        NOT_COVERED,
        NOT_COVERED_NEXT.format(of_name=of_body(profile.name)),
        NOT_COVERED_ASK.format(of_name=of_body(profile.name)),
        NOT_COVERED_PARTIAL.format(of_name=of_body(profile.name)),
        FORGERY_REFUSAL,
        PRIVACY_REFUSAL,
        f"Votre demande ne relève pas {of_body(profile.name)}.",
    ]
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÉÈ])", text) if s.strip()]


def closing_block(profile: AdministrationProfile) -> str:
    return "\n".join(p for p in (profile.politeness_formula.strip(), profile.signature.strip()) if p)


def assemble(
    *, profile: AdministrationProfile, triage: Triage, middle: str, covered: bool, message: str = ""
) -> tuple[str, list[str]]:
    """The full draft and the fixed texts it contains (evidence for the checks, skipped as "unsupported")."""
    redirect = redirect_block(triage, profile, middle)
    fixed = [
        profile.greeting.strip(),
        distress_block(triage),
        opening_acknowledgement(message, triage),
        redirect,
        refusal_block(triage),
    ]
    tail = (
        []
        if covered
        else [not_covered_block(profile, partial=bool(middle.strip()), message=message, redirected=bool(redirect))]
    )
    parts = [p for p in [*fixed, middle.strip(), *tail, closing_block(profile)] if p]
    trusted = [p for p in [*fixed, *tail, closing_block(profile)] if p]
    trusted_lines = [line for block in trusted for line in block.splitlines() if line.strip()]
    return "\n\n".join(parts), trusted_lines
