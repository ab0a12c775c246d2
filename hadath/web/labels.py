"""Arabic display names for actor codes (روسيا for RUS), read from the knowledge-base files."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

SECTORS_AR = {
    "GOV": "حكومة", "MIL": "جيش", "COP": "شرطة", "REB": "متمردون", "OPP": "معارضة",
    "CVL": "مدنيون", "JUD": "قضاء", "LEG": "برلمان", "PTY": "حزب", "BUS": "شركات",
    "MED": "إعلام", "SPY": "استخبارات", "SOC": "مجتمع مدني", "EDU": "تعليم", "REL": "دين",
    "HLH": "صحة", "LAB": "نقابات", "IGO": "منظمة دولية", "NGO": "منظمة غير حكومية",
    "UAF": "مسلحون", "INS": "متمردون", "CRM": "جريمة", "REF": "لاجئون", "AGR": "زراعة",
    "ENV": "بيئة", "ELI": "نخبة", "ETH": "جماعة عرقية", "MOD": "معتدلون", "RAD": "متطرفون",
}


def _load(name: str) -> list[dict[str, Any]]:
    try:
        path = resources.files("hadath.kb") / "data" / name
        data = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError):
        return []
    return [e for e in data or [] if isinstance(e, dict)]


class Labels:
    """Code → Arabic name; unknown codes fall back to the code itself."""

    def __init__(self) -> None:
        names: dict[str, str] = {}
        for e in _load("states.yaml"):
            if e.get("code") and e.get("names"):
                names[str(e["code"])] = str(e["names"][0])
        for e in _load("organisations.yaml"):
            code = str(e.get("code") or "")
            if code and e.get("names") and code not in names:
                names[code] = str(e["names"][0])
        self.names = names

    def actor(self, code: str | None, sector: str | None = None, text: str | None = None) -> str:
        if code is None:
            base = text or "؟"
        else:
            base = self.names.get(code, code)
        if sector:
            return f"{base} ({SECTORS_AR.get(sector, sector)})"
        return base

    def code(self, code: str | None) -> str:
        return self.names.get(code, code) if code else "؟"
