"""Which connector class serves which platform name (imported only when first asked for)."""

from __future__ import annotations

import importlib

from connectors.base import ConnectorFactory
from connectors.errors import NotSupported

# platform -> "module:attribute"; a connector package is imported on first use only.
_BUILTINS = {
    "demo": "connectors.demo:DemoConnector",
    "mastodon": "connectors.mastodon:MastodonConnector",
    "bluesky": "connectors.bluesky:BlueskyConnector",
    "discourse": "connectors.discourse:DiscourseConnector",
    "matrix": "connectors.matrix:MatrixConnector",
    "email": "connectors.email:EmailConnector",
}
_FACTORIES: dict[str, ConnectorFactory] = {}


class UnknownPlatform(NotSupported, KeyError):
    """No connector serves this platform (yet); a KeyError too, for look-up callers."""

    def __init__(self, platform: str) -> None:
        super().__init__(f"Serambi has no connector for {platform!r} yet, so this account "
                         "cannot sync; its imported messages stay in the inbox")

    def __str__(self) -> str:
        return str(self.args[0])


def register(platform: str, factory: ConnectorFactory) -> None:
    _FACTORIES[platform] = factory


def factory_for(platform: str) -> ConnectorFactory:
    if platform not in _FACTORIES and platform in _BUILTINS:
        module, _, attribute = _BUILTINS[platform].partition(":")
        try:
            _FACTORIES[platform] = getattr(importlib.import_module(module), attribute)
        except (ImportError, AttributeError):
            raise UnknownPlatform(platform) from None
    try:
        return _FACTORIES[platform]
    except KeyError:
        raise UnknownPlatform(platform) from None


def platforms() -> list[str]:
    """Every platform an account can be added for."""
    return sorted(set(_FACTORIES) | set(_BUILTINS))
