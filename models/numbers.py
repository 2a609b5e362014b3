"""How a figure is rounded wherever it is read: on paper, on screen and in the rules that
judge it (an evaluation category), so a mean printed ``1,80`` is judged as 1,80."""

from decimal import ROUND_HALF_UP, Decimal


def rounded(value: float, places: int) -> Decimal:
    """Half up, as the value reads (``2,675`` → ``2,68``, ``12,5`` → ``13``): the way an
    office checks a figure by hand, not a float's half-to-even on its binary digits."""
    shown = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return shown if shown else abs(shown)  # never "-0,00"
