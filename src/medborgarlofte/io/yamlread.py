"""From bytes to plain Python data, refusing what has no place in a hand-kept data file.

Every step returns problems as values, located at the line and column of the source:
decoding (UTF-8 with or without BOM only), merge-conflict markers, tabs used as indentation,
YAML syntax, several documents, anchors and aliases, tags, duplicate keys, keys that are not
text, impossible dates and over-long numbers. The composed node tree is kept so that later
problems (schema, cross-record checks) can be located too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.core.schema.problems import Path, Problem
from medborgarlofte.text.published import clean_but_line_ends, first_forbidden, publishable

try:  # libyaml's C parser when PyYAML was built with it; the pure-Python one otherwise.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _Loader(_SafeLoader):
    """The safe loader, remembering the tag it resolved for each plain value: the composer
    asks for every node (a file of 10,000 activities asks 96,000 times for a few thousand
    distinct keys, dates and ids), and the answer depends on nothing else (the safe loader
    has no path resolvers)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._tags: dict[tuple[Any, Any, Any], str] = {}

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """Nothing to follow: no path resolvers."""

    def ascend_resolver(self) -> None:
        """Nothing to follow: no path resolvers."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        key = (kind, value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
        return tag

BOM = "\ufeff"
MAX_DEPTH = 64
MAX_ANCHOR_PROBLEMS = 20
"""Anchors and aliases reported per file; the rest add nothing but length."""
_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_STD_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: .*)?\r?$", re.M)
_TAB_INDENT = re.compile(r"^ *\t", re.M)
_HIDDEN_BREAK = re.compile("[\x85\u2028\u2029]")  # YAML counts them as line ends, editors not
_VALUE_LEVEL = {"E113", "E117", "E118", "E123", "E125"}
_PLAIN_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_ALIAS = re.compile(r"\*([^\s,\[\]{}]+)")
_SYNTAX = (  # libyaml's (and PyYAML's) wording -> a catalogue key that says it for people
    ("cannot start any token", "yaml.cannot_start"),
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("expected key", "yaml.expected_key"),
    ("block mapping expected <block end>", "yaml.expected_key"),
    ("expected '-' indicator", "yaml.expected_dash"),
    ("block collection expected <block end>", "yaml.expected_dash"),
    ("expected ',' or ']'", "yaml.flow_sequence"),
    ("expected ',' or '}'", "yaml.flow_mapping"),
    ("unexpected end of stream", "yaml.unexpected_end"),
    ("unknown escape character", "yaml.unknown_escape"),
    ("could not find expected ':'", "yaml.expected_colon"),
    ("block sequence entries are not allowed", "yaml.sequence_not_allowed"),
    ("expected node content", "yaml.expected_value"),
    ("expected comment or line break", "yaml.text_after_value"),
    ("tab character", "yaml.tab"),
    ("escape code", "yaml.bad_escape_code"),
    ("hexdecimal number", "yaml.bad_escape_code"),
    ("document indicator", "yaml.document_marker"),
    ("directive", "yaml.directive"),
    ("version number", "yaml.directive"),
    ("expected digit", "yaml.directive"),
    ("tag handle", "yaml.tag_or_anchor"),
    ("tag URI", "yaml.tag_or_anchor"),
    ("URI escaped octet", "yaml.tag_or_anchor"),
    ("UTF-8 octet", "yaml.tag_or_anchor"),
    ("alphabetic or numeric character", "yaml.tag_or_anchor"),
    ("expected whitespace or line break", "yaml.tag_or_anchor"),
    ("indentation indicator", "yaml.block_indicator"),
    ("mapping keys are not allowed", "yaml.mapping_keys"),
    ("expected <document start>", "yaml.text_after_value"),
)
_CONTEXTS = (  # when the problem is not known, what libyaml was reading says enough
    ("quoted scalar", "yaml.ctx.quoted"),
    ("plain scalar", "yaml.ctx.plain"),
    ("simple key", "yaml.ctx.plain"),
    ("block scalar", "yaml.ctx.block_scalar"),
    ("flow", "yaml.ctx.flow"),
    ("anchor", "yaml.tag_or_anchor"),
    ("alias", "yaml.tag_or_anchor"),
    ("tag", "yaml.tag_or_anchor"),
    ("directive", "yaml.directive"),
    ("block", "yaml.ctx.block"),
)
"""libyaml's English never reaches a message: a problem, else its context, else
'yaml.syntax' (every detail of E109 is a catalogue key)."""
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass
class Parsed:
    """The outcome of reading one YAML text: data and its nodes, or the problems."""

    data: Any = None
    root: Node | None = None
    problems: list[Problem] = field(default_factory=list)
    value_level: bool = False
    """True when every problem concerns one value (a bad date, a repeated key): the data is
    still worth validating, to report everything else in the same run."""


def decode_bytes(raw: bytes) -> tuple[str | None, bool, list[Problem]]:
    """UTF-8 text (BOM removed), whether there was a BOM, and any problem."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(raw):
        return None, False, [Problem("E103", line=1, column=1)]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _byte_position(raw, nul)
        return None, False, [Problem("E104", line=line, column=col)]
    bom = raw.startswith(b"\xef\xbb\xbf")
    body = raw[3:] if bom else raw
    try:
        return body.decode("utf-8"), bom, []
    except UnicodeDecodeError as err:
        line, col = _byte_position(body, err.start, chars=True)
        hint = "E102.latin1" if _is_cp1252(body) else None
        params = {"byte": f"0x{body[err.start]:02X}"}
        return None, bom, [Problem("E102", params=params, hint=hint, line=line, column=col)]


def _looks_utf16(raw: bytes) -> bool:
    head = raw[:200]
    return len(head) >= 4 and head.count(b"\x00") * 3 >= len(head)


def _is_cp1252(body: bytes) -> bool:
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _byte_position(raw: bytes, offset: int, chars: bool = False) -> tuple[int, int]:
    """Line and column of a byte; with `chars`, the column counts UTF-8 characters."""
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    if chars:
        return line, len(raw[start:offset].decode("utf-8", "replace")) + 1
    return line, offset - start + 1


def _text_position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_yaml(text: str) -> Parsed:
    """Compose and construct one YAML document, with every hazard reported as a problem."""
    conflicts = [
        Problem("E107", line=_text_position(text, m.start())[0], column=1)
        for m in _CONFLICT.finditer(text)
    ]
    if conflicts:
        return Parsed(problems=conflicts)
    hidden = [Problem("E124", params={"char": f"U+{ord(m.group()):04X}"},
                      line=_text_position(text, m.start())[0],
                      column=_text_position(text, m.start())[1])
              for m in _HIDDEN_BREAK.finditer(text)]
    if hidden:  # every later line number would be off by one for each of them
        return Parsed(problems=hidden)
    tabs = [_text_position(text, m.end() - 1) for m in _TAB_INDENT.finditer(text)]
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.composer.ComposerError as err:
        # libyaml says "expected a single document" in the context, PyYAML in the problem
        if "single document" in f"{err.context} {err.problem}":
            return Parsed(problems=[_marked("E110", err.problem_mark)])
        if err.problem and "undefined alias" in err.problem:
            return Parsed(problems=[_alias_problem(text, err.problem_mark)])
        return Parsed(problems=[_syntax_problem(err, tabs)])
    except yaml.MarkedYAMLError as err:
        if err.problem and "maximum nesting depth" in err.problem:
            return Parsed(problems=[_marked("E119", err.problem_mark, max=MAX_DEPTH)])
        return Parsed(problems=[_syntax_problem(err, tabs)])
    except yaml.reader.ReaderError as err:  # a character YAML does not allow, e.g. U+0007
        return Parsed(problems=[_character_problem(text, err.character, err.position)])
    except yaml.YAMLError as err:  # pragma: no cover - every YAMLError has a mark or is above
        return Parsed(problems=[Problem("E109", params={"detail": str(err)}, line=1, column=1)])
    except RecursionError:
        return Parsed(problems=[Problem("E119", params={"max": MAX_DEPTH}, line=1, column=1)])
    if root is None:
        return Parsed(problems=[Problem("E106", line=1, column=1)])
    if tabs:
        inside = _block_scalar_lines(root)
        bad = [Problem("E108", line=ln, column=c) for ln, c in tabs if ln not in inside]
        if bad:
            return Parsed(root=root, problems=bad)
    if "&" in text or "*" in text:
        anchors = _anchor_problems(text)
        if anchors:  # never construct: a shared node can expand exponentially
            return Parsed(root=root, problems=anchors)
    builder = _Builder(clean=clean_but_line_ends(text))
    data = builder.build(root, (), 0)
    return Parsed(data=data, root=root, problems=builder.problems,
                  value_level=all(p.code in _VALUE_LEVEL for p in builder.problems))


def _marked(code: str, mark: Any, **params: Any) -> Problem:
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    return Problem(code, params=params, line=line, column=column)


def _syntax_problem(err: yaml.MarkedYAMLError, tabs: list[tuple[int, int]]) -> Problem:
    mark = err.problem_mark or err.context_mark
    if tabs and mark is not None:
        near = [t for t in tabs if abs(t[0] - (mark.line + 1)) <= 1] or tabs
        return Problem("E108", line=near[0][0], column=near[0][1])
    said = f"{err.context or ''} {err.problem or ''}"
    key = next((k for words, k in _SYNTAX if words in said), None)
    if key == "yaml.unexpected_end" and err.context_mark is not None:
        mark = err.context_mark  # where the unclosed quote or bracket opens, not the file's end
    context = err.context or ""
    detail = key or next((k for words, k in _CONTEXTS if words in context), "yaml.syntax")
    return _marked("E109", mark, detail=detail)


def _alias_problem(text: str, mark: Any) -> Problem:
    """E111 for an alias whose anchor is missing (libyaml does not say its name)."""
    problem = _marked("E111", mark, name="*")
    lines = text.split("\n")
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    found = _ALIAS.match(line, mark.column) if mark is not None else None
    return replace(problem, params={"name": found.group(1) if found else "*"})


def _character_problem(text: str, character: Any, position: int) -> Problem:
    """E121 for a character that YAML refuses (a control character), at its place."""
    char = chr(character) if isinstance(character, int) else str(character)
    offset = text.find(char)
    line, column = _text_position(text, offset if offset >= 0 else position)
    return Problem("E121", params={"char": f"U+{ord(char[:1] or '?'):04X}"}, line=line,
                   column=column)


def _tag_name(tag: str) -> str:
    """'tag:yaml.org,2002:python/object' as written in the file: '!!python/object'."""
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


def _anchor_problems(text: str) -> list[Problem]:
    """E111 at the first anchor and the first alias of each name, at most MAX_ANCHOR_PROBLEMS:
    an alias bomb of a million references is one message, not a million lines."""
    problems = []
    seen: set[tuple[bool, str]] = set()
    for event in yaml.parse(text, Loader=_Loader):
        anchor = getattr(event, "anchor", None)
        if anchor and (isinstance(event, yaml.AliasEvent), anchor) not in seen:
            seen.add((isinstance(event, yaml.AliasEvent), anchor))
            problems.append(_marked("E111", event.start_mark, name=anchor))
            if len(problems) >= MAX_ANCHOR_PROBLEMS:
                break
    return problems


def _block_scalar_lines(node: Node) -> set[int]:
    lines: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ScalarNode):
            if n.style in ("|", ">"):
                lines.update(range(n.start_mark.line + 1, n.end_mark.line + 2))
        elif isinstance(n, SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, MappingNode):
            stack.extend(v for _, v in n.value)
    return lines


def _odd_int_problem(node: ScalarNode) -> Problem:
    """E123 for 012 (octal: 10), 1:30 (sexagesimal: 90), 0x1F: never what a person meant."""
    try:
        number: int | None = _CONSTRUCTOR.construct_yaml_int(node)
    except ValueError:  # more digits than Python converts
        number = None
    if number is None or abs(number) >= 10**18:
        return _marked("E118", node.start_mark, digits=len(node.value))
    return _marked("E123", node.start_mark, value=node.value, number=number)


class _Builder:
    """Builds dicts, lists and scalars from nodes, collecting problems instead of raising."""

    def __init__(self, clean: bool = False) -> None:
        self.problems: list[Problem] = []
        self.clean = clean
        """True when the text holds no forbidden character (line ends aside, which YAML turns
        into line feeds): then only a double-quoted scalar's escapes can make one."""

    def build(self, node: Node, path: Path, depth: int) -> Any:
        if depth > MAX_DEPTH:
            self.problems.append(_marked("E119", node.start_mark, max=MAX_DEPTH))
            return None
        if node.tag not in _STD_TAGS:
            code = "E122" if node.tag == _TAG + "merge" else "E112"
            self.problems.append(_marked(code, node.start_mark, name=_tag_name(node.tag)))
            return None
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        return self._mapping(node, path, depth)

    def _scalar(self, node: ScalarNode, path: Path) -> Any:
        tag = node.tag
        if tag == _STR:
            if self.clean and node.style != '"':
                return node.value
            char = first_forbidden(node.value)
            if char is None:
                return node.value
            # written as an escape ("\e", "\v", "\uFFFE"): what no published text may hold
            self.problems.append(replace(_marked("E125", node.start_mark, char=char),
                                         path=path))
            return publishable(node.value)
        if tag == _TAG + "int" and not _PLAIN_INT.match(node.value):
            self.problems.append(replace(_odd_int_problem(node), path=path))
            return None
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except ValueError as err:
            if tag == _TAG + "timestamp":
                problem = _marked("E117", node.start_mark, value=node.value)
            elif "digits" in str(err) or tag == _TAG + "int":
                problem = _marked("E118", node.start_mark, digits=len(node.value))
            else:
                problem = _marked("E109", node.start_mark, detail=str(err))
            self.problems.append(replace(problem, path=path))
            return None

    def _mapping(self, node: MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first: dict[str, Node] = {}
        plain_ok = self.clean and depth + 1 <= MAX_DEPTH
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                self.problems.append(_marked("E122", key_node.start_mark))
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag != _STR:
                value = key_node.value if isinstance(key_node, ScalarNode) else "…"
                self.problems.append(_marked("E120", key_node.start_mark, key=value))
                continue
            key = key_node.value
            if key in result:
                problem = _marked("E113", key_node.start_mark, key=key,
                                  first=first[key].start_mark.line + 1)
                self.problems.append(replace(problem, path=(*path, key)))
                continue
            first[key] = key_node
            if (plain_ok and value_node.tag == _STR and value_node.style != '"'
                    and type(value_node) is ScalarNode):
                result[key] = value_node.value  # what build() gives a clean text
            else:
                result[key] = self.build(value_node, (*path, key), depth + 1)
        return result
