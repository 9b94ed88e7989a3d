"""Turn a citizen's message into a search query.

Citizens' messages are long: a greeting, a story, one or several questions, thanks, a signature, and (after
pseudonymisation) placeholders such as [PERSONNE_1]. What finds the right fiche is the subject line and the
question sentences, plus the administrative vocabulary behind the acronyms people use ("la CAF", "mon APL").
`prepare_query` keeps the whole useful text once, then repeats the subject line and the question sentences so
that a term-frequency-aware scorer weighs them more, and appends acronym expansions.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

# Administrative acronyms and what a fiche calls them. Values are appended, never substituted, so the acronym
# itself still matches the fiches that use it.
ACRONYMS: dict[str, str] = {
    "caf": "caisse d'allocations familiales allocations",
    "cpam": "caisse primaire d'assurance maladie",
    "msa": "mutualité sociale agricole",
    "apl": "aide personnalisée au logement",
    "als": "allocation de logement sociale",
    "alf": "allocation de logement familiale",
    "rsa": "revenu de solidarité active",
    "aah": "allocation aux adultes handicapés",
    "aspa": "allocation de solidarité aux personnes âgées minimum vieillesse",
    "asf": "allocation de soutien familial",
    "ars": "allocation de rentrée scolaire",
    "are": "allocation d'aide au retour à l'emploi chômage",
    "ass": "allocation de solidarité spécifique",
    "paje": "prestation d'accueil du jeune enfant",
    "pch": "prestation de compensation du handicap",
    "apa": "allocation personnalisée d'autonomie",
    "cmg": "complément de libre choix du mode de garde",
    "nir": "numéro de sécurité sociale",
    "cni": "carte nationale d'identité",
    "ants": "agence nationale des titres sécurisés",
    "mdph": "maison départementale des personnes handicapées",
    "rqth": "reconnaissance de la qualité de travailleur handicapé",
    "cmi": "carte mobilité inclusion",
    "cpi": "certificat provisoire d'immatriculation carte grise",
    "siv": "système d'immatriculation des véhicules carte grise",
    "urssaf": "cotisations sociales recouvrement",
    "cesu": "chèque emploi service universel",
    "cet": "compte épargne temps",
    "cpf": "compte personnel de formation",
    "css": "complémentaire santé solidaire",
    "cmu": "complémentaire santé solidaire couverture maladie",
    "ame": "aide médicale de l'état",
    "ij": "indemnités journalières",
    "ijss": "indemnités journalières",
    "pv": "procès-verbal amende",
    "ofii": "office français de l'immigration et de l'intégration",
    "oqtf": "obligation de quitter le territoire français",
    "titre de séjour": "",
    "dgfip": "impôts finances publiques",
    "sip": "service des impôts des particuliers",
    "tva": "taxe sur la valeur ajoutée",
    "pacs": "pacte civil de solidarité",
    "carsat": "caisse d'assurance retraite et de la santé au travail retraite",
    "cnav": "assurance retraite",
    "pôle emploi": "chômage",
    "france travail": "pôle emploi",
    "chômage": "allocation chômage pôle emploi",
    "ehpad": "établissement d'hébergement pour personnes âgées dépendantes",
    "vtc": "voiture de transport avec chauffeur",
    "ce": "comité d'entreprise",
    "cse": "comité social et économique",
    "smic": "salaire minimum",
    "sncf": "",
    "edf": "électricité fournisseur",
    "tns": "travailleur non salarié indépendant",
    "siret": "numéro siret entreprise",
    "kbis": "extrait kbis registre du commerce",
    "ae": "auto-entrepreneur micro-entrepreneur",
    "auto-entrepreneur": "micro-entrepreneur micro-entreprise",
    "autoentrepreneur": "micro-entrepreneur micro-entreprise",
    "permis": "permis de conduire",
}
# Keys that are also French words (or too short to trust) only count when written in capitals.
CAPITALS_ONLY = frozenset(
    {"ce", "cet", "ame", "are", "ass", "ars", "als", "alf", "pv", "ae", "edf", "sncf", "vtc", "ij"}
)
_WORDS = re.compile(r"[\w-]+")
_PHRASES = [key for key in ACRONYMS if " " in key]

_GREETING = re.compile(
    r"^\s*(?:bonjour|bonsoir|salut|hello|madame|monsieur|mesdames|messieurs|cher|chère|à qui de droit)"
    r"[^.!?\n]{0,40}?[,.!\n]",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\b(?:cordialement|bien cordialement|salutations|sincères salutations|bien à vous|merci d'avance|"
    r"merci par avance|merci de votre réponse|merci pour votre réponse|dans l'attente de votre réponse|"
    r"je vous prie d'agréer|veuillez agréer|en vous remerciant)\b.*",
    re.IGNORECASE | re.DOTALL,
)
_PLACEHOLDER = re.compile(r"\[[A-Z_]+(?:_\d+)?\]|<[A-Z_]+(?:_\d+)?>")
_EMAIL = re.compile(r"\S+@\S+")
_URL = re.compile(r"https?://\S+")
_LONG_NUMBER = re.compile(r"(?:\d[\s.\-/]?){7,}\d")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_QUESTION_WORDS = re.compile(
    r"\b(?:comment|combien|quand|pourquoi|quel|quelle|quels|quelles|est-ce|puis-je|peut-on|dois-je|faut-il|"
    r"ai-je|suis-je|où|que faire|à qui|qui doit|est-il|y a-t-il|je voudrais savoir|j'aimerais savoir|"
    r"pouvez-vous|pourriez-vous|savoir si)\b",
    re.IGNORECASE,
)
_POLITENESS = re.compile(
    r"\b(?:s'il vous plaît|s'il vous plait|svp|merci beaucoup|merci|je vous remercie|"
    r"je me permets de vous écrire|je vous écris car|je vous contacte car)\b",
    re.IGNORECASE,
)


def strip_noise(text: str) -> str:
    """Remove greetings, closings and signatures, placeholders, e-mails, URLs and long numbers."""
    text = text.replace("’", "'").replace("\r", "")
    text = _CLOSING.sub("", text)
    text = _GREETING.sub("", text)
    text = _PLACEHOLDER.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _LONG_NUMBER.sub(" ", text)
    text = _POLITENESS.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def strip_signature(text: str) -> str:
    """Drop the short trailing lines of a message (name, phone label, file number): a signature, not a question."""
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and len(lines[-1].split()) <= 5 and not lines[-1].rstrip().endswith(("?", ".", "!")):
        lines.pop()
    return "\n".join(lines)


def question_sentences(text: str) -> list[str]:
    """The sentences that ask something: a question mark, or an interrogative phrase."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    return [s for s in sentences if "?" in s or _QUESTION_WORDS.search(s)]


def expansions(text: str) -> list[str]:
    """The expansions of the acronyms found in `text` (case-insensitive, whole words)."""
    found = {phrase for phrase in _PHRASES if phrase in text.lower()}
    for word in _WORDS.findall(text):
        key = word.lower()
        if key in ACRONYMS and (key not in CAPITALS_ONLY or word.isupper()):
            found.add(key)
    return [ACRONYMS[key] for key in sorted(found) if ACRONYMS[key]]


DENSE_CHARS = 300
# `search()` prepares its query itself. Callers that prepare first (to show or log the query) would otherwise get
# a query prepared twice (repetitions squared, the subject lost for the encoder), so recent outputs are remembered
# and `original_text` maps them back: search(prepare_query(x)) == search(x).
_PREPARED: OrderedDict[str, str] = OrderedDict()
_PREPARED_MAX = 512
_PREPARED_LOCK = threading.Lock()


def original_text(query: str) -> str:
    """The text a recent `prepare_query` output came from, else `query` itself."""
    with _PREPARED_LOCK:
        return _PREPARED.get(query, query)


def _remember(prepared: str, original: str) -> None:
    with _PREPARED_LOCK:
        _PREPARED[prepared] = original
        _PREPARED.move_to_end(prepared)
        while len(_PREPARED) > _PREPARED_MAX:
            _PREPARED.popitem(last=False)


def _split_title(title: str, body: str) -> tuple[str, str]:
    if not title and "\n" in body:
        first, rest = body.split("\n", 1)
        if len(first) <= 120 and not first.rstrip().endswith((".", ":")):
            return first.strip(), rest.strip()
    return title, body


def dense_query(text: str, *, title: str = "") -> str:
    """A short query for the sentence encoder: the subject line and the question sentences (else the start).

    A sentence encoder averages over all tokens: a long story drowns the question, and every token costs time.
    """
    title, body = _split_title(strip_noise(title), strip_signature(strip_noise(text)))
    questions = question_sentences(body)
    parts = [title, *questions] if questions else [title, body]
    return " ".join(part for part in parts if part)[:DENSE_CHARS]


def prepare_query(text: str, *, title: str = "") -> str:
    """The search query for a message: subject ×2, question sentences ×2, the rest once, acronym expansions.

    `text` may already start with the subject line ("title\\n\\nmessage"); pass `title` separately when known.
    """
    title, body = _split_title(strip_noise(title), strip_signature(strip_noise(text)))
    questions = question_sentences(body)
    parts = [title, title, *questions, body, *questions]
    parts += expansions(" ".join([title, body]))
    prepared = "\n".join(part for part in parts if part)
    if prepared != text:
        _remember(prepared, f"{title}\n{text}" if title and title not in text else text)
    return prepared
