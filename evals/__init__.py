"""Vetted's eval suite: `vetted eval` (runner), metrics, baselines, report, calibration."""
