"""duban (督办): decomposition plans, progress reports and supervision of government work reports."""

__version__ = "0.1.0"
