"""Which connector class serves which platform name."""

from __future__ import annotations

from connectors.base import ConnectorFactory

_FACTORIES: dict[str, ConnectorFactory] = {}


def register(platform: str, factory: ConnectorFactory) -> None:
    _FACTORIES[platform] = factory


def factory_for(platform: str) -> ConnectorFactory:
    _load_builtins()
    try:
        return _FACTORIES[platform]
    except KeyError:
        raise KeyError(f"no connector for platform {platform!r}") from None


def platforms() -> list[str]:
    _load_builtins()
    return sorted(_FACTORIES)


def _load_builtins() -> None:
    if "demo" not in _FACTORIES:
        from connectors.demo import DemoConnector

        register("demo", DemoConnector)
