"""All of eventwire's exceptions, in one tree, each message with a code.

    EventwireError
    ├── InputError (ValueError)            EW1xx  the input cannot be read as a document
    │   ├── InputNotFound (FileNotFoundError)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingProblem (UnicodeError)
    │   ├── InputTooLarge
    │   ├── MalformedInput                 a JSON/CSV/HTML/feed record that cannot be parsed
    │   ├── BadDate                        a --published (or date field) we cannot read
    │   └── UnreachableInput (ConnectionError)  an http(s) source that does not answer (EW108)
    ├── ConfigError                        EW2xx  settings, registry names, missing models/extras
    │   ├── UnknownName (KeyError)
    │   ├── ModelNotInstalled (ImportError)
    │   └── MissingExtra (ImportError)
    ├── GeoError                           EW3xx  gazetteer problems
    │   ├── GazetteerUnavailable           EW301  the gazetteer index cannot be opened or built
    │   └── GoldDataError                  EW302  a gold geoparsing file that cannot be read
    ├── StoreError                         EW4xx  database problems
    │   ├── EventNotFound (LookupError)    EW401  no event (or document) with that id
    │   ├── BadFilter (ValueError)         EW402  a filter value that cannot be used
    │   ├── BadRevision (ValueError)       EW403  a reviewer correction that does not fit the record
    │   └── StoreFull (OSError)            EW410  the database or its disk is full; free space and rerun
    ├── ExportError                        EW5xx  writing an export
    └── ApiError                           EW6xx  the HTTP API refuses a request
        ├── Unauthorized (PermissionError) EW601  a write without the right token, or writes disabled
        ├── RequestTooLarge                EW602  a request body or page size above the limit
        ├── BadRequest (ValueError)        EW603  a parameter or body the API cannot use
        └── NoSuchPage (LookupError)       EW604  no such URL

Catch ``EventwireError`` for anything eventwire raises on purpose. Each exception
carries ``code`` (tests check codes, never wording) and, where known, ``source``
(the input it is about).
"""

from __future__ import annotations

__all__ = [
    "ApiError",
    "BadDate",
    "BadFilter",
    "BadRequest",
    "BadRevision",
    "BinaryInput",
    "ConfigError",
    "EmptyInput",
    "EncodingProblem",
    "EventNotFound",
    "EventwireError",
    "ExportError",
    "GazetteerUnavailable",
    "GeoError",
    "GoldDataError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "MalformedInput",
    "MissingExtra",
    "ModelNotInstalled",
    "NoSuchPage",
    "RequestTooLarge",
    "StoreError",
    "StoreFull",
    "Unauthorized",
    "UnknownName",
    "UnreachableInput",
]


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "EW000"
    template = "{detail}"

    def __init__(self, detail: str = "", *, source: str | None = None, **context: object) -> None:
        self.detail = detail
        self.source = source
        self.context = context
        message = self.template.format(detail=detail, source=source or "<input>", **context)
        if source and "{source}" not in self.template:
            message = f"{source}: {message}"
        self.message = f"[{self.code}] {message}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class InputError(EventwireError, ValueError):
    code = "EW100"


class InputNotFound(InputError, FileNotFoundError):
    code = "EW101"
    template = "{source}: no such file or directory"


class EmptyInput(InputError):
    code = "EW102"
    template = "{source}: the input is empty (no text to read)"


class BinaryInput(InputError):
    code = "EW103"
    template = "{source}: looks like a binary file, not text ({detail})"


class EncodingProblem(InputError, UnicodeError):
    code = "EW104"
    template = "{source}: cannot decode the text ({detail}); save it as UTF-8 or pass --encoding"


class InputTooLarge(InputError):
    code = "EW105"
    template = "{source}: {detail}; raise the limit with --max-bytes or EVENTWIRE_MAX_BYTES"


class MalformedInput(InputError):
    code = "EW106"
    template = "{source}: {detail}"


class BadDate(InputError):
    code = "EW107"
    template = "{source}: cannot read the date {detail}; use YYYY-MM-DD"


class ConfigError(EventwireError):
    code = "EW200"


class UnknownName(ConfigError, KeyError):
    code = "EW201"

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


class ModelNotInstalled(ConfigError, ImportError):
    code = "EW202"
    template = "no spaCy model for {detail} is installed; run: pip install {package}"


class MissingExtra(ConfigError, ImportError):
    code = "EW203"
    template = "{detail} needs the optional dependencies; run: pip install 'eventwire[{extra}]'"


class GeoError(EventwireError):
    code = "EW300"


class StoreError(EventwireError):
    code = "EW400"


class ExportError(EventwireError):
    code = "EW500"


class UnreachableInput(InputError, ConnectionError):
    code = "EW108"
    template = "{source}: cannot fetch ({detail})"


class GazetteerUnavailable(GeoError):
    code = "EW301"
    template = "the gazetteer cannot be opened or built: {detail}"


class GoldDataError(GeoError):
    code = "EW302"
    template = "{source}: cannot read the gold geoparsing data ({detail})"


class EventNotFound(StoreError, LookupError):
    code = "EW401"
    template = "no {kind} with id {detail!r}"

    def __init__(self, detail: str = "", *, kind: str = "event", **context: object) -> None:
        super().__init__(detail, kind=kind, **context)


class BadFilter(StoreError, ValueError):
    code = "EW402"


class BadRevision(StoreError, ValueError):
    code = "EW403"


class StoreFull(StoreError, OSError):
    code = "EW410"
    template = (
        "{source} is full ({detail}). Free disk space (or raise the database's size limit), then run the "
        "same command again: stored documents are skipped and nothing is stored twice"
    )


class ApiError(EventwireError):
    code = "EW600"


class Unauthorized(ApiError, PermissionError):
    code = "EW601"


class RequestTooLarge(ApiError):
    code = "EW602"


class BadRequest(ApiError, ValueError):
    code = "EW603"


class NoSuchPage(ApiError, LookupError):
    code = "EW604"
