"""Which connector class serves which platform name."""

from __future__ import annotations

from connectors.base import ConnectorFactory
from connectors.errors import NotSupported

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
    _load_builtins()
    try:
        return _FACTORIES[platform]
    except KeyError:
        raise UnknownPlatform(platform) from None


def platforms() -> list[str]:
    _load_builtins()
    return sorted(_FACTORIES)


def _load_builtins() -> None:
    if "demo" not in _FACTORIES:
        from connectors.demo import DemoConnector

        register("demo", DemoConnector)
