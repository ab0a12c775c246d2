"""hadath (حدث): Arabic news in, PLOVER political event data out.

    from hadath import Coder, code
    coder = Coder.load()                 # once: knowledge base and models
    events = code("…", date="2023-08-25", coder=coder)
"""

from hadath.api import Coder, code
from hadath.model import Article, Event

__all__ = ["Article", "Coder", "Event", "code"]
__version__ = "0.1.0"
