"""The one error tree of dealbot.

Every error a user can see carries a short human ``message`` and a stable ``code``
so that chat replies, CLI output and logs say the same thing::

    DealbotError
    ├── ConfigurationError          a setting is missing or invalid
    ├── StoreError                  the SQL store cannot be used
    │   ├── StoreUnavailableError   the database does not answer
    │   └── StoreNotInitialisedError  tables missing: run `dealbot db upgrade`
    ├── DataError                   input data is unusable
    │   ├── DataSourceMissingError  a file or folder is not there
    │   └── MalformedInputError     a file cannot be read as the expected format
    ├── NotFoundError               a named thing is not in the store
    │   └── UnknownUserError        the asking person is not a dealbot user
    └── PolicyError                 a guardrail refused an action
"""

from __future__ import annotations


class DealbotError(Exception):
    """Root of all errors dealbot raises on purpose."""

    code = "dealbot_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(DealbotError):
    code = "configuration"


class StoreError(DealbotError):
    code = "store"


class StoreUnavailableError(StoreError):
    code = "store_unavailable"


class StoreNotInitialisedError(StoreError):
    code = "store_not_initialised"


class DataError(DealbotError):
    code = "data"


class DataSourceMissingError(DataError):
    code = "data_source_missing"


class MalformedInputError(DataError):
    code = "malformed_input"


class NotFoundError(DealbotError):
    code = "not_found"


class UnknownUserError(NotFoundError):
    code = "unknown_user"


class PolicyError(DealbotError):
    code = "policy"
