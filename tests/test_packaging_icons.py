"""packaging/render_icons.py: every platform's icon, drawn from resources/icons/serambi.svg,
is a real image of the size its platform asks for, and shows the icon, not a blank."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QImageReader

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.serambi.Serambi"
TEAL = QColor("#2e7d6b")  # the icon's background, from the SVG


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from PySide6.QtWidgets import QApplication

    _ = QApplication.instance() or QApplication([])
    out = tmp_path_factory.mktemp("icons")
    script("render_icons").render_all(out)
    return out


def frames(path: Path, fmt: bytes) -> list[QImage]:
    reader = QImageReader(str(path), QByteArray(fmt))
    images = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        images.append(reader.read())
    return images


def looks_like_the_icon(image: QImage) -> bool:
    """Teal near the edge (not transparent, not black), as the SVG draws it."""
    edge = image.pixelColor(image.width() // 2, max(1, image.height() // 10))
    return abs(edge.red() - TEAL.red()) < 12 and abs(edge.green() - TEAL.green()) < 12 \
        and edge.alpha() == 255


def test_hicolor_pngs_have_their_folders_size(rendered: Path) -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(rendered / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert looks_like_the_icon(image)
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent


def test_the_windows_icon_holds_every_size_windows_uses(rendered: Path) -> None:
    data = (rendered / "serambi.ico").read_bytes()
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 7)
    images = frames(rendered / "serambi.ico", b"ico")
    assert sorted(i.width() for i in images) == [16, 24, 32, 48, 64, 128, 256]
    assert all(looks_like_the_icon(i) for i in images)


def test_the_macos_icon_holds_retina_sizes(rendered: Path) -> None:
    data = (rendered / "serambi.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    images = frames(rendered / "serambi.icns", b"icns")
    assert max(i.width() for i in images) == 1024
    assert {16, 32, 64, 128, 256, 512, 1024} <= {i.width() for i in images}
    assert all(looks_like_the_icon(i) for i in images)


def test_a_broken_source_fails_the_build_instead_of_shipping_blank_icons(
        rendered: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    with pytest.raises(ValueError, match="not a valid SVG"):
        script("render_icons").render_all(tmp_path / "out", broken)
