"""Streamlit-side helpers for the pages: cached resources, shared widgets and Korean labels.

crm_core never imports this package; pages import it and crm_core, and nothing else.
"""
