"""Encryption of token sets at rest, with a key the application holds.

A store given a :class:`TokenCipher` (``SQLTokenStore(…, cipher=…)``) writes only ciphertext,
so a leaked database dump or backup holds no usable token. :class:`FernetCipher` (extra
``bokio[encryption]``) is the included one; any object with ``encrypt`` and ``decrypt`` works,
for example one calling a cloud KMS.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

__all__ = ["FernetCipher", "TokenCipher"]


@runtime_checkable
class TokenCipher(Protocol):
    """Authenticated encryption of a token set's bytes."""

    def encrypt(self, plaintext: bytes) -> bytes:
        """Ciphertext for ``plaintext``."""
        ...

    def decrypt(self, ciphertext: bytes) -> bytes:
        """The plaintext; raises (any exception) when the key is wrong or the ciphertext was altered."""
        ...


class FernetCipher:
    """``cryptography``'s Fernet (AES-128-CBC with HMAC-SHA256): one key, or several while rotating.

    ``keys`` are urlsafe-base64 Fernet keys (:meth:`generate_key`), newest first: the first
    encrypts, every one decrypts, so a store keeps reading token sets written under an older
    key (and rewrites them under the newest at their next refresh).

    >>> cipher = FernetCipher(os.environ["BOKIO_TOKEN_KEY"])
    """

    def __init__(self, keys: str | bytes | Sequence[str | bytes]) -> None:
        from cryptography.fernet import Fernet, MultiFernet

        listed = [keys] if isinstance(keys, (str, bytes)) else list(keys)
        if not listed:
            raise ValueError("FernetCipher needs at least one key")
        try:
            self._fernet = MultiFernet([Fernet(key) for key in listed])
        except (TypeError, ValueError):
            raise ValueError(
                "a Fernet key is 32 urlsafe-base64-encoded bytes (see FernetCipher.generate_key())"
            ) from None

    def __repr__(self) -> str:
        return "FernetCipher(<keys hidden>)"

    @staticmethod
    def generate_key() -> str:
        """A new random key, to keep in the application's secret configuration."""
        from cryptography.fernet import Fernet

        return Fernet.generate_key().decode("ascii")

    def encrypt(self, plaintext: bytes) -> bytes:
        return self._fernet.encrypt(plaintext)

    def decrypt(self, ciphertext: bytes) -> bytes:
        return self._fernet.decrypt(ciphertext)
