"""hadath's web interface: the JSON API (``/v1``) and the article and corpus pages."""

from hadath.web.app import create_app

__all__ = ["create_app"]
