"""Triage: reduce, bisect, reproduce and report crashing and miscompiled graphs."""
