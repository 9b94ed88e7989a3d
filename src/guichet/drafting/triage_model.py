"""The learned half of triage: one logistic decision per label over sentence embeddings and character n-grams.

Rules catch exact phrases and explain themselves; this model catches what nobody wrote a rule for (distress
said without the rule words, an injection in a new costume, a private dispute sent to a public body). The two
are combined in `guichet.drafting.triage`: a label is set when a rule fires or when the model's probability
reaches the label's threshold (set on cross-validated scores of train + validation: for distress and injection, by the
false alarms the model alone may raise, see `guichet.drafting.triage_training`).

Features of one message (its pseudonymised title and body):

* the USE multilingual sentence embedding (512 numbers; the packaged encoder of `guichet.knowledge`);
* the cosine between that embedding and the embedding of what the administration handles (its name and
  competences), and the cosines to a fixed list of other bodies, public and private (`REFERENCE_BODIES`): how
  far the message is from the body it was sent to and how close to another one, the signal for "out of scope";
* character 2–5-grams inside words of the folded text (no accents, lower case), hashed into a fixed number of
  buckets (CRC-32, stable across runs and machines), log-scaled, weighted by inverse document frequency and
  L2-normalised: robust to typos, SMS spelling and missing accents.

The artefact (`data/triage_model.json`) is plain JSON — weights as base64 float32, thresholds, the feature
settings, the figures it was trained to — never a pickle. It is written by `guichet triage train` from
`corpora/triage` and loaded once per process; scoring one message needs numpy only.
"""

from __future__ import annotations

import base64
import json
import math
import re
import threading
import zlib
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from guichet.drafting.triage_cues import CUE_NAMES, WRITER_CUE_NAMES, cue_vector, fold, unthreaded
from guichet.knowledge.index import embed
from guichet.text import PLACEHOLDER, sentences

ARTEFACT_PATH = Path(__file__).parent / "data" / "triage_model.json"
# Labels the model decides (routine = none of them).
MODEL_LABELS: tuple[str, ...] = ("distress", "injection", "out_of_scope", "abusive", "complaint")
EMBEDDING_DIM = 512
_WORD = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")
# How much of a long message the encoder reads (its cost grows with every token; distress and injection are
# rarely only in the 3000th character, and the n-grams read the whole text).
EMBED_CHARS = 2000
# Sentence windows (thirteenth pass): a sentence shorter than this is no window of its own (a greeting, "Merci.").
WINDOW_MIN_CHARS = 16
# At most this many windows of a size are scored per message (the first ones).
MAX_WINDOWS = 24


# Who else a citizen may need: the message's similarity to each (beside the one to the administration it was sent
# to) tells the model when another body, or no public body at all, is the right one ("out of scope").
REFERENCE_BODIES: tuple[str, ...] = (
    "Caisse d'allocations familiales : RSA, APL, aide au logement, prime d'activité, allocations familiales",
    "Assurance retraite : pension de retraite, réversion, relevé de carrière, minimum vieillesse",
    "Assurance maladie : carte Vitale, remboursement de soins, arrêt maladie, indemnités journalières",
    "Préfecture : titre de séjour, naturalisation, étrangers",
    "ANTS : carte grise, permis de conduire, passeport, carte d'identité",
    "France Travail : chômage, inscription demandeur d'emploi, allocation, formation",
    "Impôts : impôt sur le revenu, taxe foncière, déclaration de revenus, prélèvement à la source",
    "Mairie : état civil, acte de naissance, mariage, listes électorales, urbanisme, école, cantine",
    "Urssaf : cotisations, micro-entrepreneur, auto-entrepreneur, CESU",
    "MDPH : handicap, AAH, RQTH, carte mobilité inclusion, PCH",
    "Entreprise privée : vendeur, commande, livraison, garantie, opérateur téléphonique, fournisseur d'énergie",
    "Banque, assurance ou mutuelle privée : prêt, compte bancaire, contrat d'assurance, remboursement de mutuelle",
    "Justice : tribunal, avocat, divorce, litige, plainte, huissier, conciliateur de justice",
    "Logement privé : propriétaire, bailleur, syndic, voisin, copropriété, travaux, dépôt de garantie",
    "Employeur : contrat de travail, salaire, licenciement, congés, prud'hommes",
    # Public offices the demo administrations are often mistaken for (issue 12, sixth pass).
    "MSA : exploitants et salariés agricoles, cotisations agricoles, santé et retraite des agriculteurs",
    "Département : APA, aide à domicile des personnes âgées, aide sociale à l'enfance, protection de l'enfance",
    "Crous et rectorat : bourse étudiante, logement étudiant, inscription à l'école, au collège, à l'université",
    "ANTAI : amende, contravention, avis de stationnement, radar, points du permis de conduire",
    "Consulat ou administration étrangère : passeport à l'étranger, nationalité d'un autre pays, visa étranger",
    "Transports et services commerciaux publics : SNCF, RATP, billet de train, amende dans le bus, La Poste",
    "Région et chambre d'agriculture : aide à l'installation des jeunes agriculteurs, dotation, formation régionale",
    "Agirc-Arrco : retraite complémentaire des salariés du privé, points de retraite complémentaire",
    # No public body at all (issue 12, eighth pass: the unseen batch s asked a public office for a gîte, a Vinted
    # parcel, a hacked Instagram account, a vet's bill, a loan for DJ equipment, a lost cat).
    "Vétérinaire et animaux de compagnie : chien, chat, soins vétérinaires, animal perdu, adoption, refuge",
    "Loisirs et vacances : hôtel, gîte, restaurant, concert, billets, voyage, salle de sport, coiffeur, traiteur",
    "Assistance informatique : mot de passe, compte Instagram ou Facebook piraté, téléphone bloqué, ordinateur, box",
    "Plateformes et applications : Uber, Deliveroo, Vinted, Leboncoin, Amazon, colis, compte bloqué, vendeur",
    "Conseil personnel : recette de cuisine, cadeau, professeur particulier, placement d'argent, prêt personnel",
)


@dataclass(frozen=True)
class FeatureSettings:
    use_embedding: bool = True
    use_admin: bool = True
    use_chars: bool = True
    ngram_min: int = 2
    ngram_max: int = 5
    buckets: int = 2**14
    embedding_scale: float = 1.0
    # Word pairs ("plus rien", "mettre fin", "mode administrateur") hashed into the same buckets.
    word_bigrams: bool = True
    references: tuple[str, ...] = REFERENCE_BODIES
    # Counts of the cue families of `triage_cues` (how the message is written: role play, hidden text, a private
    # counterparty…), log-scaled and multiplied by `cue_scale`.
    cues: bool = True
    cue_scale: float = 0.5
    # How much closer the message is to its nearest reference body than to the administration it was sent to (the
    # largest reference cosine minus the administration's): near 0 when the ask is the administration's own, high
    # when another body's (ninth pass: a mutuelle's refund asked of the CPAM, a consulate's record of the mairie).
    # A linear model cannot take that maximum itself. False in artefacts written before it.
    admin_margin: bool = True
    # Who writes and about what moment (`triage_cues.WRITER_CUES`: a professional's role, an event over or in
    # hands, a procedural ask, people named as a class), beside the cue families. False in artefacts written before.
    writer_cues: bool = True
    # Labels also decided on the message's sentence windows (`sentence_windows`): each window is scored with the
    # same weights as a whole message and the highest score is compared with the label's window threshold
    # (`window_key`). One sentence of danger inside a long administrative message, or one instruction to the AI
    # inside a pasted document, is diluted in the message's embedding and n-grams; alone, it reads like the
    # messages the model learned. Empty in artefacts written before the thirteenth pass.
    window_labels: tuple[str, ...] = ()
    # The window size of each of `window_labels`, in sentences (1: each sentence; 2: each pair of consecutive
    # sentences). Thirteenth pass: single sentences for both (pairs were as good for distress held out, at twice
    # the encoding).
    window_sizes: tuple[int, ...] = ()

    @property
    def dense_dim(self) -> int:
        admin = (1 + len(self.references) + int(self.admin_margin and bool(self.references))) if self.use_admin else 0
        cues = (len(CUE_NAMES) + (len(WRITER_CUE_NAMES) if self.writer_cues else 0)) if self.cues else 0
        return (EMBEDDING_DIM if self.use_embedding else 0) + admin + cues

    @property
    def dim(self) -> int:
        return self.dense_dim + (self.buckets if self.use_chars else 0)


# An ordinary value of each placeholder's type. The model learns from the corpus's raw messages, where a bracketed
# capital token is a fake "[SYSTEM]" line, but triages pseudonymised ones: "[NIR_1]" must read as a number, not as
# an instruction to the AI (with "[NIR]", 42 of 80 messages of corpora/privacy came out injection, 7 raw).
_SURROGATES = {
    "PERSONNE": "Martin",
    "ADRESSE": "12 rue des Lilas",
    "DATE": "12 mars",
    "DATE_NAISSANCE": "12 mars 1980",
    "LIEU_NAISSANCE": "Lyon",
    # (thirty-eighth pass) a birth abroad, as the raw messages the model learns from write it: "née au Maroc"
    "PAYS_NAISSANCE_ETRANGER": "Maroc",
    "EMAIL": "martin@mail.fr",
    "TELEPHONE": "06 12 34 56 78",
}
_SURROGATE_NUMBER = "123456789"


def model_text(title: str, body: str) -> str:
    """The text the model reads: subject line and body, each placeholder as an ordinary value of its type
    (`_SURROGATES`), a pasted e-mail thread without its scaffolding (`triage_cues.unthreaded`)."""
    text = unthreaded(f"{title.strip()}\n{body.strip()}").strip()
    return PLACEHOLDER.sub(lambda m: _SURROGATES.get(m.group(1), _SURROGATE_NUMBER), text)


def sentence_windows(body: str, size: int = 1) -> list[str]:
    """The windows of a message's body the model reads one by one: its sentences of `WINDOW_MIN_CHARS` characters
    or more, alone (size 1) or by runs of `size` consecutive ones, as `model_text` reads them (the first
    `MAX_WINDOWS`); none when the body has a single such sentence (the whole message is that window)."""
    parts = [s for s in sentences(body) if len(s) >= WINDOW_MIN_CHARS]
    if len(parts) < 2:
        return []
    windows = [" ".join(parts[i : i + size]) for i in range(max(1, len(parts) - size + 1))]
    return [model_text("", w) for w in windows[:MAX_WINDOWS]]


def window_key(label: str) -> str:
    """The threshold key of a label decided on sentence windows."""
    return f"{label}_window"


def administration_text(
    name: str, aliases: list[str] | tuple[str, ...] = (), competences: list[str] | None = None
) -> str:
    """What an administration handles, in words, for the out-of-scope similarity."""
    parts = [name, *[a for a in aliases if a and a != name]]
    text = ", ".join(dict.fromkeys(p.strip() for p in parts if p.strip()))
    if competences:
        text += " : " + ", ".join(c for c in competences if c)
    return text


def char_ngram_counts(text: str, settings: FeatureSettings) -> dict[int, float]:
    """Hashed counts of the character n-grams inside each word (padded with spaces) of the folded text, and of
    its word pairs."""
    counts: dict[int, float] = {}
    buckets = settings.buckets
    words = _WORD.findall(fold(text))
    if settings.word_bigrams:
        for first, second in zip(words, words[1:], strict=False):
            bucket = zlib.crc32(f"{first}_{second}".encode()) % buckets
            counts[bucket] = counts.get(bucket, 0.0) + 1.0
    for word in words:
        for bucket in _word_buckets(word, settings.ngram_min, settings.ngram_max, buckets):
            counts[bucket] = counts.get(bucket, 0.0) + 1.0
    return counts


@lru_cache(maxsize=65536)
def _word_buckets(word: str, ngram_min: int, ngram_max: int, buckets: int) -> tuple[int, ...]:
    """The buckets of a word's character n-grams (padded with spaces), in order: words come back, message after
    message, and hashing them again was most of `char_ngram_counts` (issue 15)."""
    padded = f" {word} "
    size = len(padded)
    found = []
    for n in range(ngram_min, ngram_max + 1):
        if n > size:
            break
        for start in range(size - n + 1):
            found.append(zlib.crc32(padded[start : start + n].encode()) % buckets)
    return tuple(found)


def char_features(counts: dict[int, float], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sparse TF-IDF (sublinear tf, L2-normalised): the bucket indices and their values."""
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    values = (1.0 + np.log(tf)) * idf[index]
    norm = math.sqrt(float(values @ values)) or 1.0
    return index, (values / norm).astype(np.float32)


@lru_cache(maxsize=256)
def _administration_vector(text: str) -> np.ndarray:
    return embed([text])[0]


def _cosines(vectors: np.ndarray, others: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(others, axis=1) + 1e-9
    return (np.sum(vectors * others, axis=1) / norms).astype(np.float32)


@lru_cache(maxsize=8)
def _reference_vectors(references: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    vectors = np.stack([_administration_vector(reference) for reference in references])
    return vectors, np.linalg.norm(vectors, axis=1)


def _reference_cosines(vectors: np.ndarray, references: tuple[str, ...]) -> np.ndarray:
    """`_cosines` of each text (rows) with each reference body (columns), the same float32 numbers, in three numpy
    calls instead of fifteen times three (the references' norms are computed once)."""
    others, other_norms = _reference_vectors(references)
    norms = np.linalg.norm(vectors, axis=1)[:, None] * other_norms[None, :] + 1e-9
    return (np.sum(vectors[:, None, :] * others[None, :, :], axis=2) / norms).astype(np.float32)


# Messages' embeddings computed beforehand together (`triage_batch.triage_many`: each the vector `embed([text])`
# gives, bit for bit), read by the one-text call that scores each message.
_PREFETCH_SIZE = 1024
_prefetched: OrderedDict[str, np.ndarray] = OrderedDict()
_prefetch_lock = threading.Lock()


def prefetch_embeddings(vectors: dict[str, np.ndarray]) -> None:
    """Keep these vectors (text cut at EMBED_CHARS -> what `embed([text])` gives) for the next one-text calls."""
    with _prefetch_lock:
        _prefetched.update(vectors)
        while len(_prefetched) > _PREFETCH_SIZE:
            _prefetched.popitem(last=False)


def _embed(texts: list[str]) -> np.ndarray:
    if len(texts) == 1:
        with _prefetch_lock:
            vector = _prefetched.get(texts[0])
        if vector is not None:
            return vector[None, :]
    return embed(texts)


def dense_features(texts: list[str], admin_texts: list[str], settings: FeatureSettings) -> np.ndarray:
    """Embedding and administration similarity of each text (rows), as the model reads them."""
    columns: list[np.ndarray] = []
    if settings.use_embedding or settings.use_admin:
        vectors = _embed([t[:EMBED_CHARS] for t in texts]) if texts else np.zeros((0, EMBEDDING_DIM), np.float32)
        if settings.use_embedding:
            columns.append(vectors * settings.embedding_scale)
        if settings.use_admin:
            admins = np.stack([_administration_vector(a) for a in admin_texts]) if texts else vectors
            own = _cosines(vectors, admins)
            columns.append(own[:, None])
            if settings.references:
                references = _reference_cosines(vectors, settings.references)
                columns.append(references)
                if settings.admin_margin:
                    columns.append((references.max(axis=1) - own)[:, None])
    if settings.cues:
        columns.append(cue_matrix(texts, settings.writer_cues) * settings.cue_scale)
    if not columns:
        return np.zeros((len(texts), 0), dtype=np.float32)
    return np.hstack(columns).astype(np.float32)


def cue_matrix(texts: list[str], writer: bool = False) -> np.ndarray:
    """The cue families of each text (rows), unscaled; the writer's cues too when `writer`."""
    if not texts:
        return np.zeros((0, len(CUE_NAMES) + (len(WRITER_CUE_NAMES) if writer else 0)), dtype=np.float32)
    return np.stack([cue_vector(t, writer) for t in texts]).astype(np.float32)


def encode_array(array: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype="<f4").tobytes()).decode("ascii")


def decode_array(text: str, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f4").reshape(shape).astype(np.float32)


@dataclass
class TriageModel:
    """Weights (labels × features), biases, thresholds and the feature settings they were trained with."""

    labels: tuple[str, ...]
    settings: FeatureSettings
    weights: np.ndarray
    bias: np.ndarray
    idf: np.ndarray
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, title: str, body: str, administration: str) -> dict[str, float]:
        """The probability of each label for one message."""
        return self.score_many([model_text(title, body)], [administration])[0]

    def score_many(self, texts: list[str], admin_texts: list[str]) -> list[dict[str, float]]:
        dense = dense_features(texts, admin_texts, self.settings)
        logits = dense @ self.weights[:, : self.settings.dense_dim].T + self.bias
        if self.settings.use_chars:
            char_weights = self.weights[:, self.settings.dense_dim :]
            for row, text in enumerate(texts):
                index, values = char_features(char_ngram_counts(text, self.settings), self.idf)
                if index.size:
                    logits[row] += char_weights[:, index] @ values
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return [
            {label: round(float(p), 4) for label, p in zip(self.labels, row, strict=True)} for row in probabilities
        ]

    def window_scores(
        self, body: str, administration: str, labels: tuple[str, ...] | None = None
    ) -> dict[str, tuple[float, str]]:
        """For each label of `settings.window_labels` (those of `labels` only, when given), the highest score of a
        sentence window of the body (of that label's size) and that window; a label is absent when the body has
        fewer than two sentences."""
        sizes = {
            label: size
            for label, size in zip(self.settings.window_labels, self.settings.window_sizes, strict=True)
            if labels is None or label in labels
        }
        windows = {size: sentence_windows(body, size) for size in sorted(set(sizes.values()))}
        texts = [w for size in sorted(windows) for w in windows[size]]
        if not texts:
            return {}
        scored = dict(zip(texts, self.score_many(texts, [administration] * len(texts)), strict=True))
        best: dict[str, tuple[float, str]] = {}
        for label, size in sizes.items():
            if windows[size]:
                top = max(windows[size], key=lambda w: scored[w][label])
                best[label] = (scored[top][label], top)
        return best

    def decide(self, scores: dict[str, float]) -> list[str]:
        return [label for label in self.labels if scores.get(label, 0.0) >= self.thresholds.get(label, 1.01)]

    def decide_windows(self, window_scores: dict[str, tuple[float, str]]) -> list[str]:
        """The labels a sentence window reaches (its label's window threshold)."""
        return [
            label
            for label, (score, _) in window_scores.items()
            if score >= self.thresholds.get(window_key(label), 1.01)
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "guichet-triage-model/1",
            "labels": list(self.labels),
            "settings": self.settings.__dict__,
            "thresholds": self.thresholds,
            "meta": self.meta,
            "bias": [float(b) for b in self.bias],
            "weights": encode_array(self.weights),
            "idf": encode_array(self.idf) if self.settings.use_chars else "",
        }

    def save(self, path: Path = ARTEFACT_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TriageModel:
        if data.get("format") != "guichet-triage-model/1":
            raise ValueError("Modèle de tri : format inconnu.")
        raw = dict(data["settings"])
        raw["references"] = tuple(raw.get("references", ()))
        raw.setdefault("admin_margin", False)
        raw.setdefault("writer_cues", False)
        raw["window_labels"] = tuple(raw.get("window_labels", ()))
        raw["window_sizes"] = tuple(raw.get("window_sizes", ()))
        settings = FeatureSettings(**raw)
        labels = tuple(data["labels"])
        idf = decode_array(data["idf"], (settings.buckets,)) if settings.use_chars else np.zeros(0, dtype=np.float32)
        return cls(
            labels=labels,
            settings=settings,
            weights=decode_array(data["weights"], (len(labels), settings.dim)),
            bias=np.asarray(data["bias"], dtype=np.float32),
            idf=idf,
            thresholds={k: float(v) for k, v in data["thresholds"].items()},
            meta=data.get("meta", {}),
        )

    @classmethod
    def load(cls, path: Path = ARTEFACT_PATH) -> TriageModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


_MODEL: TriageModel | None = None
_MODEL_LOADED = False
_LOCK = threading.Lock()


def shipped_model() -> TriageModel | None:
    """The artefact shipped with the code, loaded once per process (None when it is absent: rules only)."""
    global _MODEL, _MODEL_LOADED
    with _LOCK:
        if not _MODEL_LOADED:
            _MODEL = TriageModel.load() if ARTEFACT_PATH.exists() else None
            _MODEL_LOADED = True
        return _MODEL


def label_cleared_by_rewrite(
    model: TriageModel,
    label: str,
    kept: list[str],
    taken: Collection[str],
    texts: tuple[str, str],
    rewritten: tuple[str, str],
    admin_text: str,
) -> list[str]:
    """The model's whole-message labels (`kept`) less `label` where the rewritten title and body (`rewritten`, from
    `texts`) no longer reach its threshold. A label a rule set (`taken`) is never read again; nothing changes where the
    rewrite changed nothing. The gates that read a message again without a part of it share this."""
    if label in taken or label not in kept or rewritten == texts:
        return kept
    if label in model.decide(model.scores(rewritten[0], rewritten[1], admin_text)):
        return kept
    return [other for other in kept if other != label]
