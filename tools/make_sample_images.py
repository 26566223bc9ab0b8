"""Write the sample signature and seal images used by the example notices (notices/vpcp/anh/).

They are marked as samples ("MẪU") and imitate no real seal. A real office puts its own PNG files (transparent
background; signature blue, seal red at its real size) in the project and names them in its _agency.yaml.
Run: .venv/bin/python tools/make_sample_images.py
"""
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "notices" / "vpcp" / "anh"
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"
BLUE, RED = (20, 40, 160, 255), (220, 20, 20, 255)


def signature(path: Path) -> None:
    width, height = 600, 260
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(40 + t * 5, 140 + 70 * math.sin(t / 9) * math.cos(t / 23)) for t in range(104)]
    draw.line(points, fill=BLUE, width=7, joint="curve")
    draw.line([(120, 210), (520, 120)], fill=BLUE, width=5)
    image.save(path)


def seal(path: Path) -> None:
    size = 720
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    for radius, width in ((c - 8, 14), (c - 110, 8)):
        draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=RED, width=width)
    font = ImageFont.truetype(FONT, 62)
    text = "DẤU MẪU • KHÔNG CÓ GIÁ TRỊ • "
    for i, ch in enumerate(text):  # letters around the ring
        angle = 2 * math.pi * i / len(text) - math.pi / 2
        x, y = c + (c - 60) * math.cos(angle), c + (c - 60) * math.sin(angle)
        glyph = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((40, 40), ch, font=font, fill=RED, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        image.alpha_composite(glyph, (int(x - 40), int(y - 40)))
    star = [(c + r * math.cos(math.pi / 2 + k * math.pi / 5), c - r * math.sin(math.pi / 2 + k * math.pi / 5))
            for k, r in zip(range(10), [120, 48] * 5)]
    draw.polygon(star, fill=RED)
    draw.text((c, c + 170), "MẪU", font=ImageFont.truetype(FONT, 90), fill=RED, anchor="mm")
    image.save(path)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    signature(OUT / "chu-ky-mau.png")
    seal(OUT / "dau-mau.png")
    print(OUT)
