"""CRM Message Workbench engine: catalog, retrieval, generation chain, guard and store.

Importable and testable without Streamlit; the pages are a thin UI over it.
"""

__version__ = "0.1.0"
