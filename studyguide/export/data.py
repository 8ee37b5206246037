"""A bank as JSON, for scripts: what the bank's file holds, key for key.

The data follows the bank format's JSON Schema (`studyguide/bank/schema.json`, described in
`studyguide help bank`), so a script can check it before use.
"""

from __future__ import annotations

import json

from studyguide.bank import bank_data
from studyguide.model import Bank


def json_text(bank: Bank) -> str:
    """The bank as indented JSON, Unicode kept as it is."""
    return json.dumps(bank_data(bank), ensure_ascii=False, indent=2) + "\n"
