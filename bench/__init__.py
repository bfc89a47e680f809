"""Benchmarks a clerk would notice: how long Quorum takes to propose from long minutes."""
