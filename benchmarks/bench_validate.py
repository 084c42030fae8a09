"""`pledge validate` on a 10,000-event pledge next to its floor, measured in one run.

The floor is what any tool must do to check the same file: start Python, read it with
PyYAML's C loader (`yaml.load(CSafeLoader)`) and validate it with the same pydantic model.
The figure to report is the ratio (target <= 1.15).

    python benchmarks/bench_validate.py [EVENTS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PLEDGE, PYTHON, machine, run_timed  # noqa: E402
from generate import pledge_with_events  # noqa: E402

FLOOR = (
    "import sys, yaml\n"
    "from medborgarlofte.core.schema.model import Pledge\n"
    "data = yaml.load(open(sys.argv[1], encoding='utf-8').read(), Loader=yaml.CSafeLoader)\n"
    "Pledge.model_validate(data)\n"
)


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pledge.yaml"
        path.write_text(pledge_with_events(events), encoding="utf-8")
        floor = run_timed([PYTHON, "-c", FLOOR, str(path)])
        ours = run_timed([*PLEDGE, "validate", str(path)])
    print(f"machine: {machine()}")
    print(f"{'what':<48} {'median s':>9}")
    floor_name = f"floor: yaml.load(CSafeLoader) + model, {events} events"
    print(f"{floor_name:<48} {floor:>9.3f}")
    print(f"{'pledge validate, ' + str(events) + ' events':<48} {ours:>9.3f}")
    print(f"{'ratio (target <= 1.15)':<48} {ours / floor:>9.2f}")


if __name__ == "__main__":
    main()
