"""Encryption at rest of routed conversations (S9): AES-256-GCM with a keyring that supports rotation.

Keyring: JSON ``{"primary": "<key id>", "keys": {"<key id>": "<base64 of 32 bytes>", ...}}``, read from
the environment variable ``GROOMING_RISK_ENCRYPTION_KEYS`` or from a file (``--encryption-keys-file``).
New content is encrypted with the primary key; older keys stay for decryption until
``grooming-risk rotate-key`` has re-encrypted every row with a new primary and the old key is dropped.
Each ciphertext is bound to its row (associated data = case id and column), so a blob cannot be moved
to another case. Without any configured keyring the server creates one in the data directory (mode
0600) and warns: for production keep the keyring outside the data directory (e.g. a secrets mount). It
does so only for an empty SQLite store: the review store checks every keyring against the keys its data
needs (`service.review_store`), so a lost or replaced keyring stops the server instead of the queue.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENV_KEYS = "GROOMING_RISK_ENCRYPTION_KEYS"
log = logging.getLogger(__name__)


class KeyringError(ValueError):
    """The keyring is missing, malformed, or lacks a key that stored data needs.

    A ValueError: the command line reports it as one line (exit 2), as for any other bad setting."""


class MissingKey(KeyringError):
    """Stored data names a key id that the keyring does not hold."""

    def __init__(self, key_id: str, message: str) -> None:
        super().__init__(message)
        self.key_id = key_id


class WrongKey(KeyringError):
    """The keyring holds the key id, but authentication failed: another key under that id, or an altered row."""

    def __init__(self, key_id: str, message: str) -> None:
        super().__init__(message)
        self.key_id = key_id


@dataclass(frozen=True)
class Keyring:
    primary: str
    keys: dict[str, bytes]
    # Where it came from (a path or the variable's name), for messages; and the file it was just created in,
    # so that a store refusing a new keyring can remove it again. Neither takes part in equality.
    source: str = field(default="", compare=False)
    created: Path | None = field(default=None, compare=False)

    def encrypt(self, plaintext: bytes, associated: str) -> tuple[str, bytes]:
        """(key id, nonce + ciphertext)."""
        nonce = secrets.token_bytes(12)
        return self.primary, nonce + AESGCM(self.keys[self.primary]).encrypt(nonce, plaintext, associated.encode())

    def encrypt_with(self, key_id: str, plaintext: bytes, associated: str) -> bytes:
        """Encrypt with a given key (to add a column to a row that another key already protects)."""
        key = self.keys.get(key_id)
        if key is None:
            raise MissingKey(key_id, f"key {key_id!r} is not in the keyring")
        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(key).encrypt(nonce, plaintext, associated.encode())

    def decrypt(self, key_id: str, blob: bytes, associated: str) -> bytes:
        key = self.keys.get(key_id)
        if key is None:
            raise MissingKey(key_id, f"key {key_id!r} needed to decrypt stored data is not in the keyring")
        try:
            return AESGCM(key).decrypt(blob[:12], blob[12:], associated.encode())
        except InvalidTag:
            raise WrongKey(
                key_id, f"stored data failed authentication with key {key_id!r} (wrong key or tampered row)"
            ) from None

    def to_json(self) -> str:
        return json.dumps(
            {"primary": self.primary, "keys": {k: base64.b64encode(v).decode() for k, v in self.keys.items()}}, indent=1
        )

    def with_new_primary(self) -> Keyring:
        key_id = f"k{len(self.keys) + 1}-{secrets.token_hex(3)}"
        return Keyring(key_id, {**self.keys, key_id: AESGCM.generate_key(bit_length=256)}, self.source)

    def without(self, key_ids: set[str]) -> Keyring:
        """The keyring minus retired keys (never the primary)."""
        return Keyring(self.primary, {k: v for k, v in self.keys.items() if k == self.primary or k not in key_ids})


def parse_keyring(text: str | bytes, where: str) -> Keyring:
    """A keyring from its JSON text; anything else is a KeyringError that names `where` (never its content)."""
    try:
        data = json.loads(text)
        keys = {str(k): base64.b64decode(v, validate=True) for k, v in data["keys"].items()}
        primary = str(data["primary"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyringError(f'{where}: not a keyring (expected {{"primary": id, "keys": {{id: base64}}}})') from None
    if primary not in keys:
        raise KeyringError(f"{where}: primary key {primary!r} is not among the keys")
    if any(len(v) != 32 for v in keys.values()):
        raise KeyringError(f"{where}: every key must be 32 bytes (base64)")
    return Keyring(primary, keys, where)


def new_keyring() -> Keyring:
    return Keyring("k1", {"k1": AESGCM.generate_key(bit_length=256)}).with_new_primary()


def write_keyring(path: Path, keyring: Keyring) -> None:
    """Write atomically with mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(keyring.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def load_keyring(path: Path | None, data_dir: Path, create: bool = True) -> tuple[Keyring, Path | None]:
    """The keyring from the environment, the given file, or data_dir/keyring.json (created if allowed).

    A created keyring is marked (`created`): the review store accepts it only for an empty SQLite store and
    otherwise removes it again, so a lost keyring is never silently replaced by one that cannot read the data.
    """
    env = os.environ.get(ENV_KEYS)
    if env:
        return parse_keyring(env, ENV_KEYS), None
    target = path or data_dir / "keyring.json"
    if target.exists():
        return parse_keyring(target.read_bytes(), str(target)), target
    if path is not None or not create:
        raise KeyringError(f"{target}: keyring file not found")
    fresh = new_keyring()
    keyring = Keyring(fresh.primary, fresh.keys, str(target), created=target)
    write_keyring(target, keyring)
    return keyring, target


def warn_created(keyring: Keyring) -> None:
    """Logged once the store has accepted a keyring created next to it (not before: it may be refused)."""
    log.warning(
        "created an encryption keyring next to the review store (%s); in production keep it "
        "outside the data directory and pass --encryption-keys-file or %s",
        keyring.created,
        ENV_KEYS,
    )
