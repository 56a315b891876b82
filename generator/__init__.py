"""sdkgen: a typed Python SDK from an OpenAPI 3 document."""

__version__ = "0.1.0"
