"""Auto-triage rules: conditions on what arrives, actions in order, a dry run over the
archive, every action in the event log."""

from app.rules.engine import Hit, dry_run, run_rules_in
from app.rules.model import RuleError
from app.rules.service import (
    RuleInfo,
    RuleNotFound,
    add_rule,
    get_rule,
    list_rules,
    move_rule,
    remove_rule,
    set_enabled,
    update_rule,
)

__all__ = ["Hit", "RuleError", "RuleInfo", "RuleNotFound", "add_rule", "dry_run", "get_rule",
           "list_rules", "move_rule", "remove_rule", "run_rules_in", "set_enabled",
           "update_rule"]
