"""A cache of validated scenarios, so that a file read before opens without parsing and validating again.

Reading the bundled scenario costs parsing its YAML, validating every field with pydantic and the
cross-checks: about a fifth of a second of the explorer's start-up, spent again on every start for a
file that has not changed. A scenario that passed all of that is written here as plain JSON (never
pickle: nothing read back can run code) under a key made of

- the SHA-256 of the file's bytes, and
- a stamp of the code that validated it: the scenario package's sources, the default vocabulary and
  pydantic's version (as installed: it is not imported to read it).

A file whose bytes or whose checks changed gets a new key, so a stale entry is never used. Reading an
entry builds the format's frozen dataclasses (no validation: they were validated when the entry was
written; pydantic is not imported), from classes of ``model.scenario.format`` only; anything unexpected in an entry
(a hand-edited or truncated file, an unknown class) makes it a miss, and the file is read as usual.
Files that fail validation are never cached. The cache folder is ``FTE_CACHE_DIR`` when set (tests set
it), else the platform's user cache folder; ``FTE_CACHE_DIR=off`` turns the cache off. A cache that
cannot be written (read-only home, full disk) is only logged: the scenario is already loaded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from model.scenario.format import CLASSES, Scenario
from resources import APP_ID

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 2: the format's classes are dataclasses; entries no longer list the fields set
KEEP_ENTRIES = 8  # entries beyond these, least recently written first, are removed
_PACKAGE = Path(__file__).resolve().parent
_VOCABULARY = _PACKAGE.parents[1] / "resources" / "vocabulary" / "default.yaml"


def cache_folder() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    chosen = os.environ.get("FTE_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_ID / "scenarios"


@cache
def code_stamp() -> str:
    """A digest of what decides whether a file is valid and what it loads into."""
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{_pydantic_version()}".encode())
    sources = sorted(_PACKAGE.glob("*.py"))
    for source in [*sources, _VOCABULARY]:
        try:
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        except OSError:
            digest.update(source.name.encode() + b"\0missing")
    if getattr(sys, "frozen", False) or not sources:
        digest.update(executable_stamp())
    return digest.hexdigest()


def _pydantic_version() -> str:
    """The installed pydantic's version, read from its metadata: importing it costs a tenth of a second."""
    from importlib import metadata

    try:
        return metadata.version("pydantic")
    except metadata.PackageNotFoundError:  # a bundled app may carry no metadata: its executable is stamped
        return "unknown"


def executable_stamp() -> bytes:
    """Which executable runs: a bundled app keeps its code compiled inside it, so a new build is a
    new executable (its path, size and time), and what it cached before is not trusted."""
    try:
        info = Path(sys.executable).stat()
    except OSError:
        return b"no executable"
    return f"{sys.executable}:{info.st_size}:{info.st_mtime_ns}".encode()


def key_for(raw: bytes) -> str:
    return hashlib.sha256(code_stamp().encode() + b"\0" + raw).hexdigest()


def read(raw: bytes) -> Scenario | None:
    """The scenario validated earlier from exactly these bytes by this code, or None."""
    folder = cache_folder()
    if folder is None:
        return None
    key = key_for(raw)
    data = read_entry(folder, key)
    if data is None:
        return None
    try:
        scenario = _build(data["scenario"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        logger.info("scenario cache entry %s not used: %s", key, exc)
        return None
    if not isinstance(scenario, Scenario):
        return None
    digest = data.get("digest")
    if isinstance(digest, str) and len(digest) == 64:  # its content digest, computed when it was validated
        _remember_digest(scenario, digest)
    return scenario


def write(raw: bytes, scenario: Scenario) -> None:
    """Keep a validated scenario for the next time these bytes are read."""
    folder = cache_folder()
    if folder is None:
        return
    try:
        entry = {"digest": content_digest(scenario), "scenario": _plain(scenario)}
    except (ValueError, TypeError) as exc:
        logger.info("scenario cache not written in %s: %s", folder, exc)
        return
    write_entry(folder, key_for(raw), entry)


def read_entry(folder: Path, key: str) -> dict[str, Any] | None:
    """The entry written under ``key`` in ``folder`` (a JSON object that names its key), or None when
    there is none or it cannot be read (said in the log)."""
    entry = folder / f"{key}.json"
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        logger.info("cache entry %s not used: %s", entry, exc)
        return None
    return data if isinstance(data, dict) and data.get("key") == key else None


def write_entry(folder: Path, key: str, entry: dict[str, Any]) -> None:
    """Write ``entry`` under ``key`` in one step (a temporary file replaced), and keep the folder to
    the ``KEEP_ENTRIES`` most recently written; a cache that cannot be written is only logged."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"key": key, **entry}, ensure_ascii=False, separators=(",", ":"))
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, folder / f"{key}.json")
        _prune(folder)
    except (OSError, ValueError, TypeError) as exc:
        logger.info("cache not written in %s: %s", folder, exc)


def content_digest(scenario: Scenario) -> str:
    """A SHA-256 of the scenario's content as read (its models, fields and values; not its file's
    bytes, so a comment or a layout change in the YAML gives the same digest). Plain Python: unlike
    pydantic's serializer, it needs no validators built (see ``defer_build`` in the format). Computed
    once per scenario object (the models are frozen): the session files and the baseline cache both ask.
    A scenario read from this cache has it from its entry, computed when it was validated."""
    known = _DIGESTS.get(id(scenario))
    if known is not None and known[0] is scenario:
        return known[1]
    text = json.dumps(_plain(scenario), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    _remember_digest(scenario, digest)
    return digest


def _remember_digest(scenario: Scenario, digest: str) -> None:
    if len(_DIGESTS) >= 4:
        _DIGESTS.clear()
    _DIGESTS[id(scenario)] = (scenario, digest)


_DIGESTS: dict[int, tuple[Scenario, str]] = {}  # by id, the scenario kept so that its id is not reused


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_ENTRIES:]:
        old.unlink(missing_ok=True)


# An entry's values: plain JSON, with the format's objects as {"$m": class, "f": fields} and tuples as
# {"$t": [...]}, the only container the format uses besides lists and mappings of text.
def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$m": type(value).__name__, "f": fields}
    if isinstance(value, tuple):
        return {"$t": [_plain(item) for item in value]}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a mapping with keys that are not text")
        return {"$d": {k: _plain(v) for k, v in value.items()}}
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


@cache
def _classes() -> dict[str, tuple[type, frozenset[str]]]:
    """The format's classes by name, with their fields' names."""
    return {cls.__name__: (cls, frozenset(f.name for f in dataclasses.fields(cls))) for cls in CLASSES}


def _build(value: Any) -> Any:
    if isinstance(value, dict):
        if "$m" in value:
            cls, names = _classes()[value["$m"]]
            fields = value["f"]
            if set(fields) != names:
                raise ValueError(f"the fields of {cls.__name__} differ")
            return cls(**{name: _build(item) for name, item in fields.items()})
        if "$t" in value:
            return tuple(_build(item) for item in value["$t"])
        if "$d" in value:
            return {k: _build(v) for k, v in value["$d"].items()}
        raise ValueError("an unmarked mapping")
    if isinstance(value, list):
        return [_build(item) for item in value]
    return value
