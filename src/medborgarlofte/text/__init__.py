"""Rules for text that leaves the tool: what a published text may contain, and personal
identity numbers in every spelling. Pure, imported by every layer (it imports nothing of ours).
"""
