"""Loading CSV rows into the deal store: shared by ``dealbot import`` and the demo seed."""

from memory.loaders.accounts import load_accounts
from memory.loaders.common import LoadReport, RowError
from memory.loaders.contacts import load_contacts
from memory.loaders.deals import load_deals

__all__ = ["LoadReport", "RowError", "load_accounts", "load_contacts", "load_deals"]
