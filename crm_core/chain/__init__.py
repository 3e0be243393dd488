"""The drafter → refiner chain: prompts, output contract, result cache and the generator."""

from crm_core.chain.contract import ContractError, RefinedMessage, message_schema, parse_message
from crm_core.chain.generator import ChainOptions, ModelChainGenerator
from crm_core.chain.prompts import PROMPT_VERSION

__all__ = [
    "PROMPT_VERSION",
    "ChainOptions",
    "ContractError",
    "ModelChainGenerator",
    "RefinedMessage",
    "message_schema",
    "parse_message",
]
