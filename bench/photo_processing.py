"""Benchmark casestudies.photos.process_photo on realistic phone photos.

Run from anywhere: ``python bench/photo_processing.py``. Prints figures; it
asserts nothing. Targets: a 24-megapixel JPEG in well under 1 second, adding
under 150 MB to peak memory.

The inputs are built first and written to temporary files. Each
measurement then runs in a fresh child process that imports the module, opens
the file (as Django does for a large upload) and records its peak RSS
(ru_maxrss) before and after the first call.

Building happens in a child process of its own: on Linux a process inherits
the peak RSS of whatever exec'd it, so if this parent built the inputs, the
children's ru_maxrss would start above the peak of processing and hide it.
The parent stays small (it never imports Pillow).
"""

from __future__ import annotations

import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

RUNS = 7
TARGET_SECONDS = 1.0
TARGET_MEMORY_MB = 150


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def build_photo(width: int, height: int, *, grain: int, quality: int) -> bytes:
    """A JPEG that compresses like a photo: soft shapes, gradients, sensor noise.

    Carries phone-style EXIF with a GPS position, as real uploads do.
    """
    from PIL import ExifTags, Image

    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    shapes = Image.merge("RGB", [Image.effect_noise((width // 40, height // 40), 80) for _ in "RGB"]).resize(
        (width, height), Image.Resampling.BICUBIC
    )
    im = Image.blend(base, shapes, 0.6)
    noise = Image.merge("RGB", [Image.effect_noise((width, height), grain) for _ in "RGB"])
    im = Image.blend(im, noise, 0.25)

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "BenchPhone"
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 26.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (0.0, 7.0, 39.0)

    buffer = io.BytesIO()
    im.save(buffer, "JPEG", quality=quality, exif=exif.tobytes())
    return buffer.getvalue()


def measure(path: str, runs: int) -> dict[str, float | int]:
    """Child process: peak memory of the first call, then wall times."""
    from casestudies.photos import process_photo

    size = Path(path).stat().st_size
    before = _peak_rss_mb()
    with open(path, "rb") as upload:
        result = process_photo(upload, size=size)
    after = _peak_rss_mb()

    times = []
    for _ in range(runs):
        with open(path, "rb") as upload:
            start = time.perf_counter()
            process_photo(upload, size=size)
            times.append(time.perf_counter() - start)
    return {
        "peak_increase_mb": after - before,
        "median_s": statistics.median(times),
        "max_s": max(times),
        "width": result.width,
        "height": result.height,
        "output_bytes": len(result.content),
    }


# label, size, build parameters: a 24 MP camera photo and a typical ~3 MB
# 12 MP phone photo.
CASES = [
    ("24MP JPEG", (6000, 4000), {"grain": 40, "quality": 90}),
    ("12MP JPEG", (4032, 3024), {"grain": 28, "quality": 88}),
]


def build_inputs(directory: str) -> list[dict[str, str | int]]:
    """Child process: write each case's JPEG into ``directory``."""
    inputs = []
    for label, (width, height), params in CASES:
        data = build_photo(width, height, **params)
        path = Path(directory) / f"{width}x{height}.jpg"
        path.write_bytes(data)
        inputs.append({"label": label, "path": str(path), "bytes": len(data)})
    return inputs


def run_self(*args: str) -> object:
    """Run this script in a fresh Python process and decode its JSON output."""
    completed = subprocess.run(  # noqa: S603 - this script, fixed arguments
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return json.loads(completed.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = run_self("--build", tmp)
        print(f"process_photo, {RUNS} runs each, memory from a fresh process:")
        for case in inputs:
            label, path, nbytes = case["label"], case["path"], case["bytes"]
            figures = run_self("--child", path, str(RUNS))
            print(
                f"{label} ({nbytes / 1e6:.1f} MB): "
                f"median {figures['median_s']:.2f} s, max {figures['max_s']:.2f} s, "
                f"peak memory +{figures['peak_increase_mb']:.0f} MB "
                f"(targets: < {TARGET_SECONDS:g} s, < {TARGET_MEMORY_MB} MB) "
                f"-> {figures['width']}x{figures['height']} JPEG, "
                f"{figures['output_bytes'] / 1e6:.2f} MB"
            )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(measure(sys.argv[2], int(sys.argv[3]))))
    elif len(sys.argv) == 3 and sys.argv[1] == "--build":
        print(json.dumps(build_inputs(sys.argv[2])))
    else:
        main()
