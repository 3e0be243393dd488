"""Everything a marketer can read on an AppTest page, and the English sentences among it.

The walk reads the element tree the browser would draw: titles, markdown, captions, alerts,
widget labels, options, help and placeholders, expander and tab labels, metric values,
dataframe headers and cells, and plotly axis / legend titles. What is allowed to stay in
English is cut out before the check: code (st.code, `backticks`), HTML markup and CSS,
URLs, file paths and model ids (anything with a slash), identifiers and rule ids (words joined
by `_`, `.` or `-`, or carrying digits), and whatever sits inside an expander whose label
starts with labels.DETAILS (the place codes and raw reasons are kept on purpose).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pandas as pd
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Node

from ui.labels import DETAILS

TEXT_KEYS = {"label", "body", "help", "placeholder", "options", "caption", "text", "title", "ariaLabel"}
STYLE = re.compile(r"<style>.*?</style>", re.S)
TAG = re.compile(r"<[^>]+>")
CODE_SPAN = re.compile(r"`[^`]*`")
URL = re.compile(r"\w+://\S+")
# A token that is code, not prose: contains / \ _ . : = @ # { digits, or is one letter.
CODE_TOKEN = re.compile(r"\S*[/\\_.:=@#{}\d]\S*")
# Three or more Latin words in a row, separated by single spaces, read as a sentence ("Amber, Gold,
# Red" is a list of names, not a sentence).
SENTENCE = re.compile(r"\b[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){2,}\b")


def strings_of(value: object) -> Iterator[str]:
    """Every string under the text-bearing keys of a proto turned into a dict."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in TEXT_KEYS:
                yield from all_strings(inner)
            elif isinstance(inner, dict | list):
                yield from strings_of(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from strings_of(inner)


def all_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from all_strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from all_strings(inner)


def plotly_strings(spec: str) -> Iterator[str]:
    """Axis titles, legend title and trace names of a plotly figure."""
    figure = json.loads(spec)
    layout = figure.get("layout", {})
    for name, axis in layout.items():
        if name.startswith(("xaxis", "yaxis")) or name == "legend":
            yield from all_strings(axis.get("title", {}))
    for trace in figure.get("data", []):
        if trace.get("showlegend", True) and isinstance(trace.get("name"), str):
            yield trace["name"]


def frame_strings(frame: pd.DataFrame) -> Iterator[str]:
    yield from (str(c) for c in frame.columns)
    for column in frame.columns:
        yield from (v for v in frame[column].tolist() if isinstance(v, str))


def node_strings(node: Node) -> Iterator[str]:
    """What one node shows; a details expander and code blocks show nothing that counts."""
    kind = node.type
    if kind == "code":
        return
    if kind == "dataframe":
        yield from frame_strings(node.value)
        return
    if kind == "plotly_chart":
        yield from plotly_strings(node.proto.spec)
        return
    proto = getattr(node, "proto", None)
    if proto is not None and kind not in ("text_input", "text_area"):
        yield from strings_of(MessageToDict(proto))
    elif proto is not None:
        data = MessageToDict(proto)
        yield from (data[k] for k in ("label", "placeholder", "help") if isinstance(data.get(k), str))
    if isinstance(node, Block):
        if kind == "expandable" and node.proto.expandable.label.startswith(DETAILS):
            return
        for child in node.children.values():
            yield from node_strings(child)


def visible_strings(at: AppTest) -> list[str]:
    """Every string the page shows (main area and sidebar)."""
    return [s for child in at._tree.children.values() for s in node_strings(child)]


def prose(text: str) -> str:
    """The text with markup, code, URLs, paths, ids and identifiers cut out (each cut breaks a run)."""
    text = TAG.sub(" | ", STYLE.sub(" ", text))
    text = CODE_SPAN.sub(" | ", text)
    text = URL.sub(" | ", text)
    return CODE_TOKEN.sub(" | ", text)


def english_sentences(at: AppTest) -> list[str]:
    """Each English run of three or more words on the page, with the string it came from."""
    found = []
    for text in visible_strings(at):
        for match in SENTENCE.finditer(prose(text)):
            found.append(f"{match.group(0)!r} in {text[:160]!r}")
    return found
