"""The compiled path for the hottest reads (issue 11).

A validated query made only of fields the compiler covers (``unreadTotal``, the ``inbox``
with its threads, their booking, last message and unread count) is turned once per
(document, operation, role) into a plan: one SQL statement per root field whose row
scope comes from the same policy filters as the resolvers (``resolvers.scope``), and
field writers with the policy decided once (withheld fields null, masked fields masked).
Anything else, or anything that goes wrong, runs through normal strawberry execution.
"""
