"""Minutes import: a clerk's Word minutes become proposed minutes, resolutions and actions."""
