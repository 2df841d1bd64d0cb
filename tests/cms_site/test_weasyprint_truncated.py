"""Making the toolkit's PDFs must not make truncated photos acceptable (WeasyPrint turns on
Pillow's LOAD_TRUNCATED_IMAGES for the whole process when imported)."""

from PIL import ImageFile

from cms_site.demo.documents import _weasyprint


def test_importing_weasyprint_leaves_truncated_images_refused():
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    _weasyprint()
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
