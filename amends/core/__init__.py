"""What every app uses and no app owns: the cache and what is kept in it, each member's
versions, one-time form tokens, sealing at rest, form and HTTP helpers, the one refusal
type. Domain rules live in the apps; nothing here decides who may see what
(amends.spaces.visibility does)."""
