import pytest
from cryptography.fernet import Fernet

from guichet.privacy.crypto import MappingDecryptionError, decrypt_mapping, encrypt_mapping

MAPPING = {"[PERSONNE_1]": "Aïcha Diallo", "[EMAIL_1]": "aicha.diallo59@gmail.com"}


def test_round_trip_with_key_derived_from_secret_key(settings):
    settings.GUICHET_PII_KEY = ""
    token = encrypt_mapping(MAPPING)
    assert "Diallo" not in token and "gmail" not in token
    assert decrypt_mapping(token) == MAPPING


def test_fernet_key_or_passphrase(settings):
    settings.GUICHET_PII_KEY = Fernet.generate_key().decode()
    assert decrypt_mapping(encrypt_mapping(MAPPING)) == MAPPING
    settings.GUICHET_PII_KEY = "une phrase de passe assez longue"
    assert decrypt_mapping(encrypt_mapping(MAPPING)) == MAPPING


def test_wrong_key_cannot_read(settings):
    settings.GUICHET_PII_KEY = "première clé"
    token = encrypt_mapping(MAPPING)
    settings.GUICHET_PII_KEY = "autre clé"
    with pytest.raises(MappingDecryptionError):
        decrypt_mapping(token)


def test_key_rotation(settings):
    settings.GUICHET_PII_KEY = "ancienne clé"
    token = encrypt_mapping(MAPPING)
    settings.GUICHET_PII_KEY = "nouvelle clé,ancienne clé"
    assert decrypt_mapping(token) == MAPPING


def test_empty_mapping_is_stored_empty():
    assert encrypt_mapping({}) == ""
    assert decrypt_mapping("") == {}
