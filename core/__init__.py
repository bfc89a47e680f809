"""What every app needs and that knows no governance: links, form fields, rate limits, files."""
