"""Base class of the French recognisers, and the separators people type inside numbers.

Each recogniser is a list of regular expressions. When a pattern has a `pii` group, only that group is reported (the
keyword before it, "n° allocataire", stays in the text). A checksum, where the identifier has one, must pass, except
after a keyword naming the identifier (a `ctx` group: "NIR : …"), where a mistyped number is still personal data.
"""

import re
from collections.abc import Callable, Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.literal_gate import LiteralGate

# A separator inside a number as people type it: space (also non-breaking), dot or dash.
SEP = r"[ \u00a0\u202f.\-]?"
# Characters that cannot touch a number on either side.
LEFT = r"(?<![0-9A-Za-z])"
RIGHT = r"(?![0-9A-Za-z])"


class RegexRecognizer(LocalRecognizer):
    """Base class: `ENTITY`, `PATTERNS` as (regex, score) and an optional `valid` check of the value."""

    ENTITY = ""
    PATTERNS: tuple[tuple[str, float], ...] = ()
    FLAGS = re.MULTILINE
    _steps_of: tuple[list, dict] | None = None
    _step_list: list[tuple[re.Pattern[str], float, LiteralGate | None, int | str, bool]]

    def __init__(self) -> None:
        self.compiled = [(re.compile(pattern, self.FLAGS), score) for pattern, score in self.PATTERNS]
        # the words one of which each pattern's match holds: a text without any is not searched (`literal_gate`)
        self.gates = {regex: LiteralGate(regex) for regex, _ in self.compiled}
        super().__init__(supported_entities=[self.ENTITY], supported_language="fr", name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the patterns are compiled once in `__init__`."""

    def valid(self, value: str, text: str, start: int) -> bool:
        return True

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for regex, score, gate, group, checked in self._steps():
            if gate is not None and not gate.may_match(text):
                continue
            for match in regex.finditer(text):
                start, end = match.span(group)
                if end > start and (not checked or self.valid(text[start:end], text, start)):
                    yield start, end, score

    def _steps(self) -> list[tuple[re.Pattern[str], float, LiteralGate | None, int | str, bool]]:
        """Each pattern with its score, its gate, the group it reports and whether `valid` checks it, read once.

        Looking a pattern up in `gates` on every text hashed its whole compiled code (a pattern's hash is not kept):
        about 0.23 ms a text for the 180 patterns (thirty-seventh pass). The steps are read again when `gates` or
        `compiled` is replaced or grows (a test runs the patterns without their gates)."""
        compiled, gates = self.compiled, self.gates
        if (
            self._steps_of is None
            or self._steps_of[0] is not compiled
            or self._steps_of[1] is not gates
            or len(self._step_list) != len(compiled)
        ):
            self._step_list = [
                (
                    regex,
                    score,
                    gates.get(regex),
                    "pii" if "pii" in regex.groupindex else 0,
                    "ctx" not in regex.groupindex,
                )
                for regex, score in compiled
            ]
            self._steps_of = (compiled, gates)
        return self._step_list

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=self._metadata())
            for start, end, score in self.spans(text)
        ]

    def _metadata(self) -> dict[str, str]:
        return recognition_metadata(self)


def recognition_metadata(recognizer: LocalRecognizer) -> dict[str, str]:
    """What Presidio records of the recogniser that found a span (its name and identifier)."""
    return {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }


def checked_by(check: Callable[[str], bool]) -> Callable[[RegexRecognizer, str, str, int], bool]:
    def valid(self: RegexRecognizer, value: str, text: str, start: int) -> bool:
        return check(value)

    return valid
