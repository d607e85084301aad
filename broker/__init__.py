"""Knowledge Broker: research feeds sorted into community groups' themes, published as plain digests."""

__version__ = "0.1.0"
