"""The control bodies asked their own business, and the person in distress who asks an office to act on the
aggressor (forty-ninth pass of issue 12, engineer-fn).

Two readings, each behind its switch, read at call time by `triage.triage`:

* **A control body asked its own business** (`CONTROL_BODY_RULE`). The labour inspectorate asked about unpaid
  overtime, a transfer or refused leave, the Défenseur des droits about a benefit refused by another office or a
  discrimination, the DGCCRF (or a DDPP) about a shop's prices or a door-to-door sale, the CNIL about a camera or
  personal data, the police about a complaint: the model, trained on workers and consumers who wrote to the wrong
  office, and the topic map, whose employment and trade topics send to "the labour inspectorate" or "SignalConso",
  read these as out of scope. `own_business_asked(office, text)` holds when the (folded) office name is one of
  these bodies (`_BODIES`), the message speaks of that body's business (`_BUSINESS`), and no sentence asks the office
  to act for the writer on someone (`acts_for_writer`: "pouvez-vous appeler mon patron", "vous pouvez lui dire
  d'arrêter", "je voudrais que vous jugiez": the authors label those out of scope, the office is no one's agent).
  Then the out of scope that only the model, the topic map or (for the Défenseur des droits, whose business is to
  intervene with another public body) the other-body reading gave is dropped.
* **The aggressor acted on** (`AGGRESSOR_ACT_RULE`). A person in distress asks the office written to to act on the
  one who hurts them or on that person's employer ("contacter les ressources humaines pour moi", "vous pouvez le
  prévenir ?", "appelez son patron", "lui envoyer une lettre officielle pour qu'il arrête", "le convoquer"). The
  distress stays, with its contacts; what is asked is the police's, the gendarmerie's or the justice's to do, so
  the message is out of scope too (`AGGRESSOR_ACT`), unless the office is the police or the gendarmerie.
  `aggressor_act_asked(office, text)` reads one sentence that asks the office (a question, "je vous demande",
  an imperative) for such an act, with harm said in the message (`_HARM`: hits, threatens, harasses, touches, follows,
  pushes, humiliates).

Pure functions on folded strings (no model, no Django).
"""

import re

from guichet.drafting.enums import TriageLabel

# Switch (measured on and off in the forty-ninth pass, docs/benchmarks.md): a control body asked its own business is
# not out of scope by the model's or the topic map's reading alone.
CONTROL_BODY_RULE = True
# Switch (measured on and off in the forty-ninth pass): distress that asks the office to act on the aggressor or the
# aggressor's employer is out of scope too, the distress and its contacts kept.
AGGRESSOR_ACT_RULE = True

# The control bodies by their folded names, and what each does.
_BODIES: dict[str, re.Pattern[str]] = {
    "travail": re.compile(r"\binspection du travail\b|\bdreets\b|\bdirecc?te\b|\binspecteurs? du travail\b"),
    "defenseur": re.compile(r"\bdefenseur des droits\b"),
    "conso": re.compile(
        r"\bdgccrf\b|\bddpp\b|\bddets?pp\b|repression des fraudes|protection des populations|\bsignal ?conso\b"
    ),
    "cnil": re.compile(r"\bcnil\b|informatique et (?:des )?libertes"),
    "police": re.compile(r"\bpolice\b|\bgendarmerie\b|\bcommissariat\b|\bbrigade de gendarmerie\b"),
}
_BUSINESS: dict[str, re.Pattern[str]] = {
    "travail": re.compile(
        r"\bheures? sup\w*|\bsalaires?\b|\bpaie\b|\bfiches? de paie\b|\bconges?\b|\bmut(?:er|ation|e)\b|\bmobilite\b"
        r"|\bcontrat de travail\b|\blicenci\w+|\bhoraires?\b|\btemps de travail\b|\brepos\b|\bpause\b|\bapprenti\w*"
        r"|\bstagiaire\b|\btravail de nuit\b|\btravailler? (?:le )?dimanche|\bchantier\b|\bsmic\b|\bharcelement\b"
        r"|\bemployeur\b|\bpatron\b|\bma direction\b|\bmon chef\b|\bsecurite au travail\b|\bmedecin du travail\b"
    ),
    "defenseur": re.compile(
        r"\bdiscrimin\w+|\bracis\w+|\brefus\w*|\brecours\b|\breclamation\b|\bdroits? de l'enfant\b"
        r"|\bcontrole de police\b|\bpolicier\b|\bgendarmes?\b|\blanceur d'alerte\b|\bdeontologie\b"
        r"|\b(?:caf|cpam|mdph|prefecture|france travail|pole emploi|msa|carsat|administration|service public)\b"
    ),
    "conso": re.compile(
        r"\bmagasins?\b|\bboutiques?\b|\bcommer(?:ce|cant)s?\b|\bprix\b|\baffich\w+|\bvendeu(?:r|se)s?\b|\bgarages?\b"
        r"|\bsites? (?:internet|de vente|marchand)|\bdemarch\w+|\bretractation\b|\barnaque\w*|\bfactur\w+"
        r"|\betiquet\w+|\bproduits?\b|\bhygiene\b|\brestaurants?\b|\bpromotions?\b|\bgaranties?\b|\bboulangerie\b"
        r"|\bsignal ?conso\b|\bcommande\b|\blivr\w+"
    ),
    "cnil": re.compile(
        r"\bdonnees\b|\bcameras?\b|\bvideo ?surveillance\b|\bfilm\w*|\bfichiers?\b|\brgpd\b|\beffac\w+|\bdpo\b"
        r"|\bdelegue a la protection\b|\bregistre\b|\bprospection\b|\bcookies?\b|\bgeolocalis\w+"
    ),
    "police": re.compile(
        r"\bplaintes?\b|\bpre-?plainte\b|\bvol\b|\bvole\w*|\bmain courante\b|\bagress\w+|\bescroquer\w*|\bmenac\w+"
        r"|\bcambriol\w+|\bobjets? trouves?\b|\bcouteau\b|\bfrapp\w+|\bdisparu\w*"
    ),
}

_SPLIT = re.compile(r"(?<=[.!?\n])\s*")
# A sentence that asks the office written to for something: a question to "vous" or to the office named in the third
# person, "je vous demande", "je voudrais que vous", or an imperative of the verbs below.
_ASK = re.compile(
    r"\b(?:pouvez|pourriez|pourrez)[- ]vous\b|\bvous (?:ne )?(?:pouvez|pourriez|pourrez)\b"
    r"|\b(?:peut|pourrait|pourra)[- ](?:elle|il|t-elle|t-il|on)\b"
    r"|\b(?:peut|pourrait|pourra) (?:pas )?(?:me |nous |leur |lui |le |la |l')?\w+(?:er|ire|re|ir)\b"
    r"|\b(?:pouvez|pourriez)\b|\bje (?:vous )?demande (?:de|d'|si)\b"
    r"|\bje (?:voudrais|veux|souhaite|souhaiterais|aimerais) que (?:vous|la|le|l')"
    r"|\bc'est possible (?:de|que)\b|\best-ce possible\b"
)
_IMPERATIVE = re.compile(
    r"(?:^|[,;:!]\s*|\b(?:svp|s'il vous plait|alors|donc|et)\s+)(?:appelez|contactez|prevenez|ecrivez|convoquez"
    r"|avertissez|dites-lui|telephonez)\b"
)
# Acts done to someone on the writer's behalf: calling, writing to, warning, summoning, forcing, judging; or a favour
# done to the writer.
_FOR_WRITER = re.compile(
    r"\b(?:l'|le |la |les |lui |leur )?(?:appeler|appeliez|contacter|contactiez|joindre|telephoner|ecrire|ecriviez"
    r"|dire (?:de|d'|a|au)|disiez|prevenir|preveniez|avertir|convoquer|convoquiez|obliger|forcer|faire payer"
    r"|juger|jugiez|faire peur|envoyer (?:un |une )?(?:courrier|lettre|mail))\b"
    # A favour to the writer: a reference, a letter or a certificate written for them ("m'écrire une lettre de
    # recommandation").
    r"|\bm'(?:ecrire|rediger|faire) (?:une |un )?(?:lettre|attestation|certificat|mot)\b|\brecommandation\b"
    # Money recovered in the writer's place ("que la DGCCRF récupère cet argent pour moi").
    r"|\b(?:recuper\w*|rembours\w*|indemnis\w*)\b[^.?!]{0,60}\b(?:pour moi|a ma place)\b"
)
_LAW_QUESTION = re.compile(r"\b(?:a-t-il|ont-ils|a-t-elle|est-ce qu'il a) le droit\b|\bpuis-je\b|\bai-je le droit\b")

# Harm done to the writer or the household, said in the message.
_HARM = re.compile(
    r"\b(?:me|m'|nous|la|le|les|l') ?(?:frappe\w*|bat|battu\w*|menace\w*|harcel\w+|agress\w+|touche|tripote\w*"
    r"|suit|suivie?|bouscul\w+|pouss\w+|insulte\w*|humilie\w*|viol\w*|coince\w*|hurle\w* dessus|crie dessus"
    r"|serre\w* le bras|force\w*)\b"
    r"|\b(?:il|elle) (?:me|m') (?:a )?\w+ (?:dans l'escalier|au sol|contre le mur)"
    r"|\bmain sur (?:ma|mes) (?:cuisse|poitrine|fesses)\b|\bme fait des (?:avances|remarques sexuelles)\b"
)
# The aggressor's employer, HR or hierarchy (or the writer's own HR, asked to be told of a boss).
_EMPLOYER_SIDE = (
    r"(?:(?:les |des |aux? )?(?:ressources humaines|rh)\b|(?:son|sa|ses|leur) (?:\w+ )?(?:employeur|patron|patronne"
    r"|chefs?|hierarchie|direction|entreprise|boite|societe|travail|superieur)\b|(?:l'|son |sa )?employeur de (?:mon"
    r"|ma|cet|ce|mon ex)\b)"
)
_ACT_ON_EMPLOYER = re.compile(
    r"\b(?:appeler|appelez|appeliez|contacter|contactez|contactiez|joindre|prevenir|prevenez|avertir|alerter"
    r"|ecrire (?:a|aux?)|ecrivez (?:a|aux?)|telephoner (?:a|aux?)|signaler (?:ca |cela |le |la )?(?:a|aux?)"
    r"|dire (?:a|aux?)|faire pression sur|intervenir aupres (?:de|des|du)|expliquer (?:a|aux?))\s+"
    rf"(?:\w+ ){{0,2}}?{_EMPLOYER_SIDE}"
)
# The aggressor acted on by a pronoun: warned, written to, summoned, frightened, told to stop.
_ACT_ON_HIM = re.compile(
    r"\b(?:le prevenir|l'avertir|le convoquer|le menacer|le contacter|l'appeler|lui faire peur|lui ecrire"
    r"|lui parler|lui faire savoir|lui dire (?:de|d'|qu)|lui envoyer (?:un |une )?(?:\w+ )?(?:courrier|lettre|mail)"
    r"|le rappeler a l'ordre|le faire arreter|le faire partir)\b"
)

_OTHER_BODY_TOPIC = "acte_d_un_autre_organisme"  # `triage_other_bodies.OTHER_BODY_ACT`'s topic

AGGRESSOR_ACT: dict[str, str] = {
    "topic": "agir_sur_l_agresseur",
    "body": "la police ou la gendarmerie (17, ou 114 par SMS), seules à pouvoir agir contre l'auteur des violences "
    "ou des menaces, et la justice ; au travail, l'employeur et son référent harcèlement, ou l'inspection du travail",
    "service": "le 3919 (violences faites aux femmes, gratuit, 24 h/24) ou le 116 006 (aide aux victimes) : "
    "l'administration écrite ne peut pas agir sur l'auteur à la place de la victime",
}


def control_body_of(office: str) -> str | None:
    """The control body a folded office name stands for (`_BODIES`), or None."""
    for key, pattern in _BODIES.items():
        if pattern.search(office):
            return key
    return None


def harm_said(folded: str) -> bool:
    """Harm done to the writer or the household is said in the (folded) text (`_HARM`)."""
    return bool(_HARM.search(folded))


def _sentences(folded: str) -> list[str]:
    return [part for part in _SPLIT.split(folded) if part.strip()]


def _asks(sentence: str) -> bool:
    return bool(_ASK.search(sentence) or _IMPERATIVE.search(sentence))


def acts_for_writer(folded: str) -> bool:
    """A sentence asks the office to act on someone for the writer (call, write to, warn, summon, force, judge)."""
    return any(_asks(s) and _FOR_WRITER.search(s) for s in _sentences(folded))


def own_business_asked(office: str, folded: str) -> bool:
    """The (folded) office is a control body, the (folded) message speaks of its business, and no sentence asks it
    to act on someone for the writer (`CONTROL_BODY_RULE`, read at call time)."""
    if not CONTROL_BODY_RULE:
        return False
    body = control_body_of(office)
    return body is not None and bool(_BUSINESS[body].search(folded)) and not acts_for_writer(folded)


def aggressor_act_asked(office: str, folded: str) -> bool:
    """A sentence of the (folded) message asks the office to act on the one who hurts the writer or on that person's
    employer, harm is said in the message, and the office is not the police or the gendarmerie
    (`AGGRESSOR_ACT_RULE`, read at call time)."""
    if not AGGRESSOR_ACT_RULE or control_body_of(office) == "police" or not harm_said(folded):
        return False
    for sentence in _sentences(folded):
        if not _asks(sentence):
            continue
        if _ACT_ON_EMPLOYER.search(sentence) or (_ACT_ON_HIM.search(sentence) and not _LAW_QUESTION.search(sentence)):
            return True
    return False


def out_of_scope_dropped(
    office: str, folded: str, topic: str | None, redirect_topic: str | None, *, learned: bool = False
) -> bool:
    """A control body asked its own business (`own_business_asked`) and the out of scope came only from the model
    (`learned`, or no `topic`), the topic map (`topic` is `redirect_topic`) or, at the Défenseur des droits, the
    other-body reading."""
    if not own_business_asked(office, folded):
        return False
    return (
        learned
        or topic is None
        or topic == redirect_topic
        or (control_body_of(office) == "defenseur" and topic == _OTHER_BODY_TOPIC)
    )


def read_control_bodies(
    labels: list[str],
    learned: list[str],
    evidence: dict[str, list[str]],
    competent: dict[str, str] | None,
    office: str,
    folded: str,
    redirect_topic: str | None,
) -> dict[str, str] | None:
    """The hook `triage.triage` calls once every other label is read: distress that asks the office to act on the
    aggressor gets the out of scope (`AGGRESSOR_ACT`); a control body asked its own business loses the out of scope
    the model or the topic map gave. Updates `labels`, `learned` and `evidence` in place; returns the redirect."""
    oos = TriageLabel.OUT_OF_SCOPE
    if TriageLabel.DISTRESS in labels and oos not in labels and aggressor_act_asked(office, folded):
        labels.append(oos)
        evidence[oos] = [AGGRESSOR_ACT["topic"]]
        return dict(AGGRESSOR_ACT)
    topic = competent and competent["topic"]
    if oos in labels and out_of_scope_dropped(office, folded, topic, redirect_topic, learned=oos in learned):
        labels.remove(oos)
        if oos in learned:
            learned.remove(oos)
        evidence.pop(oos, None)
        return None
    return competent
