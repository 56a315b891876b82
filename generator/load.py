"""Stage 1, load: read an OpenAPI document safely and check every `$ref` in it.

Safety rules, because specs come from third parties:
- a size cap on every file read, YAML 1.2 core scalars (no `16:9` turning into 969, no `no`
  turning into False, no timestamps), duplicate keys rejected;
- YAML aliases are shared, never copied, and the expanded size and depth of the tree are capped
  so an alias bomb or a 10,000-level nesting fails fast instead of exhausting memory or the stack;
- `$ref` may point inside the document or to another file inside the spec's own folder; remote
  URLs and files outside that folder are refused unless explicitly allowed.

The tree is kept as plain dicts and lists with `$ref`s in place (cycles stay references); later
stages follow them through `Document.resolve`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .bundle import Origin, bundle_file, refs_in
from . import lines
from .errors import Problem, SpecError, pointer_escape, pointer_tokens, pointer_walk
from .openapi import HTTP_METHODS

__all__ = ["HTTP_METHODS", "Document", "Located", "load", "parse_text"]

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NODES = 2_000_000
MAX_DEPTH = 100


# --- YAML 1.2 core schema ------------------------------------------------------------------

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """SafeLoader with YAML 1.2 core-schema scalars and strict mappings."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
]:
    _Loader.add_implicit_resolver(_tag, re.compile(_regexp), list(_first))


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _key_text(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> Any:
    data: dict[str, Any] = {}
    yield data
    seen: set[str] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key_node.value!r}", key_node.start_mark
                )
            seen.add(key_node.value)
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a scalar", key_node.start_mark
                )
            key = _key_text(key)
        data[key] = loader.construct_object(value_node, deep=True)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


# --- the loaded document ---------------------------------------------------------------------


@dataclass(frozen=True)
class Located:
    """A node of the document and where it lives."""

    value: Any
    file: str
    pointer: str


class Document:
    """The main spec file plus any local files its `$ref`s reach."""

    def __init__(self, path: Path, *, allow_remote: bool = False, root_dir: Path | None = None):
        self.path = path
        self.name = str(path)
        self.root_dir = (root_dir or path.parent).resolve()
        self.allow_remote = allow_remote
        self._files: dict[str, Any] = {}
        self._texts: dict[str, str] = {}
        self._composed: dict[str, yaml.Node | None] = {}
        self._json_lines: dict[str, dict[str, int]] = {}
        """Per JSON file: the lines found by `locate_all`'s one scan."""
        self._text_hashes: dict[str, str] = {}
        self._origins: list[Origin] = []
        self._rewrites: dict[str, list[tuple[str, str]]] = {}
        self.root = self._load_file(path, self.name)
        if not isinstance(self.root, dict):
            raise SpecError(Problem("the document must be a mapping (an OpenAPI object)", self.name))
        self._check_refs()

    # reading ----------------------------------------------------------------------------

    def _load_file(self, path: Path, name: str) -> Any:
        if name in self._files:
            return self._files[name]
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise SpecError(Problem(f"cannot read the file: {exc.strerror or exc}", name)) from None
        if len(raw) > MAX_FILE_BYTES:
            raise SpecError(Problem(f"file is larger than {MAX_FILE_BYTES} bytes", name))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SpecError(Problem(f"not UTF-8 text (byte {exc.start})", name)) from None
        value = parse_text(text, name)
        self._texts[name] = text
        self._files[name] = value
        _check_shape(value, name)
        return value

    @property
    def files(self) -> list[str]:
        """Names of the files read: the spec, then the files its `$ref`s reach."""
        return list(self._files)

    def tree(self, name: str) -> Any:
        """The parsed content of one of the files read."""
        return self._files[name]

    def path_of(self, name: str) -> Path:
        """Where a file read is on disk (names are relative to the working directory)."""
        return self.path if name == self.name else Path(name)

    def add_origin(self, origin: Origin) -> None:
        """Record a subtree copied from another place (see `bundle`), for `locate`."""
        self._origins.append(origin)

    def note_rewrite(self, message: str, file: str, pointer: str) -> None:
        """Record a non-standard reference that `bundle` rewrote; one warning per message."""
        self._rewrites.setdefault(message, []).append((file, pointer))

    @property
    def warnings(self) -> list[Problem]:
        """One warning per kind of non-standard reference the loader rewrote (see `bundle`),
        at the first place it was written."""
        found = []
        for message, places in self._rewrites.items():
            file, pointer = places[0]
            others = f" ({len(places) - 1} more like it)" if len(places) > 1 else ""
            found.append(self.locate(Problem(message + others, file, pointer), follow_copies=False))
        return found

    def fingerprint(self) -> str:
        """A hash of every file read so far: what the document's meaning depends on."""
        from .cache import digest

        return digest(*(part for name in sorted(self._texts) for part in (name, self._texts[name])))

    # references -------------------------------------------------------------------------

    def resolve(self, ref: str, base_file: str, site: str = "") -> Located:
        """Follow one `$ref` written in `base_file` at pointer `site`."""
        target, _, fragment = ref.partition("#")
        if target:
            file = self._external(target, base_file, site)
        else:
            file = base_file
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise SpecError(
                Problem(f"$ref {ref!r}: only JSON-pointer fragments are supported", base_file, site)
            )
        try:
            node = pointer_walk(self._files[file], pointer_tokens(pointer))
        except KeyError as missing:
            raise SpecError(
                Problem(f"$ref {ref!r} points to nothing (no {missing.args[0]!r})", base_file, site)
            ) from None
        return Located(node, file, pointer)

    def deref(self, node: Any, file: str, pointer: str, limit: int = 64) -> Located:
        """Follow `$ref` chains from `node` until a non-reference node."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            seen += 1
            if seen > limit:
                raise SpecError(Problem("$ref chain refers back to itself", file, pointer))
            loc = self.resolve(node["$ref"], file, pointer)
            node, file, pointer = loc.value, loc.file, loc.pointer
        return Located(node, file, pointer)

    def _external(self, target: str, base_file: str, site: str) -> str:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith("//"):
            if not self.allow_remote:
                raise SpecError(
                    Problem(
                        f"$ref to {target!r} refused: remote references are off "
                        "(no network access during generation)",
                        base_file,
                        site,
                    )
                )
            raise SpecError(
                Problem(f"$ref to {target!r}: remote fetching is not implemented", base_file, site)
            )
        base_dir = self.path.parent if base_file == self.name else Path(base_file).parent
        candidate = (base_dir / unquote(target)).resolve()
        if not candidate.is_relative_to(self.root_dir):
            raise SpecError(
                Problem(
                    f"$ref to {target!r} refused: it leaves the spec's folder ({self.root_dir})",
                    base_file,
                    site,
                )
            )
        if not candidate.is_file():
            raise SpecError(Problem(f"$ref to {target!r}: there is no such file", base_file, site))
        name = os.path.relpath(candidate) if not candidate.samefile(self.path) else self.name
        if name not in self._files:
            self._load_file(candidate, name)
        return name

    def _check_refs(self) -> None:
        problems: list[Problem] = []
        pending = [self.name]
        checked: set[str] = set()
        while pending:
            file = pending.pop()
            if file in checked:
                continue
            checked.add(file)
            try:
                bundle_file(self, file)
            except SpecError as exc:
                problems.extend(exc.problems)
            for site, ref in refs_in(self._files[file]):
                try:
                    loc = self.resolve(ref, file, site)
                    self._check_alias_chain(loc, file, site)
                except SpecError as exc:
                    problems.extend(exc.problems)
                    continue
                if loc.file not in checked:
                    pending.append(loc.file)
        if problems:
            raise SpecError([self.locate(p) for p in problems])

    def _check_alias_chain(self, loc: Located, file: str, site: str) -> None:
        """A `$ref` whose target is only another `$ref`, and so on back to itself, names no
        schema at all (`A: {$ref: B}`, `B: {$ref: A}`): refuse it here, where the validator
        and the later stages would otherwise recurse forever."""
        seen = {(file, site)}
        chain = [site or "#"]
        while isinstance(loc.value, dict) and isinstance(loc.value.get("$ref"), str):
            if (loc.file, loc.pointer) in seen:
                raise SpecError(
                    Problem(
                        "$ref cycle with no schema in it: " + " -> ".join([*chain, loc.pointer]), file, site
                    )
                )
            seen.add((loc.file, loc.pointer))
            chain.append(loc.pointer)
            loc = self.resolve(loc.value["$ref"], loc.file, loc.pointer)

    # locations --------------------------------------------------------------------------

    def locate(self, problem: Problem, *, follow_copies: bool = True) -> Problem:
        """Add a line number to a problem, by re-reading the file's node marks (error path only).
        A place inside a subtree `bundle` copied is first moved to where the copy came from."""
        if problem.line is not None:
            return problem
        if follow_copies:
            problem = self._origin_of(problem)
        if problem.file not in self._texts or not problem.pointer:
            return problem
        from . import cache

        # Finding a line means scanning or composing the whole file (a good part of a second for
        # a large one), and warnings are printed on every run: remember each answer by the text.
        if problem.file not in self._text_hashes:
            self._text_hashes[problem.file] = cache.digest(self._texts[problem.file])
        key = cache.digest("line", self._text_hashes[problem.file], problem.pointer)
        line = cache.get_json("lines", key)
        if line is None:
            line = self._line_of(problem.file, problem.pointer) or 0
            cache.put_json("lines", key, line)
        if not line:
            return problem
        return Problem(problem.message, problem.file, problem.pointer, line)

    def locate_all(self, problems: list[Problem]) -> list[Problem]:
        """`locate` for many problems: each JSON file is scanned once for all of its pointers
        (Twilio's 196 warnings took one whole-file scan each)."""
        moved = [self._origin_of(p) if p.line is None else p for p in problems]
        wanted: dict[str, set[str]] = {}
        for p in moved:
            if p.line is None and p.pointer and p.file in self._texts:
                if lines.is_json(self._texts[p.file], p.file):
                    wanted.setdefault(p.file, set()).add(p.pointer)
        for file, pointers in wanted.items():
            known = self._json_lines.setdefault(file, {})
            missing = pointers - known.keys()
            if len(missing) > 1:
                found = lines.json_lines(self._texts[file], missing)
                known.update({pointer: found.get(pointer, 0) for pointer in missing})
        return [self.locate(p, follow_copies=False) for p in moved]

    def _line_of(self, file: str, pointer: str) -> int | None:
        text = self._texts[file]
        if lines.is_json(text, file):
            known = self._json_lines.get(file, {})
            return known[pointer] if pointer in known else lines.json_lines(text, [pointer]).get(pointer)
        if file not in self._composed:
            self._composed[file] = lines.compose_yaml(text, _Loader)
        return lines.yaml_line(self._composed[file], pointer)

    def _origin_of(self, problem: Problem) -> Problem:
        """A problem inside a copied subtree, moved to where the subtree was copied from (and
        on, for a copy of a copy: bounded, whatever a hostile document nests)."""
        for _ in range(16):
            for origin in reversed(self._origins):
                inside = problem.pointer == origin.pointer or problem.pointer.startswith(origin.pointer + "/")
                if problem.file == origin.file and inside:
                    rest = problem.pointer[len(origin.pointer) :]
                    problem = Problem(problem.message, origin.source_file, origin.source_pointer + rest)
                    break
            else:
                break
        return problem


def parse_text(text: str, name: str) -> Any:
    """Parse JSON or YAML text; every failure is a `SpecError` with the line."""
    stripped = text.lstrip()
    if name.endswith(".json") or stripped.startswith(("{", "[")):
        try:
            return json.loads(text, object_pairs_hook=_json_object, parse_constant=_json_constant)
        except json.JSONDecodeError as exc:
            if name.endswith(".json"):
                raise SpecError(Problem(f"invalid JSON: {exc.msg}", name, line=exc.lineno)) from None
        except RecursionError:
            raise SpecError(Problem(f"nested deeper than {MAX_DEPTH} levels", name)) from None
        except ValueError as exc:
            raise SpecError(Problem(f"invalid JSON: {exc}", name)) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        _refuse_deep_yaml(text, name, mark.index if mark is not None else len(text))
        what = exc.problem or exc.context or "syntax error"
        raise SpecError(Problem(f"invalid YAML: {what}", name, line=line)) from None
    except yaml.YAMLError as exc:
        _refuse_deep_yaml(text, name, len(text))
        raise SpecError(Problem(f"invalid YAML: {exc}", name)) from None
    except RecursionError:
        _refuse_deep_yaml(text, name, len(text))
        raise SpecError(Problem(f"nested deeper than {MAX_DEPTH} levels", name)) from None


_OPENS = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_CLOSES = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _refuse_deep_yaml(text: str, name: str, until: int) -> None:
    """Raise our own depth error when the text nests deeper than `MAX_DEPTH` before `until`.

    Parsers have limits of their own (libyaml stops at 1,000 levels, the pure-Python one runs
    out of stack), each reported in its own words: measuring the depth here, from the tokens
    before the point where parsing failed, gives the same answer whichever parser refused. The
    scanner is flat (no recursion), and this runs only after a parse has already failed.
    """
    depth = 0
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index > until:
                return
            if isinstance(token, _OPENS):
                depth += 1
                if depth > MAX_DEPTH:
                    raise SpecError(
                        Problem(
                            f"nested deeper than {MAX_DEPTH} levels", name, line=token.start_mark.line + 1
                        )
                    )
            elif isinstance(token, _CLOSES):
                depth -= 1
    except yaml.YAMLError:
        return  # a syntax error before any excess depth: the parser's own report stands


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise ValueError(f"duplicate key {dup!r}")
    return data


def _json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _check_shape(value: Any, name: str) -> None:
    """Cap the expanded size and depth; shared (aliased) nodes are measured once."""
    sizes: dict[int, int] = {}
    # Iterative post-order walk: (node, depth, pointer, children_done)
    stack: list[tuple[Any, int, str, bool]] = [(value, 0, "", False)]
    while stack:
        node, depth, pointer, done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        if done:
            items = node.values() if isinstance(node, dict) else node
            total = 1
            for child in items:
                total += sizes.get(id(child), 1) if isinstance(child, (dict, list)) else 1
                if total > MAX_NODES:
                    raise SpecError(
                        Problem(
                            f"document expands to more than {MAX_NODES} nodes " "(YAML alias bomb?)",
                            name,
                            pointer,
                        )
                    )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if depth > MAX_DEPTH:
            raise SpecError(Problem(f"nested deeper than {MAX_DEPTH} levels", name, pointer))
        stack.append((node, depth, pointer, True))
        entries = node.items() if isinstance(node, dict) else enumerate(node)
        for k, child in entries:
            if isinstance(child, (dict, list)):
                if id(child) not in sizes:
                    stack.append((child, depth + 1, f"{pointer}/{pointer_escape(str(k))}", False))
            elif (
                isinstance(child, str)
                and _SURROGATE.search(child)
                and not (isinstance(node, dict) and k in _PROSE)
            ):
                raise SpecError(
                    Problem(_surrogate_message(child, "string"), name, f"{pointer}/{pointer_escape(str(k))}")
                )
            if isinstance(k, str) and _SURROGATE.search(k):
                raise SpecError(Problem(_surrogate_message(k, "key"), name, f"{pointer}/{pointer_escape(k)}"))


# Half a UTF-16 pair, which JSON can spell (`"\ud800"`) but which is not Unicode: no Python
# identifier, pydantic alias, HTTP request or UTF-8 file can carry it. Prose may hold one (it is
# shown as U+FFFD); names and values may not.
_SURROGATE = re.compile("[\ud800-\udfff]")
_PROSE = {"description", "summary", "title"}


def _surrogate_message(text: str, what: str) -> str:
    found = _SURROGATE.search(text)
    assert found is not None
    return (
        f"this {what} holds a lone surrogate (U+{ord(found.group()):04X}), which is not Unicode; "
        "only descriptions, summaries and titles may hold one"
    )


def load(path: str | Path, *, allow_remote: bool = False) -> Document:
    return Document(Path(path), allow_remote=allow_remote)
