"""Stock-risk campaign triggers: inventory + demand forecast → risk → queued campaign briefs."""
