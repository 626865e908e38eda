"""`dealbot outbox list`, `users list` and the other store commands start without the chat stack: the
agent, langchain, chromadb, the embedding runtimes and botbuilder load only in the commands that use them
(each added ~0.2-2 s to every command's start)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PROJECT_ROOT

HEAVY = ("langchain", "langchain_core", "langchain_openai", "openai", "chromadb", "torch", "onnxruntime",
         "transformers", "tokenizers", "sklearn", "botbuilder", "slack_bolt")  # fmt: skip


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=120, check=True)  # fmt: skip
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_command_line_starts_without_the_chat_stack() -> None:
    loaded = _loaded_after("import bot.cli; bot.cli.build_parser()")
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_chat_stack_loads_when_the_pipeline_is_first_used() -> None:
    code = (
        "from bot.services import build_services\nfrom bot.settings import load_settings\n"
        "services = build_services(load_settings(DATABASE_URL='sqlite://'))\n"
        "assert 'langchain' not in sys.modules\nservices.pipeline\n"
    )
    assert {"langchain", "langchain_core"} <= _loaded_after(code)
