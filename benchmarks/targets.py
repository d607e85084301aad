"""What every benchmark prints: each figure beside its target, and which targets were missed."""

from __future__ import annotations


class Report:
    """Collects figures and whether each met its target; a benchmark exits 1 when ``missed`` is not empty."""

    def __init__(self, width: int = 48) -> None:
        self.missed: list[str] = []
        self.width = width

    def figure(self, name: str, value: float, target: float, unit: str = "", lower_is_better: bool = False,
               places: int = 3) -> None:
        ok = value < target if lower_is_better else value >= target
        sign = "<" if lower_is_better else ">="
        print(f"  {name:<{self.width}} {value:8.{places}f}{unit}  target {sign} {target:g}{unit}  "
              f"{'ok' if ok else 'MISSED'}")
        if not ok:
            self.missed.append(name)

    def info(self, name: str, value: str) -> None:
        print(f"  {name:<{self.width}} {value}")

    def exit_status(self) -> int:
        """Print the verdict; the status ``make bench`` reads (1 when a target was missed)."""
        if self.missed:
            print("Missed: " + "; ".join(self.missed))
            return 1
        print("All targets met.")
        return 0
