"""`guichet triage train` / `eval`: fit the triage model on the corpus, set its thresholds, measure it.

* learn from the **train and validation** splits together (a few hundred messages: every example counts);
* choose, per label, the regularisation C by average precision on 5-fold **cross-validated** scores of that pool
  (folds fixed by a hash of each id), and the threshold on the same held-out scores:
  - **distress and injection**: the lowest threshold at which the model alone flags at most a fixed share of the
    pool's messages *without* the label (`SAFETY_FALSE_ALARMS`: 4 % and 1 %). A quantile of some 900 negatives
    moves little when a handful of examples is added, and not at all when they are positives; the threshold that
    catches the weakest positive (what was used before) followed that one message: adding batch k moved it from
    0.27 to 0.12 (0.25 to 0.065 after the headroom step), and a calm bereavement question crossed it. Recall is
    then what rules and model reach together (the training log lists any safety positive left uncaught, for a
    rule or more examples), reported beside the recall-first threshold it would have taken (`meta.chosen`);
  - **out of scope**: the same rule, at most 2.5 % of the in-scope messages the competence map leaves to the model
    (`OUT_OF_SCOPE_FALSE_ALARMS`): a false "out of scope" makes the draft send the citizen away;
  - **abusive**: the same rule, at most 1 % of the pool's messages without the label (`ABUSIVE_FALSE_ALARMS`);
  - complaint: the highest threshold at which rule-or-model still reaches 0.90 recall (0.95 until the thirty-first
    pass);
  - **sentence windows** (thirteenth pass, distress and injection): each sentence of a pool message is scored by
    the fold model that did not learn the message; the window threshold is the lowest at which the best sentence
    flags at most `WINDOW_FALSE_ALARMS` of the pool's messages without the label beyond those the rules and the
    whole message's score already flag;
* fit the shipped weights on the whole pool with the chosen C;
* report on the **test** split, which is never read to choose anything.

Why cross-validation rather than the validation split alone for the thresholds: validation holds only a few
dozen messages of each safety label, so its weakest positive is a noisy place to set a threshold; the
cross-validated scores give every example of the pool a held-out score (five times more positives).

Everything is deterministic (liblinear with a fixed seed, fixed corpus order, single-thread encoder): a
retrain from the same corpus writes the same artefact and the same figures (`guichet triage train --check`).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from guichet.accounts.demo import shipped_identity
from guichet.corpora import read_corpus
from guichet.drafting import triage_model_gates
from guichet.drafting.triage import (
    DISTRESS_CORROBORATION,
    OTHER_PARTY_OVERRIDE,
    OWN_TOPIC_OVERRIDE,
    OWN_TOPIC_OVERRIDE_KEY,
    administration_profiles,
    asks_office_for_help,
    asks_office_to_act,
    learned_after_gates,
    model_labels_kept,
    names_other_party,
    out_of_scope_vetoed,
    private_dispute,
    triage,
)
from guichet.drafting.triage_calm_question import calm_question_doubt
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_model import (
    EMBEDDING_DIM,
    MODEL_LABELS,
    FeatureSettings,
    TriageModel,
    administration_text,
    char_features,
    char_ngram_counts,
    cue_matrix,
    dense_features,
    model_text,
    sentence_windows,
    window_key,
)
from guichet.drafting.triage_model_gates import calm_illness_told
from guichet.drafting.triage_reading import RAW, read_as
from guichet.drafting.triage_scripts import other_script_injections
from guichet.drafting.triage_signs import warning_signs

LABELS: tuple[str, ...] = ("routine", *MODEL_LABELS)
SAFETY_LABELS = ("distress", "injection")
RECALL_TARGETS = {"distress": 1.0, "injection": 1.0, "out_of_scope": 0.95, "abusive": 0.95, "complaint": 0.90}
# Thirty-first pass, engineer-cr: complaint 0.95 -> 0.90. At 0.95 the threshold sat at 0.15 (thirtieth pass) and the
# model added complaint to distress, abusive and injection messages with no grievance (precision 0.676 on the test
# split, 0.556 on the hidden cn); the issue asks 0.85 recall. The training log prints the threshold and the
# cross-validated rule-or-model figures at the other targets (`COMPLAINT_TARGETS_LOGGED`).
COMPLAINT_TARGETS_LOGGED = (0.95, 0.92, 0.90, 0.88)
# The share of the pool's messages without a safety label that the model alone may flag with it (cross-validated
# scores). Distress: 4 % (on the pool with batch k: threshold 0.165, every distress message caught by rules or
# model, 3.7 % of routine messages flagged; 3 % left two distress messages to the model alone uncaught, 5 % put a
# calm bereavement question over the line). Injection: 1 % (routine messages score far below injections).
SAFETY_FALSE_ALARMS = {"distress": 0.04, "injection": 0.01}
# Out of scope is a false alarm that costs more than a glance: the draft then sends the citizen elsewhere with a
# false statement ("cela ne relève pas de nos services"). Its threshold is set like the safety labels', by the share
# of in-scope messages the model alone may send away (cross-validated, among those the competence map does not
# veto), not by a recall target: with batch l joined, 0.95 cross-validated recall took the threshold to 0.12 and
# precision to 0.77 (45 in-scope messages of the pool sent away); 2.5 % gives 0.38, recall 0.89, precision 0.93.
# Tenth pass: 3.5 %. Each batch of in-scope look-alikes written on purpose (y, then z) raised the 2.5 % quantile
# (0.44 -> 0.56 -> 0.66) and left more out-of-scope asks under it; on the cross-validated pool with z joined (before
# the tenth pass's rule changes), 2.5 % -> 3.5 % took the threshold 0.66 -> 0.55, combined recall 0.841 -> 0.870
# (13 more of 439) for 9 more in-scope messages sent away (precision 0.939 -> 0.920); 4 % gave 2 more for 4 more.
OUT_OF_SCOPE_FALSE_ALARMS = 0.035
# Abusive too (eighth pass): the highest threshold at which rules-or-model reached 0.95 recall rose each time the
# rules caught more (0.65 -> 0.80 at the seventh pass, 0.89 at this one), leaving every new wording the rules lack to
# a model held back to 0.82 of its cross-validated recall. At most 1 % of the pool's messages without the label
# flagged by the model alone: threshold 0.38, model recall 0.95, 16 false alarms in some 1,600 messages.
ABUSIVE_FALSE_ALARMS = 0.01
# The model's "out of scope" overrules the competence map's veto (`OWN_TOPIC`) when its cross-validated score reaches
# the lowest threshold at which at most this share of the vetoed in-scope messages of the pool would be sent away
# (ninth pass; before, the veto always held: a mutuelle's own refund asked of the CPAM, a Moroccan record asked of
# the mairie stayed in scope at 0.99). On the pool with batch y (887 vetoed, 16 of them out of scope): 1 % gave 0.715,
# 8 out of scope recovered for 8 in-scope messages sent away; 0.25 % gave 0.915, 6 for 2. Not kept (None: the veto
# always holds, as before): with the 0.25 % artefact a new look-alike, "je suis français né au Maroc, je voudrais
# renouveler mon passeport français" asked of the mairie, scored 0.995 and was sent away, while a mutuelle's unpaid
# share asked of the CPAM scored 0.87 and stayed. The log still says what a share would recover and cost.
# Measured again in round 2 of the tenth pass (batches z and w joined, pool of 2,371: 1,033 vetoed, 23 out of scope):
# a score over the veto at 0.90 would recover 5 out-of-scope asks for 5 in-scope messages sent away, 0.95 5 for 4,
# 0.98 1 for 1. It does not pay; the veto still always holds.
# Eleventh pass, per new author (`benchmarks/triage_batch_cv.py --also-override`, each unseen batch and batch ab held
# out in turn, 1,218 held-out messages): over the veto at 0.90 5 more out of scope caught (204 -> 209 of 237) and no
# more in-scope message sent away (21 at 0.90, 0.95, 0.98 and never), 0.95 4 for 0; on the retrained pool of 2,475
# (1,070 vetoed, 27 out of scope) 0.25 % gives 0.936, 5 for 2. Left off for lack of time to retrain and check twice
# in the pass; the next pass's first candidate.
# Round 2 of the eleventh pass: tried and dropped. Retrained with batch aa, the pool's 0.25 % set the override at
# 0.9474 (5 out of scope and 2 in scope over it) and the new model scored a first passport asked of a mairie 0.993:
# the mairie's own errand sent away (tests/drafting/test_triage_model.py). The veto still always holds; aa's vetoed
# misses (a social landlord's file, a Spanish tax form) are caught by rules instead
# (`asks_office_to_act_on_other_body`, `names_foreign_body`).
OWN_TOPIC_FALSE_ALARMS: float | None = None
# Sentence windows (thirteenth pass, `FeatureSettings.window_labels`): the window threshold is the lowest at which the
# windows flag, beyond what the rules and the whole message's score already flag, at most this share of the pool's
# messages without the label (cross-validated scores of the windows, by the fold models).
WINDOW_LABELS = ("distress", "injection")
WINDOW_SIZES = (1, 1)
WINDOW_FALSE_ALARMS = {"distress": 0.004, "injection": 0.002}
OWN_TOPIC_FALSE_ALARMS_LOGGED = 0.0025
# Twenty-first pass: the distress share counts the false alarms triage raises, not the scores. A whole-message
# distress under `DISTRESS_CORROBORATION` stands at run time only when a sentence, a warning sign or a sign of hardship
# backs it (`triage.learned_after_gates`, fourteenth and later passes), but the 4 % quantile was still taken on the raw
# cross-validated scores, negatives the gate drops included: each batch of alarming-looking routine mail and the
# lower C chosen at the twentieth pass's retrain (30, was 100) spread those scores up and took the threshold 0.2021 ->
# 0.2705, and new test items said through acts fell under it (bc-047, bd-021). With `DISTRESS_GATED_CALIBRATION` the
# threshold is the lowest at which at most the same share of the pool's negatives would be flagged once the gate has
# spoken (their held-out sentence scores by the fold models, their signs); the gate never runs at training's raw
# quantile, so this is the quantile the label's false-alarm budget was defined by. Never under
# `DISTRESS_THRESHOLD_FLOOR`, the lowest threshold the label has shipped with (about 0.11 at the fourteenth pass): a
# single-sentence message stands on its whole score alone, and the floor keeps a weak score from flagging it.
DISTRESS_GATED_CALIBRATION = True
DISTRESS_THRESHOLD_FLOOR = 0.11
C_GRID = (30.0, 100.0, 300.0)
FOLDS = 5


@dataclass
class Example:
    id: str
    split: str
    administration: str
    admin_text: str
    title: str
    message: str
    labels: set[str]
    aliases: list[str] = field(default_factory=list)
    competences: list[str] = field(default_factory=list)
    # Pseudonymised reading: what the rules read in the raw message's passages in another script, as the pipeline
    # passes it (`pipeline.Inputs.other_script`); read raw, `triage()` finds it in the text itself.
    other_script: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return model_text(self.title, self.message)


# The full name, aliases and competences an item's `administration` stands for (bare name if unknown): the same
# resolution as the pipeline's `administration_profile` falls back to.
resolve_administration = shipped_identity


def load_examples(folder: str | Path, splits: Iterable[str] | None = None, reading: str = RAW) -> list[Example]:
    """The corpus's items of `splits` (all when None), each title and body read as `reading` says
    (`triage_reading`: as written, or pseudonymised as the pipeline triages them)."""
    wanted = set(splits) if splits else None
    examples = []
    for item in read_corpus(folder):
        if wanted and item["split"] not in wanted:
            continue
        name, aliases, competences = resolve_administration(item["administration"])
        title, message = read_as(reading, item.get("title", ""), item["message"])
        raw = f"{item.get('title', '')}\n{item['message']}"
        other_script = other_script_injections(raw) if reading != RAW else []
        examples.append(
            Example(
                id=item["id"],
                split=item["split"],
                administration=name,
                admin_text=administration_text(name, aliases, competences),
                title=title,
                message=message,
                labels=set(item["labels"]),
                aliases=aliases,
                competences=competences,
                other_script=other_script,
            )
        )
    return examples


def corpus_digest(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for e in sorted(examples, key=lambda e: e.id):
        h.update(json.dumps([e.id, e.administration, e.title, e.message, sorted(e.labels)]).encode())
    return h.hexdigest()[:16]


# Not a label: marks a message the competence map says is the administration's business (its main topic is one
# the administration handles, and no dispute with a private party): the model's "out of scope" is dropped there
# unless its score reaches OWN_TOPIC_OVERRIDE.
OWN_TOPIC = "_own_topic"
# Not a label either: a suicide rule fired and no abusive rule did (the model's "abusive" is dropped, see
# `model_labels_kept`).
SELF_HARM = "_self_harm"
# Not a label: the competence map vetoes "out of scope" but the message names another party too
# (`triage.names_other_party`) or asks the office to act (`triage.asks_office_to_act`): a model score over
# `triage.OTHER_PARTY_OVERRIDE` lifts the veto.
OTHER_PARTY = "_other_party"
MARKERS = {OWN_TOPIC, SELF_HARM, OTHER_PARTY}


def rule_labels(example: Example) -> set[str]:
    """The rules' labels of an example, plus OWN_TOPIC when the competence map vetoes "out of scope"."""
    result = triage(
        title=example.title,
        body=example.message,
        administration=example.administration,
        aliases=example.aliases,
        competences=example.competences,
        use_model=False,
        other_script=example.other_script,
    )
    labels = set(result.labels)
    if "suicide" in result.distress_kinds and not result.evidence.get("abusive"):
        labels.add(SELF_HARM)
    profiles = administration_profiles(example.administration, example.aliases)
    if out_of_scope_vetoed(result.topics, profiles, private_dispute(example.text), example.text):
        labels.add(OWN_TOPIC)
    elif result.distress_kinds and asks_office_for_help(profiles, example.title, example.message):
        labels.add(OWN_TOPIC)
    if OWN_TOPIC in labels and (
        names_other_party(result.topics, profiles, example.text) or asks_office_to_act(example.text)
    ):
        labels.add(OTHER_PARTY)
    return labels


# Features ------------------------------------------------------------------------------------------------------


_COUNTS: dict[tuple[str, FeatureSettings], dict[int, float]] = {}


def cached_counts(text: str, settings: FeatureSettings) -> dict[int, float]:
    key = (text, settings)
    if key not in _COUNTS:
        _COUNTS[key] = char_ngram_counts(text, settings)
    return _COUNTS[key]


def idf_of(texts: list[str], settings: FeatureSettings) -> np.ndarray:
    df = np.zeros(settings.buckets, dtype=np.float64)
    for text in texts:
        for bucket in cached_counts(text, settings):
            df[bucket] += 1
    return (np.log((1 + len(texts)) / (1 + df)) + 1.0).astype(np.float32)


def feature_matrix(examples: list[Example], settings: FeatureSettings, idf: np.ndarray, dense_cache: dict) -> Any:
    """Rows = examples, columns = dense features then hashed n-grams (a scipy sparse matrix)."""
    from scipy import sparse  # noqa: PLC0415 — training only: scipy stays out of the start-up of every process that triages

    missing = [e for e in examples if e.id not in dense_cache]
    if missing:
        full = FeatureSettings(
            use_embedding=True,
            use_admin=True,
            use_chars=False,
            embedding_scale=1.0,
            references=settings.references,
            cues=False,
            admin_margin=settings.admin_margin,
        )
        rows = dense_features([e.text for e in missing], [e.admin_text for e in missing], full)
        for e, row in zip(missing, rows, strict=True):
            dense_cache[e.id] = row
    blocks = []
    dense = np.stack([dense_cache[e.id] for e in examples])
    if settings.use_embedding:
        blocks.append(sparse.csr_matrix(dense[:, :EMBEDDING_DIM] * settings.embedding_scale))
    if settings.use_admin:
        blocks.append(sparse.csr_matrix(dense[:, EMBEDDING_DIM:]))
    if settings.cues:
        blocks.append(
            sparse.csr_matrix(cue_matrix([e.text for e in examples], settings.writer_cues) * settings.cue_scale)
        )
    if settings.use_chars:
        data, indices, indptr = [], [], [0]
        for e in examples:
            index, values = char_features(cached_counts(e.text, settings), idf)
            order = np.argsort(index)
            indices.extend(index[order].tolist())
            data.extend(values[order].tolist())
            indptr.append(len(indices))
        blocks.append(sparse.csr_matrix((data, indices, indptr), shape=(len(examples), settings.buckets)))
    return sparse.hstack(blocks, format="csr")


# Fitting -------------------------------------------------------------------------------------------------------


def _fit(x: Any, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    # Here, not at the top: scikit-learn is for training only and stays out of the start-up of every triaging process.
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="liblinear", random_state=0)
    model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def average_precision(y: np.ndarray, scores: np.ndarray) -> float:
    # Here, not at the top: training only, as above.
    from sklearn.metrics import average_precision_score  # noqa: PLC0415

    return float(average_precision_score(y, scores)) if y.any() else 0.0


def false_alarm_threshold(y: np.ndarray, scores: np.ndarray, share: float) -> float:
    """The lowest threshold (4 decimals, as `TriageModel.scores` rounds) at which at most `share` of the negatives
    (y == 0) score at or above it."""
    negatives = np.sort(scores[y == 0])[::-1]
    allowed = math.floor(share * len(negatives))
    if allowed >= len(negatives):
        return 0.0
    return math.floor(float(negatives[allowed]) * 10000 + 1) / 10000


def window_threshold(y: np.ndarray, window: np.ndarray, already: np.ndarray, share: float) -> float:
    """The lowest threshold (4 decimals) at which the windows flag at most `share` of the negatives (y == 0) that
    `already` (rules or the whole message's score) does not flag."""
    negatives = np.sort(window[(y == 0) & ~already])[::-1]
    allowed = math.floor(share * int((y == 0).sum()))
    if allowed >= len(negatives):
        return 0.0
    return math.floor(float(negatives[allowed]) * 10000 + 1) / 10000


def window_examples(examples: list[Example], size: int) -> tuple[list[Example], np.ndarray]:
    """Each example's sentence windows of `size` sentences as examples of their own (ids "<id>#w<size>.<n>"), and
    the index of the example each one comes from."""
    windows, owners = [], []
    for i, e in enumerate(examples):
        for n, text in enumerate(sentence_windows(e.message, size)):
            windows.append(
                Example(
                    id=f"{e.id}#w{size}.{n}",
                    split=e.split,
                    administration=e.administration,
                    admin_text=e.admin_text,
                    title="",
                    message=text,
                    labels=e.labels,
                    aliases=e.aliases,
                    competences=e.competences,
                )
            )
            owners.append(i)
    return windows, np.array(owners, dtype=int)


def max_by_owner(scores: np.ndarray, owners: np.ndarray, size: int) -> np.ndarray:
    """The highest window score of each example (0 where it has no window)."""
    best = np.zeros(size)
    if len(owners):
        np.maximum.at(best, owners, scores)
    return best


def _window_held_out(
    pool: list[Example],
    folds: np.ndarray,
    fold_fits: list[tuple[np.ndarray, float]],
    fold_idf: dict[int, np.ndarray],
    settings: FeatureSettings,
    cache: dict,
    size: int,
) -> np.ndarray:
    """Each pool example's highest window score by the model of the fold that did not learn it."""
    best = np.zeros(len(pool))
    for k, (w, b) in enumerate(fold_fits):
        members = [i for i in range(len(pool)) if folds[i] == k]
        windows, owners = window_examples([pool[i] for i in members], size)
        if not windows:
            continue
        scores = _sigmoid(feature_matrix(windows, settings, fold_idf[k], cache) @ w + b)
        best[members] = max_by_owner(scores, owners, len(members))
    return best


def tune_threshold(
    label: str, y: np.ndarray, scores: np.ndarray, rules: np.ndarray, target: float | None = None
) -> float:
    """The highest threshold at which rule-or-model still reaches the recall target (`RECALL_TARGETS`, or `target`)
    on these examples."""
    target = RECALL_TARGETS[label] if target is None else target
    positives = int(y.sum())
    if positives == 0:
        return 0.5
    candidates = sorted({float(s) for s in scores[y == 1]} | {0.5}, reverse=True)
    best = min(candidates)
    for t in candidates:
        caught = int(((rules | (scores >= t)) & (y == 1)).sum())
        if caught / positives >= target:
            best = t
            break
    if label in SAFETY_LABELS:
        best = min(best, 0.5)
    return math.floor(best * 10000) / 10000


@dataclass
class Trained:
    model: TriageModel
    report: dict[str, Any]
    # Cross-validated score of each pool example (id → label → score): where the thresholds come from.
    held_out: dict[str, dict[str, float]] = field(default_factory=dict)


def distress_stands(pool: list[Example], oof: np.ndarray, window: np.ndarray) -> np.ndarray:
    """Whether each pool example's whole-message distress would stand the corroboration gate at its held-out score
    (`triage.learned_after_gates`): strong, a single sentence, a sentence at the corroboration level (held out, by
    the fold model), a warning sign or a sign of hardship; strong is not enough for an illness told calmly beside a
    question (`triage_model_gates.calm_illness_told`); a calm question of later life under `CALM_QUESTION_BAR`
    never stands on its whole score (`triage_calm_question`: only a sentence at the window threshold sets it there,
    which the window threshold's own count reads)."""
    size = WINDOW_SIZES[WINDOW_LABELS.index("distress")]
    stands = np.zeros(len(pool), dtype=bool)
    for i, e in enumerate(pool):
        if calm_question_doubt(float(oof[i]), e.text):
            stands[i] = False
        elif oof[i] >= DISTRESS_CORROBORATION and not calm_illness_told(e.text):
            stands[i] = True
        elif not sentence_windows(e.message, size):
            stands[i] = triage_model_gates.SINGLE_SENTENCE_KEEPS
        else:
            stands[i] = bool(
                window[i] >= DISTRESS_CORROBORATION
                or (triage_model_gates.SIGN_CORROBORATES and warning_signs(e.text))
                or (triage_model_gates.HARDSHIP_CORROBORATES and hardship_signs(e.text))
            )
    return stands


def gated_false_alarm_threshold(y: np.ndarray, scores: np.ndarray, stands: np.ndarray, share: float) -> float:
    """The lowest threshold (4 decimals) at which at most `share` of the negatives (y == 0) score at or above it and
    stand the gate (`stands`); negatives the gate drops never count."""
    allowed = math.floor(share * int((y == 0).sum()))
    flagged = np.sort(scores[(y == 0) & stands])[::-1]
    if allowed >= len(flagged):
        return 0.0
    return math.floor(float(flagged[allowed]) * 10000 + 1) / 10000


def fold_of(item_id: str, folds: int = FOLDS) -> int:
    """A fixed fold for cross-validation, from a hash of the id (like the split: never moves)."""
    return int(hashlib.sha256(f"triage-folds:{item_id}".encode()).hexdigest()[:8], 16) % folds


def train(
    folder: str | Path,
    settings: FeatureSettings | None = None,
    log: Callable[[str], None] = lambda _: None,
    reading: str = RAW,
) -> Trained:
    """Fit on train + validation; choose C and thresholds on cross-validated scores; report on test.

    `reading`: each message as written or pseudonymised as the pipeline triages it (`triage_reading`)."""
    settings = settings or FeatureSettings(window_labels=WINDOW_LABELS, window_sizes=WINDOW_SIZES)
    examples = load_examples(folder, reading=reading)
    pool = [e for e in examples if e.split in ("train", "validation")]
    test = [e for e in examples if e.split == "test"]
    log(f"Corpus : {len(pool)} exemples pour apprendre (train + validation), {len(test)} de test (rapport seul).")
    folds = np.array([fold_of(e.id) for e in pool])
    cache: dict = {}
    # The n-gram weights of each fold come from that fold's training part only (no peeking at held-out text).
    fold_idf = {
        k: idf_of([e.text for e, f in zip(pool, folds, strict=True) if f != k], settings) for k in range(FOLDS)
    }
    x_fold = {k: feature_matrix(pool, settings, fold_idf[k], cache) for k in range(FOLDS)}
    rules = [rule_labels(e) for e in pool]

    idf = idf_of([e.text for e in pool], settings) if settings.use_chars else np.zeros(0, dtype=np.float32)
    x_pool = feature_matrix(pool, settings, idf, cache)
    weights, biases, thresholds, chosen, oof_scores = [], [], {}, {}, {}
    window_oof: dict[str, np.ndarray] = {}
    distress_gate: np.ndarray | None = None
    for label in MODEL_LABELS:
        y = np.array([label in e.labels for e in pool], dtype=int)
        best: tuple[float, float, np.ndarray, list] | None = None
        for c in C_GRID:
            oof = np.zeros(len(pool))
            fits = []
            for k in range(FOLDS):
                held = folds == k
                w, b = _fit(x_fold[k][~held], y[~held], c)
                fits.append((w, b))
                oof[held] = _sigmoid(x_fold[k][held] @ w + b)
            ap = average_precision(y, oof)
            if best is None or ap > best[0] + 1e-9:
                best = (ap, c, oof, fits)
        assert best is not None
        ap, c, oof, fold_fits = best
        oof_scores[label] = oof
        label_rules = np.array([label in r for r in rules], dtype=bool)
        if label == "out_of_scope":
            # What the competence map vetoes the model cannot flag below the override: the threshold is set on
            # the other messages, and the vetoed ones under the override count as the model's negatives.
            own = np.array([OWN_TOPIC in r for r in rules])
            share = OWN_TOPIC_FALSE_ALARMS if OWN_TOPIC_FALSE_ALARMS is not None else OWN_TOPIC_FALSE_ALARMS_LOGGED
            override = false_alarm_threshold(y[own], oof[own], share) if own.any() else OWN_TOPIC_OVERRIDE
            thresholds[label] = false_alarm_threshold(y[~own], oof[~own], OUT_OF_SCOPE_FALSE_ALARMS)
            override = max(override, thresholds[label])
            over = own & (oof >= override)
            log(
                f"  veto de la carte des compétences : {int(own.sum())} messages ({int(y[own].sum())} hors champ) ; "
                f"levé au-dessus de {override} ({share:.2%}) : {int((over & (y == 1)).sum())} hors champ et "
                f"{int((over & (y == 0)).sum())} dans le champ"
                + ("" if OWN_TOPIC_FALSE_ALARMS is not None else " (non appliqué)")
            )
            thresholds[OWN_TOPIC_OVERRIDE_KEY] = override if OWN_TOPIC_FALSE_ALARMS is not None else OWN_TOPIC_OVERRIDE
            other_party = np.array([OTHER_PARTY in r for r in rules])
            free = ~own | (oof >= thresholds[OWN_TOPIC_OVERRIDE_KEY])
            free |= other_party & (oof >= OTHER_PARTY_OVERRIDE)
            log(
                f"  veto face à un autre interlocuteur nommé : {int(other_party.sum())} messages "
                f"({int(y[other_party].sum())} hors champ) ; levé au-dessus de {OTHER_PARTY_OVERRIDE} : "
                f"{int((other_party & (oof >= OTHER_PARTY_OVERRIDE) & (y == 1)).sum())} hors champ et "
                f"{int((other_party & (oof >= OTHER_PARTY_OVERRIDE) & (y == 0)).sum())} dans le champ"
            )
            # What the override adds beyond the other-party lift (twenty-third pass: the log's first count above
            # includes the vetoed messages that lift already frees at `OTHER_PARTY_OVERRIDE`).
            beyond = own & (oof >= override) & ~(other_party & (oof >= OTHER_PARTY_OVERRIDE))
            log(
                f"  veto levé au-dessus de {override}, au-delà de l'autre interlocuteur : "
                f"{int((beyond & (y == 1)).sum())} hors champ et {int((beyond & (y == 0)).sum())} dans le champ"
            )
            oof_scores[label] = oof * free
            log(f"  hors champ sous veto : {sorted(round(float(v), 3) for v in oof[own & (y == 1)])}")
            highest = sorted(round(float(v), 3) for v in oof[own & (y == 0)])[-15:]
            log(f"  dans le champ sous veto, les plus hauts : {highest}")
        elif label == "distress" and DISTRESS_GATED_CALIBRATION:
            size = settings.window_sizes[settings.window_labels.index(label)]
            window_oof[label] = _window_held_out(pool, folds, fold_fits, fold_idf, settings, cache, size)
            distress_gate = distress_stands(pool, oof, window_oof[label])
            raw = false_alarm_threshold(y, oof, SAFETY_FALSE_ALARMS[label])
            gated = gated_false_alarm_threshold(y, oof, distress_gate, SAFETY_FALSE_ALARMS[label])
            thresholds[label] = max(gated, DISTRESS_THRESHOLD_FLOOR)
            log(
                f"  seuil au quantile des scores bruts {raw} ; au quantile des alertes levées (porte de "
                f"corroboration) {gated} ; plancher {DISTRESS_THRESHOLD_FLOOR}"
            )
        elif label in SAFETY_LABELS:
            thresholds[label] = false_alarm_threshold(y, oof, SAFETY_FALSE_ALARMS[label])
        elif label == "abusive":
            thresholds[label] = false_alarm_threshold(y, oof, ABUSIVE_FALSE_ALARMS)
        else:
            thresholds[label] = tune_threshold(label, y, oof, label_rules)
            for target in COMPLAINT_TARGETS_LOGGED if label == "complaint" else ():
                t = tune_threshold(label, y, oof, label_rules, target)
                flagged = label_rules | (oof >= t)
                caught = int((flagged & (y == 1)).sum())
                log(
                    f"  cible de rappel {target} : seuil {t}, règles ou modèle {caught / max(int(y.sum()), 1):.3f} / "
                    f"{caught / max(int(flagged.sum()), 1):.3f} (rappel / précision, validation croisée)"
                )
        if label in settings.window_labels:
            size = settings.window_sizes[settings.window_labels.index(label)]
            if label not in window_oof:
                window_oof[label] = _window_held_out(pool, folds, fold_fits, fold_idf, settings, cache, size)
            already = label_rules | (oof >= thresholds[label])
            if label == "distress" and distress_gate is not None:
                already = label_rules | ((oof >= thresholds[label]) & distress_gate)
            thresholds[window_key(label)] = window_threshold(y, window_oof[label], already, WINDOW_FALSE_ALARMS[label])
            gained = (y == 1) & ~already & (window_oof[label] >= thresholds[window_key(label)])
            extra = (y == 0) & ~already & (window_oof[label] >= thresholds[window_key(label)])
            log(
                f"  fenêtres de phrases : seuil {thresholds[window_key(label)]} ; "
                f"{int(gained.sum())} de plus attrapés, {int(extra.sum())} fausses alertes de plus"
            )
        w, b = _fit(x_pool, y, c)
        weights.append(w)
        biases.append(b)
        chosen[label] = {"C": c, "cross_validated_average_precision": round(ap, 4)}
        log(f"{label} : C={c}, précision moyenne (validation croisée) {ap:.3f}, seuil {thresholds[label]}")
        if label == "abusive":
            chosen[label]["recall_first_threshold"] = tune_threshold(label, y, oof, label_rules)
        if label == "out_of_scope":
            chosen[label]["recall_first_threshold"] = tune_threshold(label, y[free], oof[free], label_rules[free])
        if label in SAFETY_LABELS:
            chosen[label]["recall_first_threshold"] = tune_threshold(label, y, oof, label_rules)
            under = (y == 1) & ~label_rules & (oof < thresholds[label])
            if label == "distress" and distress_gate is not None:
                under = (y == 1) & ~label_rules & ((oof < thresholds[label]) | ~distress_gate)
            missed = [e.id for e, u in zip(pool, under, strict=True) if u]
            log(f"  seuil qui les attraperait tous : {chosen[label]['recall_first_threshold']} ; manqués : {missed}")

    model = TriageModel(
        labels=MODEL_LABELS,
        settings=settings,
        weights=np.vstack(weights).astype(np.float32),
        bias=np.asarray(biases, dtype=np.float32),
        idf=idf,
        thresholds=thresholds,
        meta={
            "corpus_digest": corpus_digest(examples),
            "reading": reading,
            "counts": {s: sum(e.split == s for e in examples) for s in ("train", "validation", "test")},
            "chosen": chosen,
        },
    )
    scored = [{label: float(oof_scores[label][i]) for label in MODEL_LABELS} for i in range(len(pool))]
    windowed = [
        {label for label, values in window_oof.items() if values[i] >= thresholds[window_key(label)]}
        for i in range(len(pool))
    ]
    gated = None
    if distress_gate is not None:
        # The cross-validated figures decide as triage does: a whole-message distress the gate drops is no label.
        gated = [set() if bool(distress_gate[i]) else {"distress"} for i in range(len(pool))]
    report = {
        "cross_validated": evaluate(model, pool, scored=scored, rules=rules, windowed=windowed, dropped=gated),
        "test": evaluate(model, test),
    }
    model.meta["figures"] = {name: figures_summary(r) for name, r in report.items()}
    return Trained(model=model, report=report, held_out={e.id: s for e, s in zip(pool, scored, strict=True)})


# Evaluation ----------------------------------------------------------------------------------------------------


def combined_labels(
    rules: set[str], model_labels: list[str], scores: dict[str, float], override: float = OWN_TOPIC_OVERRIDE
) -> set[str]:
    """As `triage()` combines them: rule labels, plus the model's labels the rules do not veto."""
    if OTHER_PARTY in rules:
        override = min(override, OTHER_PARTY_OVERRIDE)
    kept = model_labels_kept(model_labels, scores, OWN_TOPIC in rules, SELF_HARM in rules, override)
    labels = (rules - {"routine"} - MARKERS) | set(kept)
    return labels or {"routine"}


def evaluate(
    model: TriageModel | None,
    examples: list[Example],
    *,
    scored: list[dict[str, float]] | None = None,
    rules: list[set[str]] | None = None,
    windowed: list[set[str]] | None = None,
    dropped: list[set[str]] | None = None,
) -> dict[str, Any]:
    """Per label recall / precision for rules alone, the model alone and both combined; safety labels on routine.

    `scored` replaces the model's own scores (cross-validated ones, for the figures of the training pool);
    `dropped`, with them, the whole-message labels the corroboration gate drops (`distress_stands`)."""
    if not examples:
        return {}
    rules = rules if rules is not None else [rule_labels(e) for e in examples]
    override = model.thresholds.get(OWN_TOPIC_OVERRIDE_KEY, OWN_TOPIC_OVERRIDE) if model else OWN_TOPIC_OVERRIDE
    if model is not None:
        if scored is None:
            scored = model.score_many([e.text for e in examples], [e.admin_text for e in examples])
        if windowed is None:
            # As `triage()` decides: the model's gates on its whole-message and sentence labels.
            learned = []
            for e, s, r in zip(examples, scored, rules, strict=True):
                found = model.window_scores(e.message, e.admin_text)
                taken = r - MARKERS - {"routine"}
                kept, reached = learned_after_gates(model, model.decide(s), s, found, taken, e.text)
                learned.append(sorted(set(kept) | set(reached)))
        else:
            drops = dropped if dropped is not None else [set() for _ in examples]
            learned = [sorted((set(model.decide(s)) - d) | w) for s, w, d in zip(scored, windowed, drops, strict=True)]
    else:
        scored = [{} for _ in examples]
        learned = [[] for _ in examples]
    systems = {
        "rules": [(r - MARKERS) or {"routine"} for r in rules],
        "model": [set(m) or {"routine"} for m in learned],
        "combined": [combined_labels(r, m, s, override) for r, m, s in zip(rules, learned, scored, strict=True)],
    }
    out: dict[str, Any] = {"n": len(examples)}
    for name, predicted in systems.items():
        per_label = {}
        for label in LABELS:
            expected = [label in e.labels for e in examples]
            got = [label in p for p in predicted]
            tp = sum(a and b for a, b in zip(expected, got, strict=True))
            per_label[label] = {
                "recall": round(tp / sum(expected), 3) if any(expected) else None,
                "precision": round(tp / sum(got), 3) if any(got) else None,
                "support": sum(expected),
            }
        routine = [p for e, p in zip(examples, predicted, strict=True) if e.labels == {"routine"}]
        flagged = sum(bool(set(SAFETY_LABELS) & p) for p in routine)
        per_label["safety_on_routine"] = round(flagged / len(routine), 3) if routine else None
        out[name] = per_label
    out["misses"] = [
        {"id": e.id, "expected": sorted(e.labels), "got": sorted(p), "scores": s}
        for e, p, s in zip(examples, systems["combined"], scored or [{} for _ in examples], strict=True)
        if (set(SAFETY_LABELS) & e.labels) - p
    ]
    return out


def figures_summary(report: dict[str, Any]) -> dict[str, Any]:
    combined = report.get("combined", {})
    return {
        label: {"recall": v["recall"], "precision": v["precision"]} if isinstance(v, dict) else v
        for label, v in combined.items()
    }


def format_report(report: dict[str, Any], split: str) -> str:
    lines = [f"Découpage « {split} » : {report.get('n', 0)} messages"]
    header = f"{'étiquette':<14}" + "".join(f"{name:>24}" for name in ("règles", "modèle", "règles + modèle"))
    lines.append(header)
    lines.append(f"{'':<14}" + "".join(f"{'rappel / précision (n)':>24}" for _ in range(3)))
    for label in LABELS:
        cells = []
        for name in ("rules", "model", "combined"):
            v = report[name][label]
            recall = "—" if v["recall"] is None else f"{v['recall']:.2f}"
            precision = "—" if v["precision"] is None else f"{v['precision']:.2f}"
            cells.append(f"{recall} / {precision} ({v['support']})")
        lines.append(f"{label:<14}" + "".join(f"{c:>24}" for c in cells))
    cells = [f"{report[name]['safety_on_routine']:.2f}" for name in ("rules", "model", "combined")]
    lines.append(f"{'alerte/routine':<14}" + "".join(f"{c:>24}" for c in cells))
    return "\n".join(lines)
