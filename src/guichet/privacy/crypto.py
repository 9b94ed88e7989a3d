"""Encryption at rest of the pseudonymisation mapping (Fernet: AES-128-CBC with an HMAC-SHA256).

`GUICHET_PII_KEY` holds a Fernet key, or a passphrase from which one is derived, or several of either separated
by commas (the first encrypts, all decrypt: key rotation). Empty, the key is derived from `SECRET_KEY`.
"""

import base64
import binascii
import functools
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.conf import settings

_SALT = b"guichet.privacy.mapping"
_ITERATIONS = 200_000


class MappingDecryptionError(Exception):
    """The stored mapping cannot be read with the configured keys."""


def encrypt_mapping(mapping: dict[str, str]) -> str:
    if not mapping:
        return ""
    payload = json.dumps(mapping, ensure_ascii=False, sort_keys=True).encode()
    return _fernet(_key_setting()).encrypt(payload).decode("ascii")


def decrypt_mapping(token: str) -> dict[str, str]:
    if not token:
        return {}
    try:
        payload = _fernet(_key_setting()).decrypt(token.encode("ascii"))
    except (InvalidToken, ValueError) as error:
        raise MappingDecryptionError("Correspondances illisibles : clé GUICHET_PII_KEY incorrecte.") from error
    return json.loads(payload)


def _key_setting() -> str:
    return settings.GUICHET_PII_KEY or f"secret-key:{settings.SECRET_KEY}"


@functools.cache
def _fernet(setting: str) -> MultiFernet:
    return MultiFernet([Fernet(_fernet_key(part.strip())) for part in setting.split(",") if part.strip()])


def _fernet_key(secret: str) -> bytes:
    """A Fernet key as is, or a key derived from a passphrase with PBKDF2 (once per process)."""
    try:
        if len(base64.urlsafe_b64decode(secret.encode())) == 32:
            return secret.encode()
    except (binascii.Error, ValueError):
        pass
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=_SALT, iterations=_ITERATIONS)
    return base64.urlsafe_b64encode(kdf.derive(secret.encode()))
