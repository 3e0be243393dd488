"""The workbench's background threads (torch's import, the index load) parse Python source while Streamlit
compiles a page; on Python 3.11 two overlapping parses corrupt each other (CPython gh-106905). CI's data
page failed this way: 'SystemError: AST constructor recursion depth mismatch'."""

from __future__ import annotations

import ast
import gc
import threading

import ui.background  # noqa: F401  (puts every ast.parse behind one lock)

SOURCE = "\n".join(f"def f{i}(x):\n    return [x + {i} for _ in range(3)]" for i in range(300))


def test_a_parse_started_in_another_thread_mid_parse_does_not_break_either() -> None:
    state = threading.local()
    other: dict[str, object] = {}

    def parse_elsewhere() -> None:
        try:
            other["tree"] = ast.parse("x = 1")
        except SystemError as exc:
            other["error"] = exc

    def start_another_parse(phase: str, info: dict[str, int]) -> None:
        # a collection inside this thread's parse runs Python code, which lets another thread run;
        # that thread parses now, while this one is half way through its tree
        if phase == "start" and getattr(state, "parsing", False) and "thread" not in other:
            thread = threading.Thread(target=parse_elsewhere)
            other["thread"] = thread
            thread.start()
            thread.join(timeout=1)

    threshold = gc.get_threshold()
    gc.set_threshold(200)
    gc.callbacks.append(start_another_parse)
    try:
        state.parsing = True
        tree = ast.parse(SOURCE)
        state.parsing = False
    finally:
        gc.callbacks.remove(start_another_parse)
        gc.set_threshold(*threshold)
    thread = other["thread"]
    assert isinstance(thread, threading.Thread)
    thread.join()
    assert len(tree.body) == 300
    assert "error" not in other
    assert isinstance(other["tree"], ast.Module)
