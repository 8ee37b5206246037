"""Plain data as YAML, for commands that show what they found (`studyguide analyze -f yaml`)."""

from __future__ import annotations

from typing import Any

import yaml


class _PlainDumper(yaml.SafeDumper):
    """The safe dumper, with lists indented under their key as people write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def dump_plain(data: Any) -> str:
    """`data` (dicts, lists, strings, numbers, None) as block-style YAML, keys in their order.

    Only plain values are written, never tags or anchors, so any YAML reader loads it back.
    """
    text = yaml.dump(
        data,
        Dumper=_PlainDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
    )
    return str(text)
