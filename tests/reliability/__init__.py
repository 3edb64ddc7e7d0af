"""Reliability and security proofs (issue 5): crashes, faults, hostile content, secrets and
data safety. Figures are written up in docs/reliability.md; the long runs are in bench/."""
