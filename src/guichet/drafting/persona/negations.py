"""What the writer says they are not, do not have or never did, said back without its negation (forty-fifth pass):
"je ne suis pas de nationalité française" / "vous êtes de nationalité française", "je n'ai jamais été condamné" /
"vous avez été condamné", "je n'ai ni voiture ni permis" / "vous avez le permis", "je n'ai pas non plus de numéro
de sécurité sociale définitif" / "vous avez un numéro de sécurité sociale définitif".

The lexicon of traits (`lexicon`, `traits`) knows statuses and benefits by name; a writer who describes themselves by
negation speaks of anything ("condamné", "permis", "numéro définitif"). This module reads the negation itself, whatever
is negated:

* the message's side: a clause whose subject is the writer ("je", "j'"; not "mon mari") with "ne … pas / plus /
  jamais / pas encore / pas non plus / point", or "ne … ni X ni Y" (one denial per member), or "aucun(e) X", read as
  a verb (the auxiliary's participle where there is one: "ai travaillé" is "travailler", "ai été condamné" is "être")
  and the words after it up to the clause's end;
* the draft's side: a clause "vous …" with no negation in it ("ne … pas", "aucun", "sans", "ni", "jamais"): its verb
  and words.

A draft clause contradicts a denial when its verb is the denial's (one class for the forms of "être", "avoir",
"percevoir/toucher/recevoir"…), the denial's first word (what is denied: "condamné", "permis", "nationalité") is among
the draft's words, and either all the denial's words are among the draft's or all the draft's among the denial's
("vous avez le permis" says back "ni permis de conduire"). Time is respected: "ne … plus" (no longer) and a
plain "ne … pas" in the present contradict only a draft in the present ("vous êtes marié", not "vous avez été
mariée"); "jamais" and "pas encore" contradict a draft in the present or the past. A paraphrase that keeps the
negation ("vous n'avez pas encore demandé", "aucune activité") is never judged here. Judged only where the message
denies the thing, so that alone it never makes a sentence "unsupported".

"Sauf" (an exception): "je n'ai aucun revenu sauf une pension" / "vous n'avez aucun revenu" drops the exception; "je
travaille toute l'année sauf l'été" / "vous travaillez uniquement l'été" turns the exception into the rule. Both are
contradictions (`EXCEPTIONS`).

Spoken French drops "ne" (forty-sixth pass, `SPOKEN_DENIALS`): "je suis pas marié", "je touche rien", "je suis plus
inscrite" are denials too; "plus" without "ne" only where no comparison can be meant ("je gagne plus que lui", "plus
de 35 heures" are none). A nationality denied ("je suis pas française") is read as no nationality of that name
(`DENIED_NATIONALITY`, in `writer._nationalities`).

"Ni" in the message's trait reading (`writer._present`): "je ne touche plus rien : ni chômage ni RSA" says the writer
gets neither; before, the RSA was read as a benefit the writer gets (`NI_NEGATES`).

Texts are folded. Each switch is read at call time, so the lead can measure it both ways:"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

NEGATION_FLIPS = True  # a denied state, act or thing said back as the writer's (this module)
EXCEPTIONS = False  # an exception ("sauf") dropped or made the rule
KEPT_DENIALS = True  # a draft that keeps the writer's own denial is consistent, whatever the traits say (`claims`)
NI_NEGATES = False  # "ni X ni Y" negates X and Y in the trait reading (`writer._present`)
SPOKEN_DENIALS = True  # "je suis pas marié", "je touche rien": a denial without "ne" (forty-sixth pass)
DENIED_NATIONALITY = True  # "je (ne) suis pas française": no French (`writer._nationalities`)
# Each denial of a sentence read, not only the first ("je n'ai pas de voiture et je ne suis pas inscrite à …"): off,
# it moves no item of train or validation.
EVERY_DENIAL = False

# "ni" before a trait: "je ne touche plus rien : ni chômage ni RSA", "je n'ai ni voiture ni permis".
NI_BEFORE = re.compile(r"(?:^|[\s,:(])ni\s+(?:\w+\s+){0,2}$")

# One verb under its forms, first and second person, infinitive and participle.
_VERB_CLASSES = {
    "etre": "suis es est etes sommes sont etais etiez ete etre",
    "avoir": "ai as a avez avons ont avais aviez eu avoir",
    "recevoir": "touche touches touchez percois percevez percu percue recois recevez recu recue beneficie beneficiez "
    "toucher percevoir recevoir beneficier",
    "vivre": "vis vivez vit vecu vivre habite habitez habiter",
    "pouvoir": "peux pouvez pu pouvoir",
    "devoir": "dois devez du devoir",
    "faire": "fais faites fait faire",
    "travailler": "travaille travaillez travailler bosse bossez",
}
_VERB = {form: name for name, forms in _VERB_CLASSES.items() for form in forms.split()}
_AUXILIARY = {"ai", "avez", "avais", "aviez", "suis", "etes", "etais", "etiez"}
# Words that carry no content of what is denied or said.
_FUNCTION = set(
    "de du des d le la les l un une vos votre mes ma mon au aux qu que a en dans sur pour par avec ce cette ces son "
    "sa ses leur leurs y ne n pas plus jamais encore deja bien non aussi toujours rien aucun aucune point tout toute "
    "tous me m se s vous je j moi et ou ni quelques fois jour jours mois an ans annee annees depuis meme donc "
    "actuellement vraiment uniquement seulement egalement instant moment ai".split()
)
# What the office judges, not a fact of the writer: "je n'ai pas droit au RSA", "je ne suis pas obligée de …" may be
# the writer's mistake, which a draft corrects ("vous avez droit au RSA"): no denial to hold the draft to.
_JUDGEMENTS = {"droit", "eligible", "eligibles", "oblige", "obligee", "obligation", "tenu", "tenue", "raison", "tort"}
_PARTICIPLE = re.compile(r"^(?:[a-z]{2,}(?:e|ee|es|ees|i|ie|is|u|ue|us|it|ite)|eu|ete|nee|nees|mis|pris|dit|fait)$")
_CLAUSE_END = re.compile(
    r"[,;:.!?()\n]|\bmais\b|\bet\b|\bcar\b|\bparce\b|\bpuisque\b|\bsi\b|\bdonc\b|\balors\b|\bqui\b"
)
# The writer's negated clause: "je ne suis pas …", "je n'ai jamais …", "je ne touche plus …", "je n'ai ni …".
_DENIAL = re.compile(
    r"\b(?:je\s+(?:ne\s+|n['’]\s*)|j['’]\s*)(?:me\s+|m['’]\s*|y\s+)?(\w+)\s+"
    r"(pas encore|pas non plus|pas du tout|toujours pas|pas|plus|jamais|point|ni)\s+([^,;()]*)"
)
# The same denial in the lookahead, so that one denial does not swallow the next of its sentence (`EVERY_DENIAL`).
_EVERY_DENIAL = re.compile(
    r"\b(?:je\s+(?:ne\s+|n['’]\s*)|j['’]\s*)(?:me\s+|m['’]\s*|y\s+)?(\w+)\s+"
    r"(pas encore|pas non plus|pas du tout|toujours pas|pas|plus|jamais|point|ni)\s+(?=([^,;()]*))"
)
# Spoken French drops "ne": "je suis pas marié", "je touche rien", "je suis plus au RSA". "Plus" without "ne" is also
# a comparison ("je gagne plus que lui", "je travaille plus de 35 heures", "je suis plus âgée"): read as a denial only
# before a place or a state ("au RSA", "en couple", "inscrite", "salariée"), "rien", or "de travail / d'emploi".
_SPOKEN_DENIAL = re.compile(
    r"\bje\s+(?:me\s+|m['’]\s*|y\s+)?(?!ne\b|n['’])(\w+)\s+"
    r"(pas encore|pas non plus|pas du tout|toujours pas|pas|jamais|rien|"
    r"plus(?=\s+(?:au|a la|a l['’]|aux|en|de (?:travail|boulot|emploi|logement|revenus?|droits?)|d['’](?:emploi|aide)|"
    r"rien|du tout|inscrite?|salariee?|mariee?|proprietaire|locataire|etudiante?)\b))"
    r"\s+(?=([^,;()]*))"
)
# The writer gets nothing, said without "ne": "je touche rien", "je perçois aucune aide" (`writer`).
SPOKEN_NO_BENEFIT = re.compile(r"\bje\s+(?:touche|percois|recois)\s+(?:rien|aucune?|pas d)")
_DRAFT = re.compile(
    r"\bvous\s+(?:ne\s+|n['’]\s*)?(?:vous\s+|y\s+)?(\w+)\s+"
    r"(?:(?:pas|plus|jamais|encore|toujours|non plus|deja|bien)\s+)*(.*)"
)
_DRAFT_NEGATED = re.compile(r"\b(?:ne|n['’]|pas|aucune?|sans|ni|jamais|plus aucune?|nul|nulle)\b")
_DRAFT_CONDITION = re.compile(r"\b(?:si|lorsque|quand|des que|au cas ou)\s+vous\b|\bpeut-etre\b")
# An exception ("sauf", "hormis", "excepte", "a part", "en dehors de").
_EXCEPT = r"(?:sauf|hormis|excepte|a part|en dehors d[eu'’]?)"
_MESSAGE_EXCEPTION = re.compile(
    rf"\b(?:je|j['’])\s*[^.;!?]{{0,60}}?\b(aucune?|rien|toute l.annee|tous les|toutes les|tout le temps|toujours)"
    rf"\s+(\w+)?[^.;!?]{{0,30}}?\b{_EXCEPT}\s+(?:l['’]|le |la |les |un |une |pour |en |de |d['’])?\s*(\w+)"
)
_DRAFT_EXCEPTED = re.compile(rf"\b{_EXCEPT}\b")
_DRAFT_ONLY = re.compile(
    r"\b(?:uniquement|seulement|exclusivement)\s+(?:l['’]|le |la |les |en |pendant |pour |de |d['’])?\s*(\w+)"
    r"|\bne\s+\w+\s+qu['’]\s*(?:en |pendant |l['’]|le |la |les |pour )?\s*(\w+)"
)


def _words(text: str, limit: int = 5) -> list[str]:
    """The content words of a folded phrase, in order, plural and feminine endings kept (compared loosely)."""
    words = [w for w in re.findall(r"[a-z]+", text) if len(w) > 1 and w not in _FUNCTION]
    return words[:limit]


def _stem(word: str) -> str:
    return re.sub(r"(?:es|e|s|x)$", "", word) if len(word) > 4 else word


def _verb_and_rest(verb: str, rest: str) -> tuple[str, str, str]:
    """The verb's class, the tense ("present" or "past") and the words after it: the participle after an
    auxiliary ("ai travaille" → "travaille", "ai ete condamne" → "etre", "condamne")."""
    tense = "present"
    first = rest.split(" ", 1)
    if verb in _AUXILIARY and first[0] and _PARTICIPLE.match(first[0]) and first[0] not in _FUNCTION:
        verb, rest, tense = first[0], first[1] if len(first) > 1 else "", "past"
    name = _VERB.get(verb) or _stem(verb)[:6]
    return name, tense, rest


def _denials(sentence: str) -> list[re.Match[str]]:
    """The writer's denials in a folded sentence: with "ne", and without it in spoken French (`SPOKEN_DENIALS`)."""
    found = list((_EVERY_DENIAL if EVERY_DENIAL else _DENIAL).finditer(sentence))
    if SPOKEN_DENIALS:
        found += [m for m in _SPOKEN_DENIAL.finditer(sentence) if m.group(1) not in _FUNCTION]
    return sorted(found, key=lambda m: m.start())


def read_negations(folded: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The writer's denials in a folded message: (verb class, how, tense, words): "je n'ai jamais été condamné" →
    ("etre", "jamais", "past", ("condamne",)); "je n'ai ni voiture ni permis" → two denials of "avoir"."""
    out: list[tuple[str, str, str, tuple[str, ...]]] = []
    if not NEGATION_FLIPS:
        return out
    for sentence in re.split(r"[.;!?\n]", folded):
        for m in _denials(sentence):
            if other_subject(sentence[: m.start()].split(",")[-1]):
                continue
            verb, how, rest = m.group(1), m.group(2), m.group(3)
            if how == "ni":
                members = re.split(r"\bni\b", _CLAUSE_END.split(rest)[0])
                name, tense, _ = _verb_and_rest(verb, "")
                for member in members:
                    if words := _words(member):
                        out.append((name, "pas", tense, tuple(words)))
                continue
            name, tense, rest = _verb_and_rest(verb, rest)
            listed = re.search(r"(?:^|[\s:])ni\s+(.*)", rest)
            if listed:  # "je ne touche plus rien depuis mai : ni chômage ni RSA"
                for member in re.split(r"\bni\b", _CLAUSE_END.split(listed.group(1))[0]):
                    if words := _words(member):
                        out.append((name, how, tense, tuple(words)))
            clause = _CLAUSE_END.split(rest)[0]
            if re.match(r"\s*(?:que|qu['’])\b", clause):
                continue  # "je n'ai que …", "je ne fais que …": a restriction, no denial
            if words := _words(clause):
                out.append((name, how, tense, tuple(words)))
    return out


def read_exceptions(folded: str) -> list[tuple[str, str, str]]:
    """The writer's exceptions: (the rule's quantifier, the rule's noun, the exception's head word): "je n'ai aucun
    revenu sauf une pension" → ("aucun", "revenu", "pension"); "toute l'année sauf l'été" → ("toute l.annee", "",
    "ete")."""
    if not EXCEPTIONS:
        return []
    return [(m.group(1), m.group(2) or "", m.group(3)) for m in _MESSAGE_EXCEPTION.finditer(folded)]


def negation_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The positive "vous …" clauses of a folded draft sentence, as "negation" traits ("etre|present|condamne fois"),
    and its exception-bearing phrases as "exception" traits."""
    out: list[tuple[int, str, list[Trait]]] = []
    if _DRAFT_CONDITION.search(folded):
        return out
    if NEGATION_FLIPS:
        for part in re.split(r",|;|\bmais\b|\bet\b(?=\s+vous\b)", folded):
            m = _DRAFT.search(part)
            negated = bool(m and _DRAFT_NEGATED.search(part))
            if not m or (negated and not KEPT_DENIALS):
                continue
            name, tense, rest = _verb_and_rest(m.group(1), m.group(2))
            words = _words(rest, limit=8)
            if words:
                value = f"{name}|{'any' if negated else tense}|{' '.join(words)}"
                out.append((m.start(), part.strip(), [Trait("negation", value, negated)]))
    if EXCEPTIONS and re.search(r"\bvous\b", folded) and not _DRAFT_EXCEPTED.search(folded):
        only = _DRAFT_ONLY.search(folded)
        if only:
            out.append((only.start(), only.group(), [Trait("exception", f"only|{only.group(1) or only.group(2)}")]))
        none = re.search(r"\b(?:aucune?|rien|pas de|pas d['’])\s*(\w+)?", folded)
        if none and re.search(r"\b(?:ne|n['’])\b", folded):
            out.append((none.start(), none.group(), [Trait("exception", f"none|{none.group(1) or ''}")]))
    return out


def negation_verdict(value: str, denials: list[tuple[str, str, str, tuple[str, ...]]]) -> str:
    """A positive draft clause against the writer's denials: contradicted where it says back what is denied."""
    name, tense, said = value.split("|")
    stems = {_stem(w) for w in said.split()}
    for d_name, how, d_tense, words in denials:
        if d_name != name or _stem(words[0]) not in stems or _JUDGEMENTS & {d_name, words[0]}:
            continue
        denied = {_stem(w) for w in words}
        if not (denied <= stems or stems <= denied):
            continue  # "congé paternité" is no "jours de congé de naissance"; "le permis" is "permis de conduire"
        if how in {"jamais", "pas encore"} or tense in {d_tense, "any"}:
            return CONTRADICTED
    return UNSUPPORTED


def exception_verdict(value: str, exceptions: list[tuple[str, str, str]]) -> str:
    """ "only|ete" against "toute l'annee sauf l'ete" (the exception made the rule); "none|revenu" against "aucun
    revenu sauf une pension" (the exception dropped)."""
    shape, _, word = value.partition("|")
    for quantifier, noun, excepted in exceptions:
        if shape == "only" and _stem(word) == _stem(excepted):
            return CONTRADICTED
        if shape == "none" and noun and quantifier.startswith("aucun") and _stem(word) == _stem(noun):
            return CONTRADICTED
    return UNSUPPORTED


def settle_kept(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """A draft clause that says back the writer's own denial ("vous n'êtes pas encore inscrit à France Travail" to "je
    ne suis pas inscrit à France Travail") is consistent, though a trait read in it (a jobseeker denied) meets another
    thing the message says ("je cherche un emploi"). Only the sentence's negated traits are settled so: a trait it
    asserts keeps its verdict."""
    kept = any(t.kind == "negation" and t.negated and v == CONSISTENT for t, v in verdicts.items())
    if not KEPT_DENIALS or not kept:
        return verdicts
    return {t: CONSISTENT if v == CONTRADICTED and t.negated else v for t, v in verdicts.items()}
