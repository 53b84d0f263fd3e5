"""Train the shipped cost models on the shipped dataset into `corpora/models/<kind>/`
(safetensors, LightGBM text and JSON only), so `make run` and `clab cost predict` work
without training.

    python tools/train_models.py [--data corpora/costdata] [--models lightgbm,roofline,...]
                                 [--band roofline,lightgbm] [--suffix=-decisions]

`clab cost tune`'s model, trained on the dataset with schedule variants:
    python tools/train_models.py --data corpora/costdata-v4 --models lightgbm --band "" \
                                 --suffix=-decisions

Models named in --band also get their held-out error band (`band.json`, what the
model-based performance check compares against): one more training per held-out part.
Everything trains on one core.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.eval.band import error_band, save_band  # noqa: E402
from costmodel.models.registry import SHIPPED, create  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata"))
    ap.add_argument("--models", default="roofline,lightgbm,textcnn,transformer")
    ap.add_argument("--band", default="roofline,lightgbm")
    ap.add_argument("--suffix", default="", help="saved as corpora/models/<kind><suffix>")
    args = ap.parse_args()
    samples = load_samples(Path(args.data))
    for kind in args.models.split(","):
        t0 = time.monotonic()
        out = SHIPPED / f"{kind}{args.suffix}"
        shutil.rmtree(out, ignore_errors=True)
        create(kind, {"threads": 1}).fit(samples).save(out)
        if kind in args.band.split(","):
            save_band(out, error_band(kind, samples))
        size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
        print(f"{kind}: {len(samples)} samples, {time.monotonic() - t0:.0f} s, {size:.1f} MB")


if __name__ == "__main__":
    main()
