"""The offline model: plans tool calls from the text by local means and composes the answer."""
